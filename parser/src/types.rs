//! Parsing builtin types (`i32`, `tensor<2x?xf32>`, `memref<4xf32, strided<[1], offset: ?>, 1>`,
//! `(i32) -> f32`, `!dialect.x<...>`, `!alias`), and dimension lists with MLIR's
//! context-dependent `x` splitting.

use ir::asm::PResult;
use ir::types::{FloatKind, Signedness, DYNAMIC};
use ir::{AttrKind, Type, TypeKind};

use crate::attrs::{DialectSymbol, DialectSymbolKind};
use crate::lexer::TokKind;
use crate::parser::Parser;

/// MLIR's `IntegerType::kMaxWidth`.
const MAX_INT_WIDTH: u64 = 16_777_215;

/// Does `s` name a builtin type keyword (so a type starts here)?
pub(crate) fn is_type_keyword(s: &str) -> bool {
    parse_int_type_keyword(s).is_some()
        || FloatKind::from_keyword(s).is_some()
        || matches!(
            s,
            "index" | "none" | "complex" | "tuple" | "tensor" | "memref" | "vector"
        )
}

/// `i32`, `si8`, `ui16`: MLIR lexes these as integer-type tokens, not identifiers.
pub(crate) fn parse_int_type_keyword(s: &str) -> Option<(Signedness, &str)> {
    let (sign, digits) = if let Some(d) = s.strip_prefix("si") {
        (Signedness::Signed, d)
    } else if let Some(d) = s.strip_prefix("ui") {
        (Signedness::Unsigned, d)
    } else {
        (Signedness::Signless, s.strip_prefix('i')?)
    };
    (!digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())).then_some((sign, digits))
}

impl<'a> Parser<'a> {
    /// Can the current token start a type?
    pub(crate) fn at_type_start(&self) -> bool {
        match self.kind() {
            TokKind::LParen | TokKind::BangIdent => true,
            TokKind::BareIdent => is_type_keyword(self.text()),
            _ => false,
        }
    }

    pub(crate) fn parse_type_impl(&mut self) -> PResult<Type> {
        if self.kind() == TokKind::LParen {
            return self.nested(|p| p.parse_function_type());
        }
        self.parse_non_function_type()
    }

    pub(crate) fn parse_optional_type_impl(&mut self) -> PResult<Option<Type>> {
        if !self.at_type_start() {
            return Ok(None);
        }
        self.parse_type_impl().map(Some)
    }

    /// `(t, ...) -> results`.
    pub(crate) fn parse_function_type(&mut self) -> PResult<Type> {
        let inputs = self.parse_paren_type_list()?;
        self.expect(TokKind::Arrow, "expected '->' in function type")?;
        let results = self.parse_function_result_types_impl()?;
        Ok(self.ctx.function_type(&inputs, &results))
    }

    /// `(t, ...)`, possibly empty.
    pub(crate) fn parse_paren_type_list(&mut self) -> PResult<Vec<Type>> {
        self.expect(TokKind::LParen, "expected '('")?;
        if self.eat(TokKind::RParen) {
            return Ok(Vec::new());
        }
        let types = self.parse_type_list_impl()?;
        self.expect(TokKind::RParen, "expected ')'")?;
        Ok(types)
    }

    pub(crate) fn parse_type_list_impl(&mut self) -> PResult<Vec<Type>> {
        let mut types = vec![self.parse_type_impl()?];
        while self.eat(TokKind::Comma) {
            types.push(self.parse_type_impl()?);
        }
        Ok(types)
    }

    /// After `->`: a non-function type, or a parenthesized (possibly empty) list.
    pub(crate) fn parse_function_result_types_impl(&mut self) -> PResult<Vec<Type>> {
        if self.kind() == TokKind::LParen {
            return self.nested(|p| p.parse_paren_type_list());
        }
        Ok(vec![self.parse_non_function_type()?])
    }

