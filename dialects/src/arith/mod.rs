//! The arith dialect (MLIR's): constants, integer and floating-point arithmetic, bitwise
//! ops and shifts, min/max, comparisons, `select` and casts, with MLIR's names, generic and
//! custom syntax (as mlir-opt 22 prints them), verifiers, folds, canonicalization patterns
//! and the constant materializer.
//!
//! - `syntax`: custom printers and parsers (flags, predicates, `: T to U` casts).
//! - `verify`: op verifiers beyond the declared constraints (cast compatibility, shapes).
//! - `fold`: folds (constant folding in the type's width and precision, identities) and
//!   canonicalization patterns.

mod fold;
mod syntax;
mod verify;

use ir::attributes::AttrKind;
use ir::constraints::{ANY_ATTR, ANY_TYPE};
use ir::dialect::{AttrConstraint, AttrSyntax, CustomAsm, Dialect, DialectTypeDef, TypeConstraint};
use ir::{define_op, Attribute, Context, OperationState, Type, TypeKind};

use crate::common::{check_enum_params, default_prop, elem_or_self, opaque_attr, opaque_params};
use crate::math::FASTMATH_ATTR;

use fold::*;
use syntax::*;
use verify::*;

pub use fold::materialize_constant;

/// The element type of a scalar, vector or tensor type (MLIR's "-like" constraints); `None`
/// for other shaped types (memrefs).
fn like_elem(ctx: &Context, ty: Type) -> Option<Type> {
    match ctx.type_kind(ty) {
        TypeKind::Vector { elem, .. }
        | TypeKind::RankedTensor { elem, .. }
        | TypeKind::UnrankedTensor { elem } => Some(*elem),
        TypeKind::MemRef { .. } | TypeKind::UnrankedMemRef { .. } => None,
        _ => Some(ty),
    }
}

fn is_signless_int_like(ctx: &Context, ty: Type) -> bool {
    like_elem(ctx, ty).is_some_and(|e| ctx.is_signless_integer(e, None) || ctx.is_index(e))
}

pub const SIGNLESS_INT_LIKE: TypeConstraint = TypeConstraint {
    description: "signless-integer-like",
    check: is_signless_int_like,
    buildable: None,
};
const FIXED_INT_LIKE: TypeConstraint = TypeConstraint {
    description: "signless-fixed-width-integer-like",
    check: |ctx, ty| like_elem(ctx, ty).is_some_and(|e| ctx.is_signless_integer(e, None)),
    buildable: None,
};
pub const FLOAT_LIKE: TypeConstraint = TypeConstraint {
    description: "floating-point-like",
    check: |ctx, ty| like_elem(ctx, ty).is_some_and(|e| ctx.is_float(e)),
    buildable: None,
};
pub const BOOL_LIKE: TypeConstraint = TypeConstraint {
    description: "bool-like",
    check: |ctx, ty| like_elem(ctx, ty).is_some_and(|e| ctx.is_signless_integer(e, Some(1))),
    buildable: None,
};
/// `index_cast` also accepts memrefs of integers or index.
const INT_LIKE_OR_MEMREF: TypeConstraint = TypeConstraint {
    description: "signless-integer-like or memref of signless-integer",
    check: |ctx, ty| {
        let e = elem_or_self(ctx, ty);
        ctx.is_signless_integer(e, None) || ctx.is_index(e)
    },
    buildable: None,
};
const BITCAST_LIKE: TypeConstraint = TypeConstraint {
    description: "signless-integer-or-float-like or memref of signless-integer or float",
    check: |ctx, ty| {
        let e = elem_or_self(ctx, ty);
        ctx.is_signless_integer(e, None) || ctx.is_float(e)
    },
    buildable: None,
};
const I64_ATTR: AttrConstraint = AttrConstraint {
    syntax: AttrSyntax::Attribute,
    description: "64-bit signless integer attribute",
    check: |ctx, a| matches!(ctx.attr_kind(a), AttrKind::Integer { ty, .. } if ctx.is_signless_integer(*ty, Some(64))),
};
const ROUNDING_ATTR: AttrConstraint = AttrConstraint {
    syntax: AttrSyntax::Attribute,
    description: "Floating point rounding mode",
    check: |ctx, a| {
        matches!(ctx.attr_kind(a), AttrKind::Integer { ty, value }
            if ctx.is_signless_integer(*ty, Some(32)) && (0..ROUNDING_MODES.len() as i128).contains(value))
    },
};
const OVERFLOW_ATTR: AttrConstraint = AttrConstraint {
    syntax: AttrSyntax::Attribute,
    description: "Integer overflow arith flags",
    check: |ctx, a| opaque_body(ctx, a, "overflow").is_some(),
};

