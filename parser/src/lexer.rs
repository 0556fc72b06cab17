//! The lexer: MLIR's tokens, produced by `logos`.
//!
//! Key types: [`Tok`] (kind plus byte span), [`TokKind`], [`LexError`]; key function
//! [`lex`]. Context-dependent splitting (dimension lists such as `4x?xf32`, where MLIR
//! re-lexes after the `x`) is done by the parser with [`lex_from`].
//!
//! Pretty dialect bodies (`!llvm.struct<(i32, ptr)>`, `#foo.bar<"x", [1, 2]>`,
//! `!foo<"opaque">`) are captured into the `!`/`#` token itself when the `<` follows the
//! name immediately, as MLIR's `parseDialectSymbolBody` does.

use logos::Logos;

/// Why a piece of input is not a token. Offsets are absolute byte offsets.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub enum LexError {
    #[default]
    UnexpectedChar,
    /// A string without its closing quote; the offset is where the quote was expected.
    UnterminatedString(u32),
    /// A bad `\` escape at the offset.
    UnknownEscape(u32),
    /// `unbalanced 'c' character in pretty dialect name`.
    UnbalancedPunct(char),
    /// `unexpected nul or EOF in pretty dialect name`.
    EofInPrettyName,
    /// `@` not followed by a letter, `_` or a quote; the offset of the character after it.
    AtIdentifierStart(u32),
    /// `#`, `%`, `^` or `!` not followed by a valid suffix (MLIR's `invalid attribute name`,
    /// ...); the prefix character.
    InvalidPrefixed(char),
    /// A `.` that does not start `...`; the offset after the first dot.
    IncompleteEllipsis(u32),
}

/// Callback extras: the absolute offset of the lexed slice in the file.
#[derive(Default, Clone, Copy)]
pub struct Extras {
    pub base: u32,
}

#[derive(Logos, Copy, Clone, Debug, PartialEq, Eq)]
#[logos(error = LexError, extras = Extras)]
#[logos(skip r"[ \t\r\n\f\v]+")]
#[logos(skip(r"//[^\n]*", allow_greedy = true))]
pub enum TokKind {
    #[regex(r"[a-zA-Z_][a-zA-Z0-9_$.]*")]
    BareIdent,
    #[regex(r"%[0-9]+|%[a-zA-Z$._-][a-zA-Z0-9$._-]*")]
    #[token("%", prefix_without_name)]
    PercentIdent,
    #[regex(r"\^[0-9]+|\^[a-zA-Z$._-][a-zA-Z0-9$._-]*")]
    #[token("^", prefix_without_name)]
    CaretIdent,
    #[regex(r"@[a-zA-Z_][a-zA-Z0-9_$.]*")]
    #[token("@", at_without_name)]
    AtIdent,
    #[token("@\"", at_string)]
    AtString,
    #[regex(r"#[0-9]+|#[a-zA-Z$._-][a-zA-Z0-9$._-]*", pretty_body)]
    #[token("#", prefix_without_name)]
    HashIdent,
    #[regex(r"![0-9]+|![a-zA-Z$._-][a-zA-Z0-9$._-]*", pretty_body)]
    #[token("!", prefix_without_name)]
    BangIdent,
    #[regex(r"[0-9]+|0x[0-9a-fA-F]+")]
    Integer,
    #[regex(r"[0-9]+\.[0-9]*([eE][-+]?[0-9]+)?")]
    Float,
    #[token("\"", string_body)]
    String,
    #[token("(")]
    LParen,
    #[token(")")]
    RParen,
    #[token("[")]
    LSquare,
    #[token("]")]
    RSquare,
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,
    #[token("<")]
    Less,
    #[token(">")]
    Greater,
    #[token(",")]
    Comma,
    #[token(":")]
    Colon,
    #[token("=")]
    Equal,
    #[token("->")]
    Arrow,
    #[token("?")]
    Question,
    #[token("*")]
    Star,
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("...")]
    #[regex(r"\.\.?", incomplete_ellipsis)]
    Ellipsis,
    #[token("{-#")]
    FileMetadataBegin,
    #[token("#-}")]
    FileMetadataEnd,
    /// End of input (added by [`lex`], never produced by logos).
    Eof,
    /// A lexing error (the error itself is kept beside the token).
    Error,
}

