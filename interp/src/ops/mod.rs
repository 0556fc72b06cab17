//! Op semantics, one module per dialect, and helpers they share.

pub mod arith;
pub mod func;
pub mod graph;
pub mod math;
pub mod memref;
pub mod scf;
pub mod te;
pub mod vector;

use ir::attributes::{AttrKind, DenseData};
use ir::types::TypeKind;
use ir::{OpId, Type};

use crate::value::{all_indices, Elements};
use crate::{ErrorKind, Frame, InterpError, OpTable, Value};

/// Registers the semantics of every standard dialect, and of our `graph` and `te`.
pub fn register_all(t: &mut OpTable) {
    arith::register(t);
    math::register(t);
    func::register(t);
    scf::register(t);
    memref::register(t);
    vector::register(t);
    graph::register(t);
    te::register(t);
}

pub(crate) type R<T> = Result<T, InterpError>;

/// Applies `f` to scalars, or elementwise to same-shaped vectors/tensors.
pub(crate) fn map_n(
    args: &[Value],
    f: &mut dyn FnMut(&[Value]) -> Result<Value, String>,
) -> Result<Value, String> {
    let Some(first) = args.first() else {
        return Err("no operands".into());
    };
    let Some(e) = first.elements() else {
        return f(args);
    };
    let mut elems = Vec::with_capacity(e.elems.len());
    for i in 0..e.elems.len() {
        let scalars: Vec<Value> = args
            .iter()
            .map(|a| match a.elements() {
                Some(x) if x.shape == e.shape => Ok(x.elems[i].clone()),
                _ => Err("operands of different shapes".to_string()),
            })
            .collect::<Result<_, _>>()?;
        elems.push(f(&scalars)?);
    }
    let out = Elements {
        shape: e.shape.clone(),
        elems,
    };
    Ok(match first {
        Value::Tensor(_) => Value::Tensor(out),
        _ => Value::Vector(out),
    })
}

/// Runs an elementwise op: operands through `f`, one result.
pub(crate) fn elementwise(
    fr: &mut Frame<'_, '_>,
    op: OpId,
    kind: ErrorKind,
    f: &mut dyn FnMut(&[Value]) -> Result<Value, String>,
) -> R<crate::Flow> {
    let args = fr.operands(op)?;
    let v = map_n(&args, f).map_err(|m| fr.error(op, kind, m))?;
    fr.result(op, v)
}

/// The element type of a shaped type, or the type itself.
pub(crate) fn scalar_type(fr: &Frame<'_, '_>, ty: Type) -> Type {
    fr.ctx.element_type(ty).unwrap_or(ty)
}

/// An integer attribute's value.
pub(crate) fn int_attr(fr: &Frame<'_, '_>, op: OpId, name: &str) -> R<i128> {
    match fr.ir.attr(fr.ctx, op, name).map(|a| fr.ctx.attr_kind(a)) {
        Some(AttrKind::Integer { value, .. }) => Ok(*value),
        Some(AttrKind::Bool(b)) => Ok(*b as i128),
        _ => Err(fr.error(
            op,
            ErrorKind::Internal,
            format!("missing integer attribute '{name}'"),
        )),
    }
}

/// A dense i64/i32 array attribute's values (empty when absent).
pub(crate) fn dense_array(fr: &Frame<'_, '_>, op: OpId, name: &str) -> Vec<i64> {
    match fr.ir.attr(fr.ctx, op, name).map(|a| fr.ctx.attr_kind(a)) {
        Some(AttrKind::DenseArray {
            data: DenseData::Int(v),
            ..
        }) => v.iter().map(|&x| x as i64).collect(),
        _ => Vec::new(),
    }
}

/// Static values where `dynamic` marks a hole, filled by `operands` in order.
pub(crate) fn mixed(
    fr: &Frame<'_, '_>,
    op: OpId,
    statics: &[i64],
    operands: &[Value],
) -> R<Vec<i64>> {
    let mut dyns = operands.iter();
    statics
        .iter()
        .map(|&s| {
            if s != ir::types::DYNAMIC {
                return Ok(s);
            }
            dyns.next()
                .and_then(Value::as_i64)
                .ok_or_else(|| fr.error(op, ErrorKind::Internal, "missing dynamic value"))
        })
        .collect()
}

/// The static shape of a shaped type.
pub(crate) fn static_shape(fr: &Frame<'_, '_>, op: OpId, ty: Type) -> R<Vec<usize>> {
    match fr.ctx.type_kind(ty) {
        TypeKind::Vector { shape, .. }
        | TypeKind::RankedTensor { shape, .. }
        | TypeKind::MemRef { shape, .. }
            if shape.iter().all(|&d| d >= 0) =>
        {
            Ok(shape.iter().map(|&d| d as usize).collect())
        }
        _ => Err(fr.error(
            op,
            ErrorKind::Unsupported,
            "expected a statically shaped type",
        )),
    }
}

/// An operand that must be an integer (index or integer), sign-extended.
pub(crate) fn int_operand(fr: &Frame<'_, '_>, op: OpId, i: usize) -> R<i64> {
    fr.operand(op, i)?.as_i64().ok_or_else(|| {
        fr.error(
            op,
            ErrorKind::Internal,
            format!("operand #{i} is not an integer"),
        )
    })
}

/// Converts every value of `vals` to i64 indices.
pub(crate) fn indices(fr: &Frame<'_, '_>, op: OpId, vals: &[Value]) -> R<Vec<i64>> {
    vals.iter()
        .map(|v| {
            v.as_i64()
                .ok_or_else(|| fr.error(op, ErrorKind::Internal, "index operand is not an integer"))
        })
        .collect()
}

/// Operand `i` as a tensor, by reference.
pub(crate) fn tensor<'f>(fr: &'f Frame<'_, '_>, op: OpId, i: usize) -> R<&'f Elements> {
    match fr.operand_ref(op, i)? {
        Value::Tensor(e) => Ok(e),
        _ => Err(fr.error(
            op,
            ErrorKind::Internal,
            format!("operand #{i} is not a tensor"),
        )),
    }
}

/// The row-major position of `idx` in `shape`; `None` when out of bounds or of another
/// rank.
pub(crate) fn position(shape: &[usize], idx: &[i64]) -> Option<usize> {
    if idx.len() != shape.len() {
        return None;
    }
    idx.iter().zip(shape).try_fold(0usize, |lin, (&i, &s)| {
        let i = usize::try_from(i).ok().filter(|&i| i < s)?;
        Some(lin * s + i)
    })
}

/// The tensor of `shape` whose element at each index (row-major) is `f(index)`.
pub(crate) fn tabulate(shape: &[usize], mut f: impl FnMut(&[usize]) -> R<Value>) -> R<Value> {
    let elems = all_indices(shape)
        .iter()
        .map(|idx| f(idx))
        .collect::<R<Vec<Value>>>()?;
    Ok(Value::tensor(shape, elems))
}