/// `truncf`'s rounding modes, by value.
const ROUNDING_MODES: [&str; 5] = [
    "to_nearest_even",
    "downward",
    "upward",
    "toward_zero",
    "to_nearest_away",
];

/// `nsw, nuw` of `#arith.overflow<nsw, nuw>` when `a` is such an attribute.
fn opaque_body<'c>(ctx: &'c Context, a: Attribute, mnemonic: &str) -> Option<&'c str> {
    opaque_params(ctx, a, "arith", mnemonic)
}

/// The flags property (`fastmath` or `overflowFlags`) an op declares, with the mnemonic
/// of its attribute and the separator mlir-opt prints between flags.
fn flags_of(def: &ir::dialect::OpDef) -> Option<(&'static str, &'static str, &'static str)> {
    def.attributes.iter().find_map(|a| match a.name {
        "fastmath" => Some(("fastmath", "fastmath", ",")),
        "overflowFlags" => Some(("overflowFlags", "overflow", ", ")),
        _ => None,
    })
}

/// The flags property defaults to `none` (`#arith.overflow<none>` / `#arith.fastmath<none>`),
/// which MLIR materializes: the generic form always shows it.
pub(super) fn default_flags(ctx: &ir::Context, state: &mut OperationState) {
    let Some((key, mnemonic, _)) = ctx.op_def(state.name).and_then(flags_of) else {
        return;
    };
    default_prop(ctx, state, key, || {
        opaque_attr(ctx, "arith", mnemonic, "none")
    });
}

/// Binary ops with a flags property that defaults to `none`.
macro_rules! flagged_binary_op {
    ($Name:ident, $op:literal, $con:expr, $flags:ident, $fcon:expr, $fold:expr, [$eff:ident $(, $tr:ident)*] $(, $canon:expr)?) => {
        define_op! {
            #[doc = "Elementwise binary arithmetic."]
            pub struct $Name = $op {
                operands: { lhs: Single($con), rhs: Single($con) },
                results: { result: Single($con) },
                attributes: { $flags: Optional($fcon) },
                traits: [$eff, SameOperandsAndResultType $(, $tr)*],
                custom_asm: CustomAsm { print: print_binary, parse: parse_binary },
                fold: $fold,
                $(canonicalize: $canon,)?
                defaults: default_flags,
            }
        }
    };
}

/// Integer binary ops without flags.
macro_rules! int_binary_op {
    ($Name:ident, $op:literal, $fold:expr, [$eff:ident $(, $tr:ident)*] $(, $canon:expr)?) => {
        define_op! {
            #[doc = "Elementwise integer binary op."]
            pub struct $Name = $op {
                operands: { lhs: Single(SIGNLESS_INT_LIKE), rhs: Single(SIGNLESS_INT_LIKE) },
                results: { result: Single(SIGNLESS_INT_LIKE) },
                traits: [$eff, SameOperandsAndResultType $(, $tr)*],
                custom_asm: CustomAsm { print: print_binary, parse: parse_binary },
                fold: $fold,
                $(canonicalize: $canon,)?
            }
        }
    };
}

