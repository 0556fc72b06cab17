//! `math`: `f32` functions use Rust's (libm's) `f32` versions, as compiled code would;
//! other types compute in `f64` and round to the type.

use ir::types::FloatKind;

use super::arith::{float_binary, float_of};
use super::{elementwise, R};
use crate::value::sext;
use crate::{ErrorKind, Flow, Frame, OpTable, Value};
use ir::OpId;

extern "C" {
    // From the C math library, which Rust's std already links on every supported target.
    fn erf(x: f64) -> f64;
    fn erff(x: f32) -> f32;
}

fn erf64(x: f64) -> f64 {
    // SAFETY: `erf` is a pure C function of a double.
    unsafe { erf(x) }
}
fn erf32(x: f32) -> f32 {
    // SAFETY: `erff` is a pure C function of a float.
    unsafe { erff(x) }
}

macro_rules! unary_ops {
    ($($name:literal => $f64:expr, $f32:expr;)*) => {
        const UNARY: &[(&str, crate::OpFn)] = &[$(($name, |fr, op| {
            elementwise(fr, op, ErrorKind::Internal, &mut |v| {
                let (x, k) = float_of(&v[0])?;
                let f64_fn: fn(f64) -> f64 = $f64;
                let f32_fn: fn(f32) -> f32 = $f32;
                let r = if k == FloatKind::F32 { f32_fn(x as f32) as f64 } else { f64_fn(x) };
                Ok(Value::float(r, k))
            })
        })),*];
    };
}

unary_ops! {
    "math.exp" => f64::exp, f32::exp;
    "math.exp2" => f64::exp2, f32::exp2;
    "math.log" => f64::ln, f32::ln;
    "math.log2" => f64::log2, f32::log2;
    "math.log1p" => f64::ln_1p, f32::ln_1p;
    "math.tanh" => f64::tanh, f32::tanh;
    "math.sqrt" => f64::sqrt, f32::sqrt;
    "math.rsqrt" => |x| 1.0 / x.sqrt(), |x| 1.0 / x.sqrt();
    "math.sin" => f64::sin, f32::sin;
    "math.cos" => f64::cos, f32::cos;
    "math.erf" => erf64, erf32;
    "math.absf" => f64::abs, f32::abs;
    "math.floor" => f64::floor, f32::floor;
    "math.ceil" => f64::ceil, f32::ceil;
}

/// `a * b + c` with one rounding (math.fma, vector.fma), elementwise.
pub(crate) fn fma(fr: &mut Frame<'_, '_>, op: OpId) -> R<Flow> {
    elementwise(fr, op, ErrorKind::Internal, &mut |v| {
        let ((a, k), (b, _), (c, _)) = (float_of(&v[0])?, float_of(&v[1])?, float_of(&v[2])?);
        let r = match k {
            FloatKind::F32 => (a as f32).mul_add(b as f32, c as f32) as f64,
            _ => a.mul_add(b, c),
        };
        Ok(Value::float(r, k))
    })
}

pub fn register(t: &mut OpTable) {
    for (name, f) in UNARY {
        t.register(name, *f);
    }
    t.register("math.powf", |fr, op| float_binary(fr, op, f64::powf));
    t.register("math.fma", fma);
    t.register("math.absi", |fr, op| {
        elementwise(fr, op, ErrorKind::Internal, &mut |v| match v[0] {
            // |INT_MIN| wraps to INT_MIN, as in MLIR.
            Value::Int { bits, width } => Ok(Value::int(sext(bits, width).wrapping_abs(), width)),
            _ => Err("expected an integer operand".into()),
        })
    });
}