    pub(crate) fn parse_non_function_type(&mut self) -> PResult<Type> {
        match self.kind() {
            TokKind::BangIdent => self.parse_dialect_type(),
            TokKind::BareIdent => {
                let text = self.text();
                if let Some((signedness, digits)) = parse_int_type_keyword(text) {
                    // MLIR reads the width as an `unsigned`, then checks the limit.
                    let Ok(width) = digits.parse::<u32>() else {
                        return Err(self.error_here("invalid integer width"));
                    };
                    if u64::from(width) > MAX_INT_WIDTH {
                        let tok = self.tok();
                        return Err(self.error_span(
                            tok.start,
                            tok.end,
                            "integer bitwidth is limited to 16777215 bits",
                        ));
                    }
                    self.bump();
                    return Ok(self
                        .ctx
                        .intern_type(TypeKind::Integer { width, signedness }));
                }
                if let Some(kind) = FloatKind::from_keyword(text) {
                    self.bump();
                    return Ok(self.ctx.float_type(kind));
                }
                match text {
                    "index" => {
                        self.bump();
                        Ok(self.ctx.index_type())
                    }
                    "none" => {
                        self.bump();
                        Ok(self.ctx.none_type())
                    }
                    "complex" => self.nested(|p| {
                        p.bump();
                        p.expect(TokKind::Less, "expected '<' in complex type")?;
                        let elem_off = p.tok().start;
                        let elem = p.parse_type_impl()?;
                        let elem_end = p.prev_end();
                        p.expect(TokKind::Greater, "expected '>' in complex type")?;
                        if !matches!(
                            p.ctx.type_kind(elem),
                            TypeKind::Integer { .. } | TypeKind::Float(_)
                        ) {
                            return Err(p.error_span(
                                elem_off,
                                elem_end,
                                "invalid element type for complex",
                            ));
                        }
                        Ok(p.ctx.intern_type(TypeKind::Complex(elem)))
                    }),
                    "tuple" => self.nested(|p| {
                        p.bump();
                        p.expect(TokKind::Less, "expected '<' in tuple type")?;
                        let elems = if p.eat(TokKind::Greater) {
                            Vec::new()
                        } else {
                            let elems = p.parse_type_list_impl()?;
                            p.expect(TokKind::Greater, "expected '>' in tuple type")?;
                            elems
                        };
                        Ok(p.ctx.intern_type(TypeKind::Tuple(elems.into())))
                    }),
                    "tensor" => self.nested(|p| p.parse_tensor_type()),
                    "memref" => self.nested(|p| p.parse_memref_type()),
                    "vector" => self.nested(|p| p.parse_vector_type()),
                    _ => Err(self.error_wrong_token("expected non-function type")),
                }
            }
            _ => Err(self.error_wrong_token("expected non-function type")),
        }
    }

    /// `!alias`, `!dialect.body`, `!dialect<"opaque">`.
    fn parse_dialect_type(&mut self) -> PResult<Type> {
        match self.parse_dialect_symbol(DialectSymbolKind::Type)? {
            DialectSymbol::Alias(name) => {
                let ty = self.type_aliases.get(&name).copied();
                // As MLIR, reported about the token after the alias.
                ty.ok_or_else(|| {
                    self.error_wrong_token(&format!("undefined symbol alias id '{name}'"))
                })
            }
            DialectSymbol::Entity { dialect, body } => Ok(self.ctx.intern_type(TypeKind::Opaque {
                dialect: dialect.into(),
                body: body.into(),
            })),
        }
    }

    /// Consumes the `x` of a dimension list, splitting `xf32` / `x4xf32` as MLIR does.
    pub(crate) fn parse_x_in_dimension_list(&mut self) -> PResult<()> {
        if self.kind() != TokKind::BareIdent || !self.text().starts_with('x') {
            return Err(self.error_wrong_token("expected 'x' in dimension list"));
        }
        if self.text().len() > 1 {
            let at = self.tok().start + 1;
            self.relex_current_from(at);
        } else {
            self.bump();
        }
        Ok(())
    }

    /// An integer dimension; `0x..` is the dimension 0 followed by `x..`.
    fn parse_integer_in_dimension_list(&mut self) -> PResult<i64> {
        if self.kind() != TokKind::Integer {
            return Err(self.error_here("invalid dimension"));
        }
        let text = self.text();
        if text.len() > 1 && text.as_bytes()[1] == b'x' {
            let at = self.tok().start + 1;
            self.relex_current_from(at);
            return Ok(0);
        }
        match text.parse::<i64>() {
            Ok(v) => {
                self.bump();
                Ok(v)
            }
            Err(_) => Err(self.error_here("invalid dimension")),
        }
    }

