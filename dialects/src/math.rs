//! The math dialect (MLIR's), with MLIR's names, syntax, verifiers and folds: elementwise
//! float functions on scalars, vectors and tensors (`exp`, `log`, `sqrt`, `tanh`, `powf`,
//! `fma`, ...), each with arith's fast-math flags, and `absi` on integers.
//!
//! Folds follow MLIR's: scalar (and splat vector or tensor) `f32`/`f64` constants are
//! evaluated with the C library's function at the constant's own precision (as MLIR's
//! folders call `expf` or `exp`), and not where MLIR declines (the logarithm or square
//! root of a negative number). `rsqrt` and `fma` do not fold in MLIR, so they do not here.
//! Non-splat elements constants are not folded (MLIR folds them elementwise).

use ir::asm::{AsmParser, PResult, Punct};
use ir::attributes::{AttrKind, DenseData, NamedAttr};
use ir::dialect::{AttrConstraint, AttrSyntax, CustomAsm, Dialect};
use ir::print::AsmPrinter;
use ir::rewrite::FoldResult;
use ir::types::FloatKind;
use ir::{define_op, Attribute, Context, Ir, OpId, OperationState, Type, TypeKind};

use crate::arith::{FLOAT_LIKE, SIGNLESS_INT_LIKE};
use crate::common::{
    default_prop, elem_or_self, named, opaque_attr, opaque_params, parse_attr_dict_and_type,
    parse_keyword_list, print_attr_dict_and_type,
};

type Folded = Option<Vec<FoldResult>>;

/// `#arith.fastmath<...>`: math ops carry arith's fast-math flags.
pub const FASTMATH_ATTR: AttrConstraint = AttrConstraint {
    syntax: AttrSyntax::Attribute,
    description: "Floating point fast math flags",
    check: |ctx, a| fastmath_flags(ctx, a).is_some(),
};

/// `nnan,ninf` of `#arith.fastmath<nnan,ninf>`.
pub fn fastmath_flags(ctx: &Context, a: Attribute) -> Option<&str> {
    opaque_params(ctx, a, "arith", "fastmath")
}

/// `#arith.fastmath<flags>`.
pub fn fastmath_attr(ctx: &Context, flags: &str) -> Attribute {
    opaque_attr(ctx, "arith", "fastmath", flags)
}

/// Materializes the `fastmath` property's default (`none`) when it was not written, as
/// MLIR does: the generic form always shows it.
pub fn default_fastmath(ctx: &Context, state: &mut OperationState) {
    default_prop(ctx, state, "fastmath", || fastmath_attr(ctx, "none"));
}

/// Prints ` fastmath<flags>` unless the flags are `none` (ODS's optional group on a
/// default-valued property).
pub fn print_fastmath(p: &mut AsmPrinter<'_>, op: OpId) {
    if let Some(flags) =
        p.ir.attr(p.ctx, op, "fastmath")
            .and_then(|a| fastmath_flags(p.ctx, a))
            .filter(|f| *f != "none")
    {
        p.write(&format!(" fastmath<{flags}>"));
    }
}

/// Parses an optional `fastmath<a, b>` into the `fastmath` property (default `none`).
pub fn parse_fastmath(p: &mut dyn AsmParser, props: &mut Vec<NamedAttr>) -> PResult<()> {
    let flags = if p.parse_optional_keyword("fastmath") {
        parse_keyword_list(p, "a fast-math flag")?
    } else {
        vec!["none".into()]
    };
    let ctx = p.ctx();
    props.push(named(ctx, "fastmath", fastmath_attr(ctx, &flags.join(","))));
    Ok(())
}

/// `math.op %a, %b fastmath<...> {attrs} : type` (every math op: its operands and result
/// share one type).
fn print_math(p: &mut AsmPrinter<'_>, op: OpId) {
    let (ctx, ir) = (p.ctx, p.ir);
    p.write(ctx.op_name_str(ir.op_name(op)));
    p.write(" ");
    p.print_values(ir.operands(op));
    print_fastmath(p, op);
    print_attr_dict_and_type(p, op, &["fastmath"], ir.value_type(ir.result(op, 0)));
}

