//! Helpers the standard dialects share, so that one piece of code serves each: attribute
//! values and properties, the fragments of custom syntax MLIR's dialects have in common
//! (dynamic index lists, flag lists, operand lists, `attr-dict : type`), and the plumbing
//! of rewrite patterns.

use ir::asm::{AsmParser, PResult, Punct, UnresolvedOperand};
use ir::attributes::{AttrKind, DenseData, NamedAttr};
use ir::print::AsmPrinter;
use ir::rewrite::{InsertPoint, PatternRewriter, RewritePattern};
use ir::types::DYNAMIC;
use ir::{Attribute, Context, OpId, OperationState, Type, ValueId};

/// The element type of a shaped type, or the type itself.
pub(crate) fn elem_or_self(ctx: &Context, ty: Type) -> Type {
    ctx.element_type(ty).unwrap_or(ty)
}

/// The signed value of an integer (or bool) attribute.
pub(crate) fn int_value(ctx: &Context, a: Attribute) -> Option<i128> {
    match ctx.attr_kind(a) {
        AttrKind::Integer { value, .. } => Some(*value),
        AttrKind::Bool(b) => Some(i128::from(*b)),
        _ => None,
    }
}

/// `v` truncated to `width` bits and sign-extended back, as our integer attributes store
/// it (`i1` holds 0 or 1).
pub(crate) fn wrap_to_width(v: i128, width: u32) -> i128 {
    if width == 1 {
        return v & 1;
    }
    if width >= 128 {
        return v;
    }
    let shift = 128 - width;
    (v << shift) >> shift
}

/// The entry `name = value` of a property or attribute list.
pub(crate) fn named(ctx: &Context, name: &str, value: Attribute) -> NamedAttr {
    NamedAttr {
        name: ctx.ident(name),
        value,
    }
}

/// The elements of a dense integer array attribute as `i64`s (none for anything else).
pub(crate) fn dense_i64s(ctx: &Context, a: Option<Attribute>) -> Vec<i64> {
    match a.map(|a| ctx.attr_kind(a)) {
        Some(AttrKind::DenseArray {
            data: DenseData::Int(v),
            ..
        }) => v.iter().map(|&x| x as i64).collect(),
        _ => Vec::new(),
    }
}

/// The parameters of `#dialect.mnemonic<params>` when `a` is that opaque attribute.
pub(crate) fn opaque_params<'c>(
    ctx: &'c Context,
    a: Attribute,
    dialect: &str,
    mnemonic: &str,
) -> Option<&'c str> {
    match ctx.attr_kind(a) {
        AttrKind::Opaque { dialect: d, body } if &**d == dialect => body
            .strip_prefix(mnemonic)?
            .strip_prefix('<')?
            .strip_suffix('>'),
        _ => None,
    }
}

/// The opaque attribute `#dialect.mnemonic<params>`.
pub(crate) fn opaque_attr(ctx: &Context, dialect: &str, mnemonic: &str, params: &str) -> Attribute {
    ctx.intern_attr(AttrKind::Opaque {
        dialect: dialect.into(),
        body: format!("{mnemonic}<{params}>").into(),
    })
}

/// Adds the property `key`, valued `default()`, unless `state` already has it (as a
/// property or an attribute): MLIR materializes defaulted properties, so the generic form
/// always shows them.
pub(crate) fn default_prop(
    ctx: &Context,
    state: &mut OperationState,
    key: &str,
    default: impl FnOnce() -> Attribute,
) {
    let present = |list: &[NamedAttr]| list.iter().any(|a| ctx.ident_str(a.name) == key);
    if present(state.props.as_deref().unwrap_or_default()) || present(&state.attrs) {
        return;
    }
    state
        .props
        .get_or_insert_with(Vec::new)
        .push(named(ctx, key, default()));
}