/// Scans a string body after the opening quote (MLIR's `lexString`). Returns the length
/// of the rest of the string including the closing quote.
fn scan_string(rest: &[u8], base: u32) -> Result<usize, LexError> {
    let mut i = 0;
    loop {
        match rest.get(i) {
            None | Some(b'\n' | 0x0B | 0x0C) => {
                return Err(LexError::UnterminatedString(base + i as u32))
            }
            Some(b'"') => return Ok(i + 1),
            Some(b'\\') => match rest.get(i + 1) {
                Some(b'"' | b'\\' | b'n' | b't') => i += 2,
                Some(a)
                    if a.is_ascii_hexdigit()
                        && rest.get(i + 2).is_some_and(|b| b.is_ascii_hexdigit()) =>
                {
                    i += 3
                }
                _ => return Err(LexError::UnknownEscape(base + i as u32)),
            },
            Some(_) => i += 1,
        }
    }
}

fn string_body(lex: &mut logos::Lexer<TokKind>) -> Result<(), LexError> {
    let base = lex.extras.base + lex.span().end as u32;
    let rest = lex.remainder().as_bytes();
    match scan_string(rest, base) {
        Ok(n) => {
            lex.bump(n);
            Ok(())
        }
        Err(e) => {
            // Consume up to the end of the line so lexing resumes after it.
            let n = rest.iter().position(|&b| b == b'\n').unwrap_or(rest.len());
            lex.bump(n);
            Err(e)
        }
    }
}

fn at_string(lex: &mut logos::Lexer<TokKind>) -> Result<(), LexError> {
    string_body(lex)
}

/// A lone `@` (MLIR's `lexAtIdentifier`): the error points at the character after it.
fn at_without_name(lex: &mut logos::Lexer<TokKind>) -> Result<(), LexError> {
    Err(LexError::AtIdentifierStart(
        lex.extras.base + lex.span().end as u32,
    ))
}

/// A lone `#`, `%`, `^` or `!` (MLIR's `lexPrefixedIdentifier`).
fn prefix_without_name(lex: &mut logos::Lexer<TokKind>) -> Result<(), LexError> {
    let c = lex.slice().chars().next().unwrap_or('#');
    Err(LexError::InvalidPrefixed(c))
}

/// `.` or `..` (MLIR's `lexEllipsis`): the error points after the first dot.
fn incomplete_ellipsis(lex: &mut logos::Lexer<TokKind>) -> Result<(), LexError> {
    let start = lex.extras.base + lex.span().start as u32;
    Err(LexError::IncompleteEllipsis(start + 1))
}

/// After `#name` / `!name`: if `<` follows immediately, consume the balanced body.
fn pretty_body(lex: &mut logos::Lexer<TokKind>) -> Result<(), LexError> {
    let rest = lex.remainder().as_bytes();
    if rest.first() != Some(&b'<') {
        return Ok(());
    }
    let base = lex.extras.base + lex.span().end as u32;
    match scan_pretty_body(rest, base) {
        Ok(n) => {
            lex.bump(n);
            Ok(())
        }
        Err((n, e)) => {
            lex.bump(n);
            Err(e)
        }
    }
}

