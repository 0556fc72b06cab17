//! `vector`: vectors are row-major element lists. Loads and stores of n-D vectors address
//! the innermost n dimensions of the memref; transfers follow their permutation map
//! (a result `d_k` walks memref dimension k, a result `0` broadcasts), pad reads outside
//! the source or under a false mask, and skip such writes.

use ir::attributes::{AffineExpr, AttrKind};
use ir::OpId;

use super::arith::{max_signed_zero, min_signed_zero};
use super::memref::{load, memref, store};
use super::{dense_array, indices, mixed, static_shape, R};
use crate::value::{all_indices, sext, Elements};
use crate::{ErrorKind, Flow, Frame, OpTable, Value};

pub fn register(t: &mut OpTable) {
    t.register("vector.broadcast", broadcast);
    t.register("vector.load", vector_load);
    t.register("vector.store", vector_store);
    t.register("vector.fma", super::math::fma);
    t.register("vector.reduction", reduction);
    t.register("vector.extract", extract);
    t.register("vector.insert", insert);
    t.register("vector.transfer_read", transfer_read);
    t.register("vector.transfer_write", transfer_write);
}

fn vector_of(fr: &Frame<'_, '_>, op: OpId, v: Value) -> R<Elements> {
    match v {
        Value::Vector(e) | Value::Tensor(e) => Ok(e),
        _ => Err(fr.error(op, ErrorKind::Internal, "expected a vector")),
    }
}

/// The row-major position of `idx` in `shape`.
fn flat(shape: &[usize], idx: &[usize]) -> usize {
    idx.iter().zip(shape).fold(0, |acc, (&i, &s)| acc * s + i)
}

fn broadcast(fr: &mut Frame<'_, '_>, op: OpId) -> R<Flow> {
    let shape = static_shape(fr, op, fr.result_type(op, 0))?;
    let src = fr.operand(op, 0)?;
    let elems = match &src {
        Value::Vector(e) => {
            // Align trailing dimensions; a source dimension of 1 stretches.
            let lead = shape.len() - e.shape.len();
            all_indices(&shape)
                .iter()
                .map(|idx| {
                    let src_idx: Vec<usize> = e
                        .shape
                        .iter()
                        .enumerate()
                        .map(|(k, &s)| if s == 1 { 0 } else { idx[lead + k] })
                        .collect();
                    e.elems[flat(&e.shape, &src_idx)].clone()
                })
                .collect()
        }
        s => vec![s.clone(); shape.iter().product()],
    };
    fr.result(op, Value::vector(&shape, elems))
}

/// Memref indices of element `pos` of an n-D vector accessed at `base` (innermost dims).
fn inner_index(base: &[i64], pos: &[usize]) -> Vec<i64> {
    let mut idx = base.to_vec();
    let lead = idx.len() - pos.len().min(idx.len());
    for (k, &p) in pos.iter().enumerate() {
        if let Some(i) = idx.get_mut(lead + k) {
            *i += p as i64;
        }
    }
    idx
}

/// Whether the memref operand `i` holds vectors (then loads and stores move one element).
fn holds_vectors(fr: &Frame<'_, '_>, op: OpId, i: usize) -> bool {
    let elem = fr.ctx.element_type(fr.operand_type(op, i));
    elem.is_some_and(|e| matches!(fr.ctx.type_kind(e), ir::TypeKind::Vector { .. }))
}

fn vector_load(fr: &mut Frame<'_, '_>, op: OpId) -> R<Flow> {
    let shape = static_shape(fr, op, fr.result_type(op, 0))?;
    let m = memref(fr, op, 0)?;
    let base = indices(fr, op, &fr.group(op, 1)?)?;
    if holds_vectors(fr, op, 0) {
        let v = load(fr, op, &m, &base)?;
        return fr.result(op, v);
    }
    let elems = all_indices(&shape)
        .iter()
        .map(|pos| load(fr, op, &m, &inner_index(&base, pos)))
        .collect::<R<Vec<_>>>()?;
    fr.result(op, Value::vector(&shape, elems))
}

