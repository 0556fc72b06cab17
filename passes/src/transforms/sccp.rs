//! `sccp`: sparse conditional constant propagation (Wegman–Zadeck, as MLIR's pass).
//!
//! Every value starts unknown and may only rise to one constant, then to "overdefined";
//! a block is analysed only once control can reach it. Branches whose condition is a
//! known constant make only the taken successor reachable (`successor_for_constants`);
//! ops with the region-branch interface (`scf.if`, `scf.for`, `scf.while`) enter only
//! the regions their constant operands allow and merge what their regions yield. Ops are
//! evaluated with their fold hooks. Afterwards, values proven constant are replaced by
//! constants materialized (and uniqued) at the start of their isolated-from-above region,
//! and ops left without users and effects are erased. Unreachable code stays; canonicalize
//! removes it.
//!
//! Intra-procedural: function arguments and call results are overdefined (MLIR also
//! propagates into private functions from their call sites).

use ir::dialect::successor_operands;
use ir::effects::{region_successors, would_be_trivially_dead, RegionFlow, RegionPoint};
use ir::rewrite::{insertion_region, op_constant_value, ConstantFolder, FoldResult};
use ir::{Attribute, BlockId, Context, Diagnostic, Ir, OpId, ValueDef, ValueId};
use rustc_hash::{FxHashMap, FxHashSet};

use crate::{Anchor, Pass, PassOptions, PassOutcome, StatisticDef};

const STATS: &[StatisticDef] = &[
    StatisticDef {
        name: "num-constants",
        help: "values replaced by constants",
    },
    StatisticDef {
        name: "num-erased",
        help: "ops erased after their results became constants",
    },
];

pub struct Sccp;

pub fn create(_: &PassOptions) -> Box<dyn Pass> {
    Box::new(Sccp)
}

impl Pass for Sccp {
    fn name(&self) -> &'static str {
        "sccp"
    }
    fn description(&self) -> &'static str {
        "Sparse conditional constant propagation through branches and region control flow"
    }
    fn anchor(&self) -> Anchor {
        Anchor::Any
    }
    fn statistics(&self) -> &'static [StatisticDef] {
        STATS
    }
    fn run(&mut self, ctx: &Context, ir: &mut Ir, op: OpId) -> Result<PassOutcome, Diagnostic> {
        let mut solver = Solver::new(ctx);
        solver.solve(ir, op);
        let (replaced, erased) = solver.rewrite(ir, op);
        Ok(PassOutcome::from_stats(vec![
            ("num-constants", replaced),
            ("num-erased", erased),
        ]))
    }
}

/// What is known of a value. Absent from the map: not yet known (no execution reaches it).
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
enum Lattice {
    Constant(Attribute),
    Overdefined,
}

struct Solver<'c> {
    ctx: &'c Context,
    values: FxHashMap<ValueId, Lattice>,
    live_blocks: FxHashSet<BlockId>,
    /// Ops to (re)evaluate: in a newly reachable block, or an operand changed.
    worklist: Vec<OpId>,
}

impl<'c> Solver<'c> {
    fn new(ctx: &'c Context) -> Self {
        Solver {
            ctx,
            values: FxHashMap::default(),
            live_blocks: FxHashSet::default(),
            worklist: Vec::new(),
        }
    }

    fn solve(&mut self, ir: &Ir, root: OpId) {
        self.enter_regions_opaquely(ir, root);
        while let Some(op) = self.worklist.pop() {
            if ir
                .parent_block(op)
                .is_some_and(|b| self.live_blocks.contains(&b))
            {
                self.visit(ir, op);
            }
        }
    }

    /// Raises `v` to `new` (joined with what is known); its users are revisited on change.
    fn join(&mut self, ir: &Ir, v: ValueId, new: Lattice) {
        let joined = match (self.values.get(&v), new) {
            (None, n) => n,
            (Some(&old), n) if old == n => return,
            (Some(_), _) => Lattice::Overdefined,
        };
        if self.values.get(&v) == Some(&joined) {
            return;
        }
        self.values.insert(v, joined);
        self.worklist.extend(ir.uses(v).iter().map(|u| u.op));
    }

    fn overdefine(&mut self, ir: &Ir, vs: &[ValueId]) {
        for &v in vs {
            self.join(ir, v, Lattice::Overdefined);
        }
    }

    fn mark_live(&mut self, ir: &Ir, block: BlockId) {
        if self.live_blocks.insert(block) {
            self.worklist.extend(ir.block_ops(block));
        }
    }

