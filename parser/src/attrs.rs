//! Parsing builtin attributes: numbers with optional `: type`, strings, arrays,
//! dictionaries, symbol references, `dense<...>`, `array<...>`, `affine_map<...>`,
//! `affine_set<...>`, `strided<...>`, `loc(...)`, `#dialect.x<...>` kept verbatim, aliases,
//! and types used as attributes. Also the float conversions they need.

use ir::asm::PResult;
use ir::attributes::DenseData;
use ir::types::{FloatKind, Signedness, DYNAMIC};
use ir::{AttrKind, Attribute, Type, TypeKind};

use crate::affine;
use crate::lexer::TokKind;
use crate::parser::Parser;

/// One element of a `dense<...>` literal before the type is known, as MLIR's tensor
/// literal parser stores it: the sign and the token (offsets of the token, after any `-`).
/// A complex `(re, im)` is two consecutive elements.
struct DElem {
    neg: bool,
    kind: DElemKind,
    off: u32,
    end: u32,
}

enum DElemKind {
    Int(String),
    Float(String),
    Bool(bool),
    Str(Vec<u8>),
}

/// Element kind of a dense attribute's type.
#[derive(Clone, Copy)]
enum ElemKind {
    Int { width: u32, signedness: Signedness },
    Float(FloatKind),
    ComplexInt { width: u32, signedness: Signedness },
    ComplexFloat(FloatKind),
    Other,
}

fn elem_kind(ctx: &ir::Context, ty: Type) -> ElemKind {
    match ctx.type_kind(ty) {
        TypeKind::Integer { width, signedness } => ElemKind::Int {
            width: *width,
            signedness: *signedness,
        },
        // Index values are signed 64-bit (MLIR's `buildAttributeAPInt`).
        TypeKind::Index => ElemKind::Int {
            width: 64,
            signedness: Signedness::Signed,
        },
        TypeKind::Float(k) => ElemKind::Float(*k),
        TypeKind::Complex(e) => match ctx.type_kind(*e) {
            TypeKind::Integer { width, signedness } => ElemKind::ComplexInt {
                width: *width,
                signedness: *signedness,
            },
            TypeKind::Float(k) => ElemKind::ComplexFloat(*k),
            _ => ElemKind::Other,
        },
        _ => ElemKind::Other,
    }
}

/// Parses an integer literal's magnitude (decimal or `0x` hex).
fn parse_magnitude(text: &str) -> Option<u128> {
    match text.strip_prefix("0x") {
        Some(hex) => u128::from_str_radix(hex, 16).ok(),
        None => text.parse::<u128>().ok(),
    }
}

/// The stored value of integer `(neg, magnitude)` in an integer type, or `None` when it
/// does not fit. Values are sign-extended from the width, except `i1`, kept as 0/1.
pub(crate) fn fit_integer(
    neg: bool,
    mag: u128,
    width: u32,
    signedness: Signedness,
) -> Option<i128> {
    if neg && signedness == Signedness::Unsigned && mag != 0 {
        return None;
    }
    if width == 0 {
        return (mag == 0).then_some(0);
    }
    let w = width.min(128);
    let fits = if neg {
        w >= 128 && mag <= 1u128 << 127 || w < 128 && mag <= 1u128 << (w - 1)
    } else {
        match signedness {
            Signedness::Signed => {
                w >= 128 && mag < 1u128 << 127 || w < 128 && mag < 1u128 << (w - 1)
            }
            _ => w >= 128 || mag < 1u128 << w,
        }
    };
    if !fits || (width > 128 && !neg && mag > i128::MAX as u128) {
        return None;
    }
    let v = if neg {
        (mag as i128).wrapping_neg()
    } else {
        mag as i128
    };
    if width == 1 {
        return Some(v & 1);
    }
    if w >= 128 {
        return Some(v);
    }
    let shift = 128 - w;
    Some((v << shift) >> shift)
}

/// Rounds `v` to the nearest value of a binary float format with `ebits` exponent bits and
/// `mbits` stored mantissa bits (ties to even). `ieee` formats overflow to infinity; the
/// `FN` formats (no infinity) overflow to NaN.
fn round_to_format(v: f64, ebits: i32, mbits: i32, ieee: bool) -> f64 {
    if !v.is_finite() {
        return if ieee || v.is_nan() { v } else { f64::NAN };
    }
    if v == 0.0 {
        return v;
    }
    let bias = (1 << (ebits - 1)) - 1;
    let emin = 1 - bias;
    let a = v.abs();
    let exp_field = ((a.to_bits() >> 52) & 0x7ff) as i32;
    let e = (exp_field - 1023).max(emin);
    let quantum = 2f64.powi(e - mbits);
    let r = (a / quantum).round_ties_even() * quantum;
    let max = if ieee {
        (2.0 - 2f64.powi(-mbits)) * 2f64.powi(bias)
    } else {
        // E4M3FN: the all-ones exponent holds normals except the NaN pattern.
        (2.0 - 2f64.powi(1 - mbits)) * 2f64.powi(bias + 1)
    };
    let r = if r > max {
        if ieee {
            f64::INFINITY
        } else {
            f64::NAN
        }
    } else {
        r
    };
    r.copysign(v)
}

/// Rounds `v` to the precision of `kind` (the result is exact in an `f64`).
pub(crate) fn round_to_kind(v: f64, kind: FloatKind) -> f64 {
    match kind {
        FloatKind::F64 | FloatKind::F80 | FloatKind::F128 => v,
        FloatKind::F32 => v as f32 as f64,
        FloatKind::F16 => round_to_format(v, 5, 10, true),
        FloatKind::BF16 => round_to_format(v, 8, 7, true),
        FloatKind::TF32 => round_to_format(v, 8, 10, true),
        FloatKind::F8E5M2 => round_to_format(v, 5, 2, true),
        FloatKind::F8E4M3FN => round_to_format(v, 4, 3, false),
    }
}

fn decode_ieee(bits: u128, ebits: u32, mbits: u32, has_inf: bool) -> f64 {
    let sign = if (bits >> (ebits + mbits)) & 1 == 1 {
        -1.0
    } else {
        1.0
    };
    let exp = ((bits >> mbits) & ((1u128 << ebits) - 1)) as i32;
    let mant = bits & ((1u128 << mbits) - 1);
    let all_ones = (1i32 << ebits) - 1;
    let bias = (1i32 << (ebits - 1)) - 1;
    let mant_f = mant as f64 / 2f64.powi(mbits as i32);
    if has_inf && exp == all_ones {
        return if mant == 0 {
            sign * f64::INFINITY
        } else {
            f64::NAN.copysign(sign)
        };
    }
    if !has_inf && exp == all_ones && mant == (1u128 << mbits) - 1 {
        return f64::NAN.copysign(sign);
    }
    if exp == 0 {
        sign * mant_f * 2f64.powi(1 - bias)
    } else {
        sign * (1.0 + mant_f) * 2f64.powi(exp - bias)
    }
}

