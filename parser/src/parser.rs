//! The recursive-descent parser: token cursor, diagnostics, SSA/block name scopes, the top
//! level (aliases, ops, the implicit module), operations (generic and custom), regions,
//! blocks and locations. Types are in `types.rs`, attributes in `attrs.rs`, the
//! [`ir::asm::AsmParser`] implementation in `asm_impl.rs`.
//!
//! **Architecture Invariant:** no input makes the parser panic: token text is sliced only
//! at token boundaries, every recursion goes through [`Parser::nested`] (depth cap
//! [`MAX_DEPTH`]), and numbers are parsed with checked conversions.

use std::collections::{HashMap, HashSet};

use ir::asm::{Argument, PResult, ParseFailed, UnresolvedOperand};
use ir::attributes::LocationKind;
use ir::{
    AttrKind, Attribute, BlockId, Context, DiagLoc, Diagnostic, Ir, NamedAttr, OpId,
    OperationState, RegionId, Type, ValueId,
};

use crate::lexer::{self, LexError, Tok, TokKind};
use crate::tokens::TokenBuffer;
use crate::types::parse_int_type_keyword;
use crate::{ParseOptions, SourceFile};

/// Maximum nesting of regions, types and attributes.
pub const MAX_DEPTH: usize = 512;

/// When less stack than this is left at a nesting level, a new segment is allocated.
const STACK_RED_ZONE: usize = 256 << 10;
/// The size of each extra stack segment.
const STACK_GROWTH: usize = 4 << 20;

/// Name of the placeholder op standing for a forward-referenced SSA value.
const FORWARD_REF_OP: &str = "builtin.unrealized_forward_ref";

/// One SSA name: the values of its result group and where it was defined.
struct SsaDef {
    values: Vec<ValueId>,
    offset: u32,
}

/// A use of a not-yet-defined value: a placeholder op's result.
struct ForwardRef {
    value: ValueId,
    op: OpId,
    offset: u32,
}

/// The names visible inside one isolated-from-above region (or the top level).
#[derive(Default)]
struct IsolatedScope {
    defs: HashMap<String, SsaDef>,
    /// The names defined in each open (non-isolated) region, removed when it closes.
    regions: Vec<Vec<String>>,
    forward: HashMap<(String, u32), ForwardRef>,
    /// Offset of the isolated op's name, for notes.
    owner: Option<u32>,
}

struct BlockRef {
    block: BlockId,
    defined: bool,
    offset: u32,
    end: u32,
}

/// The block names of one region.
struct BlockScope {
    region: RegionId,
    blocks: HashMap<String, BlockRef>,
}

/// What the op whose regions are being parsed contributes to them.
#[derive(Clone, Copy)]
struct OpFrame {
    isolated: bool,
    offset: u32,
}

pub struct Parser<'a> {
    pub(crate) ctx: &'a Context,
    pub(crate) ir: &'a mut Ir,
    pub(crate) src: &'a str,
    file: &'a SourceFile<'a>,
    opts: &'a ParseOptions,
    toks: TokenBuffer,
    lex_errors: HashMap<u32, LexError>,
    pos: usize,
    pub(crate) diags: Vec<Diagnostic>,
    depth: usize,
    line_starts: Vec<u32>,

    pub(crate) attr_aliases: HashMap<String, Attribute>,
    pub(crate) type_aliases: HashMap<String, Type>,
    /// Top-level `#name =` definitions by name: offset of the `#name` token.
    alias_defs_ahead: HashMap<String, u32>,
    /// Aliases parsed ahead of their definition (location aliases): name -> end offset.
    resolved_ahead: HashMap<String, u32>,
    resolving: HashSet<String>,

    isolated: Vec<IsolatedScope>,
    block_scopes: Vec<BlockScope>,
    default_dialects: Vec<&'static str>,
    op_frames: Vec<OpFrame>,
    /// Names whose definition failed to parse: no "undeclared" errors for them.
    poisoned: HashSet<String>,
    forward_ref_name: ir::OpName,
    /// Offsets of the lexing errors already reported.
    lex_errors_reported: HashSet<u32>,
    /// The custom ops whose syntax is being parsed, innermost last: errors their parsers
    /// report are prefixed with `custom op 'name' `, as MLIR's `CustomOpAsmParser` does.
    pub(crate) custom_ops: Vec<&'static str>,
}

/// An integer literal's value (decimal or `0x` hex), if it fits in 64 bits.
fn parse_u64(text: &str) -> Option<u64> {
    match text.strip_prefix("0x") {
        Some(hex) => u64::from_str_radix(hex, 16).ok(),
        None => text.parse().ok(),
    }
}

/// The error kinds of the lexer, in MLIR's words, and where to point.
fn lex_error_message(err: &LexError, tok: Tok, src: &str) -> (u32, u32, String) {
    match err {
        LexError::UnexpectedChar => (tok.start, tok.end, "unexpected character".to_string()),
        LexError::UnterminatedString(o) => (*o, *o, "expected '\"' in string literal".to_string()),
        LexError::UnknownEscape(o) => (*o, *o + 1, "unknown escape in string literal".to_string()),
        LexError::UnbalancedPunct(c) => {
            let text = src.get(tok.start as usize..tok.end as usize).unwrap_or("");
            let lt = tok.start + text.find('<').unwrap_or(0) as u32;
            (
                lt,
                lt + 1,
                format!("unbalanced '{c}' character in pretty dialect name"),
            )
        }
        LexError::EofInPrettyName => (
            tok.end,
            tok.end,
            "unexpected nul or EOF in pretty dialect name".to_string(),
        ),
        LexError::AtIdentifierStart(o) => (
            *o,
            *o,
            "@ identifier expected to start with letter or '_'".to_string(),
        ),
        LexError::InvalidPrefixed(c) => {
            let what = match c {
                '#' => "invalid attribute name",
                '%' => "invalid SSA name",
                '^' => "invalid block name",
                _ => "invalid type identifier",
            };
            (tok.start, tok.start + 1, what.to_string())
        }
        LexError::IncompleteEllipsis(o) => (
            *o,
            *o,
            "expected three consecutive dots for an ellipsis".to_string(),
        ),
    }
}

impl<'a> Parser<'a> {
    pub fn new(
        ctx: &'a Context,
        ir: &'a mut Ir,
        file: &'a SourceFile<'a>,
        opts: &'a ParseOptions,
    ) -> Self {
        let src = file.text;
        let (toks, errs) = lexer::lex(src);
        let lex_errors = errs.into_iter().map(|(i, e)| (toks[i].start, e)).collect();
        let mut line_starts = vec![0u32];
        line_starts.extend(
            src.bytes()
                .enumerate()
                .filter(|&(_, b)| b == b'\n')
                .map(|(i, _)| i as u32 + 1),
        );
        let forward_ref_name = ctx.op_name(FORWARD_REF_OP);
        let mut p = Parser {
            ctx,
            ir,
            src,
            file,
            opts,
            toks: TokenBuffer::new(toks),
            lex_errors,
            pos: 0,
            diags: Vec::new(),
            depth: 0,
            line_starts,
            attr_aliases: HashMap::new(),
            type_aliases: HashMap::new(),
            alias_defs_ahead: HashMap::new(),
            resolved_ahead: HashMap::new(),
            resolving: HashSet::new(),
            isolated: Vec::new(),
            block_scopes: Vec::new(),
            default_dialects: vec!["builtin"],
            op_frames: Vec::new(),
            poisoned: HashSet::new(),
            forward_ref_name,
            lex_errors_reported: HashSet::new(),
            custom_ops: Vec::new(),
        };
        p.scan_alias_definitions();
        p
    }

