//! `dce`: erases trivially dead ops (registered `Pure`, not terminators, results unused),
//! iterating until none is left, in every region nested in the function; and blocks that
//! cannot be reached from their region's entry (as MLIR's region simplification).

use ir::dialect::Trait;
use ir::region_simplify::erase_unreachable_blocks;
use ir::{Context, Diagnostic, Ir, OpId};

use super::has_trait;
use crate::{Anchor, OptionDef, OptionKind, Pass, PassOptions, PassOutcome, StatisticDef};

pub const OPTIONS: &[OptionDef] = &[OptionDef {
    name: "remove-unreachable-blocks",
    kind: OptionKind::Bool,
    default: "true",
    help: "also erase blocks unreachable from their region's entry block",
}];

const STATS: &[StatisticDef] = &[
    StatisticDef {
        name: "erased-ops",
        help: "dead ops erased",
    },
    StatisticDef {
        name: "erased-blocks",
        help: "unreachable blocks erased",
    },
];

pub struct Dce {
    remove_unreachable_blocks: bool,
}

pub fn create(opts: &PassOptions) -> Box<dyn Pass> {
    Box::new(Dce {
        remove_unreachable_blocks: opts.bool("remove-unreachable-blocks"),
    })
}

pub use ir::effects::is_trivially_dead;

impl Pass for Dce {
    fn name(&self) -> &'static str {
        "dce"
    }
    fn description(&self) -> &'static str {
        "Erase unused side-effect-free ops and unreachable blocks"
    }
    fn anchor(&self) -> Anchor {
        Anchor::Op("func.func")
    }
    fn options(&self) -> &'static [OptionDef] {
        OPTIONS
    }
    fn statistics(&self) -> &'static [StatisticDef] {
        STATS
    }
    fn run(&mut self, ctx: &Context, ir: &mut Ir, op: OpId) -> Result<PassOutcome, Diagnostic> {
        let mut erased_blocks = 0;
        if self.remove_unreachable_blocks {
            let mut regions = Vec::new();
            ir.walk_preorder(op, &mut |o| {
                let registered = ctx.op_def(ir.op_name(o)).is_some();
                if registered && !has_trait(ctx, ir, o, Trait::GraphRegions) {
                    regions.extend_from_slice(ir.regions(o));
                }
            });
            for r in regions {
                erased_blocks += erase_unreachable_blocks(ir, r);
            }
        }
        let mut erased_ops = 0;
        loop {
            // Children before parents, last op of a block first: a chain of dead ops
            // goes in one sweep.
            let mut order = Vec::new();
            ir.walk_postorder(op, &mut |o| order.push(o));
            order.pop(); // `op` itself
            let mut changed = false;
            for &o in order.iter().rev() {
                if !ir.is_erased(o) && is_trivially_dead(ctx, ir, o) {
                    ir.erase_op(o);
                    erased_ops += 1;
                    changed = true;
                }
            }
            if !changed {
                break;
            }
        }
        Ok(PassOutcome::from_stats(vec![
            ("erased-ops", erased_ops),
            ("erased-blocks", erased_blocks),
        ]))
    }
}
