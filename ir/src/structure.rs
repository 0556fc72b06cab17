//! Operations, blocks, regions and values, stored in arenas and addressed by typed ids.
//!
//! Key types: [`Ir`] (the arenas), [`OpId`], [`BlockId`], [`RegionId`], [`ValueId`],
//! [`OperationState`] (what [`Ir::create_op`] builds from), [`Use`], [`ValueDef`].
//!
//! **Architecture Invariant:** every operand slot `(op, i)` that holds value `v` appears
//! exactly once in `v`'s use list, so replace-all-uses is O(uses). Every mutation goes
//! through [`Ir`]'s methods, which keep that invariant.
//!
//! Ops in a block form a doubly linked list (O(1) insert, erase, move), as in MLIR.
//! Erased entities stay in the arenas as tombstones (la-arena never frees a slot).

use la_arena::{Arena, Idx, RawIdx};
use smallvec::SmallVec;

use crate::context::{Attribute, Context, OpName, Type};

pub type OpId = Idx<OpData>;
pub type BlockId = Idx<BlockData>;
pub type RegionId = Idx<RegionData>;
pub type ValueId = Idx<ValueData>;

/// One use of a value: operand `index` of `op`.
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
pub struct Use {
    pub op: OpId,
    pub index: u32,
}

/// Where a value comes from.
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
pub enum ValueDef {
    OpResult { op: OpId, index: u32 },
    BlockArg { block: BlockId, index: u32 },
}

#[derive(Debug)]
pub struct ValueData {
    ty: Type,
    def: ValueDef,
    /// Location of a block argument (results use their op's location).
    loc: Option<Attribute>,
    uses: Vec<Use>,
}

#[derive(Debug)]
pub struct OpData {
    name: OpName,
    operands: SmallVec<[ValueId; 3]>,
    /// Results are allocated contiguously in the value arena.
    first_result: u32,
    num_results: u32,
    successors: Vec<BlockId>,
    regions: Vec<RegionId>,
    /// Discardable attributes: a dictionary attribute.
    attrs: Attribute,
    /// Inherent attributes (MLIR's properties): a dictionary attribute, if the op has any.
    props: Option<Attribute>,
    loc: Attribute,
    parent: Option<BlockId>,
    prev: Option<OpId>,
    next: Option<OpId>,
    erased: bool,
}

#[derive(Debug, Default)]
pub struct BlockData {
    args: Vec<ValueId>,
    first: Option<OpId>,
    last: Option<OpId>,
    parent: Option<RegionId>,
}

#[derive(Debug, Default)]
pub struct RegionData {
    blocks: Vec<BlockId>,
    parent: Option<OpId>,
}

/// Everything needed to create an operation.
#[derive(Clone, Debug)]
pub struct OperationState {
    pub name: OpName,
    pub operands: Vec<ValueId>,
    pub result_types: Vec<Type>,
    pub attrs: Vec<crate::attributes::NamedAttr>,
    /// Inherent attributes; `None` means the op carries no properties.
    pub props: Option<Vec<crate::attributes::NamedAttr>>,
    pub regions: Vec<RegionId>,
    pub successors: Vec<BlockId>,
    pub loc: Attribute,
}

impl OperationState {
    pub fn new(name: OpName, loc: Attribute) -> Self {
        OperationState {
            name,
            operands: Vec::new(),
            result_types: Vec::new(),
            attrs: Vec::new(),
            props: None,
            regions: Vec::new(),
            successors: Vec::new(),
            loc,
        }
    }
}

/// The arenas holding one IR tree (usually a `builtin.module` and everything inside it).
#[derive(Debug, Default)]
pub struct Ir {
    ops: Arena<OpData>,
    blocks: Arena<BlockData>,
    regions: Arena<RegionData>,
    values: Arena<ValueData>,
}

fn value_id(raw: u32) -> ValueId {
    Idx::from_raw(RawIdx::from(raw))
}

impl Ir {
    pub fn new() -> Self {
        Self::default()
    }

    /// Number of live operations (for statistics and benchmarks).
    pub fn num_ops(&self) -> usize {
        self.ops.iter().filter(|(_, o)| !o.erased).count()
    }

    // ----- creation -----

