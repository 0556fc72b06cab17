//! Passes that exist to test the instrumentation, as mlir-opt's `test-pass-crash`.

use ir::{Context, Diagnostic, Ir, OpId};

use crate::{Anchor, Pass, PassOptions, PassOutcome};

/// `test-pass-crash`: panics, to exercise the crash reproducer.
pub struct Crash;

pub fn create_crash(_: &PassOptions) -> Box<dyn Pass> {
    Box::new(Crash)
}

impl Pass for Crash {
    fn name(&self) -> &'static str {
        "test-pass-crash"
    }
    fn description(&self) -> &'static str {
        "Test pass that always panics (exercises the crash reproducer)"
    }
    fn anchor(&self) -> Anchor {
        Anchor::Any
    }
    fn run(&mut self, _: &Context, _: &mut Ir, _: OpId) -> Result<PassOutcome, Diagnostic> {
        panic!("test-pass-crash: crashing on purpose")
    }
}

/// `test-pass-invalid-ir`: erases the terminator of each block of the function, to
/// exercise verification after each pass.
pub struct InvalidIr;

pub fn create_invalid_ir(_: &PassOptions) -> Box<dyn Pass> {
    Box::new(InvalidIr)
}

impl Pass for InvalidIr {
    fn name(&self) -> &'static str {
        "test-pass-invalid-ir"
    }
    fn description(&self) -> &'static str {
        "Test pass that erases the terminators of a function (exercises --verify-each)"
    }
    fn anchor(&self) -> Anchor {
        Anchor::Op("func.func")
    }
    fn run(&mut self, _: &Context, ir: &mut Ir, op: OpId) -> Result<PassOutcome, Diagnostic> {
        let mut changed = false;
        for r in ir.regions(op).to_vec() {
            for b in ir.region_blocks(r).to_vec() {
                if let Some(t) = ir.last_op(b) {
                    if ir.results(t).is_empty() {
                        ir.erase_op(t);
                        changed = true;
                    }
                }
            }
        }
        Ok(PassOutcome {
            changed,
            stats: Vec::new(),
        })
    }
}