    /// `(dim x)*` where dim is an integer or `?`: a ranked dimension list with trailing `x`.
    fn parse_dimension_list_ranked(&mut self, allow_dynamic: bool) -> PResult<Vec<i64>> {
        let mut dims = Vec::new();
        while matches!(self.kind(), TokKind::Integer | TokKind::Question) {
            if self.kind() == TokKind::Question {
                if !allow_dynamic {
                    return Err(self.error_here("expected static shape"));
                }
                self.bump();
                dims.push(DYNAMIC);
            } else {
                dims.push(self.parse_integer_in_dimension_list()?);
            }
            self.parse_x_in_dimension_list()?;
        }
        Ok(dims)
    }

    /// Is `ty` a valid element type of a tensor (MLIR's `TensorType::isValidElementType`)?
    fn is_tensor_element(&self, ty: Type) -> bool {
        matches!(
            self.ctx.type_kind(ty),
            TypeKind::Complex(_)
                | TypeKind::Float(_)
                | TypeKind::Integer { .. }
                | TypeKind::Index
                | TypeKind::Vector { .. }
                | TypeKind::Opaque { .. }
        )
    }

    /// Is `ty` a valid element type of a memref (MLIR's
    /// `BaseMemRefType::isValidElementType`)?
    fn is_memref_element(&self, ty: Type) -> bool {
        matches!(
            self.ctx.type_kind(ty),
            TypeKind::Complex(_)
                | TypeKind::Float(_)
                | TypeKind::Integer { .. }
                | TypeKind::Index
                | TypeKind::Vector { .. }
                | TypeKind::MemRef { .. }
                | TypeKind::UnrankedMemRef { .. }
                | TypeKind::Opaque { .. }
        )
    }

    /// The `*x` or `2x?x` before the element type of a tensor or memref: (unranked, shape).
    fn parse_shaped_prefix(&mut self) -> PResult<(bool, Vec<i64>)> {
        if self.eat(TokKind::Star) {
            self.parse_x_in_dimension_list()?;
            return Ok((true, Vec::new()));
        }
        Ok((false, self.parse_dimension_list_ranked(true)?))
    }

    /// `tensor<2x?xf32>`, `tensor<*xf32>`, `tensor<4xf32, #enc>` (MLIR's `parseTensorType`).
    fn parse_tensor_type(&mut self) -> PResult<Type> {
        self.bump();
        self.expect(TokKind::Less, "expected '<' in tensor type")?;
        let (unranked, shape) = self.parse_shaped_prefix()?;
        let elem_start = self.tok().start;
        let elem = self.parse_type_impl()?;
        let elem_end = self.prev_end();
        let encoding = if self.eat(TokKind::Comma) {
            Some(self.parse_attribute_impl()?)
        } else {
            None
        };
        self.expect(TokKind::Greater, "expected '>' in tensor type")?;
        if !self.is_tensor_element(elem) {
            return Err(self.error_span(elem_start, elem_end, "invalid tensor element type"));
        }
        if unranked {
            if encoding.is_some() {
                return Err(self.error_here("cannot apply encoding to unranked tensor"));
            }
            return Ok(self.ctx.intern_type(TypeKind::UnrankedTensor { elem }));
        }
        Ok(self.ctx.intern_type(TypeKind::RankedTensor {
            shape: shape.into(),
            elem,
            encoding,
        }))
    }

