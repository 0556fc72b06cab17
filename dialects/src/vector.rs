//! The vector dialect (MLIR's), with MLIR's names, syntax, verifiers and folds:
//! `broadcast`, `load`/`store`, `fma`, `reduction`, `extract`/`insert` (static and dynamic
//! positions), `transfer_read`/`transfer_write`, and the `#vector.kind<...>` and
//! `#vector.iterator_type<...>` attributes. Other vector ops (`contract`, `shuffle`,
//! `shape_cast`, ...) stay unregistered (generic form under `--allow-unregistered-dialect`).
//! `vector.splat` no longer exists in MLIR 22.

use ir::asm::{AsmParser, PResult, Punct, UnresolvedOperand};
use ir::attributes::{AffineExpr, AffineMap, AttrKind, DenseData, NamedAttr};
use ir::constraints::{ANY_MEMREF, ANY_TYPE, BOOL_ATTR, INDEX};
use ir::dialect::{AttrConstraint, AttrSyntax, CustomAsm, Dialect, DialectTypeDef, TypeConstraint};
use ir::print::{print_attr, print_type, AsmPrinter};
use ir::rewrite::{FoldResult, InsertPoint, PatternRewriter};
use ir::verify::{op_error, VerifyCx};
use ir::{
    define_op, Attribute, Context, Diagnostic, Ir, OpId, OperationState, Type, TypeKind, ValueDef,
    ValueId,
};

use ir::types::DYNAMIC;

use crate::common::{
    check_enum_params, dense_i64_attr, dense_i64s, elem_or_self, fn_pattern, named, opaque_attr,
    opaque_params, parse_attr_dict_and_type, parse_dynamic_index_list, parse_operands_in,
    print_attr_dict_and_type, print_dynamic_index_list, print_indexed_access, replace_op_with_new,
    segment_sizes,
};
use crate::math::{default_fastmath, parse_fastmath, print_fastmath, FASTMATH_ATTR};

type Folded = Option<Vec<FoldResult>>;

/// `(shape, scalable, elem)` of a vector type.
fn vector_parts(ctx: &Context, ty: Type) -> Option<(&[i64], &[bool], Type)> {
    match ctx.type_kind(ty) {
        TypeKind::Vector {
            shape,
            scalable,
            elem,
        } => Some((shape, scalable, *elem)),
        _ => None,
    }
}

fn is_vector(ctx: &Context, ty: Type) -> bool {
    vector_parts(ctx, ty).is_some()
}

/// The shape of a vector type; a scalar has rank 0.
fn shape_of(ctx: &Context, ty: Type) -> &[i64] {
    vector_parts(ctx, ty).map_or(&[], |(s, _, _)| s)
}

const VECTOR: TypeConstraint = TypeConstraint {
    description: "vector of any type values",
    check: is_vector,
    buildable: None,
};
const FLOAT_VECTOR: TypeConstraint = TypeConstraint {
    description: "vector of floating-point values",
    check: |ctx, ty| vector_parts(ctx, ty).is_some_and(|(_, _, e)| ctx.is_float(e)),
    buildable: None,
};
const BOOL_VECTOR: TypeConstraint = TypeConstraint {
    description: "vector of 1-bit signless integer values",
    check: |ctx, ty| {
        vector_parts(ctx, ty).is_some_and(|(_, _, e)| ctx.is_signless_integer(e, Some(1)))
    },
    buildable: None,
};
const SHAPED: TypeConstraint = TypeConstraint {
    description: "shaped of any type values",
    check: |ctx, ty| {
        matches!(
            ctx.type_kind(ty),
            TypeKind::MemRef { .. } | TypeKind::RankedTensor { .. }
        )
    },
    buildable: None,
};
const RANKED_TENSOR: TypeConstraint = TypeConstraint {
    description: "ranked tensor of any type values",
    check: |ctx, ty| matches!(ctx.type_kind(ty), TypeKind::RankedTensor { .. }),
    buildable: None,
};

const KINDS: [&str; 13] = [
    "add", "mul", "minui", "minsi", "minnumf", "maxui", "maxsi", "maxnumf", "and", "or", "xor",
    "minimumf", "maximumf",
];

/// `add` of `#vector.kind<add>`.
fn kind_of(ctx: &Context, a: Attribute) -> Option<&str> {
    opaque_params(ctx, a, "vector", "kind")
        .map(str::trim)
        .filter(|k| KINDS.contains(k))
}

const KIND_ATTR: AttrConstraint = AttrConstraint {
    syntax: AttrSyntax::Attribute,
    description: "Kind of combining function for contractions and reductions",
    check: |ctx, a| kind_of(ctx, a).is_some(),
};
const DENSE_I64_ARRAY: AttrConstraint = AttrConstraint {
    syntax: AttrSyntax::Attribute,
    description: "i64 dense array attribute",
    check: |ctx, a| matches!(ctx.attr_kind(a), AttrKind::DenseArray { elem, data: DenseData::Int(_) } if ctx.is_signless_integer(*elem, Some(64))),
};
const AFFINE_MAP_ATTR: AttrConstraint = AttrConstraint {
    syntax: AttrSyntax::Attribute,
    description: "AffineMap attribute",
    check: |ctx, a| matches!(ctx.attr_kind(a), AttrKind::AffineMap(_)),
};
const BOOL_ARRAY_ATTR: AttrConstraint = AttrConstraint {
    syntax: AttrSyntax::Attribute,
    description: "1-bit boolean array attribute",
    check: |ctx, a| bools(ctx, a).is_some(),
};
const I64_ATTR: AttrConstraint = AttrConstraint {
    syntax: AttrSyntax::Attribute,
    description: "64-bit signless integer attribute whose value is positive and whose value is a power of two > 0",
    check: |ctx, a| matches!(ctx.attr_kind(a), AttrKind::Integer { value, ty } if ctx.is_signless_integer(*ty, Some(64)) && *value > 0 && (*value & (*value - 1)) == 0),
};

fn bools(ctx: &Context, a: Attribute) -> Option<Vec<bool>> {
    let AttrKind::Array(items) = ctx.attr_kind(a) else {
        return None;
    };
    items
        .iter()
        .map(|&i| match ctx.attr_kind(i) {
            AttrKind::Bool(b) => Some(*b),
            _ => None,
        })
        .collect()
}

define_op! {
    /// Broadcasts a scalar or vector to a vector of higher or equal rank.
    pub struct BroadcastOp = "vector.broadcast" {
        operands: { source: Single(ANY_TYPE) },
        results: { vector: Single(VECTOR) },
        traits: [Pure],
        format: "$source attr-dict `:` type($source) `to` type($vector)",
        verify: verify_broadcast,
        fold: fold_broadcast,
        canonicalize: |p| p.push(fn_pattern(BroadcastOp::NAME, broadcast_of_broadcast)),
    }
}