fn vector_store(fr: &mut Frame<'_, '_>, op: OpId) -> R<Flow> {
    let m = memref(fr, op, 1)?;
    let base = indices(fr, op, &fr.group(op, 2)?)?;
    if holds_vectors(fr, op, 1) {
        store(fr, op, &m, &base, fr.operand(op, 0)?)?;
        return Ok(Flow::Next);
    }
    let v = vector_of(fr, op, fr.operand(op, 0)?)?;
    for (pos, x) in all_indices(&v.shape).iter().zip(v.elems) {
        store(fr, op, &m, &inner_index(&base, pos), x)?;
    }
    Ok(Flow::Next)
}

/// The combining kind (`add` of `#vector.kind<add>`).
fn kind(fr: &Frame<'_, '_>, op: OpId) -> R<String> {
    match fr.ir.attr(fr.ctx, op, "kind").map(|a| fr.ctx.attr_kind(a)) {
        Some(AttrKind::Opaque { body, .. }) => body
            .strip_prefix("kind<")
            .and_then(|b| b.strip_suffix('>'))
            .map(|k| k.trim().to_string())
            .ok_or_else(|| fr.error(op, ErrorKind::Internal, "malformed kind")),
        _ => Err(fr.error(op, ErrorKind::Internal, "missing kind")),
    }
}

/// Combines two scalars by a reduction kind.
fn combine(kind: &str, a: &Value, b: &Value) -> Result<Value, String> {
    match (a, b) {
        (Value::Int { bits: x, width }, Value::Int { bits: y, .. }) => {
            let (w, sx, sy) = (*width, sext(*x, *width), sext(*y, *width));
            let r = match kind {
                "add" => x.wrapping_add(*y) as i64,
                "mul" => x.wrapping_mul(*y) as i64,
                "minui" => (*x).min(*y) as i64,
                "maxui" => (*x).max(*y) as i64,
                "minsi" => sx.min(sy),
                "maxsi" => sx.max(sy),
                "and" => (x & y) as i64,
                "or" => (x | y) as i64,
                "xor" => (x ^ y) as i64,
                _ => return Err(format!("kind '{kind}' does not apply to integers")),
            };
            Ok(Value::int(r, w))
        }
        (Value::Float { v: x, kind: k }, Value::Float { v: y, .. }) => {
            let (x, y) = (*x, *y);
            let nan = x.is_nan() || y.is_nan();
            let r = match kind {
                "add" => x + y,
                "mul" => x * y,
                "maximumf" if nan => f64::NAN,
                "minimumf" if nan => f64::NAN,
                "maxnumf" | "minnumf" if x.is_nan() => y,
                "maxnumf" | "minnumf" if y.is_nan() => x,
                "maximumf" | "maxnumf" => max_signed_zero(x, y),
                "minimumf" | "minnumf" => min_signed_zero(x, y),
                _ => return Err(format!("kind '{kind}' does not apply to floats")),
            };
            Ok(Value::float(r, *k))
        }
        _ => Err("mismatched reduction operands".into()),
    }
}

fn reduction(fr: &mut Frame<'_, '_>, op: OpId) -> R<Flow> {
    let kind = kind(fr, op)?;
    let v = vector_of(fr, op, fr.operand(op, 0)?)?;
    let acc = fr.group(op, 1)?.pop();
    // Left to right from the accumulator, as the LLVM lowering's sequential reduction.
    let mut elems = acc.into_iter().chain(v.elems);
    let first = elems
        .next()
        .ok_or_else(|| fr.error(op, ErrorKind::Internal, "reduction of an empty vector"))?;
    let r = elems
        .try_fold(first, |a, b| combine(&kind, &a, &b))
        .map_err(|m| fr.error(op, ErrorKind::Internal, m))?;
    fr.result(op, r)
}

