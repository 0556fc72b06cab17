//! Golden tests for `testdata/`: every `.mlir` / `.ir` file with `// RUN:` lines under the
//! workspace's `testdata/` is one test, named by its path (`testdata/roundtrip/types.mlir`);
//! `cargo test --test golden -- roundtrip` runs a subset. The harness (RUN-line syntax,
//! `%s`/`%S`/`%t`, `not`, FileCheck lookup, timeouts) is [`testkit::lit`].
//!
//! In RUN lines, `opt-tool` is the binary built by this package, or `$OPT_TOOL` when set
//! (e.g. to try the corpus against another implementation).

use std::path::{Path, PathBuf};

fn main() {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let workspace = manifest.parent().unwrap_or(manifest).to_path_buf();
    let opt_tool = match std::env::var_os("OPT_TOOL") {
        Some(p) if !p.is_empty() => PathBuf::from(p),
        _ => PathBuf::from(env!("CARGO_BIN_EXE_opt-tool")),
    };
    testkit::lit::main(testkit::lit::Config {
        target_name: "golden",
        test_root: workspace.join("testdata"),
        name_root: workspace,
        tools: vec![("opt-tool".to_string(), opt_tool)],
    })
}
