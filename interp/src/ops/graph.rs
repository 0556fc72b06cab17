//! `graph` (ours): whole-tensor ops, computed by direct loops over the output indices in
//! the op's float type, every `*` and `+` rounded as `arith.mulf`/`arith.addf` round.
//! Sums run in the order `lower-graph` writes them (`k` for matmul; `c`, `ry`, `rx` for
//! conv2d), and conv2d's padded positions are zeros multiplied like any element, so the
//! results are bit for bit those of the naive (unscheduled) lowered loops.

use dialects::graph::{bias_axis, Conv2dParams};
use ir::types::{FloatKind, TypeKind};
use ir::OpId;

use super::arith::{float_op, maximumf};
use super::{position, static_shape, tabulate, tensor, R};
use crate::value::Elements;
use crate::{ErrorKind, Flow, Frame, OpTable, Value};

pub fn register(t: &mut OpTable) {
    t.register("graph.matmul", matmul);
    t.register("graph.conv2d", conv2d);
    t.register("graph.add", |fr, op| broadcast(fr, op, |a, b| a + b));
    t.register("graph.mul", |fr, op| broadcast(fr, op, |a, b| a * b));
    t.register("graph.relu", relu);
    t.register("graph.bias_add", bias_add);
    t.register("graph.constant", super::arith::constant);
}

/// The element at `idx`; an error (malformed IR: the verifier checks the shapes) when
/// out of bounds.
fn at<'e>(fr: &Frame<'_, '_>, op: OpId, e: &'e Elements, idx: &[i64]) -> R<&'e Value> {
    position(&e.shape, idx).map(|p| &e.elems[p]).ok_or_else(|| {
        let msg = format!("index {idx:?} out of bounds for shape {:?}", e.shape);
        fr.error(op, ErrorKind::Internal, msg)
    })
}

/// The result's shape (of rank `rank` if given) and float kind.
fn result_shape(fr: &Frame<'_, '_>, op: OpId, rank: Option<usize>) -> R<(Vec<usize>, FloatKind)> {
    let ty = fr.result_type(op, 0);
    let shape = static_shape(fr, op, ty)?;
    if rank.is_some_and(|r| r != shape.len()) {
        return Err(fr.error(op, ErrorKind::Internal, "result of the wrong rank"));
    }
    match fr.ctx.element_type(ty).map(|e| fr.ctx.type_kind(e)) {
        Some(TypeKind::Float(k)) if crate::float_kind_supported(*k) => Ok((shape, *k)),
        _ => Err(fr.error(op, ErrorKind::Unsupported, "expected a float tensor")),
    }
}

fn i64s(idx: &[usize]) -> Vec<i64> {
    idx.iter().map(|&i| i as i64).collect()
}

/// `acc + a * b`, each step rounded.
fn mul_add(acc: &Value, a: &Value, b: &Value) -> Result<Value, String> {
    float_op(acc, &float_op(a, b, |x, y| x * y)?, |x, y| x + y)
}

fn matmul(fr: &mut Frame<'_, '_>, op: OpId) -> R<Flow> {
    let (shape, kind) = result_shape(fr, op, Some(2))?;
    let (a, b) = (tensor(fr, op, 0)?, tensor(fr, op, 1)?);
    let k = a.shape.get(1).copied().unwrap_or(0) as i64;
    let v = tabulate(&shape, |ij| {
        let (i, j) = (ij[0] as i64, ij[1] as i64);
        let mut acc = Value::float(0.0, kind);
        for p in 0..k {
            let (x, y) = (at(fr, op, a, &[i, p])?, at(fr, op, b, &[p, j])?);
            acc = mul_add(&acc, x, y).map_err(|m| fr.error(op, ErrorKind::Internal, m))?;
        }
        Ok(acc)
    })?;
    fr.result(op, v)
}