    /// The constants of `op`'s operands (`None` for overdefined), or `None` while one of
    /// them is still unknown: the op waits until all are.
    fn operand_constants(&self, ir: &Ir, op: OpId) -> Option<Vec<Option<Attribute>>> {
        ir.operands(op)
            .iter()
            .map(|v| match self.values.get(v)? {
                Lattice::Constant(a) => Some(Some(*a)),
                Lattice::Overdefined => Some(None),
            })
            .collect()
    }

    /// Regions of an op whose control flow is unknown: all reachable, arguments unknown.
    fn enter_regions_opaquely(&mut self, ir: &Ir, op: OpId) {
        for &r in ir.regions(op) {
            if let Some(&entry) = ir.region_blocks(r).first() {
                self.overdefine(ir, ir.block_args(entry));
                self.mark_live(ir, entry);
            }
        }
    }

    fn visit(&mut self, ir: &Ir, op: OpId) {
        let ctx = self.ctx;
        let def = ctx.op_def(ir.op_name(op));
        if !ir.successors(op).is_empty() {
            return self.visit_branch(ir, op);
        }
        if def.is_some_and(|d| d.region_branch.is_some()) {
            let Some(consts) = self.operand_constants(ir, op) else {
                return;
            };
            let flows = region_successors(ctx, ir, op, RegionPoint::Parent, None, &consts)
                .unwrap_or_default();
            return self.follow(ir, op, &flows);
        }
        if !ir.regions(op).is_empty() {
            self.enter_regions_opaquely(ir, op);
            return self.overdefine(ir, &ir.results(op).to_vec());
        }
        if def.is_some_and(|d| d.is_terminator()) {
            return self.visit_region_terminator(ir, op);
        }
        if ir.num_results(op) == 0 {
            return;
        }
        let Some(consts) = self.operand_constants(ir, op) else {
            return;
        };
        let results: Vec<ValueId> = ir.results(op).to_vec();
        if let Some(c) = op_constant_value(ctx, ir, op) {
            return self.join(ir, results[0], Lattice::Constant(c));
        }
        let folded = def
            .and_then(|d| d.fold)
            .and_then(|f| f(ctx, ir, op, &consts))
            .filter(|r| r.len() == results.len());
        let Some(folded) = folded else {
            return self.overdefine(ir, &results);
        };
        for (&res, f) in results.iter().zip(folded) {
            match f {
                FoldResult::Attr(a) => self.join(ir, res, Lattice::Constant(a)),
                // Folded to another value: whatever is known of it, once it is known.
                FoldResult::Value(v) => {
                    if let Some(&l) = self.values.get(&v) {
                        self.join(ir, res, l);
                    }
                }
            }
        }
    }

    /// A terminator with successors: the successors its constant operands select become
    /// reachable, and the values it passes flow into their block arguments.
    fn visit_branch(&mut self, ir: &Ir, op: OpId) {
        let Some(consts) = self.operand_constants(ir, op) else {
            return;
        };
        let def = self.ctx.op_def(ir.op_name(op));
        let taken = def
            .and_then(|d| d.successor_for_constants)
            .and_then(|f| f(self.ctx, ir, op, &consts));
        for (i, &succ) in ir.successors(op).iter().enumerate() {
            if taken.is_some_and(|t| t != i) {
                continue;
            }
            match successor_operands(self.ctx, ir, op, i) {
                Some(vals) if vals.len() == ir.block_args(succ).len() => {
                    for (&v, &arg) in vals.iter().zip(ir.block_args(succ)) {
                        let l = self.values.get(&v).copied().unwrap_or(Lattice::Overdefined);
                        self.join(ir, arg, l);
                    }
                }
                _ => self.overdefine(ir, ir.block_args(succ)),
            }
            self.mark_live(ir, succ);
        }
    }

    /// A terminator that returns to its parent op (`scf.yield`): the parent's
    /// region-branch interface says where its operands flow.
    fn visit_region_terminator(&mut self, ir: &Ir, term: OpId) {
        let Some(block) = ir.parent_block(term) else {
            return;
        };
        let Some(region) = ir.block_parent_region(block) else {
            return;
        };
        let Some(parent) = ir.region_parent(region) else {
            return;
        };
        let def = self.ctx.op_def(ir.op_name(parent));
        if def.and_then(|d| d.region_branch).is_none() {
            return;
        }
        let Some(consts) = self.operand_constants(ir, term) else {
            return;
        };
        let index = ir.regions(parent).iter().position(|&r| r == region);
        let Some(index) = index else {
            return;
        };
        let from = RegionPoint::Region(index);
        let flows = region_successors(self.ctx, ir, parent, from, Some(term), &consts);
        self.follow(ir, parent, &flows.unwrap_or_default());
    }

