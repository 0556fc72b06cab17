//! The arith dialect (MLIR's): `arith.constant`, `addi`/`subi`/`muli`,
//! `addf`/`subf`/`mulf`/`divf`, `cmpi`, `select`, `index_cast`, with MLIR's names, generic
//! and custom syntax (as mlir-opt 22 prints them), verifiers, folds and the constant
//! materializer. Other arith ops stay unregistered (kept in generic form under
//! `--allow-unregistered-dialect`).
//!
//! Known difference: mlir-opt names constants `%c1_i32`, `%true`, `%cst`
//! (`getAsmResultNames`); we number them like any other value.

use ir::asm::{AsmParser, PResult, Punct};
use ir::attributes::{AttrKind, NamedAttr};
use ir::constraints::{ANY_ATTR, ANY_TYPE};
use ir::dialect::{AttrConstraint, AttrSyntax, CustomAsm, Dialect, DialectTypeDef, TypeConstraint};
use ir::print::{print_type, AsmPrinter};
use ir::rewrite::FoldResult;
use ir::types::FloatKind;
use ir::verify::{op_error, VerifyCx};
use ir::{define_op, Attribute, Context, Diagnostic, Ir, OpId, OperationState, Type, TypeKind};

type Folded = Option<Vec<FoldResult>>;

/// The element type of a scalar, vector or tensor type.
fn elem(ctx: &Context, ty: Type) -> Type {
    ctx.element_type(ty).unwrap_or(ty)
}

pub const SIGNLESS_INT_LIKE: TypeConstraint = TypeConstraint {
    description: "signless-integer-like",
    check: |ctx, ty| {
        let e = elem(ctx, ty);
        ctx.is_signless_integer(e, None) || ctx.is_index(e)
    },
    buildable: None,
};
pub const FLOAT_LIKE: TypeConstraint = TypeConstraint {
    description: "floating-point-like",
    check: |ctx, ty| ctx.is_float(elem(ctx, ty)),
    buildable: None,
};
pub const BOOL_LIKE: TypeConstraint = TypeConstraint {
    description: "bool-like",
    check: |ctx, ty| ctx.is_signless_integer(elem(ctx, ty), Some(1)),
    buildable: None,
};
const I64_ATTR: AttrConstraint = AttrConstraint {
    syntax: AttrSyntax::Attribute,
    description: "64-bit signless integer attribute",
    check: |ctx, a| matches!(ctx.attr_kind(a), AttrKind::Integer { ty, .. } if ctx.is_signless_integer(*ty, Some(64))),
};
const OVERFLOW_ATTR: AttrConstraint = AttrConstraint {
    syntax: AttrSyntax::Attribute,
    description: "Integer overflow arith flags",
    check: |ctx, a| opaque_body(ctx, a, "overflow").is_some(),
};
const FASTMATH_ATTR: AttrConstraint = AttrConstraint {
    syntax: AttrSyntax::Attribute,
    description: "Floating point fast math flags",
    check: |ctx, a| opaque_body(ctx, a, "fastmath").is_some(),
};

/// `nsw, nuw` of `#arith.overflow<nsw, nuw>` when `a` is such an attribute.
fn opaque_body<'c>(ctx: &'c Context, a: Attribute, mnemonic: &str) -> Option<&'c str> {
    match ctx.attr_kind(a) {
        AttrKind::Opaque { dialect, body } if &**dialect == "arith" => body
            .strip_prefix(mnemonic)?
            .strip_prefix('<')?
            .strip_suffix('>'),
        _ => None,
    }
}