define_op! {
    /// Reads a vector from a memref at the given indices.
    pub struct LoadOp = "vector.load" {
        operands: { base: Single(ANY_MEMREF), indices: Variadic(INDEX) },
        results: { result: Single(VECTOR) },
        attributes: { nontemporal: Optional(BOOL_ATTR), alignment: Optional(I64_ATTR) },
        traits: [MemRead],
        custom_asm: ACCESS_ASM,
        verify: verify_load,
    }
}

define_op! {
    /// Writes a vector to a memref at the given indices.
    pub struct StoreOp = "vector.store" {
        operands: { valueToStore: Single(VECTOR), base: Single(ANY_MEMREF), indices: Variadic(INDEX) },
        attributes: { nontemporal: Optional(BOOL_ATTR), alignment: Optional(I64_ATTR) },
        traits: [MemWrite],
        custom_asm: ACCESS_ASM,
        verify: verify_store,
    }
}

define_op! {
    /// Elementwise fused multiply-add `lhs * rhs + acc`.
    pub struct FmaOp = "vector.fma" {
        operands: { lhs: Single(FLOAT_VECTOR), rhs: Single(FLOAT_VECTOR), acc: Single(FLOAT_VECTOR) },
        results: { result: Single(FLOAT_VECTOR) },
        traits: [Pure],
        custom_asm: crate::math::MATH_ASM,
        verify: verify_fma,
    }
}

define_op! {
    /// Reduces a vector to a scalar with `kind`, optionally combined with `acc`.
    pub struct ReductionOp = "vector.reduction" {
        operands: { vector: Single(VECTOR), acc: Optional(ANY_TYPE) },
        results: { dest: Single(ANY_TYPE) },
        attributes: { kind: Required(KIND_ATTR), fastmath: Optional(FASTMATH_ATTR) },
        traits: [Pure],
        custom_asm: CustomAsm { print: print_reduction, parse: parse_reduction },
        verify: verify_reduction,
        canonicalize: |p| p.push(fn_pattern(ReductionOp::NAME, reduction_of_one_element)),
        defaults: default_fastmath,
    }
}

define_op! {
    /// Extracts a scalar or sub-vector at a static or dynamic position.
    pub struct ExtractOp = "vector.extract" {
        operands: { source: Single(VECTOR), dynamic_position: Variadic(INDEX) },
        results: { result: Single(ANY_TYPE) },
        attributes: { static_position: Required(DENSE_I64_ARRAY) },
        traits: [Pure],
        custom_asm: CustomAsm { print: print_extract, parse: parse_extract },
        verify: verify_extract,
        fold: fold_extract,
        canonicalize: |p| {
            p.push(fn_pattern(ExtractOp::NAME, extract_of_scalar_broadcast));
            p.push(fn_pattern(ExtractOp::NAME, extract_through_producer));
        },
    }
}

define_op! {
    /// Inserts a scalar or sub-vector at a static or dynamic position.
    pub struct InsertOp = "vector.insert" {
        operands: { valueToStore: Single(ANY_TYPE), dest: Single(VECTOR), dynamic_position: Variadic(INDEX) },
        results: { result: Single(VECTOR) },
        attributes: { static_position: Required(DENSE_I64_ARRAY) },
        traits: [Pure],
        custom_asm: CustomAsm { print: print_insert, parse: parse_insert },
        verify: verify_insert,
        fold: fold_insert,
        canonicalize: |p| p.push(fn_pattern(InsertOp::NAME, insert_over_insert)),
    }
}

define_op! {
    /// Reads a vector from a memref or tensor through a permutation map, padding elements
    /// out of bounds.
    pub struct TransferReadOp = "vector.transfer_read" {
        operands: { base: Single(SHAPED), indices: Variadic(INDEX), padding: Single(ANY_TYPE), mask: Optional(BOOL_VECTOR) },
        results: { vector: Single(VECTOR) },
        attributes: { permutation_map: Required(AFFINE_MAP_ATTR), in_bounds: Required(BOOL_ARRAY_ATTR) },
        traits: [AttrSizedOperandSegments, MemRead],
        custom_asm: CustomAsm { print: print_transfer, parse: parse_transfer_read },
        verify: verify_transfer,
    }
}

define_op! {
    /// Writes a vector to a memref (or a tensor, giving the new tensor) through a
    /// permutation map.
    pub struct TransferWriteOp = "vector.transfer_write" {
        operands: { valueToStore: Single(VECTOR), base: Single(SHAPED), indices: Variadic(INDEX), mask: Optional(BOOL_VECTOR) },
        results: { result: Optional(RANKED_TENSOR) },
        attributes: { permutation_map: Required(AFFINE_MAP_ATTR), in_bounds: Required(BOOL_ARRAY_ATTR) },
        traits: [AttrSizedOperandSegments, MemWrite],
        custom_asm: CustomAsm { print: print_transfer, parse: parse_transfer_write },
        verify: verify_transfer,
    }
}

/// `<param>` with `param` one of `known`.
fn check_enum(params: &str, known: &[&str]) -> Result<(), String> {
    check_enum_params(params, known, false)
}

pub fn dialect() -> Dialect {
    let mut d = Dialect::with_ops(
        "vector",
        "MLIR's vector dialect",
        vec![
            BroadcastOp::def(),
            LoadOp::def(),
            StoreOp::def(),
            FmaOp::def(),
            ReductionOp::def(),
            ExtractOp::def(),
            InsertOp::def(),
            TransferReadOp::def(),
            TransferWriteOp::def(),
        ],
    );
    d.attributes = vec![
        DialectTypeDef {
            name: "kind",
            summary: "the combining function of reductions and contractions",
            verify: |p| check_enum(p, &KINDS),
        },
        DialectTypeDef {
            name: "iterator_type",
            summary: "the iterator type of a contraction dimension",
            verify: |p| check_enum(p, &["parallel", "reduction"]),
        },
    ];
    d.constant_materializer = Some(crate::arith::materialize_constant);
    d
}

// ----- syntax -----

/// `vector.load %base[%i] {attrs} : memref<..>, vector<..>` and `vector.store %v, %base[%i]
/// {attrs} : memref<..>, vector<..>`; `nontemporal = false` (the default) is elided.
const ACCESS_ASM: CustomAsm = CustomAsm {
    print: print_access,
    parse: parse_access,
};

fn print_access(p: &mut AsmPrinter<'_>, op: OpId) {
    let (ctx, ir) = (p.ctx, p.ir);
    let store = ctx.op_name_str(ir.op_name(op)) == StoreOp::NAME;
    let operands = ir.operands(op);
    p.write(if store {
        "vector.store "
    } else {
        "vector.load "
    });
    let (value, rest) = if store {
        (Some(operands[0]), &operands[1..])
    } else {
        (None, operands)
    };
    if let Some(v) = value {
        p.print_value(v);
        p.write(", ");
    }
    print_indexed_access(p, op, rest[0], &rest[1..]);
    p.write(", ");
    p.print_type(ir.value_type(value.unwrap_or_else(|| ir.result(op, 0))));
}