    /// Creates a detached operation; regions in `state` become owned by it.
    pub fn create_op(&mut self, ctx: &Context, state: OperationState) -> OpId {
        let attrs = ctx.dictionary_attr(state.attrs);
        let props = state.props.map(|p| ctx.dictionary_attr(p));
        let op = self.ops.alloc(OpData {
            name: state.name,
            operands: SmallVec::new(),
            first_result: 0,
            num_results: 0,
            successors: state.successors,
            regions: state.regions,
            attrs,
            props,
            loc: state.loc,
            parent: None,
            prev: None,
            next: None,
            erased: false,
        });
        let first = self.values.len() as u32;
        for (index, ty) in state.result_types.into_iter().enumerate() {
            self.values.alloc(ValueData {
                ty,
                def: ValueDef::OpResult {
                    op,
                    index: index as u32,
                },
                loc: None,
                uses: Vec::new(),
            });
        }
        let count = self.values.len() as u32 - first;
        let data = &mut self.ops[op];
        data.first_result = first;
        data.num_results = count;
        for region in data.regions.clone() {
            self.regions[region].parent = Some(op);
        }
        for (index, v) in state.operands.into_iter().enumerate() {
            self.ops[op].operands.push(v);
            self.values[v].uses.push(Use {
                op,
                index: index as u32,
            });
        }
        op
    }

    pub fn create_region(&mut self) -> RegionId {
        self.regions.alloc(RegionData::default())
    }

    /// Creates a detached block with arguments of the given types and locations.
    pub fn create_block(&mut self, args: &[(Type, Option<Attribute>)]) -> BlockId {
        let block = self.blocks.alloc(BlockData::default());
        for &(ty, loc) in args {
            self.add_block_arg(block, ty, loc);
        }
        block
    }

    pub fn add_block_arg(&mut self, block: BlockId, ty: Type, loc: Option<Attribute>) -> ValueId {
        let index = self.blocks[block].args.len() as u32;
        let v = self.values.alloc(ValueData {
            ty,
            def: ValueDef::BlockArg { block, index },
            loc,
            uses: Vec::new(),
        });
        self.blocks[block].args.push(v);
        v
    }

    /// Removes an unused block argument, renumbering the later ones.
    pub fn erase_block_arg(&mut self, block: BlockId, index: usize) {
        let v = self.blocks[block].args.remove(index);
        assert!(
            self.values[v].uses.is_empty(),
            "erasing a block argument that still has uses"
        );
        for (i, &a) in self.blocks[block].args.iter().enumerate().skip(index) {
            self.values[a].def = ValueDef::BlockArg {
                block,
                index: i as u32,
            };
        }
    }

    pub fn append_block(&mut self, region: RegionId, block: BlockId) {
        debug_assert!(self.blocks[block].parent.is_none());
        self.blocks[block].parent = Some(region);
        self.regions[region].blocks.push(block);
    }

    pub fn insert_block_after(&mut self, anchor: BlockId, block: BlockId) {
        let region = self.blocks[anchor]
            .parent
            .expect("anchor block is detached");
        let pos = self.block_position(anchor) + 1;
        self.blocks[block].parent = Some(region);
        self.regions[region].blocks.insert(pos, block);
    }

    fn block_position(&self, block: BlockId) -> usize {
        let region = self.blocks[block].parent.expect("block is detached");
        self.regions[region]
            .blocks
            .iter()
            .position(|&b| b == block)
            .expect("block not in its region")
    }

    // ----- op lists -----

    pub fn append_op(&mut self, block: BlockId, op: OpId) {
        let last = self.blocks[block].last;
        self.link(op, block, last, None);
    }

    pub fn prepend_op(&mut self, block: BlockId, op: OpId) {
        let first = self.blocks[block].first;
        self.link(op, block, None, first);
    }

    pub fn insert_op_before(&mut self, anchor: OpId, op: OpId) {
        let block = self.ops[anchor].parent.expect("anchor op is detached");
        let prev = self.ops[anchor].prev;
        self.link(op, block, prev, Some(anchor));
    }

    pub fn insert_op_after(&mut self, anchor: OpId, op: OpId) {
        let block = self.ops[anchor].parent.expect("anchor op is detached");
        let next = self.ops[anchor].next;
        self.link(op, block, Some(anchor), next);
    }

    fn link(&mut self, op: OpId, block: BlockId, prev: Option<OpId>, next: Option<OpId>) {
        debug_assert!(self.ops[op].parent.is_none(), "op is already in a block");
        let data = &mut self.ops[op];
        data.parent = Some(block);
        data.prev = prev;
        data.next = next;
        match prev {
            Some(p) => self.ops[p].next = Some(op),
            None => self.blocks[block].first = Some(op),
        }
        match next {
            Some(n) => self.ops[n].prev = Some(op),
            None => self.blocks[block].last = Some(op),
        }
    }