/// The value of the bit pattern `bits` of a `kind` float, or `None` if it has too many bits.
pub(crate) fn decode_float_bits(bits: u128, kind: FloatKind) -> Option<f64> {
    let width = kind.width();
    if width < 128 && bits >> width != 0 {
        return None;
    }
    Some(match kind {
        FloatKind::F64 => f64::from_bits(bits as u64),
        FloatKind::F32 => f32::from_bits(bits as u32) as f64,
        FloatKind::F16 => decode_ieee(bits, 5, 10, true),
        FloatKind::BF16 => decode_ieee(bits, 8, 7, true),
        FloatKind::TF32 => decode_ieee(bits, 8, 10, true),
        FloatKind::F8E5M2 => decode_ieee(bits, 5, 2, true),
        FloatKind::F8E4M3FN => decode_ieee(bits, 4, 3, false),
        FloatKind::F128 => decode_ieee(bits, 15, 112, true),
        FloatKind::F80 => {
            let sign = if (bits >> 79) & 1 == 1 { -1.0 } else { 1.0 };
            let exp = ((bits >> 64) & 0x7fff) as i32;
            let mant = (bits & u64::MAX as u128) as u64;
            if exp == 0x7fff {
                if mant << 1 == 0 {
                    sign * f64::INFINITY
                } else {
                    f64::NAN
                }
            } else {
                sign * (mant as f64 / 2f64.powi(63)) * 2f64.powi(exp.max(1) - 16383)
            }
        }
    })
}

/// The end of mlir-opt's messages about types and attributes of unregistered dialects.
/// Which namespace a `#...` / `!...` token is read in.
#[derive(Copy, Clone)]
pub(crate) enum DialectSymbolKind {
    Attribute,
    Type,
}

/// What a `#...` / `!...` token names.
pub(crate) enum DialectSymbol {
    Alias(String),
    Entity { dialect: String, body: String },
}

pub(crate) const UNREGISTERED_DIALECT_HINT: &str = "If this is intended, please call \
     allowUnregisteredDialects() on the MLIRContext, or use -allow-unregistered-dialect with \
     the MLIR opt tool used";

/// For `!dialect.data` or `!dialect<data>` (or `#...`), whose token starts at `tok_start`
/// and reads `text` after the `!`: the offset mlir-opt reports an unregistered dialect at
/// (the data of a pretty name, the token otherwise) and the data as its message shows it.
pub(crate) fn unregistered_symbol_data(tok_start: u32, text: &str, dialect: &str) -> (u32, String) {
    let rest = text.get(dialect.len()..).unwrap_or("");
    match rest.strip_prefix('.') {
        Some(data) => (tok_start + 1 + dialect.len() as u32 + 1, data.to_string()),
        None => {
            let inner = rest.strip_prefix('<').unwrap_or(rest);
            (
                tok_start,
                inner.strip_suffix('>').unwrap_or(inner).to_string(),
            )
        }
    }
}

impl<'a> Parser<'a> {
    /// Can the current token start an attribute?
    pub(crate) fn at_attribute_start(&self) -> bool {
        match self.kind() {
            TokKind::LSquare
            | TokKind::LBrace
            | TokKind::HashIdent
            | TokKind::Float
            | TokKind::Integer
            | TokKind::Minus
            | TokKind::AtIdent
            | TokKind::AtString
            | TokKind::String => true,
            TokKind::BareIdent => {
                matches!(
                    self.text(),
                    "affine_map"
                        | "affine_set"
                        | "array"
                        | "false"
                        | "true"
                        | "dense"
                        | "dense_resource"
                        | "sparse"
                        | "distinct"
                        | "loc"
                        | "unit"
                        | "strided"
                ) || self.at_type_start()
            }
            _ => self.at_type_start(),
        }
    }

    pub(crate) fn parse_optional_attribute_impl(&mut self) -> PResult<Option<Attribute>> {
        if !self.at_attribute_start() {
            return Ok(None);
        }
        self.parse_attribute_impl().map(Some)
    }

    pub(crate) fn parse_attribute_impl(&mut self) -> PResult<Attribute> {
        self.nested(|p| p.parse_attribute_inner())
    }

    fn parse_attribute_inner(&mut self) -> PResult<Attribute> {
        let tok = self.tok();
        match tok.kind {
            TokKind::Integer | TokKind::Float | TokKind::Minus => self.parse_number_attr(),
            TokKind::String => {
                let value = self.string_value(tok);
                self.bump();
                let ty = if self.eat(TokKind::Colon) {
                    Some(self.parse_type_impl()?)
                } else {
                    None
                };
                Ok(self.ctx.intern_attr(AttrKind::String {
                    value: value.into(),
                    ty,
                }))
            }
            TokKind::AtIdent | TokKind::AtString => self.parse_symbol_ref(),
            TokKind::LSquare => {
                self.bump();
                let mut items = Vec::new();
                if !self.eat(TokKind::RSquare) {
                    loop {
                        items.push(self.parse_attribute_impl()?);
                        if !self.eat(TokKind::Comma) {
                            break;
                        }
                    }
                    self.expect(TokKind::RSquare, "expected ',' or ']'")?;
                }
                Ok(self.ctx.array_attr(&items))
            }
            TokKind::LBrace => {
                let entries = self.parse_attr_dict_entries()?;
                Ok(self.ctx.dictionary_attr(entries))
            }
            TokKind::HashIdent => self.parse_hash_attr(),
            TokKind::BareIdent => match self.text() {
                "true" | "false" => {
                    let b = self.text() == "true";
                    self.bump();
                    Ok(self.ctx.intern_attr(AttrKind::Bool(b)))
                }
                "unit" => {
                    self.bump();
                    Ok(self.ctx.unit_attr())
                }
                "loc" => self.parse_location(true),
                "affine_map" | "affine_set" => self.parse_affine_attr(),
                "array" => self.parse_dense_array(),
                "strided" => self.parse_strided(),
                "dense" => self.parse_dense(),
                kw @ ("dense_resource" | "sparse" | "distinct") => Err(self.error_here(&format!(
                    "'{kw}' attributes are not supported by this parser"
                ))),
                _ if self.at_type_start() => {
                    let ty = self.parse_type_impl()?;
                    Ok(self.ctx.type_attr(ty))
                }
                _ => Err(self.error_wrong_token("expected attribute value")),
            },
            _ if self.at_type_start() => {
                let ty = self.parse_type_impl()?;
                Ok(self.ctx.type_attr(ty))
            }
            _ => Err(self.error_wrong_token("expected attribute value")),
        }
    }