/// The static-or-dynamic position of an extract/insert, with MLIR's `-1` (poison) rejected.
fn position(fr: &Frame<'_, '_>, op: OpId, dynamic_group: usize, shape: &[usize]) -> R<Vec<usize>> {
    let pos = mixed(
        fr,
        op,
        &dense_array(fr, op, "static_position"),
        &fr.group(op, dynamic_group)?,
    )?;
    pos.iter()
        .zip(shape)
        .map(|(&p, &s)| {
            usize::try_from(p).ok().filter(|&p| p < s).ok_or_else(|| {
                let msg = if p == -1 {
                    "poison value: position -1".to_string()
                } else {
                    format!("position {pos:?} out of bounds for vector of shape {shape:?}")
                };
                let kind = if p == -1 {
                    ErrorKind::Poison
                } else {
                    ErrorKind::OutOfBounds
                };
                fr.error(op, kind, msg)
            })
        })
        .collect()
}

/// The element range of the sub-vector at a leading position.
fn sub_range(shape: &[usize], pos: &[usize]) -> std::ops::Range<usize> {
    let inner: usize = shape[pos.len()..].iter().product();
    let start = pos.iter().zip(shape).fold(0, |acc, (&i, &s)| acc * s + i) * inner;
    start..start + inner
}

fn extract(fr: &mut Frame<'_, '_>, op: OpId) -> R<Flow> {
    let v = vector_of(fr, op, fr.operand(op, 0)?)?;
    let pos = position(fr, op, 1, &v.shape)?;
    let range = sub_range(&v.shape, &pos);
    let r = if pos.len() == v.shape.len() {
        v.elems[range.start].clone()
    } else {
        Value::vector(&v.shape[pos.len()..], v.elems[range].to_vec())
    };
    fr.result(op, r)
}

fn insert(fr: &mut Frame<'_, '_>, op: OpId) -> R<Flow> {
    let src = fr.operand(op, 0)?;
    let mut dest = vector_of(fr, op, fr.operand(op, 1)?)?;
    let pos = position(fr, op, 2, &dest.shape)?;
    let range = sub_range(&dest.shape, &pos);
    match src {
        Value::Vector(e) if e.elems.len() == range.len() => {
            dest.elems.splice(range, e.elems).for_each(drop)
        }
        s if range.len() == 1 => dest.elems[range.start] = s,
        _ => return Err(fr.error(op, ErrorKind::Internal, "inserted value does not fit")),
    }
    fr.result(op, Value::Vector(dest))
}

/// For each vector dimension, the source dimension it walks (`None`: broadcast).
fn transfer_map(fr: &Frame<'_, '_>, op: OpId) -> R<Vec<Option<usize>>> {
    let bad = || fr.error(op, ErrorKind::Unsupported, "unsupported permutation_map");
    let attr = fr.ir.attr(fr.ctx, op, "permutation_map").ok_or_else(bad)?;
    let AttrKind::AffineMap(map) = fr.ctx.attr_kind(attr) else {
        return Err(bad());
    };
    map.results
        .iter()
        .map(|e| match e {
            AffineExpr::Dim(d) => Ok(Some(*d as usize)),
            AffineExpr::Const(0) => Ok(None),
            _ => Err(bad()),
        })
        .collect()
}

