//! Folds of arith ops, with MLIR's semantics: integers wrap at the type's width, division
//! by zero and signed overflow are not folded, floats round to the type's precision
//! (f16, bf16, f32, f64; other float types are not folded). Scalars and splat constants
//! fold; other dense constants do not.

use ir::attributes::{AttrKind, DenseData};
use ir::float_format::{float_bits_hex, round_to_kind};
use ir::rewrite::{
    insertion_region, value_constant, FoldResult, InsertPoint, PatternRewriter, RewritePattern,
};
use ir::structure::ValueDef;
use ir::types::FloatKind;
use ir::{Attribute, Context, Ir, OpId, OperationState, Type, TypeKind, ValueId};

use crate::common::{elem_or_self, fn_pattern, named, replace_op_with_new, wrap_to_width};

use super::syntax::{attr_type, int_value, predicate, predicate_entry};
use super::ConstantOp;

type Folded = Option<Vec<FoldResult>>;

pub(super) fn fold_constant(ctx: &Context, ir: &Ir, op: OpId, _: &[Option<Attribute>]) -> Folded {
    ir.attr(ctx, op, "value").map(|v| vec![FoldResult::Attr(v)])
}

// ----- constant values -----

/// The bit width of an integer or index type (index: 64, as MLIR's internal storage).
fn int_width(ctx: &Context, ty: Type) -> Option<u32> {
    match ctx.type_kind(ty) {
        TypeKind::Integer { width, .. } => Some(*width),
        TypeKind::Index => Some(64),
        _ => None,
    }
}

/// The signed value of a stored `width`-bit integer (i1 is stored as 0/1, signed 0/-1).
fn sval(v: i128, width: u32) -> i128 {
    if width == 1 {
        -v
    } else {
        v
    }
}

/// The unsigned value of a stored `width`-bit integer.
fn uval(v: i128, width: u32) -> u128 {
    if width >= 128 {
        v as u128
    } else {
        (v as u128) & ((1u128 << width) - 1)
    }
}

/// Whether the signed value `v` fits in `width` bits.
fn fits_signed(v: i128, width: u32) -> bool {
    width >= 128 || (v >= -(1i128 << (width - 1)) && v < (1i128 << (width - 1)))
}

/// The integer of a scalar or splat constant.
fn splat_int(ctx: &Context, a: Option<Attribute>) -> Option<i128> {
    let a = a?;
    match ctx.attr_kind(a) {
        AttrKind::DenseElements {
            splat: true,
            data: DenseData::Int(v),
            ..
        } => v.first().copied(),
        _ => int_value(ctx, a),
    }
}

/// The float of a scalar or splat constant.
fn splat_float(ctx: &Context, a: Option<Attribute>) -> Option<f64> {
    match ctx.attr_kind(a?) {
        AttrKind::Float { bits, .. } => Some(f64::from_bits(*bits)),
        AttrKind::DenseElements {
            splat: true,
            data: DenseData::Float(v),
            ..
        } => v.first().map(|b| f64::from_bits(*b)),
        _ => None,
    }
}

fn is_shaped(ctx: &Context, ty: Type) -> bool {
    ctx.element_type(ty).is_some()
}

fn splat(ctx: &Context, ty: Type, data: DenseData) -> Attribute {
    ctx.intern_attr(AttrKind::DenseElements {
        ty,
        splat: true,
        data,
    })
}

/// `v` as a constant of integer type `ty` (a splat for vectors and tensors).
fn make_int(ctx: &Context, v: i128, ty: Type) -> Option<Attribute> {
    let e = elem_or_self(ctx, ty);
    let w = int_width(ctx, e)?;
    let v = wrap_to_width(v, w);
    Some(if is_shaped(ctx, ty) {
        splat(ctx, ty, DenseData::Int(Box::new([v])))
    } else if w == 1 {
        ctx.intern_attr(AttrKind::Bool(v != 0))
    } else {
        ctx.integer_attr(v, ty)
    })
}

fn float_kind(ctx: &Context, ty: Type) -> Option<FloatKind> {
    match ctx.type_kind(elem_or_self(ctx, ty)) {
        TypeKind::Float(
            k @ (FloatKind::F16 | FloatKind::BF16 | FloatKind::F32 | FloatKind::F64),
        ) => Some(*k),
        _ => None,
    }
}

/// `v` rounded to float type `ty` (a splat for vectors and tensors).
fn make_float(ctx: &Context, v: f64, ty: Type) -> Option<Attribute> {
    let v = round_to_kind(v, float_kind(ctx, ty)?);
    Some(if is_shaped(ctx, ty) {
        splat(ctx, ty, DenseData::Float(Box::new([v.to_bits()])))
    } else {
        ctx.intern_attr(AttrKind::Float {
            bits: v.to_bits(),
            ty,
        })
    })
}

/// The elements of a non-scalar dense constant.
fn dense_data(ctx: &Context, a: Option<Attribute>) -> Option<&DenseData> {
    match ctx.attr_kind(a?) {
        AttrKind::DenseElements { data, .. } => Some(data),
        _ => None,
    }
}

/// The element pairs of two dense constants of one shape (a splat stands for every element).
fn zip_dense<T: Copy>(x: &[T], y: &[T]) -> Option<Vec<(T, T)>> {
    let n = x.len().max(y.len());
    let at = |v: &[T], i: usize| if v.len() == 1 { v[0] } else { v[i] };
    (x.len() == y.len() || x.len() == 1 || y.len() == 1)
        .then(|| (0..n).map(|i| (at(x, i), at(y, i))).collect())
}

/// A dense constant of type `ty` (a splat when all elements are equal, as MLIR makes it).
fn dense(ctx: &Context, ty: Type, data: DenseData) -> Attribute {
    let all_equal = match &data {
        DenseData::Int(v) => v.windows(2).all(|w| w[0] == w[1]),
        DenseData::Float(v) => v.windows(2).all(|w| w[0] == w[1]),
        _ => false,
    };
    let data = match data {
        DenseData::Int(v) if all_equal => DenseData::Int(v[..1].into()),
        DenseData::Float(v) if all_equal => DenseData::Float(v[..1].into()),
        other => other,
    };
    ctx.intern_attr(AttrKind::DenseElements {
        ty,
        splat: all_equal,
        data,
    })
}

/// Folds two integer dense constants elementwise; `None` if any element does not fold.
fn int_elementwise(
    ctx: &Context,
    c: &[Option<Attribute>],
    ty: Type,
    w: u32,
    eval: impl Fn(i128, i128) -> Option<i128>,
) -> Folded {
    let (Some(DenseData::Int(x)), Some(DenseData::Int(y))) =
        (dense_data(ctx, c[0]), dense_data(ctx, c[1]))
    else {
        return None;
    };
    let values: Vec<i128> = zip_dense(x, y)?
        .into_iter()
        .map(|(a, b)| eval(a, b).map(|v| wrap_to_width(v, w)))
        .collect::<Option<_>>()?;
    attr(Some(dense(ctx, ty, DenseData::Int(values.into()))))
}

fn attr(a: Option<Attribute>) -> Folded {
    Some(vec![FoldResult::Attr(a?)])
}

fn value(v: ValueId) -> Folded {
    Some(vec![FoldResult::Value(v)])
}

/// The op defining `v` if it is a `name` op.
fn defined_by(ctx: &Context, ir: &Ir, v: ValueId, name: &str) -> Option<OpId> {
    match ir.value_def(v) {
        ValueDef::OpResult { op, .. } if ctx.op_name_str(ir.op_name(op)) == name => Some(op),
        _ => None,
    }
}

fn operands2(ir: &Ir, op: OpId) -> (ValueId, ValueId) {
    (ir.operand(op, 0), ir.operand(op, 1))
}

// ----- integer binary ops -----

/// Folds an integer binary op: `eval(a, b, width)` on constant operands (`None`: not
/// folded, e.g. division by zero), else `identity(a, b, width)` on whichever is constant.
fn int_binary(
    ctx: &Context,
    ir: &Ir,
    op: OpId,
    c: &[Option<Attribute>],
    eval: impl Fn(i128, i128, u32) -> Option<i128>,
    identity: impl Fn(Option<i128>, Option<i128>, u32) -> Folded,
) -> Folded {
    let ty = ir.value_type(ir.result(op, 0));
    let w = int_width(ctx, elem_or_self(ctx, ty))?;
    let (a, b) = (splat_int(ctx, c[0]), splat_int(ctx, c[1]));
    if let (Some(x), Some(y)) = (a, b) {
        if let Some(v) = eval(x, y, w) {
            return attr(make_int(ctx, v, ty));
        }
    }
    int_elementwise(ctx, c, ty, w, |x, y| eval(x, y, w)).or_else(|| identity(a, b, w))
}

