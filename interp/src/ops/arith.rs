//! `arith`: integer ops wrap (two's complement at the type's width); undefined behaviour
//! and poison (division by zero, `INT_MIN / -1`, shifts by >= the width, `nsw`/`nuw`
//! overflow, out-of-range float-to-int casts) are errors.

use ir::attributes::{AttrKind, DenseData};
use ir::types::{FloatKind, TypeKind};
use ir::OpId;

use super::{elementwise, int_attr, map_n, scalar_type, R};
use crate::value::{float_from_bits, float_to_bits, sext};
use crate::{float_kind_supported, ErrorKind, Flow, Frame, OpTable, Value};

type IntFn = fn(u64, u64, u32) -> Result<i128, String>;
pub(crate) type FloatFn = fn(f64, f64) -> f64;

pub fn register(t: &mut OpTable) {
    t.register("arith.constant", constant);
    t.register("arith.select", select);
    t.register("arith.cmpi", cmpi);
    t.register("arith.cmpf", cmpf);
    t.register("arith.negf", |fr, op| {
        elementwise(fr, op, ErrorKind::Internal, &mut |a| {
            let (x, k) = float_of(&a[0])?;
            Ok(Value::float(-x, k))
        })
    });
    for (name, f) in INT_OPS {
        t.register(name, *f);
    }
    for (name, f) in FLOAT_OPS {
        t.register(name, *f);
    }
    for (name, f) in CASTS {
        t.register(name, *f);
    }
}

/// Integer binary ops: wrapping arithmetic on the zero-extended bits `(a, b)` at `width`.
macro_rules! int_ops {
    ($($name:literal => $f:expr),* $(,)?) => {
        const INT_OPS: &[(&str, crate::OpFn)] = &[$(($name, |fr, op| int_binary(fr, op, $f))),*];
    };
}

int_ops! {
    "arith.addi" => |a, b, _| Ok(a as i128 + b as i128),
    "arith.subi" => |a, b, _| Ok(a as i128 - b as i128),
    "arith.muli" => |a, b, _| Ok((a as i128).wrapping_mul(b as i128)),
    "arith.andi" => |a, b, _| Ok((a & b) as i128),
    "arith.ori" => |a, b, _| Ok((a | b) as i128),
    "arith.xori" => |a, b, _| Ok((a ^ b) as i128),
    "arith.shli" => |a, b, w| shift_amount(b, w).map(|s| ((a as u128) << s) as i128),
    "arith.shrui" => |a, b, w| shift_amount(b, w).map(|s| (a >> s) as i128),
    "arith.shrsi" => |a, b, w| shift_amount(b, w).map(|s| (sext(a, w) >> s) as i128),
    "arith.maxsi" => |a, b, w| Ok(sext(a, w).max(sext(b, w)) as i128),
    "arith.minsi" => |a, b, w| Ok(sext(a, w).min(sext(b, w)) as i128),
    "arith.maxui" => |a, b, _| Ok(a.max(b) as i128),
    "arith.minui" => |a, b, _| Ok(a.min(b) as i128),
    "arith.divui" => |a, b, _| nonzero(b).map(|b| (a / b) as i128),
    "arith.remui" => |a, b, _| nonzero(b).map(|b| (a % b) as i128),
    "arith.ceildivui" => |a, b, _| nonzero(b).map(|b| a.div_ceil(b) as i128),
    "arith.divsi" => |a, b, w| signed_div(a, b, w).map(|(a, b)| a / b),
    "arith.remsi" => |a, b, w| signed_div(a, b, w).map(|(a, b)| a % b),
    "arith.ceildivsi" => |a, b, w| signed_div(a, b, w).map(|(a, b)| {
        let q = a / b;
        if q * b != a && (a < 0) == (b < 0) { q + 1 } else { q }
    }),
    "arith.floordivsi" => |a, b, w| signed_div(a, b, w).map(|(a, b)| a.div_euclid(b) - i128::from(b < 0 && a.rem_euclid(b) != 0)),
}

