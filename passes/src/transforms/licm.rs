//! `loop-invariant-code-motion`: hoists ops out of loops (ops with the `LoopLike` trait)
//! when everything they use is defined outside the loop and they are memory-effect free
//! and speculatable, as MLIR's pass does. Inner loops go first, so an invariant of two
//! nested loops moves all the way out.

use std::collections::VecDeque;

use ir::dialect::Trait;
use ir::effects::{is_memory_effect_free, is_speculatable};
use ir::{Context, Diagnostic, Ir, OpId, RegionId, ValueId};

use super::has_trait;
use crate::{Anchor, Pass, PassOptions, PassOutcome, StatisticDef};

const STATS: &[StatisticDef] = &[StatisticDef {
    name: "num-hoisted",
    help: "ops hoisted out of loops",
}];

pub struct Licm;

pub fn create(_: &PassOptions) -> Box<dyn Pass> {
    Box::new(Licm)
}

impl Pass for Licm {
    fn name(&self) -> &'static str {
        "loop-invariant-code-motion"
    }
    fn description(&self) -> &'static str {
        "Hoist loop-invariant, side-effect-free ops out of loops"
    }
    fn anchor(&self) -> Anchor {
        Anchor::Any
    }
    fn statistics(&self) -> &'static [StatisticDef] {
        STATS
    }
    fn run(&mut self, ctx: &Context, ir: &mut Ir, op: OpId) -> Result<PassOutcome, Diagnostic> {
        let mut loops = Vec::new();
        ir.walk_postorder(op, &mut |o| {
            if o != op && has_trait(ctx, ir, o, Trait::LoopLike) {
                loops.push(o);
            }
        });
        let hoisted: u64 = loops
            .into_iter()
            .map(|l| hoist_loop_invariants(ctx, ir, l))
            .sum();
        Ok(PassOutcome::from_stats(vec![("num-hoisted", hoisted)]))
    }
}

/// Moves the invariant ops of `loop_op`'s regions before it; returns how many moved.
/// MLIR's `moveLoopInvariantCode`: a FIFO worklist of the regions' top-level ops, and when
/// an op moves, its users in the same region are looked at again.
pub fn hoist_loop_invariants(ctx: &Context, ir: &mut Ir, loop_op: OpId) -> u64 {
    let mut moved = 0;
    for region in ir.regions(loop_op).to_vec() {
        let mut worklist: VecDeque<OpId> = ir
            .region_blocks(region)
            .iter()
            .flat_map(|&b| ir.block_ops(b))
            .collect();
        while let Some(o) = worklist.pop_front() {
            if ir.is_erased(o) || op_region(ir, o) != Some(region) {
                continue;
            }
            if has_trait(ctx, ir, o, Trait::Terminator)
                || !is_memory_effect_free(ctx, ir, o)
                || !is_speculatable(ctx, ir, o)
                || !uses_only_values_from_outside(ir, o, loop_op)
            {
                continue;
            }
            ir.move_op_before(o, loop_op);
            moved += 1;
            for r in ir.results(o).to_vec() {
                for u in ir.uses(r).to_vec() {
                    if op_region(ir, u.op) == Some(region) {
                        worklist.push_back(u.op);
                    }
                }
            }
        }
    }
    moved
}

/// The region that directly holds `op`.
fn op_region(ir: &Ir, op: OpId) -> Option<RegionId> {
    ir.block_parent_region(ir.parent_block(op)?)
}

/// Is `v` defined in a region of `op` (at any depth)?
pub(crate) fn defined_inside(ir: &Ir, v: ValueId, op: OpId) -> bool {
    ir.value_block(v)
        .and_then(|b| ir.block_parent_op(b))
        .is_some_and(|p| p == op || ir.is_ancestor(op, p))
}

/// Is every value `op` (or an op nested in it) uses defined outside `loop_op`, or inside
/// `op` itself?
fn uses_only_values_from_outside(ir: &Ir, op: OpId, loop_op: OpId) -> bool {
    let mut ok = true;
    ir.walk_preorder(op, &mut |child| {
        ok &= ir
            .operands(child)
            .iter()
            .all(|&v| defined_inside(ir, v, op) || !defined_inside(ir, v, loop_op));
    });
    ok
}
