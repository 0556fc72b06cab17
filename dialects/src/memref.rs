//! The memref dialect (MLIR's): `alloc`, `alloca`, `dealloc`, `load`, `store`, `subview`,
//! `cast`, `copy` and `dim`, with MLIR's syntax, verifiers, memory effects, result names
//! and folds (static `dim`, casts folded into their users, dead allocations).

use ir::asm::{AsmParser, PResult, Punct, UnresolvedOperand};
use ir::attributes::{AttrKind, DenseData};
use ir::constraints::{ANY_TYPE, INDEX};
use ir::dialect::{AttrConstraint, AttrSyntax, CustomAsm, Dialect, TypeConstraint};
use ir::print::{print_type, AsmPrinter};
use ir::rewrite::{FoldResult, PatternRewriter, RewritePattern};
use ir::types::DYNAMIC;
use ir::verify::{loc_error, op_error, VerifyCx};
use ir::{
    define_op, Attribute, Context, Diagnostic, Ir, OpId, OperationState, Type, TypeKind, ValueDef,
    ValueId,
};

use crate::common::{
    dense_i64_attr, dense_i64s, fn_pattern, named, parse_attr_dict_and_type,
    parse_dynamic_index_list, parse_operands_in, print_attr_dict_and_type,
    print_dynamic_index_list, print_indexed_access, segment_sizes,
};

/// ODS's `AnyMemRef` (ranked).
const MEMREF: TypeConstraint = TypeConstraint {
    description: "memref of any type values",
    check: |ctx, ty| matches!(ctx.type_kind(ty), TypeKind::MemRef { .. }),
    buildable: None,
};

/// ODS's `AnyRankedOrUnrankedMemRef`.
const ANY_MEMREF: TypeConstraint = TypeConstraint {
    description: "ranked or unranked memref of any type values",
    check: |ctx, ty| {
        matches!(
            ctx.type_kind(ty),
            TypeKind::MemRef { .. } | TypeKind::UnrankedMemRef { .. }
        )
    },
    buildable: None,
};

/// ODS's `AnyNon0RankedOrUnrankedMemRef`.
const NON0_RANKED_OR_UNRANKED_MEMREF: TypeConstraint = TypeConstraint {
    description: "unranked.memref of any type values or non-0-ranked.memref of any type values",
    check: |ctx, ty| match ctx.type_kind(ty) {
        TypeKind::MemRef { shape, .. } => !shape.is_empty(),
        TypeKind::UnrankedMemRef { .. } => true,
        _ => false,
    },
    buildable: None,
};

/// `ConfinedAttr<I64Attr, [IntPositive, IntPowerOf2]>`.
const ALIGNMENT_ATTR: AttrConstraint = AttrConstraint {
    syntax: AttrSyntax::Attribute,
    description: "64-bit signless integer attribute whose value is positive and whose value is a power of two > 0",
    check: |ctx, a| {
        matches!(ctx.attr_kind(a), AttrKind::Integer { value, ty }
            if *value > 0 && (*value & (*value - 1)) == 0 && ctx.is_signless_integer(*ty, Some(64)))
    },
};

const BOOL_ATTR: AttrConstraint = ir::constraints::BOOL_ATTR;

/// `DenseI64ArrayAttr`.
const DENSE_I64_ARRAY: AttrConstraint = AttrConstraint {
    syntax: AttrSyntax::Attribute,
    description: "i64 dense array attribute",
    check: |ctx, a| {
        matches!(ctx.attr_kind(a), AttrKind::DenseArray { elem, data: DenseData::Int(_) }
            if ctx.is_signless_integer(*elem, Some(64)))
    },
};

/// ODS's `IndexListArrayAttr`: `[[0, 1], [2]]`.
const REASSOCIATION_ATTR: AttrConstraint = AttrConstraint {
    syntax: AttrSyntax::Attribute,
    description: "Array of 64-bit integer array attributes",
    check: |ctx, a| reassociation(ctx, Some(a)).is_some(),
};

/// The groups of a reassociation attribute.
fn reassociation(ctx: &Context, a: Option<Attribute>) -> Option<Vec<Vec<i64>>> {
    let AttrKind::Array(groups) = ctx.attr_kind(a?) else {
        return None;
    };
    groups
        .iter()
        .map(|&g| match ctx.attr_kind(g) {
            AttrKind::Array(items) => items
                .iter()
                .map(|&i| match ctx.attr_kind(i) {
                    AttrKind::Integer { value, ty } if ctx.is_signless_integer(*ty, Some(64)) => {
                        i64::try_from(*value).ok()
                    }
                    _ => None,
                })
                .collect(),
            _ => None,
        })
        .collect()
}

define_op! {
    /// Allocates a memref on the heap; `dynamicSizes` give its `?` dimensions and
    /// `symbolOperands` the symbols of its layout map.
    pub struct AllocOp = "memref.alloc" {
        operands: { dynamicSizes: Variadic(INDEX), symbolOperands: Variadic(INDEX) },
        results: { memref: Single(MEMREF) },
        attributes: { alignment: Optional(ALIGNMENT_ATTR) },
        traits: [AttrSizedOperandSegments, MemAlloc],
        custom_asm: CustomAsm { print: print_alloc, parse: parse_alloc },
        verify: verify_alloc,
        canonicalize: alloc_patterns,
        result_names: |_, _, _| Some("alloc".into()),
    }
}

define_op! {
    /// Allocates a memref on the stack of the enclosing scope.
    pub struct AllocaOp = "memref.alloca" {
        operands: { dynamicSizes: Variadic(INDEX), symbolOperands: Variadic(INDEX) },
        results: { memref: Single(MEMREF) },
        attributes: { alignment: Optional(ALIGNMENT_ATTR) },
        traits: [AttrSizedOperandSegments, MemAlloc],
        custom_asm: CustomAsm { print: print_alloc, parse: parse_alloc },
        verify: verify_alloc,
        canonicalize: alloca_patterns,
        result_names: |_, _, _| Some("alloca".into()),
    }
}

define_op! {
    /// Frees a memref allocated by `memref.alloc`.
    pub struct DeallocOp = "memref.dealloc" {
        operands: { memref: Single(ANY_MEMREF) },
        traits: [MemFree],
        format: "$memref attr-dict `:` type($memref)",
        canonicalize: fold_cast_operands::<0>,
    }
}

define_op! {
    /// Reads the element of `memref` at `indices`.
    pub struct LoadOp = "memref.load" {
        operands: { memref: Single(MEMREF), indices: Variadic(INDEX) },
        results: { result: Single(ANY_TYPE) },
        attributes: { nontemporal: Optional(BOOL_ATTR) },
        traits: [MemRead],
        custom_asm: CustomAsm { print: print_load, parse: parse_load },
        verify: verify_load,
        canonicalize: fold_cast_operands::<1>,
    }
}

define_op! {
    /// Writes `value` to the element of `memref` at `indices`.
    pub struct StoreOp = "memref.store" {
        operands: { value: Single(ANY_TYPE), memref: Single(MEMREF), indices: Variadic(INDEX) },
        attributes: { nontemporal: Optional(BOOL_ATTR) },
        traits: [MemWrite],
        custom_asm: CustomAsm { print: print_store, parse: parse_store },
        verify: verify_store,
        canonicalize: fold_cast_operands::<2>,
    }
}