/// The flags property defaults to `none` (`#arith.overflow<none>` / `#arith.fastmath<none>`),
/// which MLIR materializes: the generic form always shows it.
fn default_flags(ctx: &ir::Context, state: &mut OperationState) {
    let Some(def) = ctx.op_def(state.name) else {
        return;
    };
    let Some(flags) = def.attributes.first() else {
        return;
    };
    let present = |list: &[NamedAttr]| list.iter().any(|a| ctx.ident_str(a.name) == flags.name);
    if present(state.props.as_deref().unwrap_or_default()) || present(&state.attrs) {
        return;
    }
    let mnemonic = if flags.name == "fastmath" {
        "fastmath"
    } else {
        "overflow"
    };
    let value = ctx.intern_attr(AttrKind::Opaque {
        dialect: "arith".into(),
        body: format!("{mnemonic}<none>").into(),
    });
    state.props.get_or_insert_with(Vec::new).push(NamedAttr {
        name: ctx.ident(flags.name),
        value,
    });
}

macro_rules! binary_op {
    ($Name:ident, $op:literal, $con:expr, $flags:ident, $fcon:expr, $fold:expr, [$($tr:ident),*]) => {
        define_op! {
            #[doc = "Elementwise binary arithmetic."]
            pub struct $Name = $op {
                operands: { lhs: Single($con), rhs: Single($con) },
                results: { result: Single($con) },
                attributes: { $flags: Optional($fcon) },
                traits: [Pure, SameOperandsAndResultType $(, $tr)*],
                custom_asm: CustomAsm { print: print_binary, parse: parse_binary },
                fold: $fold,
                defaults: default_flags,
            }
        }
    };
}

binary_op!(
    AddIOp,
    "arith.addi",
    SIGNLESS_INT_LIKE,
    overflowFlags,
    OVERFLOW_ATTR,
    fold_addi,
    [Commutative]
);
binary_op!(
    SubIOp,
    "arith.subi",
    SIGNLESS_INT_LIKE,
    overflowFlags,
    OVERFLOW_ATTR,
    fold_subi,
    []
);
binary_op!(
    MulIOp,
    "arith.muli",
    SIGNLESS_INT_LIKE,
    overflowFlags,
    OVERFLOW_ATTR,
    fold_muli,
    [Commutative]
);
binary_op!(
    AddFOp,
    "arith.addf",
    FLOAT_LIKE,
    fastmath,
    FASTMATH_ATTR,
    fold_addf,
    [Commutative]
);
binary_op!(
    SubFOp,
    "arith.subf",
    FLOAT_LIKE,
    fastmath,
    FASTMATH_ATTR,
    fold_subf,
    []
);
binary_op!(
    MulFOp,
    "arith.mulf",
    FLOAT_LIKE,
    fastmath,
    FASTMATH_ATTR,
    fold_mulf,
    [Commutative]
);
binary_op!(
    DivFOp,
    "arith.divf",
    FLOAT_LIKE,
    fastmath,
    FASTMATH_ATTR,
    fold_divf,
    []
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
        custom_asm: CustomAsm { print: print_cmpi, parse: parse_cmpi },
        verify: verify_cmpi,
        fold: fold_cmpi,
    }
}

define_op! {
    /// `condition ? true_value : false_value`.
    pub struct SelectOp = "arith.select" {
        operands: { condition: Single(BOOL_LIKE), true_value: Single(ANY_TYPE), false_value: Single(ANY_TYPE) },
        results: { result: Single(ANY_TYPE) },
        traits: [Pure],
        custom_asm: CustomAsm { print: print_select, parse: parse_select },
        verify: verify_select,
        fold: fold_select,
    }
}

define_op! {
    /// Converts between `index` and integers (sign-extending or truncating).
    pub struct IndexCastOp = "arith.index_cast" {
        operands: { input: Single(SIGNLESS_INT_LIKE) },
        results: { out: Single(SIGNLESS_INT_LIKE) },
        traits: [Pure],
        custom_asm: CustomAsm { print: print_index_cast, parse: parse_index_cast },
        verify: verify_index_cast,
        fold: fold_index_cast,
    }
}

