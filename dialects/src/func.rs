//! The func dialect (MLIR's): `func.func`, `func.return`, `func.call`, `func.call_indirect`,
//! `func.constant`.

use ir::asm::{Argument, AsmParser, PResult, Punct};
use ir::attributes::{AttrKind, NamedAttr};
use ir::constraints::{
    ANY_TYPE, DICT_ARRAY_ATTR, FLAT_SYMBOL_REF, FUNCTION_TYPE, FUNCTION_TYPE_ATTR,
    SYMBOL_NAME_ATTR, VISIBILITY_ATTR,
};
use ir::dialect::{CustomAsm, Dialect};
use ir::print::{print_type, AsmPrinter};
use ir::rewrite::{FoldResult, PatternRewriter};
use ir::verify::{loc_error, op_error, VerifyCx};
use ir::{define_op, Attribute, Diagnostic, OpId, OperationState, Type};

use crate::common::{
    fn_pattern, named, parse_attr_dict_and_type, parse_operands_in, print_attr_dict_and_type,
    replace_op_with_new,
};

define_op! {
    /// A function: a symbol with a signature and a body region (none for a declaration).
    pub struct FuncOp = "func.func" {
        attributes: {
            sym_name: Required(SYMBOL_NAME_ATTR),
            function_type: Required(FUNCTION_TYPE_ATTR),
            sym_visibility: Optional(VISIBILITY_ATTR),
            arg_attrs: Optional(DICT_ARRAY_ATTR),
            res_attrs: Optional(DICT_ARRAY_ATTR),
        },
        regions: { body: Any },
        traits: [IsolatedFromAbove, Symbol, DefaultDialect("func")],
        custom_asm: CustomAsm { print: print_func, parse: parse_func },
        verify: verify_func,
    }
}

define_op! {
    /// Returns from the enclosing `func.func` with the given values.
    pub struct ReturnOp = "func.return" {
        operands: { operands: Variadic(ANY_TYPE) },
        traits: [Pure, Terminator, ReturnLike, HasParent(&["func.func"])],
        format: "attr-dict ($operands^ `:` type($operands))?",
        verify: verify_return,
    }
}

define_op! {
    /// Calls the function named by `callee` with the operands.
    pub struct CallOp = "func.call" {
        operands: { operands: Variadic(ANY_TYPE) },
        results: { results: Variadic(ANY_TYPE) },
        attributes: { callee: Required(FLAT_SYMBOL_REF) },
        format: "$callee `(` $operands `)` attr-dict `:` functional-type($operands, results)",
        verify_symbol_uses: verify_call,
    }
}

define_op! {
    /// Calls the function value `callee` with `callee_operands`.
    pub struct CallIndirectOp = "func.call_indirect" {
        operands: { callee: Single(FUNCTION_TYPE), callee_operands: Variadic(ANY_TYPE) },
        results: { results: Variadic(ANY_TYPE) },
        custom_asm: CustomAsm { print: print_call_indirect, parse: parse_call_indirect },
        verify: verify_call_indirect,
        canonicalize: |p| p.push(fn_pattern(CallIndirectOp::NAME, indirect_call_of_constant)),
    }
}

define_op! {
    /// The function named by `value`, as an SSA value of function type.
    pub struct ConstantOp = "func.constant" {
        results: { result: Single(ANY_TYPE) },
        attributes: { value: Required(FLAT_SYMBOL_REF) },
        traits: [Pure, ConstantLike],
        format: "attr-dict $value `:` type(results)",
        verify_symbol_uses: verify_constant_uses,
        fold: |ctx, ir, op, _| ir.attr(ctx, op, "value").map(|v| vec![FoldResult::Attr(v)]),
        result_names: |_, _, _| Some("f".into()),
    }
}

pub fn dialect() -> Dialect {
    Dialect::with_ops(
        "func",
        "MLIR's func dialect: functions, calls and returns",
        vec![
            FuncOp::def(),
            ReturnOp::def(),
            CallOp::def(),
            CallIndirectOp::def(),
            ConstantOp::def(),
        ],
    )
}