/// The parameters `<a>` (or, for a `list`, `<a, b>`) of an enum-like dialect attribute,
/// each entry one of `known` (MLIR's enum attribute syntax).
pub(crate) fn check_enum_params(params: &str, known: &[&str], list: bool) -> Result<(), String> {
    let inner = params
        .strip_prefix('<')
        .and_then(|p| p.strip_suffix('>'))
        .ok_or_else(|| {
            if list {
                "expected '<flags>'"
            } else {
                "expected '<value>'"
            }
            .to_string()
        })?;
    let entries: Vec<&str> = if list {
        inner.split(',').map(str::trim).collect()
    } else {
        vec![inner.trim()]
    };
    match entries.into_iter().find(|e| !known.contains(e)) {
        Some(e) => Err(format!(
            "expected one of {} but found '{e}'",
            known.join(", ")
        )),
        None => Ok(()),
    }
}

/// `array<i32: ...>`.
pub(crate) fn dense_i32_attr(ctx: &Context, v: &[i128]) -> Attribute {
    ctx.intern_attr(AttrKind::DenseArray {
        elem: ctx.integer_type(32),
        data: DenseData::Int(v.into()),
    })
}

/// `array<i64: ...>`.
pub(crate) fn dense_i64_attr(ctx: &Context, v: &[i64]) -> Attribute {
    ctx.intern_attr(AttrKind::DenseArray {
        elem: ctx.integer_type(64),
        data: DenseData::Int(v.iter().map(|&x| i128::from(x)).collect()),
    })
}

/// The `operandSegmentSizes` property: how many operands each operand group has.
pub(crate) fn segment_sizes(ctx: &Context, sizes: &[i128]) -> NamedAttr {
    named(ctx, "operandSegmentSizes", dense_i32_attr(ctx, sizes))
}

/// `[%a, 4, ...]`: `statics` with each `?` entry ([`DYNAMIC`]) spelled by the next of
/// `values` (MLIR's `printDynamicIndexList`).
pub(crate) fn print_dynamic_index_list(
    p: &mut AsmPrinter<'_>,
    values: &[ValueId],
    statics: &[i64],
) {
    p.write("[");
    let mut next = values.iter();
    for (i, &s) in statics.iter().enumerate() {
        if i > 0 {
            p.write(", ");
        }
        match (s == DYNAMIC).then(|| next.next()).flatten() {
            Some(&v) => p.print_value(v),
            None => p.write(&s.to_string()),
        }
    }
    p.write("]");
}

/// `[%a, 4, ...]`: the SSA values, and the static list with [`DYNAMIC`] where a value
/// stands (MLIR's `parseDynamicIndexList`); `parse_static` reads any other entry, as each
/// dialect spells its constants.
pub(crate) fn parse_dynamic_index_list(
    p: &mut dyn AsmParser,
    parse_static: fn(&mut dyn AsmParser) -> PResult<i64>,
) -> PResult<(Vec<UnresolvedOperand>, Vec<i64>)> {
    let (mut values, mut statics) = (Vec::new(), Vec::new());
    p.parse_punct(Punct::LSquare)?;
    if p.parse_optional_punct(Punct::RSquare) {
        return Ok((values, statics));
    }
    loop {
        if let Some(v) = p.parse_optional_operand()? {
            values.push(v);
            statics.push(DYNAMIC);
        } else {
            statics.push(parse_static(p)?);
        }
        if !p.parse_optional_punct(Punct::Comma) {
            break;
        }
    }
    p.parse_punct(Punct::RSquare)?;
    Ok((values, statics))
}

/// `<a, b>`: bare keywords (flags); `what` names the entry the error says is missing.
pub(crate) fn parse_keyword_list(p: &mut dyn AsmParser, what: &str) -> PResult<Vec<String>> {
    p.parse_punct(Punct::Less)?;
    let mut words = Vec::new();
    loop {
        match p.parse_optional_any_keyword() {
            Some(w) => words.push(w),
            None => return Err(p.error(&format!("expected {what}"))),
        }
        if !p.parse_optional_punct(Punct::Comma) {
            break;
        }
    }
    p.parse_punct(Punct::Greater)?;
    Ok(words)
}