fn shift_amount(b: u64, width: u32) -> Result<u32, String> {
    if b >= width as u64 {
        Err(format!("poison value: shift by {b} >= bit width {width}"))
    } else {
        Ok(b as u32)
    }
}

fn nonzero(b: u64) -> Result<u64, String> {
    if b == 0 {
        Err("division by zero".into())
    } else {
        Ok(b)
    }
}

/// Sign-extended operands of a signed division, rejecting `/ 0` and `INT_MIN / -1`.
fn signed_div(a: u64, b: u64, w: u32) -> Result<(i128, i128), String> {
    let (a, b) = (sext(a, w) as i128, sext(b, w) as i128);
    if b == 0 {
        return Err("division by zero".into());
    }
    if b == -1 && a == -(1i128 << (w - 1)) {
        return Err("division overflow: INT_MIN / -1".into());
    }
    Ok((a, b))
}

/// The `nsw`/`nuw` flags of an op.
fn overflow_flags(fr: &Frame<'_, '_>, op: OpId) -> (bool, bool) {
    match fr
        .ir
        .attr(fr.ctx, op, "overflowFlags")
        .map(|a| fr.ctx.attr_kind(a))
    {
        Some(AttrKind::Opaque { body, .. }) => (body.contains("nsw"), body.contains("nuw")),
        _ => (false, false),
    }
}

fn int_binary(fr: &mut Frame<'_, '_>, op: OpId, f: IntFn) -> R<Flow> {
    let name = fr.ctx.op_name_str(fr.ir.op_name(op));
    let (nsw, nuw) = overflow_flags(fr, op);
    let kind = if name.contains("div") || name.contains("rem") {
        ErrorKind::DivisionByZero
    } else {
        ErrorKind::Poison
    };
    elementwise(fr, op, kind, &mut |v| {
        let (Value::Int { bits: a, width }, Value::Int { bits: b, .. }) = (&v[0], &v[1]) else {
            return Err("expected integer operands".into());
        };
        let r = f(*a, *b, *width)?;
        let result = Value::int(r as i64, *width);
        if nsw || nuw {
            check_overflow(name, *a, *b, *width, &result, nsw, nuw)?;
        }
        Ok(result)
    })
}

/// `nsw`/`nuw` make a wrapped result poison: recompute exactly and compare.
fn check_overflow(
    name: &str,
    a: u64,
    b: u64,
    w: u32,
    result: &Value,
    nsw: bool,
    nuw: bool,
) -> Result<(), String> {
    let exact = |x: i128, y: i128| -> Option<i128> {
        match name {
            "arith.addi" => Some(x + y),
            "arith.subi" => Some(x - y),
            "arith.muli" => Some(x * y),
            "arith.shli" => Some(x * (1i128 << (b as u32).min(100))),
            _ => None,
        }
    };
    let signed = exact(sext(a, w) as i128, sext(b, w) as i128);
    let unsigned = exact(a as i128, b as i128);
    let (r_signed, r_unsigned) = (
        result.as_i64().unwrap_or(0) as i128,
        result.as_u64().unwrap_or(0) as i128,
    );
    if nsw && signed.is_some_and(|s| s != r_signed) {
        return Err(format!("poison value: signed overflow in '{name}' (nsw)"));
    }
    if nuw && unsigned.is_some_and(|u| u != r_unsigned) {
        return Err(format!("poison value: unsigned overflow in '{name}' (nuw)"));
    }
    Ok(())
}

pub(crate) fn float_of(v: &Value) -> Result<(f64, FloatKind), String> {
    match *v {
        Value::Float { v, kind } => Ok((v, kind)),
        _ => Err("expected a float operand".into()),
    }
}

macro_rules! float_ops {
    ($($name:literal => $f:expr),* $(,)?) => {
        const FLOAT_OPS: &[(&str, crate::OpFn)] = &[$(($name, |fr, op| float_binary(fr, op, $f))),*];
    };
}