impl FuncOp<'_> {
    /// `(inputs, results)` of the function type.
    pub fn signature(&self) -> (Vec<Type>, Vec<Type>) {
        self.function_type()
            .and_then(|a| self.ctx.as_type_attr(a))
            .and_then(|t| self.ctx.function_signature(t))
            .map(|(i, r)| (i.to_vec(), r.to_vec()))
            .unwrap_or_default()
    }
    pub fn is_declaration(&self) -> bool {
        self.ir.region_blocks(self.body()).is_empty()
    }
    pub fn name_bytes(&self) -> &[u8] {
        self.sym_name()
            .and_then(|a| self.ctx.as_str_attr(a))
            .unwrap_or_default()
    }
}

/// The i-th dictionary of an `arg_attrs`/`res_attrs` array, if not empty.
fn nth_dict(ctx: &ir::Context, array: Option<Attribute>, i: usize) -> Option<Attribute> {
    let AttrKind::Array(items) = ctx.attr_kind(array?) else {
        return None;
    };
    let d = *items.get(i)?;
    (!ctx.dict_entries(d).is_empty()).then_some(d)
}

const FUNC_INHERENT: [&str; 5] = [
    "sym_name",
    "function_type",
    "sym_visibility",
    "arg_attrs",
    "res_attrs",
];

fn print_func(p: &mut AsmPrinter<'_>, op: OpId) {
    let f = FuncOp {
        ctx: p.ctx,
        ir: p.ir,
        op,
    };
    let (inputs, results) = f.signature();
    p.write("func.func ");
    if let Some(vis) = f.sym_visibility().and_then(|a| p.ctx.as_str_attr(a)) {
        p.write(&String::from_utf8_lossy(vis));
        p.write(" ");
    }
    p.print_symbol_name(f.name_bytes());
    p.write("(");
    let body = f.body();
    let entry = p.ir.region_blocks(body).first().copied();
    for (i, &ty) in inputs.iter().enumerate() {
        if i > 0 {
            p.write(", ");
        }
        let attrs = nth_dict(p.ctx, f.arg_attrs(), i);
        match entry.and_then(|b| p.ir.block_args(b).get(i).copied()) {
            Some(arg) => p.print_block_arg(arg, attrs),
            None => {
                p.print_type(ty);
                if let Some(a) = attrs {
                    let entries = p.ctx.dict_entries(a).to_vec();
                    p.print_optional_attr_dict(&entries, &[]);
                }
            }
        }
    }
    p.write(")");
    if !results.is_empty() {
        p.write(" -> ");
        let any_attrs = (0..results.len()).any(|i| nth_dict(p.ctx, f.res_attrs(), i).is_some());
        if any_attrs
            || results.len() > 1
            || matches!(p.ctx.type_kind(results[0]), ir::TypeKind::Function { .. })
        {
            p.write("(");
            for (i, &ty) in results.iter().enumerate() {
                if i > 0 {
                    p.write(", ");
                }
                p.print_type(ty);
                if let Some(a) = nth_dict(p.ctx, f.res_attrs(), i) {
                    let entries = p.ctx.dict_entries(a).to_vec();
                    p.print_optional_attr_dict(&entries, &[]);
                }
            }
            p.write(")");
        } else {
            p.print_type(results[0]);
        }
    }
    let entries = p.op_attr_entries(op);
    p.print_optional_attr_dict_with_keyword(&entries, &FUNC_INHERENT);
    if !f.is_declaration() {
        p.write(" ");
        p.print_region(body, false, true);
    }
}