    /// `#alias`, `#dialect.body`, `#dialect<"opaque">`.
    fn parse_hash_attr(&mut self) -> PResult<Attribute> {
        match self.parse_dialect_symbol(DialectSymbolKind::Attribute)? {
            DialectSymbol::Alias(name) => {
                let attr = self.attr_aliases.get(&name).copied();
                // As MLIR, reported about the token after the alias.
                attr.ok_or_else(|| {
                    self.error_wrong_token(&format!("undefined symbol alias id '{name}'"))
                })
            }
            DialectSymbol::Entity { dialect, body } => Ok(self.ctx.intern_attr(AttrKind::Opaque {
                dialect: dialect.into(),
                body: body.into(),
            })),
        }
    }

    /// Reads a `#...` or `!...` token: an alias name, or an attribute or type of a dialect,
    /// checked against the registry (and rejected for an unregistered dialect unless
    /// allowed). Consumes the token.
    pub(crate) fn parse_dialect_symbol(
        &mut self,
        kind: DialectSymbolKind,
    ) -> PResult<DialectSymbol> {
        let tok = self.tok();
        let text = &self.text()[1..];
        let (name, has_body) = match text.find('<') {
            Some(i) => (&text[..i], true),
            None => (text, false),
        };
        if !has_body && !name.contains('.') {
            let name = name.to_string();
            self.bump();
            return Ok(DialectSymbol::Alias(name));
        }
        let (dialect, body) = match text.split_once('.') {
            Some((d, b)) if !d.contains('<') => (d, b.to_string()),
            _ => (name, text[name.len()..].to_string()),
        };
        let checked = match kind {
            DialectSymbolKind::Attribute => self.ctx.registry().check_dialect_attr(dialect, &body),
            DialectSymbolKind::Type => self.ctx.registry().check_dialect_type(dialect, &body),
        };
        if let Err(msg) = checked {
            return Err(self.error_span(tok.start, tok.end, &msg));
        }
        if !self.allow_unregistered() && !self.ctx.registry().is_dialect_registered(dialect) {
            let (at, data) = unregistered_symbol_data(tok.start, text, dialect);
            let msg = match kind {
                DialectSymbolKind::Attribute => format!(
                    "#\"{dialect}\"<\"{data}\"> : 'none' attribute created with unregistered dialect. \
                     {UNREGISTERED_DIALECT_HINT}"
                ),
                DialectSymbolKind::Type => format!(
                    "`!\"{dialect}\"<\"{data}\">` type created with unregistered dialect. \
                     {UNREGISTERED_DIALECT_HINT}"
                ),
            };
            return Err(self.error_span(at, at, &msg));
        }
        let dialect = dialect.to_string();
        self.bump();
        Ok(DialectSymbol::Entity { dialect, body })
    }

    /// `@a`, `@"a"`, `@a::@b::@c`.
    fn parse_symbol_ref(&mut self) -> PResult<Attribute> {
        let root = self.symbol_name()?;
        let mut nested = Vec::new();
        while self.kind() == TokKind::Colon && self.peek_kind(1) == TokKind::Colon {
            self.bump();
            self.bump();
            if !matches!(self.kind(), TokKind::AtIdent | TokKind::AtString) {
                return Err(self.error_here("expected nested symbol reference identifier"));
            }
            nested.push(self.ctx.ident(&self.symbol_name()?));
        }
        Ok(self.ctx.intern_attr(AttrKind::SymbolRef {
            root: self.ctx.ident(&root),
            nested: nested.into(),
        }))
    }

    /// The name of an `@name` / `@"name"` token (consumed).
    pub(crate) fn symbol_name(&mut self) -> PResult<String> {
        let tok = self.tok();
        let name = match tok.kind {
            TokKind::AtIdent => self.text()[1..].to_string(),
            TokKind::AtString => {
                let t = crate::lexer::unescape(
                    self.text()
                        .get(2..self.text().len().saturating_sub(1))
                        .unwrap_or("")
                        .as_bytes(),
                );
                String::from_utf8_lossy(&t).into_owned()
            }
            _ => return Err(self.error_here("expected symbol name")),
        };
        self.bump();
        Ok(name)
    }

    /// `[-]literal [: type]`.
    fn parse_number_attr(&mut self) -> PResult<Attribute> {
        let neg = self.eat(TokKind::Minus);
        let tok = self.tok();
        if !matches!(tok.kind, TokKind::Integer | TokKind::Float) {
            return Err(self.error_wrong_token("expected constant integer or floating point value"));
        }
        let text = self.text();
        self.bump();
        let ty = if self.eat(TokKind::Colon) {
            Some(self.parse_type_impl()?)
        } else {
            None
        };
        if tok.kind == TokKind::Float {
            let ty = ty.unwrap_or_else(|| self.ctx.float_type(FloatKind::F64));
            let TypeKind::Float(kind) = *self.ctx.type_kind(ty) else {
                // (At the token after the type, as mlir-opt.)
                return Err(self.error_here("floating point value not valid for specified type"));
            };
            let Ok(mut v) = text.parse::<f64>() else {
                return Err(self.error_span(tok.start, tok.end, "invalid floating point literal"));
            };
            if neg {
                v = -v;
            }
            let v = round_to_kind(v, kind);
            return Ok(self.ctx.intern_attr(AttrKind::Float {
                bits: v.to_bits(),
                ty,
            }));
        }
        let ty = ty.unwrap_or_else(|| self.ctx.integer_type(64));
        match *self.ctx.type_kind(ty) {
            TypeKind::Float(kind) => {
                if !text.starts_with("0x") {
                    self.diags.push(
                        ir::Diagnostic::error(
                            self.span(tok.start, tok.end),
                            "unexpected decimal integer literal for a floating point value",
                        )
                        .with_note(
                            self.span(tok.start, tok.end),
                            "add a trailing dot to make the literal a float",
                        ),
                    );
                    return Err(ir::asm::ParseFailed);
                }
                if neg {
                    return Err(self.error_span(
                        tok.start,
                        tok.end,
                        "hexadecimal float literal should not have a leading minus",
                    ));
                }
                let v = parse_magnitude(text).and_then(|b| decode_float_bits(b, kind));
                let Some(v) = v else {
                    return Err(self.error_span(
                        tok.start,
                        tok.end,
                        "hexadecimal float constant out of range for type",
                    ));
                };
                Ok(self.ctx.intern_attr(AttrKind::Float {
                    bits: v.to_bits(),
                    ty,
                }))
            }
            TypeKind::Integer { .. } | TypeKind::Index => {
                // Index values are signed 64-bit, as MLIR's `buildAttributeAPInt` checks.
                let (width, signedness) = match *self.ctx.type_kind(ty) {
                    TypeKind::Integer { width, signedness } => (width, signedness),
                    _ => (64, Signedness::Signed),
                };
                if neg && signedness == Signedness::Unsigned {
                    return Err(self.error_span(
                        tok.start,
                        tok.end,
                        "negative integer literal not valid for unsigned integer type",
                    ));
                }
                match parse_magnitude(text).and_then(|m| fit_integer(neg, m, width, signedness)) {
                    Some(value) => Ok(self.ctx.intern_attr(AttrKind::Integer { value, ty })),
                    None => Err(self.error_span(
                        tok.start,
                        tok.end,
                        "integer constant out of range for attribute",
                    )),
                }
            }
            _ => Err(self.error_span(
                tok.start,
                tok.end,
                "integer literal not valid for specified type",
            )),
        }
    }