    /// Applies the edges of region-branch op `op`: regions become reachable and values
    /// flow into their arguments or into the op's results. Region arguments no edge feeds
    /// (induction variables) are overdefined.
    fn follow(&mut self, ir: &Ir, op: OpId, flows: &[RegionFlow]) {
        for flow in flows {
            for (&v, &input) in flow.values.iter().zip(&flow.inputs) {
                let l = self.values.get(&v).copied().unwrap_or(Lattice::Overdefined);
                self.join(ir, input, l);
            }
            if let RegionPoint::Region(i) = flow.to {
                let Some(&region) = ir.regions(op).get(i) else {
                    continue;
                };
                let Some(&entry) = ir.region_blocks(region).first() else {
                    continue;
                };
                for &arg in ir.block_args(entry) {
                    if !flow.inputs.contains(&arg) {
                        self.join(ir, arg, Lattice::Overdefined);
                    }
                }
                self.mark_live(ir, entry);
            }
        }
    }

    /// Replaces every value proven constant by a materialized constant, and erases ops
    /// whose results all became constants and that have no effects (MLIR's SCCP rewrite:
    /// blocks in order, ops before the regions nested in them, block arguments last).
    /// Returns (values replaced, ops erased).
    fn rewrite(&self, ir: &mut Ir, root: OpId) -> (u64, u64) {
        let mut folder = ConstantFolder::default();
        let (mut replaced, mut erased) = (0, 0);
        let mut worklist: Vec<BlockId> = Vec::new();
        let push_regions = |ir: &Ir, op: OpId, worklist: &mut Vec<BlockId>| {
            for &r in ir.regions(op) {
                worklist.extend(ir.region_blocks(r).iter().rev());
            }
        };
        push_regions(ir, root, &mut worklist);
        while let Some(block) = worklist.pop() {
            let mut cur = ir.first_op(block);
            while let Some(op) = cur {
                cur = ir.next_op(op);
                let results = ir.results(op).to_vec();
                let mut all = !results.is_empty();
                for r in results {
                    let outcome = self.replace_with_constant(ir, root, &mut folder, r, op);
                    all &= outcome.is_some();
                    replaced += u64::from(outcome == Some(true));
                }
                if all && would_be_trivially_dead(self.ctx, ir, op) {
                    ir.erase_op(op);
                    erased += 1;
                    continue;
                }
                push_regions(ir, op, &mut worklist);
            }
            let Some(owner) = ir.block_parent_op(block) else {
                continue;
            };
            for arg in ir.block_args(block).to_vec() {
                let outcome = self.replace_with_constant(ir, root, &mut folder, arg, owner);
                replaced += u64::from(outcome == Some(true));
            }
        }
        (replaced, erased)
    }

    /// Replaces the uses of `v` by a constant if the analysis proved it one; `anchor` is
    /// the op whose dialect materializes it (the defining op, or the block's parent op).
    /// `None` when `v` is not (or cannot be made) a constant, else whether uses changed.
    fn replace_with_constant(
        &self,
        ir: &mut Ir,
        root: OpId,
        folder: &mut ConstantFolder,
        v: ValueId,
        anchor: OpId,
    ) -> Option<bool> {
        let Some(&Lattice::Constant(value)) = self.values.get(&v) else {
            return None;
        };
        if ir.uses(v).is_empty() {
            return Some(false);
        }
        let ctx = self.ctx;
        let site = match ir.value_def(v) {
            ValueDef::OpResult { op, .. } => op,
            ValueDef::BlockArg { block, .. } => ir.first_op(block)?,
        };
        let region = insertion_region(ctx, ir, root, site)?;
        let dialect = ctx.op_def(ir.op_name(anchor))?.dialect();
        let (ty, loc) = (ir.value_type(v), ir.loc(anchor));
        let (c, _) = folder
            .get_or_create(ctx, ir, region, dialect, (value, ty), loc)
            // Dialects without constants (scf) leave it to the one of integers and floats.
            .or_else(|| folder.get_or_create(ctx, ir, region, "arith", (value, ty), loc))?;
        let new = ir.result(c, 0);
        ir.replace_all_uses(v, new);
        Some(true)
    }
}
