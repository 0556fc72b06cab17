//! The [`ir::asm::AsmParser`] implementation: what custom op syntax (declarative formats
//! and hand-written parsers) can ask of the textual parser.

use ir::asm::{Argument, AsmParser, PResult, ParseFailed, Punct, UnresolvedOperand};
use ir::{Attribute, BlockId, Context, NamedAttr, RegionId, Type, ValueId};

use crate::lexer::TokKind;
use crate::parser::Parser;

fn punct_kind(p: Punct) -> TokKind {
    match p {
        Punct::LParen => TokKind::LParen,
        Punct::RParen => TokKind::RParen,
        Punct::LSquare => TokKind::LSquare,
        Punct::RSquare => TokKind::RSquare,
        Punct::LBrace => TokKind::LBrace,
        Punct::RBrace => TokKind::RBrace,
        Punct::Less => TokKind::Less,
        Punct::Greater => TokKind::Greater,
        Punct::Comma => TokKind::Comma,
        Punct::Colon => TokKind::Colon,
        Punct::Equal => TokKind::Equal,
        Punct::Arrow => TokKind::Arrow,
        Punct::Question => TokKind::Question,
        Punct::Star => TokKind::Star,
        Punct::Plus => TokKind::Plus,
        Punct::Ellipsis => TokKind::Ellipsis,
    }
}

