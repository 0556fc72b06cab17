//! What running a nest on several threads needs: copying an op from one [`Ir`] into
//! another, and per-worker instances of a nested pipeline whose counters are merged back.
//!
//! Key functions: [`clone_into`] (a deep copy across arenas), [`fresh_nodes`] (a new
//! instance of every pass of a pipeline, counters at zero), [`merge_nodes`] (adds a
//! worker's counters to the pipeline's).
//!
//! **Architecture Invariant:** an op run on a worker is isolated from above, so its copy
//! is self-contained: every value it uses is defined inside it. [`clone_into`] panics on an
//! operand defined outside the op rather than producing a dangling copy.

use rustc_hash::FxHashMap;

use ir::{BlockId, Context, Ir, OpId, OperationState, ValueId};

use crate::pipeline::{NestNode, Node, PassNode};

/// Copies `op` of `src`, with everything nested in it, into `dst` as a detached op.
/// Block and value ids are renumbered; uses that precede their definition (graph regions,
/// blocks listed before their dominator) are patched once the whole op is copied.
pub fn clone_into(ctx: &Context, src: &Ir, op: OpId, dst: &mut Ir) -> OpId {
    let mut cx = CrossClone::default();
    let new = cx.op(ctx, src, op, dst);
    for (o, i, v) in std::mem::take(&mut cx.fixups) {
        let mapped = *cx.values.get(&v).unwrap_or_else(|| {
            panic!("clone_into: an operand is defined outside the op (is it isolated from above?)")
        });
        dst.set_operand(o, i, mapped);
    }
    new
}

#[derive(Default)]
struct CrossClone {
    values: FxHashMap<ValueId, ValueId>,
    blocks: FxHashMap<BlockId, BlockId>,
    /// Operands whose definition was not copied yet: (new op, index, original value).
    fixups: Vec<(OpId, usize, ValueId)>,
    /// A detached block whose arguments stand in for values not copied yet.
    placeholder: Option<BlockId>,
}

impl CrossClone {
    fn op(&mut self, ctx: &Context, src: &Ir, op: OpId, dst: &mut Ir) -> OpId {
        let mut state = OperationState::new(src.op_name(op), src.loc(op));
        let mut pending = Vec::new();
        for (i, &v) in src.operands(op).iter().enumerate() {
            let nv = match self.values.get(&v) {
                Some(&nv) => nv,
                None => {
                    pending.push((i, v));
                    let block = *self
                        .placeholder
                        .get_or_insert_with(|| dst.create_block(&[]));
                    dst.add_block_arg(block, src.value_type(v), None)
                }
            };
            state.operands.push(nv);
        }
        state.result_types = src.results(op).iter().map(|r| src.value_type(r)).collect();
        state.successors = src
            .successors(op)
            .iter()
            .map(|b| {
                *self
                    .blocks
                    .get(b)
                    .expect("clone_into: a successor outside the copied op")
            })
            .collect();
        for &region in src.regions(op) {
            let new_region = dst.create_region();
            let blocks = src.region_blocks(region);
            for &b in blocks {
                let args: Vec<_> = src
                    .block_args(b)
                    .iter()
                    .map(|&a| (src.value_type(a), src.arg_loc(a)))
                    .collect();
                let nb = dst.create_block(&args);
                for (&a, &na) in src.block_args(b).iter().zip(dst.block_args(nb)) {
                    self.values.insert(a, na);
                }
                self.blocks.insert(b, nb);
                dst.append_block(new_region, nb);
            }
            for &b in blocks {
                let nb = self.blocks[&b];
                for o in src.block_ops(b) {
                    let c = self.op(ctx, src, o, dst);
                    dst.append_op(nb, c);
                }
            }
            state.regions.push(new_region);
        }
        // The dictionaries are interned already: set them as they are.
        let new = dst.create_op(ctx, state);
        dst.set_attrs(new, src.attrs(op));
        dst.set_props(new, src.props(op));
        for (r, nr) in src.results(op).iter().zip(dst.results(new).iter()) {
            self.values.insert(r, nr);
        }
        self.fixups
            .extend(pending.into_iter().map(|(i, v)| (new, i, v)));
        new
    }
}

/// A new instance of every pass in `nodes` (same options), counters at zero.
pub fn fresh_nodes(nodes: &[Node]) -> Vec<Node> {
    nodes
        .iter()
        .map(|n| match n {
            Node::Pass(p) => Node::Pass(PassNode {
                pass: (p.create)(&p.options),
                create: p.create,
                options: p.options.clone(),
                time: Default::default(),
                runs: 0,
                changed: 0,
                stats: Default::default(),
            }),
            Node::Nest(n) => Node::Nest(NestNode {
                anchor: n.anchor.clone(),
                nodes: fresh_nodes(&n.nodes),
                inferred: n.inferred,
                time: Default::default(),
                matched: 0,
            }),
        })
        .collect()
}

/// Adds the counters of `from` (made by [`fresh_nodes`] of `into`) to `into`.
pub fn merge_nodes(into: &mut [Node], from: &[Node]) {
    for (a, b) in into.iter_mut().zip(from) {
        match (a, b) {
            (Node::Pass(a), Node::Pass(b)) => {
                a.time += b.time;
                a.runs += b.runs;
                a.changed += b.changed;
                for (k, v) in &b.stats {
                    *a.stats.entry(k).or_insert(0) += v;
                }
            }
            (Node::Nest(a), Node::Nest(b)) => {
                a.time += b.time;
                a.matched += b.matched;
                merge_nodes(&mut a.nodes, &b.nodes);
            }
            _ => unreachable!("merge_nodes: pipelines of different shapes"),
        }
    }
}

/// Runs that changed the IR, over every pass in `nodes`.
pub fn changes(nodes: &[Node]) -> u64 {
    nodes
        .iter()
        .map(|n| match n {
            Node::Pass(p) => p.changed,
            Node::Nest(n) => changes(&n.nodes),
        })
        .sum()
}
