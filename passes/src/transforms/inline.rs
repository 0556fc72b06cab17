//! `inline`: replaces `func.call @f` by the body of `f` when `f` is a `func.func` of the
//! module with a single-block body, and `f` is not recursive (not on a cycle of the call
//! graph). The body's ops are cloned before the call with its block arguments mapped to
//! the call's operands; the call's results are replaced by the `func.return` operands.
//! Calls exposed by inlining are inlined in the next round (`max-iterations` rounds at
//! most). As MLIR's inliner, a private callee left without references is erased.

use ir::{AttrKind, Context, Diagnostic, Ir, OpId};
use rustc_hash::{FxHashMap, FxHashSet};

use super::symbol_dce::{is_private, refs_in};
use crate::clone::{clone_op, ValueMap};
use crate::{Anchor, OptionDef, OptionKind, Pass, PassOptions, PassOutcome, StatisticDef};

pub const OPTIONS: &[OptionDef] = &[OptionDef {
    name: "max-iterations",
    kind: OptionKind::UInt,
    default: "4",
    help: "rounds of inlining (calls exposed by inlining are inlined in the next round)",
}];

const STATS: &[StatisticDef] = &[
    StatisticDef {
        name: "inlined-calls",
        help: "calls inlined",
    },
    StatisticDef {
        name: "erased-callees",
        help: "private callees erased once unused",
    },
];

pub struct Inline {
    max_iterations: u64,
}

pub fn create(opts: &PassOptions) -> Box<dyn Pass> {
    Box::new(Inline {
        max_iterations: opts.uint("max-iterations"),
    })
}

/// The flat callee name of a `func.call`.
fn callee_name(ctx: &Context, ir: &Ir, call: OpId) -> Option<Box<[u8]>> {
    match ctx.attr_kind(ir.attr(ctx, call, "callee")?) {
        AttrKind::SymbolRef { root, nested } if nested.is_empty() => {
            Some(ctx.ident_str(*root).as_bytes().into())
        }
        _ => None,
    }
}

fn is_op(ctx: &Context, ir: &Ir, op: OpId, name: &str) -> bool {
    ctx.op_name_str(ir.op_name(op)) == name
}

/// Functions on a cycle of the call graph (Tarjan's SCCs: a member of a component of
/// more than one function, or a function that calls itself).
fn recursive_functions(graph: &FxHashMap<OpId, Vec<OpId>>, funcs: &[OpId]) -> FxHashSet<OpId> {
    struct Tarjan<'a> {
        graph: &'a FxHashMap<OpId, Vec<OpId>>,
        index: FxHashMap<OpId, usize>,
        low: FxHashMap<OpId, usize>,
        stack: Vec<OpId>,
        on_stack: FxHashSet<OpId>,
        out: FxHashSet<OpId>,
    }
    impl Tarjan<'_> {
        fn visit(&mut self, v: OpId) {
            let i = self.index.len();
            self.index.insert(v, i);
            self.low.insert(v, i);
            self.stack.push(v);
            self.on_stack.insert(v);
            let succs = self.graph.get(&v).cloned().unwrap_or_default();
            for w in succs {
                if !self.index.contains_key(&w) {
                    self.visit(w);
                    let lw = self.low[&w];
                    let lv = self.low.get_mut(&v).expect("visited");
                    *lv = (*lv).min(lw);
                } else if self.on_stack.contains(&w) {
                    let iw = self.index[&w];
                    let lv = self.low.get_mut(&v).expect("visited");
                    *lv = (*lv).min(iw);
                }
            }
            if self.low[&v] == self.index[&v] {
                let mut comp = Vec::new();
                while let Some(w) = self.stack.pop() {
                    self.on_stack.remove(&w);
                    comp.push(w);
                    if w == v {
                        break;
                    }
                }
                let self_loop = self.graph.get(&v).is_some_and(|s| s.contains(&v));
                if comp.len() > 1 || self_loop {
                    self.out.extend(comp);
                }
            }
        }
    }
    let mut t = Tarjan {
        graph,
        index: FxHashMap::default(),
        low: FxHashMap::default(),
        stack: Vec::new(),
        on_stack: FxHashSet::default(),
        out: FxHashSet::default(),
    };
    for &f in funcs {
        if !t.index.contains_key(&f) {
            t.visit(f);
        }
    }
    t.out
}