/// ` {attrs} : type`: the op's attribute dictionary without `elided`, then `ty` (the end
/// of most custom forms).
pub(crate) fn print_attr_dict_and_type(
    p: &mut AsmPrinter<'_>,
    op: OpId,
    elided: &[&str],
    ty: Type,
) {
    let entries = p.op_attr_entries(op);
    p.print_optional_attr_dict(&entries, elided);
    p.write(" : ");
    p.print_type(ty);
}

/// Parses what [`print_attr_dict_and_type`] prints: the attributes go to `state`, the type
/// is returned.
pub(crate) fn parse_attr_dict_and_type(
    p: &mut dyn AsmParser,
    state: &mut OperationState,
) -> PResult<Type> {
    state.attrs.extend(p.parse_optional_attr_dict()?);
    p.parse_punct(Punct::Colon)?;
    p.parse_type()
}

/// `open %a, %b close`: a delimited, possibly empty list of operand names.
pub(crate) fn parse_operands_in(
    p: &mut dyn AsmParser,
    open: Punct,
    close: Punct,
) -> PResult<Vec<UnresolvedOperand>> {
    p.parse_punct(open)?;
    let list = p.parse_operand_list()?;
    p.parse_punct(close)?;
    Ok(list)
}

/// `%a, %b : t1, t2)`, what follows a `(` around typed operands (successor operands,
/// `scf.reduce`'s): the operands resolved to their types.
pub(crate) fn parse_typed_operands(p: &mut dyn AsmParser) -> PResult<Vec<ValueId>> {
    let offset = p.offset();
    let names = p.parse_operand_list()?;
    p.parse_punct(Punct::Colon)?;
    let types = p.parse_type_list()?;
    p.parse_punct(Punct::RParen)?;
    p.resolve_operands(&names, &types, offset)
}

/// `%base[%i, %j] {attrs} : base-type`, how memory accesses (`memref.load`,
/// `vector.store`, ...) print; a `nontemporal = false` is elided, as MLIR's attr-dict
/// elides default-valued properties.
pub(crate) fn print_indexed_access(
    p: &mut AsmPrinter<'_>,
    op: OpId,
    base: ValueId,
    indices: &[ValueId],
) {
    p.print_value(base);
    p.write("[");
    p.print_values(indices);
    p.write("]");
    let is_default =
        p.ir.attr(p.ctx, op, "nontemporal")
            .is_some_and(|a| matches!(p.ctx.attr_kind(a), AttrKind::Bool(false)));
    let elided: &[&str] = if is_default { &["nontemporal"] } else { &[] };
    let ty = p.ir.value_type(base);
    print_attr_dict_and_type(p, op, elided, ty);
}

/// Creates `state` just before `op` and replaces `op` with the new op's results, which
/// must be as many as `op`'s (MLIR's `replaceOpWithNewOp`).
pub(crate) fn replace_op_with_new(rw: &mut PatternRewriter<'_>, op: OpId, state: OperationState) {
    rw.set_insertion_point(InsertPoint::Before(op));
    let new = rw.create(state);
    let results = rw.ir.results(new).to_vec();
    rw.replace_op(op, &results);
}

/// A rewrite pattern given by a function, on ops named `root`.
struct FnPattern {
    root: &'static str,
    rewrite: fn(OpId, &mut PatternRewriter<'_>) -> bool,
}

impl RewritePattern for FnPattern {
    fn root(&self) -> Option<&'static str> {
        Some(self.root)
    }
    fn match_and_rewrite(&self, op: OpId, rw: &mut PatternRewriter<'_>) -> bool {
        (self.rewrite)(op, rw)
    }
}

/// The pattern that runs `rewrite` on ops named `root` (each dialect's canonicalization
/// patterns are plain functions).
pub(crate) fn fn_pattern(
    root: &'static str,
    rewrite: fn(OpId, &mut PatternRewriter<'_>) -> bool,
) -> Box<dyn RewritePattern> {
    Box::new(FnPattern { root, rewrite })
}