define_op! {
    /// A strided view of part of `source`: offsets, sizes and strides each mix SSA values
    /// (the operands) and constants (`static_*`, with `?` where an operand stands).
    pub struct SubViewOp = "memref.subview" {
        operands: {
            source: Single(MEMREF),
            offsets: Variadic(INDEX),
            sizes: Variadic(INDEX),
            strides: Variadic(INDEX),
        },
        results: { result: Single(MEMREF) },
        attributes: {
            static_offsets: Required(DENSE_I64_ARRAY),
            static_sizes: Required(DENSE_I64_ARRAY),
            static_strides: Required(DENSE_I64_ARRAY),
        },
        traits: [AttrSizedOperandSegments, Pure],
        custom_asm: CustomAsm { print: print_subview, parse: parse_subview },
        verify: verify_subview,
        result_names: |_, _, _| Some("subview".into()),
    }
}

define_op! {
    /// A view of `source`'s buffer with the given offset, sizes and strides (each mixing
    /// SSA values and constants, as in `memref.subview`).
    pub struct ReinterpretCastOp = "memref.reinterpret_cast" {
        operands: {
            source: Single(ANY_MEMREF),
            offsets: Variadic(INDEX),
            sizes: Variadic(INDEX),
            strides: Variadic(INDEX),
        },
        results: { result: Single(MEMREF) },
        attributes: {
            static_offsets: Required(DENSE_I64_ARRAY),
            static_sizes: Required(DENSE_I64_ARRAY),
            static_strides: Required(DENSE_I64_ARRAY),
        },
        traits: [AttrSizedOperandSegments, Pure],
        custom_asm: CustomAsm { print: print_reinterpret_cast, parse: parse_reinterpret_cast },
        verify: verify_reinterpret_cast,
        result_names: |_, _, _| Some("reinterpret_cast".into()),
    }
}

define_op! {
    /// Merges groups of consecutive dimensions of `src` (the `reassociation`) into one.
    pub struct CollapseShapeOp = "memref.collapse_shape" {
        operands: { src: Single(MEMREF) },
        results: { result: Single(MEMREF) },
        attributes: { reassociation: Required(REASSOCIATION_ATTR) },
        traits: [Pure],
        format: "$src $reassociation attr-dict `:` type($src) `into` type($result)",
        verify: verify_collapse_shape,
        fold: fold_reshape_of_reshape,
        result_names: |_, _, _| Some("collapse_shape".into()),
    }
}

define_op! {
    /// Splits dimensions of `src` into groups of dimensions (the `reassociation`), the new
    /// sizes given by `output_shape` (SSA values where `static_output_shape` holds `?`).
    pub struct ExpandShapeOp = "memref.expand_shape" {
        operands: { src: Single(MEMREF), output_shape: Variadic(INDEX) },
        results: { result: Single(MEMREF) },
        attributes: {
            reassociation: Required(REASSOCIATION_ATTR),
            static_output_shape: Required(DENSE_I64_ARRAY),
        },
        traits: [Pure],
        custom_asm: CustomAsm { print: print_expand_shape, parse: parse_expand_shape },
        verify: verify_expand_shape,
        fold: fold_reshape_of_reshape,
        result_names: |_, _, _| Some("expand_shape".into()),
    }
}

define_op! {
    /// Converts a memref to a compatible type (more or less static shape, layout, rank).
    pub struct CastOp = "memref.cast" {
        operands: { source: Single(ANY_MEMREF) },
        results: { dest: Single(ANY_MEMREF) },
        traits: [Pure],
        format: "$source attr-dict `:` type($source) `to` type($dest)",
        verify: verify_cast,
        fold: fold_cast,
        canonicalize: fold_cast_operands::<3>,
        result_names: |_, _, _| Some("cast".into()),
    }
}

define_op! {
    /// Copies the elements of `source` to `target` (same shape and element type).
    pub struct CopyOp = "memref.copy" {
        operands: { source: Single(ANY_MEMREF), target: Single(ANY_MEMREF) },
        traits: [MemRead, MemWrite],
        format: "$source `,` $target attr-dict `:` type($source) `to` type($target)",
        verify: verify_copy,
        canonicalize: copy_patterns,
    }
}

define_op! {
    /// The size of dimension `index` of `source`.
    pub struct DimOp = "memref.dim" {
        operands: { source: Single(NON0_RANKED_OR_UNRANKED_MEMREF), index: Single(INDEX) },
        results: { result: Single(INDEX) },
        traits: [NoMemoryEffect],
        format: "attr-dict $source `,` $index `:` type($source)",
        fold: fold_dim,
        canonicalize: fold_cast_operands::<4>,
        result_names: |_, _, _| Some("dim".into()),
    }
}

pub fn dialect() -> Dialect {
    let mut d = Dialect::with_ops(
        "memref",
        "MLIR's memref dialect",
        vec![
            AllocOp::def(),
            AllocaOp::def(),
            DeallocOp::def(),
            LoadOp::def(),
            StoreOp::def(),
            SubViewOp::def(),
            ReinterpretCastOp::def(),
            CollapseShapeOp::def(),
            ExpandShapeOp::def(),
            CastOp::def(),
            CopyOp::def(),
            DimOp::def(),
        ],
    );
    // MLIR's memref dialect materializes folded constants as `arith.constant`.
    d.constant_materializer = Some(crate::arith::materialize_constant);
    d
}

// ----- memref types -----

/// The parts of a ranked memref type.
struct MemRefParts<'a> {
    shape: &'a [i64],
    elem: Type,
    layout: Option<Attribute>,
    memory_space: Option<Attribute>,
}

fn memref_parts(ctx: &Context, ty: Type) -> Option<MemRefParts<'_>> {
    match ctx.type_kind(ty) {
        TypeKind::MemRef {
            shape,
            elem,
            layout,
            memory_space,
        } => Some(MemRefParts {
            shape,
            elem: *elem,
            layout: *layout,
            memory_space: *memory_space,
        }),
        _ => None,
    }
}

/// Element type and memory space of a ranked or unranked memref.
fn elem_and_space(ctx: &Context, ty: Type) -> Option<(Type, Option<Attribute>)> {
    match ctx.type_kind(ty) {
        TypeKind::MemRef {
            elem, memory_space, ..
        }
        | TypeKind::UnrankedMemRef { elem, memory_space } => Some((*elem, *memory_space)),
        _ => None,
    }
}

/// Strides and offset of a ranked memref (MLIR's `getStridesAndOffset`): the identity
/// layout is row-major with offset 0, a `strided<...>` layout says them; `None` for other
/// layouts.
fn strides_and_offset(ctx: &Context, ty: Type) -> Option<(Vec<i64>, i64)> {
    let parts = memref_parts(ctx, ty)?;
    match parts.layout.map(|l| ctx.attr_kind(l)) {
        None => {
            let mut strides = vec![0; parts.shape.len()];
            let mut running = 1i64;
            for (i, &d) in parts.shape.iter().enumerate().rev() {
                strides[i] = running;
                running = if running == DYNAMIC || d == DYNAMIC {
                    DYNAMIC
                } else {
                    running.saturating_mul(d)
                };
            }
            Some((strides, 0))
        }
        Some(AttrKind::Strided { strides, offset }) => Some((strides.to_vec(), *offset)),
        Some(AttrKind::AffineMap(m)) if m.results.len() == parts.shape.len() && is_identity(m) => {
            strides_and_offset(
                ctx,
                ctx.intern_type(TypeKind::MemRef {
                    shape: parts.shape.into(),
                    elem: parts.elem,
                    layout: None,
                    memory_space: parts.memory_space,
                }),
            )
        }
        _ => None,
    }
}

