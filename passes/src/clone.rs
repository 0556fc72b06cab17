//! Cloning ops with their regions (MLIR's `Operation::clone(IRMapping&)`).

use rustc_hash::FxHashMap;

use ir::{BlockId, Context, Ir, OpId, OperationState, ValueId};

/// Maps values (and blocks) of the original to those of the copy.
#[derive(Default, Debug)]
pub struct ValueMap {
    pub values: FxHashMap<ValueId, ValueId>,
    pub blocks: FxHashMap<BlockId, BlockId>,
}

impl ValueMap {
    pub fn map(&mut self, from: ValueId, to: ValueId) {
        self.values.insert(from, to);
    }
    /// The copy of `v`, or `v` itself when it was not cloned (defined outside).
    pub fn lookup(&self, v: ValueId) -> ValueId {
        self.values.get(&v).copied().unwrap_or(v)
    }
}

/// A detached copy of `op` with everything nested in it. Operands are remapped through
/// `map` (values not in it are used as they are); the copy's results and nested values are
/// added to `map`.
pub fn clone_op(ctx: &Context, ir: &mut Ir, op: OpId, map: &mut ValueMap) -> OpId {
    let new = clone_rec(ctx, ir, op, map);
    // Uses that precede their definition (graph regions) were cloned before the map knew
    // them: remap them now.
    let mut nested = Vec::new();
    ir.walk_preorder(new, &mut |o| nested.push(o));
    for o in nested {
        for i in 0..ir.operands(o).len() {
            let v = ir.operand(o, i);
            if let Some(&m) = map.values.get(&v) {
                ir.set_operand(o, i, m);
            }
        }
    }
    new
}

fn clone_rec(ctx: &Context, ir: &mut Ir, op: OpId, map: &mut ValueMap) -> OpId {
    let mut state = OperationState::new(ir.op_name(op), ir.loc(op));
    state.operands = ir.operands(op).iter().map(|&v| map.lookup(v)).collect();
    state.result_types = ir.results(op).iter().map(|r| ir.value_type(r)).collect();
    state.attrs = ctx.dict_entries(ir.attrs(op)).to_vec();
    state.props = ir.props(op).map(|p| ctx.dict_entries(p).to_vec());
    state.successors = ir
        .successors(op)
        .iter()
        .map(|b| map.blocks.get(b).copied().unwrap_or(*b))
        .collect();
    for region in ir.regions(op).to_vec() {
        let new_region = ir.create_region();
        let blocks = ir.region_blocks(region).to_vec();
        for &b in &blocks {
            let args: Vec<_> = ir
                .block_args(b)
                .iter()
                .map(|&a| (ir.value_type(a), ir.arg_loc(a)))
                .collect();
            let nb = ir.create_block(&args);
            for (&a, &na) in ir.block_args(b).to_vec().iter().zip(ir.block_args(nb)) {
                map.map(a, na);
            }
            map.blocks.insert(b, nb);
            ir.append_block(new_region, nb);
        }
        for &b in &blocks {
            let nb = map.blocks[&b];
            let ops: Vec<OpId> = ir.block_ops(b).collect();
            for o in ops {
                let c = clone_rec(ctx, ir, o, map);
                ir.append_op(nb, c);
            }
        }
        state.regions.push(new_region);
    }
    let new = ir.create_op(ctx, state);
    for (r, nr) in ir.results(op).iter().zip(ir.results(new).iter()) {
        map.map(r, nr);
    }
    new
}
