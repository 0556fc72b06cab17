//! Declarative assembly formats (the syntax of MLIR ODS's `assemblyFormat`): one format
//! string drives both the printer ([`print_with_format`]) and the parser
//! ([`parse_custom_op`]) of an op, so the two cannot drift.
//!
//! Supported elements: literals (`` `(` ``, `` `to` ``), `$name` (an operand group,
//! attribute, region or successor of the op's declaration), `type($x)`, `type(operands)`,
//! `type(results)`, `functional-type($ins, $outs)`, `attr-dict`, `attr-dict-with-keyword`,
//! `operands`, `regions`, `successors`, and optional groups `( ... $anchor^ ... )?`.
//! Types a format omits come from the declaration: a buildable constraint (`I1`, `Index`)
//! or `SameOperandsAndResultType`. Spacing follows ODS's generated printers.

use crate::asm::{AsmParser, PResult, Punct, UnresolvedOperand};
use crate::attributes::{AttrKind, DenseData, NamedAttr};
use crate::context::Type;
use crate::dialect::{
    operand_group_range, result_group_range, Arity, AttrSyntax, OpDef, RegionKind, RegisteredOp,
    Trait,
};
use crate::print::AsmPrinter;
use crate::structure::{OpId, OperationState, ValueId};

/// A parsed assembly format.
#[derive(Debug, Clone)]
pub struct Format {
    pub elements: Vec<Element>,
}

/// What a `type(...)` or `functional-type(...)` directive refers to.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum TypeTarget {
    Operand(usize),
    Result(usize),
    AllOperands,
    AllResults,
}

#[derive(Debug, Clone)]
pub enum Element {
    Literal(String),
    Operand(usize),
    AllOperands,
    Attribute(usize),
    Region(usize),
    AllRegions,
    Successor(usize),
    AllSuccessors,
    TypeOf(TypeTarget),
    FunctionalType(TypeTarget, TypeTarget),
    AttrDict {
        with_keyword: bool,
    },
    /// `( elements )?`; `anchor` indexes `elements`.
    Optional {
        elements: Vec<Element>,
        anchor: usize,
    },
}

impl Format {
    /// Parses a format string against the op's declaration.
    pub fn parse(text: &str, def: &OpDef) -> Result<Format, String> {
        let tokens = tokenize(text)?;
        let mut pos = 0;
        let (elements, anchor) = parse_elements(&tokens, &mut pos, def, false)?;
        if pos != tokens.len() {
            return Err(format!("unexpected '{}'", tokens[pos]));
        }
        if anchor.is_some() {
            return Err("'^' is only valid inside an optional group".into());
        }
        Ok(Format { elements })
    }
}