fn int_result(ctx: &Context, ir: &Ir, op: OpId, v: i128) -> Folded {
    attr(make_int(ctx, v, ir.value_type(ir.result(op, 0))))
}

/// All bits set, as stored.
fn all_ones(w: u32) -> i128 {
    wrap_to_width(-1, w)
}

fn signed_max(w: u32) -> i128 {
    if w >= 128 {
        i128::MAX
    } else {
        (1i128 << (w - 1)) - 1
    }
}

fn signed_min(w: u32) -> i128 {
    wrap_to_width(signed_max(w).wrapping_add(1), w)
}

pub(super) fn fold_addi(ctx: &Context, ir: &Ir, op: OpId, c: &[Option<Attribute>]) -> Folded {
    let (l, r) = operands2(ir, op);
    int_binary(
        ctx,
        ir,
        op,
        c,
        |a, b, _| Some(a.wrapping_add(b)),
        |a, b, _| match (a, b) {
            (_, Some(0)) => value(l),
            (Some(0), _) => value(r),
            _ => add_of_sub(ctx, ir, l, r).or_else(|| add_of_sub(ctx, ir, r, l)),
        },
    )
}

/// `(a - b) + b` is `a`.
fn add_of_sub(ctx: &Context, ir: &Ir, x: ValueId, y: ValueId) -> Folded {
    let sub = defined_by(ctx, ir, x, "arith.subi")?;
    (ir.operand(sub, 1) == y).then(|| value(ir.operand(sub, 0)))?
}

pub(super) fn fold_subi(ctx: &Context, ir: &Ir, op: OpId, c: &[Option<Attribute>]) -> Folded {
    let (l, r) = operands2(ir, op);
    int_binary(
        ctx,
        ir,
        op,
        c,
        |a, b, _| Some(a.wrapping_sub(b)),
        |_, b, _| match b {
            Some(0) => value(l),
            _ if l == r => int_result(ctx, ir, op, 0),
            _ => {
                // (a + b) - b is a, (a + b) - a is b.
                let add = defined_by(ctx, ir, l, "arith.addi")?;
                let (a, b) = operands2(ir, add);
                if b == r {
                    value(a)
                } else if a == r {
                    value(b)
                } else {
                    None
                }
            }
        },
    )
}

pub(super) fn fold_muli(ctx: &Context, ir: &Ir, op: OpId, c: &[Option<Attribute>]) -> Folded {
    let (l, r) = operands2(ir, op);
    int_binary(
        ctx,
        ir,
        op,
        c,
        |a, b, _| Some(a.wrapping_mul(b)),
        |a, b, _| match (a, b) {
            (_, Some(1)) => value(l),
            (Some(1), _) => value(r),
            (_, Some(0)) | (Some(0), _) => int_result(ctx, ir, op, 0),
            _ => None,
        },
    )
}

/// A division: `eval` on constants, and `x / 1` is `x`.
fn fold_division(
    ctx: &Context,
    ir: &Ir,
    op: OpId,
    c: &[Option<Attribute>],
    eval: impl Fn(i128, i128, u32) -> Option<i128>,
) -> Folded {
    let l = ir.operand(op, 0);
    int_binary(ctx, ir, op, c, eval, move |_, b, _| {
        if b == Some(1) {
            value(l)
        } else {
            None
        }
    })
}

/// Signed division rounding by `adjust(quotient, remainder, b)`; `None` on division by zero
/// or overflow.
fn sdiv(a: i128, b: i128, w: u32, adjust: fn(i128, i128, i128) -> i128) -> Option<i128> {
    let (a, b) = (sval(a, w), sval(b, w));
    let q = a.checked_div(b)?;
    let q = adjust(q, a.checked_rem(b)?, b);
    fits_signed(q, w).then_some(q)
}

fn udiv(a: i128, b: i128, w: u32, ceil: bool) -> Option<i128> {
    let (a, b) = (uval(a, w), uval(b, w));
    let q = a.checked_div(b)?;
    let q = if ceil && a % b != 0 { q + 1 } else { q };
    Some(q as i128)
}

/// Rounds a truncated quotient `q` (remainder `r`, divisor `b`) up.
fn ceil(q: i128, r: i128, b: i128) -> i128 {
    if r != 0 && (r > 0) == (b > 0) {
        q + 1
    } else {
        q
    }
}

/// Rounds a truncated quotient `q` (remainder `r`, divisor `b`) down.
fn floor(q: i128, r: i128, b: i128) -> i128 {
    if r != 0 && (r < 0) != (b < 0) {
        q - 1
    } else {
        q
    }
}

pub(super) fn fold_divsi(ctx: &Context, ir: &Ir, op: OpId, c: &[Option<Attribute>]) -> Folded {
    fold_division(ctx, ir, op, c, |a, b, w| sdiv(a, b, w, |q, _, _| q))
}

pub(super) fn fold_ceildivsi(ctx: &Context, ir: &Ir, op: OpId, c: &[Option<Attribute>]) -> Folded {
    // MLIR negates the operands to divide nonnegative values: a nonzero dividend or a
    // divisor at the signed minimum overflows and is not folded.
    fold_division(ctx, ir, op, c, move |a, b, w| {
        let min = signed_min(w);
        if a != 0 && (a == min || b == min) {
            return None;
        }
        sdiv(a, b, w, ceil)
    })
}

pub(super) fn fold_floordivsi(ctx: &Context, ir: &Ir, op: OpId, c: &[Option<Attribute>]) -> Folded {
    fold_division(ctx, ir, op, c, move |a, b, w| sdiv(a, b, w, floor))
}

pub(super) fn fold_divui(ctx: &Context, ir: &Ir, op: OpId, c: &[Option<Attribute>]) -> Folded {
    fold_division(ctx, ir, op, c, |a, b, w| udiv(a, b, w, false))
}

pub(super) fn fold_ceildivui(ctx: &Context, ir: &Ir, op: OpId, c: &[Option<Attribute>]) -> Folded {
    fold_division(ctx, ir, op, c, |a, b, w| udiv(a, b, w, true))
}

/// A remainder: `eval` on constants, and `x % 1` is 0.
fn fold_remainder(
    ctx: &Context,
    ir: &Ir,
    op: OpId,
    c: &[Option<Attribute>],
    eval: impl Fn(i128, i128, u32) -> Option<i128>,
) -> Folded {
    int_binary(ctx, ir, op, c, eval, |_, b, _| {
        if b == Some(1) {
            int_result(ctx, ir, op, 0)
        } else {
            None
        }
    })
}

pub(super) fn fold_remsi(ctx: &Context, ir: &Ir, op: OpId, c: &[Option<Attribute>]) -> Folded {
    let eval = |a, b, w| {
        sval(a, w)
            .checked_rem(sval(b, w))
            .or((sval(b, w) == -1).then_some(0))
    };
    fold_remainder(ctx, ir, op, c, eval)
}

pub(super) fn fold_remui(ctx: &Context, ir: &Ir, op: OpId, c: &[Option<Attribute>]) -> Folded {
    let eval = |a, b, w| uval(a, w).checked_rem(uval(b, w)).map(|v| v as i128);
    fold_remainder(ctx, ir, op, c, eval)
}

/// min/max: `op(x, x)` is `x`; `absorbing` wins, `neutral` leaves the other operand.
fn fold_min_max(
    ctx: &Context,
    ir: &Ir,
    op: OpId,
    c: &[Option<Attribute>],
    signed: bool,
    max: bool,
) -> Folded {
    let (l, r) = operands2(ir, op);
    if l == r {
        return value(l);
    }
    let key = move |v: i128, w: u32| {
        if signed {
            sval(v, w)
        } else {
            uval(v, w) as i128
        }
    };
    let eval = move |a, b, w| {
        let pick_a = (key(a, w) >= key(b, w)) == max;
        Some(if pick_a { a } else { b })
    };
    let bounds = move |w: u32| {
        let (lo, hi) = if signed {
            (signed_min(w), signed_max(w))
        } else {
            (0, all_ones(w))
        };
        if max {
            (hi, lo)
        } else {
            (lo, hi)
        }
    };
    int_binary(ctx, ir, op, c, eval, |a, b, w| {
        let (absorbing, neutral) = bounds(w);
        match (a, b) {
            (_, Some(v)) if v == absorbing => value(r),
            (Some(v), _) if v == absorbing => value(l),
            (_, Some(v)) if v == neutral => value(l),
            (Some(v), _) if v == neutral => value(r),
            _ => None,
        }
    })
}