fn is_identity(m: &ir::attributes::AffineMap) -> bool {
    m.num_symbols == 0
        && m.results.len() == m.num_dims as usize
        && m.results
            .iter()
            .enumerate()
            .all(|(i, e)| matches!(e, ir::attributes::AffineExpr::Dim(d) if *d as usize == i))
}

/// The number of symbols of a memref's layout (those `symbolOperands` bind).
fn layout_symbols(ctx: &Context, layout: Option<Attribute>) -> usize {
    match layout.map(|l| ctx.attr_kind(l)) {
        Some(AttrKind::AffineMap(m)) => m.num_symbols as usize,
        Some(AttrKind::Strided { strides, offset }) => {
            strides.iter().filter(|&&s| s == DYNAMIC).count() + usize::from(*offset == DYNAMIC)
        }
        _ => 0,
    }
}

// ----- alloc / alloca -----

fn verify_alloc(cx: &VerifyCx<'_>, op: OpId) -> Result<(), Diagnostic> {
    let (ctx, ir) = (cx.ctx, cx.ir);
    let alloc = AllocOp { ctx, ir, op };
    let Some(parts) = memref_parts(ctx, ir.value_type(ir.result(op, 0))) else {
        return Ok(());
    };
    let dynamic = parts.shape.iter().filter(|&&d| d == DYNAMIC).count();
    let sizes = alloc.dynamicSizes().len();
    if sizes != dynamic {
        return Err(op_error(
            ctx,
            ir,
            op,
            format!("incorrect number of dynamic sizes, has {sizes}, expected {dynamic}"),
        ));
    }
    let symbols = layout_symbols(ctx, parts.layout);
    let given = alloc.symbolOperands().len();
    if given != symbols {
        return Err(op_error(
            ctx,
            ir,
            op,
            format!(
                "symbol operand count does not equal memref symbol count: expected {symbols}, got {given}"
            ),
        ));
    }
    Ok(())
}

/// `memref.alloc(%d0)[%s0] {attrs} : type`: the declarative
/// `` `(` $dynamicSizes `)` (`` `[` $symbolOperands^ `]`)? attr-dict `:` type($memref) ``.
fn print_alloc(p: &mut AsmPrinter<'_>, op: OpId) {
    let (ctx, ir) = (p.ctx, p.ir);
    let a = AllocOp { ctx, ir, op };
    p.write(ctx.op_name_str(ir.op_name(op)));
    p.write("(");
    p.print_values(a.dynamicSizes());
    p.write(")");
    if !a.symbolOperands().is_empty() {
        p.write("[");
        p.print_values(a.symbolOperands());
        p.write("]");
    }
    print_attr_dict_and_type(
        p,
        op,
        &["operandSegmentSizes"],
        ir.value_type(ir.result(op, 0)),
    );
}

fn parse_alloc(p: &mut dyn AsmParser, state: &mut OperationState) -> PResult<()> {
    let offset = p.offset();
    let sizes = parse_operands_in(p, Punct::LParen, Punct::RParen)?;
    let symbols = if p.peek_punct(Punct::LSquare) {
        parse_operands_in(p, Punct::LSquare, Punct::RSquare)?
    } else {
        Vec::new()
    };
    state.result_types = vec![parse_attr_dict_and_type(p, state)?];
    let index = p.ctx().index_type();
    for list in [&sizes, &symbols] {
        let values = p.resolve_operands(list, &vec![index; list.len()], offset)?;
        state.operands.extend(values);
    }
    let ctx = p.ctx();
    let sizes = [sizes.len() as i128, symbols.len() as i128];
    state.props = Some(vec![segment_sizes(ctx, &sizes)]);
    Ok(())
}

fn alloc_patterns(patterns: &mut Vec<Box<dyn RewritePattern>>) {
    patterns.push(fn_pattern(AllocOp::NAME, simplify_dead_alloc));
}

fn alloca_patterns(patterns: &mut Vec<Box<dyn RewritePattern>>) {
    patterns.push(fn_pattern(AllocaOp::NAME, simplify_dead_alloc));
}

/// MLIR's `SimplifyDeadAlloc`: an allocation only stored into and freed is erased with
/// those users.
fn simplify_dead_alloc(op: OpId, rw: &mut PatternRewriter<'_>) -> bool {
    let (ctx, ir) = (rw.ctx, &*rw.ir);
    let alloc = ir.result(op, 0);
    let users: Vec<OpId> = ir.uses(alloc).iter().map(|u| u.op).collect();
    let removable = users.iter().all(|&u| {
        let name = ctx.op_name_str(ir.op_name(u));
        name == DeallocOp::NAME || (name == StoreOp::NAME && ir.operand(u, 0) != alloc)
    });
    if !removable {
        return false;
    }
    let mut seen = Vec::new();
    for u in users {
        if !seen.contains(&u) {
            seen.push(u);
            rw.erase_op(u);
        }
    }
    rw.erase_op(op);
    true
}

// ----- load / store -----

/// Reads `%memref[%i, ...] {attrs} : type`; returns the memref and index operands
/// resolved, and the memref type.
fn parse_access(
    p: &mut dyn AsmParser,
    state: &mut OperationState,
) -> PResult<(Vec<ValueId>, Type)> {
    let offset = p.offset();
    let memref = p.parse_operand()?;
    let indices = parse_operands_in(p, Punct::LSquare, Punct::RSquare)?;
    state.attrs.extend(p.parse_optional_attr_dict()?);
    p.parse_punct(Punct::Colon)?;
    let type_offset = p.offset();
    let ty = p.parse_type()?;
    if memref_parts(p.ctx(), ty).is_none() {
        return Err(p.error_at(type_offset, "invalid kind of type specified"));
    }
    let mut values = p.resolve_operands(&[memref], &[ty], offset)?;
    let index = p.ctx().index_type();
    values.extend(p.resolve_operands(&indices, &vec![index; indices.len()], offset)?);
    Ok((values, ty))
}

fn elem_of(ctx: &Context, ty: Type) -> Type {
    memref_parts(ctx, ty).map_or(ty, |m| m.elem)
}

fn print_load(p: &mut AsmPrinter<'_>, op: OpId) {
    let l = LoadOp {
        ctx: p.ctx,
        ir: p.ir,
        op,
    };
    p.write("memref.load ");
    print_indexed_access(p, op, l.memref(), l.indices());
}

fn parse_load(p: &mut dyn AsmParser, state: &mut OperationState) -> PResult<()> {
    let (values, ty) = parse_access(p, state)?;
    state.operands = values;
    state.result_types = vec![elem_of(p.ctx(), ty)];
    Ok(())
}

fn print_store(p: &mut AsmPrinter<'_>, op: OpId) {
    let s = StoreOp {
        ctx: p.ctx,
        ir: p.ir,
        op,
    };
    p.write("memref.store ");
    p.print_value(s.value());
    p.write(", ");
    print_indexed_access(p, op, s.memref(), s.indices());
}

fn parse_store(p: &mut dyn AsmParser, state: &mut OperationState) -> PResult<()> {
    let offset = p.offset();
    let value = p.parse_operand()?;
    p.parse_punct(Punct::Comma)?;
    let (values, ty) = parse_access(p, state)?;
    let elem = elem_of(p.ctx(), ty);
    state.operands = p.resolve_operands(&[value], &[elem], offset)?;
    state.operands.extend(values);
    Ok(())
}

fn rank(ctx: &Context, v: ValueId, ir: &Ir) -> usize {
    memref_parts(ctx, ir.value_type(v)).map_or(0, |m| m.shape.len())
}