    /// Finds the `>` closing the affine body that starts after the `<` at `lt`; returns the
    /// offset of that `>`.
    /// When no `>` closes the body at depth 0 (unbalanced brackets), the first `>` is taken:
    /// the grammar then reports what is missing before it, as MLIR's token-by-token parser
    /// does.
    fn scan_affine_body(&self, lt: u32) -> Option<u32> {
        let bytes = self.src.as_bytes();
        let mut depth = 0i32;
        let mut first_gt = None;
        let mut i = lt as usize + 1;
        while i < bytes.len() {
            match bytes[i] {
                b'(' | b'[' => depth += 1,
                b')' | b']' => depth -= 1,
                b'-' if bytes.get(i + 1) == Some(&b'>') => i += 1,
                b'>' if bytes.get(i + 1) == Some(&b'=') => i += 1,
                b'<' if bytes.get(i + 1) == Some(&b'=') => i += 1,
                b'>' if depth <= 0 => return Some(i as u32),
                b'>' => {
                    first_gt.get_or_insert(i as u32);
                }
                b'{' | b'}' | b'"' | b';' => return first_gt,
                _ => {}
            }
            i += 1;
        }
        first_gt
    }

    /// No `>` ends the body that starts after the `<` at `lt`: the grammar reads up to the
    /// first token that cannot belong to it (or the end of input) and reports what is
    /// missing there, as MLIR's parser does.
    fn unclosed_affine_error(&mut self, lt: u32, is_map: bool) -> ir::asm::ParseFailed {
        let bytes = self.src.as_bytes();
        let stop = (lt as usize + 1..bytes.len())
            .find(|&i| matches!(bytes[i], b'{' | b'}' | b'"' | b';'))
            .unwrap_or(bytes.len()) as u32;
        let body = self.src.get(lt as usize + 1..stop as usize).unwrap_or("");
        let result = if is_map {
            affine::parse_map(body).map(|_| ())
        } else {
            affine::parse_set(body).map(|_| ())
        };
        let (at, msg) = match result {
            Err((off, msg)) => (lt + 1 + off as u32, msg),
            Ok(()) => (
                stop,
                if is_map {
                    "expected '>' in affine map".to_string()
                } else {
                    "expected '>' in integer set".to_string()
                },
            ),
        };
        self.affine_error(at, stop, &msg)
    }

    /// Reports an error of the affine grammar at `at` (in the body ending at `gt`), where
    /// MLIR's affine parser would; at the end of the input, as MLIR does there.
    fn affine_error(&mut self, at: u32, gt: u32, msg: &str) -> ir::asm::ParseFailed {
        let lt = self.tok().start;
        if let Some(failed) = self.report_lex_error_between(lt, at) {
            return failed;
        }
        let at_eof = at as usize >= self.src.len();
        if affine::is_wrong_token_error(msg) {
            let at = self.wrong_token_offset(at, at_eof);
            return self.error_span(at, at, msg);
        }
        if at_eof {
            let at = at.saturating_sub(1);
            return self.error_span(at, at, msg);
        }
        self.error_span(at, (at + 1).min(gt.max(at)), msg)
    }

    /// `affine_map<...>` / `affine_set<...>`: the body goes to the lalrpop grammar.
    fn parse_affine_attr(&mut self) -> PResult<Attribute> {
        let is_map = self.text() == "affine_map";
        self.bump();
        if self.kind() != TokKind::Less {
            return Err(self.error_wrong_token(if is_map {
                "expected '<' in affine map"
            } else {
                "expected '<' in integer set"
            }));
        }
        let lt = self.tok().start;
        let Some(gt) = self.scan_affine_body(lt) else {
            return Err(self.unclosed_affine_error(lt, is_map));
        };
        let body = self.src.get(lt as usize + 1..gt as usize).unwrap_or("");
        let base = lt + 1;
        let kind = if is_map {
            affine::parse_map(body).map(AttrKind::AffineMap)
        } else {
            affine::parse_set(body).map(AttrKind::IntegerSet)
        };
        let kind = match kind {
            Ok(k) => k,
            Err((off, msg)) => return Err(self.affine_error(base + off as u32, gt, &msg)),
        };
        // Continue at the closing `>`.
        let i = self.toks_index_at(gt);
        self.set_pos(i);
        if self.tok().start != gt {
            self.relex_current_from(gt);
        }
        self.expect(TokKind::Greater, "expected '>'")?;
        Ok(self.ctx.intern_attr(kind))
    }