fn parse_func(p: &mut dyn AsmParser, state: &mut OperationState) -> PResult<()> {
    let ctx_visibility = ["private", "public", "nested"]
        .into_iter()
        .find(|kw| p.parse_optional_keyword(kw));
    let Some(name) = p.parse_optional_symbol_name()? else {
        return Err(p.error("expected valid '@'-identifier for symbol name"));
    };
    p.parse_punct(Punct::LParen)?;
    let mut args: Vec<Argument> = Vec::new();
    let mut inputs: Vec<Type> = Vec::new();
    let mut arg_attrs: Vec<Option<Attribute>> = Vec::new();
    let mut named_args = None;
    if !p.parse_optional_punct(Punct::RParen) {
        loop {
            let offset = p.offset();
            match p.parse_optional_argument(true, true)? {
                Some(arg) => {
                    if named_args == Some(false) {
                        return Err(p.error_at(offset, "expected type instead of SSA identifier"));
                    }
                    named_args = Some(true);
                    inputs.push(arg.ty);
                    arg_attrs.push(arg.attrs);
                    args.push(arg);
                }
                None => {
                    if named_args == Some(true) {
                        return Err(p.error("expected SSA identifier"));
                    }
                    named_args = Some(false);
                    inputs.push(p.parse_type()?);
                    let entries = p.parse_optional_attr_dict()?;
                    arg_attrs.push(dict_or_none(p, entries));
                }
            }
            if !p.parse_optional_punct(Punct::Comma) {
                break;
            }
        }
        p.parse_punct(Punct::RParen)?;
    }
    let mut results = Vec::new();
    let mut res_attrs: Vec<Option<Attribute>> = Vec::new();
    if p.parse_optional_punct(Punct::Arrow) {
        if p.parse_optional_punct(Punct::LParen) {
            if !p.parse_optional_punct(Punct::RParen) {
                loop {
                    results.push(p.parse_type()?);
                    let entries = p.parse_optional_attr_dict()?;
                    res_attrs.push(dict_or_none(p, entries));
                    if !p.parse_optional_punct(Punct::Comma) {
                        break;
                    }
                }
                p.parse_punct(Punct::RParen)?;
            }
        } else {
            results.push(p.parse_type()?);
            res_attrs.push(None);
        }
    }
    let ctx = p.ctx();
    let mut props = vec![
        named(ctx, "sym_name", ctx.string_attr(&name)),
        named(
            ctx,
            "function_type",
            ctx.type_attr(ctx.function_type(&inputs, &results)),
        ),
    ];
    if let Some(vis) = ctx_visibility {
        props.push(named(ctx, "sym_visibility", ctx.string_attr(vis)));
    }
    for (key, list) in [("arg_attrs", &arg_attrs), ("res_attrs", &res_attrs)] {
        if list.iter().any(Option::is_some) {
            let empty = ctx.empty_dictionary();
            let items: Vec<Attribute> = list.iter().map(|a| a.unwrap_or(empty)).collect();
            props.push(named(ctx, key, ctx.array_attr(&items)));
        }
    }
    if p.parse_optional_keyword("attributes") {
        let extra = p.parse_optional_attr_dict()?;
        state.attrs.extend(extra);
    }
    // A declaration has an empty body region (its arguments may still be named, as mlir-opt
    // accepts).
    let region = match p.parse_optional_region(&args)? {
        Some(r) => r,
        None => p.create_region(),
    };
    state.props = Some(props);
    state.regions.push(region);
    Ok(())
}

fn dict_or_none(p: &dyn AsmParser, entries: Vec<NamedAttr>) -> Option<Attribute> {
    (!entries.is_empty()).then(|| p.ctx().dictionary_attr(entries))
}

fn verify_func(cx: &VerifyCx<'_>, op: OpId) -> Result<(), Diagnostic> {
    let f = FuncOp {
        ctx: cx.ctx,
        ir: cx.ir,
        op,
    };
    let (inputs, _) = f.signature();
    if let Some(&entry) = cx.ir.region_blocks(f.body()).first() {
        let args = cx.ir.block_args(entry);
        if args.len() != inputs.len() {
            return Err(op_error(
                cx.ctx,
                cx.ir,
                op,
                format!(
                    "entry block must have {} arguments to match function signature",
                    inputs.len()
                ),
            ));
        }
        for (i, (&a, &t)) in args.iter().zip(&inputs).enumerate() {
            let at = cx.ir.value_type(a);
            if at != t {
                return Err(op_error(cx.ctx, cx.ir, op, format!(
                    "type of entry block argument #{i}('{}') must match the type of the corresponding argument in function signature('{}')",
                    print_type(cx.ctx, at),
                    print_type(cx.ctx, t)
                )));
            }
        }
    } else if f
        .sym_visibility()
        .and_then(|a| cx.ctx.as_str_attr(a))
        .is_none_or(|v| v == b"public")
    {
        return Err(op_error(
            cx.ctx,
            cx.ir,
            op,
            "symbol declaration cannot have public visibility",
        ));
    }
    for (key, n) in [
        ("arg_attrs", inputs.len()),
        ("res_attrs", f.signature().1.len()),
    ] {
        if let Some(AttrKind::Array(items)) =
            cx.ir.attr(cx.ctx, op, key).map(|a| cx.ctx.attr_kind(a))
        {
            if items.len() != n {
                return Err(op_error(
                    cx.ctx,
                    cx.ir,
                    op,
                    format!(
                        "expects {key} to have {n} entries, but found {}",
                        items.len()
                    ),
                ));
            }
        }
    }
    Ok(())
}