fn parse_math(p: &mut dyn AsmParser, state: &mut OperationState) -> PResult<()> {
    let def = p.ctx().op_def(state.name);
    let arity = def.map_or(1, |d| d.operands.len());
    let with_flags = def.is_some_and(|d| d.attribute("fastmath").is_some());
    let offset = p.offset();
    let mut operands = vec![p.parse_operand()?];
    for _ in 1..arity {
        p.parse_punct(Punct::Comma)?;
        operands.push(p.parse_operand()?);
    }
    let mut props = Vec::new();
    if with_flags {
        parse_fastmath(p, &mut props)?;
    }
    let ty = parse_attr_dict_and_type(p, state)?;
    state.operands = p.resolve_operands(&operands, &vec![ty; arity], offset)?;
    state.result_types.push(ty);
    if with_flags {
        state.props = Some(props);
    }
    Ok(())
}

/// The syntax of every math op (and `vector.fma`, which shares it).
pub(crate) const MATH_ASM: CustomAsm = CustomAsm {
    print: print_math,
    parse: parse_math,
};

/// A float function of one operand (MLIR's `Math_FloatUnaryOp`).
macro_rules! unary_op {
    ($Name:ident, $op:literal, $doc:literal, $fold:expr) => {
        define_op! {
            #[doc = $doc]
            pub struct $Name = $op {
                operands: { operand: Single(FLOAT_LIKE) },
                results: { result: Single(FLOAT_LIKE) },
                attributes: { fastmath: Optional(FASTMATH_ATTR) },
                traits: [Pure, SameOperandsAndResultType],
                custom_asm: MATH_ASM,
                fold: $fold,
                defaults: default_fastmath,
            }
        }
    };
}

/// A fold that evaluates `$body` on a scalar `f32` or `f64` constant `$x` at its own
/// precision; `$body` is `None` where MLIR does not fold.
macro_rules! float_fold {
    ($name:ident, |$x:ident| $body:expr) => {
        fn $name(ctx: &Context, ir: &Ir, op: OpId, c: &[Option<Attribute>]) -> Folded {
            fold_float(ctx, ir, op, c, |$x: f32| $body, |$x: f64| $body)
        }
    };
}

unary_op!(ExpOp, "math.exp", "`e` raised to the operand.", fold_exp);
unary_op!(Exp2Op, "math.exp2", "2 raised to the operand.", fold_exp2);
unary_op!(LogOp, "math.log", "The natural logarithm.", fold_log);
unary_op!(Log2Op, "math.log2", "The base-2 logarithm.", fold_log2);
unary_op!(Log1pOp, "math.log1p", "`log(1 + x)`.", fold_log1p);
unary_op!(TanhOp, "math.tanh", "The hyperbolic tangent.", fold_tanh);
unary_op!(SqrtOp, "math.sqrt", "The square root.", fold_sqrt);
unary_op!(SinOp, "math.sin", "The sine.", fold_sin);
unary_op!(CosOp, "math.cos", "The cosine.", fold_cos);
unary_op!(ErfOp, "math.erf", "The error function.", fold_erf);
unary_op!(AbsFOp, "math.absf", "The absolute value.", fold_absf);
unary_op!(
    FloorOp,
    "math.floor",
    "Rounds toward negative infinity.",
    fold_floor
);
unary_op!(
    CeilOp,
    "math.ceil",
    "Rounds toward positive infinity.",
    fold_ceil
);

define_op! {
    /// The reciprocal of the square root (not folded, as in MLIR).
    pub struct RsqrtOp = "math.rsqrt" {
        operands: { operand: Single(FLOAT_LIKE) },
        results: { result: Single(FLOAT_LIKE) },
        attributes: { fastmath: Optional(FASTMATH_ATTR) },
        traits: [Pure, SameOperandsAndResultType],
        custom_asm: MATH_ASM,
        defaults: default_fastmath,
    }
}

define_op! {
    /// `lhs` raised to `rhs`.
    pub struct PowFOp = "math.powf" {
        operands: { lhs: Single(FLOAT_LIKE), rhs: Single(FLOAT_LIKE) },
        results: { result: Single(FLOAT_LIKE) },
        attributes: { fastmath: Optional(FASTMATH_ATTR) },
        traits: [Pure, SameOperandsAndResultType],
        custom_asm: MATH_ASM,
        fold: fold_powf,
        defaults: default_fastmath,
    }
}