fn in_bounds(fr: &Frame<'_, '_>, op: OpId) -> Vec<bool> {
    match fr
        .ir
        .attr(fr.ctx, op, "in_bounds")
        .map(|a| fr.ctx.attr_kind(a))
    {
        Some(AttrKind::Array(items)) => items
            .iter()
            .map(|a| {
                matches!(
                    fr.ctx.attr_kind(*a),
                    AttrKind::Bool(true) | AttrKind::Integer { value: 1, .. }
                )
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// A memref or tensor being transferred from or to.
enum Source {
    Mem(crate::MemRef),
    Tensor(Elements),
}

impl Source {
    fn shape(&self) -> Vec<i64> {
        match self {
            Source::Mem(m) => m.sizes.clone(),
            Source::Tensor(t) => t.shape.iter().map(|&s| s as i64).collect(),
        }
    }
}

/// The source index of each vector element, `None` where it falls outside the source
/// (an error where the dimension is declared in bounds) or the mask is false.
fn transfer_indices(
    fr: &Frame<'_, '_>,
    op: OpId,
    shape: &[usize],
    source_shape: &[i64],
    base: &[i64],
    mask: Option<&Elements>,
) -> R<Vec<Option<Vec<i64>>>> {
    let map = transfer_map(fr, op)?;
    let bounds = in_bounds(fr, op);
    all_indices(shape)
        .iter()
        .enumerate()
        .map(|(n, pos)| {
            if mask.is_some_and(|m| m.elems.get(n).and_then(Value::as_u64) != Some(1)) {
                return Ok(None);
            }
            let mut idx = base.to_vec();
            for (k, d) in map.iter().enumerate() {
                let Some(d) = *d else { continue };
                idx[d] += pos[k] as i64;
                if idx[d] >= source_shape[d] || idx[d] < 0 {
                    if bounds.get(k).copied().unwrap_or(false) {
                        let msg = format!("index {idx:?} out of bounds for shape {source_shape:?} in an in_bounds transfer");
                        return Err(fr.error(op, ErrorKind::OutOfBounds, msg));
                    }
                    return Ok(None);
                }
            }
            Ok(Some(idx))
        })
        .collect()
}

fn source(fr: &Frame<'_, '_>, op: OpId, i: usize) -> R<Source> {
    match fr.operand(op, i)? {
        Value::MemRef(m) => Ok(Source::Mem(m)),
        Value::Tensor(t) => Ok(Source::Tensor(t)),
        _ => Err(fr.error(
            op,
            ErrorKind::Internal,
            "transfer base is not a memref or tensor",
        )),
    }
}

fn tensor_pos(fr: &Frame<'_, '_>, op: OpId, t: &Elements, idx: &[i64]) -> R<usize> {
    let idx: Vec<usize> = idx.iter().map(|&i| i as usize).collect();
    if idx.len() != t.shape.len() || idx.iter().zip(&t.shape).any(|(i, s)| i >= s) {
        return Err(fr.error(
            op,
            ErrorKind::OutOfBounds,
            format!("index {idx:?} outside tensor {:?}", t.shape),
        ));
    }
    Ok(flat(&t.shape, &idx))
}

fn transfer_read(fr: &mut Frame<'_, '_>, op: OpId) -> R<Flow> {
    let shape = static_shape(fr, op, fr.result_type(op, 0))?;
    let src = source(fr, op, 0)?;
    let base = indices(fr, op, &fr.group(op, 1)?)?;
    let padding = fr
        .group(op, 2)?
        .pop()
        .ok_or_else(|| fr.error(op, ErrorKind::Internal, "no padding"))?;
    let mask = match fr.group(op, 3)?.pop() {
        Some(m) => Some(vector_of(fr, op, m)?),
        None => None,
    };
    let positions = transfer_indices(fr, op, &shape, &src.shape(), &base, mask.as_ref())?;
    let elems = positions
        .iter()
        .map(|idx| match (idx, &src) {
            (None, _) => Ok(padding.clone()),
            (Some(i), Source::Mem(m)) => load(fr, op, m, i),
            (Some(i), Source::Tensor(t)) => Ok(t.elems[tensor_pos(fr, op, t, i)?].clone()),
        })
        .collect::<R<Vec<_>>>()?;
    fr.result(op, Value::vector(&shape, elems))
}

fn transfer_write(fr: &mut Frame<'_, '_>, op: OpId) -> R<Flow> {
    let v = vector_of(fr, op, fr.operand(op, 0)?)?;
    let dst = source(fr, op, 1)?;
    let base = indices(fr, op, &fr.group(op, 2)?)?;
    let mask = match fr.group(op, 3)?.pop() {
        Some(m) => Some(vector_of(fr, op, m)?),
        None => None,
    };
    let positions = transfer_indices(fr, op, &v.shape, &dst.shape(), &base, mask.as_ref())?;
    match dst {
        Source::Mem(m) => {
            for (idx, x) in positions.iter().zip(v.elems) {
                if let Some(i) = idx {
                    store(fr, op, &m, i, x)?;
                }
            }
            Ok(Flow::Next)
        }
        Source::Tensor(mut t) => {
            for (idx, x) in positions.iter().zip(v.elems) {
                if let Some(i) = idx {
                    let at = tensor_pos(fr, op, &t, i)?;
                    t.elems[at] = x;
                }
            }
            fr.result(op, Value::Tensor(t))
        }
    }
}
