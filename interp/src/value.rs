//! Runtime values: integers of any width (two's complement, stored zero-extended),
//! floats (held as `f64`, always rounded to their type), vectors and tensors (row-major
//! element lists), memrefs (views on shared, reference-counted buffers) and functions.

use std::cell::RefCell;
use std::rc::Rc;

use ir::types::FloatKind;

/// A runtime value. Equality is exact: floats compare by bit pattern (so `-0 != +0`),
/// except that every NaN equals every NaN (payloads are not specified).
#[derive(Clone, Debug)]
pub enum Value {
    /// An integer of `width` bits (`index` is 64 bits), zero-extended into `bits`.
    Int {
        bits: u64,
        width: u32,
    },
    /// A float of `kind`; `v` is always exactly representable in `kind`.
    Float {
        v: f64,
        kind: FloatKind,
    },
    Vector(Elements),
    /// A ranked tensor: an immutable value, like a vector.
    Tensor(Elements),
    MemRef(MemRef),
    /// A function, by symbol name (`func.constant`).
    Func(String),
}

impl PartialEq for Value {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Value::Int { bits: a, width: w }, Value::Int { bits: b, width: v }) => {
                a == b && w == v
            }
            (Value::Float { v: a, kind: k }, Value::Float { v: b, kind: l }) => {
                k == l && (a.to_bits() == b.to_bits() || (a.is_nan() && b.is_nan()))
            }
            (Value::Vector(a), Value::Vector(b)) | (Value::Tensor(a), Value::Tensor(b)) => a == b,
            (Value::MemRef(a), Value::MemRef(b)) => a == b,
            (Value::Func(a), Value::Func(b)) => a == b,
            _ => false,
        }
    }
}

/// The shape and row-major elements (scalars) of a vector or tensor.
#[derive(Clone, Debug, PartialEq)]
pub struct Elements {
    pub shape: Vec<usize>,
    pub elems: Vec<Value>,
}

/// The storage of a memref: shared by every view of it.
#[derive(Debug)]
pub struct Buffer {
    pub elems: Vec<Value>,
    pub freed: bool,
}

/// A strided view on a buffer: element `(i0, .., in)` is at
/// `offset + sum(ik * strides[k])`.
#[derive(Clone, Debug)]
pub struct MemRef {
    pub buf: Rc<RefCell<Buffer>>,
    pub offset: i64,
    pub sizes: Vec<i64>,
    pub strides: Vec<i64>,
}

impl PartialEq for MemRef {
    /// Two memrefs are equal when they are the same view of the same buffer.
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.buf, &other.buf)
            && self.offset == other.offset
            && self.sizes == other.sizes
            && self.strides == other.strides
    }
}

/// Row-major strides of a shape.
pub fn identity_strides(sizes: &[i64]) -> Vec<i64> {
    let mut strides = vec![1; sizes.len()];
    for k in (0..sizes.len().saturating_sub(1)).rev() {
        strides[k] = strides[k + 1] * sizes[k + 1].max(1);
    }
    strides
}

/// Every index of a shape, in row-major order.
pub fn all_indices(shape: &[usize]) -> Vec<Vec<usize>> {
    let count: usize = shape.iter().product();
    (0..count)
        .map(|mut n| {
            let mut idx = vec![0; shape.len()];
            for k in (0..shape.len()).rev() {
                idx[k] = n % shape[k];
                n /= shape[k];
            }
            idx
        })
        .collect()
}

fn mask(width: u32) -> u64 {
    if width >= 64 {
        u64::MAX
    } else {
        (1u64 << width) - 1
    }
}