    /// Unlinks `op` from its block, keeping it (and its uses) alive.
    pub fn detach_op(&mut self, op: OpId) {
        let Some(block) = self.ops[op].parent.take() else {
            return;
        };
        let (prev, next) = (self.ops[op].prev.take(), self.ops[op].next.take());
        match prev {
            Some(p) => self.ops[p].next = next,
            None => self.blocks[block].first = next,
        }
        match next {
            Some(n) => self.ops[n].prev = prev,
            None => self.blocks[block].last = prev,
        }
    }

    pub fn move_op_before(&mut self, op: OpId, anchor: OpId) {
        self.detach_op(op);
        self.insert_op_before(anchor, op);
    }

    pub fn move_op_after(&mut self, op: OpId, anchor: OpId) {
        self.detach_op(op);
        self.insert_op_after(anchor, op);
    }

    /// Erases `op` and everything nested in it. Its results must have no uses left
    /// outside of it (as in MLIR).
    pub fn erase_op(&mut self, op: OpId) {
        self.detach_op(op);
        self.drop_all_references(op);
        self.mark_erased(op);
        debug_assert!(
            self.results(op)
                .iter()
                .all(|r| self.values[r].uses.is_empty()),
            "erasing an op whose results still have uses"
        );
    }

    /// Drops the operand uses of `op` and of every op nested in it.
    pub fn drop_all_references(&mut self, op: OpId) {
        for i in 0..self.ops[op].operands.len() {
            let v = self.ops[op].operands[i];
            self.remove_use(
                v,
                Use {
                    op,
                    index: i as u32,
                },
            );
        }
        self.ops[op].operands.clear();
        for region in self.ops[op].regions.clone() {
            for block in self.regions[region].blocks.clone() {
                let mut cur = self.blocks[block].first;
                while let Some(o) = cur {
                    cur = self.ops[o].next;
                    self.drop_all_references(o);
                }
            }
        }
    }

    fn mark_erased(&mut self, op: OpId) {
        self.ops[op].erased = true;
        for region in self.ops[op].regions.clone() {
            for block in self.regions[region].blocks.clone() {
                let mut cur = self.blocks[block].first;
                while let Some(o) = cur {
                    cur = self.ops[o].next;
                    self.mark_erased(o);
                }
            }
        }
    }

    pub fn is_erased(&self, op: OpId) -> bool {
        self.ops[op].erased
    }

    /// Erases a block with all its ops; nothing outside may use its values.
    pub fn erase_block(&mut self, block: BlockId) {
        if let Some(region) = self.blocks[block].parent.take() {
            self.regions[region].blocks.retain(|&b| b != block);
        }
        let ops: Vec<OpId> = self.block_ops(block).collect();
        for &op in &ops {
            self.drop_all_references(op);
        }
        for op in ops.into_iter().rev() {
            self.detach_op(op);
            self.mark_erased(op);
        }
    }

    /// Splits `block` before `op`: `op` and everything after it move to a new block
    /// (without arguments) inserted right after `block`. Returns the new block.
    pub fn split_block(&mut self, block: BlockId, op: OpId) -> BlockId {
        debug_assert_eq!(self.ops[op].parent, Some(block));
        let new_block = self.create_block(&[]);
        self.insert_block_after(block, new_block);
        let mut cur = Some(op);
        while let Some(o) = cur {
            cur = self.ops[o].next;
            self.detach_op(o);
            self.append_op(new_block, o);
        }
        new_block
    }

    /// Moves all ops of `src` to the end of `dest`, replacing `src`'s arguments with
    /// `arg_values`, then erases `src`.
    pub fn merge_blocks(&mut self, src: BlockId, dest: BlockId, arg_values: &[ValueId]) {
        let args = self.blocks[src].args.clone();
        assert_eq!(
            args.len(),
            arg_values.len(),
            "merge_blocks: argument count mismatch"
        );
        for (&a, &v) in args.iter().zip(arg_values) {
            self.replace_all_uses(a, v);
        }
        let ops: Vec<OpId> = self.block_ops(src).collect();
        for o in ops {
            self.detach_op(o);
            self.append_op(dest, o);
        }
        self.erase_block(src);
    }

    // ----- uses -----

    fn remove_use(&mut self, v: ValueId, u: Use) {
        let uses = &mut self.values[v].uses;
        if let Some(pos) = uses.iter().position(|&x| x == u) {
            uses.swap_remove(pos);
        }
    }