pub(super) fn fold_maxsi(ctx: &Context, ir: &Ir, op: OpId, c: &[Option<Attribute>]) -> Folded {
    fold_min_max(ctx, ir, op, c, true, true)
}
pub(super) fn fold_minsi(ctx: &Context, ir: &Ir, op: OpId, c: &[Option<Attribute>]) -> Folded {
    fold_min_max(ctx, ir, op, c, true, false)
}
pub(super) fn fold_maxui(ctx: &Context, ir: &Ir, op: OpId, c: &[Option<Attribute>]) -> Folded {
    fold_min_max(ctx, ir, op, c, false, true)
}
pub(super) fn fold_minui(ctx: &Context, ir: &Ir, op: OpId, c: &[Option<Attribute>]) -> Folded {
    fold_min_max(ctx, ir, op, c, false, false)
}

/// Whether `x` is `not(y)`: `xori(y, all-ones)` (either operand order).
fn is_not_of(ctx: &Context, ir: &Ir, x: ValueId, y: ValueId) -> bool {
    let Some(xor) = defined_by(ctx, ir, x, "arith.xori") else {
        return false;
    };
    let (a, b) = operands2(ir, xor);
    let Some(w) = int_width(ctx, elem_or_self(ctx, ir.value_type(x))) else {
        return false;
    };
    let ones = |v: ValueId| splat_int(ctx, value_constant(ctx, ir, v)) == Some(all_ones(w));
    (a == y && ones(b)) || (b == y && ones(a))
}

/// andi/ori: `op(x, x)` is `x`, `op(x, not x)` and the absorbing constant give the
/// absorbing value, the neutral constant leaves the other operand.
fn fold_and_or(ctx: &Context, ir: &Ir, op: OpId, c: &[Option<Attribute>], and: bool) -> Folded {
    let (l, r) = operands2(ir, op);
    if l == r {
        return value(l);
    }
    let eval = move |a: i128, b: i128, _| Some(if and { a & b } else { a | b });
    int_binary(ctx, ir, op, c, eval, |a, b, w| {
        let (absorbing, neutral) = if and {
            (0, all_ones(w))
        } else {
            (all_ones(w), 0)
        };
        match (a, b) {
            (_, Some(v)) | (Some(v), _) if v == absorbing => int_result(ctx, ir, op, absorbing),
            (_, Some(v)) if v == neutral => value(l),
            (Some(v), _) if v == neutral => value(r),
            _ if is_not_of(ctx, ir, l, r) || is_not_of(ctx, ir, r, l) => {
                int_result(ctx, ir, op, absorbing)
            }
            _ => None,
        }
    })
}

pub(super) fn fold_andi(ctx: &Context, ir: &Ir, op: OpId, c: &[Option<Attribute>]) -> Folded {
    fold_and_or(ctx, ir, op, c, true)
}

pub(super) fn fold_ori(ctx: &Context, ir: &Ir, op: OpId, c: &[Option<Attribute>]) -> Folded {
    fold_and_or(ctx, ir, op, c, false)
}

pub(super) fn fold_xori(ctx: &Context, ir: &Ir, op: OpId, c: &[Option<Attribute>]) -> Folded {
    let (l, r) = operands2(ir, op);
    if l == r {
        return int_result(ctx, ir, op, 0);
    }
    int_binary(
        ctx,
        ir,
        op,
        c,
        |a, b, _| Some(a ^ b),
        |a, b, _| match (a, b) {
            (_, Some(0)) => value(l),
            (Some(0), _) => value(r),
            // (a ^ b) ^ b is a.
            _ => xor_cancel(ctx, ir, l, r).or_else(|| xor_cancel(ctx, ir, r, l)),
        },
    )
}

fn xor_cancel(ctx: &Context, ir: &Ir, x: ValueId, y: ValueId) -> Folded {
    let xor = defined_by(ctx, ir, x, "arith.xori")?;
    let (a, b) = operands2(ir, xor);
    if b == y {
        value(a)
    } else if a == y {
        value(b)
    } else {
        None
    }
}

/// Shifts by at least the width are poison and not folded; by 0 they are the identity.
fn fold_shift(
    ctx: &Context,
    ir: &Ir,
    op: OpId,
    c: &[Option<Attribute>],
    shift: fn(i128, u32, u32) -> i128,
) -> Folded {
    let l = ir.operand(op, 0);
    let eval = move |a, b, w| {
        let amount = uval(b, w);
        (amount < u128::from(w)).then(|| shift(a, amount as u32, w))
    };
    int_binary(ctx, ir, op, c, eval, |_, b, _| {
        if b == Some(0) {
            value(l)
        } else {
            None
        }
    })
}

pub(super) fn fold_shli(ctx: &Context, ir: &Ir, op: OpId, c: &[Option<Attribute>]) -> Folded {
    fold_shift(ctx, ir, op, c, |a, s, _| a.wrapping_shl(s))
}

pub(super) fn fold_shrui(ctx: &Context, ir: &Ir, op: OpId, c: &[Option<Attribute>]) -> Folded {
    fold_shift(ctx, ir, op, c, |a, s, w| (uval(a, w) >> s) as i128)
}

pub(super) fn fold_shrsi(ctx: &Context, ir: &Ir, op: OpId, c: &[Option<Attribute>]) -> Folded {
    fold_shift(ctx, ir, op, c, |a, s, w| sval(a, w) >> s)
}

// ----- float ops -----

/// Folds a float binary op: `eval` on constant operands (computed in f64, which holds
/// every f16/bf16/f32 value exactly, then rounded once to the type), else `identity`.
fn float_binary(
    ctx: &Context,
    ir: &Ir,
    op: OpId,
    c: &[Option<Attribute>],
    eval: fn(f64, f64) -> f64,
    identity: impl Fn(Option<f64>, Option<f64>) -> Folded,
) -> Folded {
    let ty = ir.value_type(ir.result(op, 0));
    let kind = float_kind(ctx, ty)?;
    let apply = |x: f64, y: f64| {
        let v = eval(x, y);
        // A new NaN is APFloat's default (positive, quiet) NaN.
        let v = if v.is_nan() && !x.is_nan() && !y.is_nan() {
            f64::NAN
        } else {
            v
        };
        round_to_kind(v, kind)
    };
    let (a, b) = (splat_float(ctx, c[0]), splat_float(ctx, c[1]));
    if let (Some(x), Some(y)) = (a, b) {
        return attr(make_float(ctx, apply(x, y), ty));
    }
    if let (Some(DenseData::Float(x)), Some(DenseData::Float(y))) =
        (dense_data(ctx, c[0]), dense_data(ctx, c[1]))
    {
        if let Some(pairs) = zip_dense(x, y) {
            let values = pairs
                .into_iter()
                .map(|(p, q)| apply(f64::from_bits(p), f64::from_bits(q)).to_bits());
            return attr(Some(dense(ctx, ty, DenseData::Float(values.collect()))));
        }
    }
    identity(a, b)
}

fn is_zero(v: Option<f64>, negative: bool) -> bool {
    v.is_some_and(|v| v == 0.0 && v.is_sign_negative() == negative)
}

pub(super) fn fold_addf(ctx: &Context, ir: &Ir, op: OpId, c: &[Option<Attribute>]) -> Folded {
    let (l, r) = operands2(ir, op);
    float_binary(
        ctx,
        ir,
        op,
        c,
        |a, b| a + b,
        |a, b| {
            if is_zero(b, true) {
                value(l)
            } else if is_zero(a, true) {
                value(r)
            } else {
                None
            }
        },
    )
}

pub(super) fn fold_subf(ctx: &Context, ir: &Ir, op: OpId, c: &[Option<Attribute>]) -> Folded {
    let l = ir.operand(op, 0);
    float_binary(
        ctx,
        ir,
        op,
        c,
        |a, b| a - b,
        |_, b| is_zero(b, false).then(|| value(l))?,
    )
}

