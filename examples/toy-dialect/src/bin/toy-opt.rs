//! `toy-opt`: opt-tool with the project's dialects and passes plus `toy`'s, the way a
//! project reuses `mlir-opt`'s main (`MlirOptMain`). Every opt-tool flag works.

use clap::{CommandFactory, FromArgMatches};

fn main() {
    // opt-tool's command line, under this tool's name (for --help and errors).
    let matches = driver::Cli::command().name("toy-opt").get_matches();
    let cli = driver::Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
    let registry = toy_dialect::pass_registry();
    std::process::exit(driver::opt_main_with_passes(
        toy_dialect::context,
        &registry,
        &cli,
    ));
}