fn verify_load(cx: &VerifyCx<'_>, op: OpId) -> Result<(), Diagnostic> {
    let (ctx, ir) = (cx.ctx, cx.ir);
    let l = LoadOp { ctx, ir, op };
    if ir.value_type(l.result()) != elem_of(ctx, ir.value_type(l.memref())) {
        return Err(op_error(
            ctx,
            ir,
            op,
            "failed to verify that result type matches element type of 'memref'",
        ));
    }
    let (expected, got) = (rank(ctx, l.memref(), ir), l.indices().len());
    if expected != got {
        return Err(op_error(
            ctx,
            ir,
            op,
            format!("incorrect number of indices for load, expected {expected} but got {got}"),
        ));
    }
    Ok(())
}

fn verify_store(cx: &VerifyCx<'_>, op: OpId) -> Result<(), Diagnostic> {
    let (ctx, ir) = (cx.ctx, cx.ir);
    let s = StoreOp { ctx, ir, op };
    if ir.value_type(s.value()) != elem_of(ctx, ir.value_type(s.memref())) {
        return Err(op_error(
            ctx,
            ir,
            op,
            "failed to verify that type of 'value' matches element type of 'memref'",
        ));
    }
    if rank(ctx, s.memref(), ir) != s.indices().len() {
        return Err(op_error(
            ctx,
            ir,
            op,
            "store index operand count not equal to memref rank",
        ));
    }
    Ok(())
}

// ----- subview -----

/// `[%a, 4, ...]` (MLIR's `parseDynamicIndexList`, its constants plain integers).
fn parse_index_list(p: &mut dyn AsmParser) -> PResult<(Vec<UnresolvedOperand>, Vec<i64>)> {
    parse_dynamic_index_list(p, |p| {
        let offset = p.offset();
        match p.parse_optional_integer()?.map(i64::try_from) {
            Some(Ok(v)) if v != DYNAMIC => Ok(v),
            _ => Err(p.error_at(offset, "expected SSA value or integer")),
        }
    })
}

fn print_subview(p: &mut AsmPrinter<'_>, op: OpId) {
    let (ctx, ir) = (p.ctx, p.ir);
    let s = SubViewOp { ctx, ir, op };
    p.write("memref.subview ");
    p.print_value(s.source());
    print_view_lists(p, op, [s.offsets(), s.sizes(), s.strides()], ["", " ", " "]);
    print_view_tail(p, op);
}

fn parse_subview(p: &mut dyn AsmParser, state: &mut OperationState) -> PResult<()> {
    let offset = p.offset();
    let source = p.parse_operand()?;
    let lists = [
        parse_index_list(p)?,
        parse_index_list(p)?,
        parse_index_list(p)?,
    ];
    finish_view(p, state, source, lists, offset)
}

/// The common tail of `subview` and `reinterpret_cast`: `{attrs} : type to type`, then the
/// operands and the `static_*` properties of the three index lists.
fn finish_view(
    p: &mut dyn AsmParser,
    state: &mut OperationState,
    source: UnresolvedOperand,
    lists: [(Vec<UnresolvedOperand>, Vec<i64>); 3],
    offset: u32,
) -> PResult<()> {
    let source_ty = parse_attr_dict_and_type(p, state)?;
    p.parse_keyword("to")?;
    let result_ty = p.parse_type()?;
    state.operands = p.resolve_operands(&[source], &[source_ty], offset)?;
    let index = p.ctx().index_type();
    let mut sizes = vec![1i128];
    for (values, _) in &lists {
        sizes.push(values.len() as i128);
        let resolved = p.resolve_operands(values, &vec![index; values.len()], offset)?;
        state.operands.extend(resolved);
    }
    state.result_types = vec![result_ty];
    let ctx = p.ctx();
    let mut props = vec![segment_sizes(ctx, &sizes)];
    for (name, (_, statics)) in VIEW_LISTS.iter().zip(&lists) {
        props.push(named(
            ctx,
            &format!("static_{name}"),
            dense_i64_attr(ctx, statics),
        ));
    }
    state.props = Some(props);
    Ok(())
}

/// The index lists of `subview` and `reinterpret_cast`, in operand order.
const VIEW_LISTS: [&str; 3] = ["offsets", "sizes", "strides"];

/// The static lists of a view op, and the check MLIR's `OffsetSizeAndStrideOpInterface`
/// makes first: each list has one operand per `?` entry.
fn view_lists(
    ctx: &Context,
    ir: &Ir,
    op: OpId,
    dynamic: [&[ValueId]; 3],
) -> Result<[Vec<i64>; 3], Diagnostic> {
    let lists = VIEW_LISTS.map(|name| dense_i64s(ctx, ir.attr(ctx, op, &format!("static_{name}"))));
    for ((name, values), statics) in VIEW_LISTS.iter().zip(dynamic).zip(&lists) {
        let n = statics.iter().filter(|&&v| v == DYNAMIC).count();
        if values.len() != n {
            return Err(loc_error(ir, op, format!(
                "expected the number of '{name}' to match the number of dynamic entries in 'static_{name}' ({} vs {n})",
                values.len()
            )));
        }
    }
    Ok(lists)
}

fn print_view_lists(p: &mut AsmPrinter<'_>, op: OpId, dynamic: [&[ValueId]; 3], sep: [&str; 3]) {
    for ((name, values), sep) in VIEW_LISTS.iter().zip(dynamic).zip(sep) {
        p.write(sep);
        let statics = dense_i64s(p.ctx, p.ir.attr(p.ctx, op, &format!("static_{name}")));
        print_dynamic_index_list(p, values, &statics);
    }
}

/// ` {attrs} : source-type to result-type`, eliding the view properties.
fn print_view_tail(p: &mut AsmPrinter<'_>, op: OpId) {
    let entries = p.op_attr_entries(op);
    p.print_optional_attr_dict(
        &entries,
        &[
            "operandSegmentSizes",
            "static_offsets",
            "static_sizes",
            "static_strides",
        ],
    );
    p.write(" : ");
    p.print_type(p.ir.value_type(p.ir.operand(op, 0)));
    p.write(" to ");
    p.print_type(p.ir.value_type(p.ir.result(op, 0)));
}

fn fmt_dim(d: i64) -> String {
    if d == DYNAMIC {
        "?".into()
    } else {
        d.to_string()
    }
}

/// `strided<[a, b], offset: c>` as MLIR prints it (offset left out when 0).
fn strided_text(strides: &[i64], offset: i64) -> String {
    let s: Vec<String> = strides.iter().map(|&x| fmt_dim(x)).collect();
    if offset == 0 {
        format!("strided<[{}]>", s.join(", "))
    } else {
        format!("strided<[{}], offset: {}>", s.join(", "), fmt_dim(offset))
    }
}

/// A memref type as MLIR prints it, with a strided layout.
fn strided_memref_text(
    ctx: &Context,
    shape: &[i64],
    elem: Type,
    strides: &[i64],
    offset: i64,
    space: Option<Attribute>,
) -> String {
    let mut s = String::from("memref<");
    for &d in shape {
        s.push_str(&fmt_dim(d));
        s.push('x');
    }
    s.push_str(&print_type(ctx, elem));
    s.push_str(", ");
    s.push_str(&strided_text(strides, offset));
    if let Some(m) = space {
        s.push_str(", ");
        s.push_str(&ir::print::print_attr(ctx, m));
    }
    s.push('>');
    s
}

fn mul_dyn(a: i64, b: i64) -> i64 {
    if a == DYNAMIC || b == DYNAMIC {
        DYNAMIC
    } else {
        a.saturating_mul(b)
    }
}