fn verify_return(cx: &VerifyCx<'_>, op: OpId) -> Result<(), Diagnostic> {
    let Some(func) = cx.ir.parent_op(op) else {
        return Ok(());
    };
    let f = FuncOp {
        ctx: cx.ctx,
        ir: cx.ir,
        op: func,
    };
    let (_, results) = f.signature();
    let operands = cx.ir.operands(op);
    let name = String::from_utf8_lossy(f.name_bytes()).into_owned();
    if operands.len() != results.len() {
        return Err(op_error(
            cx.ctx,
            cx.ir,
            op,
            format!(
                "has {} operands, but enclosing function (@{name}) returns {}",
                operands.len(),
                results.len()
            ),
        ));
    }
    for (i, (&v, &t)) in operands.iter().zip(&results).enumerate() {
        let vt = cx.ir.value_type(v);
        if vt != t {
            return Err(loc_error(cx.ir, op, format!(
                "type of return operand {i} ('{}') doesn't match function result type ('{}') in function @{name}",
                print_type(cx.ctx, vt),
                print_type(cx.ctx, t)
            )));
        }
    }
    Ok(())
}

/// The `func.func` that `op`'s flat symbol reference attribute `attr` names: `None`
/// without such an attribute, and the error `missing` words from the name when it names
/// nothing or something else.
fn referenced_func<'a>(
    cx: &VerifyCx<'a>,
    op: OpId,
    attr: &str,
    missing: fn(&str) -> String,
) -> Result<Option<FuncOp<'a>>, Diagnostic> {
    let (ctx, ir) = (cx.ctx, cx.ir);
    let Some(AttrKind::SymbolRef { root, .. }) = ir.attr(ctx, op, attr).map(|a| ctx.attr_kind(a))
    else {
        return Ok(None);
    };
    let name = ctx.ident_str(*root);
    cx.lookup_symbol(op, name.as_bytes())
        .and_then(|f| FuncOp::cast(ctx, ir, f))
        .map(Some)
        .ok_or_else(|| op_error(ctx, ir, op, missing(name)))
}