flagged_binary_op!(
    AddIOp,
    "arith.addi",
    SIGNLESS_INT_LIKE,
    overflowFlags,
    OVERFLOW_ATTR,
    fold_addi,
    [Pure, Commutative],
    // Also holds subi's and muli's constant reassociation.
    addi_patterns
);
flagged_binary_op!(
    SubIOp,
    "arith.subi",
    SIGNLESS_INT_LIKE,
    overflowFlags,
    OVERFLOW_ATTR,
    fold_subi,
    [Pure]
);
flagged_binary_op!(
    MulIOp,
    "arith.muli",
    SIGNLESS_INT_LIKE,
    overflowFlags,
    OVERFLOW_ATTR,
    fold_muli,
    [Pure, Commutative]
);
flagged_binary_op!(
    ShLIOp,
    "arith.shli",
    SIGNLESS_INT_LIKE,
    overflowFlags,
    OVERFLOW_ATTR,
    fold_shli,
    [Pure]
);
flagged_binary_op!(
    AddFOp,
    "arith.addf",
    FLOAT_LIKE,
    fastmath,
    FASTMATH_ATTR,
    fold_addf,
    [Pure, Commutative]
);
flagged_binary_op!(
    SubFOp,
    "arith.subf",
    FLOAT_LIKE,
    fastmath,
    FASTMATH_ATTR,
    fold_subf,
    [Pure]
);
flagged_binary_op!(
    MulFOp,
    "arith.mulf",
    FLOAT_LIKE,
    fastmath,
    FASTMATH_ATTR,
    fold_mulf,
    [Pure, Commutative]
);
flagged_binary_op!(
    DivFOp,
    "arith.divf",
    FLOAT_LIKE,
    fastmath,
    FASTMATH_ATTR,
    fold_divf,
    [Pure]
);
flagged_binary_op!(
    RemFOp,
    "arith.remf",
    FLOAT_LIKE,
    fastmath,
    FASTMATH_ATTR,
    fold_remf,
    [Pure]
);
flagged_binary_op!(
    MaximumFOp,
    "arith.maximumf",
    FLOAT_LIKE,
    fastmath,
    FASTMATH_ATTR,
    fold_maximumf,
    [Pure, Commutative]
);
flagged_binary_op!(
    MinimumFOp,
    "arith.minimumf",
    FLOAT_LIKE,
    fastmath,
    FASTMATH_ATTR,
    fold_minimumf,
    [Pure, Commutative]
);
flagged_binary_op!(
    MaxNumFOp,
    "arith.maxnumf",
    FLOAT_LIKE,
    fastmath,
    FASTMATH_ATTR,
    fold_maxnumf,
    [Pure, Commutative]
);
flagged_binary_op!(
    MinNumFOp,
    "arith.minnumf",
    FLOAT_LIKE,
    fastmath,
    FASTMATH_ATTR,
    fold_minnumf,
    [Pure, Commutative]
);

// Division and remainder may trap (division by zero, signed overflow): no memory effects,
// but not speculatable.
int_binary_op!(DivSIOp, "arith.divsi", fold_divsi, [NoMemoryEffect]);
int_binary_op!(DivUIOp, "arith.divui", fold_divui, [NoMemoryEffect]);
int_binary_op!(RemSIOp, "arith.remsi", fold_remsi, [NoMemoryEffect]);
int_binary_op!(RemUIOp, "arith.remui", fold_remui, [NoMemoryEffect]);
int_binary_op!(
    CeilDivSIOp,
    "arith.ceildivsi",
    fold_ceildivsi,
    [NoMemoryEffect]
);
int_binary_op!(
    CeilDivUIOp,
    "arith.ceildivui",
    fold_ceildivui,
    [NoMemoryEffect]
);
int_binary_op!(
    FloorDivSIOp,
    "arith.floordivsi",
    fold_floordivsi,
    [NoMemoryEffect]
);
int_binary_op!(MaxSIOp, "arith.maxsi", fold_maxsi, [Pure, Commutative]);
int_binary_op!(MinSIOp, "arith.minsi", fold_minsi, [Pure, Commutative]);
int_binary_op!(MaxUIOp, "arith.maxui", fold_maxui, [Pure, Commutative]);
int_binary_op!(MinUIOp, "arith.minui", fold_minui, [Pure, Commutative]);
// andi carries the patterns of andi, ori, xori and cmpi over extensions.
int_binary_op!(
    AndIOp,
    "arith.andi",
    fold_andi,
    [Pure, Commutative],
    bitwise_patterns
);
int_binary_op!(OrIOp, "arith.ori", fold_ori, [Pure, Commutative]);
int_binary_op!(
    XOrIOp,
    "arith.xori",
    fold_xori,
    [Pure, Commutative],
    xori_patterns
);
int_binary_op!(ShRSIOp, "arith.shrsi", fold_shrsi, [Pure]);
int_binary_op!(ShRUIOp, "arith.shrui", fold_shrui, [Pure]);

