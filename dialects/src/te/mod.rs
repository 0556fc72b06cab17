//! The te dialect (ours): tensor expressions, TVM's `te.compute` as MLIR regions.
//!
//! - `te.compute` builds a statically shaped tensor. Its body region has one `index` block
//!   argument per output dimension (the output indices) and ends in `te.yield` of the
//!   element at those indices. The body reads other tensors with `te.read` (any tensor
//!   value visible there: function arguments, other computes' results).
//! - `te.read %t[%i, %j] : tensor<...>` reads one element. With a `padding` attribute
//!   (`{padding = 0.0 : f32}`) an out-of-bounds index reads the padding value instead (the
//!   guarded read conv2d's zero padding needs); without it, indices must be in bounds.
//! - `te.sum`, `te.max`, `te.min`, `te.prod` reduce over their block arguments (the
//!   reduction indices, ranging over `extents`): the body yields the element to combine
//!   and the op's result is the reduced scalar (initial values 0, -inf, +inf and 1).
//! - Loops have names: `names` on `te.compute` (its spatial loops) and on the reductions
//!   (the reduction loops), unique within a compute. The custom form binds each name to
//!   its block argument: `te.compute [y = %y, x = %x] : tensor<4x7xf32> {...}` and
//!   `te.sum [k = %k in 5] : f32 {...}`.
//!
//! The seed example `C = compute((m, n), lambda y, x: sum(A[k, y] * B[k, x], axis=k))`:
//!
//! ```mlir
//! %C = te.compute [y = %y, x = %x] : tensor<64x32xf32> {
//!   %s = te.sum [k = %k in 128] : f32 {
//!     %a = te.read %A[%k, %y] : tensor<128x64xf32>
//!     %b = te.read %B[%k, %x] : tensor<128x32xf32>
//!     %p = arith.mulf %a, %b : f32
//!     te.yield %p : f32
//!   }
//!   te.yield %s : f32
//! }
//! ```
//!
//! **Schedules.** A compute's schedule is its optional `schedule` attribute,
//! `#te.schedule<[step, ...]>`, a list of primitive steps applied in order (see
//! [`schedule`] for the steps and their syntax). The custom form writes it after the
//! result type: `te.compute [...] : tensor<...> schedule #te.schedule<[...]> {...}`. The
//! verifier checks every step against the loops that exist at that point (an unknown
//! loop, a split factor of 0 or a vectorized reduction loop is a diagnostic naming the
//! step); [`compute_schedule`] returns the steps as typed values for `lower-te`.
//!
//! In generic form the ops are plain MLIR (`"te.compute"() <{names = [...], schedule =
//! #te.schedule<...>}> ({^bb0(%arg0: index, ...): ...}) : () -> tensor<...>`), which
//! `mlir-opt --allow-unregistered-dialect` reads and prints back unchanged.

pub mod schedule;

use ir::asm::{AsmParser, PResult, Punct, UnresolvedOperand};
use ir::attributes::{AttrKind, DenseData};
use ir::constraints::{ANY_TENSOR, ANY_TYPE, INDEX};
use ir::dialect::{AttrConstraint, AttrSyntax, CustomAsm, Dialect, DialectTypeDef};
use ir::print::{print_type, AsmPrinter};
use ir::verify::{op_error, VerifyCx};
use ir::TypeKind;
use ir::{define_op, Attribute, Context, Diagnostic, Ir, OpId, OperationState, RegionId, Type};

use crate::common::{dense_i64_attr, dense_i64s, named, print_attr_dict_and_type};

pub use schedule::{
    compute_inputs, compute_loops, compute_schedule, scheduled_loops, LoopInfo, LoopNest, Schedule,
    Step,
};

/// An array of string attributes (loop names).
const NAMES_ATTR: AttrConstraint = AttrConstraint {
    syntax: AttrSyntax::Attribute,
    description: "array of string attributes",
    check: |ctx, a| match ctx.attr_kind(a) {
        AttrKind::Array(items) => items.iter().all(|&i| ctx.as_str_attr(i).is_some()),
        _ => false,
    },
};