impl Pass for Inline {
    fn name(&self) -> &'static str {
        "inline"
    }
    fn description(&self) -> &'static str {
        "Inline calls of single-block, non-recursive functions of the module"
    }
    fn anchor(&self) -> Anchor {
        Anchor::Op("builtin.module")
    }
    fn options(&self) -> &'static [OptionDef] {
        OPTIONS
    }
    fn statistics(&self) -> &'static [StatisticDef] {
        STATS
    }
    fn run(&mut self, ctx: &Context, ir: &mut Ir, module: OpId) -> Result<PassOutcome, Diagnostic> {
        let mut inlined = 0u64;
        let mut inlined_callees: Vec<OpId> = Vec::new();
        for _ in 0..self.max_iterations {
            let symbols = ir::symbol::SymbolMap::build(ctx, ir, module);
            let funcs: Vec<OpId> = symbols
                .symbols
                .values()
                .copied()
                .filter(|&f| is_op(ctx, ir, f, "func.func"))
                .collect();
            // Calls, and the call graph between functions.
            let mut calls: Vec<(OpId, OpId)> = Vec::new(); // (call, callee)
            let mut graph: FxHashMap<OpId, Vec<OpId>> = FxHashMap::default();
            let mut all = Vec::new();
            ir.walk_preorder(module, &mut |o| all.push(o));
            for o in all {
                if !is_op(ctx, ir, o, "func.call") {
                    continue;
                }
                let Some(callee) = callee_name(ctx, ir, o)
                    .and_then(|n| symbols.symbols.get(&n).copied())
                    .filter(|&f| is_op(ctx, ir, f, "func.func"))
                else {
                    continue;
                };
                let mut caller = ir.parent_op(o);
                while let Some(c) = caller {
                    if is_op(ctx, ir, c, "func.func") && ir.parent_op(c) == Some(module) {
                        graph.entry(c).or_default().push(callee);
                        break;
                    }
                    caller = ir.parent_op(c);
                }
                calls.push((o, callee));
            }
            let recursive = recursive_functions(&graph, &funcs);
            let mut round = 0;
            for (call, callee) in calls {
                if recursive.contains(&callee) {
                    continue;
                }
                let Some(&body) = ir.regions(callee).first() else {
                    continue;
                };
                let [block] = ir.region_blocks(body) else {
                    continue; // declarations and multi-block bodies stay calls
                };
                let block = *block;
                let Some(ret) = ir.last_op(block) else {
                    continue;
                };
                if !is_op(ctx, ir, ret, "func.return")
                    || ir.operands(ret).len() != ir.num_results(call)
                    || ir.block_args(block).len() != ir.operands(call).len()
                {
                    continue;
                }
                let mut map = ValueMap::default();
                for (&a, &v) in ir.block_args(block).iter().zip(ir.operands(call)) {
                    map.map(a, v);
                }
                let body_ops: Vec<OpId> = ir.block_ops(block).filter(|&o| o != ret).collect();
                for o in body_ops {
                    let c = clone_op(ctx, ir, o, &mut map);
                    ir.insert_op_before(call, c);
                }
                let results: Vec<_> = ir.operands(ret).iter().map(|&v| map.lookup(v)).collect();
                ir.replace_op(call, &results);
                round += 1;
                inlined_callees.push(callee);
            }
            inlined += round;
            if round == 0 {
                break;
            }
        }
        // Erase the private callees that nothing references any more.
        let mut erased = 0;
        inlined_callees.sort();
        inlined_callees.dedup();
        if !inlined_callees.is_empty() {
            let mut referenced: FxHashSet<Box<[u8]>> = FxHashSet::default();
            let children: Vec<OpId> = ir
                .regions(module)
                .iter()
                .flat_map(|&r| ir.region_blocks(r).iter())
                .flat_map(|&b| ir.block_ops(b))
                .collect();
            for &c in &children {
                referenced.extend(refs_in(ctx, ir, c));
            }
            for f in inlined_callees {
                let name = ir::symbol::symbol_name(ctx, ir, f).map(Box::<[u8]>::from);
                if is_private(ctx, ir, f) && name.is_some_and(|n| !referenced.contains(&n)) {
                    ir.erase_op(f);
                    erased += 1;
                }
            }
        }
        Ok(PassOutcome::from_stats(vec![
            ("inlined-calls", inlined),
            ("erased-callees", erased),
        ]))
    }
}
