//! The graph dialect (ours): dataflow on tensors, the level a model is written at.
//!
//! Values are statically shaped float tensors (`tensor<4x5xf32>`); a function's
//! arguments are the model's inputs and parameters. Ops:
//!
//! - `graph.matmul %a, %b`: `MxK` times `KxN` is `MxN`.
//! - `graph.conv2d %input, %filter {strides, padding, dilation, groups}`: NCHW input, OIHW
//!   filter (`I` = input channels / groups). `strides` and `dilation` are
//!   `array<i64: h, w>` (default 1, 1); `padding` is `array<i64: top, left, bottom,
//!   right>` or `array<i64: h, w>` (both sides; default 0); `groups` an `i64` (default 1).
//! - `graph.add`, `graph.mul`: elementwise with numpy broadcasting.
//! - `graph.relu`: `max(x, 0)`.
//! - `graph.bias_add %x, %bias {axis}`: adds a rank-1 bias along `axis` (default 1, the
//!   channels of NCHW).
//! - `graph.constant dense<...> : tensor<...>`.
//!
//! Every op has a shape function ([`InferFn`]): the verifier checks the result type
//! against it, so a wrong shape is a diagnostic naming the shapes involved, and builders
//! use it through [`infer_result_type`]. Adding an op is one declaration, one row in
//! [`ops`] and its lowering in `passes::lowering::lower_graph`.
//!
//! Custom form (all ops but constant): `%y = graph.matmul %a, %b : (tensor<4x5xf32>,
//! tensor<5x7xf32>) -> tensor<4x7xf32>`, attributes in the attribute dictionary before
//! the colon. The generic form is MLIR's, readable by `mlir-opt
//! --allow-unregistered-dialect`.

use ir::asm::{AsmParser, PResult};
use ir::attributes::AttrKind;
use ir::dialect::{AttrConstraint, AttrSyntax, CustomAsm, Dialect, OpDef, TypeConstraint};
use ir::print::{print_type, AsmPrinter};
use ir::rewrite::FoldResult;
use ir::verify::{op_error, VerifyCx};
use ir::{define_op, Attribute, Context, Diagnostic, Ir, OpId, OperationState, Type};

use crate::common::named;
use crate::te::{i64_array, static_shape, DENSE_I64_ARRAY};

/// A statically shaped tensor of floats.
const FLOAT_TENSOR: TypeConstraint = TypeConstraint {
    description: "statically shaped tensor of floating-point values",
    check: |ctx, ty| static_shape(ctx, ty).is_some_and(|(_, e)| ctx.is_float(e)),
    buildable: None,
};

const I64_ATTR: AttrConstraint = AttrConstraint {
    syntax: AttrSyntax::Attribute,
    description: "64-bit signless integer attribute",
    check: |ctx, a| matches!(ctx.attr_kind(a), AttrKind::Integer { ty, .. } if ctx.is_signless_integer(*ty, Some(64))),
};

const DENSE_ATTR: AttrConstraint = AttrConstraint {
    syntax: AttrSyntax::Attribute,
    description: "dense elements attribute",
    check: |ctx, a| matches!(ctx.attr_kind(a), AttrKind::DenseElements { .. }),
};

