//! Golden tests of the toy dialect: every `.mlir` file with `// RUN:` lines under
//! `examples/toy-dialect/testdata/` is one test, with `toy-opt` (this crate's binary) and
//! `opt-tool`-style RUN lines: `// RUN: toy-opt %s --pass=toy-fold-scales | FileCheck %s`.
//! The harness is the workspace's, [`testkit::lit`].

use std::path::{Path, PathBuf};

fn main() {
    let crate_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    testkit::lit::main(testkit::lit::Config {
        target_name: "golden",
        name_root: crate_dir.to_path_buf(),
        test_root: crate_dir.join("testdata"),
        tools: vec![(
            "toy-opt".to_string(),
            PathBuf::from(env!("CARGO_BIN_EXE_toy-opt")),
        )],
    })
}