fn add_dyn(a: i64, b: i64) -> i64 {
    if a == DYNAMIC || b == DYNAMIC {
        DYNAMIC
    } else {
        a.saturating_add(b)
    }
}

fn verify_subview(cx: &VerifyCx<'_>, op: OpId) -> Result<(), Diagnostic> {
    let (ctx, ir) = (cx.ctx, cx.ir);
    let s = SubViewOp { ctx, ir, op };
    let source_ty = ir.value_type(s.source());
    let result_ty = ir.value_type(s.result());
    let (Some(src), Some(res)) = (memref_parts(ctx, source_ty), memref_parts(ctx, result_ty))
    else {
        return Ok(());
    };
    let err = |m: String| Err(loc_error(ir, op, m));
    let got = print_type(ctx, result_ty);
    if src.memory_space != res.memory_space {
        return err(format!(
            "different memory spaces specified for base memref type '{}' and subview memref type '{got}'",
            print_type(ctx, source_ty)
        ));
    }
    let Some((src_strides, src_offset)) = strides_and_offset(ctx, source_ty) else {
        return err(format!(
            "base type '{}' is not strided",
            print_type(ctx, source_ty)
        ));
    };
    let [offsets, sizes, strides] = view_lists(ctx, ir, op, [s.offsets(), s.sizes(), s.strides()])?;
    if offsets.len() != sizes.len() {
        return err(format!(
            "expected mixed offsets rank to match mixed sizes rank ({} vs {}) so the rank of the result type is well-formed.",
            offsets.len(),
            sizes.len()
        ));
    }
    if strides.len() != sizes.len() {
        return err(format!(
            "expected mixed sizes rank to match mixed strides rank ({} vs {}) so the rank of the result type is well-formed.",
            sizes.len(),
            strides.len()
        ));
    }
    if sizes.len() != src.shape.len() {
        return err(format!(
            "expected {} offset values, got {}",
            src.shape.len(),
            sizes.len()
        ));
    }
    // MLIR's `SubViewOp::inferResultType`.
    let mut offset = src_offset;
    let mut result_strides = Vec::new();
    for i in 0..sizes.len() {
        offset = add_dyn(offset, mul_dyn(offsets[i], src_strides[i]));
        result_strides.push(mul_dyn(strides[i], src_strides[i]));
    }
    let expected = strided_memref_text(
        ctx,
        &sizes,
        src.elem,
        &result_strides,
        offset,
        src.memory_space,
    );
    if res.elem != src.elem {
        return err(format!(
            "expected result element type to be '{}', but got '{got}'",
            print_type(ctx, src.elem)
        ));
    }
    if res.shape.len() > sizes.len() {
        return err(format!(
            "expected result rank to be smaller or equal to the source rank, but got '{got}'"
        ));
    }
    let mismatch = |what: &str| {
        err(format!(
            "expected result type to be '{expected}' or a rank-reduced version. (mismatch of result {what}), but got '{got}'"
        ))
    };
    // Rank reduction drops unit dimensions, matched left to right.
    let mut kept = Vec::new();
    let mut r = 0;
    for (i, &d) in sizes.iter().enumerate() {
        if r < res.shape.len() && res.shape[r] == d {
            kept.push(i);
            r += 1;
        } else if d != 1 {
            return mismatch("sizes");
        }
    }
    if r != res.shape.len() {
        return mismatch("sizes");
    }
    let want_strides: Vec<i64> = kept.iter().map(|&i| result_strides[i]).collect();
    let layout_ok = match res.layout.map(|l| ctx.attr_kind(l)) {
        Some(AttrKind::Strided { strides, offset: o }) => {
            strides[..] == want_strides[..] && *o == offset
        }
        _ => false,
    };
    if !layout_ok {
        return mismatch("layout");
    }
    Ok(())
}

// ----- reinterpret_cast -----

fn print_reinterpret_cast(p: &mut AsmPrinter<'_>, op: OpId) {
    let (ctx, ir) = (p.ctx, p.ir);
    let r = ReinterpretCastOp { ctx, ir, op };
    p.write("memref.reinterpret_cast ");
    p.print_value(r.source());
    print_view_lists(
        p,
        op,
        [r.offsets(), r.sizes(), r.strides()],
        [" to offset: ", ", sizes: ", ", strides: "],
    );
    print_view_tail(p, op);
}

fn parse_reinterpret_cast(p: &mut dyn AsmParser, state: &mut OperationState) -> PResult<()> {
    let offset = p.offset();
    let source = p.parse_operand()?;
    p.parse_keyword("to")?;
    let mut lists = Vec::new();
    for (i, kw) in ["offset", "sizes", "strides"].into_iter().enumerate() {
        if i > 0 {
            p.parse_punct(Punct::Comma)?;
        }
        p.parse_keyword(kw)?;
        p.parse_punct(Punct::Colon)?;
        lists.push(parse_index_list(p)?);
    }
    let Ok(lists) = <[_; 3]>::try_from(lists) else {
        return Err(p.error("expected offset, sizes and strides"));
    };
    finish_view(p, state, source, lists, offset)
}

/// "dynamic" or the value, as MLIR's messages write a static list entry.
fn static_text(v: i64) -> String {
    if v == DYNAMIC {
        "dynamic".into()
    } else {
        v.to_string()
    }
}

fn verify_reinterpret_cast(cx: &VerifyCx<'_>, op: OpId) -> Result<(), Diagnostic> {
    let (ctx, ir) = (cx.ctx, cx.ir);
    let r = ReinterpretCastOp { ctx, ir, op };
    let [offsets, sizes, strides] = view_lists(ctx, ir, op, [r.offsets(), r.sizes(), r.strides()])?;
    let err = |m: String| Err(loc_error(ir, op, m));
    if offsets.len() != 1 {
        return err(format!("expected 1 offset values, got {}", offsets.len()));
    }
    if sizes.len() != strides.len() {
        return err(format!(
            "expected mixed sizes rank to match mixed strides rank ({} vs {}) so the rank of the result type is well-formed.",
            sizes.len(),
            strides.len()
        ));
    }
    let (source_ty, result_ty) = (ir.value_type(r.source()), ir.value_type(r.result()));
    let (Some((src_elem, src_space)), Some(res)) =
        (elem_and_space(ctx, source_ty), memref_parts(ctx, result_ty))
    else {
        return Ok(());
    };
    let (src, got) = (print_type(ctx, source_ty), print_type(ctx, result_ty));
    if src_space != res.memory_space {
        return err(format!(
            "different memory spaces specified for source type '{src}' and result memref type '{got}'"
        ));
    }
    if src_elem != res.elem {
        return err(format!(
            "different element types specified for source type '{src}' and result memref type '{got}'"
        ));
    }
    for (i, (&have, &want)) in res.shape.iter().zip(&sizes).enumerate() {
        if have != DYNAMIC && have != want {
            return err(format!(
                "expected result type with size = {} instead of {have} in dim = {i}",
                static_text(want)
            ));
        }
    }
    let Some((res_strides, res_offset)) = strides_and_offset(ctx, result_ty) else {
        return err(format!(
            "expected result type to have strided layout but found '{got}'"
        ));
    };
    if res_offset != DYNAMIC && res_offset != offsets[0] {
        return err(format!(
            "expected result type with offset = {} instead of {res_offset}",
            static_text(offsets[0])
        ));
    }
    for (i, (&have, &want)) in res_strides.iter().zip(&strides).enumerate() {
        if have != DYNAMIC && have != want {
            return err(format!(
                "expected result type with stride = {} instead of {have} in dim = {i}",
                static_text(want)
            ));
        }
    }
    Ok(())
}