    pub fn set_operand(&mut self, op: OpId, index: usize, v: ValueId) {
        let old = self.ops[op].operands[index];
        let u = Use {
            op,
            index: index as u32,
        };
        self.remove_use(old, u);
        self.ops[op].operands[index] = v;
        self.values[v].uses.push(u);
    }

    /// Replaces the operand list of `op`.
    pub fn set_operands(&mut self, op: OpId, operands: &[ValueId]) {
        for i in 0..self.ops[op].operands.len() {
            let v = self.ops[op].operands[i];
            self.remove_use(
                v,
                Use {
                    op,
                    index: i as u32,
                },
            );
        }
        self.ops[op].operands = operands.into();
        for (i, &v) in operands.iter().enumerate() {
            self.values[v].uses.push(Use {
                op,
                index: i as u32,
            });
        }
    }

    /// Replaces every use of `old` with `new`: O(number of uses).
    pub fn replace_all_uses(&mut self, old: ValueId, new: ValueId) {
        if old == new {
            return;
        }
        let uses = std::mem::take(&mut self.values[old].uses);
        for u in &uses {
            self.ops[u.op].operands[u.index as usize] = new;
        }
        self.values[new].uses.extend(uses);
    }

    /// Replaces the results of `op` with `values` (same count) and erases `op`.
    pub fn replace_op(&mut self, op: OpId, values: &[ValueId]) {
        let results = self.results(op);
        assert_eq!(
            results.len(),
            values.len(),
            "replace_op: result count mismatch"
        );
        for (r, &v) in results.iter().zip(values) {
            self.replace_all_uses(r, v);
        }
        self.erase_op(op);
    }

    pub fn uses(&self, v: ValueId) -> &[Use] {
        &self.values[v].uses
    }

    // ----- accessors -----

    pub fn op_name(&self, op: OpId) -> OpName {
        self.ops[op].name
    }
    pub fn operands(&self, op: OpId) -> &[ValueId] {
        &self.ops[op].operands
    }
    pub fn operand(&self, op: OpId, index: usize) -> ValueId {
        self.ops[op].operands[index]
    }
    pub fn num_results(&self, op: OpId) -> usize {
        self.ops[op].num_results as usize
    }
    pub fn result(&self, op: OpId, index: usize) -> ValueId {
        assert!(index < self.num_results(op), "result index out of range");
        value_id(self.ops[op].first_result + index as u32)
    }
    /// The results of `op` as a compact range.
    pub fn results(&self, op: OpId) -> Results {
        Results {
            first: self.ops[op].first_result,
            len: self.ops[op].num_results,
        }
    }
    pub fn successors(&self, op: OpId) -> &[BlockId] {
        &self.ops[op].successors
    }
    pub fn set_successor(&mut self, op: OpId, index: usize, block: BlockId) {
        self.ops[op].successors[index] = block;
    }
    pub fn regions(&self, op: OpId) -> &[RegionId] {
        &self.ops[op].regions
    }
    pub fn attrs(&self, op: OpId) -> Attribute {
        self.ops[op].attrs
    }
    pub fn set_attrs(&mut self, op: OpId, dict: Attribute) {
        self.ops[op].attrs = dict;
    }
    pub fn props(&self, op: OpId) -> Option<Attribute> {
        self.ops[op].props
    }
    pub fn set_props(&mut self, op: OpId, dict: Option<Attribute>) {
        self.ops[op].props = dict;
    }
    /// An attribute by name: inherent (properties) first, then discardable.
    pub fn attr(&self, ctx: &Context, op: OpId, name: &str) -> Option<Attribute> {
        let data = &self.ops[op];
        data.props
            .and_then(|p| ctx.dict_get(p, name))
            .or_else(|| ctx.dict_get(data.attrs, name))
    }
    /// Sets a discardable attribute (`None` removes it).
    pub fn set_attr(&mut self, ctx: &Context, op: OpId, name: &str, value: Option<Attribute>) {
        let data = &mut self.ops[op];
        data.attrs = ctx.dict_with(data.attrs, ctx.ident(name), value);
    }
    /// Sets an inherent attribute (property); `None` removes it.
    pub fn set_prop(&mut self, ctx: &Context, op: OpId, name: &str, value: Option<Attribute>) {
        let data = &mut self.ops[op];
        let dict = data.props.unwrap_or_else(|| ctx.empty_dictionary());
        data.props = Some(ctx.dict_with(dict, ctx.ident(name), value));
    }
    pub fn loc(&self, op: OpId) -> Attribute {
        self.ops[op].loc
    }
    pub fn set_loc(&mut self, op: OpId, loc: Attribute) {
        self.ops[op].loc = loc;
    }
    pub fn parent_block(&self, op: OpId) -> Option<BlockId> {
        self.ops[op].parent
    }
    pub fn parent_op(&self, op: OpId) -> Option<OpId> {
        let block = self.ops[op].parent?;
        self.block_parent_op(block)
    }
    pub fn next_op(&self, op: OpId) -> Option<OpId> {
        self.ops[op].next
    }
    pub fn prev_op(&self, op: OpId) -> Option<OpId> {
        self.ops[op].prev
    }

