//! The body of a `te.compute` as an expression DAG over its loop names.
//!
//! `lower-te` does not move a compute's body ops into the loops: it reads the body into
//! this form once and emits fresh ops from it wherever the schedule needs the element
//! (the main statement, per vector lane, inlined into a consumer, computed at a
//! consumer's loop). Loop indices are names (`Var`), so the same expression serves any
//! loop structure; reads name the tensor they read, resolved when emitted.

use std::collections::HashMap;

use dialects::te::{self, Reduction};
use ir::verify::op_error;
use ir::{Attribute, Context, Diagnostic, Ir, OpId, Type, ValueDef, ValueId};

/// An index into [`Exprs`].
pub type ExprId = usize;

#[derive(Clone, Debug)]
pub enum Expr {
    /// A loop index of the compute (spatial or reduction), by name.
    Var(String),
    /// A value defined outside the compute (dominates it).
    Outside(ValueId),
    Const(Attribute, Type),
    /// An op with one result and no regions, made with new operands; properties and
    /// attributes are copied from `source` (a body op) when there is one.
    Op {
        name: String,
        source: Option<OpId>,
        operands: Vec<ExprId>,
        ty: Type,
    },
    /// `te.read tensor[indices]`, `padding` when out of bounds.
    Read {
        tensor: ValueId,
        indices: Vec<ExprId>,
        padding: Option<Attribute>,
        ty: Type,
    },
    /// The current value of the element the statement computes (memory accumulation).
    Accumulator,
    Reduce {
        kind: Reduction,
        names: Vec<String>,
        extents: Vec<i64>,
        body: ExprId,
        ty: Type,
    },
}

/// The expressions of one compute body (shared subexpressions appear once).
#[derive(Clone, Debug, Default)]
pub struct Exprs {
    pub nodes: Vec<Expr>,
}

impl Exprs {
    pub fn add(&mut self, e: Expr) -> ExprId {
        self.nodes.push(e);
        self.nodes.len() - 1
    }

    pub fn get(&self, id: ExprId) -> &Expr {
        &self.nodes[id]
    }

    /// `name(operands) : ty`, an op made from scratch.
    pub fn op(&mut self, name: &str, operands: Vec<ExprId>, ty: Type) -> ExprId {
        self.add(Expr::Op {
            name: name.to_string(),
            source: None,
            operands,
            ty,
        })
    }

    /// `id` with the loop names in `subst` replaced (by expressions of `self`), e.g. a
    /// producer's body at a consumer's read indices. Adds the new nodes to `self`; a
    /// subexpression shared in `id` stays shared.
    pub fn substitute(&mut self, id: ExprId, subst: &[(String, ExprId)]) -> ExprId {
        self.substitute_shared(id, subst, &mut HashMap::new())
    }

    fn substitute_shared(
        &mut self,
        id: ExprId,
        subst: &[(String, ExprId)],
        done: &mut HashMap<ExprId, ExprId>,
    ) -> ExprId {
        if let Some(&e) = done.get(&id) {
            return e;
        }
        let node = self.nodes[id].clone();
        let out = match &node {
            Expr::Var(n) => subst.iter().find(|(m, _)| m == n).map_or(id, |&(_, e)| e),
            Expr::Outside(_) | Expr::Const(..) | Expr::Accumulator => id,
            Expr::Reduce { names, .. } => {
                // The reduction's own names shadow the substitution.
                let inner: Vec<(String, ExprId)> = subst
                    .iter()
                    .filter(|(n, _)| !names.contains(n))
                    .cloned()
                    .collect();
                let mut inner_done = HashMap::new();
                let node =
                    node.map_children(|c| self.substitute_shared(c, &inner, &mut inner_done));
                self.add(node)
            }
            Expr::Op { .. } | Expr::Read { .. } => {
                let node = node.map_children(|c| self.substitute_shared(c, subst, done));
                self.add(node)
            }
        };
        done.insert(id, out);
        out
    }

    /// Copies expression `id` of `other` into `self` (shared subexpressions once).
    pub fn import(&mut self, other: &Exprs, id: ExprId) -> ExprId {
        self.import_shared(other, id, &mut HashMap::new())
    }

    fn import_shared(
        &mut self,
        other: &Exprs,
        id: ExprId,
        done: &mut HashMap<ExprId, ExprId>,
    ) -> ExprId {
        if let Some(&e) = done.get(&id) {
            return e;
        }
        let node = other
            .get(id)
            .clone()
            .map_children(|c| self.import_shared(other, c, done));
        let out = self.add(node);
        done.insert(id, out);
        out
    }
}

impl Expr {
    /// This node with each child (operand, index, reduction body) replaced by `f(child)`;
    /// leaves unchanged. The one place that knows where an expression keeps its children.
    pub fn map_children(self, mut f: impl FnMut(ExprId) -> ExprId) -> Expr {
        match self {
            Expr::Op {
                name,
                source,
                operands,
                ty,
            } => Expr::Op {
                name,
                source,
                operands: operands.into_iter().map(&mut f).collect(),
                ty,
            },
            Expr::Read {
                tensor,
                indices,
                padding,
                ty,
            } => Expr::Read {
                tensor,
                indices: indices.into_iter().map(&mut f).collect(),
                padding,
                ty,
            },
            Expr::Reduce {
                kind,
                names,
                extents,
                body,
                ty,
            } => Expr::Reduce {
                kind,
                names,
                extents,
                body: f(body),
                ty,
            },
            leaf => leaf,
        }
    }
}