pub(super) fn fold_mulf(ctx: &Context, ir: &Ir, op: OpId, c: &[Option<Attribute>]) -> Folded {
    let (l, r) = operands2(ir, op);
    float_binary(
        ctx,
        ir,
        op,
        c,
        |a, b| a * b,
        |a, b| match (a, b) {
            (_, Some(1.0)) => value(l),
            (Some(1.0), _) => value(r),
            _ => None,
        },
    )
}

pub(super) fn fold_divf(ctx: &Context, ir: &Ir, op: OpId, c: &[Option<Attribute>]) -> Folded {
    let l = ir.operand(op, 0);
    float_binary(
        ctx,
        ir,
        op,
        c,
        |a, b| a / b,
        |_, b| (b == Some(1.0)).then(|| value(l))?,
    )
}

pub(super) fn fold_remf(ctx: &Context, ir: &Ir, op: OpId, c: &[Option<Attribute>]) -> Folded {
    // Rust's `%` on floats is C's fmod, exact like APFloat's `mod`.
    float_binary(ctx, ir, op, c, |a, b| a % b, |_, _| None)
}

/// IEEE maximum/minimum: NaN propagates, -0 < +0.
fn maximum(a: f64, b: f64, max: bool) -> f64 {
    if a.is_nan() {
        return a;
    }
    if b.is_nan() {
        return b;
    }
    if a == b {
        // Equal values differ at most in the sign of zero.
        return if (a.is_sign_negative() && max) || (!a.is_sign_negative() && !max) {
            b
        } else {
            a
        };
    }
    if (a > b) == max {
        a
    } else {
        b
    }
}

/// IEEE maxNum/minNum: a NaN operand yields the other one.
fn maxnum(a: f64, b: f64, max: bool) -> f64 {
    if a.is_nan() {
        b
    } else if b.is_nan() {
        a
    } else {
        maximum(a, b, max)
    }
}

/// min/max of floats: `op(x, x)` is `x`; `neutral` (the infinity that never wins, or NaN
/// for maxnumf/minnumf) leaves the other operand.
fn fold_float_min_max(
    ctx: &Context,
    ir: &Ir,
    op: OpId,
    c: &[Option<Attribute>],
    eval: fn(f64, f64) -> f64,
    neutral: fn(f64) -> bool,
) -> Folded {
    let (l, r) = operands2(ir, op);
    if l == r {
        return value(l);
    }
    float_binary(ctx, ir, op, c, eval, |a, b| match (a, b) {
        (_, Some(v)) if neutral(v) => value(l),
        (Some(v), _) if neutral(v) => value(r),
        _ => None,
    })
}

pub(super) fn fold_maximumf(ctx: &Context, ir: &Ir, op: OpId, c: &[Option<Attribute>]) -> Folded {
    fold_float_min_max(
        ctx,
        ir,
        op,
        c,
        |a, b| maximum(a, b, true),
        |v| v == f64::NEG_INFINITY,
    )
}
pub(super) fn fold_minimumf(ctx: &Context, ir: &Ir, op: OpId, c: &[Option<Attribute>]) -> Folded {
    fold_float_min_max(
        ctx,
        ir,
        op,
        c,
        |a, b| maximum(a, b, false),
        |v| v == f64::INFINITY,
    )
}
pub(super) fn fold_maxnumf(ctx: &Context, ir: &Ir, op: OpId, c: &[Option<Attribute>]) -> Folded {
    fold_float_min_max(ctx, ir, op, c, |a, b| maxnum(a, b, true), f64::is_nan)
}
pub(super) fn fold_minnumf(ctx: &Context, ir: &Ir, op: OpId, c: &[Option<Attribute>]) -> Folded {
    fold_float_min_max(ctx, ir, op, c, |a, b| maxnum(a, b, false), f64::is_nan)
}

pub(super) fn fold_negf(ctx: &Context, ir: &Ir, op: OpId, c: &[Option<Attribute>]) -> Folded {
    if let Some(neg) = defined_by(ctx, ir, ir.operand(op, 0), "arith.negf") {
        return value(ir.operand(neg, 0));
    }
    let v = splat_float(ctx, c[0])?;
    attr(make_float(ctx, -v, ir.value_type(ir.result(op, 0))))
}

// ----- comparisons and select -----

pub(super) fn fold_cmpi(ctx: &Context, ir: &Ir, op: OpId, c: &[Option<Attribute>]) -> Folded {
    let w = int_width(ctx, elem_or_self(ctx, ir.value_type(ir.operand(op, 0))))?;
    let pred = predicate(ctx, ir, op)?;
    let ty = ir.value_type(ir.result(op, 0));
    let result = |b: bool| attr(make_int(ctx, i128::from(b), ty));
    let (l, r) = operands2(ir, op);
    if l == r {
        // x == x, x <= x and x >= x hold; the strict comparisons and != do not.
        return result(matches!(pred, 0 | 3 | 5 | 7 | 9));
    }
    let (a, b) = (splat_int(ctx, c[0]), splat_int(ctx, c[1]));
    // On i1, `x != false` and `x == true` are x.
    if w == 1 && ((pred == 1 && b == Some(0)) || (pred == 0 && b == Some(1))) {
        return value(l);
    }
    let compare = |a: i128, b: i128| {
        let (ua, ub) = (uval(a, w), uval(b, w));
        let (sa, sb) = (sval(a, w), sval(b, w));
        Some(i128::from(match pred {
            0 => a == b,
            1 => a != b,
            2 => sa < sb,
            3 => sa <= sb,
            4 => sa > sb,
            5 => sa >= sb,
            6 => ua < ub,
            7 => ua <= ub,
            8 => ua > ub,
            9 => ua >= ub,
            _ => return None,
        }))
    };
    match (a, b) {
        (Some(a), Some(b)) => attr(make_int(ctx, compare(a, b)?, ty)),
        _ => int_elementwise(ctx, c, ty, 1, compare),
    }
}

pub(super) fn fold_cmpf(ctx: &Context, ir: &Ir, op: OpId, c: &[Option<Attribute>]) -> Folded {
    let pred = predicate(ctx, ir, op)?;
    let (mut a, mut b) = (splat_float(ctx, c[0]), splat_float(ctx, c[1]));
    // With one NaN operand the comparison is unordered whatever the other is.
    if a.is_some_and(f64::is_nan) {
        b = a;
    }
    if b.is_some_and(f64::is_nan) {
        a = b;
    }
    let compare = |a: f64, b: f64| {
        let unordered = a.is_nan() || b.is_nan();
        Some(i128::from(match pred {
            0 => false,
            1 => a == b,
            2 => a > b,
            3 => a >= b,
            4 => a < b,
            5 => a <= b,
            6 => !unordered && a != b,
            7 => !unordered,
            8 => unordered || a == b,
            9 => unordered || a > b,
            10 => unordered || a >= b,
            11 => unordered || a < b,
            12 => unordered || a <= b,
            13 => a != b,
            14 => unordered,
            15 => true,
            _ => return None,
        }))
    };
    // MLIR folds cmpf on scalars and splats only.
    let ty = ir.value_type(ir.result(op, 0));
    attr(make_int(ctx, compare(a?, b?)?, ty))
}

pub(super) fn fold_select(ctx: &Context, ir: &Ir, op: OpId, c: &[Option<Attribute>]) -> Folded {
    let (cond, t, f) = (ir.operand(op, 0), ir.operand(op, 1), ir.operand(op, 2));
    if t == f {
        return value(t);
    }
    if let Some(v) = splat_int(ctx, c[0]) {
        return value(if v != 0 { t } else { f });
    }
    let ty = ir.value_type(t);
    let (tc, fc) = (splat_int(ctx, c[1]), splat_int(ctx, c[2]));
    // select(c, true, false) is c.
    if ty == ir.value_type(cond)
        && ctx.is_signless_integer(ty, Some(1))
        && tc == Some(1)
        && fc == Some(0)
    {
        return value(cond);
    }
    // select(a == b, a, b) is b; select(a != b, a, b) is a.
    let cmp = defined_by(ctx, ir, cond, "arith.cmpi")?;
    let pred = predicate(ctx, ir, cmp)?;
    let (a, b) = operands2(ir, cmp);
    if !((a == t && b == f) || (a == f && b == t)) {
        return None;
    }
    match pred {
        0 => value(f),
        1 => value(t),
        _ => None,
    }
}

// ----- casts -----