/// `array<i64: ...>`.
pub const DENSE_I64_ARRAY: AttrConstraint = AttrConstraint {
    syntax: AttrSyntax::Attribute,
    description: "i64 dense array attribute",
    check: |ctx, a| match ctx.attr_kind(a) {
        AttrKind::DenseArray {
            elem,
            data: DenseData::Int(_),
        } => ctx.is_signless_integer(*elem, Some(64)),
        _ => false,
    },
};

/// `#te.schedule<[...]>`.
const SCHEDULE_ATTR: AttrConstraint = AttrConstraint {
    syntax: AttrSyntax::Attribute,
    description: "#te.schedule attribute",
    check: |ctx, a| {
        matches!(ctx.attr_kind(a), AttrKind::Opaque { dialect, body }
            if &**dialect == "te" && body.starts_with("schedule"))
    },
};

/// An integer or floating-point attribute (a padding value).
const SCALAR_ATTR: AttrConstraint = AttrConstraint {
    syntax: AttrSyntax::Attribute,
    description: "integer or float attribute",
    check: |ctx, a| {
        matches!(
            ctx.attr_kind(a),
            AttrKind::Integer { .. } | AttrKind::Float { .. }
        )
    },
};

define_op! {
    /// Builds a tensor: the body maps the output indices (its block arguments) to the
    /// element there.
    pub struct ComputeOp = "te.compute" {
        results: { result: Single(ANY_TENSOR) },
        attributes: { names: Required(NAMES_ATTR), schedule: Optional(SCHEDULE_ATTR) },
        regions: { body: SingleBlock },
        traits: [RecursiveMemoryEffects],
        custom_asm: CustomAsm { print: print_compute, parse: parse_compute },
        verify: verify_compute,
    }
}

define_op! {
    /// Reads the element of `tensor` at `indices` (or `padding` when out of bounds, if set).
    pub struct ReadOp = "te.read" {
        operands: { tensor: Single(ANY_TENSOR), indices: Variadic(INDEX) },
        results: { result: Single(ANY_TYPE) },
        attributes: { padding: Optional(SCALAR_ATTR) },
        traits: [Pure],
        custom_asm: CustomAsm { print: print_read, parse: parse_read },
        verify: verify_read,
    }
}

define_op! {
    /// Ends a te body with its element.
    pub struct YieldOp = "te.yield" {
        operands: { value: Single(ANY_TYPE) },
        traits: [Pure, Terminator, ReturnLike, HasParent(&["te.compute", "te.sum", "te.max", "te.min", "te.prod"])],
        format: "$value attr-dict `:` type($value)",
    }
}

/// Declares a reduction op: they share their syntax and verifier and differ only in the
/// combining function ([`Reduction`]).
macro_rules! reduction_op {
    ($(#[doc = $doc:literal])* $Name:ident = $name:literal) => {
        define_op! {
            $(#[doc = $doc])*
            pub struct $Name = $name {
                results: { result: Single(ANY_TYPE) },
                attributes: { names: Required(NAMES_ATTR), extents: Required(DENSE_I64_ARRAY) },
                regions: { body: SingleBlock },
                traits: [RecursiveMemoryEffects],
                custom_asm: CustomAsm { print: print_reduction, parse: parse_reduction },
                verify: verify_reduction,
            }
        }
    };
}

reduction_op! {
    /// The sum of the body's elements over the reduction indices.
    SumOp = "te.sum"
}
reduction_op! {
    /// The largest of the body's elements over the reduction indices.
    MaxOp = "te.max"
}
reduction_op! {
    /// The smallest of the body's elements over the reduction indices.
    MinOp = "te.min"
}
reduction_op! {
    /// The product of the body's elements over the reduction indices.
    ProdOp = "te.prod"
}

/// How a reduction combines its elements.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Reduction {
    Sum,
    Max,
    Min,
    Prod,
}

impl Reduction {
    /// The reduction op `name` is, if any.
    pub fn of(name: &str) -> Option<Reduction> {
        match name {
            "te.sum" => Some(Reduction::Sum),
            "te.max" => Some(Reduction::Max),
            "te.min" => Some(Reduction::Min),
            "te.prod" => Some(Reduction::Prod),
            _ => None,
        }
    }
    pub fn op_name(self) -> &'static str {
        match self {
            Reduction::Sum => SumOp::NAME,
            Reduction::Max => MaxOp::NAME,
            Reduction::Min => MinOp::NAME,
            Reduction::Prod => ProdOp::NAME,
        }
    }
    /// The combining `arith` op for floats.
    pub fn float_combiner(self) -> &'static str {
        match self {
            Reduction::Sum => "arith.addf",
            Reduction::Max => "arith.maximumf",
            Reduction::Min => "arith.minimumf",
            Reduction::Prod => "arith.mulf",
        }
    }
    /// The initial value for floats.
    pub fn float_init(self) -> f64 {
        match self {
            Reduction::Sum => 0.0,
            Reduction::Max => f64::NEG_INFINITY,
            Reduction::Min => f64::INFINITY,
            Reduction::Prod => 1.0,
        }
    }
}

