//! A small IR builder for the lowering passes: creates ops at an insertion point (the
//! end of a block, or before an op), with properties completed by their declared
//! defaults as the parser does, so that built ops print as parsed ones would.

use dialects::te;
use ir::{AttrKind, Attribute, BlockId, Context, Ir, NamedAttr, OpId, OperationState, RegionId};
use ir::{Type, ValueId};

pub(crate) struct Builder<'a> {
    pub ctx: &'a Context,
    pub ir: &'a mut Ir,
    block: BlockId,
    /// Insert before this op; at the end of `block` when `None`.
    before: Option<OpId>,
    pub loc: Attribute,
    /// The index constants made at this insertion point, reused (one `%c2` per body).
    constants: Vec<(i64, ValueId)>,
}

impl<'a> Builder<'a> {
    /// Builds at the end of `block`.
    pub fn at_end(ctx: &'a Context, ir: &'a mut Ir, block: BlockId, loc: Attribute) -> Self {
        Builder {
            ctx,
            ir,
            block,
            before: None,
            loc,
            constants: Vec::new(),
        }
    }

    /// Builds before `op` (which must be in a block), at its location.
    pub fn before(ctx: &'a Context, ir: &'a mut Ir, op: OpId) -> Option<Self> {
        let block = ir.parent_block(op)?;
        let loc = ir.loc(op);
        Some(Builder {
            ctx,
            ir,
            block,
            before: Some(op),
            loc,
            constants: Vec::new(),
        })
    }

    /// A builder at the end of `block` sharing this one's IR (for a nested body).
    pub fn nested(&mut self, block: BlockId) -> Builder<'_> {
        Builder::at_end(self.ctx, &mut *self.ir, block, self.loc)
    }

    /// Moves the existing `op` to the insertion point.
    pub fn adopt(&mut self, op: OpId) {
        self.ir.detach_op(op);
        self.insert(op);
    }

    fn insert(&mut self, op: OpId) {
        match self.before {
            Some(anchor) => self.ir.insert_op_before(anchor, op),
            None => self.ir.append_op(self.block, op),
        }
    }

    /// Creates op `name` at the insertion point; `props` become its properties.
    pub fn create(
        &mut self,
        name: &str,
        operands: Vec<ValueId>,
        results: Vec<Type>,
        props: Vec<(&str, Attribute)>,
        regions: Vec<RegionId>,
    ) -> OpId {
        let mut state = OperationState::new(self.ctx.op_name(name), self.loc);
        state.operands = operands;
        state.result_types = results;
        state.regions = regions;
        state.attrs = props
            .into_iter()
            .map(|(n, value)| NamedAttr {
                name: self.ctx.ident(n),
                value,
            })
            .collect();
        if let Some(def) = self.ctx.op_def(state.name) {
            ir::dialect::normalize_properties(self.ctx, def, &mut state);
        }
        let op = self.ir.create_op(self.ctx, state);
        self.insert(op);
        op
    }

    /// An op without properties or regions and its single result.
    pub fn value(&mut self, name: &str, operands: Vec<ValueId>, ty: Type) -> ValueId {
        let op = self.create(name, operands, vec![ty], vec![], vec![]);
        self.ir.result(op, 0)
    }

    /// `arith.constant value`.
    pub fn constant(&mut self, value: Attribute, ty: Type) -> ValueId {
        let op = self.create(
            "arith.constant",
            vec![],
            vec![ty],
            vec![("value", value)],
            vec![],
        );
        self.ir.result(op, 0)
    }

    /// `arith.constant c : index`, one per insertion point.
    pub fn index(&mut self, c: i64) -> ValueId {
        if let Some(&(_, v)) = self.constants.iter().find(|(k, _)| *k == c) {
            return v;
        }
        let ty = self.ctx.index_type();
        let v = self.constant(self.ctx.integer_attr(i128::from(c), ty), ty);
        self.constants.push((c, v));
        v
    }

    /// A float constant of type `ty`.
    pub fn float(&mut self, value: f64, ty: Type) -> ValueId {
        let attr = float_attr(self.ctx, value, ty);
        self.constant(attr, ty)
    }

    /// An op with one single-block region whose entry block has `args` and whose body
    /// `body` fills (the body builds its own terminator), returning the op.
    pub fn region_op(
        &mut self,
        name: &str,
        operands: Vec<ValueId>,
        results: Vec<Type>,
        props: Vec<(&str, Attribute)>,
        args: &[Type],
        body: impl FnOnce(&mut Builder<'_>, &[ValueId]),
    ) -> OpId {
        let region = self.ir.create_region();
        let arg_list: Vec<(Type, Option<Attribute>)> = args.iter().map(|&t| (t, None)).collect();
        let block = self.ir.create_block(&arg_list);
        self.ir.append_block(region, block);
        let values = self.ir.block_args(block).to_vec();
        body(&mut self.nested(block), &values);
        self.create(name, operands, results, props, vec![region])
    }

    /// A te region op (`te.compute` or a reduction) with one index block argument per
    /// loop, yielding the element `body` returns; its result.
    pub fn te_loop_op(
        &mut self,
        name: &str,
        result: Type,
        props: Vec<(&str, Attribute)>,
        loops: usize,
        body: impl FnOnce(&mut Builder<'_>, &[ValueId]) -> ValueId,
    ) -> ValueId {
        let index = vec![self.ctx.index_type(); loops];
        let op = self.region_op(name, vec![], vec![result], props, &index, |b, ivs| {
            let element = body(b, ivs);
            b.create(te::YieldOp::NAME, vec![element], vec![], vec![], vec![]);
        });
        self.ir.result(op, 0)
    }

    /// `scf.for %iv = lb to ub step step iter_args(inits)`; `body` gets the induction
    /// variable and the iteration arguments and returns the values to yield. The loop's
    /// results.
    pub fn for_loop(
        &mut self,
        bounds: [ValueId; 3],
        inits: Vec<ValueId>,
        body: impl FnOnce(&mut Builder<'_>, ValueId, &[ValueId]) -> Vec<ValueId>,
    ) -> Vec<ValueId> {
        let types: Vec<Type> = inits.iter().map(|&v| self.ir.value_type(v)).collect();
        let mut args = vec![self.ctx.index_type()];
        args.extend(&types);
        let mut operands = bounds.to_vec();
        operands.extend(inits);
        let op = self.region_op("scf.for", operands, types, vec![], &args, |b, a| {
            let yielded = body(b, a[0], &a[1..]);
            b.create("scf.yield", yielded, vec![], vec![], vec![]);
        });
        self.ir.results(op).to_vec()
    }
}

pub(crate) fn float_attr(ctx: &Context, value: f64, ty: Type) -> Attribute {
    ctx.intern_attr(AttrKind::Float {
        bits: value.to_bits(),
        ty,
    })
}
