//! `opt-tool`: parse, verify, transform and print IR. See `opt-tool --help`.

use clap::Parser;

#[global_allocator]
static GLOBAL: driver::huge_alloc::HugePageAlloc = driver::huge_alloc::HugePageAlloc;

fn main() {
    let cli = driver::Cli::parse();
    std::process::exit(driver::opt_main(dialects::context, &cli));
}
