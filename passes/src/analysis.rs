//! The analysis manager: analyses computed on demand, cached per op, and dropped after a
//! pass that changed the IR unless the pass declares that it preserves them.
//!
//! Key types: [`Analysis`] (what an analysis implements), [`AnalysisManager`].
//!
//! A pass gets analyses in [`crate::Pass::run_with_analyses`] through
//! `am.get::<A>(ctx, ir, op)`; it lists what survives its changes in
//! [`crate::Pass::preserved_analyses`]. A pass that reports `changed: false` preserves
//! everything. The cache lives for one [`crate::manager::PassManager::run`]; on a parallel
//! nest each worker has its own (its copy has its own op ids).

use std::any::{Any, TypeId};

use rustc_hash::FxHashMap;

use ir::{Context, Ir, OpId};

/// A fact about an op, computed from the IR (dominance, use counts, ...).
pub trait Analysis: Any {
    fn compute(ctx: &Context, ir: &Ir, op: OpId) -> Self
    where
        Self: Sized;
}

/// Analyses by (op, type).
#[derive(Default)]
pub struct AnalysisManager {
    cache: FxHashMap<(OpId, TypeId), Box<dyn Any>>,
}

impl AnalysisManager {
    pub fn new() -> Self {
        Self::default()
    }

    /// The analysis `A` of `op`, computed now unless cached.
    pub fn get<A: Analysis>(&mut self, ctx: &Context, ir: &Ir, op: OpId) -> &A {
        self.cache
            .entry((op, TypeId::of::<A>()))
            .or_insert_with(|| Box::new(A::compute(ctx, ir, op)))
            .downcast_ref::<A>()
            .expect("analysis cached under its own type")
    }

    /// The analysis `A` of `op` if it is cached.
    pub fn cached<A: Analysis>(&self, op: OpId) -> Option<&A> {
        self.cache
            .get(&(op, TypeId::of::<A>()))
            .and_then(|a| a.downcast_ref::<A>())
    }

    /// After a pass changed the IR: drops every analysis whose type is not in `preserved`.
    pub fn invalidate(&mut self, preserved: &[TypeId]) {
        self.cache.retain(|(_, t), _| preserved.contains(t));
    }

    pub fn clear(&mut self) {
        self.cache.clear();
    }

    /// Number of cached analyses.
    pub fn len(&self) -> usize {
        self.cache.len()
    }

    pub fn is_empty(&self) -> bool {
        self.cache.is_empty()
    }
}