    /// `memref<4x?xf32, layout, memory_space>`, `memref<*xf32, 1>` (MLIR's
    /// `parseMemRefType`).
    fn parse_memref_type(&mut self) -> PResult<Type> {
        let memref_tok = self.tok();
        self.bump();
        self.expect(TokKind::Less, "expected '<' in memref type")?;
        let (unranked, shape) = self.parse_shaped_prefix()?;
        let elem_start = self.tok().start;
        let elem = self.parse_type_impl()?;
        if !self.is_memref_element(elem) {
            let end = self.prev_end();
            return Err(self.error_span(elem_start, end, "invalid memref element type"));
        }
        let mut layout = None;
        let mut memory_space = None;
        if !self.eat(TokKind::Greater) {
            self.expect(TokKind::Comma, "expected ',' or '>' in memref type")?;
            if self.kind() == TokKind::Greater {
                return Err(self.error_wrong_token("expected list element"));
            }
            loop {
                let attr = self.parse_attribute_impl()?;
                let is_layout = matches!(
                    self.ctx.attr_kind(attr),
                    AttrKind::AffineMap(_) | AttrKind::Strided { .. }
                );
                if !is_layout {
                    if memory_space.is_some() {
                        return Err(
                            self.error_here("multiple memory spaces specified in memref type")
                        );
                    }
                    memory_space = Some(attr);
                } else {
                    // (A later layout replaces an earlier one, as in mlir-opt.)
                    layout = Some(attr);
                    if unranked {
                        return Err(
                            self.error_here("cannot have affine map for unranked memref type")
                        );
                    }
                    if memory_space.is_some() {
                        return Err(
                            self.error_here("expected memory space to be last in memref type")
                        );
                    }
                }
                if !self.eat(TokKind::Comma) {
                    break;
                }
            }
            self.expect(TokKind::Greater, "expected ',' or '>'")?;
        }
        if unranked {
            return Ok(self
                .ctx
                .intern_type(TypeKind::UnrankedMemRef { elem, memory_space }));
        }
        // MemRefType's verifier, at the `memref` keyword.
        match layout.map(|l| self.ctx.attr_kind(l)) {
            Some(AttrKind::AffineMap(m)) if m.num_dims as usize != shape.len() => {
                let msg = format!(
                    "memref layout mismatch between rank and affine map: {} != {}",
                    shape.len(),
                    m.num_dims
                );
                return Err(self.error_span(memref_tok.start, memref_tok.end, &msg));
            }
            Some(AttrKind::Strided { strides, .. }) if strides.len() != shape.len() => {
                return Err(self.error_span(
                    memref_tok.start,
                    memref_tok.end,
                    "expected the number of strides to match the rank",
                ));
            }
            _ => {}
        }
        Ok(self.ctx.intern_type(TypeKind::MemRef {
            shape: shape.into(),
            elem,
            layout,
            memory_space,
        }))
    }

    /// `vector<4x[8]xf32>`, `vector<f32>`.
    fn parse_vector_type(&mut self) -> PResult<Type> {
        let vector_tok = self.tok();
        self.bump();
        self.expect(TokKind::Less, "expected '<' in vector type")?;
        let mut shape = Vec::new();
        let mut scalable = Vec::new();
        while matches!(self.kind(), TokKind::Integer | TokKind::LSquare) {
            let is_scalable = self.eat(TokKind::LSquare);
            shape.push(self.parse_integer_in_dimension_list()?);
            if is_scalable && !self.eat(TokKind::RSquare) {
                return Err(self.error_wrong_token("missing ']' closing scalable dimension"));
            }
            scalable.push(is_scalable);
            self.parse_x_in_dimension_list()?;
        }
        let elem = self.parse_type_impl()?;
        self.expect(TokKind::Greater, "expected '>' in vector type")?;
        // VectorType's verifier, at the `vector` keyword.
        if let Some(&d) = shape.iter().find(|&&d| d <= 0) {
            let msg = format!("vector types must have positive constant sizes but got {d}");
            return Err(self.error_span(vector_tok.start, vector_tok.end, &msg));
        }
        // Dialect types are accepted: some implement the interface (`!llvm.ptr`), and we
        // cannot tell which.
        if !matches!(
            self.ctx.type_kind(elem),
            TypeKind::Integer { .. }
                | TypeKind::Index
                | TypeKind::Float(_)
                | TypeKind::Opaque { .. }
        ) {
            return Err(self.error_span(
                vector_tok.start,
                vector_tok.end,
                "failed to verify 'elementType': VectorElementTypeInterface instance",
            ));
        }
        Ok(self.ctx.intern_type(TypeKind::Vector {
            shape: shape.into(),
            scalable: scalable.into(),
            elem,
        }))
    }
}