float_ops! {
    "arith.addf" => |a, b| a + b,
    "arith.subf" => |a, b| a - b,
    "arith.mulf" => |a, b| a * b,
    "arith.divf" => |a, b| a / b,
    "arith.remf" => |a, b| a % b,
    "arith.maximumf" => maximumf,
    "arith.minimumf" => minimumf,
    "arith.maxnumf" => |a, b| if a.is_nan() { b } else if b.is_nan() { a } else { max_signed_zero(a, b) },
    "arith.minnumf" => |a, b| if a.is_nan() { b } else if b.is_nan() { a } else { min_signed_zero(a, b) },
}

/// `arith.maximumf`: NaN if either is NaN, and `-0 < +0`.
pub(crate) fn maximumf(a: f64, b: f64) -> f64 {
    if a.is_nan() || b.is_nan() {
        f64::NAN
    } else {
        max_signed_zero(a, b)
    }
}

/// `arith.minimumf`: NaN if either is NaN, and `-0 < +0`.
pub(crate) fn minimumf(a: f64, b: f64) -> f64 {
    if a.is_nan() || b.is_nan() {
        f64::NAN
    } else {
        min_signed_zero(a, b)
    }
}

/// Max of non-NaN values with `-0 < +0`.
pub(crate) fn max_signed_zero(a: f64, b: f64) -> f64 {
    if a == b {
        if a.is_sign_positive() {
            a
        } else {
            b
        }
    } else {
        a.max(b)
    }
}

pub(crate) fn min_signed_zero(a: f64, b: f64) -> f64 {
    if a == b {
        if a.is_sign_negative() {
            a
        } else {
            b
        }
    } else {
        a.min(b)
    }
}

/// A float binary op computed in `f64`, then rounded to the operand type (exact for
/// `+ - * /` and `fmod` of `f32`/`f16`/`bf16` operands).
pub(crate) fn float_binary(fr: &mut Frame<'_, '_>, op: OpId, f: FloatFn) -> R<Flow> {
    elementwise(fr, op, ErrorKind::Internal, &mut |v| {
        float_op(&v[0], &v[1], f)
    })
}

/// `f` on two float scalars, rounded to the type of `a`.
pub(crate) fn float_op(a: &Value, b: &Value, f: FloatFn) -> Result<Value, String> {
    let ((x, k), (y, _)) = (float_of(a)?, float_of(b)?);
    Ok(Value::float(f(x, y), k))
}

/// `arith.constant` and `graph.constant`: the value of the `value` attribute.
pub(crate) fn constant(fr: &mut Frame<'_, '_>, op: OpId) -> R<Flow> {
    let attr = fr.ir.attr(fr.ctx, op, "value");
    let ty = fr.result_type(op, 0);
    let v = attr
        .and_then(|a| attr_value(fr, a, ty))
        .ok_or_else(|| fr.error(op, ErrorKind::Unsupported, "unsupported constant"))?;
    fr.result(op, v)
}

/// The runtime value of a constant attribute of type `ty`.
pub(crate) fn attr_value(fr: &Frame<'_, '_>, attr: ir::Attribute, ty: ir::Type) -> Option<Value> {
    let scalar = |ty: ir::Type, int: Option<i128>, float: Option<u64>| -> Option<Value> {
        match fr.ctx.type_kind(ty) {
            TypeKind::Integer { width, .. } if *width <= 64 => {
                Some(Value::int(int? as i64, *width))
            }
            TypeKind::Index => Some(Value::index(int? as i64)),
            TypeKind::Float(k) if float_kind_supported(*k) => {
                Some(Value::float(f64::from_bits(float?), *k))
            }
            _ => None,
        }
    };
    match fr.ctx.attr_kind(attr) {
        AttrKind::Integer { value, .. } => scalar(ty, Some(*value), None),
        AttrKind::Bool(b) => scalar(ty, Some(*b as i128), None),
        AttrKind::Float { bits, .. } => scalar(ty, None, Some(*bits)),
        AttrKind::DenseElements { splat, data, .. } => {
            let (shape, elem) = fr.ctx.shape_and_elem(ty)?;
            let shape: Vec<usize> = shape
                .iter()
                .map(|&d| usize::try_from(d).ok())
                .collect::<Option<_>>()?;
            let count: usize = shape.iter().product();
            let one = |i: usize| match data {
                DenseData::Int(v) => scalar(elem, Some(*v.get(i)?), None),
                DenseData::Float(v) => scalar(elem, None, Some(*v.get(i)?)),
                _ => None,
            };
            let elems: Vec<Value> = (0..count)
                .map(|i| one(if *splat { 0 } else { i }))
                .collect::<Option<_>>()?;
            match fr.ctx.type_kind(ty) {
                TypeKind::Vector { .. } => Some(Value::vector(&shape, elems)),
                TypeKind::RankedTensor { .. } => Some(Value::tensor(&shape, elems)),
                _ => None,
            }
        }
        _ => None,
    }
}

