//! `lower-graph`: every graph op to the te computes of its natural tensor expression.
//!
//! - `graph.matmul`: `C[i, j] = sum(k) A[i, k] * B[k, j]`.
//! - `graph.conv2d`: `O[n, f, y, x] = sum(c, ry, rx) I[n, g * C' + c, y * sh + ry * dh -
//!   pt, x * sw + rx * dw - pl] * W[f, c, ry, rx]` with `g = f / (F / groups)`; the input
//!   read carries `padding = 0`, so out-of-bounds (padded) positions read zero.
//! - `graph.add` / `graph.mul`: numpy broadcasting; a broadcast dimension reads index 0.
//! - `graph.relu`: `arith.maximumf(x, 0)`; `graph.bias_add`: `x[...] + b[i_axis]`.
//! - `graph.constant`: `arith.constant` of the same dense value.
//!
//! Index arithmetic is `arith` on `index`, emitted only where a term is not trivial (no
//! multiplication by 1, no addition of 0).

use dialects::graph::{bias_axis, Conv2dParams};
use dialects::te::{self, static_shape, Reduction};
use ir::{Attribute, Context, Diagnostic, Ir, OpId, Type, ValueId};

use super::builder::{float_attr, Builder};

use crate::{Anchor, Pass, PassOptions, PassOutcome, StatisticDef};

const STATS: &[StatisticDef] = &[StatisticDef {
    name: "num-lowered",
    help: "graph ops lowered",
}];

pub struct LowerGraph;

pub fn create(_: &PassOptions) -> Box<dyn Pass> {
    Box::new(LowerGraph)
}

impl Pass for LowerGraph {
    fn name(&self) -> &'static str {
        "lower-graph"
    }
    fn description(&self) -> &'static str {
        "Lower graph ops to te.compute tensor expressions"
    }
    fn anchor(&self) -> Anchor {
        Anchor::Any
    }
    fn statistics(&self) -> &'static [StatisticDef] {
        STATS
    }
    fn run(&mut self, ctx: &Context, ir: &mut Ir, op: OpId) -> Result<PassOutcome, Diagnostic> {
        let mut graph_ops = Vec::new();
        ir.walk_preorder(op, &mut |o| {
            if ctx.op_name_str(ir.op_name(o)).starts_with("graph.") {
                graph_ops.push(o);
            }
        });
        let mut lowered = 0;
        for g in graph_ops {
            if lower_op(ctx, ir, g)? {
                lowered += 1;
            }
        }
        Ok(PassOutcome::from_stats(vec![("num-lowered", lowered)]))
    }
}