define_op! {
    /// Floating-point negation.
    pub struct NegFOp = "arith.negf" {
        operands: { operand: Single(FLOAT_LIKE) },
        results: { result: Single(FLOAT_LIKE) },
        attributes: { fastmath: Optional(FASTMATH_ATTR) },
        traits: [Pure, SameOperandsAndResultType],
        custom_asm: CustomAsm { print: print_cast, parse: parse_cast },
        fold: fold_negf,
        defaults: default_flags,
    }
}

/// Cast ops: `$in (flags)? attr-dict : T to U`, checked by `verify_cast`.
macro_rules! cast_op {
    ($Name:ident, $op:literal, $from:expr, $to:expr, $fold:expr $(, attributes: $attrs:tt)? $(, defaults: $def:expr)? $(, canonicalize: $canon:expr)?) => {
        define_op! {
            #[doc = "Elementwise cast."]
            pub struct $Name = $op {
                operands: { input: Single($from) },
                results: { out: Single($to) },
                $(attributes: $attrs,)?
                traits: [Pure],
                custom_asm: CustomAsm { print: print_cast, parse: parse_cast },
                verify: verify_cast,
                fold: $fold,
                $(canonicalize: $canon,)?
                $(defaults: $def,)?
            }
        }
    };
}

cast_op!(
    ExtSIOp,
    "arith.extsi",
    FIXED_INT_LIKE,
    FIXED_INT_LIKE,
    fold_extsi
);
cast_op!(
    ExtUIOp,
    "arith.extui",
    FIXED_INT_LIKE,
    FIXED_INT_LIKE,
    fold_extui
);
// trunci carries the cast-chain patterns of extsi, extui, trunci, bitcast and the index
// casts (the canonicalizer collects every registered op's patterns).
cast_op!(TruncIOp, "arith.trunci", FIXED_INT_LIKE, FIXED_INT_LIKE, fold_trunci,
    attributes: { overflowFlags: Optional(OVERFLOW_ATTR) }, defaults: default_flags,
    canonicalize: cast_chain_patterns);
cast_op!(ExtFOp, "arith.extf", FLOAT_LIKE, FLOAT_LIKE, fold_extf,
    attributes: { fastmath: Optional(FASTMATH_ATTR) });
cast_op!(TruncFOp, "arith.truncf", FLOAT_LIKE, FLOAT_LIKE, fold_truncf,
    attributes: { roundingmode: Optional(ROUNDING_ATTR), fastmath: Optional(FASTMATH_ATTR) });
cast_op!(
    SIToFPOp,
    "arith.sitofp",
    FIXED_INT_LIKE,
    FLOAT_LIKE,
    fold_sitofp
);
cast_op!(
    UIToFPOp,
    "arith.uitofp",
    FIXED_INT_LIKE,
    FLOAT_LIKE,
    fold_uitofp
);
cast_op!(
    FPToSIOp,
    "arith.fptosi",
    FLOAT_LIKE,
    FIXED_INT_LIKE,
    fold_fptosi
);
cast_op!(
    FPToUIOp,
    "arith.fptoui",
    FLOAT_LIKE,
    FIXED_INT_LIKE,
    fold_fptoui
);
cast_op!(
    IndexCastOp,
    "arith.index_cast",
    INT_LIKE_OR_MEMREF,
    INT_LIKE_OR_MEMREF,
    fold_index_cast
);
cast_op!(
    IndexCastUIOp,
    "arith.index_castui",
    INT_LIKE_OR_MEMREF,
    INT_LIKE_OR_MEMREF,
    fold_index_castui
);
cast_op!(
    BitcastOp,
    "arith.bitcast",
    BITCAST_LIKE,
    BITCAST_LIKE,
    fold_bitcast
);

define_op! {
    /// A constant of integer, index, float, vector or tensor type.
    pub struct ConstantOp = "arith.constant" {
        results: { result: Single(ANY_TYPE) },
        attributes: { value: Required(ANY_ATTR) },
        traits: [Pure, ConstantLike],
        custom_asm: CustomAsm { print: print_constant, parse: parse_constant },
        verify: verify_constant,
        fold: fold_constant,
        result_names: constant_name,
    }
}