fn tokenize(text: &str) -> Result<Vec<String>, String> {
    let mut tokens = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some(&(i, c)) = chars.peek() {
        if c.is_whitespace() {
            chars.next();
        } else if c == '`' {
            chars.next();
            let start = i;
            let mut end = None;
            for (j, d) in chars.by_ref() {
                if d == '`' {
                    end = Some(j);
                    break;
                }
            }
            let end = end.ok_or("unterminated literal")?;
            tokens.push(text[start..=end].to_string());
        } else if c == '$' || c.is_alphanumeric() || c == '_' || c == '-' {
            let start = i;
            let mut end = i;
            while let Some(&(j, d)) = chars.peek() {
                if d == '$' && j != start {
                    break;
                }
                if d.is_alphanumeric() || d == '_' || d == '-' || (d == '$' && j == start) {
                    end = j + d.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            tokens.push(text[start..end].to_string());
        } else {
            tokens.push(c.to_string());
            chars.next();
        }
    }
    Ok(tokens)
}

fn parse_elements(
    tokens: &[String],
    pos: &mut usize,
    def: &OpDef,
    in_optional: bool,
) -> Result<(Vec<Element>, Option<usize>), String> {
    let mut elements = Vec::new();
    let mut anchor = None;
    while let Some(tok) = tokens.get(*pos) {
        match tok.as_str() {
            ")" if in_optional => break,
            "^" => {
                if elements.is_empty() {
                    return Err("'^' must follow an element".into());
                }
                anchor = Some(elements.len() - 1);
                *pos += 1;
            }
            "(" => {
                *pos += 1;
                let (inner, inner_anchor) = parse_elements(tokens, pos, def, true)?;
                if tokens.get(*pos).map(String::as_str) != Some(")")
                    || tokens.get(*pos + 1).map(String::as_str) != Some("?")
                {
                    return Err("expected ')?' to close an optional group".into());
                }
                *pos += 2;
                let anchor = inner_anchor.ok_or("optional group has no anchor '^'")?;
                elements.push(Element::Optional {
                    elements: inner,
                    anchor,
                });
            }
            _ => {
                *pos += 1;
                elements.push(parse_element(tok, tokens, pos, def)?);
            }
        }
    }
    Ok((elements, anchor))
}

fn expect(tokens: &[String], pos: &mut usize, what: &str) -> Result<(), String> {
    if tokens.get(*pos).map(String::as_str) == Some(what) {
        *pos += 1;
        Ok(())
    } else {
        Err(format!("expected '{what}'"))
    }
}

fn parse_element(
    tok: &str,
    tokens: &[String],
    pos: &mut usize,
    def: &OpDef,
) -> Result<Element, String> {
    if let Some(lit) = tok.strip_prefix('`').and_then(|t| t.strip_suffix('`')) {
        return Ok(Element::Literal(lit.to_string()));
    }
    if let Some(name) = tok.strip_prefix('$') {
        if let Some(i) = def.operands.iter().position(|o| o.name == name) {
            return Ok(Element::Operand(i));
        }
        if let Some(i) = def.attributes.iter().position(|a| a.name == name) {
            return Ok(Element::Attribute(i));
        }
        if let Some(i) = def.regions.iter().position(|r| r.name == name) {
            return Ok(Element::Region(i));
        }
        if let Some(i) = def.successors.iter().position(|s| s.name == name) {
            return Ok(Element::Successor(i));
        }
        return Err(format!(
            "'${name}' names no operand, attribute, region or successor"
        ));
    }
    match tok {
        "attr-dict" => Ok(Element::AttrDict {
            with_keyword: false,
        }),
        "attr-dict-with-keyword" => Ok(Element::AttrDict { with_keyword: true }),
        "operands" => Ok(Element::AllOperands),
        "regions" => Ok(Element::AllRegions),
        "successors" => Ok(Element::AllSuccessors),
        "type" => {
            expect(tokens, pos, "(")?;
            let t = parse_type_target(tokens, pos, def)?;
            expect(tokens, pos, ")")?;
            Ok(Element::TypeOf(t))
        }
        "functional-type" => {
            expect(tokens, pos, "(")?;
            let a = parse_type_target(tokens, pos, def)?;
            expect(tokens, pos, ",")?;
            let b = parse_type_target(tokens, pos, def)?;
            expect(tokens, pos, ")")?;
            Ok(Element::FunctionalType(a, b))
        }
        other => Err(format!("unknown format element '{other}'")),
    }
}

fn parse_type_target(
    tokens: &[String],
    pos: &mut usize,
    def: &OpDef,
) -> Result<TypeTarget, String> {
    let tok = tokens.get(*pos).ok_or("expected a type target")?;
    *pos += 1;
    match tok.as_str() {
        "operands" => Ok(TypeTarget::AllOperands),
        "results" => Ok(TypeTarget::AllResults),
        t => {
            let name = t
                .strip_prefix('$')
                .ok_or_else(|| format!("bad type target '{t}'"))?;
            if let Some(i) = def.operands.iter().position(|o| o.name == name) {
                Ok(TypeTarget::Operand(i))
            } else if let Some(i) = def.results.iter().position(|o| o.name == name) {
                Ok(TypeTarget::Result(i))
            } else {
                Err(format!("'${name}' names no operand or result"))
            }
        }
    }
}

// ----- printing -----

struct PrintState {
    should_emit_space: bool,
    last_was_punctuation: bool,
}

/// ODS: a space before a literal unless it is punctuation that hugs its neighbour.
fn space_before_literal(value: &str, last_was_punctuation: bool) -> bool {
    if value.len() != 1 && value != "->" {
        return true;
    }
    let first = value.chars().next().unwrap_or(' ');
    if last_was_punctuation {
        !">)}],".contains(first)
    } else {
        !"<>(){}[],".contains(first)
    }
}

/// Prints `op` with its declarative format (after its name).
pub fn print_with_format(format: &Format, def: &OpDef, p: &mut AsmPrinter<'_>, op: OpId) {
    let mut st = PrintState {
        should_emit_space: true,
        last_was_punctuation: false,
    };
    print_elements(&format.elements, format, def, p, op, &mut st);
}

fn print_elements(
    elements: &[Element],
    format: &Format,
    def: &OpDef,
    p: &mut AsmPrinter<'_>,
    op: OpId,
    st: &mut PrintState,
) {
    for e in elements {
        print_element(e, format, def, p, op, st);
    }
}

fn operand_values(p: &AsmPrinter<'_>, def: &OpDef, op: OpId, group: usize) -> Vec<ValueId> {
    let range = operand_group_range(p.ctx, p.ir, op, def, group).unwrap_or(0..0);
    p.ir.operands(op)[range].to_vec()
}

fn target_types(p: &AsmPrinter<'_>, def: &OpDef, op: OpId, t: TypeTarget) -> Vec<Type> {
    match t {
        TypeTarget::Operand(g) => operand_values(p, def, op, g)
            .iter()
            .map(|&v| p.ir.value_type(v))
            .collect(),
        TypeTarget::AllOperands => {
            p.ir.operands(op)
                .iter()
                .map(|&v| p.ir.value_type(v))
                .collect()
        }
        TypeTarget::Result(g) => {
            let range = result_group_range(p.ctx, p.ir, op, def, g).unwrap_or(0..0);
            range.map(|i| p.ir.value_type(p.ir.result(op, i))).collect()
        }
        TypeTarget::AllResults => {
            p.ir.results(op)
                .iter()
                .map(|v| p.ir.value_type(v))
                .collect()
        }
    }
}

/// Attribute names a format prints itself (and so `attr-dict` leaves out).
fn format_attr_names(format: &Format, def: &OpDef) -> Vec<&'static str> {
    fn walk(es: &[Element], def: &OpDef, out: &mut Vec<&'static str>) {
        for e in es {
            match e {
                Element::Attribute(i) => out.push(def.attributes[*i].name),
                Element::Optional { elements, .. } => walk(elements, def, out),
                _ => {}
            }
        }
    }
    let mut out = vec!["operandSegmentSizes", "resultSegmentSizes"];
    walk(&format.elements, def, &mut out);
    out
}

/// Is the optional group's anchor present on `op`?
fn anchor_present(e: &Element, def: &OpDef, p: &AsmPrinter<'_>, op: OpId) -> bool {
    match e {
        Element::Operand(g) => !operand_values(p, def, op, *g).is_empty(),
        Element::AllOperands => !p.ir.operands(op).is_empty(),
        Element::Attribute(i) => p.ir.attr(p.ctx, op, def.attributes[*i].name).is_some(),
        Element::Region(i) => {
            p.ir.regions(op)
                .get(*i)
                .is_some_and(|&r| !p.ir.region_blocks(r).is_empty())
        }
        Element::Successor(i) => p.ir.successors(op).get(*i).is_some(),
        Element::TypeOf(t) => !target_types(p, def, op, *t).is_empty(),
        Element::AttrDict { .. } => !p.ctx.dict_entries(p.ir.attrs(op)).is_empty(),
        _ => true,
    }
}

fn print_element(
    e: &Element,
    format: &Format,
    def: &OpDef,
    p: &mut AsmPrinter<'_>,
    op: OpId,
    st: &mut PrintState,
) {
    match e {
        Element::Literal(lit) => {
            if space_before_literal(lit, st.last_was_punctuation) {
                p.write(" ");
            }
            p.write(lit);
            let first = lit.chars().next().unwrap_or(' ');
            st.should_emit_space = lit.len() != 1 || !"<({[".contains(first);
            st.last_was_punctuation = first != '_' && !first.is_alphabetic();
            return;
        }
        Element::AttrDict { with_keyword } => {
            let entries: Vec<NamedAttr> = p.ctx.dict_entries(p.ir.attrs(op)).to_vec();
            let mut all = p.op_attr_entries(op);
            if all.is_empty() {
                all = entries;
            }
            let elided = format_attr_names(format, def);
            if *with_keyword {
                p.print_optional_attr_dict_with_keyword(&all, &elided);
            } else {
                p.print_optional_attr_dict(&all, &elided);
            }
        }
        Element::Optional { elements, anchor } => {
            if anchor_present(&elements[*anchor], def, p, op) {
                print_elements(elements, format, def, p, op, st);
            }
            return;
        }
        _ => {
            if st.should_emit_space {
                p.write(" ");
            }
            match e {
                Element::Operand(g) => {
                    let vs = operand_values(p, def, op, *g);
                    p.print_values(&vs);
                }
                Element::AllOperands => {
                    let vs = p.ir.operands(op).to_vec();
                    p.print_values(&vs);
                }
                Element::Attribute(i) => {
                    if let Some(a) = p.ir.attr(p.ctx, op, def.attributes[*i].name) {
                        match (def.attributes[*i].constraint.syntax, p.ctx.as_str_attr(a)) {
                            (AttrSyntax::SymbolName, Some(name)) => p.print_symbol_name(name),
                            _ => p.print_attr(a),
                        }
                    }
                }
                Element::Region(i) => {
                    let r = p.ir.regions(op)[*i];
                    p.print_region(r, true, true);
                }
                Element::AllRegions => {
                    let rs = p.ir.regions(op).to_vec();
                    for (k, r) in rs.into_iter().enumerate() {
                        if k > 0 {
                            p.write(", ");
                        }
                        p.print_region(r, true, true);
                    }
                }
                Element::Successor(i) => {
                    let b = p.ir.successors(op)[*i];
                    p.print_successor(b);
                }
                Element::AllSuccessors => {
                    let bs = p.ir.successors(op).to_vec();
                    for (k, b) in bs.into_iter().enumerate() {
                        if k > 0 {
                            p.write(", ");
                        }
                        p.print_successor(b);
                    }
                }
                Element::TypeOf(t) => {
                    let tys = target_types(p, def, op, *t);
                    p.print_types(&tys);
                }
                Element::FunctionalType(a, b) => {
                    let ins = target_types(p, def, op, *a);
                    let outs = target_types(p, def, op, *b);
                    p.print_functional_type(&ins, &outs);
                }
                _ => unreachable!("handled above"),
            }
        }
    }
    st.should_emit_space = true;
    st.last_was_punctuation = false;
}

// ----- parsing -----

/// What the format parser has gathered before resolving operands.
#[derive(Default)]
struct Parsed {
    operands: Vec<Option<Vec<UnresolvedOperand>>>,
    operand_types: Vec<Option<Vec<Type>>>,
    all_operand_types: Option<Vec<Type>>,
    result_types: Vec<Option<Vec<Type>>>,
    all_result_types: Option<Vec<Type>>,
    all_operands: Option<Vec<UnresolvedOperand>>,
}

/// Parses the custom form of a registered op, after its name: dispatches to the op's
/// hand-written parser or to its declarative format. Fills `state`.
pub fn parse_custom_op(
    reg: &RegisteredOp,
    p: &mut dyn AsmParser,
    state: &mut OperationState,
) -> PResult<()> {
    if let Some(custom) = reg.def.custom_asm {
        return (custom.parse)(p, state);
    }
    let Some(format) = &reg.format else {
        return Err(p.error(&format!(
            "'{}' has no custom assembly format; use the generic form",
            reg.def.name
        )));
    };
    let def = reg.def;
    let start = p.offset();
    let mut parsed = Parsed {
        operands: vec![None; def.operands.len()],
        operand_types: vec![None; def.operands.len()],
        result_types: vec![None; def.results.len()],
        ..Default::default()
    };
    parse_elements_with(&format.elements, def, p, state, &mut parsed)?;
    resolve(def, p, state, parsed, start)
}

fn parse_elements_with(
    elements: &[Element],
    def: &OpDef,
    p: &mut dyn AsmParser,
    state: &mut OperationState,
    parsed: &mut Parsed,
) -> PResult<()> {
    for e in elements {
        parse_element_with(e, def, p, state, parsed)?;
    }
    Ok(())
}

/// Does the next token start element `e`? (For optional groups; consumes nothing except
/// for literals and operands, which are then handed over as already parsed.)
fn parse_optional_first(
    e: &Element,
    def: &OpDef,
    p: &mut dyn AsmParser,
    state: &mut OperationState,
    parsed: &mut Parsed,
) -> PResult<bool> {
    match e {
        Element::Literal(lit) => Ok(match crate::asm::Punct::from_text(lit) {
            Some(punct) => p.parse_optional_punct(punct),
            None => p.parse_optional_keyword(lit),
        }),
        Element::Operand(g) => match p.parse_optional_operand()? {
            Some(first) => {
                let mut list = vec![first];
                if def.operands[*g].arity == Arity::Variadic {
                    while p.parse_optional_punct(Punct::Comma) {
                        list.push(p.parse_operand()?);
                    }
                }
                parsed.operands[*g] = Some(list);
                Ok(true)
            }
            None => Ok(false),
        },
        Element::Attribute(i) => match parse_optional_format_attr(def, *i, p)? {
            Some(a) => {
                state.props.get_or_insert_with(Vec::new).push(NamedAttr {
                    name: p.ctx().ident(def.attributes[*i].name),
                    value: a,
                });
                Ok(true)
            }
            None => Ok(false),
        },
        Element::Region(i) => match p.parse_optional_region(&[])? {
            Some(r) => {
                if def.regions[*i].kind == RegionKind::SingleBlock {
                    p.ensure_entry_block(r);
                }
                state.regions.push(r);
                Ok(true)
            }
            None => Ok(false),
        },
        Element::Successor(_) => match p.parse_optional_successor()? {
            Some(b) => {
                state.successors.push(b);
                Ok(true)
            }
            None => Ok(false),
        },
        Element::AttrDict { .. } => {
            let entries = p.parse_optional_attr_dict()?;
            let any = !entries.is_empty();
            state.attrs.extend(entries);
            Ok(any)
        }
        _ => Err(p.error("unsupported first element of an optional group")),
    }
}

fn parse_element_with(
    e: &Element,
    def: &OpDef,
    p: &mut dyn AsmParser,
    state: &mut OperationState,
    parsed: &mut Parsed,
) -> PResult<()> {
    match e {
        Element::Literal(lit) => match Punct::from_text(lit) {
            Some(punct) => p.parse_punct(punct),
            None => p.parse_keyword(lit),
        },
        Element::Operand(g) => {
            let list = match def.operands[*g].arity {
                Arity::Single => vec![p.parse_operand()?],
                Arity::Optional => p.parse_optional_operand()?.into_iter().collect(),
                Arity::Variadic => p.parse_operand_list()?,
            };
            parsed.operands[*g] = Some(list);
            Ok(())
        }
        Element::AllOperands => {
            parsed.all_operands = Some(p.parse_operand_list()?);
            Ok(())
        }
        Element::Attribute(i) => {
            // A required attribute: the parser's own diagnostic says what it found.
            let a = match def.attributes[*i].constraint.syntax {
                AttrSyntax::Attribute => p.parse_attribute()?,
                AttrSyntax::SymbolName => match p.parse_optional_symbol_name()? {
                    Some(name) => p.ctx().string_attr(&name),
                    None => return Err(p.error("expected valid '@'-identifier for symbol name")),
                },
            };
            state.props.get_or_insert_with(Vec::new).push(NamedAttr {
                name: p.ctx().ident(def.attributes[*i].name),
                value: a,
            });
            Ok(())
        }
        Element::Region(i) => {
            let r = p.parse_region(&[])?;
            if def.regions[*i].kind == RegionKind::SingleBlock {
                p.ensure_entry_block(r);
            }
            state.regions.push(r);
            Ok(())
        }
        Element::AllRegions => {
            if let Some(r) = p.parse_optional_region(&[])? {
                state.regions.push(r);
                while p.parse_optional_punct(Punct::Comma) {
                    let r = p.parse_region(&[])?;
                    state.regions.push(r);
                }
            }
            Ok(())
        }
        Element::Successor(_) => {
            let b = p.parse_successor()?;
            state.successors.push(b);
            Ok(())
        }
        Element::AllSuccessors => {
            if let Some(b) = p.parse_optional_successor()? {
                state.successors.push(b);
                while p.parse_optional_punct(Punct::Comma) {
                    let b = p.parse_successor()?;
                    state.successors.push(b);
                }
            }
            Ok(())
        }
        Element::TypeOf(t) => {
            let tys = match t {
                TypeTarget::Operand(g) if def.operands[*g].arity == Arity::Single => {
                    vec![p.parse_type()?]
                }
                TypeTarget::Result(g) if def.results[*g].arity == Arity::Single => {
                    vec![p.parse_type()?]
                }
                _ => match p.parse_optional_type()? {
                    Some(first) => {
                        let mut v = vec![first];
                        while p.parse_optional_punct(Punct::Comma) {
                            v.push(p.parse_type()?);
                        }
                        v
                    }
                    None => Vec::new(),
                },
            };
            assign_types(*t, tys, parsed);
            Ok(())
        }
        Element::FunctionalType(a, b) => {
            p.parse_punct(Punct::LParen)?;
            let mut ins = Vec::new();
            if !p.parse_optional_punct(Punct::RParen) {
                ins = p.parse_type_list()?;
                p.parse_punct(Punct::RParen)?;
            }
            p.parse_punct(Punct::Arrow)?;
            let outs = p.parse_function_result_types()?;
            assign_types(*a, ins, parsed);
            assign_types(*b, outs, parsed);
            Ok(())
        }
        Element::AttrDict { with_keyword } => {
            if !*with_keyword || p.parse_optional_keyword("attributes") {
                let entries = p.parse_optional_attr_dict()?;
                state.attrs.extend(entries);
            }
            Ok(())
        }
        Element::Optional {
            elements,
            anchor: _,
        } => {
            if parse_optional_first(&elements[0], def, p, state, parsed)? {
                parse_elements_with(&elements[1..], def, p, state, parsed)?;
            }
            Ok(())
        }
    }
}

/// An attribute written by a format, in the syntax its constraint asks for.
fn parse_optional_format_attr(
    def: &OpDef,
    i: usize,
    p: &mut dyn AsmParser,
) -> PResult<Option<crate::Attribute>> {
    match def.attributes[i].constraint.syntax {
        AttrSyntax::SymbolName => Ok(p
            .parse_optional_symbol_name()?
            .map(|name| p.ctx().string_attr(&name))),
        AttrSyntax::Attribute => p.parse_optional_attribute(),
    }
}

fn assign_types(t: TypeTarget, tys: Vec<Type>, parsed: &mut Parsed) {
    match t {
        TypeTarget::Operand(g) => parsed.operand_types[g] = Some(tys),
        TypeTarget::Result(g) => parsed.result_types[g] = Some(tys),
        TypeTarget::AllOperands => parsed.all_operand_types = Some(tys),
        TypeTarget::AllResults => parsed.all_result_types = Some(tys),
    }
}

fn resolve(
    def: &OpDef,
    p: &mut dyn AsmParser,
    state: &mut OperationState,
    parsed: Parsed,
    start: u32,
) -> PResult<()> {
    let ctx_types = |p: &dyn AsmParser, g: usize, n: usize| -> Option<Vec<Type>> {
        let build = def.operands[g].constraint.buildable?;
        Some(vec![build(p.ctx()); n])
    };
    // Operands, group by group (or all at once).
    let operand_lists: Vec<Vec<UnresolvedOperand>> = match parsed.all_operands {
        Some(all) => vec![all],
        None => parsed
            .operands
            .iter()
            .map(|o| o.clone().unwrap_or_default())
            .collect(),
    };
    let mut flat_unresolved: Vec<UnresolvedOperand> = Vec::new();
    let mut flat_types: Vec<Type> = Vec::new();
    let mut sizes: Vec<i128> = Vec::new();
    if let Some(all) = parsed.all_operand_types.clone() {
        flat_unresolved = operand_lists.concat();
        flat_types = all;
        sizes = operand_lists.iter().map(|l| l.len() as i128).collect();
    } else {
        for (g, list) in operand_lists.iter().enumerate() {
            let tys = match parsed.operand_types.get(g).cloned().flatten() {
                Some(t) => t,
                None => match ctx_types(p, g, list.len()) {
                    Some(t) => t,
                    None if def.has_trait(Trait::SameOperandsAndResultType) => {
                        let t = parsed
                            .all_result_types
                            .as_ref()
                            .and_then(|r| r.first().copied())
                            .or_else(|| {
                                parsed
                                    .result_types
                                    .iter()
                                    .flatten()
                                    .flatten()
                                    .next()
                                    .copied()
                            });
                        match t {
                            Some(t) => vec![t; list.len()],
                            None => {
                                return Err(
                                    p.error_at(start, "cannot infer operand types from the format")
                                )
                            }
                        }
                    }
                    None if list.is_empty() => Vec::new(),
                    None => {
                        return Err(p.error_at(
                            start,
                            &format!(
                                "format gives no type for operand group '{}'",
                                def.operands[g].name
                            ),
                        ))
                    }
                },
            };
            sizes.push(list.len() as i128);
            flat_unresolved.extend(list.iter().cloned());
            flat_types.extend(tys);
        }
    }
    state.operands = p.resolve_operands(&flat_unresolved, &flat_types, start)?;
    if def.has_trait(Trait::AttrSizedOperandSegments) {
        let ctx = p.ctx();
        let i32t = ctx.integer_type(32);
        let seg = ctx.intern_attr(AttrKind::DenseArray {
            elem: i32t,
            data: DenseData::Int(sizes.into()),
        });
        state.props.get_or_insert_with(Vec::new).push(NamedAttr {
            name: ctx.ident("operandSegmentSizes"),
            value: seg,
        });
    }
    // Results.
    state.result_types = if let Some(all) = parsed.all_result_types {
        all
    } else {
        let mut out = Vec::new();
        for (g, r) in def.results.iter().enumerate() {
            match parsed.result_types[g].clone() {
                Some(t) => out.extend(t),
                None if def.has_trait(Trait::SameOperandsAndResultType)
                    && !flat_types.is_empty() =>
                {
                    out.push(flat_types[0])
                }
                None => match r.constraint.buildable {
                    Some(b) if r.arity == Arity::Single => out.push(b(p.ctx())),
                    _ if r.arity == Arity::Single => {
                        return Err(p.error_at(
                            start,
                            &format!("format gives no type for result '{}'", r.name),
                        ))
                    }
                    _ => {}
                },
            }
        }
        out
    };
    Ok(())
}
