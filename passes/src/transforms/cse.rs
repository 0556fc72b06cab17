//! `cse`: eliminates common subexpressions. Two registered `Pure` ops without regions are
//! equal when their name, operands, properties, discardable attributes and result types
//! are; the later one is replaced when the earlier dominates it (same block and earlier,
//! or a dominating block of the same region, or an enclosing region), never across an
//! isolated-from-above op.

use ir::dialect::Trait;
use ir::verify::Dominators;
use ir::{Attribute, Context, Diagnostic, Ir, OpId, OpName, RegionId, Type, ValueId};
use rustc_hash::FxHashMap;

use super::has_trait;
use crate::{Anchor, OptionDef, Pass, PassOptions, PassOutcome, StatisticDef};

const STATS: &[StatisticDef] = &[StatisticDef {
    name: "num-cse'd",
    help: "ops replaced by an equal dominating op",
}];

pub struct Cse;

pub fn create(_: &PassOptions) -> Box<dyn Pass> {
    Box::new(Cse)
}

type Key = (
    OpName,
    Vec<ValueId>,
    Attribute,
    Option<Attribute>,
    Vec<Type>,
);

struct Cx<'a> {
    ctx: &'a Context,
    order: FxHashMap<OpId, usize>,
    doms: FxHashMap<RegionId, Dominators>,
    root: OpId,
}

impl Cx<'_> {
    /// Does `def` (an op) dominate `user` with no isolated-from-above op in between?
    fn dominates(&mut self, ir: &Ir, def: OpId, user: OpId) -> bool {
        let Some(def_block) = ir.parent_block(def) else {
            return false;
        };
        let mut anc = user;
        loop {
            let Some(b) = ir.parent_block(anc) else {
                return false;
            };
            if b == def_block {
                return self.order[&def] < self.order[&anc];
            }
            let region = ir.block_parent_region(b);
            if let Some(r) = region.filter(|&r| Some(r) == ir.block_parent_region(def_block)) {
                let doms = self
                    .doms
                    .entry(r)
                    .or_insert_with(|| Dominators::compute(ir, r));
                return doms.dominates(def_block, b);
            }
            let Some(parent) = ir.block_parent_op(b) else {
                return false;
            };
            if parent == self.root || has_trait(self.ctx, ir, parent, Trait::IsolatedFromAbove) {
                return false;
            }
            anc = parent;
        }
    }
}

impl Pass for Cse {
    fn name(&self) -> &'static str {
        "cse"
    }
    fn description(&self) -> &'static str {
        "Eliminate common subexpressions of side-effect-free ops"
    }
    fn anchor(&self) -> Anchor {
        Anchor::Any
    }
    fn options(&self) -> &'static [OptionDef] {
        &[]
    }
    fn statistics(&self) -> &'static [StatisticDef] {
        STATS
    }
    fn run(&mut self, ctx: &Context, ir: &mut Ir, op: OpId) -> Result<PassOutcome, Diagnostic> {
        let mut ops = Vec::new();
        ir.walk_preorder(op, &mut |o| ops.push(o));
        let mut cx = Cx {
            ctx,
            order: ops.iter().enumerate().map(|(i, &o)| (o, i)).collect(),
            doms: FxHashMap::default(),
            root: op,
        };
        let mut seen: FxHashMap<Key, Vec<OpId>> = FxHashMap::default();
        let mut erased = 0u64;
        for &o in &ops[1..] {
            if ir.is_erased(o)
                || !ir::effects::is_memory_effect_free(ctx, ir, o)
                || has_trait(ctx, ir, o, Trait::Terminator)
                || !ir.regions(o).is_empty()
                || ir.num_results(o) == 0
            {
                continue;
            }
            let key: Key = (
                ir.op_name(o),
                ir.operands(o).to_vec(),
                ir.attrs(o),
                ir.props(o),
                ir.results(o).iter().map(|r| ir.value_type(r)).collect(),
            );
            let candidates = seen.entry(key).or_default();
            let found = candidates
                .iter()
                .copied()
                .find(|&c| !ir.is_erased(c) && cx.dominates(ir, c, o));
            match found {
                Some(c) => {
                    let values = ir.results(c).to_vec();
                    ir.replace_op(o, &values);
                    erased += 1;
                }
                None => candidates.push(o),
            }
        }
        Ok(PassOutcome::from_stats(vec![("num-cse'd", erased)]))
    }
}