fn parse_access(p: &mut dyn AsmParser, state: &mut OperationState) -> PResult<()> {
    let store = p.ctx().op_name_str(state.name) == StoreOp::NAME;
    let offset = p.offset();
    let mut operands = Vec::new();
    if store {
        operands.push(p.parse_operand()?);
        p.parse_punct(Punct::Comma)?;
    }
    operands.push(p.parse_operand()?);
    let indices = parse_operands_in(p, Punct::LSquare, Punct::RSquare)?;
    let base = parse_attr_dict_and_type(p, state)?;
    p.parse_punct(Punct::Comma)?;
    let vector = p.parse_type()?;
    let index = p.ctx().index_type();
    let mut types = if store {
        vec![vector, base]
    } else {
        vec![base]
    };
    types.extend(std::iter::repeat_n(index, indices.len()));
    operands.extend(indices);
    state.operands = p.resolve_operands(&operands, &types, offset)?;
    if !store {
        state.result_types.push(vector);
    }
    Ok(())
}

fn print_reduction(p: &mut AsmPrinter<'_>, op: OpId) {
    let (ctx, ir) = (p.ctx, p.ir);
    let kind = ir
        .attr(ctx, op, "kind")
        .and_then(|a| kind_of(ctx, a))
        .unwrap_or("add");
    p.write(&format!("vector.reduction <{kind}>, "));
    p.print_values(ir.operands(op));
    print_fastmath(p, op);
    print_attr_dict_and_type(
        p,
        op,
        &["kind", "fastmath"],
        ir.value_type(ir.operand(op, 0)),
    );
    p.write(" into ");
    p.print_type(ir.value_type(ir.result(op, 0)));
}

fn parse_reduction(p: &mut dyn AsmParser, state: &mut OperationState) -> PResult<()> {
    p.parse_punct(Punct::Less)?;
    let Some(kind) = p
        .parse_optional_any_keyword()
        .filter(|k| KINDS.contains(&k.as_str()))
    else {
        return Err(p.error("expected ::mlir::vector::CombiningKind to be one of: add, mul, minui, minsi, minnumf, maxui, maxsi, maxnumf, and, or, xor, maximumf, minimumf"));
    };
    p.parse_punct(Punct::Greater)?;
    p.parse_punct(Punct::Comma)?;
    let offset = p.offset();
    let mut operands = vec![p.parse_operand()?];
    if p.parse_optional_punct(Punct::Comma) {
        operands.push(p.parse_operand()?);
    }
    let ctx = p.ctx();
    let mut props = vec![named(
        ctx,
        "kind",
        opaque_attr(ctx, "vector", "kind", &kind),
    )];
    parse_fastmath(p, &mut props)?;
    let vty = parse_attr_dict_and_type(p, state)?;
    p.parse_keyword("into")?;
    let dest = p.parse_type()?;
    let types = [vty, dest];
    state.operands = p.resolve_operands(&operands, &types[..operands.len()], offset)?;
    state.result_types.push(dest);
    state.props = Some(props);
    Ok(())
}

/// The entries of a dense i64 array attribute.
/// `[0, %i]`: static entries as integers, dynamic ones as the next dynamic operand (ODS's
/// `custom<DynamicIndexList>`).
fn print_position(p: &mut AsmPrinter<'_>, op: OpId, dynamic: &[ValueId]) {
    let stat = dense_i64s(p.ctx, p.ir.attr(p.ctx, op, "static_position"));
    print_dynamic_index_list(p, dynamic, &stat);
}

/// The position list, its constants integer attributes: `(static, dynamic)`.
fn parse_position(p: &mut dyn AsmParser) -> PResult<(Vec<i64>, Vec<UnresolvedOperand>)> {
    let (dynamic, stat) = parse_dynamic_index_list(p, |p| {
        match p.parse_attribute().map(|a| p.ctx().attr_kind(a).clone())? {
            AttrKind::Integer { value, .. } => Ok(value as i64),
            _ => Err(p.error("expected SSA value or integer")),
        }
    })?;
    Ok((stat, dynamic))
}

fn print_extract(p: &mut AsmPrinter<'_>, op: OpId) {
    let ir = p.ir;
    let x = ExtractOp { ctx: p.ctx, ir, op };
    p.write("vector.extract ");
    p.print_value(x.source());
    print_position(p, op, x.dynamic_position());
    print_attr_dict_and_type(p, op, &["static_position"], ir.value_type(x.result()));
    p.write(" from ");
    p.print_type(ir.value_type(x.source()));
}

fn parse_extract(p: &mut dyn AsmParser, state: &mut OperationState) -> PResult<()> {
    let offset = p.offset();
    let source = p.parse_operand()?;
    let (stat, dynamic) = parse_position(p)?;
    let result = parse_attr_dict_and_type(p, state)?;
    p.parse_keyword("from")?;
    let vty = p.parse_type()?;
    finish_positioned(p, state, offset, source, vty, dynamic, &stat)?;
    state.result_types.push(result);
    Ok(())
}

/// Resolves `leading` (of type `ty`) and the dynamic position operands, and records the
/// static position.
fn finish_positioned(
    p: &mut dyn AsmParser,
    state: &mut OperationState,
    offset: u32,
    leading: UnresolvedOperand,
    ty: Type,
    dynamic: Vec<UnresolvedOperand>,
    stat: &[i64],
) -> PResult<()> {
    let index = p.ctx().index_type();
    let operands: Vec<_> = std::iter::once(leading).chain(dynamic).collect();
    let mut types = vec![index; operands.len()];
    types[0] = ty;
    state
        .operands
        .extend(p.resolve_operands(&operands, &types, offset)?);
    let ctx = p.ctx();
    state.props = Some(vec![named(
        ctx,
        "static_position",
        dense_i64_attr(ctx, stat),
    )]);
    Ok(())
}

fn print_insert(p: &mut AsmPrinter<'_>, op: OpId) {
    let ir = p.ir;
    let x = InsertOp { ctx: p.ctx, ir, op };
    p.write("vector.insert ");
    p.print_value(x.valueToStore());
    p.write(", ");
    p.print_value(x.dest());
    p.write(" ");
    print_position(p, op, x.dynamic_position());
    print_attr_dict_and_type(p, op, &["static_position"], ir.value_type(x.valueToStore()));
    p.write(" into ");
    p.print_type(ir.value_type(x.dest()));
}