fn select(fr: &mut Frame<'_, '_>, op: OpId) -> R<Flow> {
    let [c, t, f] = <[Value; 3]>::try_from(fr.operands(op)?)
        .map_err(|_| fr.error(op, ErrorKind::Internal, "expected 3 operands"))?;
    // A scalar condition selects whole values; a vector condition selects elementwise.
    let v = if c.elements().is_none() {
        if c.as_u64() == Some(1) {
            t
        } else {
            f
        }
    } else {
        map_n(&[c, t, f], &mut |v| {
            Ok(if v[0].as_u64() == Some(1) {
                v[1].clone()
            } else {
                v[2].clone()
            })
        })
        .map_err(|m| fr.error(op, ErrorKind::Internal, m))?
    };
    fr.result(op, v)
}

fn cmpi(fr: &mut Frame<'_, '_>, op: OpId) -> R<Flow> {
    let pred = int_attr(fr, op, "predicate")?;
    elementwise(fr, op, ErrorKind::Internal, &mut |v| {
        let (Value::Int { bits: a, width }, Value::Int { bits: b, .. }) = (&v[0], &v[1]) else {
            return Err("expected integer operands".into());
        };
        let (sa, sb) = (sext(*a, *width), sext(*b, *width));
        let r = match pred {
            0 => a == b,
            1 => a != b,
            2 => sa < sb,
            3 => sa <= sb,
            4 => sa > sb,
            5 => sa >= sb,
            6 => a < b,
            7 => a <= b,
            8 => a > b,
            9 => a >= b,
            _ => return Err(format!("unknown cmpi predicate {pred}")),
        };
        Ok(Value::bool(r))
    })
}

fn cmpf(fr: &mut Frame<'_, '_>, op: OpId) -> R<Flow> {
    let pred = int_attr(fr, op, "predicate")?;
    elementwise(fr, op, ErrorKind::Internal, &mut |v| {
        let ((a, _), (b, _)) = (float_of(&v[0])?, float_of(&v[1])?);
        let unordered = a.is_nan() || b.is_nan();
        // Predicates 1..=6 are ordered (false on NaN), 8..=13 unordered (true on NaN).
        let cmp = |p: i128| match p {
            1 => a == b,
            2 => a > b,
            3 => a >= b,
            4 => a < b,
            5 => a <= b,
            _ => a != b,
        };
        let r = match pred {
            0 => false,
            1..=6 => !unordered && cmp(pred),
            7 => !unordered,
            8..=13 => unordered || cmp(pred - 7),
            14 => unordered,
            15 => true,
            _ => return Err(format!("unknown cmpf predicate {pred}")),
        };
        Ok(Value::bool(r))
    })
}

/// What a cast produces: an integer of a width, or a float of a kind.
#[derive(Copy, Clone)]
enum Target {
    Int(u32),
    Float(FloatKind),
}