fn schedule_attr_def() -> DialectTypeDef {
    DialectTypeDef {
        name: "schedule",
        summary: "a list of schedule steps applied in order",
        verify: |params| schedule::parse_attr_params(params).map(|_| ()),
    }
}

pub fn dialect() -> Dialect {
    let mut d = Dialect::with_ops(
        "te",
        "tensor expressions (te.compute, reductions) with schedules",
        vec![
            ComputeOp::def(),
            ReadOp::def(),
            YieldOp::def(),
            SumOp::def(),
            MaxOp::def(),
            MinOp::def(),
            ProdOp::def(),
        ],
    );
    d.attributes.push(schedule_attr_def());
    d
}

// ----- shared helpers -----

/// The strings of an array-of-strings attribute.
pub fn string_array(ctx: &Context, attr: Option<Attribute>) -> Vec<String> {
    match attr.map(|a| ctx.attr_kind(a)) {
        Some(AttrKind::Array(items)) => items
            .iter()
            .filter_map(|&i| ctx.as_str_attr(i))
            .map(|s| String::from_utf8_lossy(s).into_owned())
            .collect(),
        _ => Vec::new(),
    }
}

/// The values of an `array<i64: ...>` attribute.
pub fn i64_array(ctx: &Context, attr: Option<Attribute>) -> Vec<i64> {
    dense_i64s(ctx, attr)
}

/// `["a", "b"]`.
pub fn names_attr(ctx: &Context, names: &[&str]) -> Attribute {
    let items: Vec<Attribute> = names.iter().map(|n| ctx.string_attr(n)).collect();
    ctx.array_attr(&items)
}

/// `array<i64: ...>`.
pub fn i64_array_attr(ctx: &Context, values: &[i64]) -> Attribute {
    dense_i64_attr(ctx, values)
}

/// The block arguments of `region`'s entry block.
fn entry_args(ir: &Ir, region: RegionId) -> Vec<ir::ValueId> {
    ir.region_blocks(region)
        .first()
        .map(|&b| ir.block_args(b).to_vec())
        .unwrap_or_default()
}

/// The value yielded by the `te.yield` ending `region`, if it ends in one.
fn yielded(ctx: &Context, ir: &Ir, region: RegionId) -> Option<ir::ValueId> {
    let last = ir.last_op(*ir.region_blocks(region).first()?)?;
    (ctx.op_name_str(ir.op_name(last)) == YieldOp::NAME).then(|| ir.operand(last, 0))
}

/// `[a = %arg0, b = %arg1 in 5]`: the loop names bound to block arguments, with an extent
/// after `in` for reductions.
fn print_bindings(p: &mut AsmPrinter<'_>, names: &[String], args: &[ir::ValueId], extents: &[i64]) {
    p.write(" [");
    for (i, (name, &arg)) in names.iter().zip(args).enumerate() {
        if i > 0 {
            p.write(", ");
        }
        p.write(name);
        p.write(" = ");
        p.print_value(arg);
        if let Some(e) = extents.get(i) {
            p.write(&format!(" in {e}"));
        }
    }
    p.write("]");
}

