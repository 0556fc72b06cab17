//! What an op may do beyond computing its results: memory effects and speculatability
//! (MLIR's `MemoryEffectOpInterface` and `ConditionallySpeculatable`, declared here as
//! traits), and how control flows through its regions (MLIR's `RegionBranchOpInterface`).
//! Generic passes (cse, dce, canonicalize, licm, sccp) ask these questions instead of
//! knowing op names.

use crate::dialect::Trait;
use crate::{Attribute, Context, Ir, OpId, ValueId};

fn def_has(ctx: &Context, ir: &Ir, op: OpId, t: Trait) -> bool {
    ctx.op_def(ir.op_name(op)).is_some_and(|d| d.has_trait(t))
}

/// Does `op` (with everything nested in it) neither read nor write memory? Unregistered
/// ops and registered ops that declare no effect traits may do anything.
pub fn is_memory_effect_free(ctx: &Context, ir: &Ir, op: OpId) -> bool {
    let Some(def) = ctx.op_def(ir.op_name(op)) else {
        return false;
    };
    if def.has_trait(Trait::Pure) || def.has_trait(Trait::NoMemoryEffect) {
        return true;
    }
    def.has_trait(Trait::RecursiveMemoryEffects)
        && nested_ops_all(ir, op, |o| is_memory_effect_free(ctx, ir, o))
}

/// May `op` be executed where it would not have been (hoisted out of a loop that may run
/// zero times)? Only `Pure` ops, and ops with recursive effects whose body is all `Pure`.
pub fn is_speculatable(ctx: &Context, ir: &Ir, op: OpId) -> bool {
    let Some(def) = ctx.op_def(ir.op_name(op)) else {
        return false;
    };
    if def.has_trait(Trait::Pure) {
        return true;
    }
    def.has_trait(Trait::RecursiveMemoryEffects)
        && nested_ops_all(ir, op, |o| is_speculatable(ctx, ir, o))
}

/// Would erasing `op` change nothing but its (unused) results? MLIR's
/// `isOpTriviallyDead`: no effects, or only reads and allocation of its own results;
/// terminators and symbols stay.
pub fn is_trivially_dead(ctx: &Context, ir: &Ir, op: OpId) -> bool {
    if !ir.results(op).iter().all(|r| ir.uses(r).is_empty()) {
        return false;
    }
    would_be_trivially_dead(ctx, ir, op)
}

/// [`is_trivially_dead`] without the check that the results are unused.
pub fn would_be_trivially_dead(ctx: &Context, ir: &Ir, op: OpId) -> bool {
    let Some(def) = ctx.op_def(ir.op_name(op)) else {
        return false;
    };
    if def.has_trait(Trait::Terminator) || def.has_trait(Trait::Symbol) {
        return false;
    }
    if def.has_trait(Trait::Pure) || def.has_trait(Trait::NoMemoryEffect) {
        return true;
    }
    if def.has_trait(Trait::RecursiveMemoryEffects) {
        return nested_ops_all(ir, op, |o| {
            def_has(ctx, ir, o, Trait::Terminator) && is_memory_effect_free(ctx, ir, o)
                || would_be_trivially_dead(ctx, ir, o)
        });
    }
    // Reads and allocations alone are unobservable once the result is unused.
    let declares_effects = [Trait::MemRead, Trait::MemAlloc]
        .iter()
        .any(|&t| def.has_trait(t));
    let writes = [Trait::MemWrite, Trait::MemFree]
        .iter()
        .any(|&t| def.has_trait(t));
    declares_effects && !writes && ir.regions(op).is_empty()
}

/// Only reads memory (no writes, frees or unknown effects), e.g. `memref.load`.
pub fn only_reads_memory(ctx: &Context, ir: &Ir, op: OpId) -> bool {
    let Some(def) = ctx.op_def(ir.op_name(op)) else {
        return false;
    };
    def.has_trait(Trait::MemRead)
        && ![Trait::MemWrite, Trait::MemFree, Trait::MemAlloc]
            .iter()
            .any(|&t| def.has_trait(t))
        && ir.regions(op).is_empty()
}

/// Does `f` hold for every op nested (at any depth) in `op`'s regions?
fn nested_ops_all(ir: &Ir, op: OpId, mut f: impl FnMut(OpId) -> bool) -> bool {
    let mut ok = true;
    ir.walk_preorder(op, &mut |o| {
        if o != op && ok && !f(o) {
            ok = false;
        }
    });
    ok
}

/// A place control reaches inside a region-branch op: back to the op itself (whose
/// results receive values) or the entry block of one of its regions.
#[derive(Copy, Clone, PartialEq, Eq, Debug, Hash)]
pub enum RegionPoint {
    Parent,
    Region(usize),
}

/// One edge of a region-branch op: control may go to `to`, and `values[i]` flows into
/// `inputs[i]` (block arguments of the region's entry block, or the op's results). An
/// input no edge covers (a loop's induction variable) has no known value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RegionFlow {
    pub to: RegionPoint,
    pub values: Vec<ValueId>,
    pub inputs: Vec<ValueId>,
}

/// The successors of `from` in region-branch op `op`: `from == Parent` when control
/// enters the op (`consts` are the constant values of the op's operands where known),
/// `Region(i)` when region `i` ends through `terminator` (`consts` are those of the
/// terminator's operands). Every edge control may take must be listed; knowing a
/// constant may only remove edges.
pub type RegionBranchFn = fn(
    ctx: &Context,
    ir: &Ir,
    op: OpId,
    from: RegionPoint,
    terminator: Option<OpId>,
    consts: &[Option<Attribute>],
) -> Vec<RegionFlow>;

/// The region-branch successors of `op`, when its dialect declares them.
pub fn region_successors(
    ctx: &Context,
    ir: &Ir,
    op: OpId,
    from: RegionPoint,
    terminator: Option<OpId>,
    consts: &[Option<Attribute>],
) -> Option<Vec<RegionFlow>> {
    let f = ctx.op_def(ir.op_name(op))?.region_branch?;
    Some(f(ctx, ir, op, from, terminator, consts))
}