/// A scalar value of a cast, integer (stored form) or float.
#[derive(Copy, Clone)]
enum Scalar {
    Int(i128),
    Float(f64),
}

/// Folds a cast of a scalar or splat constant through `eval(value, from, to)`, where
/// `from`/`to` are the element types.
fn fold_cast(
    ctx: &Context,
    ir: &Ir,
    op: OpId,
    c: &[Option<Attribute>],
    eval: impl Fn(Scalar, Type, Type) -> Option<Scalar>,
) -> Folded {
    let to = ir.value_type(ir.result(op, 0));
    let (from, to_elem) = (
        elem_or_self(ctx, ir.value_type(ir.operand(op, 0))),
        elem_or_self(ctx, to),
    );
    let inputs: Vec<Scalar> = match (splat_int(ctx, c[0]), splat_float(ctx, c[0])) {
        (Some(i), _) => vec![Scalar::Int(i)],
        (_, Some(f)) => vec![Scalar::Float(f)],
        _ => match dense_data(ctx, c[0])? {
            DenseData::Int(v) => v.iter().map(|&i| Scalar::Int(i)).collect(),
            DenseData::Float(v) => v
                .iter()
                .map(|&b| Scalar::Float(f64::from_bits(b)))
                .collect(),
            _ => return None,
        },
    };
    let outputs: Vec<Scalar> = inputs
        .into_iter()
        .map(|v| eval(v, from, to_elem))
        .collect::<Option<_>>()?;
    match outputs[..] {
        [Scalar::Int(v)] => attr(make_int(ctx, v, to)),
        [Scalar::Float(v)] => attr(make_float(ctx, v, to)),
        _ => {
            let data = if let Some(kind) = float_kind(ctx, to_elem) {
                let bits = outputs.iter().map(|s| match s {
                    Scalar::Float(v) => round_to_kind(*v, kind).to_bits(),
                    Scalar::Int(_) => 0,
                });
                DenseData::Float(bits.collect())
            } else {
                let w = int_width(ctx, to_elem)?;
                let ints = outputs.iter().map(|s| match s {
                    Scalar::Int(v) => wrap_to_width(*v, w),
                    Scalar::Float(_) => 0,
                });
                DenseData::Int(ints.collect())
            };
            attr(Some(dense(ctx, to, data)))
        }
    }
}

fn width(ctx: &Context, ty: Type) -> u32 {
    int_width(ctx, ty).unwrap_or(64)
}

/// `cast(inner(x))` is `x` when `x` already has the result type and `inner` is one of
/// `names`.
fn cast_round_trip(ctx: &Context, ir: &Ir, op: OpId, names: &[&str]) -> Folded {
    let v = ir.operand(op, 0);
    let inner = names.iter().find_map(|n| defined_by(ctx, ir, v, n))?;
    let x = ir.operand(inner, 0);
    (ir.value_type(x) == ir.value_type(ir.result(op, 0))).then(|| value(x))?
}

pub(super) fn fold_extsi(ctx: &Context, ir: &Ir, op: OpId, c: &[Option<Attribute>]) -> Folded {
    fold_cast(ctx, ir, op, c, |v, from, _| match v {
        Scalar::Int(i) => Some(Scalar::Int(sval(i, width(ctx, from)))),
        Scalar::Float(_) => None,
    })
}

pub(super) fn fold_extui(ctx: &Context, ir: &Ir, op: OpId, c: &[Option<Attribute>]) -> Folded {
    fold_cast(ctx, ir, op, c, |v, from, _| match v {
        Scalar::Int(i) => Some(Scalar::Int(uval(i, width(ctx, from)) as i128)),
        Scalar::Float(_) => None,
    })
}

pub(super) fn fold_trunci(ctx: &Context, ir: &Ir, op: OpId, c: &[Option<Attribute>]) -> Folded {
    cast_round_trip(ctx, ir, op, &["arith.extsi", "arith.extui"])
        .or_else(|| fold_cast(ctx, ir, op, c, |v, _, _| Some(v)))
}

pub(super) fn fold_index_cast(ctx: &Context, ir: &Ir, op: OpId, c: &[Option<Attribute>]) -> Folded {
    cast_round_trip(ctx, ir, op, &["arith.index_cast"]).or_else(|| fold_extsi(ctx, ir, op, c))
}

pub(super) fn fold_index_castui(
    ctx: &Context,
    ir: &Ir,
    op: OpId,
    c: &[Option<Attribute>],
) -> Folded {
    cast_round_trip(ctx, ir, op, &["arith.index_castui"]).or_else(|| fold_extui(ctx, ir, op, c))
}

pub(super) fn fold_extf(ctx: &Context, ir: &Ir, op: OpId, c: &[Option<Attribute>]) -> Folded {
    fold_cast(ctx, ir, op, c, |v, _, _| match v {
        Scalar::Float(f) => Some(Scalar::Float(f)),
        Scalar::Int(_) => None,
    })
}

pub(super) fn fold_truncf(ctx: &Context, ir: &Ir, op: OpId, c: &[Option<Attribute>]) -> Folded {
    if let Some(r) = cast_round_trip(ctx, ir, op, &["arith.extf"]) {
        return Some(r);
    }
    // MLIR folds only conversions that lose no information.
    fold_cast(ctx, ir, op, c, |v, _, to| match v {
        Scalar::Float(f) => {
            let kind = float_kind(ctx, to)?;
            let exact = f.is_nan() || round_to_kind(f, kind) == f;
            exact.then_some(Scalar::Float(f))
        }
        Scalar::Int(_) => None,
    })
}

/// `v` rounded to `precision` significant bits, to nearest even (exact integer arithmetic:
/// one rounding, as APFloat does).
fn round_to_precision(v: u128, precision: u32) -> f64 {
    let bits = 128 - v.leading_zeros();
    if bits <= precision {
        return v as f64;
    }
    let drop = bits - precision;
    let (kept, rest, half) = (v >> drop, v & ((1u128 << drop) - 1), 1u128 << (drop - 1));
    let kept = if rest > half || (rest == half && kept & 1 == 1) {
        kept + 1
    } else {
        kept
    };
    kept as f64 * 2f64.powi(drop as i32)
}

/// An integer converted to float kind `kind`, rounding to nearest even.
fn int_to_float(v: i128, kind: FloatKind) -> f64 {
    let (precision, max) = match kind {
        FloatKind::F16 => (11, 65504.0),
        FloatKind::BF16 => (8, f64::MAX),
        FloatKind::F32 => (24, f64::MAX),
        _ => (53, f64::MAX),
    };
    let magnitude = round_to_precision(v.unsigned_abs(), precision);
    let magnitude = if magnitude > max {
        f64::INFINITY
    } else {
        magnitude
    };
    if v < 0 {
        -magnitude
    } else {
        magnitude
    }
}

fn fold_int_to_float(
    ctx: &Context,
    ir: &Ir,
    op: OpId,
    c: &[Option<Attribute>],
    signed: bool,
) -> Folded {
    fold_cast(ctx, ir, op, c, |v, from, to| match v {
        Scalar::Int(i) => {
            let w = width(ctx, from);
            let i = if signed {
                sval(i, w)
            } else {
                uval(i, w) as i128
            };
            Some(Scalar::Float(int_to_float(i, float_kind(ctx, to)?)))
        }
        Scalar::Float(_) => None,
    })
}

pub(super) fn fold_sitofp(ctx: &Context, ir: &Ir, op: OpId, c: &[Option<Attribute>]) -> Folded {
    fold_int_to_float(ctx, ir, op, c, true)
}

pub(super) fn fold_uitofp(ctx: &Context, ir: &Ir, op: OpId, c: &[Option<Attribute>]) -> Folded {
    fold_int_to_float(ctx, ir, op, c, false)
}

/// Float to integer, rounding toward zero; out of range (or NaN) is not folded.
fn fold_float_to_int(
    ctx: &Context,
    ir: &Ir,
    op: OpId,
    c: &[Option<Attribute>],
    signed: bool,
) -> Folded {
    fold_cast(ctx, ir, op, c, |v, _, to| match v {
        Scalar::Float(f) if f.is_finite() => {
            let w = width(ctx, to);
            let t = f.trunc();
            let (lo, hi) = if signed {
                (-(2f64.powi(w as i32 - 1)), 2f64.powi(w as i32 - 1))
            } else {
                (0.0, 2f64.powi(w as i32))
            };
            (t >= lo && t < hi).then_some(Scalar::Int(t as i128))
        }
        _ => None,
    })
}