impl Value {
    /// An integer of `width` bits from any two's complement value (truncated).
    pub fn int(v: i64, width: u32) -> Value {
        Value::Int {
            bits: v as u64 & mask(width),
            width,
        }
    }
    pub fn index(v: i64) -> Value {
        Value::int(v, 64)
    }
    pub fn bool(b: bool) -> Value {
        Value::int(b as i64, 1)
    }
    pub fn i32(v: i32) -> Value {
        Value::int(v as i64, 32)
    }
    pub fn i64(v: i64) -> Value {
        Value::int(v, 64)
    }
    /// A float of `kind`, rounded to it.
    pub fn float(v: f64, kind: FloatKind) -> Value {
        Value::Float {
            v: round_to(v, kind),
            kind,
        }
    }
    pub fn f32(v: f32) -> Value {
        Value::float(v as f64, FloatKind::F32)
    }
    pub fn f64(v: f64) -> Value {
        Value::float(v, FloatKind::F64)
    }
    pub fn vector(shape: &[usize], elems: Vec<Value>) -> Value {
        Value::Vector(Elements {
            shape: shape.to_vec(),
            elems,
        })
    }
    pub fn tensor(shape: &[usize], elems: Vec<Value>) -> Value {
        Value::Tensor(Elements {
            shape: shape.to_vec(),
            elems,
        })
    }
    /// A fresh, contiguous (row-major) memref holding `elems`.
    pub fn memref(shape: &[usize], elems: Vec<Value>) -> Value {
        let sizes: Vec<i64> = shape.iter().map(|&s| s as i64).collect();
        Value::MemRef(MemRef {
            buf: Rc::new(RefCell::new(Buffer {
                elems,
                freed: false,
            })),
            offset: 0,
            strides: identity_strides(&sizes),
            sizes,
        })
    }
    pub fn memref_f32(shape: &[usize], data: &[f32]) -> Value {
        Value::memref(shape, data.iter().map(|&x| Value::f32(x)).collect())
    }
    pub fn memref_f64(shape: &[usize], data: &[f64]) -> Value {
        Value::memref(shape, data.iter().map(|&x| Value::f64(x)).collect())
    }
    pub fn memref_i32(shape: &[usize], data: &[i32]) -> Value {
        Value::memref(shape, data.iter().map(|&x| Value::i32(x)).collect())
    }
    pub fn memref_i64(shape: &[usize], data: &[i64]) -> Value {
        Value::memref(shape, data.iter().map(|&x| Value::i64(x)).collect())
    }

    pub fn tensor_f32(shape: &[usize], data: &[f32]) -> Value {
        Value::tensor(shape, data.iter().map(|&x| Value::f32(x)).collect())
    }
    pub fn vector_f32(shape: &[usize], data: &[f32]) -> Value {
        Value::vector(shape, data.iter().map(|&x| Value::f32(x)).collect())
    }
    /// The `f32` elements of a vector or tensor.
    pub fn elements_f32(&self) -> Option<Vec<f32>> {
        self.elements()?.elems.iter().map(Value::as_f32).collect()
    }

    /// The integer sign-extended from its width.
    pub fn as_i64(&self) -> Option<i64> {
        match *self {
            Value::Int { bits, width } => Some(sext(bits, width)),
            _ => None,
        }
    }
    /// The integer zero-extended from its width.
    pub fn as_u64(&self) -> Option<u64> {
        match *self {
            Value::Int { bits, .. } => Some(bits),
            _ => None,
        }
    }
    pub fn as_f64(&self) -> Option<f64> {
        match *self {
            Value::Float { v, .. } => Some(v),
            _ => None,
        }
    }
    pub fn as_f32(&self) -> Option<f32> {
        self.as_f64().map(|v| v as f32)
    }
    /// The elements of a vector or tensor.
    pub fn elements(&self) -> Option<&Elements> {
        match self {
            Value::Vector(e) | Value::Tensor(e) => Some(e),
            _ => None,
        }
    }
    /// The elements a memref view covers, in row-major order (`None` for other values,
    /// a freed buffer or a view outside its buffer).
    pub fn memref_elems(&self) -> Option<Vec<Value>> {
        let Value::MemRef(m) = self else {
            return None;
        };
        let buf = m.buf.borrow();
        if buf.freed {
            return None;
        }
        let shape: Vec<usize> = m.sizes.iter().map(|&s| s as usize).collect();
        all_indices(&shape)
            .into_iter()
            .map(|idx| {
                let lin = m.linear(&idx);
                usize::try_from(lin)
                    .ok()
                    .and_then(|l| buf.elems.get(l).cloned())
            })
            .collect()
    }
    pub fn memref_f32s(&self) -> Option<Vec<f32>> {
        self.memref_elems()?.iter().map(Value::as_f32).collect()
    }
    pub fn memref_f64s(&self) -> Option<Vec<f64>> {
        self.memref_elems()?.iter().map(Value::as_f64).collect()
    }
    pub fn memref_i64s(&self) -> Option<Vec<i64>> {
        self.memref_elems()?.iter().map(Value::as_i64).collect()
    }
}

impl MemRef {
    /// The buffer position of an in-range index.
    pub fn linear(&self, idx: &[usize]) -> i64 {
        self.offset
            + idx
                .iter()
                .zip(&self.strides)
                .map(|(&i, &s)| i as i64 * s)
                .sum::<i64>()
    }
}

/// Sign-extends the low `width` bits.
pub fn sext(bits: u64, width: u32) -> i64 {
    if width == 0 || width >= 64 {
        bits as i64
    } else {
        let shift = 64 - width;
        ((bits << shift) as i64) >> shift
    }
}

/// (mantissa bits, minimum normal exponent, maximum exponent) of an IEEE-like format.
fn format_params(kind: FloatKind) -> Option<(i32, i32, i32)> {
    match kind {
        FloatKind::F16 => Some((10, -14, 15)),
        FloatKind::BF16 => Some((7, -126, 127)),
        FloatKind::F32 => Some((23, -126, 127)),
        _ => None,
    }
}