const CASTS: &[(&str, crate::OpFn)] = &[
    ("arith.extsi", |fr, op| {
        cast(fr, op, |v, t| int_cast(v, t, true))
    }),
    ("arith.extui", |fr, op| {
        cast(fr, op, |v, t| int_cast(v, t, false))
    }),
    ("arith.trunci", |fr, op| {
        cast(fr, op, |v, t| int_cast(v, t, true))
    }),
    ("arith.index_cast", |fr, op| {
        cast(fr, op, |v, t| int_cast(v, t, true))
    }),
    ("arith.index_castui", |fr, op| {
        cast(fr, op, |v, t| int_cast(v, t, false))
    }),
    ("arith.sitofp", |fr, op| {
        cast(fr, op, |v, t| int_to_float(v, t, true))
    }),
    ("arith.uitofp", |fr, op| {
        cast(fr, op, |v, t| int_to_float(v, t, false))
    }),
    ("arith.fptosi", |fr, op| {
        cast(fr, op, |v, t| float_to_int(v, t, true))
    }),
    ("arith.fptoui", |fr, op| {
        cast(fr, op, |v, t| float_to_int(v, t, false))
    }),
    ("arith.extf", |fr, op| cast(fr, op, float_cast)),
    ("arith.truncf", |fr, op| cast(fr, op, float_cast)),
    ("arith.bitcast", |fr, op| cast(fr, op, bitcast)),
];

fn cast(
    fr: &mut Frame<'_, '_>,
    op: OpId,
    f: fn(&Value, Target) -> Result<Value, String>,
) -> R<Flow> {
    let ty = scalar_type(fr, fr.result_type(op, 0));
    let target = match fr.ctx.type_kind(ty) {
        TypeKind::Integer { width, .. } if *width <= 64 => Target::Int(*width),
        TypeKind::Index => Target::Int(64),
        TypeKind::Float(k) if float_kind_supported(*k) => Target::Float(*k),
        _ => return Err(fr.error(op, ErrorKind::Unsupported, "unsupported cast result type")),
    };
    elementwise(fr, op, ErrorKind::Poison, &mut |v| f(&v[0], target))
}

fn int_cast(v: &Value, t: Target, signed: bool) -> Result<Value, String> {
    match (v, t) {
        (&Value::Int { bits, width }, Target::Int(w)) => {
            let x = if signed {
                sext(bits, width)
            } else {
                bits as i64
            };
            Ok(Value::int(x, w))
        }
        _ => Err("expected an integer operand and result".into()),
    }
}

fn int_to_float(v: &Value, t: Target, signed: bool) -> Result<Value, String> {
    let (&Value::Int { bits, width }, Target::Float(k)) = (v, t) else {
        return Err("expected an integer operand and a float result".into());
    };
    // Converting straight to the target precision rounds once; f16/bf16 go through f64,
    // exact for magnitudes below 2^53.
    let x = match (signed, k) {
        (true, FloatKind::F32) => sext(bits, width) as f32 as f64,
        (false, FloatKind::F32) => bits as f32 as f64,
        (true, _) => sext(bits, width) as f64,
        (false, _) => bits as f64,
    };
    Ok(Value::float(x, k))
}

fn float_to_int(v: &Value, t: Target, signed: bool) -> Result<Value, String> {
    let (&Value::Float { v: x, .. }, Target::Int(w)) = (v, t) else {
        return Err("expected a float operand and an integer result".into());
    };
    let t = x.trunc();
    let (lo, hi) = if signed {
        (-(2f64.powi(w as i32 - 1)), 2f64.powi(w as i32 - 1))
    } else {
        (0.0, 2f64.powi(w as i32))
    };
    if x.is_nan() || t < lo || t >= hi {
        return Err(format!(
            "poison value: {x} does not fit a{} i{w}",
            if signed { " signed" } else { "n unsigned" }
        ));
    }
    Ok(if signed {
        Value::int(t as i64, w)
    } else {
        Value::Int {
            bits: t as u64,
            width: w,
        }
    })
}

fn float_cast(v: &Value, t: Target) -> Result<Value, String> {
    match (v, t) {
        (&Value::Float { v, .. }, Target::Float(k)) => Ok(Value::float(v, k)),
        _ => Err("expected float operand and result".into()),
    }
}

fn bitcast(v: &Value, t: Target) -> Result<Value, String> {
    let bits = match *v {
        Value::Int { bits, .. } => bits,
        Value::Float { v, kind } => float_to_bits(v, kind),
        _ => return Err("expected a scalar operand".into()),
    };
    Ok(match t {
        Target::Int(width) => Value::Int { bits, width },
        Target::Float(kind) => Value::Float {
            v: float_from_bits(bits, kind),
            kind,
        },
    })
}