    pub fn value_type(&self, v: ValueId) -> Type {
        self.values[v].ty
    }
    pub fn set_value_type(&mut self, v: ValueId, ty: Type) {
        self.values[v].ty = ty;
    }
    pub fn value_def(&self, v: ValueId) -> ValueDef {
        self.values[v].def
    }
    /// The location of a block argument, if it has one.
    pub fn arg_loc(&self, v: ValueId) -> Option<Attribute> {
        self.values[v].loc
    }
    /// The block in which `v` is defined.
    pub fn value_block(&self, v: ValueId) -> Option<BlockId> {
        match self.values[v].def {
            ValueDef::OpResult { op, .. } => self.ops[op].parent,
            ValueDef::BlockArg { block, .. } => Some(block),
        }
    }

    pub fn block_args(&self, block: BlockId) -> &[ValueId] {
        &self.blocks[block].args
    }
    pub fn block_parent_region(&self, block: BlockId) -> Option<RegionId> {
        self.blocks[block].parent
    }
    pub fn block_parent_op(&self, block: BlockId) -> Option<OpId> {
        self.regions[self.blocks[block].parent?].parent
    }
    pub fn first_op(&self, block: BlockId) -> Option<OpId> {
        self.blocks[block].first
    }
    pub fn last_op(&self, block: BlockId) -> Option<OpId> {
        self.blocks[block].last
    }
    pub fn block_ops(&self, block: BlockId) -> BlockOps<'_> {
        BlockOps {
            ir: self,
            cur: self.blocks[block].first,
        }
    }
    pub fn region_blocks(&self, region: RegionId) -> &[BlockId] {
        &self.regions[region].blocks
    }
    pub fn region_parent(&self, region: RegionId) -> Option<OpId> {
        self.regions[region].parent
    }

    /// Is `op` (transitively) nested inside `ancestor`?
    pub fn is_ancestor(&self, ancestor: OpId, mut op: OpId) -> bool {
        while let Some(parent) = self.parent_op(op) {
            if parent == ancestor {
                return true;
            }
            op = parent;
        }
        false
    }

    /// Visits `root` and every op nested in it, parents before children.
    pub fn walk_preorder(&self, root: OpId, f: &mut dyn FnMut(OpId)) {
        f(root);
        for &region in self.regions(root) {
            for &block in self.region_blocks(region) {
                for op in self.block_ops(block) {
                    self.walk_preorder(op, f);
                }
            }
        }
    }

    /// Visits every op nested in `root` and then `root`, children before parents.
    pub fn walk_postorder(&self, root: OpId, f: &mut dyn FnMut(OpId)) {
        for &region in self.regions(root) {
            for &block in self.region_blocks(region) {
                for op in self.block_ops(block) {
                    self.walk_postorder(op, f);
                }
            }
        }
        f(root);
    }
}

/// The results of an op: a contiguous range of value ids.
#[derive(Copy, Clone, Debug)]
pub struct Results {
    first: u32,
    len: u32,
}

impl Results {
    pub fn len(&self) -> usize {
        self.len as usize
    }
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
    pub fn get(&self, i: usize) -> Option<ValueId> {
        (i < self.len()).then(|| value_id(self.first + i as u32))
    }
    pub fn iter(&self) -> impl ExactSizeIterator<Item = ValueId> + DoubleEndedIterator {
        (self.first..self.first + self.len).map(value_id)
    }
    pub fn to_vec(&self) -> Vec<ValueId> {
        self.iter().collect()
    }
}

/// Iterator over the ops of a block, in order.
pub struct BlockOps<'a> {
    ir: &'a Ir,
    cur: Option<OpId>,
}

impl Iterator for BlockOps<'_> {
    type Item = OpId;
    fn next(&mut self) -> Option<OpId> {
        let op = self.cur?;
        self.cur = self.ir.ops[op].next;
        Some(op)
    }
}