pub(super) fn fold_fptosi(ctx: &Context, ir: &Ir, op: OpId, c: &[Option<Attribute>]) -> Folded {
    fold_float_to_int(ctx, ir, op, c, true)
}

pub(super) fn fold_fptoui(ctx: &Context, ir: &Ir, op: OpId, c: &[Option<Attribute>]) -> Folded {
    fold_float_to_int(ctx, ir, op, c, false)
}

/// The storage bits of `v` in `kind`.
fn float_to_bits(v: f64, kind: FloatKind) -> Option<u128> {
    let hex = float_bits_hex(v, kind);
    u128::from_str_radix(hex.strip_prefix("0x")?, 16).ok()
}

/// The value stored as `bits` in `kind`. NaNs keep their payload in the top bits of an f64
/// NaN; `None` when our f64 storage would not give the same bits back (signaling NaNs).
fn float_from_bits(bits: u128, kind: FloatKind) -> Option<f64> {
    // (exponent bits, mantissa bits) of the storage format.
    let (exp_bits, man_bits) = match kind {
        FloatKind::F16 => (5, 10),
        FloatKind::BF16 => (8, 7),
        FloatKind::F32 => (8, 23),
        FloatKind::F64 => (11, 52),
        _ => return None,
    };
    let sign = (bits >> (exp_bits + man_bits)) & 1 == 1;
    let exp = ((bits >> man_bits) & ((1 << exp_bits) - 1)) as i32;
    let man = bits & ((1 << man_bits) - 1);
    let bias = (1 << (exp_bits - 1)) - 1;
    let magnitude = if exp == (1 << exp_bits) - 1 {
        if man == 0 {
            f64::INFINITY
        } else {
            f64::from_bits(0x7FF0_0000_0000_0000 | ((man as u64) << (52 - man_bits)))
        }
    } else if exp == 0 {
        man as f64 * 2f64.powi(1 - bias - man_bits)
    } else {
        (1.0 + man as f64 / 2f64.powi(man_bits)) * 2f64.powi(exp - bias)
    };
    let v = match kind {
        FloatKind::F64 => f64::from_bits(bits as u64),
        FloatKind::F32 => f64::from(f32::from_bits(bits as u32)),
        _ if sign => -magnitude,
        _ => magnitude,
    };
    (float_to_bits(v, kind)? == bits).then_some(v)
}

pub(super) fn fold_bitcast(ctx: &Context, ir: &Ir, op: OpId, c: &[Option<Attribute>]) -> Folded {
    let result_ty = ir.value_type(ir.result(op, 0));
    if ir.value_type(ir.operand(op, 0)) == result_ty {
        return value(ir.operand(op, 0));
    }
    if let Some(r) = cast_round_trip(ctx, ir, op, &["arith.bitcast"]) {
        return Some(r);
    }
    fold_cast(ctx, ir, op, c, |v, from, to| {
        let bits = match v {
            Scalar::Int(i) => uval(i, width(ctx, from)),
            Scalar::Float(f) => float_to_bits(f, float_kind(ctx, from)?)?,
        };
        if ctx.is_float(to) {
            float_from_bits(bits, float_kind(ctx, to)?).map(Scalar::Float)
        } else {
            Some(Scalar::Int(bits as i128))
        }
    })
}

// ----- canonicalization patterns -----

/// Creates `name(operands) : ty` before `op`, its flags at their defaults.
fn build(
    rw: &mut PatternRewriter<'_>,
    op: OpId,
    name: &str,
    operands: Vec<ValueId>,
    ty: Type,
) -> ValueId {
    let ctx = rw.ctx;
    let mut st = OperationState::new(ctx.op_name(name), rw.ir.loc(op));
    st.operands = operands;
    st.result_types.push(ty);
    super::default_flags(ctx, &mut st);
    rw.set_insertion_point(InsertPoint::Before(op));
    let new = rw.create(st);
    rw.ir.result(new, 0)
}

/// The `c` of `xori(c, true)` (either operand order).
fn not_of(ctx: &Context, ir: &Ir, v: ValueId) -> Option<ValueId> {
    let xor = defined_by(ctx, ir, v, "arith.xori")?;
    let (a, b) = operands2(ir, xor);
    let one = |v| splat_int(ctx, value_constant(ctx, ir, v)) == Some(1);
    if one(b) {
        Some(a)
    } else if one(a) {
        Some(b)
    } else {
        None
    }
}

/// MLIR's `select` canonicalizations on an `i1` condition: `select(c, false, true)` is
/// `xori(c, true)`, `select(c, 1, 0)` is `extui(c)` (`select(c, 0, 1)` the `extui` of
/// `not c`), `select(not c, a, b)` is `select(c, b, a)`, and a nested `select` on the same
/// condition takes the branch the outer one already chose.
fn select_rewrites(op: OpId, rw: &mut PatternRewriter<'_>) -> bool {
    let (ctx, ir) = (rw.ctx, &*rw.ir);
    let (cond, t, f) = (ir.operand(op, 0), ir.operand(op, 1), ir.operand(op, 2));
    let (ty, i1) = (ir.value_type(t), ctx.integer_type(1));
    if ir.value_type(cond) != i1 {
        return false;
    }
    let k = |v| splat_int(ctx, value_constant(ctx, ir, v));
    let int_scalar = ctx.is_signless_integer(ty, None);
    let v = match (k(t), k(f)) {
        (Some(0), Some(1)) if ty == i1 => build(rw, op, "arith.xori", vec![cond, f], ty),
        (Some(1), Some(0)) if int_scalar => build(rw, op, "arith.extui", vec![cond], ty),
        (Some(0), Some(1)) if int_scalar => {
            let Some(true_) = create_constant(rw, op, ctx.intern_attr(AttrKind::Bool(true)), i1)
            else {
                return false;
            };
            let not = build(rw, op, "arith.xori", vec![cond, true_], i1);
            build(rw, op, "arith.extui", vec![not], ty)
        }
        _ => {
            let inner_same_cond =
                |v| defined_by(ctx, ir, v, "arith.select").filter(|&s| ir.operand(s, 0) == cond);
            let operands = if let Some(c) = not_of(ctx, ir, cond) {
                vec![c, f, t]
            } else if let Some(s) = inner_same_cond(t) {
                vec![cond, ir.operand(s, 1), f]
            } else if let Some(s) = inner_same_cond(f) {
                vec![cond, t, ir.operand(s, 2)]
            } else {
                return false;
            };
            build(rw, op, "arith.select", operands, ty)
        }
    };
    rw.replace_op(op, &[v]);
    true
}

pub(super) fn select_patterns(patterns: &mut Vec<Box<dyn RewritePattern>>) {
    patterns.push(fn_pattern("arith.select", select_rewrites));
}

/// `addi(x, muli(y, -1))` becomes `subi(x, y)` (MLIR's `AddIMulNegativeOneRhs/Lhs`).
fn add_negated(op: OpId, rw: &mut PatternRewriter<'_>) -> bool {
    let (ctx, ir) = (rw.ctx, &*rw.ir);
    let (l, r) = operands2(ir, op);
    let ty = ir.value_type(l);
    let Some(w) = int_width(ctx, elem_or_self(ctx, ty)) else {
        return false;
    };
    let negated = |v| {
        let mul = defined_by(ctx, ir, v, "arith.muli")?;
        let (y, m) = operands2(ir, mul);
        (splat_int(ctx, value_constant(ctx, ir, m)) == Some(all_ones(w))).then_some(y)
    };
    let (x, y) = match (negated(r), negated(l)) {
        (Some(y), _) => (l, y),
        (None, Some(y)) => (r, y),
        _ => return false,
    };
    let v = build(rw, op, "arith.subi", vec![x, y], ty);
    rw.replace_op(op, &[v]);
    true
}