/// The te-building helpers of this lowering.
trait TeBuilder {
    fn linear(&mut self, terms: &[(ValueId, i64)], c: i64) -> ValueId;
    fn read(
        &mut self,
        tensor: ValueId,
        indices: Vec<ValueId>,
        padding: Option<Attribute>,
    ) -> ValueId;
    fn compute(
        &mut self,
        ty: Type,
        names: &[&str],
        body: impl FnOnce(&mut Builder<'_>, &[ValueId]) -> ValueId,
    ) -> ValueId;
    fn reduce(
        &mut self,
        kind: Reduction,
        elem: Type,
        names: &[&str],
        extents: &[i64],
        body: impl FnOnce(&mut Builder<'_>, &[ValueId]) -> ValueId,
    ) -> ValueId;
}

impl TeBuilder for Builder<'_> {
    /// `sum(v * m) + c` over index values, skipping trivial terms.
    fn linear(&mut self, terms: &[(ValueId, i64)], c: i64) -> ValueId {
        let index = self.ctx.index_type();
        let mut acc: Option<ValueId> = None;
        for &(v, m) in terms {
            let term = if m == 1 {
                v
            } else {
                let k = self.index(m);
                self.value("arith.muli", vec![v, k], index)
            };
            acc = Some(match acc {
                None => term,
                Some(a) => self.value("arith.addi", vec![a, term], index),
            });
        }
        match acc {
            None => self.index(c),
            Some(a) if c == 0 => a,
            Some(a) if c < 0 => {
                let k = self.index(-c);
                self.value("arith.subi", vec![a, k], index)
            }
            Some(a) => {
                let k = self.index(c);
                self.value("arith.addi", vec![a, k], index)
            }
        }
    }

    fn read(
        &mut self,
        tensor: ValueId,
        indices: Vec<ValueId>,
        padding: Option<Attribute>,
    ) -> ValueId {
        let ty = self.ir.value_type(tensor);
        let elem = self.ctx.element_type(ty).unwrap_or(ty);
        let mut operands = vec![tensor];
        operands.extend(indices);
        let props = padding.map(|p| vec![("padding", p)]).unwrap_or_default();
        let op = self.create(te::ReadOp::NAME, operands, vec![elem], props, vec![]);
        self.ir.result(op, 0)
    }

    /// `te.compute` of type `ty` with loops named `names`.
    fn compute(
        &mut self,
        ty: Type,
        names: &[&str],
        body: impl FnOnce(&mut Builder<'_>, &[ValueId]) -> ValueId,
    ) -> ValueId {
        let props = vec![("names", te::names_attr(self.ctx, names))];
        self.te_loop_op(te::ComputeOp::NAME, ty, props, names.len(), body)
    }

    /// A reduction of `elem`s over loops `names` with `extents`.
    fn reduce(
        &mut self,
        kind: Reduction,
        elem: Type,
        names: &[&str],
        extents: &[i64],
        body: impl FnOnce(&mut Builder<'_>, &[ValueId]) -> ValueId,
    ) -> ValueId {
        let props = vec![
            ("extents", te::i64_array_attr(self.ctx, extents)),
            ("names", te::names_attr(self.ctx, names)),
        ];
        self.te_loop_op(kind.op_name(), elem, props, names.len(), body)
    }
}

/// `d0, d1, ...` for a rank.
fn dim_names(rank: usize) -> Vec<String> {
    (0..rank).map(|i| format!("d{i}")).collect()
}

fn as_strs(names: &[String]) -> Vec<&str> {
    names.iter().map(String::as_str).collect()
}

/// The indices reading an operand of `shape` broadcast to the loop indices `ivs` (numpy
/// rules: trailing dimensions align, a dimension of 1 reads index 0).
fn broadcast_indices(
    b: &mut Builder<'_>,
    shape: &[i64],
    out: &[i64],
    ivs: &[ValueId],
) -> Vec<ValueId> {
    let skip = ivs.len() - shape.len();
    shape
        .iter()
        .enumerate()
        .map(|(i, &d)| {
            if d == 1 && out[skip + i] != 1 {
                b.index(0)
            } else {
                ivs[skip + i]
            }
        })
        .collect()
}

/// Replaces graph op `op` by its te lowering; `false` for graph ops this pass does not
/// know (left alone).
fn lower_op(ctx: &Context, ir: &mut Ir, op: OpId) -> Result<bool, Diagnostic> {
    let name = ctx.op_name_str(ir.op_name(op)).to_string();
    let operands = ir.operands(op).to_vec();
    let ty = ir.value_type(ir.result(op, 0));
    let Some((out_shape, elem)) = static_shape(ctx, ty) else {
        return Err(ir::verify::op_error(
            ctx,
            ir,
            op,
            "expects a statically shaped result",
        ));
    };
    let shape_of = |ir: &Ir, v: ValueId| {
        static_shape(ctx, ir.value_type(v))
            .map(|s| s.0)
            .unwrap_or_default()
    };
    let attr = |ir: &Ir, n: &str| ir.attr(ctx, op, n);
    let Some(mut b) = Builder::before(ctx, ir, op) else {
        return Ok(false);
    };
    let names = dim_names(out_shape.len());
    let names = as_strs(&names);
    let result = match name.as_str() {
        "graph.matmul" => {
            let (a, bm) = (operands[0], operands[1]);
            let k = shape_of(b.ir, a)[1];
            b.compute(ty, &["i", "j"], |b, ivs| {
                let (i, j) = (ivs[0], ivs[1]);
                b.reduce(Reduction::Sum, elem, &["k"], &[k], |b, r| {
                    let x = b.read(a, vec![i, r[0]], None);
                    let y = b.read(bm, vec![r[0], j], None);
                    b.value("arith.mulf", vec![x, y], elem)
                })
            })
        }
        "graph.conv2d" => {
            let p = Conv2dParams::read(ctx, &|n| attr(b.ir, n))
                .map_err(|e| ir::verify::op_error(ctx, b.ir, op, e))?;
            let (input, filter) = (operands[0], operands[1]);
            let fshape = shape_of(b.ir, filter);
            let per_group = fshape[0] / p.groups;
            let zero = float_attr(ctx, 0.0, elem);
            let padded = p.padding.iter().any(|&x| x != 0);
            b.compute(ty, &["n", "f", "y", "x"], |b, ivs| {
                let [n, f, y, x] = [ivs[0], ivs[1], ivs[2], ivs[3]];
                let extents = [fshape[1], fshape[2], fshape[3]];
                b.reduce(
                    Reduction::Sum,
                    elem,
                    &["c", "ry", "rx"],
                    &extents,
                    |b, r| {
                        let [c, ry, rx] = [r[0], r[1], r[2]];
                        let channel = if p.groups == 1 {
                            c
                        } else {
                            let pg = b.index(per_group);
                            let g = b.value("arith.divui", vec![f, pg], ctx.index_type());
                            b.linear(&[(g, fshape[1]), (c, 1)], 0)
                        };
                        let h = b.linear(&[(y, p.strides[0]), (ry, p.dilation[0])], -p.padding[0]);
                        let w = b.linear(&[(x, p.strides[1]), (rx, p.dilation[1])], -p.padding[1]);
                        let v = b.read(input, vec![n, channel, h, w], padded.then_some(zero));
                        let k = b.read(filter, vec![f, c, ry, rx], None);
                        b.value("arith.mulf", vec![v, k], elem)
                    },
                )
            })
        }
        "graph.add" | "graph.mul" => {
            let combine = if name == "graph.add" {
                "arith.addf"
            } else {
                "arith.mulf"
            };
            let shapes = [shape_of(b.ir, operands[0]), shape_of(b.ir, operands[1])];
            b.compute(ty, &names, |b, ivs| {
                let mut vals = Vec::new();
                for (k, s) in shapes.iter().enumerate() {
                    let idx = broadcast_indices(b, s, &out_shape, ivs);
                    vals.push(b.read(operands[k], idx, None));
                }
                b.value(combine, vals, elem)
            })
        }
        "graph.relu" => b.compute(ty, &names, |b, ivs| {
            let v = b.read(operands[0], ivs.to_vec(), None);
            let z = b.float(0.0, elem);
            b.value("arith.maximumf", vec![v, z], elem)
        }),
        "graph.bias_add" => {
            let axis = usize::try_from(bias_axis(ctx, attr(b.ir, "axis"))).unwrap_or(1);
            b.compute(ty, &names, |b, ivs| {
                let v = b.read(operands[0], ivs.to_vec(), None);
                let bias = b.read(operands[1], vec![ivs[axis]], None);
                b.value("arith.addf", vec![v, bias], elem)
            })
        }
        "graph.constant" => {
            let Some(value) = attr(b.ir, "value") else {
                return Err(ir::verify::op_error(ctx, b.ir, op, "expects a value"));
            };
            b.constant(value, ty)
        }
        _ => return Ok(false),
    };
    ir.replace_all_uses(ir.result(op, 0), result);
    ir.erase_op(op);
    Ok(true)
}
