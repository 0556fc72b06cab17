//! Test support for this workspace and for projects that build their own opt-tool.
//!
//! - [`lit`]: the lit-style golden-test harness (`// RUN:` lines, `%s`, `not`, FileCheck),
//!   run from a `harness = false` test target with [`lit::main`].

pub mod lit;
