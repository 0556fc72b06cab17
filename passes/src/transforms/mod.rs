//! The generic passes: `canonicalize`, `cse`, `dce`, `symbol-dce`, `inline`,
//! `loop-invariant-code-motion`, `sccp`, plus the test passes that exercise
//! the instrumentation (`test-pass-crash`, `test-pass-invalid-ir`, as mlir-opt's).

pub mod canonicalize;
pub mod cse;
pub mod dce;
pub mod inline;
pub mod licm;
pub mod sccp;
pub mod symbol_dce;
pub mod test_passes;

use crate::{PassInfo, PassRegistry};

/// Registers every pass of this module.
pub fn register_all(r: &mut PassRegistry) {
    r.register(PassInfo::of(canonicalize::create, canonicalize::OPTIONS));
    r.register(PassInfo::of(cse::create, &[]));
    r.register(PassInfo::of(dce::create, dce::OPTIONS));
    r.register(PassInfo::of(symbol_dce::create, &[]));
    r.register(PassInfo::of(inline::create, inline::OPTIONS));
    r.register(PassInfo::of(licm::create, &[]));
    r.register(PassInfo::of(sccp::create, &[]));
    r.register(PassInfo::of(test_passes::create_crash, &[]));
    r.register(PassInfo::of(test_passes::create_invalid_ir, &[]));
}

/// Is `op` registered with trait `t`?
pub(crate) fn has_trait(
    ctx: &ir::Context,
    ir: &ir::Ir,
    op: ir::OpId,
    t: ir::dialect::Trait,
) -> bool {
    ctx.op_def(ir.op_name(op)).is_some_and(|d| d.has_trait(t))
}