// ----- collapse_shape / expand_shape -----

/// MLIR's `verifyCollapsedShape`: `reassociation` groups the dimensions of `expanded`
/// into those of `collapsed`.
fn verify_collapsed_shape(
    collapsed: &[i64],
    expanded: &[i64],
    groups: &[Vec<i64>],
) -> Result<(), String> {
    if collapsed.len() != groups.len() {
        return Err(format!(
            "invalid number of reassociation groups: found {}, expected {}",
            groups.len(),
            collapsed.len()
        ));
    }
    let mut next = 0i64;
    for (dim, group) in groups.iter().enumerate() {
        let mut dynamic = false;
        for &d in group {
            if d != next {
                return Err("reassociation indices must be contiguous".into());
            }
            next += 1;
            let Some(&size) = usize::try_from(d).ok().and_then(|d| expanded.get(d)) else {
                return Err(format!("reassociation index {d} is out of bounds"));
            };
            dynamic |= size == DYNAMIC;
        }
        if (collapsed[dim] == DYNAMIC) != dynamic {
            return Err(format!(
                "collapsed dim ({dim}) must be dynamic if and only if reassociation group is dynamic"
            ));
        }
        if !dynamic {
            let size: i64 = group.iter().map(|&d| expanded[d as usize]).product();
            if size != collapsed[dim] {
                return Err(format!(
                    "collapsed dim size ({}) must equal reassociation group size ({size})",
                    collapsed[dim]
                ));
            }
        }
    }
    if collapsed.is_empty() {
        if expanded.iter().any(|&d| d != 1) {
            return Err("rank 0 memrefs can only be extended/collapsed with/from ones".into());
        }
    } else if next != expanded.len() as i64 {
        return Err(format!(
            "expanded rank ({}) inconsistent with number of reassociation indices ({next})",
            expanded.len()
        ));
    }
    Ok(())
}

/// `memref<shape x elem, layout, space>` as a type, the layout strided when given.
fn memref_with(
    ctx: &Context,
    shape: &[i64],
    src: &MemRefParts<'_>,
    strided: Option<(Vec<i64>, i64)>,
) -> Type {
    let layout = strided.map(|(strides, offset)| {
        ctx.intern_attr(AttrKind::Strided {
            strides: strides.into(),
            offset,
        })
    });
    ctx.intern_type(TypeKind::MemRef {
        shape: shape.into(),
        elem: src.elem,
        layout,
        memory_space: src.memory_space,
    })
}

/// MLIR's `computeCollapsedLayoutMap` (non-strict): the stride of a group is that of its
/// last non-unit dimension; the dimensions of a group must be contiguous.
fn collapsed_layout(ctx: &Context, src: Type, groups: &[Vec<i64>]) -> Option<(Vec<i64>, i64)> {
    let (strides, offset) = strides_and_offset(ctx, src)?;
    let shape = memref_parts(ctx, src)?.shape;
    let mut result = Vec::new();
    for group in groups {
        let mut g: &[i64] = group;
        while g.len() > 1 && shape[*g.last()? as usize] == 1 {
            g = &g[..g.len() - 1];
        }
        let last = *g.last()? as usize;
        result.push(if shape[last] != DYNAMIC || g.len() == 1 {
            strides[last]
        } else {
            DYNAMIC
        });
    }
    for (group, &group_stride) in groups.iter().zip(&result) {
        let mut stride = group_stride;
        for &d in group.iter().skip(1).rev() {
            let d = d as usize;
            stride = mul_dyn(stride, shape[d]);
            let src_stride = strides[d - 1];
            if shape[d - 1] == 1 {
                continue;
            }
            if stride == DYNAMIC || src_stride == DYNAMIC {
                stride = if stride == DYNAMIC {
                    src_stride
                } else {
                    stride
                };
            } else if stride != src_stride {
                return None;
            }
        }
    }
    Some((result, offset))
}

/// MLIR's `computeExpandedLayoutMap`: each group's innermost dimension keeps the source
/// stride, outer ones multiply by the sizes inside them.
fn expanded_layout(
    ctx: &Context,
    src: Type,
    shape: &[i64],
    groups: &[Vec<i64>],
) -> Option<(Vec<i64>, i64)> {
    let (strides, offset) = strides_and_offset(ctx, src)?;
    let mut reversed = Vec::new();
    let mut index = shape.len();
    for (group, &stride) in groups.iter().zip(&strides).rev() {
        let mut current = stride;
        for _ in group {
            reversed.push(current);
            index = index.checked_sub(1)?;
            current = mul_dyn(current, shape[index]);
        }
    }
    let mut result: Vec<i64> = reversed.into_iter().rev().collect();
    result.resize(shape.len(), 1);
    Some((result, offset))
}

/// `has source rank 2 and result rank 3. This is not a collapse (2 < 3).`
fn rank_error(src: usize, res: usize, what: &str, rel: &str) -> String {
    format!("has source rank {src} and result rank {res}. This is not {what} ({src} {rel} {res}).")
}

/// What `collapse_shape` (`collapse`) and `expand_shape` verify alike: the ranks go the
/// op's way, the groups fit both shapes, and the result type is the one the source's
/// layout gives. Returns the result's shape, `None` when the types or the reassociation
/// cannot be read (their own constraints report that).
fn verify_reshape<'c>(
    ctx: &'c Context,
    ir: &Ir,
    op: OpId,
    (src_ty, res_ty): (Type, Type),
    reassoc: Option<Attribute>,
    collapse: bool,
) -> Result<Option<&'c [i64]>, Diagnostic> {
    let (Some(src), Some(res), Some(groups)) = (
        memref_parts(ctx, src_ty),
        memref_parts(ctx, res_ty),
        reassociation(ctx, reassoc),
    ) else {
        return Ok(None);
    };
    let err = |m: String| Err(op_error(ctx, ir, op, m));
    let (src_rank, res_rank) = (src.shape.len(), res.shape.len());
    if collapse && src_rank < res_rank {
        return err(rank_error(src_rank, res_rank, "a collapse", "<"));
    }
    if !collapse && src_rank > res_rank {
        return err(rank_error(src_rank, res_rank, "an expansion", ">"));
    }
    let (collapsed, expanded) = if collapse {
        (res.shape, src.shape)
    } else {
        (src.shape, res.shape)
    };
    verify_collapsed_shape(collapsed, expanded, &groups).map_err(|m| op_error(ctx, ir, op, m))?;
    let expected = if src.layout.is_none() {
        memref_with(ctx, res.shape, &src, None)
    } else {
        let layout = if collapse {
            collapsed_layout(ctx, src_ty, &groups)
        } else {
            expanded_layout(ctx, src_ty, res.shape, &groups)
        };
        match layout {
            Some(l) => memref_with(ctx, res.shape, &src, Some(l)),
            None if collapse => {
                return err("invalid source layout map or collapsing non-contiguous dims".into())
            }
            None => return err("invalid source layout map".into()),
        }
    };
    if expected != res_ty {
        let way = if collapse { "collapsed" } else { "expanded" };
        return err(format!(
            "expected {way} type to be '{}' but found '{}'",
            print_type(ctx, expected),
            print_type(ctx, res_ty)
        ));
    }
    Ok(Some(res.shape))
}

fn verify_collapse_shape(cx: &VerifyCx<'_>, op: OpId) -> Result<(), Diagnostic> {
    let (ctx, ir) = (cx.ctx, cx.ir);
    let c = CollapseShapeOp { ctx, ir, op };
    let types = (ir.value_type(c.src()), ir.value_type(c.result()));
    verify_reshape(ctx, ir, op, types, c.reassociation(), true).map(|_| ())
}

