//! Lowering passes between levels: `lower-graph` (graph ops to te computes) and
//! `lower-te` (te computes, with their schedules, to scf/memref/arith/vector loops).
//! `builder` is the small IR builder both use; `te_expr` reads a compute's body into
//! expressions, `loop_plan` turns its schedule into loops, `te_emit` emits them.

mod builder;
mod loop_plan;
pub mod lower_graph;
pub mod lower_te;
mod te_emit;
mod te_expr;

use crate::{PassInfo, PassRegistry};

/// Registers every lowering pass.
pub fn register_all(r: &mut PassRegistry) {
    r.register(PassInfo::of(lower_graph::create, &[]));
    r.register(PassInfo::of(lower_te::create, &[]));
}