    /// `array<i64: 1, 2>`, `array<f32>` (MLIR's `parseDenseArrayAttr`).
    fn parse_dense_array(&mut self) -> PResult<Attribute> {
        self.bump();
        self.expect(TokKind::Less, "expected '<' after 'array'")?;
        let ty_start = self.tok().start;
        let elem = match self.parse_type_impl() {
            Ok(t) => t,
            Err(e) => {
                // mlir-opt adds this one to the type's own error.
                self.error_span(
                    ty_start,
                    ty_start,
                    "expected an integer or floating point type",
                );
                return Err(e);
            }
        };
        let ty_end = self.prev_end();
        let (is_float, width) = match *self.ctx.type_kind(elem) {
            TypeKind::Integer { width, .. } => (false, width),
            TypeKind::Float(k) => (true, k.width()),
            _ => {
                let msg = format!(
                    "expected integer or float type, got: '{}'",
                    self.type_str(elem)
                );
                return Err(self.error_span(ty_start, ty_end, &msg));
            }
        };
        if width != 1 && width % 8 != 0 {
            return Err(self.error_span(
                ty_start,
                ty_end,
                "element type bitwidth must be a multiple of 8",
            ));
        }
        let kind = elem_kind(self.ctx, elem);
        let mut ints = Vec::new();
        let mut floats = Vec::new();
        if !self.eat(TokKind::Greater) {
            self.expect(TokKind::Colon, "expected ':' after dense array type")?;
            loop {
                if is_float {
                    let el = self.parse_dense_array_float()?;
                    floats.push(self.convert_float(&el, kind)?);
                } else {
                    ints.push(self.parse_dense_array_int(width, kind)?);
                }
                if !self.eat(TokKind::Comma) {
                    break;
                }
            }
            self.expect(TokKind::Greater, "expected '>' to close an array attribute")?;
        }
        let data = if is_float {
            DenseData::Float(floats.into())
        } else {
            DenseData::Int(ints.into())
        };
        Ok(self.ctx.intern_attr(AttrKind::DenseArray { elem, data }))
    }

    /// An integer element of `array<...>`: `[-]integer`, or `true`/`false` for `i1`.
    fn parse_dense_array_int(&mut self, width: u32, kind: ElemKind) -> PResult<i128> {
        let neg = self.eat(TokKind::Minus);
        if self.is_keyword("true") || self.is_keyword("false") {
            if width != 1 {
                return Err(self.error_here("expected i1 type for 'true' or 'false' values"));
            }
            let b = self.is_keyword("true");
            self.bump();
            return Ok(i128::from(b));
        }
        if self.kind() != TokKind::Integer {
            return Err(self.error_here("expected integer literal"));
        }
        let text = self.text();
        self.bump();
        // As MLIR, these two are reported at the token after the literal.
        if width == 1 {
            return Err(self.error_here("expected 'true' or 'false' values for i1 type"));
        }
        let ElemKind::Int { width, signedness } = kind else {
            return Err(self.error_here("expected integer literal"));
        };
        parse_magnitude(text)
            .and_then(|m| fit_integer(neg, m, width, signedness))
            .ok_or_else(|| self.error_here("integer constant out of range"))
    }

    /// A float element of `array<...>`: `[-]float` or a hexadecimal bit pattern.
    fn parse_dense_array_float(&mut self) -> PResult<DElem> {
        let neg = self.eat(TokKind::Minus);
        let tok = self.tok();
        let text = self.text().to_string();
        let kind = match tok.kind {
            TokKind::Integer => DElemKind::Int(text),
            TokKind::Float => DElemKind::Float(text),
            TokKind::BareIdent if text == "true" || text == "false" => {
                DElemKind::Bool(text == "true")
            }
            _ => DElemKind::Str(Vec::new()),
        };
        let el = DElem {
            neg,
            kind,
            off: tok.start,
            end: tok.end,
        };
        if matches!(el.kind, DElemKind::Str(_)) {
            // Not a literal: reported like MLIR's `parseFloatFromLiteral` does.
            return Err(self.error_span(tok.start, tok.end, "expected floating point literal"));
        }
        self.bump();
        Ok(el)
    }

    /// `strided<[1, ?], offset: ?>` (MLIR's `parseStridedLayoutAttr`).
    fn parse_strided(&mut self) -> PResult<Attribute> {
        self.bump();
        self.expect(TokKind::Less, "expected '<' after 'strided'")?;
        self.expect(TokKind::LSquare, "expected '['")?;
        let mut strides = Vec::new();
        if self.kind() != TokKind::RSquare {
            loop {
                strides.push(self.parse_stride_value()?);
                if !self.eat(TokKind::Comma) {
                    break;
                }
            }
        }
        self.expect(TokKind::RSquare, "expected ']'")?;
        let mut offset = 0;
        if !self.eat(TokKind::Greater) {
            self.expect(TokKind::Comma, "expected ','")?;
            if !self.eat_keyword("offset") {
                return Err(self.error_wrong_token("expected 'offset' after comma"));
            }
            self.expect(TokKind::Colon, "expected ':' after 'offset'")?;
            offset = self.parse_stride_value()?;
            self.expect(TokKind::Greater, "expected '>'")?;
        }
        Ok(self.ctx.intern_attr(AttrKind::Strided {
            strides: strides.into(),
            offset,
        }))
    }

    /// `?` or a 64-bit signed integer; errors point at its start.
    fn parse_stride_value(&mut self) -> PResult<i64> {
        if self.eat(TokKind::Question) {
            return Ok(DYNAMIC);
        }
        let start = self.tok().start;
        let neg = self.eat(TokKind::Minus);
        let msg = "expected a 64-bit signed integer or '?'";
        if self.kind() != TokKind::Integer {
            let end = self.tok().end.max(start);
            return Err(self.error_span(start, end, msg));
        }
        let v = parse_magnitude(self.text())
            .filter(|&m| m <= i64::MAX as u128)
            .map(|m| if neg { -(m as i64) } else { m as i64 });
        let end = self.tok().end;
        match v {
            Some(v) => {
                self.bump();
                Ok(v)
            }
            None => Err(self.error_span(start, end, msg)),
        }
    }

    // ----- dense -----

