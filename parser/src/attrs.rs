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

/// A literal inside `dense<...>`, before the type is known.
enum DLit {
    Int { neg: bool, text: String, off: u32 },
    Float { value: f64 },
    Bool(bool),
    Str(Vec<u8>),
    Complex(Box<DLit>, Box<DLit>),
    List(Vec<DLit>, u32),
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
        TypeKind::Index => ElemKind::Int {
            width: 64,
            signedness: Signedness::Signless,
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
                    self.expect(TokKind::RSquare, "expected ']' to end array attribute")?;
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
                "loc" if self.peek_kind(1) == TokKind::LParen => self.parse_location(),
                "affine_map" | "affine_set" => self.parse_affine_attr(),
                "array" if self.peek_kind(1) == TokKind::Less => self.parse_dense_array(),
                "strided" if self.peek_kind(1) == TokKind::Less => self.parse_strided(),
                "dense" if self.peek_kind(1) == TokKind::Less => self.parse_dense(),
                kw @ ("dense_resource" | "sparse" | "distinct") => Err(self.error_here(&format!(
                    "'{kw}' attributes are not supported by this parser"
                ))),
                _ if self.at_type_start() => {
                    let ty = self.parse_type_impl()?;
                    Ok(self.ctx.type_attr(ty))
                }
                _ => Err(self.error_here("expected attribute value")),
            },
            _ if self.at_type_start() => {
                let ty = self.parse_type_impl()?;
                Ok(self.ctx.type_attr(ty))
            }
            _ => Err(self.error_here("expected attribute value")),
        }
    }

    /// `#alias`, `#dialect.body`, `#dialect<"opaque">`.
    fn parse_hash_attr(&mut self) -> PResult<Attribute> {
        let tok = self.tok();
        let text = &self.text()[1..];
        let (name, has_body) = match text.find('<') {
            Some(i) => (&text[..i], true),
            None => (text, false),
        };
        if !has_body && !name.contains('.') {
            let Some(&attr) = self.attr_aliases.get(name) else {
                return Err(self.error_span(
                    tok.start,
                    tok.end,
                    &format!("undefined symbol alias id '{name}'"),
                ));
            };
            self.bump();
            return Ok(attr);
        }
        let (dialect, body) = match text.split_once('.') {
            Some((d, b)) if !d.contains('<') => (d, b.to_string()),
            _ => (name, text[name.len()..].to_string()),
        };
        if let Err(msg) = self.ctx.registry().check_dialect_attr(dialect, &body) {
            return Err(self.error_span(tok.start, tok.end, &msg));
        }
        self.bump();
        Ok(self.ctx.intern_attr(AttrKind::Opaque {
            dialect: dialect.into(),
            body: body.into(),
        }))
    }

    /// `@a`, `@"a"`, `@a::@b::@c`.
    fn parse_symbol_ref(&mut self) -> PResult<Attribute> {
        let root = self.symbol_name()?;
        let mut nested = Vec::new();
        while self.kind() == TokKind::Colon
            && self.peek_kind(1) == TokKind::Colon
            && self.peek_tok(1).start == self.tok().end
            && matches!(self.peek_kind(2), TokKind::AtIdent | TokKind::AtString)
        {
            self.bump();
            self.bump();
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
        let start = self.tok().start;
        let neg = self.eat(TokKind::Minus);
        let tok = self.tok();
        if !matches!(tok.kind, TokKind::Integer | TokKind::Float) {
            return Err(self.error_here("expected constant integer or floating point value"));
        }
        let text = self.text();
        self.bump();
        let ty = if self.eat(TokKind::Colon) {
            Some(self.parse_type_impl()?)
        } else {
            None
        };
        let end = self.prev_end();
        if tok.kind == TokKind::Float {
            let ty = ty.unwrap_or_else(|| self.ctx.float_type(FloatKind::F64));
            let TypeKind::Float(kind) = *self.ctx.type_kind(ty) else {
                return Err(self.error_span(
                    start,
                    end,
                    "floating point value not valid for specified type",
                ));
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
                        start,
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
            TypeKind::Integer { width, signedness } => {
                let v = parse_magnitude(text).and_then(|m| fit_integer(neg, m, width, signedness));
                match v {
                    Some(value) => Ok(self.ctx.intern_attr(AttrKind::Integer { value, ty })),
                    None if neg && signedness == Signedness::Unsigned => Err(self.error_span(
                        start,
                        tok.end,
                        "negative integer literal not valid for unsigned integer type",
                    )),
                    None => Err(self.error_span(
                        start,
                        tok.end,
                        "integer constant out of range for attribute",
                    )),
                }
            }
            TypeKind::Index => match parse_magnitude(text)
                .and_then(|m| fit_integer(neg, m, 64, Signedness::Signless))
            {
                Some(value) => Ok(self.ctx.intern_attr(AttrKind::Integer { value, ty })),
                None => Err(self.error_span(
                    start,
                    tok.end,
                    "integer constant out of range for attribute",
                )),
            },
            _ => Err(self.error_span(start, end, "integer literal not valid for specified type")),
        }
    }

    /// Finds the `>` closing the affine body that starts after the `<` at `lt`; returns the
    /// offset of that `>`.
    fn scan_affine_body(&self, lt: u32) -> Option<u32> {
        let bytes = self.src.as_bytes();
        let mut depth = 0i32;
        let mut i = lt as usize + 1;
        while i < bytes.len() {
            match bytes[i] {
                b'(' | b'[' => depth += 1,
                b')' | b']' => depth -= 1,
                b'-' if bytes.get(i + 1) == Some(&b'>') => i += 1,
                b'>' if bytes.get(i + 1) == Some(&b'=') => i += 1,
                b'<' if bytes.get(i + 1) == Some(&b'=') => i += 1,
                b'>' if depth <= 0 => return Some(i as u32),
                b'{' | b'}' | b'"' | b';' => return None,
                _ => {}
            }
            i += 1;
        }
        None
    }

    /// `affine_map<...>` / `affine_set<...>`: the body goes to the lalrpop grammar.
    fn parse_affine_attr(&mut self) -> PResult<Attribute> {
        let is_map = self.text() == "affine_map";
        self.bump();
        if self.kind() != TokKind::Less {
            return Err(self.error_here(if is_map {
                "expected '<' in affine map"
            } else {
                "expected '<' in integer set"
            }));
        }
        let lt = self.tok().start;
        let Some(gt) = self.scan_affine_body(lt) else {
            let what = if is_map { "affine map" } else { "integer set" };
            return Err(self.error_span(lt, lt + 1, &format!("expected '>' to close {what}")));
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
            Err((off, msg)) => {
                let at = base + off as u32;
                return Err(self.error_span(at, (at + 1).min(gt.max(at)), &msg));
            }
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

    /// `array<i64: 1, 2>`, `array<f32>`.
    fn parse_dense_array(&mut self) -> PResult<Attribute> {
        self.bump();
        self.bump();
        let ty_start = self.tok().start;
        let elem = self.parse_type_impl()?;
        let kind = elem_kind(self.ctx, elem);
        let is_float = match kind {
            ElemKind::Int { .. } => false,
            ElemKind::Float(_) => true,
            _ => {
                let end = self.prev_end();
                let msg = format!(
                    "expected integer or float type, got: '{}'",
                    self.type_str(elem)
                );
                return Err(self.error_span(ty_start, end, &msg));
            }
        };
        let mut ints = Vec::new();
        let mut floats = Vec::new();
        if self.eat(TokKind::Colon) {
            loop {
                let lit = self.parse_dense_scalar()?;
                let start = self.prev_end();
                if is_float {
                    floats.push(self.convert_float(&lit, kind, start)?);
                } else {
                    ints.push(self.convert_int(&lit, kind, start)?);
                }
                if !self.eat(TokKind::Comma) {
                    break;
                }
            }
        }
        self.expect(TokKind::Greater, "expected '>' to close an array attribute")?;
        let data = if is_float {
            DenseData::Float(floats.into())
        } else {
            DenseData::Int(ints.into())
        };
        Ok(self.ctx.intern_attr(AttrKind::DenseArray { elem, data }))
    }

    /// `strided<[1, ?], offset: ?>`.
    fn parse_strided(&mut self) -> PResult<Attribute> {
        self.bump();
        self.bump();
        self.expect(TokKind::LSquare, "expected '['")?;
        let mut strides = Vec::new();
        if !self.eat(TokKind::RSquare) {
            loop {
                strides.push(self.parse_stride_value()?);
                if !self.eat(TokKind::Comma) {
                    break;
                }
            }
            self.expect(TokKind::RSquare, "expected ']'")?;
        }
        let mut offset = 0;
        if self.eat(TokKind::Comma) {
            if !self.eat_keyword("offset") {
                return Err(self.error_here("expected 'offset' after comma"));
            }
            self.expect(TokKind::Colon, "expected ':' after 'offset'")?;
            offset = self.parse_stride_value()?;
        }
        self.expect(TokKind::Greater, "expected '>'")?;
        Ok(self.ctx.intern_attr(AttrKind::Strided {
            strides: strides.into(),
            offset,
        }))
    }

    fn parse_stride_value(&mut self) -> PResult<i64> {
        if self.eat(TokKind::Question) {
            return Ok(DYNAMIC);
        }
        let start = self.tok().start;
        let neg = self.eat(TokKind::Minus);
        if self.kind() != TokKind::Integer {
            return Err(self.error_here("expected a 64-bit signed integer or '?'"));
        }
        let v =
            parse_magnitude(self.text()).and_then(|m| fit_integer(neg, m, 64, Signedness::Signed));
        let end = self.tok().end;
        self.bump();
        match v {
            Some(v) if v as i64 != DYNAMIC => Ok(v as i64),
            _ => Err(self.error_span(start, end, "expected a 64-bit signed integer or '?'")),
        }
    }

    // ----- dense -----

    /// A scalar element: `[-]int`, `[-]float`, `true`, `false`, a string, `(re, im)`.
    fn parse_dense_scalar(&mut self) -> PResult<DLit> {
        let tok = self.tok();
        match tok.kind {
            TokKind::Minus | TokKind::Integer | TokKind::Float => {
                let neg = self.eat(TokKind::Minus);
                let t = self.tok();
                let text = self.text().to_string();
                match t.kind {
                    TokKind::Integer => {
                        self.bump();
                        Ok(DLit::Int {
                            neg,
                            text,
                            off: t.start,
                        })
                    }
                    TokKind::Float => {
                        self.bump();
                        let Ok(v) = text.parse::<f64>() else {
                            return Err(self.error_span(
                                t.start,
                                t.end,
                                "invalid floating point literal",
                            ));
                        };
                        Ok(DLit::Float {
                            value: if neg { -v } else { v },
                        })
                    }
                    _ => Err(self.error_here("expected integer or floating point literal")),
                }
            }
            TokKind::String => {
                let v = self.string_value(tok);
                self.bump();
                Ok(DLit::Str(v))
            }
            TokKind::LParen => {
                self.bump();
                let re = self.parse_dense_scalar()?;
                self.expect(
                    TokKind::Comma,
                    "expected ',' between real and imaginary parts",
                )?;
                let im = self.parse_dense_scalar()?;
                self.expect(TokKind::RParen, "expected ')' after complex value")?;
                Ok(DLit::Complex(Box::new(re), Box::new(im)))
            }
            TokKind::BareIdent if matches!(self.text(), "true" | "false") => {
                let b = self.text() == "true";
                self.bump();
                Ok(DLit::Bool(b))
            }
            _ => Err(self.error_here("expected element literal of primitive type")),
        }
    }

    fn parse_dense_literal(&mut self) -> PResult<DLit> {
        if self.kind() != TokKind::LSquare {
            return self.parse_dense_scalar();
        }
        self.nested(|p| {
            let off = p.tok().start;
            p.bump();
            let mut items = Vec::new();
            if !p.eat(TokKind::RSquare) {
                loop {
                    items.push(p.parse_dense_literal()?);
                    if !p.eat(TokKind::Comma) {
                        break;
                    }
                }
                p.expect(TokKind::RSquare, "expected ']' in tensor literal")?;
            }
            Ok(DLit::List(items, off))
        })
    }

    /// The shape a literal implies.
    fn literal_shape(&mut self, lit: &DLit) -> PResult<Vec<i64>> {
        let DLit::List(items, off) = lit else {
            return Ok(Vec::new());
        };
        let mut shape: Option<Vec<i64>> = None;
        for item in items {
            let s = self.literal_shape(item)?;
            match &shape {
                None => shape = Some(s),
                Some(prev) if prev.len() != s.len() => {
                    let at = match item {
                        DLit::List(_, o) => *o,
                        _ => *off,
                    };
                    return Err(self.error_span(
                        at,
                        at + 1,
                        "tensor literal is invalid; ranks are not consistent between elements",
                    ));
                }
                Some(prev) if *prev != s => {
                    let at = match item {
                        DLit::List(_, o) => *o,
                        _ => *off,
                    };
                    return Err(self.error_span(
                        at,
                        at + 1,
                        "tensor literal is invalid; dimensions are not consistent between elements",
                    ));
                }
                Some(_) => {}
            }
        }
        let mut out = vec![items.len() as i64];
        out.extend(shape.unwrap_or_default());
        Ok(out)
    }

    fn flatten<'l>(lit: &'l DLit, out: &mut Vec<&'l DLit>) {
        match lit {
            DLit::List(items, _) => items.iter().for_each(|i| Self::flatten(i, out)),
            _ => out.push(lit),
        }
    }

    fn convert_int(&mut self, lit: &DLit, kind: ElemKind, at: u32) -> PResult<i128> {
        let (width, signedness) = match kind {
            ElemKind::Int { width, signedness } | ElemKind::ComplexInt { width, signedness } => {
                (width, signedness)
            }
            _ => (64, Signedness::Signless),
        };
        match lit {
            DLit::Int { neg, text, off } => parse_magnitude(text)
                .and_then(|m| fit_integer(*neg, m, width, signedness))
                .ok_or_else(|| {
                    self.error_span(
                        *off,
                        *off + text.len() as u32,
                        "integer constant out of range for type",
                    )
                }),
            DLit::Bool(b) if width == 1 => Ok(i128::from(*b)),
            DLit::Bool(_) => {
                Err(self.error_span(at, at, "expected i1 type for 'true' or 'false' values"))
            }
            DLit::Float { .. } => Err(self.error_span(
                at,
                at,
                "expected integer elements, but parsed floating-point",
            )),
            _ => Err(self.error_span(at, at, "expected integer element")),
        }
    }

    fn convert_float(&mut self, lit: &DLit, kind: ElemKind, at: u32) -> PResult<u64> {
        let fk = match kind {
            ElemKind::Float(k) | ElemKind::ComplexFloat(k) => k,
            _ => FloatKind::F64,
        };
        let v = match lit {
            DLit::Float { value, .. } => round_to_kind(*value, fk),
            DLit::Int { neg, text, off } => {
                let Some(m) = parse_magnitude(text) else {
                    return Err(self.error_span(
                        *off,
                        *off + text.len() as u32,
                        "integer literal out of range",
                    ));
                };
                if text.starts_with("0x") {
                    if *neg {
                        return Err(self.error_span(
                            *off,
                            *off,
                            "hexadecimal float literal should not have a leading minus",
                        ));
                    }
                    match decode_float_bits(m, fk) {
                        Some(v) => v,
                        None => {
                            return Err(self.error_span(
                                *off,
                                *off,
                                "hexadecimal float constant out of range for type",
                            ))
                        }
                    }
                } else {
                    let span = self.span(*off, *off + text.len() as u32);
                    self.diags.push(
                        ir::Diagnostic::error(
                            span,
                            "unexpected decimal integer literal for a floating point value",
                        )
                        .with_note(span, "add a trailing dot to make the literal a float"),
                    );
                    return Err(ir::asm::ParseFailed);
                }
            }
            DLit::Bool(_) => {
                return Err(self.error_span(
                    at,
                    at,
                    "expected floating-point elements, but parsed boolean",
                ))
            }
            _ => return Err(self.error_span(at, at, "expected floating-point element")),
        };
        Ok(v.to_bits())
    }

    /// `dense<literal> : type`.
    fn parse_dense(&mut self) -> PResult<Attribute> {
        let start = self.tok().start;
        self.bump();
        self.bump();
        let lit = if self.kind() == TokKind::Greater {
            DLit::List(Vec::new(), start)
        } else {
            self.parse_dense_literal()?
        };
        self.expect(TokKind::Greater, "expected '>' to close dense literal")?;
        if !self.eat(TokKind::Colon) {
            return Err(self.error_here("expected ':' followed by the type of the dense elements"));
        }
        let ty_start = self.tok().start;
        let ty = self.parse_type_impl()?;
        let ty_end = self.prev_end();
        let (shape, elem) = match self.ctx.type_kind(ty) {
            TypeKind::RankedTensor { shape, elem, .. } | TypeKind::Vector { shape, elem, .. } => {
                (shape.to_vec(), *elem)
            }
            _ => {
                return Err(self.error_span(
                    ty_start,
                    ty_end,
                    "elements literal must be a ranked tensor or vector type",
                ))
            }
        };
        if shape.contains(&DYNAMIC) {
            return Err(self.error_span(
                ty_start,
                ty_end,
                "elements literal type must have static shape",
            ));
        }
        let numel = shape
            .iter()
            .try_fold(1usize, |acc, &d| acc.checked_mul(usize::try_from(d).ok()?));
        let Some(numel) = numel.filter(|&n| n <= 1 << 32) else {
            return Err(self.error_span(ty_start, ty_end, "elements literal type is too large"));
        };
        let kind = elem_kind(self.ctx, elem);

        // Hex data.
        if let DLit::Str(s) = &lit {
            if s.starts_with(b"0x") && !matches!(kind, ElemKind::Other) {
                let hex = s[2..].to_vec();
                return self.dense_from_hex(&hex, ty, kind, numel, start);
            }
        }

        let splat_lit = !matches!(lit, DLit::List(..));
        if !splat_lit {
            let inferred = self.literal_shape(&lit)?;
            let matches = inferred == shape || (numel == 0 && inferred == [0]);
            if !matches {
                let fmt = |s: &[i64]| {
                    s.iter()
                        .map(|d| d.to_string())
                        .collect::<Vec<_>>()
                        .join(", ")
                };
                let msg = format!(
                    "inferred shape of elements literal ([{}]) does not match type ([{}])",
                    fmt(&inferred),
                    fmt(&shape)
                );
                return Err(self.error_span(start, start + 5, &msg));
            }
        }
        let mut flat = Vec::new();
        Self::flatten(&lit, &mut flat);
        let at = start;
        let data = if !flat.is_empty() && flat.iter().all(|l| matches!(l, DLit::Str(_))) {
            DenseData::String(
                flat.iter()
                    .map(|l| {
                        if let DLit::Str(s) = l {
                            s.clone().into()
                        } else {
                            Box::default()
                        }
                    })
                    .collect(),
            )
        } else {
            match kind {
                ElemKind::Int { .. } => DenseData::Int(
                    flat.iter()
                        .map(|l| self.convert_int(l, kind, at))
                        .collect::<PResult<Vec<_>>>()?
                        .into(),
                ),
                ElemKind::Float(_) => DenseData::Float(
                    flat.iter()
                        .map(|l| self.convert_float(l, kind, at))
                        .collect::<PResult<Vec<_>>>()?
                        .into(),
                ),
                ElemKind::ComplexInt { .. } | ElemKind::ComplexFloat(_) => {
                    let is_int = matches!(kind, ElemKind::ComplexInt { .. });
                    let mut ints = Vec::new();
                    let mut floats = Vec::new();
                    for l in &flat {
                        let DLit::Complex(re, im) = l else {
                            return Err(self.error_span(at, at + 5, "expected complex elements '(real, imag)' for a complex element type"));
                        };
                        if is_int {
                            ints.push((
                                self.convert_int(re, kind, at)?,
                                self.convert_int(im, kind, at)?,
                            ));
                        } else {
                            floats.push((
                                self.convert_float(re, kind, at)?,
                                self.convert_float(im, kind, at)?,
                            ));
                        }
                    }
                    if is_int {
                        DenseData::ComplexInt(ints.into())
                    } else {
                        DenseData::ComplexFloat(floats.into())
                    }
                }
                ElemKind::Other => {
                    if flat.is_empty() {
                        DenseData::Int(Box::new([]))
                    } else {
                        let msg = format!(
                            "invalid element type for dense attribute: '{}'",
                            self.type_str(elem)
                        );
                        return Err(self.error_span(ty_start, ty_end, &msg));
                    }
                }
            }
        };
        Ok(self.make_dense(ty, data, splat_lit, numel))
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
    fn dense_from_hex(
        &mut self,
        hex: &[u8],
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
        if !hex.len().is_multiple_of(2) || !hex.iter().all(|b| b.is_ascii_hexdigit()) {
            return Err(self.error_span(
                at,
                at + 5,
                "expected string containing hex digits starting with `0x`",
            ));
        }
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