define_op! {
    /// Fused multiply-add `a * b + c` (not folded, as in MLIR).
    pub struct FmaOp = "math.fma" {
        operands: { a: Single(FLOAT_LIKE), b: Single(FLOAT_LIKE), c: Single(FLOAT_LIKE) },
        results: { result: Single(FLOAT_LIKE) },
        attributes: { fastmath: Optional(FASTMATH_ATTR) },
        traits: [Pure, SameOperandsAndResultType],
        custom_asm: MATH_ASM,
        defaults: default_fastmath,
    }
}

define_op! {
    /// The absolute value of an integer.
    pub struct AbsIOp = "math.absi" {
        operands: { operand: Single(SIGNLESS_INT_LIKE) },
        results: { result: Single(SIGNLESS_INT_LIKE) },
        traits: [Pure, SameOperandsAndResultType],
        custom_asm: MATH_ASM,
        fold: fold_absi,
    }
}

pub fn dialect() -> Dialect {
    let mut d = Dialect::with_ops(
        "math",
        "MLIR's math dialect",
        vec![
            ExpOp::def(),
            Exp2Op::def(),
            LogOp::def(),
            Log2Op::def(),
            Log1pOp::def(),
            TanhOp::def(),
            SqrtOp::def(),
            RsqrtOp::def(),
            SinOp::def(),
            CosOp::def(),
            ErfOp::def(),
            AbsFOp::def(),
            FloorOp::def(),
            CeilOp::def(),
            PowFOp::def(),
            FmaOp::def(),
            AbsIOp::def(),
        ],
    );
    // Folded values become `arith.constant`s, as MLIR's math dialect materializes them.
    d.constant_materializer = Some(crate::arith::materialize_constant);
    d
}

// ----- folds -----

/// The value of a scalar constant, or the one value of a splat vector or tensor constant.
fn scalar_bits(ctx: &Context, a: Option<Attribute>) -> Option<Scalar> {
    match ctx.attr_kind(a?) {
        AttrKind::Float { bits, .. } => Some(Scalar::Float(f64::from_bits(*bits))),
        AttrKind::Integer { value, .. } => Some(Scalar::Int(*value)),
        AttrKind::DenseElements {
            splat: true,
            data: DenseData::Float(v),
            ..
        } => Some(Scalar::Float(f64::from_bits(*v.first()?))),
        AttrKind::DenseElements {
            splat: true,
            data: DenseData::Int(v),
            ..
        } => Some(Scalar::Int(*v.first()?)),
        _ => None,
    }
}

#[derive(Copy, Clone)]
enum Scalar {
    Float(f64),
    Int(i128),
}

/// The folded value as an attribute of type `ty`: a scalar, or a splat of a vector or
/// tensor type (MLIR folds splat operands elementwise).
fn result_attr(ctx: &Context, ty: Type, value: Scalar) -> Attribute {
    let (elem, shaped) = match ctx.element_type(ty) {
        Some(e) => (e, true),
        None => (ty, false),
    };
    match (value, shaped) {
        (Scalar::Float(v), false) => ctx.intern_attr(AttrKind::Float {
            bits: v.to_bits(),
            ty: elem,
        }),
        (Scalar::Int(v), false) => ctx.integer_attr(v, elem),
        (v, true) => ctx.intern_attr(AttrKind::DenseElements {
            ty,
            splat: true,
            data: match v {
                Scalar::Float(f) => DenseData::Float([f.to_bits()].into()),
                Scalar::Int(i) => DenseData::Int([i].into()),
            },
        }),
    }
}

/// Folds an `f32`/`f64` (or splat vector or tensor of those) op whose operands are all
/// constant, with `f32`'s or `f64`'s version of the function.
fn fold_float_n(
    ctx: &Context,
    ir: &Ir,
    op: OpId,
    c: &[Option<Attribute>],
    single: impl Fn(&[f32]) -> Option<f32>,
    double: impl Fn(&[f64]) -> Option<f64>,
) -> Folded {
    let ty = ir.value_type(ir.result(op, 0));
    let args: Vec<f64> = c
        .iter()
        .map(|&a| match scalar_bits(ctx, a)? {
            Scalar::Float(v) => Some(v),
            Scalar::Int(_) => None,
        })
        .collect::<Option<_>>()?;
    let v = match ctx.type_kind(elem_or_self(ctx, ty)) {
        TypeKind::Float(FloatKind::F64) => double(&args)?,
        TypeKind::Float(FloatKind::F32) => {
            let args: Vec<f32> = args.iter().map(|&x| x as f32).collect();
            f64::from(single(&args)?)
        }
        _ => return None,
    };
    Some(vec![FoldResult::Attr(result_attr(
        ctx,
        ty,
        Scalar::Float(v),
    ))])
}