fn parse_insert(p: &mut dyn AsmParser, state: &mut OperationState) -> PResult<()> {
    let offset = p.offset();
    let value = p.parse_operand()?;
    p.parse_punct(Punct::Comma)?;
    let dest = p.parse_operand()?;
    let (stat, dynamic) = parse_position(p)?;
    let vty = parse_attr_dict_and_type(p, state)?;
    p.parse_keyword("into")?;
    let dty = p.parse_type()?;
    state.operands = p.resolve_operands(&[value], &[vty], offset)?;
    finish_positioned(p, state, offset, dest, dty, dynamic, &stat)?;
    state.result_types.push(dty);
    Ok(())
}

/// The map MLIR elides in transfer ops: the vector's dimensions are the source's innermost
/// ones (`(d0, d1, d2) -> (d1, d2)`).
fn minor_identity(source_rank: usize, vector_rank: usize) -> AffineMap {
    let first = source_rank.saturating_sub(vector_rank);
    AffineMap {
        num_dims: source_rank as u32,
        num_symbols: 0,
        results: (first..source_rank)
            .map(|d| AffineExpr::Dim(d as u32))
            .collect(),
    }
}

fn rank_of(ctx: &Context, ty: Type) -> usize {
    ctx.shape_and_elem(ty).map_or(0, |(s, _)| s.len())
}

/// `(base type, vector type)` of a transfer op.
fn transfer_types(ctx: &Context, ir: &Ir, op: OpId) -> (Type, Type) {
    let read = ctx.op_name_str(ir.op_name(op)) == TransferReadOp::NAME;
    let (base, vector) = if read {
        (ir.operand(op, 0), ir.result(op, 0))
    } else {
        (ir.operand(op, 1), ir.operand(op, 0))
    };
    (ir.value_type(base), ir.value_type(vector))
}

fn print_transfer(p: &mut AsmPrinter<'_>, op: OpId) {
    let (ctx, ir) = (p.ctx, p.ir);
    let read = ctx.op_name_str(ir.op_name(op)) == TransferReadOp::NAME;
    let def = if read {
        TransferReadOp::def()
    } else {
        TransferWriteOp::def()
    };
    let group = |g| {
        ir::dialect::operand_group_range(ctx, ir, op, def, g)
            .map(|r| ir.operands(op)[r].to_vec())
            .unwrap_or_default()
    };
    let (base, indices, extra, mask) = if read {
        (group(0), group(1), group(2), group(3))
    } else {
        (group(1), group(2), group(0), group(3))
    };
    p.write(if read {
        "vector.transfer_read "
    } else {
        "vector.transfer_write "
    });
    if !read {
        p.print_values(&extra);
        p.write(", ");
    }
    p.print_values(&base);
    p.write("[");
    p.print_values(&indices);
    p.write("]");
    if read {
        p.write(", ");
        p.print_values(&extra);
    }
    if !mask.is_empty() {
        p.write(", ");
        p.print_values(&mask);
    }
    let (bty, vty) = transfer_types(ctx, ir, op);
    let mut elided = vec!["operandSegmentSizes"];
    let identity = minor_identity(rank_of(ctx, bty), rank_of(ctx, vty));
    let map = ir.attr(ctx, op, "permutation_map");
    if map.is_some_and(|m| matches!(ctx.attr_kind(m), AttrKind::AffineMap(am) if *am == identity)) {
        elided.push("permutation_map");
    }
    let in_bounds = ir.attr(ctx, op, "in_bounds").and_then(|a| bools(ctx, a));
    if in_bounds.is_some_and(|b| b.iter().all(|x| !x)) {
        elided.push("in_bounds");
    }
    let entries = p.op_attr_entries(op);
    p.print_optional_attr_dict(&entries, &elided);
    p.write(" : ");
    if read {
        p.print_type(bty);
        p.write(", ");
        p.print_type(vty);
    } else {
        p.print_type(vty);
        p.write(", ");
        p.print_type(bty);
    }
}

/// The mask type MLIR infers for a transfer: `i1` elements, the vector's dimensions in
/// the order of the source dimensions they map to (broadcast dimensions dropped).
fn mask_type(ctx: &Context, vty: Type, map: &AffineMap) -> Option<Type> {
    let (shape, scalable, _) = vector_parts(ctx, vty)?;
    let mut dims: Vec<(u32, i64, bool)> = map
        .results
        .iter()
        .zip(shape.iter().zip(scalable))
        .filter_map(|(e, (&s, &sc))| match e {
            AffineExpr::Dim(d) => Some((*d, s, sc)),
            _ => None,
        })
        .collect();
    dims.sort_by_key(|d| d.0);
    Some(ctx.intern_type(TypeKind::Vector {
        shape: dims.iter().map(|d| d.1).collect(),
        scalable: dims.iter().map(|d| d.2).collect(),
        elem: ctx.integer_type(1),
    }))
}

/// `vector.transfer_read %base[%i, %j], %padding(, %mask)? {attrs} : memref<..>, vector<..>`
/// and `vector.transfer_write %v, %base[%i, %j](, %mask)? {attrs} : vector<..>, memref<..>`;
/// a missing `permutation_map` is the minor identity, a missing `in_bounds` all `false`.
fn parse_transfer(p: &mut dyn AsmParser, state: &mut OperationState, read: bool) -> PResult<()> {
    let offset = p.offset();
    // Operands in the generic order: (value to store,) base, indices, (padding,) mask.
    let mut operands = Vec::new();
    if !read {
        operands.push(p.parse_operand()?);
        p.parse_punct(Punct::Comma)?;
    }
    operands.push(p.parse_operand()?);
    p.parse_punct(Punct::LSquare)?;
    let indices = p.parse_operand_list()?;
    let n = indices.len();
    operands.extend(indices);
    p.parse_punct(Punct::RSquare)?;
    if read {
        p.parse_punct(Punct::Comma)?;
        operands.push(p.parse_operand()?);
    }
    let masked = p.parse_optional_punct(Punct::Comma);
    if masked {
        operands.push(p.parse_operand()?);
    }
    let attrs = p.parse_optional_attr_dict()?;
    p.parse_punct(Punct::Colon)?;
    let first = p.parse_type()?;
    p.parse_punct(Punct::Comma)?;
    let second = p.parse_type()?;
    let (bty, vty) = if read {
        (first, second)
    } else {
        (second, first)
    };
    let ctx = p.ctx();
    let (map_key, bounds_key) = (ctx.ident("permutation_map"), ctx.ident("in_bounds"));
    let (mut props, rest): (Vec<_>, Vec<_>) = attrs
        .into_iter()
        .partition(|a| a.name == map_key || a.name == bounds_key);
    state.attrs.extend(rest);
    let written = props.iter().find(|a| a.name == map_key).map(|a| a.value);
    let map = match written.map(|m| ctx.attr_kind(m)) {
        Some(AttrKind::AffineMap(m)) => m.clone(),
        Some(_) => return Err(p.error_at(offset, "expected an affine map for 'permutation_map'")),
        None => minor_identity(rank_of(ctx, bty), rank_of(ctx, vty)),
    };
    if written.is_none() {
        props.push(NamedAttr {
            name: map_key,
            value: ctx.intern_attr(AttrKind::AffineMap(map.clone())),
        });
    }
    if !props.iter().any(|a| a.name == bounds_key) {
        let f = ctx.intern_attr(AttrKind::Bool(false));
        props.push(NamedAttr {
            name: bounds_key,
            value: ctx.array_attr(&vec![f; map.results.len()]),
        });
    }
    let index = ctx.index_type();
    let mut types = if read { vec![bty] } else { vec![vty, bty] };
    types.extend(std::iter::repeat_n(index, n));
    if read {
        types.push(elem_or_self(ctx, bty));
    }
    if masked {
        let Some(t) = mask_type(ctx, vty, &map) else {
            return Err(p.error_at(offset, "expected a vector type to infer the mask type"));
        };
        types.push(t);
    }
    state.operands = p.resolve_operands(&operands, &types, offset)?;
    let ctx = p.ctx();
    let (n, masked) = (n as i128, i128::from(masked));
    let segments = if read {
        [1, n, 1, masked]
    } else {
        [1, 1, n, masked]
    };
    props.push(segment_sizes(ctx, &segments));
    if read {
        state.result_types.push(vty);
    } else if matches!(ctx.type_kind(bty), TypeKind::RankedTensor { .. }) {
        state.result_types.push(bty);
    }
    state.props = Some(props);
    Ok(())
}