/// Rounds `x` to the nearest value of `kind` (ties to even), overflowing to infinity.
/// Rounding a correctly rounded `f64` result again is exact for +, -, *, /, sqrt of
/// `f32`/`f16`/`bf16` operands (53 >= 2p + 2).
pub fn round_to(x: f64, kind: FloatKind) -> f64 {
    let Some((mant, emin, emax)) = format_params(kind) else {
        return x;
    };
    if kind == FloatKind::F32 {
        return x as f32 as f64;
    }
    if !x.is_finite() || x == 0.0 {
        return x;
    }
    let e = x.abs().log2().floor() as i32;
    // `log2` may be off by one near powers of two: fix it exactly.
    let e = if 2f64.powi(e) > x.abs() {
        e - 1
    } else if 2f64.powi(e + 1) <= x.abs() {
        e + 1
    } else {
        e
    };
    let quantum = 2f64.powi(e.max(emin) - mant);
    let r = (x / quantum).round_ties_even() * quantum;
    if r.abs() >= 2f64.powi(emax + 1) {
        f64::INFINITY.copysign(x)
    } else {
        r
    }
}

/// The bit pattern of a float value of `kind`.
pub fn float_to_bits(v: f64, kind: FloatKind) -> u64 {
    match kind {
        FloatKind::F64 => v.to_bits(),
        FloatKind::F32 => (v as f32).to_bits() as u64,
        FloatKind::BF16 => ((v as f32).to_bits() >> 16) as u64 | nan_bit(v, 0x40),
        FloatKind::F16 => {
            let sign = if v.is_sign_negative() { 0x8000 } else { 0 };
            let a = v.abs();
            let body = if a.is_nan() {
                0x7e00
            } else if a.is_infinite() {
                0x7c00
            } else if a < 2f64.powi(-14) {
                (a / 2f64.powi(-24)) as u64
            } else {
                let e = a.log2().floor() as i32;
                let e = if 2f64.powi(e) > a { e - 1 } else { e };
                let m = ((a / 2f64.powi(e) - 1.0) * 1024.0) as u64;
                (((e + 15) as u64) << 10) | m
            };
            sign | body
        }
        _ => v.to_bits(),
    }
}

/// Keeps a bf16 NaN a NaN after truncating the f32 pattern.
fn nan_bit(v: f64, bit: u64) -> u64 {
    if v.is_nan() {
        bit
    } else {
        0
    }
}

/// The value of a bit pattern of `kind`.
pub fn float_from_bits(bits: u64, kind: FloatKind) -> f64 {
    match kind {
        FloatKind::F64 => f64::from_bits(bits),
        FloatKind::F32 => f32::from_bits(bits as u32) as f64,
        FloatKind::BF16 => f32::from_bits((bits as u32 & 0xffff) << 16) as f64,
        FloatKind::F16 => {
            let sign = if bits & 0x8000 != 0 { -1.0 } else { 1.0 };
            let e = ((bits >> 10) & 0x1f) as i32;
            let m = (bits & 0x3ff) as f64;
            sign * match e {
                0 => m * 2f64.powi(-24),
                31 if m == 0.0 => f64::INFINITY,
                31 => f64::NAN,
                _ => (1.0 + m / 1024.0) * 2f64.powi(e - 15),
            }
        }
        _ => f64::from_bits(bits),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn f16_rounding_and_bits() {
        // 1 + 2^-11 is a tie between 1 and 1 + 2^-10: ties to even gives 1.
        assert_eq!(round_to(1.0 + 2f64.powi(-11), FloatKind::F16), 1.0);
        assert_eq!(round_to(65520.0, FloatKind::F16), f64::INFINITY);
        assert_eq!(round_to(65519.0, FloatKind::F16), 65504.0);
        assert_eq!(round_to(2f64.powi(-25), FloatKind::F16), 0.0);
        assert_eq!(
            round_to(3.0 * 2f64.powi(-26), FloatKind::F16),
            2f64.powi(-24)
        );
        for bits in [0x3c00u64, 0x0001, 0x7bff, 0xfc00, 0x8400, 0x3555] {
            let v = float_from_bits(bits, FloatKind::F16);
            assert_eq!(float_to_bits(v, FloatKind::F16), bits, "{bits:#x}");
        }
        assert_eq!(round_to(1.0 + 2f64.powi(-8), FloatKind::BF16), 1.0);
        assert_eq!(float_to_bits(1.0, FloatKind::BF16), 0x3f80);
    }

    #[test]
    fn ints_wrap() {
        assert_eq!(Value::int(-1, 8).as_u64(), Some(255));
        assert_eq!(Value::int(200, 8).as_i64(), Some(-56));
        assert_eq!(Value::int(1, 1).as_i64(), Some(-1));
    }
}