fn fold_float(
    ctx: &Context,
    ir: &Ir,
    op: OpId,
    c: &[Option<Attribute>],
    single: fn(f32) -> Option<f32>,
    double: fn(f64) -> Option<f64>,
) -> Folded {
    fold_float_n(ctx, ir, op, c, |a| single(a[0]), |a| double(a[0]))
}

float_fold!(fold_exp, |x| Some(x.exp()));
float_fold!(fold_exp2, |x| Some(x.exp2()));
float_fold!(fold_log, |x| (!x.is_sign_negative()).then(|| x.ln()));
float_fold!(fold_log2, |x| (!x.is_sign_negative()).then(|| x.log2()));
float_fold!(fold_log1p, |x| (!(x + 1.0).is_sign_negative())
    .then(|| x.ln_1p()));
float_fold!(fold_tanh, |x| Some(x.tanh()));
float_fold!(fold_sqrt, |x| (!x.is_sign_negative()).then(|| x.sqrt()));
float_fold!(fold_sin, |x| Some(x.sin()));
float_fold!(fold_cos, |x| Some(x.cos()));
float_fold!(fold_absf, |x| Some(x.abs()));
float_fold!(fold_floor, |x| Some(x.floor()));
float_fold!(fold_ceil, |x| Some(x.ceil()));

fn fold_erf(ctx: &Context, ir: &Ir, op: OpId, c: &[Option<Attribute>]) -> Folded {
    fold_float(
        ctx,
        ir,
        op,
        c,
        |x| Some(libm::erff(x)),
        |x| Some(libm::erf(x)),
    )
}

fn fold_powf(ctx: &Context, ir: &Ir, op: OpId, c: &[Option<Attribute>]) -> Folded {
    fold_float_n(
        ctx,
        ir,
        op,
        c,
        |a| Some(a[0].powf(a[1])),
        |a| Some(a[0].powf(a[1])),
    )
}

fn fold_absi(ctx: &Context, ir: &Ir, op: OpId, c: &[Option<Attribute>]) -> Folded {
    let ty = ir.value_type(ir.result(op, 0));
    let Scalar::Int(value) = scalar_bits(ctx, c[0])? else {
        return None;
    };
    let width = match ctx.type_kind(elem_or_self(ctx, ty)) {
        TypeKind::Integer { width, .. } => *width,
        TypeKind::Index => 64,
        _ => return None,
    };
    // |INT_MIN| wraps to INT_MIN, as APInt's abs does.
    let shift = 128 - width.min(128);
    let abs = (value.wrapping_abs() << shift) >> shift;
    Some(vec![FoldResult::Attr(result_attr(
        ctx,
        ty,
        Scalar::Int(abs),
    ))])
}

/// The C library's error function (Rust's standard library has none); the same glibc
/// functions MLIR's folder calls.
mod libm {
    extern "C" {
        #[link_name = "erf"]
        fn c_erf(x: f64) -> f64;
        #[link_name = "erff"]
        fn c_erff(x: f32) -> f32;
    }
    pub fn erf(x: f64) -> f64 {
        // SAFETY: a pure C function of one double, defined for every input.
        unsafe { c_erf(x) }
    }
    pub fn erff(x: f32) -> f32 {
        // SAFETY: a pure C function of one float, defined for every input.
        unsafe { c_erff(x) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fastmath_round_trips_through_its_attribute() {
        let ctx = crate::context();
        let a = fastmath_attr(&ctx, "nnan,ninf");
        assert_eq!(fastmath_flags(&ctx, a), Some("nnan,ninf"));
        assert!((FASTMATH_ATTR.check)(&ctx, a));
        assert!(!(FASTMATH_ATTR.check)(&ctx, ctx.unit_attr()));
    }

    #[test]
    fn every_op_is_registered() {
        let ctx = crate::context();
        for def in dialect().ops {
            assert!(ctx.registry().lookup(def.name).is_some(), "{}", def.name);
        }
    }
}