fn parse_transfer_read(p: &mut dyn AsmParser, state: &mut OperationState) -> PResult<()> {
    parse_transfer(p, state, true)
}

fn parse_transfer_write(p: &mut dyn AsmParser, state: &mut OperationState) -> PResult<()> {
    parse_transfer(p, state, false)
}

// ----- verifiers -----

fn err(cx: &VerifyCx<'_>, op: OpId, msg: impl std::fmt::Display) -> Diagnostic {
    op_error(cx.ctx, cx.ir, op, msg)
}

fn verify_broadcast(cx: &VerifyCx<'_>, op: OpId) -> Result<(), Diagnostic> {
    let (ctx, ir) = (cx.ctx, cx.ir);
    same_element_type(
        cx,
        op,
        ir.value_type(ir.operand(op, 0)),
        ir.value_type(ir.result(op, 0)),
    )?;
    let src = shape_of(ctx, ir.value_type(ir.operand(op, 0)));
    let dst = shape_of(ctx, ir.value_type(ir.result(op, 0)));
    if src.len() > dst.len() {
        return Err(err(cx, op, "source rank higher than destination rank"));
    }
    let lead = dst.len() - src.len();
    for (s, d) in src.iter().zip(&dst[lead..]) {
        if *s != 1 && s != d {
            return Err(err(cx, op, format!("dimension mismatch ({s} vs. {d})")));
        }
    }
    Ok(())
}

/// Checks that `base`'s element type matches `value`'s (a memref of vectors holds
/// exactly `value`'s vector type) and that there is one index per dimension of `base`.
/// `what` names `value` in the messages, as MLIR's (`result`, `valueToStore`).
fn check_access(
    cx: &VerifyCx<'_>,
    op: OpId,
    base: ValueId,
    value: ValueId,
    nindices: usize,
    what: &str,
) -> Result<(), Diagnostic> {
    let (ctx, ir) = (cx.ctx, cx.ir);
    let bty = ir.value_type(base);
    let vty = ir.value_type(value);
    let mut base_elem = elem_or_self(ctx, bty);
    if matches!(ctx.type_kind(base_elem), TypeKind::Vector { .. }) {
        if base_elem != vty {
            return Err(err(
                cx,
                op,
                format!("base memref and {what} vector types should match"),
            ));
        }
        base_elem = elem_or_self(ctx, base_elem);
    }
    if base_elem != elem_or_self(ctx, vty) {
        let verb = if what == "result" {
            "types should match"
        } else {
            "type should match"
        };
        return Err(err(cx, op, format!("base and {what} element {verb}")));
    }
    let rank = rank_of(ctx, bty);
    if nindices != rank {
        return Err(err(cx, op, format!("requires {rank} indices")));
    }
    Ok(())
}

fn verify_load(cx: &VerifyCx<'_>, op: OpId) -> Result<(), Diagnostic> {
    let x = LoadOp {
        ctx: cx.ctx,
        ir: cx.ir,
        op,
    };
    check_access(cx, op, x.base(), x.result(), x.indices().len(), "result")
}

fn verify_store(cx: &VerifyCx<'_>, op: OpId) -> Result<(), Diagnostic> {
    let x = StoreOp {
        ctx: cx.ctx,
        ir: cx.ir,
        op,
    };
    check_access(
        cx,
        op,
        x.base(),
        x.valueToStore(),
        x.indices().len(),
        "valueToStore",
    )
}

fn verify_fma(cx: &VerifyCx<'_>, op: OpId) -> Result<(), Diagnostic> {
    let ir = cx.ir;
    let ty = ir.value_type(ir.result(op, 0));
    if ir.operands(op).iter().any(|&v| ir.value_type(v) != ty) {
        return Err(err(
            cx,
            op,
            "failed to verify that all of {lhs, rhs, acc, result} have same type",
        ));
    }
    Ok(())
}

fn verify_reduction(cx: &VerifyCx<'_>, op: OpId) -> Result<(), Diagnostic> {
    let (ctx, ir) = (cx.ctx, cx.ir);
    let x = ReductionOp { ctx, ir, op };
    let dest = ir.value_type(x.dest());
    if elem_or_self(ctx, ir.value_type(x.vector())) != dest {
        return Err(err(
            cx,
            op,
            "failed to verify that source operand and result have same element type",
        ));
    }
    if x.acc().is_some_and(|a| ir.value_type(a) != dest) {
        return Err(err(
            cx,
            op,
            "failed to verify that dest and acc have the same type",
        ));
    }
    let rank = shape_of(ctx, ir.value_type(x.vector())).len();
    if rank > 1 {
        return Err(err(cx, op, format!("unsupported reduction rank: {rank}")));
    }
    let kind = x.kind().and_then(|k| kind_of(ctx, k)).unwrap_or("add");
    let int = ctx.is_integer(dest) || ctx.is_index(dest);
    let ok = match kind {
        "add" | "mul" => int || ctx.is_float(dest),
        "minnumf" | "maxnumf" | "minimumf" | "maximumf" => ctx.is_float(dest),
        _ => int,
    };
    if !ok {
        return Err(err(
            cx,
            op,
            format!(
                "unsupported reduction type ''{}'' for kind '{kind}'",
                print_type(ctx, dest)
            ),
        ));
    }
    Ok(())
}