/// `op(ext(a), ext(b))` with the same extension of same-typed values becomes `ext(op(a,
/// b))` for `andi`/`ori`/`xori`, and `cmpi(a, b)` for `cmpi eq`/`ne` (MLIR's `AndOfExtUI`,
/// `OrOfExtSI`, `CmpIExtUI`, ...).
fn of_extensions(op: OpId, rw: &mut PatternRewriter<'_>) -> bool {
    let root = rw.ctx.op_name_str(rw.ir.op_name(op));
    let (ctx, ir) = (rw.ctx, &*rw.ir);
    let (l, r) = operands2(ir, op);
    let Some((ext, a, b)) = ["arith.extui", "arith.extsi"].iter().find_map(|&ext| {
        let (x, y) = (defined_by(ctx, ir, l, ext)?, defined_by(ctx, ir, r, ext)?);
        Some((ext, ir.operand(x, 0), ir.operand(y, 0)))
    }) else {
        return false;
    };
    let inner = ir.value_type(a);
    if inner != ir.value_type(b) {
        return false;
    }
    let result_ty = ir.value_type(ir.result(op, 0));
    let v = if root == "arith.cmpi" {
        let Some(pred) = ir
            .attr(ctx, op, "predicate")
            .filter(|&p| matches!(int_value(ctx, p), Some(0 | 1)))
        else {
            return false;
        };
        let v = build(rw, op, "arith.cmpi", vec![a, b], result_ty);
        let new = match rw.ir.value_def(v) {
            ValueDef::OpResult { op, .. } => op,
            ValueDef::BlockArg { .. } => return false,
        };
        rw.ir.set_prop(ctx, new, "predicate", Some(pred));
        v
    } else {
        let inner_op = build(rw, op, root, vec![a, b], inner);
        build(rw, op, ext, vec![inner_op], result_ty)
    };
    rw.replace_op(op, &[v]);
    true
}

pub(super) fn bitwise_patterns(patterns: &mut Vec<Box<dyn RewritePattern>>) {
    for root in ["arith.andi", "arith.ori", "arith.xori", "arith.cmpi"] {
        patterns.push(fn_pattern(root, of_extensions));
    }
}

/// The negation of each cmpi predicate.
const INVERSE_CMPI: [i128; 10] = [1, 0, 5, 4, 3, 2, 9, 8, 7, 6];

/// `xori(cmpi(p, a, b), true)` becomes `cmpi(!p, a, b)` (MLIR's `XOrINotCmpI`).
fn xor_of_cmp(op: OpId, rw: &mut PatternRewriter<'_>) -> bool {
    let (ctx, ir) = (rw.ctx, &*rw.ir);
    let (l, r) = operands2(ir, op);
    if splat_int(ctx, value_constant(ctx, ir, r)) != Some(1) {
        return false;
    }
    let Some(cmp) = defined_by(ctx, ir, l, "arith.cmpi") else {
        return false;
    };
    let Some(pred) = predicate_entry(ctx, ir, cmp, &INVERSE_CMPI) else {
        return false;
    };
    let mut st = OperationState::new(ctx.op_name("arith.cmpi"), ir.loc(op));
    st.operands = ir.operands(cmp).to_vec();
    st.result_types.push(ir.value_type(l));
    st.props = Some(vec![named(
        ctx,
        "predicate",
        ctx.integer_attr(*pred, ctx.integer_type(64)),
    )]);
    replace_op_with_new(rw, op, st);
    true
}

/// A cast of a cast that one cast can do (MLIR's in-place folds and DRR patterns):
/// `ext(ext x)` is one `ext` (`extsi(extui x)` an `extui`), `trunci(trunci x)` one
/// `trunci`, `bitcast(bitcast x)` one `bitcast`, an index cast of an extension (of the
/// same signedness) casts `x` directly, and `trunci(ext x)` an `ext` or a `trunci` of `x`, whichever way `x`'s width
/// goes. Returns the op to build and its operand.
fn merged_cast(ctx: &Context, ir: &Ir, op: OpId) -> Option<(&'static str, ValueId)> {
    let name = ctx.op_name_str(ir.op_name(op));
    let v = ir.operand(op, 0);
    let ValueDef::OpResult { op: inner, .. } = ir.value_def(v) else {
        return None;
    };
    let inner_name = ctx.op_name_str(ir.op_name(inner));
    let x = ir.operand(inner, 0);
    let w = |v: ValueId| ctx.int_or_float_width(elem_or_self(ctx, ir.value_type(v)));
    let new = match (name, inner_name) {
        ("arith.extsi", "arith.extsi") => "arith.extsi",
        ("arith.extsi" | "arith.extui", "arith.extui") => "arith.extui",
        ("arith.trunci", "arith.trunci") => "arith.trunci",
        ("arith.bitcast", "arith.bitcast") => "arith.bitcast",
        ("arith.index_cast", "arith.extsi") => "arith.index_cast",
        ("arith.index_castui", "arith.extui") => "arith.index_castui",
        ("arith.trunci", "arith.extsi" | "arith.extui") => {
            match w(x)?.cmp(&w(ir.result(op, 0))?) {
                std::cmp::Ordering::Less if inner_name == "arith.extsi" => "arith.extsi",
                std::cmp::Ordering::Less => "arith.extui",
                std::cmp::Ordering::Greater => "arith.trunci",
                // The same type: the fold returns `x`.
                std::cmp::Ordering::Equal => return None,
            }
        }
        _ => return None,
    };
    Some((new, x))
}

fn cast_chain(op: OpId, rw: &mut PatternRewriter<'_>) -> bool {
    let (ctx, ir) = (rw.ctx, &*rw.ir);
    let Some((name, x)) = merged_cast(ctx, ir, op) else {
        return false;
    };
    let v = build(rw, op, name, vec![x], ir.value_type(ir.result(op, 0)));
    rw.replace_op(op, &[v]);
    true
}

pub(super) fn cast_chain_patterns(patterns: &mut Vec<Box<dyn RewritePattern>>) {
    for root in [
        "arith.extsi",
        "arith.extui",
        "arith.trunci",
        "arith.bitcast",
        "arith.index_cast",
        "arith.index_castui",
    ] {
        patterns.push(fn_pattern(root, cast_chain));
    }
}

/// Each cmpi predicate with its operands swapped.
const SWAPPED_CMPI: [i128; 10] = [0, 1, 4, 5, 2, 3, 8, 9, 6, 7];

/// `cmpi(p, c, x)` with only `c` constant becomes `cmpi(swap p, x, c)` (MLIR's `CmpIOp`
/// fold moves constants to the right).
fn cmpi_constant_right(op: OpId, rw: &mut PatternRewriter<'_>) -> bool {
    let (ctx, ir) = (rw.ctx, &*rw.ir);
    let (l, r) = operands2(ir, op);
    let constant = |v| value_constant(ctx, ir, v).is_some();
    if !constant(l) || constant(r) {
        return false;
    }
    let Some(pred) = predicate_entry(ctx, ir, op, &SWAPPED_CMPI) else {
        return false;
    };
    let pred = ctx.integer_attr(*pred, ctx.integer_type(64));
    rw.modify_op_in_place(op, |ir| {
        ir.set_operands(op, &[r, l]);
        ir.set_prop(ctx, op, "predicate", Some(pred));
    });
    true
}

pub(super) fn cmpi_patterns(patterns: &mut Vec<Box<dyn RewritePattern>>) {
    patterns.push(fn_pattern("arith.cmpi", cmpi_constant_right));
}

/// An `addi`/`subi` of a constant and a non-constant value `x`: `x + k` (`negated`:
/// `k - x`).
struct Affine {
    x: ValueId,
    k: i128,
    negated: bool,
}

/// `v` as `x + k` or `k - x` when it is an `addi`/`subi` with one constant operand.
fn as_affine(ctx: &Context, ir: &Ir, v: ValueId) -> Option<(Affine, &'static str)> {
    let ValueDef::OpResult { op, .. } = ir.value_def(v) else {
        return None;
    };
    let name = ctx.op_name_str(ir.op_name(op));
    if !matches!(name, "arith.addi" | "arith.subi") {
        return None;
    }
    let (a, b) = operands2(ir, op);
    let k = |v| splat_int(ctx, value_constant(ctx, ir, v));
    let (x, k, negated, name) = match (name, k(a), k(b)) {
        ("arith.addi", None, Some(c)) => (a, c, false, "arith.addi"),
        ("arith.addi", Some(c), None) => (b, c, false, "arith.addi"),
        ("arith.subi", None, Some(c)) => (a, c.wrapping_neg(), false, "arith.subi"),
        ("arith.subi", Some(c), None) => (b, c, true, "arith.subi"),
        _ => return None,
    };
    Some((Affine { x, k, negated }, name))
}

