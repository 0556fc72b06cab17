//! The interface between op syntax and the textual parser (MLIR's `OpAsmParser`).
//!
//! Key types: [`AsmParser`] (implemented by the `parser` crate), [`UnresolvedOperand`],
//! [`Argument`], [`PResult`]. Declarative formats ([`crate::asm_format`]) and hand-written
//! [`crate::dialect::CustomAsm`] parsers are written against this trait only, so `ir` does
//! not depend on the lexer.

use crate::attributes::NamedAttr;
use crate::context::{Attribute, Context, Type};
use crate::structure::{BlockId, RegionId, ValueId};

/// The parse failed; the diagnostics have already been recorded by the parser.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct ParseFailed;

pub type PResult<T> = Result<T, ParseFailed>;

/// A use of an SSA name not yet resolved to a value: `%name` or `%name#3`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnresolvedOperand {
    /// The name without `%`.
    pub name: Box<str>,
    /// The result number after `#` (0 when absent).
    pub number: u32,
    /// Byte offset of the `%` in the source, for diagnostics.
    pub offset: u32,
}

/// A block argument being defined: `%name: type {attrs} loc(...)`.
#[derive(Clone, Debug)]
pub struct Argument {
    pub name: UnresolvedOperand,
    pub ty: Type,
    /// Argument attributes (a dictionary), as in `func.func` signatures.
    pub attrs: Option<Attribute>,
    pub loc: Option<Attribute>,
}

/// Punctuation tokens an op's syntax may use.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Punct {
    LParen,
    RParen,
    LSquare,
    RSquare,
    LBrace,
    RBrace,
    Less,
    Greater,
    Comma,
    Colon,
    Equal,
    Arrow,
    Question,
    Star,
    Plus,
    Ellipsis,
}

impl Punct {
    pub fn text(self) -> &'static str {
        match self {
            Punct::LParen => "(",
            Punct::RParen => ")",
            Punct::LSquare => "[",
            Punct::RSquare => "]",
            Punct::LBrace => "{",
            Punct::RBrace => "}",
            Punct::Less => "<",
            Punct::Greater => ">",
            Punct::Comma => ",",
            Punct::Colon => ":",
            Punct::Equal => "=",
            Punct::Arrow => "->",
            Punct::Question => "?",
            Punct::Star => "*",
            Punct::Plus => "+",
            Punct::Ellipsis => "...",
        }
    }
    pub fn from_text(s: &str) -> Option<Punct> {
        use Punct::*;
        [
            LParen, RParen, LSquare, RSquare, LBrace, RBrace, Less, Greater, Comma, Colon, Equal,
            Arrow, Question, Star, Plus, Ellipsis,
        ]
        .into_iter()
        .find(|p| p.text() == s)
    }
}

/// What an op's syntax can ask of the parser. Methods named `parse_optional_*` return
/// `Ok(None)`/`false` without consuming anything when the next token does not start the
/// construct; the others record a diagnostic ("expected ...") and return `Err`.
pub trait AsmParser {
    fn ctx(&self) -> &Context;

    /// Records an error at the current token and returns the failure to propagate.
    fn error(&mut self, message: &str) -> ParseFailed;
    /// Records an error at a byte offset of the source.
    fn error_at(&mut self, offset: u32, message: &str) -> ParseFailed;
    /// Byte offset of the current token (for later [`AsmParser::error_at`]).
    fn offset(&self) -> u32;

    fn parse_optional_punct(&mut self, p: Punct) -> bool;
    fn parse_punct(&mut self, p: Punct) -> PResult<()>;
    fn peek_punct(&self, p: Punct) -> bool;
    /// Consumes the bare identifier `kw` if it is next.
    fn parse_optional_keyword(&mut self, kw: &str) -> bool;
    fn parse_keyword(&mut self, kw: &str) -> PResult<()>;
    /// Consumes any bare identifier and returns it.
    fn parse_optional_any_keyword(&mut self) -> Option<String>;

    fn parse_optional_operand(&mut self) -> PResult<Option<UnresolvedOperand>>;
    fn parse_operand(&mut self) -> PResult<UnresolvedOperand>;
    /// A possibly empty comma-separated list of operands (no delimiters).
    fn parse_operand_list(&mut self) -> PResult<Vec<UnresolvedOperand>>;
    /// Resolves operands against their types; counts must match (else a diagnostic).
    fn resolve_operands(
        &mut self,
        operands: &[UnresolvedOperand],
        types: &[Type],
        offset: u32,
    ) -> PResult<Vec<ValueId>>;

    fn parse_type(&mut self) -> PResult<Type>;
    fn parse_optional_type(&mut self) -> PResult<Option<Type>>;
    /// A comma-separated list of one or more types (no delimiters).
    fn parse_type_list(&mut self) -> PResult<Vec<Type>>;
    /// Function results after `->`: `type`, or `(type, ...)` (may be empty).
    fn parse_function_result_types(&mut self) -> PResult<Vec<Type>>;

    fn parse_attribute(&mut self) -> PResult<Attribute>;
    fn parse_optional_attribute(&mut self) -> PResult<Option<Attribute>>;
    /// `{name = value, ...}` if present.
    fn parse_optional_attr_dict(&mut self) -> PResult<Vec<NamedAttr>>;
    /// `@name` if present; returns the name without `@`.
    fn parse_optional_symbol_name(&mut self) -> PResult<Option<String>>;
    /// A string literal if present.
    fn parse_optional_string(&mut self) -> PResult<Option<Vec<u8>>>;
    /// An integer literal (decimal or `0x` hex, after an optional `-`) if present (MLIR's
    /// `parseOptionalInteger`).
    fn parse_optional_integer(&mut self) -> PResult<Option<i128>>;

    /// `%name : type {attrs} loc(...)` — a new argument (type required when `with_type`).
    fn parse_argument(&mut self, with_type: bool, allow_attrs: bool) -> PResult<Argument>;
    fn parse_optional_argument(
        &mut self,
        with_type: bool,
        allow_attrs: bool,
    ) -> PResult<Option<Argument>>;

    /// A region `{ ... }`; `entry_args`, when not empty, are the entry block's arguments
    /// (as in `func.func`), and then the entry block has no header of its own.
    fn parse_region(&mut self, entry_args: &[Argument]) -> PResult<RegionId>;
    fn parse_optional_region(&mut self, entry_args: &[Argument]) -> PResult<Option<RegionId>>;
    /// A new empty region (a function declaration's body, say).
    fn create_region(&mut self) -> RegionId;
    /// Gives `region` an empty entry block if it has no block (custom forms of ops whose
    /// single-block region may be written `{}`, like `module {}`).
    fn ensure_entry_block(&mut self, region: RegionId);
    /// Appends an op `name` without operands or results to the single block of `region`
    /// (creating the block if needed) unless that block already ends in a registered
    /// terminator: the implicit terminator of MLIR's `SingleBlockImplicitTerminator`
    /// (`ensureTerminator`), which custom forms may leave out. `loc` is the parent op's.
    fn ensure_terminator(&mut self, region: RegionId, name: &str, loc: Attribute);
    /// A successor block reference `^bb3`.
    fn parse_successor(&mut self) -> PResult<BlockId>;
    fn parse_optional_successor(&mut self) -> PResult<Option<BlockId>>;
    /// A trailing `loc(...)`, if present.
    fn parse_optional_location(&mut self) -> PResult<Option<Attribute>>;
}