/// Scans a balanced `<...>` (MLIR's `parseDialectSymbolBody`); `rest` starts at the `<`.
/// On error returns how much to skip and the error.
pub fn scan_pretty_body(rest: &[u8], base: u32) -> Result<usize, (usize, LexError)> {
    let mut stack: Vec<u8> = Vec::new();
    let mut i = 0;
    loop {
        let Some(&c) = rest.get(i) else {
            let e = match stack.last() {
                Some(&open) => LexError::UnbalancedPunct(open as char),
                None => LexError::EofInPrettyName,
            };
            return Err((i, e));
        };
        i += 1;
        match c {
            0 => {
                let e = match stack.last() {
                    Some(&open) => LexError::UnbalancedPunct(open as char),
                    None => LexError::EofInPrettyName,
                };
                return Err((i, e));
            }
            b'<' | b'[' | b'(' | b'{' => stack.push(c),
            b'-' => {
                if rest.get(i) == Some(&b'>') {
                    i += 1;
                }
                continue;
            }
            b'>' | b']' | b')' | b'}' => {
                let open = match c {
                    b'>' => b'<',
                    b']' => b'[',
                    b')' => b'(',
                    _ => b'{',
                };
                match stack.last() {
                    Some(&top) if top == open => {
                        stack.pop();
                    }
                    Some(&top) => return Err((i, LexError::UnbalancedPunct(top as char))),
                    None => return Err((i, LexError::UnbalancedPunct(c as char))),
                }
            }
            b'"' => match scan_string(&rest[i..], base + i as u32) {
                Ok(n) => i += n,
                Err(e) => return Err((i, e)),
            },
            _ => {}
        }
        if stack.is_empty() {
            return Ok(i);
        }
    }
}

/// One token: its kind and byte span `start..end` in the file.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct Tok {
    pub kind: TokKind,
    pub start: u32,
    pub end: u32,
}

/// Lexes `src[from..]` until the end; errors are kept as [`TokKind::Error`] tokens with
/// their [`LexError`] in the second vector (same index). Ends with an [`TokKind::Eof`].
pub fn lex(src: &str) -> (Vec<Tok>, Vec<(usize, LexError)>) {
    // About one token per four bytes of MLIR; reserving avoids the copies of doubling
    // (untouched capacity costs nothing).
    let mut toks = Vec::with_capacity(src.len() / 4 + 16);
    let mut errs = Vec::new();
    lex_from(src, 0, &mut |t, e| {
        if let Some(e) = e {
            errs.push((toks.len(), e));
        }
        toks.push(t);
        true
    });
    (toks, errs)
}

/// Lexes `src` from byte `from` (a char boundary), calling `f` for each token (with its
/// error if it is one) until `f` returns false or the input ends (the last token passed
/// is then [`TokKind::Eof`]).
pub fn lex_from(src: &str, from: usize, f: &mut dyn FnMut(Tok, Option<LexError>) -> bool) {
    let Some(text) = src.get(from..) else {
        f(
            Tok {
                kind: TokKind::Eof,
                start: src.len() as u32,
                end: src.len() as u32,
            },
            None,
        );
        return;
    };
    let mut lexer = TokKind::lexer_with_extras(text, Extras { base: from as u32 });
    while let Some(res) = lexer.next() {
        let span = lexer.span();
        let (start, end) = ((from + span.start) as u32, (from + span.end) as u32);
        let go = match res {
            Ok(kind) => f(Tok { kind, start, end }, None),
            Err(e) => f(
                Tok {
                    kind: TokKind::Error,
                    start,
                    end,
                },
                Some(e),
            ),
        };
        if !go {
            return;
        }
    }
    f(
        Tok {
            kind: TokKind::Eof,
            start: src.len() as u32,
            end: src.len() as u32,
        },
        None,
    );
}