/// Folds constants through chains of `addi`/`subi` (and `muli`): `(x + c0) + c1` is
/// `x + (c0 + c1)`, `c1 - (c0 - x)` is `x + (c1 - c0)`, etc. (MLIR's `AddIAddConstant`,
/// `SubIRHSAddConstant`, ... and `MulIMulIConstant`). The result is `addi(x, K)`, or
/// `subi(K, x)` when `x` is negated; `subi(subi(x, c0), c1)` stays a `subi(x, c0 + c1)`.
fn reassociate_constants(op: OpId, rw: &mut PatternRewriter<'_>) -> bool {
    let root = rw.ctx.op_name_str(rw.ir.op_name(op));
    let (ctx, ir) = (rw.ctx, &*rw.ir);
    let ty = ir.value_type(ir.result(op, 0));
    let (l, r) = operands2(ir, op);
    let k = |v| splat_int(ctx, value_constant(ctx, ir, v));
    let plan = match (root, k(l), k(r)) {
        ("arith.muli", None, Some(c1)) | ("arith.muli", Some(c1), None) => {
            let inner = if k(r).is_some() { l } else { r };
            let Some(mul) = defined_by(ctx, ir, inner, "arith.muli") else {
                return false;
            };
            let (x, c0) = match (k(ir.operand(mul, 0)), k(ir.operand(mul, 1))) {
                (None, Some(c0)) => (ir.operand(mul, 0), c0),
                (Some(c0), None) => (ir.operand(mul, 1), c0),
                _ => return false,
            };
            ("arith.muli", x, c0.wrapping_mul(c1), false)
        }
        (outer, a, b) => {
            let (inner, c1, outer_negates) = match (outer, a, b) {
                ("arith.addi", None, Some(c1)) => (l, c1, false),
                ("arith.addi", Some(c1), None) => (r, c1, false),
                ("arith.subi", None, Some(c1)) => (l, c1.wrapping_neg(), false),
                ("arith.subi", Some(c1), None) => (r, c1, true),
                _ => return false,
            };
            let Some((f, inner_name)) = as_affine(ctx, ir, inner) else {
                return false;
            };
            let (k, negated) = if outer_negates {
                (c1.wrapping_sub(f.k), !f.negated)
            } else {
                (f.k.wrapping_add(c1), f.negated)
            };
            // subi(subi(x, c0), c1) keeps its form: subi(x, c0 + c1).
            let keep_sub =
                outer == "arith.subi" && inner_name == "arith.subi" && !outer_negates && !f.negated;
            if keep_sub {
                ("arith.subi", f.x, k.wrapping_neg(), false)
            } else if negated {
                ("arith.subi", f.x, k, true)
            } else {
                ("arith.addi", f.x, k, false)
            }
        }
    };
    let (name, x, k, negated) = plan;
    let Some(value) = make_int(ctx, k, ty) else {
        return false;
    };
    let Some(c) = create_constant(rw, op, value, ty) else {
        return false;
    };
    let operands = if negated { vec![c, x] } else { vec![x, c] };
    let v = build(rw, op, name, operands, ty);
    rw.replace_op(op, &[v]);
    true
}

/// A new `arith.constant` at the start of the entry block of the region where the folder
/// keeps `op`'s constants (as MLIR's folder places them).
fn create_constant(
    rw: &mut PatternRewriter<'_>,
    op: OpId,
    value: Attribute,
    ty: Type,
) -> Option<ValueId> {
    let ctx = rw.ctx;
    let region = insertion_region(ctx, rw.ir, op, op)?;
    let entry = *rw.ir.region_blocks(region).first()?;
    let cst = materialize_constant(ctx, rw.ir, value, ty, rw.ir.loc(op))?;
    rw.set_insertion_point(InsertPoint::BlockStart(entry));
    rw.insert(cst);
    Some(rw.ir.result(cst, 0))
}

/// `subi(subi(a, b), a)` becomes `subi(0, b)` (MLIR's `SubISubILHSRHSLHS`).
fn sub_of_sub(op: OpId, rw: &mut PatternRewriter<'_>) -> bool {
    let (ctx, ir) = (rw.ctx, &*rw.ir);
    let (l, r) = operands2(ir, op);
    let Some(sub) = defined_by(ctx, ir, l, "arith.subi") else {
        return false;
    };
    if ir.operand(sub, 0) != r {
        return false;
    }
    let (b, ty) = (ir.operand(sub, 1), ir.value_type(l));
    let Some(zero) = make_int(ctx, 0, ty).and_then(|z| create_constant(rw, op, z, ty)) else {
        return false;
    };
    let v = build(rw, op, "arith.subi", vec![zero, b], ty);
    rw.replace_op(op, &[v]);
    true
}

pub(super) fn addi_patterns(patterns: &mut Vec<Box<dyn RewritePattern>>) {
    for root in ["arith.addi", "arith.subi", "arith.muli"] {
        patterns.push(fn_pattern(root, reassociate_constants));
    }
    patterns.push(fn_pattern("arith.addi", add_negated));
    patterns.push(fn_pattern("arith.subi", sub_of_sub));
}

pub(super) fn xori_patterns(patterns: &mut Vec<Box<dyn RewritePattern>>) {
    patterns.push(fn_pattern("arith.xori", xor_of_cmp));
}

pub fn materialize_constant(
    ctx: &Context,
    ir: &mut Ir,
    value: Attribute,
    ty: Type,
    loc: Attribute,
) -> Option<OpId> {
    if attr_type(ctx, value)? != ty {
        return None;
    }
    let mut st = OperationState::new(ctx.op_name(ConstantOp::NAME), loc);
    st.result_types.push(ty);
    st.props = Some(vec![named(ctx, "value", value)]);
    Some(ir.create_op(ctx, st))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integers_wrap_and_reinterpret_at_their_width() {
        assert_eq!(wrap_to_width(200, 8), -56);
        assert_eq!(wrap_to_width(-1, 1), 1);
        assert_eq!((sval(1, 1), uval(-1, 8), uval(-1, 1)), (-1, 255, 1));
        assert_eq!(
            (signed_min(8), signed_max(8), signed_min(1)),
            (-128, 127, 1)
        );
    }

    #[test]
    fn signed_divisions_round_and_refuse_overflow() {
        assert_eq!(sdiv(-7, 2, 8, ceil), Some(-3));
        assert_eq!(sdiv(-7, 2, 8, floor), Some(-4));
        assert_eq!(sdiv(7, -2, 8, floor), Some(-4));
        assert_eq!(sdiv(-128, -1, 8, |q, _, _| q), None);
        assert_eq!(sdiv(5, 0, 8, |q, _, _| q), None);
        assert_eq!(udiv(-1, 2, 8, true), Some(128));
    }

    #[test]
    fn integer_to_float_rounds_once() {
        // 2^63 - 1 needs rounding: to 2^63 in every format but f16, where it overflows.
        assert_eq!(
            int_to_float(i64::MAX as i128, FloatKind::BF16),
            2f64.powi(63)
        );
        assert_eq!(int_to_float(65520, FloatKind::F16), f64::INFINITY);
        assert_eq!(int_to_float(65519, FloatKind::F16), 65504.0);
        assert_eq!(int_to_float(16777217, FloatKind::F32), 16777216.0);
        assert_eq!(round_to_precision(0b1011, 3), 12.0);
        assert_eq!(round_to_precision(0b1001, 3), 8.0);
    }

    #[test]
    fn float_bits_round_trip() {
        assert_eq!(float_from_bits(0x3C00, FloatKind::F16), Some(1.0));
        assert_eq!(
            float_from_bits(0x0001, FloatKind::F16),
            Some(2f64.powi(-24))
        );
        assert_eq!(float_from_bits(0xC000, FloatKind::BF16), Some(-2.0));
        assert!(float_from_bits(0xFFFF, FloatKind::F16).is_some_and(f64::is_nan));
        // A signaling NaN's payload does not survive f64 storage.
        assert_eq!(float_from_bits(0x7C01, FloatKind::F16), None);
        assert_eq!(float_to_bits(-2.0, FloatKind::F32), Some(0xC000_0000));
    }

    #[test]
    fn float_min_max_order_signed_zeros_and_nans() {
        assert!(maximum(-0.0, 0.0, true).is_sign_positive());
        assert!(maximum(0.0, -0.0, false).is_sign_negative());
        assert!(maximum(f64::NAN, 1.0, true).is_nan());
        assert_eq!(maxnum(f64::NAN, 1.0, true), 1.0);
    }
}
