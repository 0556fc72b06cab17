//! `te` (ours): tensor expressions, interpreted directly. `te.compute` runs its body
//! once per output index (row-major), the block arguments being that index; `te.read`
//! reads an element of a tensor value (its `padding` value out of bounds, if it has one;
//! else out of bounds is an error); reductions run their body once per reduction index
//! (row-major over `extents`) and combine the yielded elements in that order, from 0,
//! -inf, +inf or 1 (the signed extremes for integers), as `lower-te`'s loops do.
//! Schedules change how a compute is lowered, not what it computes: they are ignored.

use dialects::te::Reduction;
use ir::types::TypeKind;
use ir::{OpId, RegionId};

use super::arith::{attr_value, float_op, maximumf, minimumf};
use super::{dense_array, indices, position, static_shape, tabulate, tensor, R};
use crate::value::all_indices;
use crate::{ErrorKind, Flow, Frame, OpTable, Value};

pub fn register(t: &mut OpTable) {
    t.register("te.compute", compute);
    t.register("te.read", read);
    t.register("te.yield", |fr, op| Ok(Flow::Yield(fr.operands(op)?)));
    for r in [
        Reduction::Sum,
        Reduction::Max,
        Reduction::Min,
        Reduction::Prod,
    ] {
        t.register(r.op_name(), reduce);
    }
}

/// Runs a te body with index arguments `idx`; the one value it yields.
fn element(fr: &mut Frame<'_, '_>, op: OpId, body: RegionId, idx: &[usize]) -> R<Value> {
    let args = idx.iter().map(|&i| Value::index(i as i64)).collect();
    let (mut vals, _) = fr.run_region(body, args)?;
    match (vals.pop(), vals.is_empty()) {
        (Some(v), true) => Ok(v),
        _ => Err(fr.error(op, ErrorKind::Internal, "the body must yield one value")),
    }
}

fn compute(fr: &mut Frame<'_, '_>, op: OpId) -> R<Flow> {
    let shape = static_shape(fr, op, fr.result_type(op, 0))?;
    let body = fr.region(op, 0)?;
    let v = tabulate(&shape, |idx| element(fr, op, body, idx))?;
    fr.result(op, v)
}

fn read(fr: &mut Frame<'_, '_>, op: OpId) -> R<Flow> {
    // Operand by operand: `operands` would copy the tensor.
    let idx = (1..fr.ir.operands(op).len())
        .map(|i| fr.operand(op, i))
        .collect::<R<Vec<Value>>>()?;
    let idx = indices(fr, op, &idx)?;
    let t = tensor(fr, op, 0)?;
    let v = match position(&t.shape, &idx) {
        Some(at) => t.elems[at].clone(),
        None => {
            let pad = fr.ir.attr(fr.ctx, op, "padding");
            match pad.and_then(|a| attr_value(fr, a, fr.result_type(op, 0))) {
                Some(p) => p,
                None => {
                    let msg = format!(
                        "index {idx:?} out of bounds for tensor of shape {:?} (and no padding)",
                        t.shape
                    );
                    return Err(fr.error(op, ErrorKind::OutOfBounds, msg));
                }
            }
        }
    };
    fr.result(op, v)
}

fn reduce(fr: &mut Frame<'_, '_>, op: OpId) -> R<Flow> {
    let name = fr.ctx.op_name_str(fr.ir.op_name(op));
    let kind =
        Reduction::of(name).ok_or_else(|| fr.error(op, ErrorKind::Internal, "not a reduction"))?;
    let extents = dense_array(fr, op, "extents")
        .into_iter()
        .map(usize::try_from)
        .collect::<Result<Vec<usize>, _>>()
        .map_err(|_| fr.error(op, ErrorKind::Internal, "negative reduction extent"))?;
    let body = fr.region(op, 0)?;
    let mut acc = initial(fr, op, kind)?;
    for idx in all_indices(&extents) {
        let x = element(fr, op, body, &idx)?;
        acc = combine(kind, &acc, &x).map_err(|m| fr.error(op, ErrorKind::Internal, m))?;
    }
    fr.result(op, acc)
}

/// The identity of `kind` in the result type of `op`.
fn initial(fr: &Frame<'_, '_>, op: OpId, kind: Reduction) -> R<Value> {
    match fr.ctx.type_kind(fr.result_type(op, 0)) {
        TypeKind::Float(k) if crate::float_kind_supported(*k) => {
            Ok(Value::float(kind.float_init(), *k))
        }
        TypeKind::Integer { width, .. } if (1..=64).contains(width) => {
            let max = (1i128 << (width - 1)) - 1;
            let v = match kind {
                Reduction::Sum => 0,
                Reduction::Prod => 1,
                Reduction::Max => -max - 1,
                Reduction::Min => max,
            };
            Ok(Value::int(v as i64, *width))
        }
        _ => Err(fr.error(op, ErrorKind::Unsupported, "unsupported reduction type")),
    }
}

/// One step of a reduction: `arith.addf/maximumf/minimumf/mulf` for floats,
/// `arith.addi/maxsi/minsi/muli` (wrapping) for integers.
fn combine(kind: Reduction, acc: &Value, x: &Value) -> Result<Value, String> {
    if let (Value::Int { width, .. }, Some(a), Some(b)) = (acc, acc.as_i64(), x.as_i64()) {
        let v = match kind {
            Reduction::Sum => a.wrapping_add(b),
            Reduction::Prod => a.wrapping_mul(b),
            Reduction::Max => a.max(b),
            Reduction::Min => a.min(b),
        };
        return Ok(Value::int(v, *width));
    }
    let f = match kind {
        Reduction::Sum => |a, b| a + b,
        Reduction::Prod => |a, b| a * b,
        Reduction::Max => maximumf,
        Reduction::Min => minimumf,
    };
    float_op(acc, x, f)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn combine_matches_arith() {
        let (one, nan) = (Value::f32(1.0), Value::f32(f32::NAN));
        assert_eq!(
            combine(Reduction::Sum, &one, &Value::f32(2.0)),
            Ok(Value::f32(3.0))
        );
        assert_eq!(combine(Reduction::Max, &one, &nan), Ok(nan.clone()));
        assert_eq!(combine(Reduction::Min, &one, &nan), Ok(nan));
        assert_eq!(
            combine(Reduction::Max, &Value::f32(-0.0), &Value::f32(0.0)),
            Ok(Value::f32(0.0))
        );
        // Integers wrap at their width and compare signed.
        let (a, b) = (Value::int(100, 8), Value::int(100, 8));
        assert_eq!(combine(Reduction::Sum, &a, &b), Ok(Value::int(-56, 8)));
        assert_eq!(
            combine(Reduction::Max, &Value::int(-1, 8), &Value::int(1, 8)),
            Ok(Value::int(1, 8))
        );
        assert!(combine(Reduction::Sum, &one, &Value::int(1, 8)).is_err());
    }
}
