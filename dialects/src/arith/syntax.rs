//! Custom assembly of arith ops: `lhs, rhs flags attr-dict : type`, casts
//! `in flags attr-dict : T to U`, comparisons `pred, lhs, rhs flags : type`, constants and
//! `select`, as mlir-opt 22 prints them.

use ir::asm::{AsmParser, PResult, Punct};
use ir::attributes::{AttrKind, NamedAttr};
use ir::print::{print_type, AsmPrinter};
use ir::{Attribute, Context, Ir, OpId, OperationState, Type, TypeKind};

use crate::common::{
    named, opaque_attr, parse_attr_dict_and_type, parse_keyword_list, print_attr_dict_and_type,
};

use super::{flags_of, opaque_body, ROUNDING_MODES};

/// `cmpi`'s predicates, by value.
pub(super) const CMPI_PREDICATES: [&str; 10] = [
    "eq", "ne", "slt", "sle", "sgt", "sge", "ult", "ule", "ugt", "uge",
];
/// `cmpf`'s predicates, by value.
pub(super) const CMPF_PREDICATES: [&str; 16] = [
    "false", "oeq", "ogt", "oge", "olt", "ole", "one", "ord", "ueq", "ugt", "uge", "ult", "ule",
    "une", "uno", "true",
];

/// The value of comparison `op`'s `predicate`.
pub(super) fn predicate(ctx: &Context, ir: &Ir, op: OpId) -> Option<i128> {
    int_value(ctx, ir.attr(ctx, op, "predicate")?)
}

/// The entry of `table` that comparison `op`'s `predicate` selects.
pub(super) fn predicate_entry<'t, T>(
    ctx: &Context,
    ir: &Ir,
    op: OpId,
    table: &'t [T],
) -> Option<&'t T> {
    table.get(usize::try_from(predicate(ctx, ir, op)?).ok()?)
}

/// The predicate names of comparison op `name`, by value.
pub(super) fn predicates(name: &str) -> &'static [&'static str] {
    if name == "arith.cmpf" {
        &CMPF_PREDICATES
    } else {
        &CMPI_PREDICATES
    }
}

pub(super) use crate::common::int_value;