fn print_expand_shape(p: &mut AsmPrinter<'_>, op: OpId) {
    let (ctx, ir) = (p.ctx, p.ir);
    let e = ExpandShapeOp { ctx, ir, op };
    p.write("memref.expand_shape ");
    p.print_value(e.src());
    p.write(" ");
    if let Some(r) = e.reassociation() {
        p.print_attr(r);
    }
    p.write(" output_shape ");
    print_dynamic_index_list(
        p,
        e.output_shape(),
        &dense_i64s(ctx, e.static_output_shape()),
    );
    print_attr_dict_and_type(
        p,
        op,
        &["reassociation", "static_output_shape"],
        ir.value_type(e.src()),
    );
    p.write(" into ");
    p.print_type(ir.value_type(e.result()));
}

fn parse_expand_shape(p: &mut dyn AsmParser, state: &mut OperationState) -> PResult<()> {
    let offset = p.offset();
    let src = p.parse_operand()?;
    let reassociation = p.parse_attribute()?;
    p.parse_keyword("output_shape")?;
    let (values, statics) = parse_index_list(p)?;
    let src_ty = parse_attr_dict_and_type(p, state)?;
    p.parse_keyword("into")?;
    state.result_types = vec![p.parse_type()?];
    state.operands = p.resolve_operands(&[src], &[src_ty], offset)?;
    let index = p.ctx().index_type();
    let sizes = p.resolve_operands(&values, &vec![index; values.len()], offset)?;
    state.operands.extend(sizes);
    let ctx = p.ctx();
    let statics = dense_i64_attr(ctx, &statics);
    state.props = Some(vec![
        named(ctx, "reassociation", reassociation),
        named(ctx, "static_output_shape", statics),
    ]);
    Ok(())
}

fn verify_expand_shape(cx: &VerifyCx<'_>, op: OpId) -> Result<(), Diagnostic> {
    let (ctx, ir) = (cx.ctx, cx.ir);
    let e = ExpandShapeOp { ctx, ir, op };
    let types = (ir.value_type(e.src()), ir.value_type(e.result()));
    let Some(res_shape) = verify_reshape(ctx, ir, op, types, e.reassociation(), false)? else {
        return Ok(());
    };
    let err = |m: String| Err(op_error(ctx, ir, op, m));
    let statics = dense_i64s(ctx, e.static_output_shape());
    if statics.len() != res_shape.len() {
        return err(format!(
            "expected number of static shape bounds to be equal to the output rank ({}) but found {} inputs instead",
            res_shape.len(),
            statics.len()
        ));
    }
    let dynamic = statics.iter().filter(|&&v| v == DYNAMIC).count();
    if e.output_shape().len() != dynamic {
        return err(format!(
            "mismatch in dynamic dims in output_shape and static_output_shape: static_output_shape has {dynamic} dynamic dims while output_shape has {} values",
            e.output_shape().len()
        ));
    }
    if let Some(pos) = res_shape
        .iter()
        .zip(&statics)
        .position(|(&d, &s)| d != DYNAMIC && d != s)
    {
        return err(format!("invalid output shape provided at pos {pos}"));
    }
    Ok(())
}

/// MLIR's `foldReshapeOp`: collapsing what an `expand_shape` expanded (or the reverse)
/// with the same groups gives back the original memref.
fn fold_reshape_of_reshape(
    ctx: &Context,
    ir: &Ir,
    op: OpId,
    _: &[Option<Attribute>],
) -> Option<Vec<FoldResult>> {
    let inverse = match ctx.op_name_str(ir.op_name(op)) {
        CollapseShapeOp::NAME => ExpandShapeOp::NAME,
        _ => CollapseShapeOp::NAME,
    };
    let ValueDef::OpResult { op: def, .. } = ir.value_def(ir.operand(op, 0)) else {
        return None;
    };
    let source = ir.operand(def, 0);
    let same = ctx.op_name_str(ir.op_name(def)) == inverse
        && ir.value_type(source) == ir.value_type(ir.result(op, 0))
        && ir.attr(ctx, def, "reassociation") == ir.attr(ctx, op, "reassociation");
    same.then(|| vec![FoldResult::Value(source)])
}

// ----- cast -----

/// MLIR's `CastOp::areCastCompatible`.
fn cast_compatible(ctx: &Context, a: Type, b: Type) -> bool {
    let (Some((ea, sa)), Some((eb, sb))) = (elem_and_space(ctx, a), elem_and_space(ctx, b)) else {
        return false;
    };
    if ea != eb || sa != sb {
        return false;
    }
    match (memref_parts(ctx, a), memref_parts(ctx, b)) {
        (Some(x), Some(y)) => {
            let dims_ok = x.shape.len() == y.shape.len()
                && x.shape
                    .iter()
                    .zip(y.shape)
                    .all(|(&p, &q)| p == q || p == DYNAMIC || q == DYNAMIC);
            if !dims_ok {
                return false;
            }
            if x.layout == y.layout {
                return true;
            }
            let compatible = |p: i64, q: i64| p == q || p == DYNAMIC || q == DYNAMIC;
            match (strides_and_offset(ctx, a), strides_and_offset(ctx, b)) {
                (Some((s1, o1)), Some((s2, o2))) => {
                    compatible(o1, o2) && s1.iter().zip(&s2).all(|(&p, &q)| compatible(p, q))
                }
                _ => false,
            }
        }
        // Unranked to unranked is not supported.
        (None, None) => false,
        _ => true,
    }
}

fn verify_cast(cx: &VerifyCx<'_>, op: OpId) -> Result<(), Diagnostic> {
    let (ctx, ir) = (cx.ctx, cx.ir);
    let (a, b) = (
        ir.value_type(ir.operand(op, 0)),
        ir.value_type(ir.result(op, 0)),
    );
    if cast_compatible(ctx, a, b) {
        return Ok(());
    }
    Err(op_error(
        ctx,
        ir,
        op,
        format!(
            "operand type '{}' and result type '{}' are cast incompatible",
            print_type(ctx, a),
            print_type(ctx, b)
        ),
    ))
}

/// The source of the `memref.cast` defining `v`.
fn cast_source(ctx: &Context, ir: &Ir, v: ValueId) -> Option<ValueId> {
    match ir.value_def(v) {
        ValueDef::OpResult { op, .. } if ctx.op_name_str(ir.op_name(op)) == CastOp::NAME => {
            Some(ir.operand(op, 0))
        }
        _ => None,
    }
}

/// Identity casts and casts back to the original type fold away (MLIR's
/// `CastOpInterface` folding).
fn fold_cast(ctx: &Context, ir: &Ir, op: OpId, _: &[Option<Attribute>]) -> Option<Vec<FoldResult>> {
    let source = ir.operand(op, 0);
    let ty = ir.value_type(ir.result(op, 0));
    if ir.value_type(source) == ty {
        return Some(vec![FoldResult::Value(source)]);
    }
    let inner = cast_source(ctx, ir, source)?;
    (ir.value_type(inner) == ty).then(|| vec![FoldResult::Value(inner)])
}

