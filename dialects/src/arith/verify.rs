//! Verifiers of arith ops beyond their declared constraints.

use ir::attributes::AttrKind;
use ir::print::print_type;
use ir::verify::{op_error, VerifyCx};
use ir::{Context, Diagnostic, OpId, Type, TypeKind};

use crate::common::elem_or_self;

use super::syntax::{attr_type, bool_like, predicate, predicates};

pub(super) fn verify_constant(cx: &VerifyCx<'_>, op: OpId) -> Result<(), Diagnostic> {
    let (ctx, ir) = (cx.ctx, cx.ir);
    let fail = |msg: &str| Err(op_error(ctx, ir, op, msg));
    let ty = ir.value_type(ir.result(op, 0));
    let Some(value) = ir.attr(ctx, op, "value") else {
        return fail("requires attribute 'value'");
    };
    // A TypedAttr: integers, floats, elements, and strings (typed `none` by default).
    let value_ty = match ctx.attr_kind(value) {
        AttrKind::String { ty, .. } => Some(ty.unwrap_or_else(|| ctx.none_type())),
        _ => attr_type(ctx, value),
    };
    let Some(value_ty) = value_ty else {
        return fail("attribute 'value' failed to satisfy constraint: TypedAttr instance");
    };
    if value_ty != ty {
        return fail("failed to verify that all of {value, result} have same type");
    }
    if ctx.is_integer(ty) && !ctx.is_signless_integer(ty, None) {
        return fail("integer return type must be signless");
    }
    let AttrKind::DenseElements { splat, .. } = ctx.attr_kind(value) else {
        if attr_type(ctx, value).is_none() {
            return fail("value must be an integer, float, or elements attribute");
        }
        return Ok(());
    };
    let scalable =
        matches!(ctx.type_kind(ty), TypeKind::Vector { scalable, .. } if scalable.contains(&true));
    if scalable && !splat {
        // (sic: MLIR's spelling)
        return fail("intializing scalable vectors with elements attribute is not supported unless it's a vector splat");
    }
    Ok(())
}

pub(super) fn verify_cmp(cx: &VerifyCx<'_>, op: OpId) -> Result<(), Diagnostic> {
    let (ctx, ir) = (cx.ctx, cx.ir);
    let fail = |msg: String| Err(op_error(ctx, ir, op, msg));
    let count = predicates(ctx.op_name_str(ir.op_name(op))).len();
    let pred = predicate(ctx, ir, op);
    if !pred.is_some_and(|v| (0..count as i128).contains(&v)) {
        let cases: Vec<String> = (0..count).map(|i| i.to_string()).collect();
        return fail(format!(
            "attribute 'predicate' failed to satisfy constraint: allowed 64-bit signless integer cases: {}",
            cases.join(", ")
        ));
    }
    let ta = ir.value_type(ir.operand(op, 0));
    if ir.value_type(ir.result(op, 0)) != bool_like(ctx, ta) {
        return fail(
            "failed to verify that result type has i1 element type and same shape as operands"
                .into(),
        );
    }
    if ta != ir.value_type(ir.operand(op, 1)) {
        return fail("requires all operands to have the same type".into());
    }
    Ok(())
}

pub(super) fn verify_select(cx: &VerifyCx<'_>, op: OpId) -> Result<(), Diagnostic> {
    let (ctx, ir) = (cx.ctx, cx.ir);
    let fail = |msg: &str| Err(op_error(ctx, ir, op, msg));
    let ty = ir.value_type(ir.result(op, 0));
    if ir.value_type(ir.operand(op, 1)) != ty || ir.value_type(ir.operand(op, 2)) != ty {
        return fail(
            "failed to verify that all of {true_value, false_value, result} have same type",
        );
    }
    let cond = ir.value_type(ir.operand(op, 0));
    if cond == ctx.integer_type(1) {
        return Ok(());
    }
    let shape = |t| shape_of(ctx, t).map(|s| s.0);
    if shape(cond) != shape(ty) {
        return fail("failed to verify that condition is signless i1 or has matching shape");
    }
    // Elementwise: a shaped condition is the same kind of shaped type as the result.
    if bool_like(ctx, ty) != cond {
        return fail("all non-scalar operands/results must have the same shape and base type");
    }
    Ok(())
}

/// The shape of a vector or tensor (`None` for scalars), with scalable dims marked.
fn shape_of(ctx: &Context, ty: Type) -> Option<(Option<Vec<i64>>, Vec<bool>)> {
    match ctx.type_kind(ty) {
        TypeKind::Vector {
            shape, scalable, ..
        } => Some((Some(shape.to_vec()), scalable.to_vec())),
        TypeKind::RankedTensor { shape, .. } | TypeKind::MemRef { shape, .. } => {
            Some((Some(shape.to_vec()), vec![false; shape.len()]))
        }
        TypeKind::UnrankedTensor { .. } | TypeKind::UnrankedMemRef { .. } => Some((None, vec![])),
        _ => None,
    }
}

/// MLIR's `verifyCompatibleShapes`: both scalars, or shapes that agree where both are
/// static (an unranked shape agrees with any).
fn compatible_shapes(ctx: &Context, a: Type, b: Type) -> bool {
    match (shape_of(ctx, a), shape_of(ctx, b)) {
        (None, None) => true,
        (Some((Some(x), sx)), Some((Some(y), sy))) => {
            x.len() == y.len()
                && sx == sy
                && x.iter()
                    .zip(&y)
                    .all(|(&p, &q)| p == q || p == ir::types::DYNAMIC || q == ir::types::DYNAMIC)
        }
        (Some(_), Some(_)) => true,
        _ => false,
    }
}

fn is_tensor(ctx: &Context, ty: Type) -> bool {
    matches!(
        ctx.type_kind(ty),
        TypeKind::RankedTensor { .. } | TypeKind::UnrankedTensor { .. }
    )
}

/// Whether the elements of a `name` cast may go from `from` to `to` (MLIR's
/// `areCastCompatible`): extensions widen, truncations narrow, bitcasts keep the width,
/// index casts have index on exactly one side.
fn elements_cast_compatible(ctx: &Context, name: &str, from: Type, to: Type) -> bool {
    let width = |t| ctx.int_or_float_width(t).unwrap_or(0);
    match name {
        "arith.extsi" | "arith.extui" | "arith.extf" => width(from) < width(to),
        "arith.trunci" | "arith.truncf" => width(from) > width(to),
        "arith.bitcast" => width(from) == width(to),
        "arith.index_cast" | "arith.index_castui" => ctx.is_index(from) != ctx.is_index(to),
        _ => true,
    }
}

/// Casts: same shape on both sides, identical tensor shapes, compatible elements.
pub(super) fn verify_cast(cx: &VerifyCx<'_>, op: OpId) -> Result<(), Diagnostic> {
    let (ctx, ir) = (cx.ctx, cx.ir);
    let name = ctx.op_name_str(ir.op_name(op));
    let from = ir.value_type(ir.operand(op, 0));
    let to = ir.value_type(ir.result(op, 0));
    if !compatible_shapes(ctx, from, to) {
        return Err(op_error(
            ctx,
            ir,
            op,
            "requires the same shape for all operands and results",
        ));
    }
    if (is_tensor(ctx, from) || is_tensor(ctx, to))
        && shape_of(ctx, from).map(|s| s.0) != shape_of(ctx, to).map(|s| s.0)
    {
        return Err(op_error(
            ctx,
            ir,
            op,
            "failed to verify that input and output have the same tensor dimensions",
        ));
    }
    if !elements_cast_compatible(ctx, name, elem_or_self(ctx, from), elem_or_self(ctx, to)) {
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