impl AsmParser for Parser<'_> {
    fn ctx(&self) -> &Context {
        self.ctx
    }

    fn error(&mut self, message: &str) -> ParseFailed {
        let offset = self.tok().start;
        AsmParser::error_at(self, offset, message)
    }

    /// As MLIR's `CustomOpAsmParser::emitError`, the message is prefixed with
    /// `custom op 'name' `.
    fn error_at(&mut self, offset: u32, message: &str) -> ParseFailed {
        let end = self.tok_text(self.peek_tok_at(offset)).len() as u32;
        let message = match self.custom_ops.last() {
            Some(name) => format!("custom op '{name}' {message}"),
            None => message.to_string(),
        };
        self.error_span(offset, offset + end, &message)
    }

    fn offset(&self) -> u32 {
        self.tok().start
    }

    fn parse_optional_punct(&mut self, p: Punct) -> bool {
        self.eat(punct_kind(p))
    }

    fn parse_punct(&mut self, p: Punct) -> PResult<()> {
        if self.eat(punct_kind(p)) {
            Ok(())
        } else {
            Err(self.error_wrong_token(&format!("expected '{}'", p.text())))
        }
    }

    fn peek_punct(&self, p: Punct) -> bool {
        self.kind() == punct_kind(p)
    }

    fn parse_optional_keyword(&mut self, kw: &str) -> bool {
        self.eat_keyword(kw)
    }

    fn parse_keyword(&mut self, kw: &str) -> PResult<()> {
        if self.eat_keyword(kw) {
            Ok(())
        } else {
            Err(AsmParser::error(self, &format!("expected '{kw}'")))
        }
    }

    fn parse_optional_any_keyword(&mut self) -> Option<String> {
        if self.kind() != TokKind::BareIdent {
            return None;
        }
        let s = self.text().to_string();
        self.bump();
        Some(s)
    }

    fn parse_optional_integer(&mut self) -> PResult<Option<i128>> {
        let negative = self.eat(TokKind::Minus);
        if self.kind() != TokKind::Integer {
            if negative {
                return Err(AsmParser::error(self, "expected integer value"));
            }
            return Ok(None);
        }
        let text = self.text();
        let value = match text.strip_prefix("0x") {
            Some(hex) => i128::from_str_radix(hex, 16),
            None => text.parse::<i128>(),
        };
        let Ok(value) = value else {
            return Err(AsmParser::error(self, "integer value too large"));
        };
        self.bump();
        Ok(Some(if negative { -value } else { value }))
    }

    fn parse_optional_operand(&mut self) -> PResult<Option<UnresolvedOperand>> {
        self.parse_optional_ssa_use()
    }

    fn parse_operand(&mut self) -> PResult<UnresolvedOperand> {
        self.parse_ssa_use()
    }

    fn parse_operand_list(&mut self) -> PResult<Vec<UnresolvedOperand>> {
        let mut out = Vec::new();
        let Some(first) = self.parse_optional_ssa_use()? else {
            return Ok(out);
        };
        out.push(first);
        while self.eat(TokKind::Comma) {
            out.push(self.parse_operand()?);
        }
        Ok(out)
    }

    fn resolve_operands(
        &mut self,
        operands: &[UnresolvedOperand],
        types: &[Type],
        offset: u32,
    ) -> PResult<Vec<ValueId>> {
        if operands.len() != types.len() {
            let msg = format!(
                "{} operands present, but expected {}",
                operands.len(),
                types.len()
            );
            return Err(AsmParser::error_at(self, offset, &msg));
        }
        operands
            .iter()
            .zip(types)
            .map(|(u, &t)| self.resolve_ssa_use(u, t))
            .collect()
    }

    fn parse_type(&mut self) -> PResult<Type> {
        self.parse_type_impl()
    }

    fn parse_optional_type(&mut self) -> PResult<Option<Type>> {
        self.parse_optional_type_impl()
    }

    fn parse_type_list(&mut self) -> PResult<Vec<Type>> {
        self.parse_type_list_impl()
    }

    fn parse_function_result_types(&mut self) -> PResult<Vec<Type>> {
        self.parse_function_result_types_impl()
    }

    fn parse_attribute(&mut self) -> PResult<Attribute> {
        self.parse_attribute_impl()
    }

    fn parse_optional_attribute(&mut self) -> PResult<Option<Attribute>> {
        self.parse_optional_attribute_impl()
    }

    fn parse_optional_attr_dict(&mut self) -> PResult<Vec<NamedAttr>> {
        if self.kind() != TokKind::LBrace {
            return Ok(Vec::new());
        }
        self.parse_attr_dict_entries()
    }

    fn parse_optional_symbol_name(&mut self) -> PResult<Option<String>> {
        if !matches!(self.kind(), TokKind::AtIdent | TokKind::AtString) {
            return Ok(None);
        }
        self.symbol_name().map(Some)
    }

    fn parse_optional_string(&mut self) -> PResult<Option<Vec<u8>>> {
        if self.kind() != TokKind::String {
            return Ok(None);
        }
        let v = self.string_value(self.tok());
        self.bump();
        Ok(Some(v))
    }

    fn parse_argument(&mut self, with_type: bool, allow_attrs: bool) -> PResult<Argument> {
        match self.parse_optional_argument(with_type, allow_attrs)? {
            Some(a) => Ok(a),
            None => Err(self.error_wrong_token("expected SSA operand")),
        }
    }

    fn parse_optional_argument(
        &mut self,
        with_type: bool,
        allow_attrs: bool,
    ) -> PResult<Option<Argument>> {
        let Some(name) = self.parse_optional_ssa_use()? else {
            return Ok(None);
        };
        let ty = if with_type {
            self.parse_punct(Punct::Colon)?;
            AsmParser::parse_type(self)?
        } else {
            self.ctx.none_type()
        };
        let attrs = if allow_attrs && self.kind() == TokKind::LBrace {
            let entries = self.parse_attr_dict_entries()?;
            Some(self.ctx.dictionary_attr(entries))
        } else {
            None
        };
        let loc = self.parse_optional_trailing_location()?;
        Ok(Some(Argument {
            name,
            ty,
            attrs,
            loc,
        }))
    }

    fn parse_region(&mut self, entry_args: &[Argument]) -> PResult<RegionId> {
        self.parse_region_impl(entry_args)
    }

    fn parse_optional_region(&mut self, entry_args: &[Argument]) -> PResult<Option<RegionId>> {
        if self.kind() != TokKind::LBrace {
            return Ok(None);
        }
        self.parse_region_impl(entry_args).map(Some)
    }

    fn create_region(&mut self) -> RegionId {
        self.ir.create_region()
    }

    fn ensure_entry_block(&mut self, region: RegionId) {
        if self.ir.region_blocks(region).is_empty() {
            let block = self.ir.create_block(&[]);
            self.ir.append_block(region, block);
        }
    }

    fn ensure_terminator(&mut self, region: RegionId, name: &str, loc: Attribute) {
        AsmParser::ensure_entry_block(self, region);
        let block = self.ir.region_blocks(region)[0];
        let terminated = self.ir.last_op(block).is_some_and(|o| {
            self.ctx
                .op_def(self.ir.op_name(o))
                .is_some_and(|d| d.is_terminator())
        });
        if !terminated {
            let state = ir::OperationState::new(self.ctx.op_name(name), loc);
            let op = self.ir.create_op(self.ctx, state);
            self.ir.append_op(block, op);
        }
    }

    fn parse_successor(&mut self) -> PResult<BlockId> {
        self.parse_successor_ref()
    }

    fn parse_optional_successor(&mut self) -> PResult<Option<BlockId>> {
        if self.kind() != TokKind::CaretIdent {
            return Ok(None);
        }
        self.parse_successor_ref().map(Some)
    }

    fn parse_optional_location(&mut self) -> PResult<Option<Attribute>> {
        self.parse_optional_trailing_location()
    }
}
