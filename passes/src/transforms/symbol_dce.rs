//! `symbol-dce`: erases private symbols (`sym_visibility = "private"`) of the module that
//! nothing live references, transitively (MLIR's `symbol-dce`). Live are the public
//! symbols and every op that is not a symbol; a reference is any `@name` or `@name::@..`
//! attribute of a live op or of an op nested in one, resolved in the module.

use ir::{AttrKind, Attribute, Context, Diagnostic, Ir, OpId};
use rustc_hash::FxHashSet;

use crate::{Anchor, Pass, PassOptions, PassOutcome, StatisticDef};

const STATS: &[StatisticDef] = &[StatisticDef {
    name: "num-dce'd",
    help: "Number of symbols DCE'd",
}];

pub struct SymbolDce;

pub fn create(_: &PassOptions) -> Box<dyn Pass> {
    Box::new(SymbolDce)
}

/// Is `op` a symbol with private visibility?
pub fn is_private(ctx: &Context, ir: &Ir, op: OpId) -> bool {
    ir.attr(ctx, op, "sym_visibility")
        .and_then(|a| ctx.as_str_attr(a))
        .is_some_and(|v| v == b"private")
}

/// Adds the root name of every symbol reference inside `attr` to `out`.
pub fn collect_refs(ctx: &Context, attr: Attribute, out: &mut Vec<Box<[u8]>>) {
    match ctx.attr_kind(attr) {
        AttrKind::SymbolRef { root, .. } => out.push(ctx.ident_str(*root).as_bytes().into()),
        AttrKind::Array(items) => {
            for &a in items.iter() {
                collect_refs(ctx, a, out);
            }
        }
        AttrKind::Dictionary(entries) => {
            for e in entries.iter() {
                collect_refs(ctx, e.value, out);
            }
        }
        _ => {}
    }
}

/// The symbol names referenced by `op` and everything nested in it.
pub fn refs_in(ctx: &Context, ir: &Ir, op: OpId) -> Vec<Box<[u8]>> {
    let mut out = Vec::new();
    ir.walk_preorder(op, &mut |o| {
        collect_refs(ctx, ir.attrs(o), &mut out);
        if let Some(p) = ir.props(o) {
            collect_refs(ctx, p, &mut out);
        }
    });
    out
}

impl Pass for SymbolDce {
    fn name(&self) -> &'static str {
        "symbol-dce"
    }
    fn description(&self) -> &'static str {
        "Erase private symbols that nothing references"
    }
    fn anchor(&self) -> Anchor {
        Anchor::Op("builtin.module")
    }
    fn statistics(&self) -> &'static [StatisticDef] {
        STATS
    }
    fn run(&mut self, ctx: &Context, ir: &mut Ir, op: OpId) -> Result<PassOutcome, Diagnostic> {
        let symbols = ir::symbol::SymbolMap::build(ctx, ir, op);
        let children: Vec<OpId> = ir
            .regions(op)
            .iter()
            .flat_map(|&r| ir.region_blocks(r).iter())
            .flat_map(|&b| ir.block_ops(b))
            .collect();
        let mut live: FxHashSet<OpId> = FxHashSet::default();
        let mut work: Vec<OpId> = children
            .iter()
            .copied()
            .filter(|&c| ir::symbol::symbol_name(ctx, ir, c).is_none() || !is_private(ctx, ir, c))
            .collect();
        // The module's own attributes may reference symbols too.
        let mut refs = Vec::new();
        collect_refs(ctx, ir.attrs(op), &mut refs);
        work.extend(refs.iter().filter_map(|n| symbols.symbols.get(n).copied()));
        while let Some(o) = work.pop() {
            if !live.insert(o) {
                continue;
            }
            for name in refs_in(ctx, ir, o) {
                if let Some(&s) = symbols.symbols.get(&name) {
                    if !live.contains(&s) {
                        work.push(s);
                    }
                }
            }
        }
        let mut erased = 0;
        for c in children {
            if !live.contains(&c) {
                ir.erase_op(c);
                erased += 1;
            }
        }
        Ok(PassOutcome::from_stats(vec![("num-dce'd", erased)]))
    }
}
