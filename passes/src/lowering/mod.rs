//! Lowering passes between levels: `lower-graph` (graph ops to te computes) and
//! `lower-te` (te computes to scf/memref/arith loops; naive for now: schedules are not
//! applied yet). `builder` is the small IR builder both use.

mod builder;
pub mod lower_graph;
pub mod lower_te;

use crate::{PassInfo, PassRegistry};

/// Registers every lowering pass.
pub fn register_all(r: &mut PassRegistry) {
    r.register(PassInfo::of(lower_graph::create, &[]));
    r.register(PassInfo::of(lower_te::create, &[]));
}