/// Declares a graph op with operands: pure, one tensor result, the shared syntax
/// `operands attr-dict : functional-type` and the shared shape-checking verifier.
macro_rules! graph_op {
    (
        $(#[doc = $doc:literal])*
        $Name:ident = $name:literal {
            operands: { $($operands:tt)* },
            $(attributes: { $($attrs:tt)* },)?
            traits: [$($tr:expr),*],
        }
    ) => {
        define_op! {
            $(#[doc = $doc])*
            pub struct $Name = $name {
                operands: { $($operands)* },
                results: { output: Single(FLOAT_TENSOR) },
                $(attributes: { $($attrs)* },)?
                traits: [$($tr),*],
                format: "operands attr-dict `:` functional-type(operands, results)",
                verify: verify_graph_op,
            }
        }
    };
}

graph_op! {
    /// Matrix product: `MxK` times `KxN`.
    MatmulOp = "graph.matmul" {
        operands: { lhs: Single(FLOAT_TENSOR), rhs: Single(FLOAT_TENSOR) },
        traits: [Pure],
    }
}

graph_op! {
    /// 2-D convolution of an NCHW input with an OIHW filter.
    Conv2dOp = "graph.conv2d" {
        operands: { input: Single(FLOAT_TENSOR), filter: Single(FLOAT_TENSOR) },
        attributes: {
            strides: Optional(DENSE_I64_ARRAY),
            padding: Optional(DENSE_I64_ARRAY),
            dilation: Optional(DENSE_I64_ARRAY),
            groups: Optional(I64_ATTR),
        },
        traits: [Pure],
    }
}

graph_op! {
    /// Elementwise sum with numpy broadcasting.
    AddOp = "graph.add" {
        operands: { lhs: Single(FLOAT_TENSOR), rhs: Single(FLOAT_TENSOR) },
        traits: [Pure, Commutative],
    }
}

graph_op! {
    /// Elementwise product with numpy broadcasting.
    MulOp = "graph.mul" {
        operands: { lhs: Single(FLOAT_TENSOR), rhs: Single(FLOAT_TENSOR) },
        traits: [Pure, Commutative],
    }
}

graph_op! {
    /// `max(x, 0)` elementwise.
    ReluOp = "graph.relu" {
        operands: { input: Single(FLOAT_TENSOR) },
        traits: [Pure],
    }
}

graph_op! {
    /// Adds a rank-1 `bias` along dimension `axis` (default 1) of `input`.
    BiasAddOp = "graph.bias_add" {
        operands: { input: Single(FLOAT_TENSOR), bias: Single(FLOAT_TENSOR) },
        attributes: { axis: Optional(I64_ATTR) },
        traits: [Pure],
    }
}

define_op! {
    /// A constant tensor.
    pub struct ConstantOp = "graph.constant" {
        results: { output: Single(FLOAT_TENSOR) },
        attributes: { value: Required(DENSE_ATTR) },
        traits: [Pure, ConstantLike],
        custom_asm: CustomAsm { print: print_constant, parse: parse_constant },
        verify: verify_graph_op,
        fold: |ctx, ir, op, _| ir.attr(ctx, op, "value").map(|v| vec![FoldResult::Attr(v)]),
    }
}

/// A shape function: the result type of an op given its operand types and attribute
/// lookup, or a message naming the shapes that do not fit.
pub type InferFn =
    fn(&Context, &[Type], &dyn Fn(&str) -> Option<Attribute>) -> Result<Type, String>;

/// Every graph op with its shape function.
pub fn ops() -> [(&'static OpDef, InferFn); 7] {
    [
        (MatmulOp::def(), infer_matmul),
        (Conv2dOp::def(), infer_conv2d),
        (AddOp::def(), infer_broadcast),
        (MulOp::def(), infer_broadcast),
        (ReluOp::def(), |_, t, _| Ok(t[0])),
        (BiasAddOp::def(), infer_bias_add),
        (ConstantOp::def(), infer_constant),
    ]
}

pub fn dialect() -> Dialect {
    let mut d = Dialect::with_ops(
        "graph",
        "dataflow graphs of tensor operators with shape inference",
        ops().iter().map(|(d, _)| *d).collect(),
    );
    d.constant_materializer = Some(materialize_constant);
    d
}

/// Builds a `graph.constant` for a folded dense value (MLIR's `materializeConstant`).
fn materialize_constant(
    ctx: &Context,
    ir: &mut Ir,
    value: Attribute,
    ty: Type,
    loc: Attribute,
) -> Option<OpId> {
    if !matches!(ctx.attr_kind(value), AttrKind::DenseElements { ty: t, .. } if *t == ty) {
        return None;
    }
    let mut state = OperationState::new(ctx.op_name(ConstantOp::NAME), loc);
    state.result_types.push(ty);
    state.props = Some(vec![named(ctx, "value", value)]);
    Some(ir.create_op(ctx, state))
}

/// The result type of graph op `name` on operands of `types` with attributes `attr`;
/// `None` when `name` is not a graph op.
pub fn infer_result_type(
    ctx: &Context,
    name: &str,
    types: &[Type],
    attr: &dyn Fn(&str) -> Option<Attribute>,
) -> Option<Result<Type, String>> {
    let (_, infer) = ops().into_iter().find(|(d, _)| d.name == name)?;
    Some(infer(ctx, types, attr))
}

/// The shared verifier: the result type is the inferred one.
fn verify_graph_op(cx: &VerifyCx<'_>, op: OpId) -> Result<(), Diagnostic> {
    let (ctx, ir) = (cx.ctx, cx.ir);
    let name = ctx.op_name_str(ir.op_name(op));
    let types: Vec<Type> = ir.operands(op).iter().map(|&v| ir.value_type(v)).collect();
    let attr = |n: &str| ir.attr(ctx, op, n);
    let Some(inferred) = infer_result_type(ctx, name, &types, &attr) else {
        return Ok(());
    };
    let inferred = inferred.map_err(|e| op_error(ctx, ir, op, e))?;
    let result = ir.value_type(ir.result(op, 0));
    if result != inferred {
        return Err(op_error(
            ctx,
            ir,
            op,
            format!(
                "result type {} differs from the inferred type {}",
                print_type(ctx, result),
                print_type(ctx, inferred)
            ),
        ));
    }
    Ok(())
}

/// Shapes and element types of all operands (the constraint made them static).
fn shapes(ctx: &Context, types: &[Type]) -> Result<(Vec<Vec<i64>>, Type), String> {
    let mut out = Vec::new();
    for &t in types {
        let (s, _) = static_shape(ctx, t).ok_or("expects statically shaped tensors")?;
        out.push(s);
    }
    let elem = ctx.element_type(types[0]).ok_or("expects tensors")?;
    if let Some(&t) = types.iter().find(|&&t| ctx.element_type(t) != Some(elem)) {
        return Err(format!(
            "element types differ: {} and {}",
            print_type(ctx, types[0]),
            print_type(ctx, t)
        ));
    }
    Ok((out, elem))
}

/// `tensor<4x5xf32> and tensor<6x7xf32>`.
fn both(ctx: &Context, types: &[Type]) -> String {
    format!(
        "{} and {}",
        print_type(ctx, types[0]),
        print_type(ctx, types[1])
    )
}

fn infer_matmul(
    ctx: &Context,
    types: &[Type],
    _: &dyn Fn(&str) -> Option<Attribute>,
) -> Result<Type, String> {
    let (s, elem) = shapes(ctx, types)?;
    if s[0].len() != 2 || s[1].len() != 2 {
        return Err(format!("expects rank-2 operands, got {}", both(ctx, types)));
    }
    if s[0][1] != s[1][0] {
        return Err(format!("inner dimensions differ: {}", both(ctx, types)));
    }
    Ok(ctx.tensor_type(&[s[0][0], s[1][1]], elem))
}

/// The numpy broadcast of two shapes, or `None` when a dimension pair is neither equal
/// nor has a 1.
pub fn broadcast_shapes(a: &[i64], b: &[i64]) -> Option<Vec<i64>> {
    let rank = a.len().max(b.len());
    let dim = |s: &[i64], i: usize| (i + s.len()).checked_sub(rank).map_or(1, |j| s[j]);
    (0..rank)
        .map(|i| match (dim(a, i), dim(b, i)) {
            (x, y) if x == y || y == 1 => Some(x),
            (1, y) => Some(y),
            _ => None,
        })
        .collect()
}

fn infer_broadcast(
    ctx: &Context,
    types: &[Type],
    _: &dyn Fn(&str) -> Option<Attribute>,
) -> Result<Type, String> {
    let (s, elem) = shapes(ctx, types)?;
    let shape = broadcast_shapes(&s[0], &s[1]).ok_or_else(|| {
        format!(
            "operands are not broadcast-compatible: {}",
            both(ctx, types)
        )
    })?;
    Ok(ctx.tensor_type(&shape, elem))
}

/// The `axis` of `graph.bias_add` (default 1).
pub fn bias_axis(ctx: &Context, attr: Option<Attribute>) -> i64 {
    match attr.map(|a| ctx.attr_kind(a)) {
        Some(AttrKind::Integer { value, .. }) => *value as i64,
        _ => 1,
    }
}

fn infer_bias_add(
    ctx: &Context,
    types: &[Type],
    attr: &dyn Fn(&str) -> Option<Attribute>,
) -> Result<Type, String> {
    let (s, _) = shapes(ctx, types)?;
    let axis = bias_axis(ctx, attr("axis"));
    let Some(&dim) = usize::try_from(axis).ok().and_then(|a| s[0].get(a)) else {
        return Err(format!(
            "axis {axis} is out of range for {}",
            print_type(ctx, types[0])
        ));
    };
    if s[1] != [dim] {
        return Err(format!(
            "bias must be rank 1 with the size of dimension {axis} ({dim}): {}",
            both(ctx, types)
        ));
    }
    Ok(types[0])
}

fn infer_constant(
    ctx: &Context,
    _: &[Type],
    attr: &dyn Fn(&str) -> Option<Attribute>,
) -> Result<Type, String> {
    match attr("value").map(|a| ctx.attr_kind(a)) {
        Some(AttrKind::DenseElements { ty, .. }) => Ok(*ty),
        _ => Err("expects a dense elements value".into()),
    }
}

/// The attributes of a `graph.conv2d`, defaults filled in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Conv2dParams {
    pub strides: [i64; 2],
    /// top, left, bottom, right.
    pub padding: [i64; 4],
    pub dilation: [i64; 2],
    pub groups: i64,
}

impl Conv2dParams {
    /// Reads and checks the attributes.
    pub fn read(ctx: &Context, attr: &dyn Fn(&str) -> Option<Attribute>) -> Result<Self, String> {
        let pair = |name: &str| -> Result<[i64; 2], String> {
            match i64_array(ctx, attr(name)).as_slice() {
                [] if attr(name).is_none() => Ok([1, 1]),
                &[h, w] if h > 0 && w > 0 => Ok([h, w]),
                v => Err(format!("{name} must be two positive integers, got {v:?}")),
            }
        };
        let padding = match i64_array(ctx, attr("padding")).as_slice() {
            [] if attr("padding").is_none() => [0; 4],
            &[h, w] => [h, w, h, w],
            &[t, l, b, r] => [t, l, b, r],
            v => return Err(format!("padding must have 2 or 4 values, got {v:?}")),
        };
        if padding.iter().any(|&p| p < 0) {
            return Err(format!("padding must not be negative, got {padding:?}"));
        }
        let groups = match attr("groups").map(|a| ctx.attr_kind(a)) {
            Some(AttrKind::Integer { value, .. }) => *value as i64,
            _ => 1,
        };
        if groups <= 0 {
            return Err(format!("groups must be positive, got {groups}"));
        }
        Ok(Conv2dParams {
            strides: pair("strides")?,
            padding,
            dilation: pair("dilation")?,
            groups,
        })
    }
}

fn infer_conv2d(
    ctx: &Context,
    types: &[Type],
    attr: &dyn Fn(&str) -> Option<Attribute>,
) -> Result<Type, String> {
    let (s, elem) = shapes(ctx, types)?;
    if s[0].len() != 4 || s[1].len() != 4 {
        return Err(format!(
            "expects an NCHW input and an OIHW filter (rank 4), got {}",
            both(ctx, types)
        ));
    }
    let p = Conv2dParams::read(ctx, attr)?;
    let (input, filter) = (&s[0], &s[1]);
    // Sizes and attributes are i64: compute in i128 so that no product overflows.
    let wide = i128::from;
    if wide(input[1]) != wide(filter[1]) * wide(p.groups) {
        return Err(format!(
            "input channels ({}) differ from filter input channels ({}) times groups ({}): {}",
            input[1],
            filter[1],
            p.groups,
            both(ctx, types)
        ));
    }
    if filter[0] % p.groups != 0 {
        return Err(format!(
            "filter count ({}) is not a multiple of groups ({})",
            filter[0], p.groups
        ));
    }
    let mut out = vec![input[0], filter[0]];
    for d in 0..2 {
        let padded = wide(input[2 + d]) + wide(p.padding[d]) + wide(p.padding[d + 2]);
        let window = wide(p.dilation[d]) * (wide(filter[2 + d]) - 1) + 1;
        let size = (padded - window) / wide(p.strides[d]) + 1;
        if padded < window || size > wide(i64::MAX) {
            return Err(format!(
                "the dilated filter is larger than the padded input: {}",
                both(ctx, types)
            ));
        }
        out.push(size as i64);
    }
    Ok(ctx.tensor_type(&out, elem))
}

// ----- graph.constant: `graph.constant dense<...> : tensor<...>` -----

fn print_constant(p: &mut AsmPrinter<'_>, op: OpId) {
    p.write("graph.constant");
    let entries = p.op_attr_entries(op);
    p.print_optional_attr_dict(&entries, &["value"]);
    if let Some(v) = p.ir.attr(p.ctx, op, "value") {
        p.write(" ");
        p.print_attr(v);
    }
}

fn parse_constant(p: &mut dyn AsmParser, state: &mut OperationState) -> PResult<()> {
    state.attrs.extend(p.parse_optional_attr_dict()?);
    let offset = p.offset();
    let value = p.parse_attribute()?;
    let AttrKind::DenseElements { ty, .. } = p.ctx().attr_kind(value) else {
        return Err(p.error_at(offset, "expected a dense elements attribute"));
    };
    state.result_types.push(*ty);
    state.attrs.push(named(p.ctx(), "value", value));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::broadcast_shapes;

    #[test]
    fn broadcasting_follows_numpy() {
        assert_eq!(broadcast_shapes(&[2, 3], &[3]), Some(vec![2, 3]));
        assert_eq!(broadcast_shapes(&[4, 1, 5], &[3, 1]), Some(vec![4, 3, 5]));
        assert_eq!(broadcast_shapes(&[], &[2]), Some(vec![2]));
        assert_eq!(broadcast_shapes(&[2, 3], &[2]), None);
    }
}