/// The optional `roundingmode` and flags (` fastmath<fast>`), as the op's format prints
/// them; returns the attribute names the attr-dict must elide (all the op's inherent ones,
/// which its custom form spells).
fn print_flags(p: &mut AsmPrinter<'_>, op: OpId) -> Vec<&'static str> {
    let (ctx, ir) = (p.ctx, p.ir);
    let Some(def) = ctx.op_def(ir.op_name(op)) else {
        return Vec::new();
    };
    if let Some(mode) = ir
        .attr(ctx, op, "roundingmode")
        .and_then(|a| int_value(ctx, a))
        .and_then(|v| ROUNDING_MODES.get(usize::try_from(v).ok()?))
        .filter(|_| def.attribute("roundingmode").is_some())
    {
        p.write(" ");
        p.write(mode);
    }
    if let Some((key, mnemonic, _)) = flags_of(def) {
        if let Some(body) = ir
            .attr(ctx, op, key)
            .and_then(|a| opaque_body(ctx, a, mnemonic))
            // A defaulted `none` is elided; an optional flags attribute prints as written.
            .filter(|b| *b != "none" || def.defaults.is_none())
        {
            p.write(&format!(" {mnemonic}<{body}>"));
        }
    }
    def.attributes.iter().map(|a| a.name).collect()
}

/// Parses what `print_flags` prints into `state.props`.
fn parse_flags_into(p: &mut dyn AsmParser, state: &mut OperationState) -> PResult<()> {
    let ctx = p.ctx();
    let def = ctx.op_def(state.name);
    let mut props = Vec::new();
    if def.is_some_and(|d| d.attribute("roundingmode").is_some()) {
        if let Some(mode) = ROUNDING_MODES
            .iter()
            .position(|m| p.parse_optional_keyword(m))
        {
            let ctx = p.ctx();
            props.push(named(
                ctx,
                "roundingmode",
                ctx.integer_attr(mode as i128, ctx.integer_type(32)),
            ));
        }
    }
    if let Some((key, mnemonic, sep)) = def.and_then(flags_of) {
        if p.parse_optional_keyword(mnemonic) {
            let flags = parse_keyword_list(p, "a flag keyword")?.join(sep);
            let ctx = p.ctx();
            props.push(named(ctx, key, opaque_attr(ctx, "arith", mnemonic, &flags)));
        }
    }
    if !props.is_empty() {
        state.props.get_or_insert_with(Vec::new).extend(props);
    }
    Ok(())
}

/// The attr-dict (without `elided`), ` : `, and the type of the op's first operand.
fn print_tail(p: &mut AsmPrinter<'_>, op: OpId, elided: &[&str]) {
    let ty = p.ir.value_type(p.ir.operand(op, 0));
    print_attr_dict_and_type(p, op, elided, ty);
}

pub(super) fn print_binary(p: &mut AsmPrinter<'_>, op: OpId) {
    let ir = p.ir;
    p.write(p.ctx.op_name_str(ir.op_name(op)));
    p.write(" ");
    p.print_values(ir.operands(op));
    let elided = print_flags(p, op);
    print_tail(p, op, &elided);
}

/// `%lhs, %rhs` flags attr-dict `:` type, both operands of that type (which it returns),
/// as binary ops and comparisons end.
fn parse_operand_pair(p: &mut dyn AsmParser, state: &mut OperationState) -> PResult<Type> {
    let offset = p.offset();
    let lhs = p.parse_operand()?;
    p.parse_punct(Punct::Comma)?;
    let rhs = p.parse_operand()?;
    parse_flags_into(p, state)?;
    let ty = parse_attr_dict_and_type(p, state)?;
    state.operands = p.resolve_operands(&[lhs, rhs], &[ty, ty], offset)?;
    Ok(ty)
}

pub(super) fn parse_binary(p: &mut dyn AsmParser, state: &mut OperationState) -> PResult<()> {
    let ty = parse_operand_pair(p, state)?;
    state.result_types.push(ty);
    Ok(())
}

/// Casts (`%x : i32 to i64`) and `negf` (`%x : f32`, its result type being its operand's).
pub(super) fn print_cast(p: &mut AsmPrinter<'_>, op: OpId) {
    let ir = p.ir;
    let name = p.ctx.op_name_str(ir.op_name(op));
    p.write(name);
    p.write(" ");
    p.print_value(ir.operand(op, 0));
    let elided = print_flags(p, op);
    print_tail(p, op, &elided);
    if name != "arith.negf" {
        p.write(" to ");
        p.print_type(ir.value_type(ir.result(op, 0)));
    }
}

pub(super) fn parse_cast(p: &mut dyn AsmParser, state: &mut OperationState) -> PResult<()> {
    let offset = p.offset();
    let v = p.parse_operand()?;
    parse_flags_into(p, state)?;
    let from = parse_attr_dict_and_type(p, state)?;
    let to = if p.ctx().op_name_str(state.name) == "arith.negf" {
        from
    } else {
        p.parse_keyword("to")?;
        p.parse_type()?
    };
    state.operands = p.resolve_operands(&[v], &[from], offset)?;
    state.result_types.push(to);
    Ok(())
}

pub(super) fn print_cmp(p: &mut AsmPrinter<'_>, op: OpId) {
    let (ctx, ir) = (p.ctx, p.ir);
    let name = ctx.op_name_str(ir.op_name(op));
    p.write(name);
    p.write(" ");
    let pred = predicate_entry(ctx, ir, op, predicates(name)).unwrap_or(&"eq");
    p.write(pred);
    p.write(", ");
    p.print_values(ir.operands(op));
    let elided = print_flags(p, op);
    print_tail(p, op, &elided);
}

pub(super) fn parse_cmp(p: &mut dyn AsmParser, state: &mut OperationState) -> PResult<()> {
    let table = predicates(p.ctx().op_name_str(state.name));
    let kw = p.parse_optional_any_keyword();
    let Some(pred) = kw
        .as_deref()
        .and_then(|kw| table.iter().position(|&k| k == kw))
    else {
        return Err(p.error(&format!(
            "expected string or keyword containing one of the following enum values for attribute 'predicate' [{}]",
            table.join(", ")
        )));
    };
    p.parse_punct(Punct::Comma)?;
    let ty = parse_operand_pair(p, state)?;
    let ctx = p.ctx();
    state.result_types.push(bool_like(ctx, ty));
    state.props.get_or_insert_with(Vec::new).push(named(
        ctx,
        "predicate",
        ctx.integer_attr(pred as i128, ctx.integer_type(64)),
    ));
    Ok(())
}

/// MLIR's names for constants: `%true`/`%false` for `i1`, `%c42_i32` for other integers
/// (`%c42` for index), `%cst` for everything else.
pub(super) fn constant_name(ctx: &Context, ir: &Ir, op: OpId) -> Option<String> {
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

pub(super) fn print_constant(p: &mut AsmPrinter<'_>, op: OpId) {
    p.write("arith.constant");
    let entries = p.op_attr_entries(op);
    p.print_optional_attr_dict(&entries, &["value"]);
    if let Some(v) = p.ir.attr(p.ctx, op, "value") {
        p.write(" ");
        p.print_attr(v);
    }
}

/// The type an attribute carries.
pub(super) fn attr_type(ctx: &Context, a: Attribute) -> Option<Type> {
    match ctx.attr_kind(a) {
        AttrKind::Integer { ty, .. } | AttrKind::Float { ty, .. } => Some(*ty),
        AttrKind::Bool(_) => Some(ctx.integer_type(1)),
        AttrKind::DenseElements { ty, .. } => Some(*ty),
        _ => None,
    }
}

pub(super) fn parse_constant(p: &mut dyn AsmParser, state: &mut OperationState) -> PResult<()> {
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

/// `i1` shaped like `ty`.
pub(super) fn bool_like(ctx: &Context, ty: Type) -> Type {
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

pub(super) fn print_select(p: &mut AsmPrinter<'_>, op: OpId) {
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

pub(super) fn parse_select(p: &mut dyn AsmParser, state: &mut OperationState) -> PResult<()> {
    let offset = p.offset();
    let ops = p.parse_operand_list()?;
    let first = parse_attr_dict_and_type(p, state)?;
    let (cond, ty) = if p.parse_optional_punct(Punct::Comma) {
        (first, p.parse_type()?)
    } else {
        (p.ctx().integer_type(1), first)
    };
    state.operands = p.resolve_operands(&ops, &[cond, ty, ty], offset)?;
    state.result_types.push(ty);
    Ok(())
}
