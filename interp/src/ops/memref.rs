//! `memref`: views (subview, cast, reinterpret_cast, collapse/expand_shape) share their
//! source's buffer; every access checks bounds and liveness.

use std::cell::RefCell;
use std::rc::Rc;

use ir::attributes::AttrKind;
use ir::OpId;

use super::{dense_array, indices, int_operand, mixed, R};
use crate::value::{all_indices, identity_strides, Buffer, MemRef};
use crate::{zero_of, ErrorKind, Flow, Frame, OpTable, Value};

pub fn register(t: &mut OpTable) {
    t.register("memref.alloc", |fr, op| alloc(fr, op, false));
    t.register("memref.alloca", |fr, op| alloc(fr, op, true));
    t.register("memref.dealloc", |fr, op| {
        let m = memref(fr, op, 0)?;
        let mut buf = m.buf.borrow_mut();
        if buf.freed {
            return Err(fr.error(op, ErrorKind::UseAfterFree, "double free of a buffer"));
        }
        buf.freed = true;
        Ok(Flow::Next)
    });
    t.register("memref.load", |fr, op| {
        let m = memref(fr, op, 0)?;
        let idx = indices(fr, op, &fr.group(op, 1)?)?;
        let v = load(fr, op, &m, &idx)?;
        fr.result(op, v)
    });
    t.register("memref.store", |fr, op| {
        let v = fr.operand(op, 0)?;
        let m = memref(fr, op, 1)?;
        let idx = indices(fr, op, &fr.group(op, 2)?)?;
        store(fr, op, &m, &idx, v)?;
        Ok(Flow::Next)
    });
    t.register("memref.cast", |fr, op| {
        let v = fr.operand(op, 0)?;
        fr.result(op, v)
    });
    t.register("memref.dim", |fr, op| {
        let m = memref(fr, op, 0)?;
        let i = int_operand(fr, op, 1)?;
        let size = usize::try_from(i)
            .ok()
            .and_then(|i| m.sizes.get(i).copied());
        let size = size.ok_or_else(|| {
            fr.error(
                op,
                ErrorKind::OutOfBounds,
                format!("dimension {i} of a rank-{} memref", m.sizes.len()),
            )
        })?;
        fr.result(op, Value::index(size))
    });
    t.register("memref.copy", |fr, op| {
        let (src, dst) = (memref(fr, op, 0)?, memref(fr, op, 1)?);
        if src.sizes != dst.sizes {
            let msg = format!("copy between shapes {:?} and {:?}", src.sizes, dst.sizes);
            return Err(fr.error(op, ErrorKind::OutOfBounds, msg));
        }
        for idx in all_indices(&usizes(&src.sizes)) {
            let idx: Vec<i64> = idx.iter().map(|&i| i as i64).collect();
            let v = load(fr, op, &src, &idx)?;
            store(fr, op, &dst, &idx, v)?;
        }
        Ok(Flow::Next)
    });
    t.register("memref.subview", subview);
    t.register("memref.reinterpret_cast", reinterpret_cast);
    t.register("memref.collapse_shape", collapse_shape);
    t.register("memref.expand_shape", expand_shape);
}

fn usizes(v: &[i64]) -> Vec<usize> {
    v.iter().map(|&x| x.max(0) as usize).collect()
}

/// Operand `i` as a memref.
pub(crate) fn memref(fr: &Frame<'_, '_>, op: OpId, i: usize) -> R<MemRef> {
    match fr.operand(op, i)? {
        Value::MemRef(m) => Ok(m),
        _ => Err(fr.error(
            op,
            ErrorKind::Internal,
            format!("operand #{i} is not a memref"),
        )),
    }
}