define_op! {
    /// Compares two integers (or index values) by `predicate`.
    pub struct CmpIOp = "arith.cmpi" {
        operands: { lhs: Single(SIGNLESS_INT_LIKE), rhs: Single(SIGNLESS_INT_LIKE) },
        results: { result: Single(BOOL_LIKE) },
        attributes: { predicate: Required(I64_ATTR) },
        traits: [Pure],
        custom_asm: CustomAsm { print: print_cmp, parse: parse_cmp },
        verify: verify_cmp,
        fold: fold_cmpi,
        canonicalize: cmpi_patterns,
    }
}

define_op! {
    /// Compares two floats by `predicate` (ordered or unordered).
    pub struct CmpFOp = "arith.cmpf" {
        operands: { lhs: Single(FLOAT_LIKE), rhs: Single(FLOAT_LIKE) },
        results: { result: Single(BOOL_LIKE) },
        attributes: { predicate: Required(I64_ATTR), fastmath: Optional(FASTMATH_ATTR) },
        traits: [Pure],
        custom_asm: CustomAsm { print: print_cmp, parse: parse_cmp },
        verify: verify_cmp,
        fold: fold_cmpf,
        defaults: default_flags,
    }
}

define_op! {
    /// `condition ? true_value : false_value`, elementwise for a shaped condition.
    pub struct SelectOp = "arith.select" {
        operands: { condition: Single(BOOL_LIKE), true_value: Single(ANY_TYPE), false_value: Single(ANY_TYPE) },
        results: { result: Single(ANY_TYPE) },
        traits: [Pure],
        custom_asm: CustomAsm { print: print_select, parse: parse_select },
        verify: verify_select,
        fold: fold_select,
        canonicalize: select_patterns,
    }
}

/// `<flag, flag>` with every flag one of `known` (MLIR's enum attribute syntax).
fn check_flag_list(params: &str, known: &[&str]) -> Result<(), String> {
    check_enum_params(params, known, true)
}

fn check_overflow_flags(params: &str) -> Result<(), String> {
    check_flag_list(params, &["none", "nsw", "nuw"])
}

fn check_fastmath_flags(params: &str) -> Result<(), String> {
    check_flag_list(
        params,
        &[
            "none", "reassoc", "nnan", "ninf", "nsz", "arcp", "contract", "afn", "fast",
        ],
    )
}

pub fn dialect() -> Dialect {
    let mut d = Dialect::with_ops(
        "arith",
        "MLIR's arith dialect: integer and floating-point arithmetic",
        vec![
            ConstantOp::def(),
            AddIOp::def(),
            SubIOp::def(),
            MulIOp::def(),
            DivSIOp::def(),
            DivUIOp::def(),
            RemSIOp::def(),
            RemUIOp::def(),
            CeilDivSIOp::def(),
            CeilDivUIOp::def(),
            FloorDivSIOp::def(),
            MaxSIOp::def(),
            MinSIOp::def(),
            MaxUIOp::def(),
            MinUIOp::def(),
            AndIOp::def(),
            OrIOp::def(),
            XOrIOp::def(),
            ShLIOp::def(),
            ShRSIOp::def(),
            ShRUIOp::def(),
            AddFOp::def(),
            SubFOp::def(),
            MulFOp::def(),
            DivFOp::def(),
            RemFOp::def(),
            NegFOp::def(),
            MaximumFOp::def(),
            MinimumFOp::def(),
            MaxNumFOp::def(),
            MinNumFOp::def(),
            CmpIOp::def(),
            CmpFOp::def(),
            SelectOp::def(),
            ExtSIOp::def(),
            ExtUIOp::def(),
            TruncIOp::def(),
            ExtFOp::def(),
            TruncFOp::def(),
            SIToFPOp::def(),
            UIToFPOp::def(),
            FPToSIOp::def(),
            FPToUIOp::def(),
            IndexCastOp::def(),
            IndexCastUIOp::def(),
            BitcastOp::def(),
        ],
    );
    d.attributes = vec![
        DialectTypeDef {
            name: "overflow",
            summary: "integer overflow flags",
            verify: check_overflow_flags,
        },
        DialectTypeDef {
            name: "fastmath",
            summary: "floating-point fast-math flags",
            verify: check_fastmath_flags,
        },
    ];
    d.constant_materializer = Some(materialize_constant);
    d
}