fn verify_call(cx: &VerifyCx<'_>, op: OpId) -> Result<(), Diagnostic> {
    let (ctx, ir) = (cx.ctx, cx.ir);
    let Some(callee) = referenced_func(cx, op, "callee", |name| {
        format!("'{name}' does not reference a valid function")
    })?
    else {
        return Ok(());
    };
    let (inputs, results) = callee.signature();
    let operands = ir.operands(op);
    if operands.len() != inputs.len() {
        return Err(op_error(
            ctx,
            ir,
            op,
            "incorrect number of operands for callee",
        ));
    }
    for (i, (&v, &t)) in operands.iter().zip(&inputs).enumerate() {
        let vt = ir.value_type(v);
        if vt != t {
            return Err(op_error(ctx, ir, op, format!(
                "operand type mismatch: expected operand type '{}', but provided '{}' for operand number {i}",
                print_type(ctx, t),
                print_type(ctx, vt)
            )));
        }
    }
    if ir.num_results(op) != results.len() {
        return Err(op_error(
            ctx,
            ir,
            op,
            "incorrect number of results for callee",
        ));
    }
    for (i, (v, &t)) in ir.results(op).iter().zip(&results).enumerate() {
        let vt = ir.value_type(v);
        if vt != t {
            let _ = (vt, t);
            let quoted = |tys: &mut dyn Iterator<Item = Type>| {
                tys.map(|t| format!("'{}'", print_type(ctx, t)))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            let op_types = quoted(&mut ir.results(op).iter().map(|v| ir.value_type(v)));
            let fn_types = quoted(&mut results.iter().copied());
            return Err(
                op_error(ctx, ir, op, format!("result type mismatch at index {i}"))
                    .with_note(
                        ir::DiagLoc::Loc(ir.loc(op)),
                        format!("      op result types: {op_types}"),
                    )
                    .with_note(
                        ir::DiagLoc::Loc(ir.loc(op)),
                        format!("function result types: {fn_types}"),
                    ),
            );
        }
    }
    Ok(())
}

/// `call_indirect %f(%a, %b) : (i32, i32) -> i32`: operand and result types come from the
/// callee's function type.
fn print_call_indirect(p: &mut AsmPrinter<'_>, op: OpId) {
    let ir = p.ir;
    // The printer has already pushed this op's own (empty) default dialect: the enclosing
    // op decides whether the `func.` prefix is dropped.
    let in_func = ir
        .parent_op(op)
        .and_then(|parent| p.ctx.op_def(ir.op_name(parent)))
        .and_then(|d| d.default_dialect())
        == Some("func");
    p.write(if in_func {
        "call_indirect"
    } else {
        CallIndirectOp::NAME
    });
    p.write(" ");
    p.print_value(ir.operand(op, 0));
    p.write("(");
    p.print_values(&ir.operands(op)[1..]);
    p.write(")");
    print_attr_dict_and_type(p, op, &[], ir.value_type(ir.operand(op, 0)));
}

fn parse_call_indirect(p: &mut dyn AsmParser, state: &mut OperationState) -> PResult<()> {
    let offset = p.offset();
    let callee = p.parse_operand()?;
    let args = parse_operands_in(p, Punct::LParen, Punct::RParen)?;
    let ty = parse_attr_dict_and_type(p, state)?;
    let Some((inputs, results)) = p.ctx().function_signature(ty) else {
        return Err(p.error_at(offset, "expected function type"));
    };
    let (inputs, results) = (inputs.to_vec(), results.to_vec());
    let mut types = vec![ty];
    types.extend(inputs);
    let mut operands = vec![callee];
    operands.extend(args);
    state.operands = p.resolve_operands(&operands, &types, offset)?;
    state.result_types = results;
    Ok(())
}

fn verify_call_indirect(cx: &VerifyCx<'_>, op: OpId) -> Result<(), Diagnostic> {
    let (ctx, ir) = (cx.ctx, cx.ir);
    let Some((inputs, results)) = ctx.function_signature(ir.value_type(ir.operand(op, 0))) else {
        return Ok(());
    };
    let args: Vec<Type> = ir.operands(op)[1..]
        .iter()
        .map(|&v| ir.value_type(v))
        .collect();
    if args != inputs {
        return Err(op_error(
            ctx,
            ir,
            op,
            "failed to verify that callee input types match argument types",
        ));
    }
    let outs: Vec<Type> = ir.results(op).iter().map(|v| ir.value_type(v)).collect();
    if outs != results {
        return Err(op_error(
            ctx,
            ir,
            op,
            "failed to verify that callee result types match result types",
        ));
    }
    Ok(())
}

fn verify_constant_uses(cx: &VerifyCx<'_>, op: OpId) -> Result<(), Diagnostic> {
    let (ctx, ir) = (cx.ctx, cx.ir);
    let Some(callee) = referenced_func(cx, op, "value", |name| {
        format!("reference to undefined function '{name}'")
    })?
    else {
        return Ok(());
    };
    let fn_type = callee.function_type().and_then(|a| ctx.as_type_attr(a));
    if fn_type != Some(ir.value_type(ir.result(op, 0))) {
        return Err(op_error(
            ctx,
            ir,
            op,
            "reference to function with mismatched type",
        ));
    }
    Ok(())
}

/// `call_indirect` of a `func.constant` is a direct `call` (MLIR's
/// `SimplifyIndirectCallWithKnownCallee`).
fn indirect_call_of_constant(op: OpId, rw: &mut PatternRewriter<'_>) -> bool {
    let (ctx, ir) = (rw.ctx, &*rw.ir);
    let callee = match ir.value_def(ir.operand(op, 0)) {
        ir::ValueDef::OpResult { op: c, .. } => {
            ConstantOp::cast(ctx, ir, c).and_then(|c| c.value())
        }
        ir::ValueDef::BlockArg { .. } => None,
    };
    let Some(callee) = callee else {
        return false;
    };
    let mut st = OperationState::new(ctx.op_name(CallOp::NAME), ir.loc(op));
    st.operands = ir.operands(op)[1..].to_vec();
    st.result_types = ir.results(op).iter().map(|v| ir.value_type(v)).collect();
    st.props = Some(vec![named(ctx, "callee", callee)]);
    st.attrs = ctx.dict_entries(ir.attrs(op)).to_vec();
    replace_op_with_new(rw, op, st);
    true
}