/// A compute read as expressions: its spatial loop names, output shape and element.
#[derive(Clone, Debug)]
pub struct ComputeBody {
    pub names: Vec<String>,
    pub shape: Vec<i64>,
    pub elem: Type,
    pub exprs: Exprs,
    pub root: ExprId,
}

/// Reads `compute`'s body.
pub fn read_compute(ctx: &Context, ir: &Ir, compute: OpId) -> Result<ComputeBody, Diagnostic> {
    let c = te::ComputeOp {
        ctx,
        ir,
        op: compute,
    };
    let Some((shape, elem)) = te::static_shape(ctx, ir.value_type(c.result())) else {
        return Err(op_error(
            ctx,
            ir,
            compute,
            "lower-te: expects a statically shaped result",
        ));
    };
    let names = te::string_array(ctx, c.names());
    let mut reader = Reader {
        ctx,
        ir,
        compute,
        exprs: Exprs::default(),
        values: Vec::new(),
    };
    let root = reader.region(ir.regions(compute)[0], &names)?;
    Ok(ComputeBody {
        names,
        shape,
        elem,
        exprs: reader.exprs,
        root,
    })
}

struct Reader<'a> {
    ctx: &'a Context,
    ir: &'a Ir,
    compute: OpId,
    exprs: Exprs,
    /// The expression of each body value read so far.
    values: Vec<(ValueId, ExprId)>,
}

impl Reader<'_> {
    fn error(&self, op: OpId, msg: &str) -> Diagnostic {
        op_error(self.ctx, self.ir, op, format!("lower-te: {msg}"))
    }

    /// The yielded expression of a te region whose block arguments are `names`.
    fn region(&mut self, region: ir::RegionId, names: &[String]) -> Result<ExprId, Diagnostic> {
        let (ctx, ir) = (self.ctx, self.ir);
        let Some(&block) = ir.region_blocks(region).first() else {
            return Err(self.error(self.compute, "empty te region"));
        };
        for (&arg, name) in ir.block_args(block).iter().zip(names) {
            let e = self.exprs.add(Expr::Var(name.clone()));
            self.values.push((arg, e));
        }
        for op in ir.block_ops(block).collect::<Vec<_>>() {
            let name = ctx.op_name_str(ir.op_name(op));
            if name == te::YieldOp::NAME {
                return self.value(ir.operand(op, 0));
            }
            let e = if let Some(kind) = Reduction::of(name) {
                let names = te::string_array(ctx, ir.attr(ctx, op, "names"));
                let extents = te::i64_array(ctx, ir.attr(ctx, op, "extents"));
                let body = self.region(ir.regions(op)[0], &names)?;
                Expr::Reduce {
                    kind,
                    names,
                    extents,
                    body,
                    ty: ir.value_type(ir.result(op, 0)),
                }
            } else if name == te::ReadOp::NAME {
                let operands = ir.operands(op).to_vec();
                let indices = operands[1..]
                    .iter()
                    .map(|&v| self.value(v))
                    .collect::<Result<_, _>>()?;
                Expr::Read {
                    tensor: operands[0],
                    indices,
                    padding: ir.attr(ctx, op, "padding"),
                    ty: ir.value_type(ir.result(op, 0)),
                }
            } else if name == "arith.constant" {
                let value = ir.attr(ctx, op, "value");
                let ty = ir.value_type(ir.result(op, 0));
                match value {
                    Some(v) => Expr::Const(v, ty),
                    None => return Err(self.error(op, "constant without a value")),
                }
            } else if ir.results(op).len() == 1 && ir.regions(op).is_empty() {
                let operands = ir
                    .operands(op)
                    .to_vec()
                    .into_iter()
                    .map(|v| self.value(v))
                    .collect::<Result<_, _>>()?;
                Expr::Op {
                    name: name.to_string(),
                    source: Some(op),
                    operands,
                    ty: ir.value_type(ir.result(op, 0)),
                }
            } else {
                return Err(self.error(
                    op,
                    "a te body may only hold te ops and ops with one result and no regions",
                ));
            };
            let id = self.exprs.add(e);
            self.values.push((ir.result(op, 0), id));
        }
        Err(self.error(self.compute, "body must end in 'te.yield'"))
    }

    fn value(&mut self, v: ValueId) -> Result<ExprId, Diagnostic> {
        if let Some(&(_, e)) = self.values.iter().rev().find(|(w, _)| *w == v) {
            return Ok(e);
        }
        // Not defined in the body: it must come from outside the compute.
        let inside = match self.ir.value_def(v) {
            ValueDef::OpResult { op, .. } => self.ir.is_ancestor(self.compute, op),
            ValueDef::BlockArg { block, .. } => self
                .ir
                .block_parent_op(block)
                .is_some_and(|o| self.ir.is_ancestor(self.compute, o)),
        };
        if inside {
            return Err(self.error(self.compute, "a value is used before its definition"));
        }
        Ok(self.exprs.add(Expr::Outside(v)))
    }
}