/// Parses what [`print_bindings`] prints; `extents` says whether `in N` follows each.
fn parse_bindings(
    p: &mut dyn AsmParser,
    with_extents: bool,
) -> PResult<(Vec<String>, Vec<ir::asm::Argument>, Vec<i64>)> {
    let (mut names, mut args, mut extents) = (Vec::new(), Vec::new(), Vec::new());
    p.parse_punct(Punct::LSquare)?;
    if !p.parse_optional_punct(Punct::RSquare) {
        loop {
            let Some(name) = p.parse_optional_any_keyword() else {
                return Err(p.error("expected a loop name"));
            };
            names.push(name);
            p.parse_punct(Punct::Equal)?;
            let mut arg = p.parse_argument(false, false)?;
            arg.ty = p.ctx().index_type();
            args.push(arg);
            if with_extents {
                p.parse_keyword("in")?;
                match p.parse_optional_integer()? {
                    Some(e) => extents.push(i64::try_from(e).unwrap_or(i64::MAX)),
                    None => return Err(p.error("expected an integer extent")),
                }
            }
            if !p.parse_optional_punct(Punct::Comma) {
                break;
            }
        }
        p.parse_punct(Punct::RSquare)?;
    }
    Ok((names, args, extents))
}

/// Checks a region op's body: `count` index block arguments, and a `te.yield` of
/// `elem`.
fn verify_body(
    cx: &VerifyCx<'_>,
    op: OpId,
    region: RegionId,
    count: usize,
    elem: Type,
) -> Result<(), Diagnostic> {
    let (ctx, ir) = (cx.ctx, cx.ir);
    let args = entry_args(ir, region);
    if args.len() != count {
        return Err(op_error(
            ctx,
            ir,
            op,
            format!(
                "expects {count} index block arguments (one per loop), got {}",
                args.len()
            ),
        ));
    }
    if let Some(&a) = args.iter().find(|&&a| !ctx.is_index(ir.value_type(a))) {
        return Err(op_error(
            ctx,
            ir,
            op,
            format!(
                "block arguments must be of index type, got {}",
                print_type(ctx, ir.value_type(a))
            ),
        ));
    }
    match yielded(ctx, ir, region) {
        None => Err(op_error(ctx, ir, op, "body must end in 'te.yield'")),
        Some(v) if ir.value_type(v) != elem => Err(op_error(
            ctx,
            ir,
            op,
            format!(
                "yields {} but its element type is {}",
                print_type(ctx, ir.value_type(v)),
                print_type(ctx, elem)
            ),
        )),
        Some(_) => Ok(()),
    }
}

/// Loop names must be unique (within a compute, across its reductions too).
fn check_unique_names(
    cx: &VerifyCx<'_>,
    op: OpId,
    names: &[String],
    seen: &mut Vec<String>,
) -> Result<(), Diagnostic> {
    for n in names {
        if n.is_empty() {
            return Err(op_error(cx.ctx, cx.ir, op, "loop names must not be empty"));
        }
        if seen.contains(n) {
            return Err(op_error(
                cx.ctx,
                cx.ir,
                op,
                format!("loop name '{n}' is used twice"),
            ));
        }
        seen.push(n.clone());
    }
    Ok(())
}

// ----- te.compute -----

fn print_compute(p: &mut AsmPrinter<'_>, op: OpId) {
    let (ctx, ir) = (p.ctx, p.ir);
    let c = ComputeOp { ctx, ir, op };
    p.write("te.compute");
    let names = string_array(ctx, c.names());
    print_bindings(p, &names, &entry_args(ir, c.body()), &[]);
    p.write(" : ");
    p.print_type(ir.value_type(c.result()));
    if let Some(s) = c.schedule() {
        p.write(" schedule ");
        p.print_attr(s);
    }
    p.write(" ");
    p.print_region(c.body(), false, true);
    let entries = p.op_attr_entries(op);
    p.print_optional_attr_dict(&entries, &["names", "schedule"]);
}