/// MLIR's `CastOp::canFoldIntoConsumerOp`: the cast only makes a ranked strided memref
/// less static.
fn can_fold_into_consumer(ctx: &Context, ir: &Ir, cast: ValueId) -> bool {
    let Some(src) = cast_source(ctx, ir, cast) else {
        return false;
    };
    let (a, b) = (ir.value_type(src), ir.value_type(cast));
    let (Some(x), Some(y)) = (memref_parts(ctx, a), memref_parts(ctx, b)) else {
        return false;
    };
    let (Some((s1, o1)), Some((s2, o2))) = (strides_and_offset(ctx, a), strides_and_offset(ctx, b))
    else {
        return false;
    };
    let less_static = |p: i64, q: i64| p == q || p != DYNAMIC || q == DYNAMIC;
    x.elem == y.elem
        && x.shape.len() == y.shape.len()
        && x.shape
            .iter()
            .zip(y.shape)
            .all(|(&p, &q)| less_static(p, q))
        && less_static(o1, o2)
        && s1.iter().zip(&s2).all(|(&p, &q)| less_static(p, q))
}

/// MLIR's `foldMemRefCast`: operands produced by a `memref.cast` of a ranked memref use
/// the cast's source instead (`strict` asks for `canFoldIntoConsumerOp` as `memref.copy`
/// does).
struct FoldCastOperands {
    root: &'static str,
    strict: bool,
}

impl RewritePattern for FoldCastOperands {
    fn root(&self) -> Option<&'static str> {
        Some(self.root)
    }
    fn match_and_rewrite(&self, op: OpId, rw: &mut PatternRewriter<'_>) -> bool {
        let (ctx, ir) = (rw.ctx, &*rw.ir);
        let replacements: Vec<(usize, ValueId)> = ir
            .operands(op)
            .iter()
            .enumerate()
            // The value a store writes is data, not the memref it goes through.
            .filter(|&(i, _)| !(i == 0 && self.root == StoreOp::NAME))
            .filter_map(|(i, &v)| {
                let src = cast_source(ctx, ir, v)?;
                let ranked = memref_parts(ctx, ir.value_type(src)).is_some();
                let ok = if self.strict {
                    can_fold_into_consumer(ctx, ir, v)
                } else {
                    ranked
                };
                ok.then_some((i, src))
            })
            .collect();
        if replacements.is_empty() {
            return false;
        }
        rw.modify_op_in_place(op, |ir| {
            for (i, v) in replacements {
                ir.set_operand(op, i, v);
            }
        });
        true
    }
}

/// The ops whose memref operands take the source of a `memref.cast` (MLIR folds them
/// with `foldMemRefCast`), indexed by [`fold_cast_operands`]'s parameter.
const CAST_FOLDING_OPS: [&str; 5] = [
    DeallocOp::NAME,
    LoadOp::NAME,
    StoreOp::NAME,
    CastOp::NAME,
    DimOp::NAME,
];

fn fold_cast_operands<const OP: usize>(patterns: &mut Vec<Box<dyn RewritePattern>>) {
    patterns.push(Box::new(FoldCastOperands {
        root: CAST_FOLDING_OPS[OP],
        strict: false,
    }));
}

// ----- copy -----

fn verify_copy(cx: &VerifyCx<'_>, op: OpId) -> Result<(), Diagnostic> {
    let (ctx, ir) = (cx.ctx, cx.ir);
    let (a, b) = (
        ir.value_type(ir.operand(op, 0)),
        ir.value_type(ir.operand(op, 1)),
    );
    if elem_and_space(ctx, a).map(|e| e.0) != elem_and_space(ctx, b).map(|e| e.0) {
        return Err(op_error(
            ctx,
            ir,
            op,
            "requires the same element type for all operands",
        ));
    }
    if let (Some(x), Some(y)) = (memref_parts(ctx, a), memref_parts(ctx, b)) {
        let compatible = x.shape.len() == y.shape.len()
            && x.shape
                .iter()
                .zip(y.shape)
                .all(|(&p, &q)| p == q || p == DYNAMIC || q == DYNAMIC);
        if !compatible {
            return Err(op_error(
                ctx,
                ir,
                op,
                "requires the same shape for all operands",
            ));
        }
    }
    Ok(())
}

/// MLIR's `FoldSelfCopy`: copying a memref onto itself does nothing.
fn fold_self_copy(op: OpId, rw: &mut PatternRewriter<'_>) -> bool {
    if rw.ir.operand(op, 0) != rw.ir.operand(op, 1) {
        return false;
    }
    rw.erase_op(op);
    true
}

fn copy_patterns(patterns: &mut Vec<Box<dyn RewritePattern>>) {
    patterns.push(fn_pattern(CopyOp::NAME, fold_self_copy));
    patterns.push(Box::new(FoldCastOperands {
        root: CopyOp::NAME,
        strict: true,
    }));
}

// ----- dim -----

/// A static dimension folds to a constant, a dynamic one of an `alloc`/`alloca` to its
/// size operand (MLIR's `DimOp::fold`).
fn fold_dim(
    ctx: &Context,
    ir: &Ir,
    op: OpId,
    consts: &[Option<Attribute>],
) -> Option<Vec<FoldResult>> {
    let index = match consts.get(1).copied().flatten().map(|a| ctx.attr_kind(a)) {
        Some(AttrKind::Integer { value, .. }) => *value,
        _ => return None,
    };
    let source = ir.operand(op, 0);
    let parts = memref_parts(ctx, ir.value_type(source))?;
    let i = usize::try_from(index)
        .ok()
        .filter(|&i| i < parts.shape.len())?;
    let d = parts.shape[i];
    if d != DYNAMIC {
        let attr = ctx.integer_attr(i128::from(d), ctx.index_type());
        return Some(vec![FoldResult::Attr(attr)]);
    }
    let ValueDef::OpResult { op: def, .. } = ir.value_def(source) else {
        return None;
    };
    let name = ctx.op_name_str(ir.op_name(def));
    if name != AllocOp::NAME && name != AllocaOp::NAME {
        return None;
    }
    let dynamic_index = parts.shape[..i].iter().filter(|&&d| d == DYNAMIC).count();
    let size = *ir.operands(def).get(dynamic_index)?;
    Some(vec![FoldResult::Value(size)])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn memref(ctx: &Context, shape: &[i64], layout: Option<Attribute>) -> Type {
        ctx.intern_type(TypeKind::MemRef {
            shape: shape.into(),
            elem: ctx.float_type(ir::types::FloatKind::F32),
            layout,
            memory_space: None,
        })
    }

    #[test]
    fn identity_layout_strides() {
        let ctx = Context::new();
        let t = memref(&ctx, &[8, 16], None);
        assert_eq!(strides_and_offset(&ctx, t), Some((vec![16, 1], 0)));
        let t = memref(&ctx, &[DYNAMIC, 4, 2], None);
        assert_eq!(strides_and_offset(&ctx, t), Some((vec![8, 2, 1], 0)));
        let t = memref(&ctx, &[4, DYNAMIC, 2], None);
        assert_eq!(strides_and_offset(&ctx, t), Some((vec![DYNAMIC, 2, 1], 0)));
    }

    #[test]
    fn cast_compatibility() {
        let ctx = Context::new();
        let strided = ctx.intern_attr(AttrKind::Strided {
            strides: [DYNAMIC, 1].into(),
            offset: DYNAMIC,
        });
        let a = memref(&ctx, &[8, 16], None);
        assert!(cast_compatible(&ctx, a, memref(&ctx, &[DYNAMIC, 16], None)));
        assert!(cast_compatible(
            &ctx,
            a,
            memref(&ctx, &[8, 16], Some(strided))
        ));
        assert!(!cast_compatible(&ctx, a, memref(&ctx, &[8, 15], None)));
        assert!(!cast_compatible(&ctx, a, memref(&ctx, &[8], None)));
    }
}