/// Decodes an MLIR string literal's body (between the quotes) to bytes.
pub fn unescape(body: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(body.len());
    let mut i = 0;
    while i < body.len() {
        let c = body[i];
        if c != b'\\' {
            out.push(c);
            i += 1;
            continue;
        }
        match body.get(i + 1) {
            Some(b'n') => out.push(b'\n'),
            Some(b't') => out.push(b'\t'),
            Some(b'"') => out.push(b'"'),
            Some(b'\\') => out.push(b'\\'),
            Some(_) => {
                let hex = |b: u8| (b as char).to_digit(16).unwrap_or(0) as u8;
                let hi = body.get(i + 1).copied().map_or(0, hex);
                let lo = body.get(i + 2).copied().map_or(0, hex);
                out.push(hi * 16 + lo);
                i += 3;
                continue;
            }
            None => {}
        }
        i += 2;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(src: &str) -> Vec<(TokKind, &str)> {
        lex(src)
            .0
            .iter()
            .map(|t| (t.kind, &src[t.start as usize..t.end as usize]))
            .collect()
    }

    #[test]
    fn basic_tokens() {
        let got = kinds(r#"%0:2 = "foo.bar"(%a#1) : (i32) -> f32 // c"#);
        let want = vec![
            (TokKind::PercentIdent, "%0"),
            (TokKind::Colon, ":"),
            (TokKind::Integer, "2"),
            (TokKind::Equal, "="),
            (TokKind::String, "\"foo.bar\""),
            (TokKind::LParen, "("),
            (TokKind::PercentIdent, "%a"),
            (TokKind::HashIdent, "#1"),
            (TokKind::RParen, ")"),
            (TokKind::Colon, ":"),
            (TokKind::LParen, "("),
            (TokKind::BareIdent, "i32"),
            (TokKind::RParen, ")"),
            (TokKind::Arrow, "->"),
            (TokKind::BareIdent, "f32"),
            (TokKind::Eof, ""),
        ];
        assert_eq!(got, want);
    }

    #[test]
    fn numbers_and_shapes() {
        let got = kinds("0x1xf32 4x?xf32 1.5e-3 -2 0xi32 1.");
        let texts: Vec<_> = got.iter().map(|(k, s)| format!("{k:?}:{s}")).collect();
        assert_eq!(
            texts.join(" "),
            "Integer:0x1 BareIdent:xf32 Integer:4 BareIdent:x Question:? BareIdent:xf32 Float:1.5e-3 \
             Minus:- Integer:2 Integer:0 BareIdent:xi32 Float:1. Eof:"
        );
    }

    #[test]
    fn pretty_bodies() {
        let got =
            kinds(r#"!llvm.struct<(i32, ptr)> #foo.bar<"x>", [1, 2], a->b> !foo<"opaque"> #map"#);
        let texts: Vec<_> = got.iter().map(|(_, s)| *s).collect();
        assert_eq!(
            texts,
            vec![
                "!llvm.struct<(i32, ptr)>",
                r#"#foo.bar<"x>", [1, 2], a->b>"#,
                r#"!foo<"opaque">"#,
                "#map",
                ""
            ]
        );
    }

    #[test]
    fn errors() {
        let (toks, errs) = lex("!foo.a<]> \"abc\n \"a\\q\"\n$");
        assert_eq!(errs[0].1, LexError::UnbalancedPunct('<'));
        assert_eq!(errs[1].1, LexError::UnterminatedString(14));
        assert_eq!(errs[2].1, LexError::UnknownEscape(18));
        assert_eq!(errs[3].1, LexError::UnexpectedChar);
        assert_eq!(toks.last().map(|t| t.kind), Some(TokKind::Eof));
    }

    #[test]
    fn prefixes_without_names() {
        // As MLIR's lexer: `@` needs a letter, `_` or a quote; `#`, `%`, `^`, `!` a suffix.
        let (_, errs) = lex("@0 @-a # % ^ ! . ..");
        let errs: Vec<LexError> = errs.into_iter().map(|(_, e)| e).collect();
        assert_eq!(
            errs,
            vec![
                LexError::AtIdentifierStart(1),
                LexError::AtIdentifierStart(4),
                LexError::InvalidPrefixed('#'),
                LexError::InvalidPrefixed('%'),
                LexError::InvalidPrefixed('^'),
                LexError::InvalidPrefixed('!'),
                LexError::IncompleteEllipsis(16),
                LexError::IncompleteEllipsis(18),
            ]
        );
        assert_eq!(
            kinds("@a_$.b @\"q\" #-} ...")
                .iter()
                .map(|(k, _)| *k)
                .collect::<Vec<_>>(),
            vec![
                TokKind::AtIdent,
                TokKind::AtString,
                TokKind::FileMetadataEnd,
                TokKind::Ellipsis,
                TokKind::Eof
            ]
        );
    }

    #[test]
    fn strings_unescape() {
        assert_eq!(unescape(br#"a\n\t\"\\\41\ff"#), b"a\n\t\"\\A\xff".to_vec());
        assert_eq!(
            kinds(r#"@"quoted sym" {-# #-}"#)[0],
            (TokKind::AtString, r#"@"quoted sym""#)
        );
    }
}