/// out[n, f, y, x] = sum over c, ry, rx of
/// input[n, g * C' + c, y * sh + ry * dh - top, x * sw + rx * dw - left] * filter[f, c, ry, rx]
/// where g = f / (F / groups) is the group of filter f and C' = filter.shape[1].
fn conv2d(fr: &mut Frame<'_, '_>, op: OpId) -> R<Flow> {
    let (shape, kind) = result_shape(fr, op, Some(4))?;
    let p = Conv2dParams::read(fr.ctx, &|n| fr.ir.attr(fr.ctx, op, n))
        .map_err(|m| fr.error(op, ErrorKind::Internal, m))?;
    let (input, filter) = (tensor(fr, op, 0)?, tensor(fr, op, 1)?);
    let (&[_, _, h, w], &[nf, cg, kh, kw]) = (&input.shape[..], &filter.shape[..]) else {
        return Err(fr.error(op, ErrorKind::Internal, "expected rank-4 operands"));
    };
    let (h, w, cg) = (h as i64, w as i64, cg as i64);
    let per_group = (nf as i64 / p.groups).max(1);
    let zero = Value::float(0.0, kind);
    let v = tabulate(&shape, |o| {
        let [n, f, y, x] = [o[0], o[1], o[2], o[3]].map(|i| i as i64);
        let group = f / per_group;
        let mut acc = zero.clone();
        for c in 0..cg {
            for ry in 0..kh as i64 {
                for rx in 0..kw as i64 {
                    let iy = y * p.strides[0] + ry * p.dilation[0] - p.padding[0];
                    let ix = x * p.strides[1] + rx * p.dilation[1] - p.padding[1];
                    let v = if (0..h).contains(&iy) && (0..w).contains(&ix) {
                        at(fr, op, input, &[n, group * cg + c, iy, ix])?
                    } else {
                        &zero
                    };
                    let k = at(fr, op, filter, &[f, c, ry, rx])?;
                    acc = mul_add(&acc, v, k).map_err(|m| fr.error(op, ErrorKind::Internal, m))?;
                }
            }
        }
        Ok(acc)
    })?;
    fr.result(op, v)
}

/// The index of an operand of shape `s` that numpy broadcasting reads for output index
/// `out`: dimensions aligned on the right, size-1 dimensions read at 0.
fn broadcast_index(s: &[usize], out: &[usize]) -> Vec<i64> {
    let skip = out.len().saturating_sub(s.len());
    s.iter()
        .zip(&out[skip..])
        .map(|(&d, &i)| if d == 1 { 0 } else { i as i64 })
        .collect()
}

fn broadcast(fr: &mut Frame<'_, '_>, op: OpId, f: fn(f64, f64) -> f64) -> R<Flow> {
    let (shape, _) = result_shape(fr, op, None)?;
    let (a, b) = (tensor(fr, op, 0)?, tensor(fr, op, 1)?);
    let v = tabulate(&shape, |idx| {
        let x = at(fr, op, a, &broadcast_index(&a.shape, idx))?;
        let y = at(fr, op, b, &broadcast_index(&b.shape, idx))?;
        float_op(x, y, f).map_err(|m| fr.error(op, ErrorKind::Internal, m))
    })?;
    fr.result(op, v)
}

/// `arith.maximumf(x, 0)`: NaN stays NaN, -0 becomes +0.
fn relu(fr: &mut Frame<'_, '_>, op: OpId) -> R<Flow> {
    let (shape, kind) = result_shape(fr, op, None)?;
    let x = tensor(fr, op, 0)?;
    let zero = Value::float(0.0, kind);
    let v = tabulate(&shape, |idx| {
        let e = at(fr, op, x, &i64s(idx))?;
        float_op(e, &zero, maximumf).map_err(|m| fr.error(op, ErrorKind::Internal, m))
    })?;
    fr.result(op, v)
}

fn bias_add(fr: &mut Frame<'_, '_>, op: OpId) -> R<Flow> {
    let (shape, _) = result_shape(fr, op, None)?;
    let axis = bias_axis(fr.ctx, fr.ir.attr(fr.ctx, op, "axis"));
    let axis = usize::try_from(axis)
        .ok()
        .filter(|&a| a < shape.len())
        .ok_or_else(|| fr.error(op, ErrorKind::Internal, "bias axis out of range"))?;
    let (x, bias) = (tensor(fr, op, 0)?, tensor(fr, op, 1)?);
    let v = tabulate(&shape, |idx| {
        let e = at(fr, op, x, &i64s(idx))?;
        let b = at(fr, op, bias, &[idx[axis] as i64])?;
        float_op(e, b, |a, b| a + b).map_err(|m| fr.error(op, ErrorKind::Internal, m))
    })?;
    fr.result(op, v)
}

#[cfg(test)]
mod tests {
    use super::broadcast_index;

    #[test]
    fn broadcast_reads_size_one_dims_at_zero() {
        assert_eq!(broadcast_index(&[3, 1], &[4, 2, 0]), vec![2, 0]);
        assert_eq!(broadcast_index(&[], &[4, 2]), Vec::<i64>::new());
        assert_eq!(broadcast_index(&[4, 1, 5], &[3, 0, 4]), vec![3, 0, 4]);
    }
}