    // ----- tokens -----

    pub(crate) fn tok(&self) -> Tok {
        self.toks[self.pos.min(self.toks.len() - 1)]
    }
    pub(crate) fn kind(&self) -> TokKind {
        self.tok().kind
    }
    pub(crate) fn peek_kind(&self, n: usize) -> TokKind {
        self.toks.get(self.pos + n).map_or(TokKind::Eof, |t| t.kind)
    }
    /// The token starting at `offset` (or the next one).
    pub(crate) fn peek_tok_at(&self, offset: u32) -> Tok {
        let i = self.index_at(offset).min(self.toks.len() - 1);
        let t = self.toks[i];
        if t.start == offset {
            t
        } else {
            Tok {
                kind: TokKind::Error,
                start: offset,
                end: offset,
            }
        }
    }
    pub(crate) fn tok_text(&self, t: Tok) -> &'a str {
        self.src.get(t.start as usize..t.end as usize).unwrap_or("")
    }
    pub(crate) fn text(&self) -> &'a str {
        self.tok_text(self.tok())
    }
    pub(crate) fn bump(&mut self) {
        if self.kind() != TokKind::Eof {
            self.pos += 1;
        }
    }
    pub(crate) fn eat(&mut self, k: TokKind) -> bool {
        if self.kind() == k {
            self.bump();
            true
        } else {
            false
        }
    }
    pub(crate) fn is_keyword(&self, kw: &str) -> bool {
        self.kind() == TokKind::BareIdent && self.text() == kw
    }
    pub(crate) fn eat_keyword(&mut self, kw: &str) -> bool {
        if self.is_keyword(kw) {
            self.bump();
            true
        } else {
            false
        }
    }
    /// Consumes a `k` token, or reports `msg` as a wrong-token error (MLIR's `parseToken`).
    pub(crate) fn expect(&mut self, k: TokKind, msg: &str) -> PResult<()> {
        if self.eat(k) {
            Ok(())
        } else {
            Err(self.error_wrong_token(msg))
        }
    }
    /// End offset of the previous token.
    pub(crate) fn prev_end(&self) -> u32 {
        if self.pos == 0 {
            0
        } else {
            self.toks[(self.pos - 1).min(self.toks.len() - 1)].end
        }
    }
    pub(crate) fn toks_index_at(&self, offset: u32) -> usize {
        // The token containing `offset`, or the first one after it.
        let i = self.index_at(offset);
        if i > 0 && self.toks[i - 1].end > offset {
            i - 1
        } else {
            i
        }
    }
    pub(crate) fn set_pos(&mut self, i: usize) {
        self.pos = i.min(self.toks.len() - 1);
    }
    /// Token index of the first token starting at or after `offset`.
    fn index_at(&self, offset: u32) -> usize {
        self.toks.partition_point(|t| t.start < offset)
    }

    /// Replaces the current token by the tokens lexed from `at` (inside it), as MLIR's
    /// `resetPointer` does for `xf32` and `0x1xf32` in dimension lists.
    pub(crate) fn relex_current_from(&mut self, at: u32) {
        let mut new_toks = Vec::new();
        let mut sync = self.toks.len();
        let toks = &self.toks;
        let cur = self.pos;
        let mut new_errs = Vec::new();
        // New tokens come in source order: walk the old ones alongside to find where the
        // two streams agree again.
        let mut j = cur;
        lexer::lex_from(self.src, at as usize, &mut |t, e| {
            while j < toks.len() && toks[j].start < t.start {
                j += 1;
            }
            if j > cur && j < toks.len() && toks[j].start == t.start {
                sync = j;
                return false;
            }
            if let Some(e) = e {
                new_errs.push((t.start, e));
            }
            new_toks.push(t);
            true
        });
        // When it reached the end, `sync` is the length and the new tokens include their
        // own Eof.
        self.toks.replace(cur, sync, new_toks);
        self.lex_errors.extend(new_errs);
    }

    // ----- positions and diagnostics -----

    pub(crate) fn line_col(&self, offset: u32) -> (u32, u32) {
        let line = self.line_starts.partition_point(|&s| s <= offset).max(1);
        let col = offset - self.line_starts[line - 1] + 1;
        (line as u32, col)
    }
    pub(crate) fn file_loc(&self, offset: u32) -> Attribute {
        let (line, col) = self.line_col(offset);
        self.ctx.file_loc(self.file.name, line, col)
    }
    pub(crate) fn span(&self, start: u32, end: u32) -> DiagLoc {
        DiagLoc::Span {
            file: self.file.id,
            start,
            end,
        }
    }
    /// Records an error at `start..end`. As in MLIR, where the lexer reports its errors and
    /// the parser's own diagnostics at an error token are abandoned, an error while the
    /// current token is a lexing error reports that lexing error instead.
    pub(crate) fn error_span(&mut self, start: u32, end: u32, msg: &str) -> ParseFailed {
        if let Some(failed) = self.report_lex_error() {
            return failed;
        }
        let loc = self.span(start, end);
        self.diags.push(Diagnostic::error(loc, msg));
        ParseFailed
    }
    /// Reports the lexing error of the current token (once), if it is one.
    fn report_lex_error(&mut self) -> Option<ParseFailed> {
        self.report_lex_error_of(self.tok())
    }
    /// Reports the first lexing error among the tokens that start in `start..=end` (once),
    /// if there is one: text parsed on its own (an affine map) meets them as MLIR's parser
    /// would, before anything after them.
    pub(crate) fn report_lex_error_between(&mut self, start: u32, end: u32) -> Option<ParseFailed> {
        let i = self.toks_index_at(start);
        let tok = (i..self.toks.len())
            .map(|j| self.toks[j])
            .take_while(|t| t.start <= end)
            .find(|t| t.kind == TokKind::Error)?;
        self.report_lex_error_of(tok)
    }
    fn report_lex_error_of(&mut self, tok: Tok) -> Option<ParseFailed> {
        if tok.kind != TokKind::Error {
            return None;
        }
        let err = self.lex_errors.get(&tok.start)?;
        let (s, e, m) = lex_error_message(err, tok, self.src);
        if self.lex_errors_reported.insert(tok.start) {
            let loc = self.span(s, e);
            self.diags.push(Diagnostic::error(loc, m));
        }
        Some(ParseFailed)
    }
    /// An error about the current token (MLIR's `Parser::emitError()`): at the token, or
    /// on the last character of the input at its end. A lexing error there is reported
    /// instead.
    pub(crate) fn error_here(&mut self, msg: &str) -> ParseFailed {
        let tok = self.tok();
        if tok.kind == TokKind::Eof {
            let at = tok.start.saturating_sub(1);
            return self.error_span(at, at, msg);
        }
        let msg = self.with_found(msg);
        self.error_span(tok.start, tok.end, &msg)
    }
    /// An error about a missing or unexpected token (MLIR's `emitWrongTokenError`): reported
    /// where the expected token belongs, just after the source text that precedes the
    /// current token (see [`Parser::wrong_token_offset`]). A lexing error at the current
    /// token is reported instead.
    pub(crate) fn error_wrong_token(&mut self, msg: &str) -> ParseFailed {
        let tok = self.tok();
        let at = self.wrong_token_offset(tok.start, tok.kind == TokKind::Eof);
        let msg = self.with_found(msg);
        self.error_span(at, at, &msg)
    }
    /// `msg`, followed by `, found '<token>'` when it says what was expected and the
    /// current token is short enough to quote.
    fn with_found(&self, msg: &str) -> String {
        let tok = self.tok();
        let found = self.text();
        let says_found = msg.contains(", found")
            || msg.contains(" but ")
            || msg.contains("valid")
            || msg.contains("static shape");
        if tok.kind != TokKind::Eof
            && msg.starts_with("expected")
            && !says_found
            && !found.is_empty()
            && found.len() <= 40
        {
            format!("{msg}, found '{found}'")
        } else {
            msg.to_string()
        }
    }
    /// Where MLIR's `Parser::emitWrongTokenError` reports an error about the token at
    /// `offset` (the end of input when `at_eof`, which counts as its last character): at the
    /// end of the source text before it, after skipping spaces and tabs; when only a line
    /// break precedes, the error goes to the end of the previous non-blank line, with a
    /// `//` comment cut off that line. With nothing before it, the token itself.
    pub(crate) fn wrong_token_offset(&self, offset: u32, at_eof: bool) -> u32 {
        let bytes = self.src.as_bytes();
        let mut loc = (offset as usize).min(bytes.len());
        if at_eof {
            loc = loc.saturating_sub(1);
        }
        let mut end = loc;
        loop {
            while end > 0 && matches!(bytes[end - 1], b' ' | b'\t') {
                end -= 1;
            }
            if end == 0 {
                return loc as u32;
            }
            if !matches!(bytes[end - 1], b'\n' | b'\r') {
                return end as u32;
            }
            end -= 1;
            // The previous line, from the line break that starts it.
            let line_start = bytes[..end]
                .iter()
                .rposition(|&b| b == b'\n' || b == b'\r')
                .unwrap_or(0);
            if let Some(c) = bytes[line_start..end].windows(2).position(|w| w == b"//") {
                end = line_start + c;
            }
        }
    }
    fn error_with_note(
        &mut self,
        start: u32,
        end: u32,
        msg: &str,
        note_at: u32,
        note: &str,
    ) -> ParseFailed {
        let note_end = self.toks.get(self.index_at(note_at)).map_or(note_at, |t| {
            if t.start == note_at {
                t.end
            } else {
                note_at
            }
        });
        let d = Diagnostic::error(self.span(start, end), msg)
            .with_note(self.span(note_at, note_end), note);
        self.diags.push(d);
        ParseFailed
    }
    /// Are types, attributes and ops of unregistered dialects accepted?
    pub(crate) fn allow_unregistered(&self) -> bool {
        self.opts.allow_unregistered
    }
    pub(crate) fn type_str(&self, ty: Type) -> String {
        ir::print::print_type(self.ctx, ty)
    }

    /// Runs `f` one nesting level deeper; refuses to go past [`MAX_DEPTH`].
    pub(crate) fn nested<T>(&mut self, f: impl FnOnce(&mut Self) -> PResult<T>) -> PResult<T> {
        if self.depth >= MAX_DEPTH {
            return Err(
                self.error_here(&format!("nesting too deep (more than {MAX_DEPTH} levels)"))
            );
        }
        self.depth += 1;
        // Recursive descent on deep input: grow the stack on demand (as rustc does) rather
        // than asking every caller for a big one.
        let r = stacker::maybe_grow(STACK_RED_ZONE, STACK_GROWTH, || f(self));
        self.depth -= 1;
        r
    }

    // ----- aliases -----

    /// Records where each top-level `#name =` is, so that a location alias can be used
    /// before its definition (MLIR prints them at the end of the file).
    fn scan_alias_definitions(&mut self) {
        for i in 0..self.toks.len().saturating_sub(1) {
            let t = self.toks[i];
            if t.kind == TokKind::HashIdent
                && self.toks[i + 1].kind == TokKind::Equal
                && self.line_col(t.start).1 == 1
            {
                let name = &self.tok_text(t)[1..];
                self.alias_defs_ahead
                    .entry(name.to_string())
                    .or_insert(t.start);
            }
        }
    }

    /// `#name = attr` or `!name = type` at the top level.
    fn parse_alias_definition(&mut self) -> PResult<()> {
        let tok = self.tok();
        let is_attr = tok.kind == TokKind::HashIdent;
        let name = self.text()[1..].to_string();
        if is_attr {
            if let Some(&end) = self.resolved_ahead.get(&name) {
                if self.alias_defs_ahead.get(&name) == Some(&tok.start) {
                    // Already parsed when it was used ahead of its definition.
                    let next = self.index_at(end).max(self.pos + 1);
                    self.set_pos(next);
                    return Ok(());
                }
            }
        }
        // MLIR's order: redefinition, reserved name, then the `=`. A `<` right after the
        // name (captured into our token) is where the `=` was expected.
        let what = if is_attr { "attribute" } else { "type" };
        let (name, body_at) = match name.find('<') {
            Some(i) => (name[..i].to_string(), Some(tok.start + 1 + i as u32)),
            None => (name, None),
        };
        let defined = if is_attr {
            self.attr_aliases.contains_key(&name)
        } else {
            self.type_aliases.contains_key(&name)
        };
        if defined {
            return Err(self.error_span(
                tok.start,
                tok.end,
                &format!("redefinition of {what} alias id '{name}'"),
            ));
        }
        if name.contains('.') {
            return Err(self.error_span(
                tok.start,
                tok.end,
                &format!("{what} names with a '.' are reserved for dialect-defined names"),
            ));
        }
        let expected_equal = format!("expected '=' in {what} alias definition");
        if let Some(lt) = body_at {
            let at = self.wrong_token_offset(lt, false);
            return Err(self.error_span(at, at, &expected_equal));
        }
        self.bump();
        self.expect(TokKind::Equal, &expected_equal)?;
        if is_attr {
            let attr = self.parse_attribute_impl()?;
            self.attr_aliases.insert(name, attr);
        } else {
            let ty = self.parse_type_impl()?;
            self.type_aliases.insert(name, ty);
        }
        Ok(())
    }

    /// Resolves `#name` used as a location, parsing its definition ahead if needed.
    fn location_alias(&mut self, name: &str, tok: Tok) -> PResult<Attribute> {
        let attr = match self.attr_aliases.get(name) {
            Some(&a) => a,
            None => {
                let Some(&def_at) = self.alias_defs_ahead.get(name) else {
                    return Err(self.error_span(
                        tok.start,
                        tok.end,
                        "operation location alias was never defined",
                    ));
                };
                if !self.resolving.insert(name.to_string()) {
                    return Err(self.error_span(
                        tok.start,
                        tok.end,
                        &format!("location alias '#{name}' refers to itself"),
                    ));
                }
                let saved = self.pos;
                self.pos = self.index_at(def_at) + 2;
                let r = self.parse_attribute_impl();
                let end = self.prev_end();
                self.pos = saved;
                self.resolving.remove(name);
                let attr = r?;
                self.attr_aliases.insert(name.to_string(), attr);
                self.resolved_ahead.insert(name.to_string(), end);
                attr
            }
        };
        if !matches!(self.ctx.attr_kind(attr), AttrKind::Location(_)) {
            let printed = ir::print::print_attr(self.ctx, attr);
            return Err(self.error_span(
                tok.start,
                tok.end,
                &format!("expected location, but found '{printed}'"),
            ));
        }
        Ok(attr)
    }

    // ----- locations -----

    /// `loc(...)` if present.
    pub(crate) fn parse_optional_trailing_location(&mut self) -> PResult<Option<Attribute>> {
        if !self.is_keyword("loc") {
            return Ok(None);
        }
        self.parse_location(false).map(Some)
    }

    /// `loc(instance)`: a trailing location, or an `inline` one (a location attribute),
    /// whose messages say so as MLIR's do.
    pub(crate) fn parse_location(&mut self, inline: bool) -> PResult<Attribute> {
        if !self.eat_keyword("loc") {
            return Err(self.error_here("expected 'loc' keyword"));
        }
        let what = if inline {
            "inline location"
        } else {
            "location"
        };
        self.expect(TokKind::LParen, &format!("expected '(' in {what}"))?;
        let loc = self.parse_location_instance()?;
        self.expect(TokKind::RParen, &format!("expected ')' in {what}"))?;
        Ok(loc)
    }

    fn loc_attr(&self, kind: LocationKind) -> Attribute {
        self.ctx.intern_attr(AttrKind::Location(kind))
    }

    fn parse_u32(&mut self, what: &str) -> PResult<u32> {
        if self.kind() != TokKind::Integer {
            return Err(self.error_wrong_token(&format!(
                "expected integer {what} number in FileLineColRange"
            )));
        }
        match self.text().parse::<u32>() {
            Ok(v) => {
                self.bump();
                Ok(v)
            }
            Err(_) => Err(self.error_here(&format!("expected {what} number to fit in 32 bits"))),
        }
    }

    pub(crate) fn parse_location_instance(&mut self) -> PResult<Attribute> {
        self.nested(|p| p.parse_location_instance_inner())
    }

    fn parse_location_instance_inner(&mut self) -> PResult<Attribute> {
        let tok = self.tok();
        match tok.kind {
            TokKind::HashIdent => {
                let name = &self.text()[1..];
                if name.contains('<') || name.contains('.') {
                    // A dialect attribute, which must be a location.
                    let attr = self.parse_attribute_impl()?;
                    if matches!(self.ctx.attr_kind(attr), AttrKind::Location(_)) {
                        return Ok(attr);
                    }
                    let printed = ir::print::print_attr(self.ctx, attr);
                    return Err(
                        self.error_here(&format!("expected location attribute, but got{printed}"))
                    );
                }
                let attr = self.location_alias(name, tok)?;
                self.bump();
                Ok(attr)
            }
            TokKind::String => {
                let name = self.string_value_lossy(tok);
                self.bump();
                if self.eat(TokKind::Colon) {
                    let line = self.parse_u32("line")?;
                    if !self.eat(TokKind::Colon) {
                        return Ok(self.loc_attr(LocationKind::FileLineCol {
                            file: self.ctx.ident(&name),
                            line,
                            col: 0,
                            end: None,
                        }));
                    }
                    let col = self.parse_u32("column")?;
                    let mut end = None;
                    if self.eat_keyword("to") {
                        let mut end_line = line;
                        if self.kind() == TokKind::Integer {
                            end_line = self.parse_u32("line")?;
                            if self.kind() != TokKind::Colon {
                                end = Some((end_line, col));
                            }
                        }
                        if end.is_none() {
                            self.expect(TokKind::Colon, "expected ':' in FileLineColRange")?;
                            let end_col = self.parse_u32("column")?;
                            end = Some((end_line, end_col));
                        }
                    }
                    return Ok(self.loc_attr(LocationKind::FileLineCol {
                        file: self.ctx.ident(&name),
                        line,
                        col,
                        end,
                    }));
                }
                let child = if self.eat(TokKind::LParen) {
                    let c = self.parse_location_instance()?;
                    self.expect(
                        TokKind::RParen,
                        "expected ')' after child location of NameLoc",
                    )?;
                    Some(c)
                } else {
                    None
                };
                Ok(self.loc_attr(LocationKind::Name {
                    name: name.into(),
                    child,
                }))
            }
            TokKind::BareIdent => match self.text() {
                "unknown" => {
                    self.bump();
                    Ok(self.ctx.unknown_loc())
                }
                "callsite" => {
                    self.bump();
                    self.expect(TokKind::LParen, "expected '(' in callsite location")?;
                    let callee = self.parse_location_instance()?;
                    if !self.eat_keyword("at") {
                        return Err(self.error_wrong_token("expected 'at' in callsite location"));
                    }
                    let caller = self.parse_location_instance()?;
                    self.expect(TokKind::RParen, "expected ')' in callsite location")?;
                    Ok(self.loc_attr(LocationKind::CallSite { callee, caller }))
                }
                "fused" => {
                    self.bump();
                    let metadata = if self.eat(TokKind::Less) {
                        let m = self.parse_attribute_impl()?;
                        self.expect(
                            TokKind::Greater,
                            "expected '>' after fused location metadata",
                        )?;
                        Some(m)
                    } else {
                        None
                    };
                    self.expect(TokKind::LSquare, "expected '[' in fused location")?;
                    let mut locs = Vec::new();
                    if !self.eat(TokKind::RSquare) {
                        loop {
                            locs.push(self.parse_location_instance()?);
                            if !self.eat(TokKind::Comma) {
                                break;
                            }
                        }
                        self.expect(TokKind::RSquare, "expected ']' in fused location")?;
                    }
                    Ok(self.loc_attr(LocationKind::Fused {
                        metadata,
                        locs: locs.into(),
                    }))
                }
                _ => Err(self.error_wrong_token("expected location instance")),
            },
            _ => Err(self.error_wrong_token("expected location instance")),
        }
    }

    /// The bytes of a string token, decoded.
    pub(crate) fn string_value(&self, tok: Tok) -> Vec<u8> {
        let text = self.tok_text(tok);
        let body = text
            .strip_prefix('"')
            .and_then(|t| t.strip_suffix('"'))
            .unwrap_or("");
        lexer::unescape(body.as_bytes())
    }
    pub(crate) fn string_value_lossy(&self, tok: Tok) -> String {
        String::from_utf8_lossy(&self.string_value(tok)).into_owned()
    }

    // ----- SSA names -----

    fn push_region_scope(&mut self, isolated: bool, owner: u32) {
        if isolated || self.isolated.is_empty() {
            self.isolated.push(IsolatedScope {
                owner: Some(owner),
                ..Default::default()
            });
        }
        if let Some(scope) = self.isolated.last_mut() {
            scope.regions.push(Vec::new());
        }
    }

    /// Closes a region's name scope; reports forward references left when an isolated
    /// scope (or the top level) closes.
    fn pop_region_scope(&mut self, report: bool) -> PResult<()> {
        let Some(scope) = self.isolated.last_mut() else {
            return Ok(());
        };
        if let Some(names) = scope.regions.pop() {
            for n in names {
                scope.defs.remove(&n);
            }
        }
        if !scope.regions.is_empty() {
            return Ok(());
        }
        let Some(scope) = self.isolated.pop() else {
            return Ok(());
        };
        if !report {
            return Ok(());
        }
        let mut leftovers: Vec<_> = scope.forward.into_iter().collect();
        leftovers.sort_by_key(|(_, f)| f.offset);
        let mut failed = false;
        for ((name, _), f) in leftovers {
            if self.poisoned.contains(&name) {
                continue;
            }
            failed = true;
            let end = f.offset + 1 + name.len() as u32;
            let outer = self.isolated.iter().any(|s| s.defs.contains_key(&name));
            let mut d =
                Diagnostic::error(self.span(f.offset, end), "use of undeclared SSA value name");
            if let (true, Some(owner)) = (outer, scope.owner) {
                d = d.with_note(
                    self.span(owner, owner),
                    format!("'%{name}' is defined outside of this op, whose regions are isolated from above"),
                );
            }
            self.diags.push(d);
        }
        if failed {
            Err(ParseFailed)
        } else {
            Ok(())
        }
    }

    /// A use of `v` (defined, or used before, at `prior`) must have `v`'s type.
    fn check_use_type(
        &mut self,
        u: &UnresolvedOperand,
        ty: Type,
        v: ValueId,
        prior: u32,
    ) -> PResult<()> {
        let vty = self.ir.value_type(v);
        if vty == ty {
            return Ok(());
        }
        let end = u.offset + 1 + u.name.len() as u32;
        let msg = format!(
            "use of value '%{}' expects different type than prior uses: '{}' vs '{}'",
            u.name,
            self.type_str(ty),
            self.type_str(vty)
        );
        Err(self.error_with_note(u.offset, end, &msg, prior, "prior use here"))
    }

    /// Resolves a use of `%name#number` expected to have type `ty`.
    pub(crate) fn resolve_ssa_use(&mut self, u: &UnresolvedOperand, ty: Type) -> PResult<ValueId> {
        let end = u.offset + 1 + u.name.len() as u32;
        let Some(scope) = self.isolated.last() else {
            return Err(self.error_span(u.offset, end, "use of undeclared SSA value name"));
        };
        if let Some(def) = scope.defs.get(&*u.name) {
            let Some(&v) = def.values.get(u.number as usize) else {
                return Err(self.error_span(u.offset, end, "reference to invalid result number"));
            };
            let prior = def.offset;
            return self.check_use_type(u, ty, v, prior).map(|()| v);
        }
        let key = (u.name.to_string(), u.number);
        if let Some(f) = scope.forward.get(&key) {
            let (v, prior) = (f.value, f.offset);
            return self.check_use_type(u, ty, v, prior).map(|()| v);
        }
        let mut state = OperationState::new(self.forward_ref_name, self.ctx.unknown_loc());
        state.result_types.push(ty);
        let op = self.ir.create_op(self.ctx, state);
        let value = self.ir.result(op, 0);
        if let Some(scope) = self.isolated.last_mut() {
            scope.forward.insert(
                key,
                ForwardRef {
                    value,
                    op,
                    offset: u.offset,
                },
            );
        }
        Ok(value)
    }

    /// Defines `%name` as the group `values`; `offset` is the `%` of the definition.
    pub(crate) fn define_ssa(
        &mut self,
        name: &str,
        values: Vec<ValueId>,
        offset: u32,
        entry_arg: bool,
    ) -> PResult<()> {
        let end = offset + 1 + name.len() as u32;
        let Some(scope) = self.isolated.last_mut() else {
            return Ok(());
        };
        if let Some(prev) = scope.defs.get(name) {
            let prev = prev.offset;
            return Err(if entry_arg {
                self.error_with_note(
                    offset,
                    end,
                    &format!("region entry argument '%{name}' is already in use"),
                    prev,
                    "previously referenced here",
                )
            } else {
                self.error_with_note(
                    offset,
                    end,
                    &format!("redefinition of SSA value '%{name}'"),
                    prev,
                    "previously defined here",
                )
            });
        }
        // Resolve forward references to this group.
        let mut resolved = Vec::new();
        for (i, &v) in values.iter().enumerate() {
            if let Some(f) = scope.forward.remove(&(name.to_string(), i as u32)) {
                resolved.push((i, v, f));
            }
        }
        scope.defs.insert(
            name.to_string(),
            SsaDef {
                values: values.clone(),
                offset,
            },
        );
        if let Some(r) = scope.regions.last_mut() {
            r.push(name.to_string());
        }
        let mut result = Ok(());
        for (i, v, f) in resolved {
            let (fty, vty) = (self.ir.value_type(f.value), self.ir.value_type(v));
            if fty != vty {
                let msg = format!(
                    "definition of SSA value '%{name}#{i}' has type '{}'",
                    self.type_str(vty)
                );
                let note = format!("previously used here with type '{}'", self.type_str(fty));
                result = Err(self.error_with_note(offset, end, &msg, f.offset, &note));
                continue;
            }
            self.ir.replace_all_uses(f.value, v);
            self.ir.erase_op(f.op);
        }
        result
    }

    /// `%name` or `%name#N` at the current token.
    pub(crate) fn parse_optional_ssa_use(&mut self) -> PResult<Option<UnresolvedOperand>> {
        if self.kind() != TokKind::PercentIdent {
            return Ok(None);
        }
        let tok = self.tok();
        let name: Box<str> = self.text()[1..].into();
        self.bump();
        let mut number = 0;
        if self.kind() == TokKind::HashIdent && self.tok().start == tok.end {
            let digits = &self.text()[1..];
            number = match digits.parse::<u32>() {
                Ok(n) if digits.bytes().all(|b| b.is_ascii_digit()) => n,
                _ => return Err(self.error_here("invalid SSA value result number")),
            };
            self.bump();
        }
        Ok(Some(UnresolvedOperand {
            name,
            number,
            offset: tok.start,
        }))
    }

    /// `%name` or `%name#N` (MLIR's `parseSSAUse`).
    pub(crate) fn parse_ssa_use(&mut self) -> PResult<UnresolvedOperand> {
        match self.parse_optional_ssa_use()? {
            Some(u) => Ok(u),
            None => Err(self.error_wrong_token("expected SSA operand")),
        }
    }

    // ----- blocks -----

    fn push_block_scope(&mut self, region: RegionId) {
        self.block_scopes.push(BlockScope {
            region,
            blocks: HashMap::new(),
        });
    }

    fn pop_block_scope(&mut self, report: bool) -> PResult<()> {
        let Some(scope) = self.block_scopes.pop() else {
            return Ok(());
        };
        if !report {
            return Ok(());
        }
        let mut undefined: Vec<_> = scope
            .blocks
            .values()
            .filter(|b| !b.defined)
            .map(|b| (b.offset, b.end))
            .collect();
        undefined.sort();
        // As MLIR: one error per block, in source order (reported when the region ends,
        // at its `}`, hence never replaced by a lexing error after it).
        for &(s, e) in &undefined {
            let loc = self.span(s, e);
            self.diags
                .push(Diagnostic::error(loc, "reference to an undefined block"));
        }
        if undefined.is_empty() {
            Ok(())
        } else {
            Err(ParseFailed)
        }
    }

    /// A reference to `^name` as a successor (may be forward).
    pub(crate) fn parse_successor_ref(&mut self) -> PResult<BlockId> {
        if self.kind() != TokKind::CaretIdent {
            return Err(self.error_wrong_token("expected block name"));
        }
        let tok = self.tok();
        let name = self.text()[1..].to_string();
        self.bump();
        if self.block_scopes.is_empty() {
            return Err(self.error_span(
                tok.start,
                tok.end,
                "successors are only allowed inside a region",
            ));
        }
        let block = match self.block_scopes.last().and_then(|s| s.blocks.get(&name)) {
            Some(b) => b.block,
            None => {
                let block = self.ir.create_block(&[]);
                if let Some(s) = self.block_scopes.last_mut() {
                    s.blocks.insert(
                        name,
                        BlockRef {
                            block,
                            defined: false,
                            offset: tok.start,
                            end: tok.end,
                        },
                    );
                }
                block
            }
        };
        Ok(block)
    }

    // ----- top level -----

    /// Parses the whole file into a block of top-level ops. Returns the ops.
    pub fn parse_top_level(&mut self) -> Option<Vec<OpId>> {
        let top = self.ir.create_block(&[]);
        let top_region = self.ir.create_region();
        self.push_region_scope(true, 0);
        self.push_block_scope(top_region);
        let mut ok = true;
        let mut last_pos = usize::MAX;
        loop {
            if self.pos == last_pos {
                // Defensive: every iteration must consume something.
                self.bump();
            }
            last_pos = self.pos;
            match self.kind() {
                TokKind::Eof => break,
                // As MLIR: at the top level, `#` and `!` start alias definitions.
                TokKind::HashIdent | TokKind::BangIdent => {
                    let start = self.pos;
                    if self.parse_alias_definition().is_err() {
                        ok = false;
                        self.recover_top_level(start);
                    }
                }
                TokKind::FileMetadataBegin => {
                    let start = self.tok().start;
                    while !matches!(self.kind(), TokKind::FileMetadataEnd | TokKind::Eof) {
                        self.bump();
                    }
                    let end = self.tok().end;
                    self.bump();
                    self.error_span(
                        start,
                        end,
                        "file metadata blocks ('{-# ... #-}') are not supported",
                    );
                    ok = false;
                }
                _ => {
                    let depth = (
                        self.isolated.len(),
                        self.block_scopes.len(),
                        self.default_dialects.len(),
                        self.op_frames.len(),
                    );
                    let first_region_len = self.isolated.first().map_or(0, |s| s.regions.len());
                    let op_start = self.pos;
                    if self.parse_operation(top).is_err() {
                        ok = false;
                        // Unwind scopes left open by the failure, without further reports.
                        while self.isolated.len() > depth.0 {
                            self.isolated.pop();
                        }
                        if let Some(s) = self.isolated.first_mut() {
                            s.regions.truncate(first_region_len.max(1));
                        }
                        self.block_scopes.truncate(depth.1.max(1));
                        self.default_dialects.truncate(depth.2);
                        self.op_frames.truncate(depth.3);
                        self.poison_results_from(op_start);
                        self.recover_top_level(op_start);
                    }
                }
            }
        }
        if self.pop_block_scope(true).is_err() || self.pop_region_scope(true).is_err() {
            ok = false;
        }
        if !ok || !self.diags.is_empty() {
            return None;
        }
        let ops: Vec<OpId> = self.ir.block_ops(top).collect();
        for &op in &ops {
            self.ir.detach_op(op);
        }
        Some(ops)
    }

    /// After a failed op, marks the result names it was about to define.
    fn poison_results_from(&mut self, start: usize) {
        let mut i = start;
        while let Some(t) = self.toks.get(i) {
            match t.kind {
                TokKind::PercentIdent => {
                    let name = self.tok_text(*t)[1..].to_string();
                    self.poisoned.insert(name);
                }
                TokKind::Colon | TokKind::Comma | TokKind::Integer => {}
                _ => break,
            }
            i += 1;
        }
    }

    /// Skips to the next top-level entity after an error in the one that started at token
    /// `start`: the next token that begins a line, can begin an op or alias, and is outside
    /// every bracket opened since `start`.
    fn recover_top_level(&mut self, start: usize) {
        if self.pos <= start {
            self.set_pos(start);
            self.bump();
        }
        let bracket = |k: TokKind| match k {
            TokKind::LParen | TokKind::LSquare | TokKind::LBrace => 1,
            TokKind::RParen | TokKind::RSquare | TokKind::RBrace => -1,
            _ => 0,
        };
        let mut depth: i64 = self
            .toks
            .range(start.min(self.pos)..self.pos)
            .map(|t| bracket(t.kind))
            .sum();
        loop {
            let t = self.tok();
            if t.kind == TokKind::Eof {
                return;
            }
            let first_on_line = self.pos == 0
                || self.line_col(self.toks[self.pos - 1].end).0 < self.line_col(t.start).0;
            let can_start = matches!(
                t.kind,
                TokKind::PercentIdent
                    | TokKind::String
                    | TokKind::BareIdent
                    | TokKind::HashIdent
                    | TokKind::BangIdent
            );
            if depth <= 0 && first_on_line && can_start {
                return;
            }
            depth += bracket(t.kind);
            self.bump();
        }
    }

    // ----- operations -----

    /// One operation, appended to `block`.
    pub(crate) fn parse_operation(&mut self, block: BlockId) -> PResult<()> {
        let op_start = self.tok().start;
        // Result list.
        let mut results: Vec<(String, u64, u32)> = Vec::new();
        if self.kind() == TokKind::PercentIdent {
            loop {
                if self.kind() != TokKind::PercentIdent {
                    return Err(self.error_wrong_token("expected valid ssa identifier"));
                }
                let tok = self.tok();
                let name = self.text()[1..].to_string();
                self.bump();
                let mut count = 1u64;
                if self.eat(TokKind::Colon) {
                    if self.kind() != TokKind::Integer {
                        return Err(self.error_wrong_token("expected integer number of results"));
                    }
                    count = match parse_u64(self.text()) {
                        Some(n) if n >= 1 => n,
                        _ => {
                            return Err(self
                                .error_here("expected named operation to have at least 1 result"))
                        }
                    };
                    self.bump();
                }
                results.push((name, count, tok.start));
                if !self.eat(TokKind::Comma) {
                    break;
                }
            }
            self.expect(TokKind::Equal, "expected '=' after SSA name")?;
        }
        let name_tok = self.tok();
        let op = match name_tok.kind {
            TokKind::String => self.parse_generic_operation()?,
            // (An integer type like `i32` is a token of its own in MLIR, not a name.)
            TokKind::BareIdent if parse_int_type_keyword(self.text()).is_none() => {
                self.parse_custom_operation()?
            }
            _ => return Err(self.error_wrong_token("expected operation name in quotes")),
        };
        // Bind the result names.
        let expected: u64 = results.iter().fold(0u64, |n, r| n.saturating_add(r.1));
        let num = self.ir.num_results(op);
        if !results.is_empty() && expected != num as u64 {
            self.ir.append_op(block, op);
            let msg = if num == 0 {
                "cannot name an operation with no results".to_string()
            } else {
                format!("operation defines {num} results but was provided {expected} to bind")
            };
            return Err(self.error_span(op_start, op_start + 1 + results[0].0.len() as u32, &msg));
        }
        self.ir.append_op(block, op);
        let mut next = 0usize;
        let mut res = Ok(());
        for (name, count, offset) in results {
            let values: Vec<ValueId> = (next..next + count as usize)
                .map(|i| self.ir.result(op, i))
                .collect();
            next += count as usize;
            if let Err(e) = self.define_ssa(&name, values, offset, false) {
                res = Err(e);
            }
        }
        res
    }

    /// Checks the name of a generic op against the registry.
    fn check_generic_op_name(
        &mut self,
        name: &str,
        name_tok: Tok,
    ) -> PResult<Option<&'static ir::dialect::OpDef>> {
        if let Some(reg) = self.ctx.registry().registered(name) {
            return Ok(Some(reg.def));
        }
        let dialect = name.split_once('.').map_or("", |(d, _)| d);
        if name.starts_with("builtin.") {
            return Ok(None);
        }
        // Our registered dialects declare a subset of MLIR's ops: with unregistered
        // dialects allowed, an unknown op of a registered dialect is kept as an unregistered
        // op. (Ideally `ir::dialect::Dialect` would say whether it allows unknown ops.)
        if !dialect.is_empty()
            && self.ctx.registry().is_dialect_registered(dialect)
            && !self.opts.allow_unregistered
        {
            return Err(self.error_span(
                name_tok.start,
                name_tok.end,
                &format!("unregistered operation '{name}' found in dialect ('{dialect}') that does not allow unknown operations"),
            ));
        }
        if !self.opts.allow_unregistered {
            let after = self.tok();
            return Err(self.error_span(
                after.start,
                after.end,
                "operation being parsed with an unregistered dialect. If this is intended, please use \
                 -allow-unregistered-dialect with the MLIR tool used",
            ));
        }
        Ok(None)
    }

    /// `"name"(operands)[successors] <{props}> (regions) {attrs} : type loc(...)`.
    fn parse_generic_operation(&mut self) -> PResult<OpId> {
        let name_tok = self.tok();
        let name = self.string_value_lossy(name_tok);
        if name.is_empty() {
            return Err(self.error_here("empty operation name is invalid"));
        }
        if name.contains('\0') {
            return Err(self.error_here("null character not allowed in operation name"));
        }
        self.bump();
        let def = self.check_generic_op_name(&name, name_tok)?;
        let mut state = OperationState::new(self.ctx.op_name(&name), self.file_loc(name_tok.start));

        // Operands.
        self.expect(TokKind::LParen, "expected '(' to start operand list")?;
        let mut operands = Vec::new();
        if self.kind() == TokKind::PercentIdent {
            loop {
                operands.push(self.parse_ssa_use()?);
                if !self.eat(TokKind::Comma) {
                    break;
                }
            }
        }
        self.expect(TokKind::RParen, "expected ')' to end operand list")?;

        // Successors.
        if self.kind() == TokKind::LSquare {
            if def.is_some_and(|d| !d.is_terminator()) {
                return Err(self.error_here("successors in non-terminator"));
            }
            self.bump();
            if self.kind() == TokKind::RSquare {
                return Err(self.error_wrong_token("expected list element"));
            }
            loop {
                let b = self.parse_successor_ref()?;
                state.successors.push(b);
                if !self.eat(TokKind::Comma) {
                    break;
                }
            }
            self.expect(TokKind::RSquare, "expected ',' or ']'")?;
        }

        // Properties.
        if self.kind() == TokKind::Less {
            self.bump();
            let start = self.tok().start;
            let props = self.parse_attribute_impl()?;
            let AttrKind::Dictionary(entries) = self.ctx.attr_kind(props) else {
                let end = self.prev_end();
                return Err(self.error_span(start, end, "expected a dictionary of properties"));
            };
            state.props = Some(entries.to_vec());
            self.expect(TokKind::Greater, "expected '>' to close properties")?;
        }

        // Regions.
        if self.kind() == TokKind::LParen {
            self.bump();
            // As MLIR's parser: regions see the enclosing names even when the op is
            // isolated from above; the verifier reports such uses.
            let _ = def;
            self.op_frames.push(OpFrame {
                isolated: false,
                offset: name_tok.start,
            });
            let r = (|| {
                loop {
                    let region = self.parse_region_impl(&[])?;
                    state.regions.push(region);
                    if !self.eat(TokKind::Comma) {
                        break;
                    }
                }
                Ok(())
            })();
            self.op_frames.pop();
            r?;
            self.expect(TokKind::RParen, "expected ')' to end region list")?;
        }

        // Attributes.
        if self.kind() == TokKind::LBrace {
            state.attrs = self.parse_attr_dict_entries()?;
        }

        // Type.
        self.expect(TokKind::Colon, "expected ':' followed by operation type")?;
        let type_start = self.tok().start;
        let ty = self.parse_type_impl()?;
        let Some((inputs, results)) = self.ctx.function_signature(ty) else {
            let end = self.prev_end();
            return Err(self.error_span(type_start, end, "expected function type"));
        };
        let (inputs, results) = (inputs.to_vec(), results.to_vec());
        if inputs.len() != operands.len() {
            let end = self.prev_end();
            // (mlir-opt writes a NUL byte in place of the plural's `s` for one operand.)
            let plural = if operands.len() == 1 { "" } else { "s" };
            return Err(self.error_span(
                type_start,
                end,
                &format!(
                    "expected {} operand type{plural} but had {}",
                    operands.len(),
                    inputs.len()
                ),
            ));
        }
        state.result_types = results;
        // As MLIR: operands are resolved before the trailing location is parsed.
        for (u, &t) in operands.iter().zip(&inputs) {
            let v = self.resolve_ssa_use(u, t)?;
            state.operands.push(v);
        }
        if let Some(loc) = self.parse_optional_trailing_location()? {
            state.loc = loc;
        }
        if let Some(def) = def {
            ir::dialect::normalize_properties(self.ctx, def, &mut state);
        }
        Ok(self.ir.create_op(self.ctx, state))
    }

    /// A bare op name: the op's custom form.
    fn parse_custom_operation(&mut self) -> PResult<OpId> {
        let name_tok = self.tok();
        let written = self.text();
        let default_dialect = self.default_dialects.last().copied().unwrap_or("");
        let registry = self.ctx.registry();
        // MLIR's `parseCustomOperationName`: the name as written, else (without a dialect
        // prefix) in the default dialect.
        let (dialect, full_name) = match written.split_once('.') {
            Some((d, rest)) if !rest.is_empty() => (d, written.to_string()),
            _ => (default_dialect, format!("{default_dialect}.{written}")),
        };
        let reg = registry
            .registered(written)
            .or_else(|| registry.registered(&full_name));
        let Some(reg) = reg else {
            let tried = if full_name != written {
                format!(" (tried '{full_name}' as well)")
            } else {
                String::new()
            };
            if !registry.is_dialect_registered(dialect) {
                let mut dialects: Vec<&str> = registry.dialects().map(|(n, _)| n).collect();
                dialects.sort_unstable();
                let note = format!(
                    "Available dialects: {} ; for more info on dialect registration see \
                     https://mlir.llvm.org/getting_started/Faq/\
                     #registered-loaded-dependent-whats-up-with-dialects-management",
                    dialects.join(", ")
                );
                let msg =
                    format!("Dialect `{dialect}' not found for custom op '{written}' {tried}");
                let loc = self.span(name_tok.start, name_tok.end);
                self.diags
                    .push(Diagnostic::error(loc, msg).with_note(loc, note));
                return Err(ParseFailed);
            }
            let msg = format!("custom op '{written}' is unknown{tried}");
            return Err(self.error_span(name_tok.start, name_tok.end, &msg));
        };
        self.bump();
        let def = reg.def;
        let mut state =
            OperationState::new(self.ctx.op_name(def.name), self.file_loc(name_tok.start));
        self.default_dialects
            .push(def.default_dialect().unwrap_or(""));
        // Custom forms do not isolate names either (MLIR's `parseRegion` without name
        // shadowing, as func.func uses it).
        self.op_frames.push(OpFrame {
            isolated: false,
            offset: name_tok.start,
        });
        self.custom_ops.push(def.name);
        let r = ir::asm_format::parse_custom_op(reg, self, &mut state);
        self.custom_ops.pop();
        self.op_frames.pop();
        self.default_dialects.pop();
        r?;
        if let Some(loc) = self.parse_optional_trailing_location()? {
            state.loc = loc;
        }
        ir::dialect::normalize_properties(self.ctx, reg.def, &mut state);
        Ok(self.ir.create_op(self.ctx, state))
    }

    // ----- regions -----

    /// `{ blocks }`; `entry_args` become the entry block's arguments.
    pub(crate) fn parse_region_impl(&mut self, entry_args: &[Argument]) -> PResult<RegionId> {
        if self.kind() != TokKind::LBrace {
            return Err(self.error_wrong_token("expected '{' to begin a region"));
        }
        self.nested(|p| {
            let frame = p.op_frames.last().copied().unwrap_or(OpFrame {
                isolated: false,
                offset: 0,
            });
            // As MLIR: entry arguments may not reuse a name of the enclosing scope, even
            // for an isolated region.
            for a in entry_args {
                let outer = p.isolated.last().and_then(|s| {
                    s.defs.get(&*a.name.name).map(|d| d.offset).or_else(|| {
                        s.forward
                            .iter()
                            .find(|((n, _), _)| **n == *a.name.name)
                            .map(|(_, f)| f.offset)
                    })
                });
                if let Some(prev) = outer {
                    let end = a.name.offset + 1 + a.name.name.len() as u32;
                    let msg = format!("region entry argument '%{}' is already in use", a.name.name);
                    return Err(p.error_with_note(
                        a.name.offset,
                        end,
                        &msg,
                        prev,
                        "previously referenced here",
                    ));
                }
            }
            p.bump();
            let region = p.ir.create_region();
            p.push_region_scope(frame.isolated, frame.offset);
            p.push_block_scope(region);
            let r = p.parse_region_body(region, entry_args);
            let ok = r.is_ok();
            let b = p.pop_block_scope(ok);
            let s = p.pop_region_scope(ok);
            r?;
            b?;
            s?;
            Ok(region)
        })
    }

    fn parse_region_body(&mut self, region: RegionId, entry_args: &[Argument]) -> PResult<()> {
        if entry_args.is_empty() && self.eat(TokKind::RBrace) {
            return Ok(());
        }
        if !entry_args.is_empty() {
            let args: Vec<(Type, Option<Attribute>)> = entry_args
                .iter()
                .map(|a| {
                    (
                        a.ty,
                        Some(a.loc.unwrap_or_else(|| self.file_loc(a.name.offset))),
                    )
                })
                .collect();
            let block = self.ir.create_block(&args);
            self.ir.append_block(region, block);
            for (i, a) in entry_args.iter().enumerate() {
                let v = self.ir.block_args(block)[i];
                self.define_ssa(&a.name.name, vec![v], a.name.offset, true)?;
            }
            if self.kind() == TokKind::CaretIdent {
                return Err(self.error_here("invalid block name in region with named arguments"));
            }
            self.parse_block_ops(block)?;
        } else if self.kind() != TokKind::CaretIdent {
            let block = self.ir.create_block(&[]);
            self.ir.append_block(region, block);
            self.parse_block_ops(block)?;
        }
        while self.kind() == TokKind::CaretIdent {
            self.parse_block_definition(region)?;
        }
        self.expect(TokKind::RBrace, "expected '}' to end a region")
    }

    /// Ops until a block label or `}` (at the end of input, the missing op is reported,
    /// as MLIR's `parseBlockBody` does).
    fn parse_block_ops(&mut self, block: BlockId) -> PResult<()> {
        while !matches!(self.kind(), TokKind::CaretIdent | TokKind::RBrace) {
            self.parse_operation(block)?;
        }
        Ok(())
    }

    /// `^name(%a: t loc(..), ...):` then its ops.
    fn parse_block_definition(&mut self, region: RegionId) -> PResult<()> {
        let tok = self.tok();
        let name = self.text()[1..].to_string();
        self.bump();
        let scope = self.block_scopes.last_mut();
        let block = match scope.as_ref().and_then(|s| s.blocks.get(&name)) {
            Some(b) if b.defined => {
                // (mlir-opt attaches no note to this one.)
                return Err(self.error_span(
                    tok.start,
                    tok.end,
                    &format!("redefinition of block '^{name}'"),
                ));
            }
            Some(b) => b.block,
            None => self.ir.create_block(&[]),
        };
        if let Some(s) = self.block_scopes.last_mut() {
            debug_assert_eq!(s.region, region);
            s.blocks.insert(
                name,
                BlockRef {
                    block,
                    defined: true,
                    offset: tok.start,
                    end: tok.end,
                },
            );
        }
        self.ir.append_block(region, block);
        if self.eat(TokKind::LParen) && !self.eat(TokKind::RParen) {
            loop {
                let u = self.parse_ssa_use()?;
                self.expect(TokKind::Colon, "expected ':' and type for SSA operand")?;
                let ty = self.parse_type_impl()?;
                let loc = match self.parse_optional_trailing_location()? {
                    Some(l) => l,
                    None => self.file_loc(u.offset),
                };
                let v = self.ir.add_block_arg(block, ty, Some(loc));
                self.define_ssa(&u.name, vec![v], u.offset, false)?;
                if !self.eat(TokKind::Comma) {
                    break;
                }
            }
            self.expect(TokKind::RParen, "expected ')'")?;
        }
        self.expect(TokKind::Colon, "expected ':' after block name")?;
        self.parse_block_ops(block)
    }

    // ----- attribute dictionaries -----

    /// `{name = value, unitname, "str" = value}`.
    pub(crate) fn parse_attr_dict_entries(&mut self) -> PResult<Vec<NamedAttr>> {
        self.nested(|p| {
            p.expect(TokKind::LBrace, "expected '{' in attribute dictionary")?;
            let mut entries: Vec<NamedAttr> = Vec::new();
            if p.eat(TokKind::RBrace) {
                return Ok(entries);
            }
            loop {
                let tok = p.tok();
                let name = match tok.kind {
                    TokKind::BareIdent => p.text().to_string(),
                    TokKind::String => {
                        let s = p.string_value_lossy(tok);
                        if s.is_empty() {
                            return Err(p.error_here("expected valid attribute name"));
                        }
                        s
                    }
                    _ => return Err(p.error_wrong_token("expected attribute name")),
                };
                let ident = p.ctx.ident(&name);
                if entries.iter().any(|e| e.name == ident) {
                    return Err(p.error_span(
                        tok.start,
                        tok.end,
                        &format!("duplicate key '{name}' in dictionary attribute"),
                    ));
                }
                p.bump();
                let value = if p.eat(TokKind::Equal) {
                    p.parse_attribute_impl()?
                } else {
                    p.ctx.unit_attr()
                };
                entries.push(NamedAttr { name: ident, value });
                if !p.eat(TokKind::Comma) {
                    break;
                }
            }
            p.expect(TokKind::RBrace, "expected '}' in attribute dictionary")?;
            Ok(entries)
        })
    }

    pub(crate) fn into_diags(self) -> Vec<Diagnostic> {
        self.diags
    }

    /// Location for the implicit module: `loc("file":0:0)`, as mlir-opt.
    pub(crate) fn module_loc(&self) -> Attribute {
        self.ctx.file_loc(self.file.name, 0, 0)
    }
}