fn parse_compute(p: &mut dyn AsmParser, state: &mut OperationState) -> PResult<()> {
    let (names, args, _) = parse_bindings(p, false)?;
    p.parse_punct(Punct::Colon)?;
    state.result_types.push(p.parse_type()?);
    let ctx = p.ctx();
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    let mut props = vec![named(ctx, "names", names_attr(ctx, &names))];
    if p.parse_optional_keyword("schedule") {
        let s = p.parse_attribute()?;
        props.push(named(p.ctx(), "schedule", s));
    }
    let region = p.parse_region(&args)?;
    state.regions.push(region);
    state.attrs.extend(p.parse_optional_attr_dict()?);
    state.props = Some(props);
    Ok(())
}

fn verify_compute(cx: &VerifyCx<'_>, op: OpId) -> Result<(), Diagnostic> {
    let (ctx, ir) = (cx.ctx, cx.ir);
    let c = ComputeOp { ctx, ir, op };
    let ty = ir.value_type(c.result());
    let Some((shape, elem)) = static_shape(ctx, ty) else {
        return Err(op_error(
            ctx,
            ir,
            op,
            format!(
                "result must be a statically shaped tensor, got {}",
                print_type(ctx, ty)
            ),
        ));
    };
    let names = string_array(ctx, c.names());
    if names.len() != shape.len() {
        return Err(op_error(
            ctx,
            ir,
            op,
            format!(
                "has {} loop names for a result of rank {}",
                names.len(),
                shape.len()
            ),
        ));
    }
    verify_body(cx, op, c.body(), shape.len(), elem)?;
    let mut seen = Vec::new();
    check_unique_names(cx, op, &names, &mut seen)?;
    for r in schedule::reductions_in(ctx, ir, op) {
        check_unique_names(
            cx,
            r,
            &string_array(ctx, ir.attr(ctx, r, "names")),
            &mut seen,
        )?;
    }
    schedule::verify_compute_schedule(cx.ctx, cx.ir, op)
}

/// The shape and element type of a statically shaped ranked tensor.
pub fn static_shape(ctx: &Context, ty: Type) -> Option<(Vec<i64>, Type)> {
    match ctx.type_kind(ty) {
        TypeKind::RankedTensor { shape, elem, .. } if shape.iter().all(|&d| d >= 0) => {
            Some((shape.to_vec(), *elem))
        }
        _ => None,
    }
}

// ----- te.read -----

fn print_read(p: &mut AsmPrinter<'_>, op: OpId) {
    let r = ReadOp {
        ctx: p.ctx,
        ir: p.ir,
        op,
    };
    p.write("te.read ");
    p.print_value(r.tensor());
    p.write("[");
    p.print_values(r.indices());
    p.write("]");
    print_attr_dict_and_type(p, op, &[], p.ir.value_type(r.tensor()));
}

fn parse_read(p: &mut dyn AsmParser, state: &mut OperationState) -> PResult<()> {
    let offset = p.offset();
    let tensor = p.parse_operand()?;
    p.parse_punct(Punct::LSquare)?;
    let indices: Vec<UnresolvedOperand> = p.parse_operand_list()?;
    p.parse_punct(Punct::RSquare)?;
    state.attrs.extend(p.parse_optional_attr_dict()?);
    p.parse_punct(Punct::Colon)?;
    let type_offset = p.offset();
    let ty = p.parse_type()?;
    let Some(elem) = p.ctx().element_type(ty) else {
        return Err(p.error_at(type_offset, "expected a tensor type"));
    };
    state.result_types.push(elem);
    let index = p.ctx().index_type();
    let mut operands = p.resolve_operands(&[tensor], &[ty], offset)?;
    operands.extend(p.resolve_operands(&indices, &vec![index; indices.len()], offset)?);
    state.operands = operands;
    Ok(())
}