/// `<flag, flag>` with every flag one of `known` (MLIR's enum attribute syntax).
fn check_flag_list(params: &str, known: &[&str]) -> Result<(), String> {
    let inner = params
        .strip_prefix('<')
        .and_then(|p| p.strip_suffix('>'))
        .ok_or_else(|| "expected '<flags>'".to_string())?;
    for flag in inner.split(',').map(str::trim) {
        if !known.contains(&flag) {
            return Err(format!(
                "expected one of {} but found '{flag}'",
                known.join(", ")
            ));
        }
    }
    Ok(())
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
            AddFOp::def(),
            SubFOp::def(),
            MulFOp::def(),
            DivFOp::def(),
            CmpIOp::def(),
            SelectOp::def(),
            IndexCastOp::def(),
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

// ----- syntax -----

fn print_binary(p: &mut AsmPrinter<'_>, op: OpId) {
    let (ctx, ir) = (p.ctx, p.ir);
    let name = ctx.op_name_str(ir.op_name(op));
    p.write(name);
    p.write(" ");
    p.print_value(ir.operand(op, 0));
    p.write(", ");
    p.print_value(ir.operand(op, 1));
    let float = name.ends_with('f');
    let key = if float { "fastmath" } else { "overflowFlags" };
    let mnemonic = if float { "fastmath" } else { "overflow" };
    if let Some(body) = ir
        .attr(ctx, op, key)
        .and_then(|a| opaque_body(ctx, a, mnemonic))
        .filter(|b| *b != "none")
    {
        p.write(&format!(" {mnemonic}<{body}>"));
    }
    let entries = p.op_attr_entries(op);
    p.print_optional_attr_dict(&entries, &[key]);
    p.write(" : ");
    p.print_type(ir.value_type(ir.result(op, 0)));
}

/// `<a, b>`: the flag keywords joined by `sep`.
fn parse_flags(p: &mut dyn AsmParser, sep: &str) -> PResult<String> {
    p.parse_punct(Punct::Less)?;
    let mut words = Vec::new();
    loop {
        match p.parse_optional_any_keyword() {
            Some(w) => words.push(w),
            None => return Err(p.error("expected a flag keyword")),
        }
        if !p.parse_optional_punct(Punct::Comma) {
            break;
        }
    }
    p.parse_punct(Punct::Greater)?;
    Ok(words.join(sep))
}

fn parse_binary(p: &mut dyn AsmParser, state: &mut OperationState) -> PResult<()> {
    let float = p.ctx().op_name_str(state.name).ends_with('f');
    let (key, mnemonic, sep) = if float {
        ("fastmath", "fastmath", ",")
    } else {
        ("overflowFlags", "overflow", ", ")
    };
    let offset = p.offset();
    let lhs = p.parse_operand()?;
    p.parse_punct(Punct::Comma)?;
    let rhs = p.parse_operand()?;
    let flags = if p.parse_optional_keyword(mnemonic) {
        parse_flags(p, sep)?
    } else {
        "none".to_string()
    };
    state.attrs.extend(p.parse_optional_attr_dict()?);
    p.parse_punct(Punct::Colon)?;
    let ty = p.parse_type()?;
    state.operands = p.resolve_operands(&[lhs, rhs], &[ty, ty], offset)?;
    state.result_types.push(ty);
    let ctx = p.ctx();
    let value = ctx.intern_attr(AttrKind::Opaque {
        dialect: "arith".into(),
        body: format!("{mnemonic}<{flags}>").into(),
    });
    state.props = Some(vec![NamedAttr {
        name: ctx.ident(key),
        value,
    }]);
    Ok(())
}

/// MLIR's names for constants: `%true`/`%false` for `i1`, `%c42_i32` for other integers
/// (`%c42` for index), `%cst` for everything else.
fn constant_name(ctx: &Context, ir: &Ir, op: OpId) -> Option<String> {
    let value = ir.attr(ctx, op, "value")?;
    let ty = ir.value_type(ir.result(op, 0));
    let int_ty = matches!(ctx.type_kind(ty), TypeKind::Integer { .. });
    match *ctx.attr_kind(value) {
        AttrKind::Bool(b) => Some(if b { "true" } else { "false" }.into()),
        AttrKind::Integer { value, .. } if int_ty && ctx.int_or_float_width(ty) == Some(1) => {
            Some(if value != 0 { "true" } else { "false" }.into())
        }
        AttrKind::Integer { value, .. } if int_ty => {
            Some(format!("c{value}_{}", print_type(ctx, ty)))
        }
        AttrKind::Integer { value, .. } => Some(format!("c{value}")),
        _ => Some("cst".into()),
    }
}

fn print_constant(p: &mut AsmPrinter<'_>, op: OpId) {
    p.write("arith.constant");
    let entries = p.op_attr_entries(op);
    p.print_optional_attr_dict(&entries, &["value"]);
    if let Some(v) = p.ir.attr(p.ctx, op, "value") {
        p.write(" ");
        p.print_attr(v);
    }
}

/// The type an attribute carries.
fn attr_type(ctx: &Context, a: Attribute) -> Option<Type> {
    match ctx.attr_kind(a) {
        AttrKind::Integer { ty, .. } | AttrKind::Float { ty, .. } => Some(*ty),
        AttrKind::Bool(_) => Some(ctx.integer_type(1)),
        AttrKind::DenseElements { ty, .. } => Some(*ty),
        _ => None,
    }
}

fn parse_constant(p: &mut dyn AsmParser, state: &mut OperationState) -> PResult<()> {
    state.attrs.extend(p.parse_optional_attr_dict()?);
    let value = p.parse_attribute()?;
    let Some(ty) = attr_type(p.ctx(), value) else {
        return Err(p.error("expected a typed attribute"));
    };
    state.result_types.push(ty);
    state.props = Some(vec![NamedAttr {
        name: p.ctx().ident("value"),
        value,
    }]);
    Ok(())
}

const PREDICATES: [&str; 10] = [
    "eq", "ne", "slt", "sle", "sgt", "sge", "ult", "ule", "ugt", "uge",
];

fn int_value(ctx: &Context, a: Attribute) -> Option<i128> {
    match ctx.attr_kind(a) {
        AttrKind::Integer { value, .. } => Some(*value),
        AttrKind::Bool(b) => Some(i128::from(*b)),
        _ => None,
    }
}

fn print_cmpi(p: &mut AsmPrinter<'_>, op: OpId) {
    let (ctx, ir) = (p.ctx, p.ir);
    p.write("arith.cmpi ");
    let pred = ir
        .attr(ctx, op, "predicate")
        .and_then(|a| int_value(ctx, a))
        .and_then(|v| PREDICATES.get(usize::try_from(v).ok()?))
        .unwrap_or(&"eq");
    p.write(pred);
    p.write(", ");
    p.print_value(ir.operand(op, 0));
    p.write(", ");
    p.print_value(ir.operand(op, 1));
    let entries = p.op_attr_entries(op);
    p.print_optional_attr_dict(&entries, &["predicate"]);
    p.write(" : ");
    p.print_type(ir.value_type(ir.operand(op, 0)));
}

/// `i1` shaped like `ty`.
fn bool_like(ctx: &Context, ty: Type) -> Type {
    let i1 = ctx.integer_type(1);
    match ctx.type_kind(ty).clone() {
        TypeKind::Vector {
            shape, scalable, ..
        } => ctx.intern_type(TypeKind::Vector {
            shape,
            scalable,
            elem: i1,
        }),
        TypeKind::RankedTensor {
            shape, encoding, ..
        } => ctx.intern_type(TypeKind::RankedTensor {
            shape,
            elem: i1,
            encoding,
        }),
        TypeKind::UnrankedTensor { .. } => ctx.intern_type(TypeKind::UnrankedTensor { elem: i1 }),
        _ => i1,
    }
}

fn parse_cmpi(p: &mut dyn AsmParser, state: &mut OperationState) -> PResult<()> {
    let Some(kw) = p.parse_optional_any_keyword() else {
        return Err(p.error("expected a comparison predicate"));
    };
    let Some(pred) = PREDICATES.iter().position(|&k| k == kw) else {
        return Err(p.error(&format!("invalid predicate '{kw}'")));
    };
    p.parse_punct(Punct::Comma)?;
    let offset = p.offset();
    let lhs = p.parse_operand()?;
    p.parse_punct(Punct::Comma)?;
    let rhs = p.parse_operand()?;
    state.attrs.extend(p.parse_optional_attr_dict()?);
    p.parse_punct(Punct::Colon)?;
    let ty = p.parse_type()?;
    state.operands = p.resolve_operands(&[lhs, rhs], &[ty, ty], offset)?;
    let ctx = p.ctx();
    state.result_types.push(bool_like(ctx, ty));
    state.props = Some(vec![NamedAttr {
        name: ctx.ident("predicate"),
        value: ctx.integer_attr(pred as i128, ctx.integer_type(64)),
    }]);
    Ok(())
}

fn print_select(p: &mut AsmPrinter<'_>, op: OpId) {
    let ir = p.ir;
    p.write("arith.select ");
    p.print_values(ir.operands(op));
    let entries = p.op_attr_entries(op);
    p.print_optional_attr_dict(&entries, &[]);
    p.write(" : ");
    let cond = ir.value_type(ir.operand(op, 0));
    if cond != p.ctx.integer_type(1) {
        p.print_type(cond);
        p.write(", ");
    }
    p.print_type(ir.value_type(ir.result(op, 0)));
}

fn parse_select(p: &mut dyn AsmParser, state: &mut OperationState) -> PResult<()> {
    let offset = p.offset();
    let ops = p.parse_operand_list()?;
    state.attrs.extend(p.parse_optional_attr_dict()?);
    p.parse_punct(Punct::Colon)?;
    let first = p.parse_type()?;
    let (cond, ty) = if p.parse_optional_punct(Punct::Comma) {
        (first, p.parse_type()?)
    } else {
        (p.ctx().integer_type(1), first)
    };
    state.operands = p.resolve_operands(&ops, &[cond, ty, ty], offset)?;
    state.result_types.push(ty);
    Ok(())
}

fn print_index_cast(p: &mut AsmPrinter<'_>, op: OpId) {
    let ir = p.ir;
    p.write("arith.index_cast ");
    p.print_value(ir.operand(op, 0));
    let entries = p.op_attr_entries(op);
    p.print_optional_attr_dict(&entries, &[]);
    p.write(" : ");
    p.print_type(ir.value_type(ir.operand(op, 0)));
    p.write(" to ");
    p.print_type(ir.value_type(ir.result(op, 0)));
}

fn parse_index_cast(p: &mut dyn AsmParser, state: &mut OperationState) -> PResult<()> {
    let offset = p.offset();
    let v = p.parse_operand()?;
    state.attrs.extend(p.parse_optional_attr_dict()?);
    p.parse_punct(Punct::Colon)?;
    let from = p.parse_type()?;
    p.parse_keyword("to")?;
    let to = p.parse_type()?;
    state.operands = p.resolve_operands(&[v], &[from], offset)?;
    state.result_types.push(to);
    Ok(())
}

// ----- verifiers -----

fn verify_constant(cx: &VerifyCx<'_>, op: OpId) -> Result<(), Diagnostic> {
    let ty = cx.ir.value_type(cx.ir.result(op, 0));
    let value = cx.ir.attr(cx.ctx, op, "value");
    match value.and_then(|v| attr_type(cx.ctx, v)) {
        Some(t) if t == ty => Ok(()),
        Some(t) => Err(op_error(
            cx.ctx,
            cx.ir,
            op,
            format!(
                "value type '{}' must match result type '{}'",
                print_type(cx.ctx, t),
                print_type(cx.ctx, ty)
            ),
        )),
        None => Err(op_error(
            cx.ctx,
            cx.ir,
            op,
            "value must be an integer, float, or elements attribute",
        )),
    }
}

fn verify_cmpi(cx: &VerifyCx<'_>, op: OpId) -> Result<(), Diagnostic> {
    let ta = cx.ir.value_type(cx.ir.operand(op, 0));
    if ta != cx.ir.value_type(cx.ir.operand(op, 1)) {
        return Err(op_error(
            cx.ctx,
            cx.ir,
            op,
            "failed to verify that all of {lhs, rhs} have same type",
        ));
    }
    if cx.ir.value_type(cx.ir.result(op, 0)) != bool_like(cx.ctx, ta) {
        return Err(op_error(
            cx.ctx,
            cx.ir,
            op,
            "failed to verify that result type has i1 element type and same shape as operands",
        ));
    }
    let pred = cx
        .ir
        .attr(cx.ctx, op, "predicate")
        .and_then(|a| int_value(cx.ctx, a));
    if !pred.is_some_and(|v| (0..10).contains(&v)) {
        return Err(op_error(
            cx.ctx,
            cx.ir,
            op,
            "attribute 'predicate' failed to satisfy constraint: allowed 64-bit signless integer cases: 0, 1, 2, 3, 4, 5, 6, 7, 8, 9",
        ));
    }
    Ok(())
}

fn verify_select(cx: &VerifyCx<'_>, op: OpId) -> Result<(), Diagnostic> {
    let ir = cx.ir;
    let ty = ir.value_type(ir.result(op, 0));
    if ir.value_type(ir.operand(op, 1)) != ty || ir.value_type(ir.operand(op, 2)) != ty {
        return Err(op_error(
            cx.ctx,
            ir,
            op,
            "failed to verify that all of {true_value, false_value, result} have same type",
        ));
    }
    let cond = ir.value_type(ir.operand(op, 0));
    if cond != cx.ctx.integer_type(1) && cond != bool_like(cx.ctx, ty) {
        return Err(op_error(
            cx.ctx,
            ir,
            op,
            "expected condition type to have the same shape as the result type",
        ));
    }
    Ok(())
}

fn verify_index_cast(cx: &VerifyCx<'_>, op: OpId) -> Result<(), Diagnostic> {
    let (ctx, ir) = (cx.ctx, cx.ir);
    let (from, to) = (
        ir.value_type(ir.operand(op, 0)),
        ir.value_type(ir.result(op, 0)),
    );
    if ctx.is_index(elem(ctx, from)) == ctx.is_index(elem(ctx, to)) {
        return Err(op_error(
            ctx,
            ir,
            op,
            format!(
                "operand type '{}' and result type '{}' are cast incompatible",
                print_type(ctx, from),
                print_type(ctx, to)
            ),
        ));
    }
    Ok(())
}

// ----- folds -----

fn fold_constant(ctx: &Context, ir: &Ir, op: OpId, _: &[Option<Attribute>]) -> Folded {
    ir.attr(ctx, op, "value").map(|v| vec![FoldResult::Attr(v)])
}

/// The bit width of an integer or index type (index: 64, as MLIR's internal storage).
fn int_width(ctx: &Context, ty: Type) -> Option<u32> {
    match ctx.type_kind(ty) {
        TypeKind::Integer { width, .. } => Some(*width),
        TypeKind::Index => Some(64),
        _ => None,
    }
}

/// `v` wrapped to `width` bits as our integer attributes store it (sign-extended; i1 as 0/1).
fn wrap(v: i128, width: u32) -> i128 {
    if width == 1 {
        return v & 1;
    }
    if width >= 128 {
        return v;
    }
    let shift = 128 - width;
    (v << shift) >> shift
}

fn int_attr(ctx: &Context, v: i128, ty: Type) -> Option<Attribute> {
    let w = int_width(ctx, ty)?;
    let v = wrap(v, w);
    Some(if w == 1 {
        ctx.intern_attr(AttrKind::Bool(v != 0))
    } else {
        ctx.integer_attr(v, ty)
    })
}

/// Scalar integer operand values.
fn ints(ctx: &Context, c: &[Option<Attribute>]) -> Vec<Option<i128>> {
    c.iter()
        .map(|a| a.and_then(|a| int_value(ctx, a)))
        .collect()
}

fn fold_int_binary(
    ctx: &Context,
    ir: &Ir,
    op: OpId,
    c: &[Option<Attribute>],
    f: fn(i128, i128) -> i128,
    identity: impl Fn(Option<i128>, Option<i128>) -> Option<FoldResult>,
) -> Folded {
    let ty = ir.value_type(ir.result(op, 0));
    int_width(ctx, ty)?; // scalars only
    let v = ints(ctx, c);
    if let (Some(a), Some(b)) = (v[0], v[1]) {
        return Some(vec![FoldResult::Attr(int_attr(ctx, f(a, b), ty)?)]);
    }
    identity(v[0], v[1]).map(|r| vec![r])
}

fn fold_addi(ctx: &Context, ir: &Ir, op: OpId, c: &[Option<Attribute>]) -> Folded {
    let (l, r) = (ir.operand(op, 0), ir.operand(op, 1));
    fold_int_binary(ctx, ir, op, c, i128::wrapping_add, |a, b| match (a, b) {
        (_, Some(0)) => Some(FoldResult::Value(l)),
        (Some(0), _) => Some(FoldResult::Value(r)),
        _ => None,
    })
}

fn fold_subi(ctx: &Context, ir: &Ir, op: OpId, c: &[Option<Attribute>]) -> Folded {
    let (l, r) = (ir.operand(op, 0), ir.operand(op, 1));
    let ty = ir.value_type(ir.result(op, 0));
    fold_int_binary(ctx, ir, op, c, i128::wrapping_sub, |_, b| match b {
        Some(0) => Some(FoldResult::Value(l)),
        _ if l == r => int_attr(ctx, 0, ty).map(FoldResult::Attr),
        _ => None,
    })
}

fn fold_muli(ctx: &Context, ir: &Ir, op: OpId, c: &[Option<Attribute>]) -> Folded {
    let (l, r) = (ir.operand(op, 0), ir.operand(op, 1));
    let ty = ir.value_type(ir.result(op, 0));
    fold_int_binary(ctx, ir, op, c, i128::wrapping_mul, |a, b| match (a, b) {
        (_, Some(1)) => Some(FoldResult::Value(l)),
        (Some(1), _) => Some(FoldResult::Value(r)),
        (_, Some(0)) | (Some(0), _) => int_attr(ctx, 0, ty).map(FoldResult::Attr),
        _ => None,
    })
}

fn float_value(ctx: &Context, a: Option<Attribute>) -> Option<f64> {
    match ctx.attr_kind(a?) {
        AttrKind::Float { bits, .. } => Some(f64::from_bits(*bits)),
        _ => None,
    }
}

/// `v` rounded to `ty` (f32 or f64 only; other widths are not folded).
fn float_attr(ctx: &Context, v: f64, ty: Type) -> Option<Attribute> {
    let v = match ctx.type_kind(ty) {
        TypeKind::Float(FloatKind::F64) => v,
        TypeKind::Float(FloatKind::F32) => f64::from(v as f32),
        _ => return None,
    };
    Some(ctx.intern_attr(AttrKind::Float {
        bits: v.to_bits(),
        ty,
    }))
}

fn fold_float_binary(
    ctx: &Context,
    ir: &Ir,
    op: OpId,
    c: &[Option<Attribute>],
    f: fn(f64, f64) -> f64,
    identity: impl Fn(Option<f64>, Option<f64>) -> Option<FoldResult>,
) -> Folded {
    let ty = ir.value_type(ir.result(op, 0));
    if !ctx.is_float(ty) {
        return None;
    }
    let (a, b) = (float_value(ctx, c[0]), float_value(ctx, c[1]));
    if let (Some(a), Some(b)) = (a, b) {
        // f32 operands are exact in f64; one rounding to f32 gives the f32 result.
        return Some(vec![FoldResult::Attr(float_attr(ctx, f(a, b), ty)?)]);
    }
    identity(a, b).map(|r| vec![r])
}

fn is_zero(v: Option<f64>, negative: bool) -> bool {
    v.is_some_and(|v| v == 0.0 && v.is_sign_negative() == negative)
}

fn fold_addf(ctx: &Context, ir: &Ir, op: OpId, c: &[Option<Attribute>]) -> Folded {
    let (l, r) = (ir.operand(op, 0), ir.operand(op, 1));
    fold_float_binary(
        ctx,
        ir,
        op,
        c,
        |a, b| a + b,
        |a, b| {
            if is_zero(b, true) {
                Some(FoldResult::Value(l))
            } else if is_zero(a, true) {
                Some(FoldResult::Value(r))
            } else {
                None
            }
        },
    )
}

fn fold_subf(ctx: &Context, ir: &Ir, op: OpId, c: &[Option<Attribute>]) -> Folded {
    let l = ir.operand(op, 0);
    fold_float_binary(
        ctx,
        ir,
        op,
        c,
        |a, b| a - b,
        |_, b| is_zero(b, false).then_some(FoldResult::Value(l)),
    )
}

fn fold_mulf(ctx: &Context, ir: &Ir, op: OpId, c: &[Option<Attribute>]) -> Folded {
    let (l, r) = (ir.operand(op, 0), ir.operand(op, 1));
    fold_float_binary(
        ctx,
        ir,
        op,
        c,
        |a, b| a * b,
        |a, b| match (a, b) {
            (_, Some(1.0)) => Some(FoldResult::Value(l)),
            (Some(1.0), _) => Some(FoldResult::Value(r)),
            _ => None,
        },
    )
}

fn fold_divf(ctx: &Context, ir: &Ir, op: OpId, c: &[Option<Attribute>]) -> Folded {
    let l = ir.operand(op, 0);
    fold_float_binary(
        ctx,
        ir,
        op,
        c,
        |a, b| a / b,
        |_, b| (b == Some(1.0)).then_some(FoldResult::Value(l)),
    )
}

fn fold_cmpi(ctx: &Context, ir: &Ir, op: OpId, c: &[Option<Attribute>]) -> Folded {
    let w = int_width(ctx, ir.value_type(ir.operand(op, 0)))?;
    let pred = ir
        .attr(ctx, op, "predicate")
        .and_then(|a| int_value(ctx, a))?;
    let result = |b: bool| Some(vec![FoldResult::Attr(ctx.intern_attr(AttrKind::Bool(b)))]);
    if ir.operand(op, 0) == ir.operand(op, 1) {
        // x == x, x <= x and x >= x hold; the strict comparisons and != do not.
        return result(matches!(pred, 0 | 3 | 5 | 7 | 9));
    }
    let v = ints(ctx, c);
    let (a, b) = (v[0]?, v[1]?);
    let mask = if w >= 128 {
        u128::MAX
    } else {
        (1u128 << w) - 1
    };
    let (ua, ub) = ((a as u128) & mask, (b as u128) & mask);
    // i1 holds 0/1; as a signed value 1 is -1.
    let (sa, sb) = if w == 1 { (-a, -b) } else { (a, b) };
    result(match pred {
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
    })
}

fn fold_select(ctx: &Context, ir: &Ir, op: OpId, c: &[Option<Attribute>]) -> Folded {
    let (t, f) = (ir.operand(op, 1), ir.operand(op, 2));
    if t == f {
        return Some(vec![FoldResult::Value(t)]);
    }
    let cond = int_value(ctx, c[0]?)?;
    Some(vec![FoldResult::Value(if cond != 0 { t } else { f })])
}

fn fold_index_cast(ctx: &Context, ir: &Ir, op: OpId, c: &[Option<Attribute>]) -> Folded {
    let v = int_value(ctx, c[0]?)?;
    let from = int_width(ctx, ir.value_type(ir.operand(op, 0)))?;
    // i1 holds 0/1: sign-extend it as MLIR does.
    let v = if from == 1 { -v } else { v };
    let ty = ir.value_type(ir.result(op, 0));
    Some(vec![FoldResult::Attr(int_attr(ctx, v, ty)?)])
}

/// arith's constant materializer: an `arith.constant` for integer, float and elements values.
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
    st.props = Some(vec![NamedAttr {
        name: ctx.ident("value"),
        value,
    }]);
    Some(ir.create_op(ctx, st))
}