/// The buffer position of `idx` in `m`, checking bounds and liveness.
fn locate(fr: &Frame<'_, '_>, op: OpId, m: &MemRef, idx: &[i64]) -> R<usize> {
    let in_range =
        idx.len() == m.sizes.len() && idx.iter().zip(&m.sizes).all(|(&i, &s)| 0 <= i && i < s);
    if !in_range {
        let msg = format!(
            "index {idx:?} out of bounds for memref of shape {:?}",
            m.sizes
        );
        return Err(fr.error(op, ErrorKind::OutOfBounds, msg));
    }
    let buf = m.buf.borrow();
    if buf.freed {
        return Err(fr.error(
            op,
            ErrorKind::UseAfterFree,
            "access to a deallocated buffer",
        ));
    }
    let lin = m.offset + idx.iter().zip(&m.strides).map(|(i, s)| i * s).sum::<i64>();
    match usize::try_from(lin) {
        Ok(l) if l < buf.elems.len() => Ok(l),
        _ => {
            let msg = format!(
                "index {idx:?} maps to element {lin} of a buffer of {} elements",
                buf.elems.len()
            );
            Err(fr.error(op, ErrorKind::OutOfBounds, msg))
        }
    }
}

pub(crate) fn load(fr: &Frame<'_, '_>, op: OpId, m: &MemRef, idx: &[i64]) -> R<Value> {
    let at = locate(fr, op, m, idx)?;
    Ok(m.buf.borrow().elems[at].clone())
}

pub(crate) fn store(fr: &Frame<'_, '_>, op: OpId, m: &MemRef, idx: &[i64], v: Value) -> R<()> {
    let at = locate(fr, op, m, idx)?;
    m.buf.borrow_mut().elems[at] = v;
    Ok(())
}

fn alloc(fr: &mut Frame<'_, '_>, op: OpId, stack: bool) -> R<Flow> {
    let ty = fr.result_type(op, 0);
    let (shape, elem) = fr
        .ctx
        .shape_and_elem(ty)
        .ok_or_else(|| fr.error(op, ErrorKind::Internal, "alloc of a non-memref"))?;
    let sizes = mixed(fr, op, shape, &fr.group(op, 0)?)?;
    if let Some(s) = sizes.iter().find(|&&s| s < 0) {
        return Err(fr.error(op, ErrorKind::OutOfBounds, format!("negative size {s}")));
    }
    let zero = zero_of(fr.ctx, elem)
        .ok_or_else(|| fr.error(op, ErrorKind::Unsupported, "unsupported element type"))?;
    let count: i64 = sizes.iter().product();
    let m = MemRef {
        buf: Rc::new(RefCell::new(Buffer {
            elems: vec![zero; count as usize],
            freed: false,
        })),
        offset: 0,
        strides: identity_strides(&sizes),
        sizes,
    };
    if stack {
        fr.allocas.push(m.buf.clone());
    }
    fr.result(op, Value::MemRef(m))
}

/// Offsets, sizes and strides of a subview or reinterpret_cast (static or dynamic).
fn offsets_sizes_strides(fr: &Frame<'_, '_>, op: OpId) -> R<[Vec<i64>; 3]> {
    let mut out = [vec![], vec![], vec![]];
    for (k, name) in ["static_offsets", "static_sizes", "static_strides"]
        .iter()
        .enumerate()
    {
        out[k] = mixed(fr, op, &dense_array(fr, op, name), &fr.group(op, k + 1)?)?;
    }
    Ok(out)
}

fn subview(fr: &mut Frame<'_, '_>, op: OpId) -> R<Flow> {
    let src = memref(fr, op, 0)?;
    let [offsets, sizes, strides] = offsets_sizes_strides(fr, op)?;
    for k in 0..sizes.len() {
        let last = offsets[k] + (sizes[k] - 1).max(0) * strides[k];
        if offsets[k] < 0 || sizes[k] < 0 || (sizes[k] > 0 && (last >= src.sizes[k] || last < 0)) {
            let msg = format!(
                "subview offsets {offsets:?} sizes {sizes:?} strides {strides:?} out of bounds for shape {:?}",
                src.sizes
            );
            return Err(fr.error(op, ErrorKind::OutOfBounds, msg));
        }
    }
    let offset = src.offset
        + offsets
            .iter()
            .zip(&src.strides)
            .map(|(o, s)| o * s)
            .sum::<i64>();
    let result_shape = fr
        .ctx
        .shape_and_elem(fr.result_type(op, 0))
        .map(|(s, _)| s.to_vec())
        .unwrap_or_default();
    // Rank reduction drops unit dimensions until the result rank is reached.
    let mut to_drop = sizes.len().saturating_sub(result_shape.len());
    let (mut new_sizes, mut new_strides) = (vec![], vec![]);
    for k in 0..sizes.len() {
        let j = new_sizes.len();
        if sizes[k] == 1 && to_drop > 0 && result_shape.get(j) != Some(&1) {
            to_drop -= 1;
            continue;
        }
        new_sizes.push(sizes[k]);
        new_strides.push(src.strides[k] * strides[k]);
    }
    let view = MemRef {
        buf: src.buf,
        offset,
        sizes: new_sizes,
        strides: new_strides,
    };
    fr.result(op, Value::MemRef(view))
}