fn verify_read(cx: &VerifyCx<'_>, op: OpId) -> Result<(), Diagnostic> {
    let (ctx, ir) = (cx.ctx, cx.ir);
    let r = ReadOp { ctx, ir, op };
    let ty = ir.value_type(r.tensor());
    let Some((shape, elem)) = ctx.shape_and_elem(ty) else {
        return Err(op_error(ctx, ir, op, "expects a ranked tensor"));
    };
    if shape.len() != r.indices().len() {
        return Err(op_error(
            ctx,
            ir,
            op,
            format!(
                "expects {} indices for {}, got {}",
                shape.len(),
                print_type(ctx, ty),
                r.indices().len()
            ),
        ));
    }
    if ir.value_type(r.result()) != elem {
        return Err(op_error(
            ctx,
            ir,
            op,
            format!(
                "result type {} differs from the element type of {}",
                print_type(ctx, ir.value_type(r.result())),
                print_type(ctx, ty)
            ),
        ));
    }
    let pad_ty = r.padding().and_then(|a| match ctx.attr_kind(a) {
        AttrKind::Integer { ty, .. } | AttrKind::Float { ty, .. } => Some(*ty),
        _ => None,
    });
    match pad_ty {
        Some(t) if t != elem => Err(op_error(
            ctx,
            ir,
            op,
            format!(
                "padding of type {} differs from the element type {}",
                print_type(ctx, t),
                print_type(ctx, elem)
            ),
        )),
        _ => Ok(()),
    }
}

// ----- reductions -----

fn print_reduction(p: &mut AsmPrinter<'_>, op: OpId) {
    let (ctx, ir) = (p.ctx, p.ir);
    let body = ir.regions(op)[0];
    p.write(ctx.op_name_str(ir.op_name(op)));
    let names = string_array(ctx, ir.attr(ctx, op, "names"));
    let extents = i64_array(ctx, ir.attr(ctx, op, "extents"));
    print_bindings(p, &names, &entry_args(ir, body), &extents);
    p.write(" : ");
    p.print_type(ir.value_type(ir.result(op, 0)));
    p.write(" ");
    p.print_region(body, false, true);
    let entries = p.op_attr_entries(op);
    p.print_optional_attr_dict(&entries, &["names", "extents"]);
}

fn parse_reduction(p: &mut dyn AsmParser, state: &mut OperationState) -> PResult<()> {
    let (names, args, extents) = parse_bindings(p, true)?;
    p.parse_punct(Punct::Colon)?;
    state.result_types.push(p.parse_type()?);
    let region = p.parse_region(&args)?;
    state.regions.push(region);
    state.attrs.extend(p.parse_optional_attr_dict()?);
    let ctx = p.ctx();
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    state.props = Some(vec![
        named(ctx, "names", names_attr(ctx, &names)),
        named(ctx, "extents", i64_array_attr(ctx, &extents)),
    ]);
    Ok(())
}

fn verify_reduction(cx: &VerifyCx<'_>, op: OpId) -> Result<(), Diagnostic> {
    let (ctx, ir) = (cx.ctx, cx.ir);
    let names = string_array(ctx, ir.attr(ctx, op, "names"));
    let extents = i64_array(ctx, ir.attr(ctx, op, "extents"));
    if names.len() != extents.len() {
        return Err(op_error(
            ctx,
            ir,
            op,
            format!(
                "has {} loop names but {} extents",
                names.len(),
                extents.len()
            ),
        ));
    }
    if let Some(e) = extents.iter().find(|&&e| e <= 0) {
        return Err(op_error(
            ctx,
            ir,
            op,
            format!("extents must be positive, got {e}"),
        ));
    }
    let ty = ir.value_type(ir.result(op, 0));
    if !ctx.is_float(ty) && !ctx.is_integer(ty) {
        return Err(op_error(
            ctx,
            ir,
            op,
            format!(
                "result must be an integer or float scalar, got {}",
                print_type(ctx, ty)
            ),
        ));
    }
    verify_body(cx, op, ir.regions(op)[0], names.len(), ty)
}