/// Checks a static position against the vector shape; `what` is "" (extract) or "dest "
/// (insert). Both accept the poison index -1; only extract's message says so.
fn check_position(
    cx: &VerifyCx<'_>,
    op: OpId,
    stat: &[i64],
    ndynamic: usize,
    shape: &[i64],
    what: &str,
) -> Result<(), Diagnostic> {
    if stat.iter().filter(|&&s| s == DYNAMIC).count() != ndynamic {
        return Err(err(cx, op, "mismatch between dynamic and static positions (kDynamic marker but no corresponding dynamic position) -- this can only happen due to an incorrect fold/rewrite"));
    }
    if stat.len() > shape.len() {
        return Err(err(
            cx,
            op,
            format!("expected position attribute of rank no greater than {what}vector rank"),
        ));
    }
    for (i, (&s, &d)) in stat.iter().zip(shape).enumerate() {
        let valid = s == DYNAMIC || (0..d).contains(&s) || s == -1;
        if !valid {
            let poison = if what.is_empty() {
                " or poison (-1)"
            } else {
                ""
            };
            return Err(err(cx, op, format!("expected position attribute #{} to be a non-negative integer smaller than the corresponding {what}vector dimension{poison}", i + 1)));
        }
    }
    Ok(())
}

/// The type left after indexing `vty` at `n` positions: a sub-vector or the element.
fn indexed_type(ctx: &Context, vty: Type, n: usize) -> Option<Type> {
    let (shape, scalable, elem) = vector_parts(ctx, vty)?;
    if n >= shape.len() {
        return Some(elem);
    }
    Some(ctx.intern_type(TypeKind::Vector {
        shape: shape[n..].into(),
        scalable: scalable[n..].into(),
        elem,
    }))
}

fn verify_extract(cx: &VerifyCx<'_>, op: OpId) -> Result<(), Diagnostic> {
    let (ctx, ir) = (cx.ctx, cx.ir);
    let x = ExtractOp { ctx, ir, op };
    let vty = ir.value_type(x.source());
    let rty = ir.value_type(x.result());
    if elem_or_self(ctx, vty) != elem_or_self(ctx, rty) {
        return Err(err(
            cx,
            op,
            "failed to verify that operand and result have same element type",
        ));
    }
    let stat = dense_i64s(ctx, x.static_position());
    check_position(
        cx,
        op,
        &stat,
        x.dynamic_position().len(),
        shape_of(ctx, vty),
        "",
    )?;
    match indexed_type(ctx, vty, stat.len()) {
        Some(t) if t != rty => Err(err(
            cx,
            op,
            format!(
                "inferred type(s) '{}' are incompatible with return type(s) of operation '{}'",
                print_type(ctx, t),
                print_type(ctx, rty)
            ),
        )),
        _ => Ok(()),
    }
}

fn verify_insert(cx: &VerifyCx<'_>, op: OpId) -> Result<(), Diagnostic> {
    let (ctx, ir) = (cx.ctx, cx.ir);
    let x = InsertOp { ctx, ir, op };
    let dty = ir.value_type(x.dest());
    let vty = ir.value_type(x.valueToStore());
    same_element_type(cx, op, vty, ir.value_type(x.result()))?;
    if ir.value_type(x.result()) != dty {
        return Err(err(
            cx,
            op,
            "failed to verify that all of {dest, result} have same type",
        ));
    }
    let stat = dense_i64s(ctx, x.static_position());
    let shape = shape_of(ctx, dty);
    check_position(cx, op, &stat, x.dynamic_position().len(), shape, "dest ")?;
    let value_rank = shape_of(ctx, vty).len();
    if stat.len() + value_rank != shape.len() {
        return Err(err(
            cx,
            op,
            if value_rank == 0 {
                "expected position attribute rank to match the dest vector rank"
            } else {
                "expected position attribute rank + source rank to match dest vector rank"
            },
        ));
    }
    Ok(())
}

/// ODS's `TCresVTEtIsSameAsOp`: a scalar or vector operand and a vector result share their
/// element type.
fn same_element_type(cx: &VerifyCx<'_>, op: OpId, from: Type, to: Type) -> Result<(), Diagnostic> {
    if elem_or_self(cx.ctx, from) != elem_or_self(cx.ctx, to) {
        return Err(err(
            cx,
            op,
            "failed to verify that source operand and result have same element type",
        ));
    }
    Ok(())
}

/// MLIR's `verifyPermutationMap`: each result is one dimension (or the constant 0), and no
/// dimension appears twice.
fn check_permutation(cx: &VerifyCx<'_>, op: OpId, map: &AffineMap) -> Result<(), Diagnostic> {
    let mut seen = vec![false; map.num_dims as usize];
    for e in map.results.iter() {
        match e {
            AffineExpr::Const(0) => {}
            AffineExpr::Dim(d) => {
                let Some(used) = seen.get_mut(*d as usize) else {
                    continue;
                };
                if std::mem::replace(used, true) {
                    return Err(err(cx, op, "requires a permutation_map that is a permutation (found one dim used more than once)"));
                }
            }
            _ => {
                return Err(err(cx, op, "requires a projected permutation_map (at most one dim or the zero constant can appear in each result)"));
            }
        }
    }
    Ok(())
}

fn verify_transfer(cx: &VerifyCx<'_>, op: OpId) -> Result<(), Diagnostic> {
    let (ctx, ir) = (cx.ctx, cx.ir);
    let read = ctx.op_name_str(ir.op_name(op)) == TransferReadOp::NAME;
    let def = if read {
        TransferReadOp::def()
    } else {
        TransferWriteOp::def()
    };
    let (bty, vty) = transfer_types(ctx, ir, op);
    let nindices = ir::dialect::operand_group_range(ctx, ir, op, def, if read { 1 } else { 2 })
        .map_or(0, |r| r.len());
    let rank = rank_of(ctx, bty);
    if nindices != rank {
        return Err(err(cx, op, format!("requires {rank} indices")));
    }
    let Some(map_attr) = ir.attr(ctx, op, "permutation_map") else {
        return Ok(());
    };
    let AttrKind::AffineMap(map) = ctx.attr_kind(map_attr) else {
        return Ok(());
    };
    if map.num_dims as usize != rank {
        return Err(err(
            cx,
            op,
            "requires a permutation_map with input dims of the same rank as the source type",
        ));
    }
    if map.results.len() != shape_of(ctx, vty).len() {
        return Err(err(
            cx,
            op,
            "requires a permutation_map with result dims of the same rank as the vector type",
        ));
    }
    let in_bounds = ir.attr(ctx, op, "in_bounds").and_then(|a| bools(ctx, a));
    if let Some(b) = in_bounds.filter(|b| b.len() != map.results.len()) {
        return Err(err(
            cx,
            op,
            format!(
                "expects the in_bounds attr of same rank as permutation_map results: {} vs inBounds of size: {}",
                print_attr(ctx, map_attr),
                b.len()
            ),
        ));
    }
    let mask = ir::dialect::operand_group_range(ctx, ir, op, def, 3)
        .and_then(|r| ir.operands(op)[r].first().copied());
    if let (Some(m), Some(inferred)) = (mask, mask_type(ctx, vty, map)) {
        let mty = ir.value_type(m);
        if mty != inferred {
            return Err(err(
                cx,
                op,
                format!(
                    "inferred mask type ('{}') and mask operand type ('{}') don't match",
                    print_type(ctx, inferred),
                    print_type(ctx, mty)
                ),
            ));
        }
    }
    if read {
        let padding = ir.value_type(ir.operand(op, 1 + nindices));
        if padding != elem_or_self(ctx, bty) {
            return Err(err(
                cx,
                op,
                "requires formal padding and source of the same elemental type",
            ));
        }
    }
    check_permutation(cx, op, map)
}