fn reinterpret_cast(fr: &mut Frame<'_, '_>, op: OpId) -> R<Flow> {
    let src = memref(fr, op, 0)?;
    let [offsets, sizes, strides] = offsets_sizes_strides(fr, op)?;
    if let Some(s) = sizes.iter().find(|&&s| s < 0) {
        return Err(fr.error(op, ErrorKind::OutOfBounds, format!("negative size {s}")));
    }
    let view = MemRef {
        buf: src.buf,
        offset: offsets.first().copied().unwrap_or(0),
        sizes,
        strides,
    };
    fr.result(op, Value::MemRef(view))
}

/// The `reassociation` groups of a reshape.
fn reassociation(fr: &Frame<'_, '_>, op: OpId) -> R<Vec<Vec<usize>>> {
    let bad = || fr.error(op, ErrorKind::Internal, "malformed reassociation");
    let attr = fr.ir.attr(fr.ctx, op, "reassociation").ok_or_else(bad)?;
    let AttrKind::Array(groups) = fr.ctx.attr_kind(attr) else {
        return Err(bad());
    };
    groups
        .iter()
        .map(|g| match fr.ctx.attr_kind(*g) {
            AttrKind::Array(dims) => dims
                .iter()
                .map(|d| match fr.ctx.attr_kind(*d) {
                    AttrKind::Integer { value, .. } => Ok(*value as usize),
                    _ => Err(bad()),
                })
                .collect(),
            _ => Err(bad()),
        })
        .collect()
}

fn collapse_shape(fr: &mut Frame<'_, '_>, op: OpId) -> R<Flow> {
    let src = memref(fr, op, 0)?;
    let (mut sizes, mut strides) = (vec![], vec![]);
    for group in reassociation(fr, op)? {
        // A group collapses into one dimension only if it is contiguous.
        for w in group.windows(2) {
            if src.sizes[w[1]] != 1
                && src.strides[w[0]] != src.strides[w[1]] * src.sizes[w[1]]
                && src.sizes[w[0]] != 1
            {
                let msg = format!(
                    "cannot collapse non-contiguous dims {group:?} of strides {:?}",
                    src.strides
                );
                return Err(fr.error(op, ErrorKind::Unsupported, msg));
            }
        }
        sizes.push(group.iter().map(|&d| src.sizes[d]).product());
        strides.push(group.last().map_or(1, |&d| src.strides[d]));
    }
    let view = MemRef {
        buf: src.buf,
        offset: src.offset,
        sizes,
        strides,
    };
    fr.result(op, Value::MemRef(view))
}

fn expand_shape(fr: &mut Frame<'_, '_>, op: OpId) -> R<Flow> {
    let src = memref(fr, op, 0)?;
    let out = mixed(
        fr,
        op,
        &dense_array(fr, op, "static_output_shape"),
        &fr.group(op, 1)?,
    )?;
    let mut strides = vec![0; out.len()];
    for (k, group) in reassociation(fr, op)?.iter().enumerate() {
        let mut stride = src.strides[k];
        for &d in group.iter().rev() {
            strides[d] = stride;
            stride *= out[d];
        }
        let product: i64 = group.iter().map(|&d| out[d]).product();
        if product != src.sizes[k] {
            let msg = format!(
                "expanding dimension of size {} into {:?}",
                src.sizes[k], out
            );
            return Err(fr.error(op, ErrorKind::OutOfBounds, msg));
        }
    }
    let view = MemRef {
        buf: src.buf,
        offset: src.offset,
        sizes: out,
        strides,
    };
    fr.result(op, Value::MemRef(view))
}
