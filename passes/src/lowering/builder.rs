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
    /// The index constants made so far dominate the nested body: it reuses them.
    pub fn nested(&mut self, block: BlockId) -> Builder<'_> {
        let constants = self.constants.clone();
        let mut b = Builder::at_end(self.ctx, &mut *self.ir, block, self.loc);
        b.constants = constants;
        b
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

    /// A dense `i32` array attribute (`operandSegmentSizes`).
    pub fn i32_array(&self, v: &[i128]) -> Attribute {
        self.ctx.intern_attr(AttrKind::DenseArray {
            elem: self.ctx.integer_type(32),
            data: ir::attributes::DenseData::Int(v.into()),
        })
    }

    /// `memref.alloc` or `memref.alloca` of a static shape.
    pub fn alloc(&mut self, name: &str, ty: Type) -> ValueId {
        let segments = self.i32_array(&[0, 0]);
        let op = self.create(
            name,
            vec![],
            vec![ty],
            vec![("operandSegmentSizes", segments)],
            vec![],
        );
        self.ir.result(op, 0)
    }

    /// The value of `v` if it is an index constant.
    pub fn const_index(&self, v: ValueId) -> Option<i64> {
        super::te_emit::index_constant(self.ctx, self.ir, v)
    }

    /// `name(p, q)` on indices, folded when constants make it trivial.
    pub fn fold_index(&mut self, name: &str, p: ValueId, q: ValueId) -> ValueId {
        let (a, c) = (self.const_index(p), self.const_index(q));
        match (name, a, c) {
            ("arith.addi", Some(x), Some(y)) => self.index(x + y),
            ("arith.subi", Some(x), Some(y)) => self.index(x - y),
            ("arith.muli", Some(x), Some(y)) => self.index(x * y),
            ("arith.addi", Some(0), _) => q,
            ("arith.addi" | "arith.subi", _, Some(0)) => p,
            ("arith.muli", Some(1), _) => q,
            ("arith.muli", _, Some(1)) => p,
            ("arith.muli", Some(0), _) | ("arith.muli", _, Some(0)) => self.index(0),
            _ => self.value(name, vec![p, q], self.ctx.index_type()),
        }
    }

    /// `arith.cmpi pred, v, bound` on indices.
    pub fn cmpi(&mut self, pred: i128, v: ValueId, bound: i64) -> ValueId {
        let bound = self.index(bound);
        let i1 = self.ctx.integer_type(1);
        let p = self.ctx.integer_attr(pred, self.ctx.integer_type(64));
        let op = self.create(
            "arith.cmpi",
            vec![v, bound],
            vec![i1],
            vec![("predicate", p)],
            vec![],
        );
        self.ir.result(op, 0)
    }

    /// `prev && c` (just `c` without `prev`).
    pub fn and(&mut self, prev: Option<ValueId>, c: ValueId) -> ValueId {
        match prev {
            None => c,
            Some(p) => self.value("arith.andi", vec![p, c], self.ctx.integer_type(1)),
        }
    }

    /// A single-block region whose body `body` fills, ended by `scf.yield results`.
    fn yield_region(&mut self, body: impl FnOnce(&mut Builder<'_>) -> Vec<ValueId>) -> RegionId {
        let region = self.ir.create_region();
        let block = self.ir.create_block(&[]);
        self.ir.append_block(region, block);
        let mut nb = self.nested(block);
        let results = body(&mut nb);
        nb.create("scf.yield", results, vec![], vec![], vec![]);
        region
    }

    /// `scf.if cond { then } else { els }` without results (no else region without `els`).
    pub fn if_then_else(
        &mut self,
        cond: ValueId,
        then: impl FnOnce(&mut Builder<'_>),
        els: Option<impl FnOnce(&mut Builder<'_>)>,
    ) {
        let then_region = self.yield_region(|b| {
            then(b);
            vec![]
        });
        let else_region = match els {
            Some(f) => self.yield_region(|b| {
                f(b);
                vec![]
            }),
            None => self.ir.create_region(),
        };
        self.create(
            "scf.if",
            vec![cond],
            vec![],
            vec![],
            vec![then_region, else_region],
        );
    }

    /// `scf.if cond { then }`.
    pub fn if_then(&mut self, cond: ValueId, then: impl FnOnce(&mut Builder<'_>)) {
        self.if_then_else(cond, then, None::<fn(&mut Builder<'_>)>);
    }

    /// `scf.if cond -> ty { then } else { els }`, its result.
    pub fn if_else_value(
        &mut self,
        cond: ValueId,
        ty: Type,
        then: impl FnOnce(&mut Builder<'_>) -> ValueId,
        els: impl FnOnce(&mut Builder<'_>) -> ValueId,
    ) -> ValueId {
        let then_region = self.yield_region(|b| vec![then(b)]);
        let else_region = self.yield_region(|b| vec![els(b)]);
        let op = self.create(
            "scf.if",
            vec![cond],
            vec![ty],
            vec![],
            vec![then_region, else_region],
        );
        self.ir.result(op, 0)
    }

    fn position_attr(&self, j: i64) -> Attribute {
        self.ctx.intern_attr(AttrKind::DenseArray {
            elem: self.ctx.integer_type(64),
            data: ir::attributes::DenseData::Int(vec![i128::from(j)].into()),
        })
    }

    /// `vector.extract v[j]`.
    pub fn extract(&mut self, v: ValueId, j: i64, elem: Type) -> ValueId {
        let pos = self.position_attr(j);
        let op = self.create(
            "vector.extract",
            vec![v],
            vec![elem],
            vec![("static_position", pos)],
            vec![],
        );
        self.ir.result(op, 0)
    }

    /// `vector.insert x, v[j]`.
    pub fn insert_lane(&mut self, x: ValueId, v: ValueId, j: i64) -> ValueId {
        let pos = self.position_attr(j);
        let ty = self.ir.value_type(v);
        let op = self.create(
            "vector.insert",
            vec![x, v],
            vec![ty],
            vec![("static_position", pos)],
            vec![],
        );
        self.ir.result(op, 0)
    }

    /// `name(operands) : ty`, with the properties and attributes of `source` if given.
    pub fn copy_op(
        &mut self,
        name: &str,
        source: Option<OpId>,
        operands: Vec<ValueId>,
        ty: Type,
    ) -> ValueId {
        let op = self.create(name, operands, vec![ty], vec![], vec![]);
        if let Some(src) = source {
            let (props, attrs) = (self.ir.props(src), self.ir.attrs(src));
            self.ir.set_props(op, props);
            self.ir.set_attrs(op, attrs);
        }
        self.ir.result(op, 0)
    }
}

pub(crate) fn float_attr(ctx: &Context, value: f64, ty: Type) -> Attribute {
    ctx.intern_attr(AttrKind::Float {
        bits: value.to_bits(),
        ty,
    })
}