    /// One element of a tensor literal (MLIR's `TensorLiteralParser::parseElement`):
    /// `[-]int`, `[-]float`, `true`, `false`, a string, or `(re, im)` (two elements).
    fn parse_dense_element(&mut self, storage: &mut Vec<DElem>) -> PResult<()> {
        let tok = self.tok();
        let text = self.text();
        let kind = match tok.kind {
            TokKind::Integer => DElemKind::Int(text.to_string()),
            TokKind::Float => DElemKind::Float(text.to_string()),
            TokKind::BareIdent if text == "true" || text == "false" => {
                DElemKind::Bool(text == "true")
            }
            TokKind::String => DElemKind::Str(self.string_value(tok)),
            TokKind::Minus => {
                self.bump();
                let t = self.tok();
                let kind = match t.kind {
                    TokKind::Integer => DElemKind::Int(self.text().to_string()),
                    TokKind::Float => DElemKind::Float(self.text().to_string()),
                    _ => return Err(self.error_here("expected integer or floating point literal")),
                };
                self.bump();
                storage.push(DElem {
                    neg: true,
                    kind,
                    off: t.start,
                    end: t.end,
                });
                return Ok(());
            }
            TokKind::LParen => {
                return self.nested(|p| {
                    p.bump();
                    p.parse_dense_element(storage)?;
                    p.expect(TokKind::Comma, "expected ',' between complex elements")?;
                    p.parse_dense_element(storage)?;
                    p.expect(TokKind::RParen, "expected ')' after complex elements")
                });
            }
            _ => return Err(self.error_here("expected element literal of primitive type")),
        };
        self.bump();
        storage.push(DElem {
            neg: false,
            kind,
            off: tok.start,
            end: tok.end,
        });
        Ok(())
    }

    /// `[elements or lists]`; `dims` receives the shape of the list (MLIR's
    /// `TensorLiteralParser::parseList`).
    fn parse_dense_list(&mut self, storage: &mut Vec<DElem>, dims: &mut Vec<i64>) -> PResult<()> {
        self.nested(|p| {
            p.expect(TokKind::LSquare, "expected '['")?;
            let mut inner: Option<Vec<i64>> = None;
            let mut size = 0i64;
            if !p.eat(TokKind::RSquare) {
                loop {
                    let mut this_dims = Vec::new();
                    if p.kind() == TokKind::LSquare {
                        p.parse_dense_list(storage, &mut this_dims)?;
                    } else {
                        p.parse_dense_element(storage)?;
                    }
                    size += 1;
                    match &inner {
                        None => inner = Some(this_dims),
                        // (mlir-opt says "ranks" whenever the shapes differ.)
                        Some(prev) if *prev != this_dims => return Err(p.error_here(
                            "tensor literal is invalid; ranks are not consistent between elements",
                        )),
                        Some(_) => {}
                    }
                    if !p.eat(TokKind::Comma) {
                        break;
                    }
                }
                p.expect(TokKind::RSquare, "expected ']'")?;
            }
            dims.clear();
            dims.push(size);
            dims.extend(inner.unwrap_or_default());
            Ok(())
        })
    }

    /// An integer element, checked against the element type.
    fn convert_int(&mut self, el: &DElem, kind: ElemKind) -> PResult<i128> {
        let (width, signedness) = match kind {
            ElemKind::Int { width, signedness } | ElemKind::ComplexInt { width, signedness } => {
                (width, signedness)
            }
            _ => (64, Signedness::Signless),
        };
        if el.neg && signedness == Signedness::Unsigned {
            return Err(self.error_span(
                el.off,
                el.end,
                "expected unsigned integer elements, but parsed negative value",
            ));
        }
        match &el.kind {
            DElemKind::Float(_) => Err(self.error_span(
                el.off,
                el.end,
                "expected integer elements, but parsed floating-point",
            )),
            DElemKind::Bool(b) if width == 1 => Ok(i128::from(*b)),
            DElemKind::Bool(_) => Err(self.error_span(
                el.off,
                el.end,
                "expected i1 type for 'true' or 'false' values",
            )),
            DElemKind::Int(text) => parse_magnitude(text)
                .and_then(|m| fit_integer(el.neg, m, width, signedness))
                .ok_or_else(|| {
                    self.error_span(el.off, el.end, "integer constant out of range for type")
                }),
            DElemKind::Str(_) => {
                Err(self.error_span(el.off, el.end, "integer constant out of range for type"))
            }
        }
    }

    /// A float element, as bits of an `f64` holding the value rounded to the element type
    /// (MLIR's `parseFloatFromLiteral`).
    fn convert_float(&mut self, el: &DElem, kind: ElemKind) -> PResult<u64> {
        let fk = match kind {
            ElemKind::Float(k) | ElemKind::ComplexFloat(k) => k,
            _ => FloatKind::F64,
        };
        let v = match &el.kind {
            DElemKind::Float(text) => {
                let Ok(v) = text.parse::<f64>() else {
                    return Err(self.error_span(el.off, el.end, "floating point value too large"));
                };
                round_to_kind(if el.neg { -v } else { v }, fk)
            }
            DElemKind::Int(text) => {
                if !text.starts_with("0x") {
                    let span = self.span(el.off, el.end);
                    self.diags.push(
                        ir::Diagnostic::error(
                            span,
                            "unexpected decimal integer literal for a floating point value",
                        )
                        .with_note(span, "add a trailing dot to make the literal a float"),
                    );
                    return Err(ir::asm::ParseFailed);
                }
                if el.neg {
                    return Err(self.error_span(
                        el.off,
                        el.end,
                        "hexadecimal float literal should not have a leading minus",
                    ));
                }
                match parse_magnitude(text).and_then(|m| decode_float_bits(m, fk)) {
                    Some(v) => v,
                    None => {
                        return Err(self.error_span(
                            el.off,
                            el.end,
                            "hexadecimal float constant out of range for type",
                        ))
                    }
                }
            }
            DElemKind::Bool(_) | DElemKind::Str(_) => {
                return Err(self.error_span(el.off, el.end, "expected floating point literal"))
            }
        };
        Ok(v.to_bits())
    }