// ----- folds and canonicalizations -----

/// A position with no dynamic index and no poison index (-1): the folds that compare
/// positions only apply to these (MLIR folds poison positions to `ub.poison`, a dialect
/// we do not have).
fn static_in_bounds(position: &[i64]) -> bool {
    position.iter().all(|&p| p >= 0)
}

/// The defining op of `v` if it is named `name`.
fn defining(ctx: &Context, ir: &Ir, v: ValueId, name: &str) -> Option<OpId> {
    match ir.value_def(v) {
        ValueDef::OpResult { op, .. } if ctx.op_name_str(ir.op_name(op)) == name => Some(op),
        _ => None,
    }
}

/// A splat elements attribute of type `ty` holding the scalar `value`.
fn splat(ctx: &Context, value: Attribute, ty: Type) -> Option<Attribute> {
    let data = match *ctx.attr_kind(value) {
        AttrKind::Integer { value, .. } => DenseData::Int([value].into()),
        AttrKind::Bool(b) => DenseData::Int([i128::from(b)].into()),
        AttrKind::Float { bits, .. } => DenseData::Float([bits].into()),
        _ => return None,
    };
    Some(ctx.intern_attr(AttrKind::DenseElements {
        ty,
        splat: true,
        data,
    }))
}

/// The one value of a scalar constant or a splat elements constant, as a scalar attribute
/// of type `elem`.
fn splat_value(ctx: &Context, a: Attribute, elem: Type) -> Option<Attribute> {
    match ctx.attr_kind(a) {
        AttrKind::Integer { .. } | AttrKind::Float { .. } | AttrKind::Bool(_) => Some(a),
        AttrKind::DenseElements {
            splat: true,
            data: DenseData::Int(v),
            ..
        } if ctx.is_signless_integer(elem, Some(1)) => {
            Some(ctx.intern_attr(AttrKind::Bool(*v.first()? != 0)))
        }
        AttrKind::DenseElements {
            splat: true,
            data: DenseData::Int(v),
            ..
        } => Some(ctx.integer_attr(*v.first()?, elem)),
        AttrKind::DenseElements {
            splat: true,
            data: DenseData::Float(v),
            ..
        } => Some(ctx.intern_attr(AttrKind::Float {
            bits: *v.first()?,
            ty: elem,
        })),
        _ => None,
    }
}

fn fold_broadcast(ctx: &Context, ir: &Ir, op: OpId, c: &[Option<Attribute>]) -> Folded {
    let src = ir.operand(op, 0);
    let ty = ir.value_type(ir.result(op, 0));
    if ir.value_type(src) == ty {
        return Some(vec![FoldResult::Value(src)]);
    }
    let value = splat_value(ctx, c[0]?, elem_or_self(ctx, ty))?;
    Some(vec![FoldResult::Attr(splat(ctx, value, ty)?)])
}

fn fold_extract(ctx: &Context, ir: &Ir, op: OpId, c: &[Option<Attribute>]) -> Folded {
    let x = ExtractOp { ctx, ir, op };
    let stat = dense_i64s(ctx, x.static_position());
    let rty = ir.value_type(x.result());
    if stat.is_empty() {
        return Some(vec![FoldResult::Value(x.source())]);
    }
    // Every element of a splat constant is the same.
    if let Some(v) = c[0].and_then(|a| splat_value(ctx, a, elem_or_self(ctx, rty))) {
        let folded = if is_vector(ctx, rty) {
            splat(ctx, v, rty)?
        } else {
            v
        };
        return Some(vec![FoldResult::Attr(folded)]);
    }
    // Extracting what a broadcast replicated gives its source back.
    if let Some(b) = defining(ctx, ir, x.source(), BroadcastOp::NAME) {
        let src = ir.operand(b, 0);
        if ir.value_type(src) == rty {
            return Some(vec![FoldResult::Value(src)]);
        }
    }
    // Extracting at the (static) position just inserted gives the inserted value.
    if let Some(i) = defining(ctx, ir, x.source(), InsertOp::NAME) {
        let ins = InsertOp { ctx, ir, op: i };
        let at = dense_i64s(ctx, ins.static_position());
        if at == stat && static_in_bounds(&stat) && ir.value_type(ins.valueToStore()) == rty {
            return Some(vec![FoldResult::Value(ins.valueToStore())]);
        }
    }
    None
}

/// `broadcast(broadcast(x))` is `broadcast(x)`.
fn broadcast_of_broadcast(op: OpId, rw: &mut PatternRewriter<'_>) -> bool {
    let Some(inner) = defining(rw.ctx, rw.ir, rw.ir.operand(op, 0), BroadcastOp::NAME) else {
        return false;
    };
    let src = rw.ir.operand(inner, 0);
    rw.modify_op_in_place(op, |ir| ir.set_operand(op, 0, src));
    true
}

/// Extracting a vector from a broadcast scalar is a smaller broadcast of that scalar.
fn extract_of_scalar_broadcast(op: OpId, rw: &mut PatternRewriter<'_>) -> bool {
    let (ctx, ir) = (rw.ctx, &*rw.ir);
    let Some(b) = defining(ctx, ir, ir.operand(op, 0), BroadcastOp::NAME) else {
        return false;
    };
    let src = ir.operand(b, 0);
    let rty = ir.value_type(ir.result(op, 0));
    if is_vector(ctx, ir.value_type(src)) || !is_vector(ctx, rty) {
        return false;
    }
    let mut st = OperationState::new(ctx.op_name(BroadcastOp::NAME), ir.loc(op));
    st.operands.push(src);
    st.result_types.push(rty);
    replace_op_with_new(rw, op, st);
    true
}

/// A reduction of a one-element vector is an extract of the element, combined with the
/// accumulator if any (MLIR's `ElideSingleElementReduction`; with an accumulator only for
/// `add` and `mul`, whose arith ops are registered).
fn reduction_of_one_element(op: OpId, rw: &mut PatternRewriter<'_>) -> bool {
    let (ctx, ir) = (rw.ctx, &*rw.ir);
    let r = ReductionOp { ctx, ir, op };
    let v = r.vector();
    if shape_of(ctx, ir.value_type(v)) != [1] {
        return false;
    }
    let ty = ir.value_type(r.dest());
    let float = ctx.is_float(ty);
    let combine = match (r.acc(), r.kind().and_then(|k| kind_of(ctx, k))) {
        (None, _) => None,
        (Some(acc), Some("add")) => Some((acc, if float { "arith.addf" } else { "arith.addi" })),
        (Some(acc), Some("mul")) => Some((acc, if float { "arith.mulf" } else { "arith.muli" })),
        (Some(_), _) => return false,
    };
    let flags = if float {
        ("fastmath", r.fastmath())
    } else {
        let none = opaque_attr(ctx, "arith", "overflow", "none");
        ("overflowFlags", Some(none))
    };
    let loc = ir.loc(op);
    let mut st = OperationState::new(ctx.op_name(ExtractOp::NAME), loc);
    st.operands.push(v);
    st.result_types.push(ty);
    st.props = Some(vec![named(
        ctx,
        "static_position",
        dense_i64_attr(ctx, &[0]),
    )]);
    rw.set_insertion_point(InsertPoint::Before(op));
    let extract = rw.create(st);
    let mut result = rw.ir.result(extract, 0);
    if let Some((acc, name)) = combine {
        let mut st = OperationState::new(ctx.op_name(name), loc);
        st.operands = vec![result, acc];
        st.result_types.push(ty);
        st.props = flags.1.map(|value| vec![named(ctx, flags.0, value)]);
        let combined = rw.create(st);
        result = rw.ir.result(combined, 0);
    }
    rw.replace_op(op, &[result]);
    true
}

/// Extracts from an earlier value when the producer does not matter at this position (MLIR
/// does this in `ExtractOp::fold`, in place): through an insert at a disjoint static
/// position to its destination, and through a rank-extending broadcast to its source.
fn extract_through_producer(op: OpId, rw: &mut PatternRewriter<'_>) -> bool {
    let (ctx, ir) = (rw.ctx, &*rw.ir);
    let x = ExtractOp { ctx, ir, op };
    let stat = dense_i64s(ctx, x.static_position());
    if !static_in_bounds(&stat) {
        return false;
    }
    let src = x.source();
    if let Some(i) = defining(ctx, ir, src, InsertOp::NAME) {
        let ins = InsertOp { ctx, ir, op: i };
        let at = dense_i64s(ctx, ins.static_position());
        let disjoint = static_in_bounds(&at) && at.iter().zip(&stat).any(|(a, b)| a != b);
        if !disjoint {
            return false;
        }
        let dest = ins.dest();
        rw.modify_op_in_place(op, |ir| ir.set_operand(op, 0, dest));
        return true;
    }
    let Some(b) = defining(ctx, ir, src, BroadcastOp::NAME) else {
        return false;
    };
    let inner = ir.operand(b, 0);
    let inner_shape = shape_of(ctx, ir.value_type(inner));
    let shape = shape_of(ctx, ir.value_type(src));
    let lead = shape.len() - inner_shape.len().min(shape.len());
    if inner_shape.is_empty() || shape[lead..] != *inner_shape || stat.len() <= lead {
        return false;
    }
    let position = dense_i64_attr(ctx, &stat[lead..]);
    rw.modify_op_in_place(op, |ir| {
        ir.set_operand(op, 0, inner);
        ir.set_prop(ctx, op, "static_position", Some(position));
    });
    true
}

/// Inserting at an empty position replaces the whole vector.
fn fold_insert(ctx: &Context, ir: &Ir, op: OpId, _: &[Option<Attribute>]) -> Folded {
    let x = InsertOp { ctx, ir, op };
    let value = x.valueToStore();
    let whole = dense_i64s(ctx, x.static_position()).is_empty()
        && ir.value_type(value) == ir.value_type(x.result());
    whole.then(|| vec![FoldResult::Value(value)])
}

/// An insert at the static position an earlier insert wrote overwrites it: insert into
/// that insert's destination instead (MLIR does this in `InsertOp::fold`, in place).
fn insert_over_insert(op: OpId, rw: &mut PatternRewriter<'_>) -> bool {
    let (ctx, ir) = (rw.ctx, &*rw.ir);
    let x = InsertOp { ctx, ir, op };
    let Some(inner) = defining(ctx, ir, x.dest(), InsertOp::NAME) else {
        return false;
    };
    let inner = InsertOp { ctx, ir, op: inner };
    let at = dense_i64s(ctx, x.static_position());
    if !static_in_bounds(&at) || at != dense_i64s(ctx, inner.static_position()) {
        return false;
    }
    let dest = inner.dest();
    rw.modify_op_in_place(op, |ir| ir.set_operand(op, 1, dest));
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minor_identity_keeps_the_innermost_dimensions() {
        let m = minor_identity(3, 2);
        assert_eq!((m.num_dims, m.num_symbols), (3, 0));
        assert_eq!(&*m.results, &[AffineExpr::Dim(1), AffineExpr::Dim(2)]);
    }

    #[test]
    fn mask_type_follows_the_source_dimension_order() {
        let ctx = crate::context();
        let vty = ctx.intern_type(TypeKind::Vector {
            shape: [8, 4].into(),
            scalable: [false, true].into(),
            elem: ctx.float_type(ir::types::FloatKind::F32),
        });
        let transposed = AffineMap {
            num_dims: 2,
            num_symbols: 0,
            results: [AffineExpr::Dim(1), AffineExpr::Dim(0)].into(),
        };
        let mask = mask_type(&ctx, vty, &transposed).map(|t| print_type(&ctx, t));
        assert_eq!(mask.as_deref(), Some("vector<[4]x8xi1>"));
    }

    #[test]
    fn kinds_and_iterator_types_are_checked() {
        assert!(check_enum("<maximumf>", &KINDS).is_ok());
        assert!(check_enum("<max>", &KINDS).is_err());
        assert!(check_enum("add", &KINDS).is_err());
        let ctx = crate::context();
        assert!(ctx
            .registry()
            .check_dialect_attr("vector", "iterator_type<reduction>")
            .is_ok());
        assert!(ctx
            .registry()
            .check_dialect_attr("vector", "kind<nope>")
            .is_err());
    }
}