    /// `dense<literal> : type` (MLIR's `parseDenseElementsAttr`, with its
    /// `TensorLiteralParser`). Errors about the whole literal point at `dense`.
    fn parse_dense(&mut self) -> PResult<Attribute> {
        let start = self.tok().start;
        let at_end = start + 5;
        self.bump();
        self.expect(TokKind::Less, "expected '<' after 'dense'")?;
        if self.kind() != TokKind::LParen && self.at_type_start() {
            return Err(self.error_here(
                "the type-first form of dense attributes (`dense<type : [...]>`) is not supported by this parser",
            ));
        }
        let mut hex: Option<(Vec<u8>, u32, u32)> = None;
        let mut lit_shape = Vec::new();
        let mut storage = Vec::new();
        if !self.eat(TokKind::Greater) {
            let tok = self.tok();
            if tok.kind == TokKind::String {
                hex = Some((self.string_value(tok), tok.start, tok.end));
                self.bump();
            } else if tok.kind == TokKind::LSquare {
                self.parse_dense_list(&mut storage, &mut lit_shape)?;
            } else {
                self.parse_dense_element(&mut storage)?;
            }
            self.expect(TokKind::Greater, "expected '>'")?;
        }
        self.expect(TokKind::Colon, "expected ':'")?;
        let ty = self.parse_type_impl()?;
        let (shape, elem) = match self.ctx.type_kind(ty) {
            TypeKind::RankedTensor { shape, elem, .. }
            | TypeKind::Vector { shape, elem, .. }
            | TypeKind::MemRef { shape, elem, .. } => (shape.to_vec(), *elem),
            TypeKind::UnrankedTensor { .. } | TypeKind::UnrankedMemRef { .. } => {
                return Err(self.error_span(
                    start,
                    at_end,
                    "elements literal type must have static shape",
                ))
            }
            _ => {
                return Err(self.error_span(
                    start,
                    at_end,
                    "elements literal must be a shaped type",
                ))
            }
        };
        if shape.contains(&DYNAMIC) {
            return Err(self.error_span(
                start,
                at_end,
                "elements literal type must have static shape",
            ));
        }
        let numel = shape
            .iter()
            .try_fold(1usize, |acc, &d| acc.checked_mul(usize::try_from(d).ok()?));
        let Some(numel) = numel.filter(|&n| n <= 1 << 32) else {
            return Err(self.error_span(start, at_end, "elements literal type is too large"));
        };
        let kind = elem_kind(self.ctx, elem);

        // A string is hex data for numeric element types, a string element otherwise.
        if let Some((bytes, s_start, s_end)) = &hex {
            if !matches!(kind, ElemKind::Other) {
                return self.dense_from_hex(bytes, (*s_start, *s_end), ty, kind, numel, start);
            }
        }
        if !lit_shape.is_empty() && lit_shape != shape {
            let fmt = |s: &[i64]| {
                s.iter()
                    .map(|d| d.to_string())
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            let msg = format!(
                "inferred shape of elements literal ([{}]) does not match type ([{}])",
                fmt(&lit_shape),
                fmt(&shape)
            );
            return Err(self.error_span(start, at_end, &msg));
        }
        if hex.is_none() && storage.is_empty() && numel != 0 {
            let msg = format!(
                "parsed zero elements, but type ('{}') expected at least 1",
                self.type_str(ty)
            );
            return Err(self.error_span(start, at_end, &msg));
        }
        let is_complex = matches!(
            kind,
            ElemKind::ComplexInt { .. } | ElemKind::ComplexFloat(_)
        );
        if is_complex {
            let is_splat = lit_shape.is_empty() && numel != 0;
            if is_splat && storage.len() != 2 {
                let msg = format!(
                    "parsed {} elements, but type ('{}') expected 2 elements",
                    storage.len(),
                    self.type_str(elem)
                );
                return Err(self.error_span(start, at_end, &msg));
            }
            if !lit_shape.is_empty() && storage.len() != numel * 2 {
                let msg = format!(
                    "parsed {} elements, but type ('{}') expected {} elements",
                    storage.len(),
                    self.type_str(ty),
                    numel * 2
                );
                return Err(self.error_span(start, at_end, &msg));
            }
        }
        let data = match kind {
            ElemKind::Int { .. } => DenseData::Int(
                storage
                    .iter()
                    .map(|e| self.convert_int(e, kind))
                    .collect::<PResult<Vec<_>>>()?
                    .into(),
            ),
            ElemKind::Float(_) => DenseData::Float(
                storage
                    .iter()
                    .map(|e| self.convert_float(e, kind))
                    .collect::<PResult<Vec<_>>>()?
                    .into(),
            ),
            ElemKind::ComplexInt { .. } => {
                let v = storage
                    .iter()
                    .map(|e| self.convert_int(e, kind))
                    .collect::<PResult<Vec<_>>>()?;
                DenseData::ComplexInt(v.chunks_exact(2).map(|c| (c[0], c[1])).collect())
            }
            ElemKind::ComplexFloat(_) => {
                let v = storage
                    .iter()
                    .map(|e| self.convert_float(e, kind))
                    .collect::<PResult<Vec<_>>>()?;
                DenseData::ComplexFloat(v.chunks_exact(2).map(|c| (c[0], c[1])).collect())
            }
            ElemKind::Other => match hex {
                Some((bytes, _, _)) => DenseData::String(vec![bytes.into()].into()),
                None => {
                    let mut strings = Vec::new();
                    for e in &storage {
                        let DElemKind::Str(s) = &e.kind else {
                            let spelling = self
                                .src
                                .get(e.off as usize..e.end as usize)
                                .unwrap_or("")
                                .to_string();
                            let msg = format!("expected string token, got {spelling}");
                            return Err(self.error_span(start, at_end, &msg));
                        };
                        strings.push(s.clone().into_boxed_slice());
                    }
                    DenseData::String(strings.into())
                }
            },
        };
        let count = match &data {
            DenseData::Int(v) => v.len(),
            DenseData::Float(v) => v.len(),
            DenseData::ComplexInt(v) => v.len(),
            DenseData::ComplexFloat(v) => v.len(),
            DenseData::String(v) => v.len(),
        };
        if count != numel && count != 1 {
            let msg = format!(
                "parsed {count} elements, but type ('{}') expected {numel} elements",
                self.type_str(ty)
            );
            return Err(self.error_span(start, at_end, &msg));
        }
        Ok(self.make_dense(ty, data, count == 1, numel))
    }

    /// Builds the attribute, storing a single value when every element is equal.
    fn make_dense(&self, ty: Type, data: DenseData, splat_lit: bool, numel: usize) -> Attribute {
        fn all_same<T: PartialEq + Clone>(v: &[T]) -> Option<Box<[T]>> {
            (!v.is_empty() && v.iter().all(|x| *x == v[0])).then(|| vec![v[0].clone()].into())
        }
        let (splat, data) = if numel == 0 {
            (false, data)
        } else if splat_lit {
            (true, data)
        } else {
            match &data {
                DenseData::Int(v) => {
                    all_same(v).map_or((false, data.clone()), |s| (true, DenseData::Int(s)))
                }
                DenseData::Float(v) => {
                    all_same(v).map_or((false, data.clone()), |s| (true, DenseData::Float(s)))
                }
                DenseData::ComplexInt(v) => {
                    all_same(v).map_or((false, data.clone()), |s| (true, DenseData::ComplexInt(s)))
                }
                DenseData::ComplexFloat(v) => all_same(v).map_or((false, data.clone()), |s| {
                    (true, DenseData::ComplexFloat(s))
                }),
                DenseData::String(v) => {
                    all_same(v).map_or((false, data.clone()), |s| (true, DenseData::String(s)))
                }
            }
        };
        self.ctx
            .intern_attr(AttrKind::DenseElements { ty, splat, data })
    }

    /// `dense<"0x...">`: little-endian raw data, one element (splat) or all of them.
    /// `string` is the decoded string literal at `string_span`; `at` is where `dense` is.
    fn dense_from_hex(
        &mut self,
        string: &[u8],
        string_span: (u32, u32),
        ty: Type,
        kind: ElemKind,
        numel: usize,
        at: u32,
    ) -> PResult<Attribute> {
        let bad = |p: &mut Self| {
            let msg = format!(
                "elements hex data size is invalid for provided type: '{}'",
                p.type_str(ty)
            );
            p.error_span(at, at + 5, &msg)
        };
        let hex = match string.strip_prefix(b"0x") {
            Some(h) if h.len().is_multiple_of(2) && h.iter().all(|b| b.is_ascii_hexdigit()) => h,
            _ => {
                return Err(self.error_span(
                    string_span.0,
                    string_span.1,
                    "expected string containing hex digits starting with `0x`",
                ))
            }
        };
        let bytes: Vec<u8> = hex
            .chunks(2)
            .map(|c| {
                ((c[0] as char).to_digit(16).unwrap_or(0) * 16
                    + (c[1] as char).to_digit(16).unwrap_or(0)) as u8
            })
            .collect();
        let (width, parts) = match kind {
            ElemKind::Int { width, .. } => (width, 1),
            ElemKind::Float(k) => (k.width(), 1),
            ElemKind::ComplexInt { width, .. } => (width, 2),
            ElemKind::ComplexFloat(k) => (k.width(), 2),
            ElemKind::Other => return Err(bad(self)),
        };
        if width == 1 && parts == 1 {
            // i1: bit-packed, or one byte for a splat.
            let splat = bytes.len() == 1
                && numel != 1
                && (bytes[0] == 0 || bytes[0] == 0xff || bytes[0] == 1);
            if !splat && bytes.len() != numel.div_ceil(8) {
                return Err(bad(self));
            }
            let vals: Vec<i128> = if splat {
                vec![i128::from(bytes[0] != 0)]
            } else {
                (0..numel)
                    .map(|i| i128::from((bytes[i / 8] >> (i % 8)) & 1))
                    .collect()
            };
            return Ok(self.make_dense(ty, DenseData::Int(vals.into()), splat, numel));
        }
        if !matches!(width, 8 | 16 | 32 | 64) {
            return Err(self.error_span(
                at,
                at + 5,
                "hex dense data is only supported for 8, 16, 32 and 64-bit elements",
            ));
        }
        let eb = (width / 8) as usize * parts;
        let splat = bytes.len() == eb && numel != 1;
        if !splat && bytes.len() != eb * numel {
            return Err(bad(self));
        }
        let n = bytes.len() / eb;
        let word = |i: usize| -> u128 {
            let pb = width as usize / 8;
            let chunk = &bytes[i * pb..(i + 1) * pb];
            chunk
                .iter()
                .rev()
                .fold(0u128, |acc, &b| (acc << 8) | b as u128)
        };
        let sext = |w: u128| -> i128 {
            let shift = 128 - width;
            ((w as i128) << shift) >> shift
        };
        let fl = |w: u128, k: FloatKind| decode_float_bits(w, k).unwrap_or(f64::NAN).to_bits();
        let data = match kind {
            ElemKind::Int { .. } => DenseData::Int((0..n).map(|i| sext(word(i))).collect()),
            ElemKind::Float(k) => DenseData::Float((0..n).map(|i| fl(word(i), k)).collect()),
            ElemKind::ComplexInt { .. } => DenseData::ComplexInt(
                (0..n)
                    .map(|i| (sext(word(2 * i)), sext(word(2 * i + 1))))
                    .collect(),
            ),
            ElemKind::ComplexFloat(k) => DenseData::ComplexFloat(
                (0..n)
                    .map(|i| (fl(word(2 * i), k), fl(word(2 * i + 1), k)))
                    .collect(),
            ),
            ElemKind::Other => return Err(bad(self)),
        };
        Ok(self.make_dense(ty, data, splat, numel))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integer_fitting() {
        assert_eq!(fit_integer(false, 255, 8, Signedness::Signless), Some(-1));
        assert_eq!(fit_integer(false, 256, 8, Signedness::Signless), None);
        assert_eq!(fit_integer(true, 128, 8, Signedness::Signless), Some(-128));
        assert_eq!(fit_integer(true, 129, 8, Signedness::Signless), None);
        assert_eq!(fit_integer(false, 128, 8, Signedness::Signed), None);
        assert_eq!(fit_integer(true, 1, 8, Signedness::Unsigned), None);
        assert_eq!(fit_integer(false, 1, 1, Signedness::Signless), Some(1));
        assert_eq!(fit_integer(false, 5, 0, Signedness::Signless), None);
        assert_eq!(
            fit_integer(false, u64::MAX as u128, 64, Signedness::Signless),
            Some(-1)
        );
        assert_eq!(
            fit_integer(false, u128::MAX, 256, Signedness::Signless),
            None
        );
    }

    #[test]
    fn float_rounding_and_bits() {
        assert_eq!(round_to_kind(0.1, FloatKind::F32), 0.1f32 as f64);
        assert_eq!(round_to_kind(1.0 + 1.0 / 4096.0, FloatKind::F16), 1.0);
        assert_eq!(round_to_kind(65520.0, FloatKind::F16), f64::INFINITY);
        assert_eq!(round_to_kind(448.0, FloatKind::F8E4M3FN), 448.0);
        assert!(round_to_kind(1000.0, FloatKind::F8E4M3FN).is_nan());
        assert_eq!(decode_float_bits(0x3C00, FloatKind::F16), Some(1.0));
        assert_eq!(decode_float_bits(0x3F80, FloatKind::BF16), Some(1.0));
        assert_eq!(
            decode_float_bits(0x0001, FloatKind::F16),
            Some(2f64.powi(-24))
        );
        assert!(decode_float_bits(0x7FC00000, FloatKind::F32).is_some_and(f64::is_nan));
        assert_eq!(decode_float_bits(0x1_0000, FloatKind::F16), None);
        assert_eq!(
            decode_float_bits(0x3FFF_8000_0000_0000_0000, FloatKind::F80),
            Some(1.0)
        );
    }
}
