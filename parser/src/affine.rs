//! Affine maps and integer sets: the `lalrpop` grammar (`affine.lalrpop`) parses the body
//! text; this module resolves names to dimensions and symbols, checks MLIR's affine
//! restrictions, and maps errors to byte offsets in the body.
//!
//! Key functions: [`parse_map`], [`parse_set`].

use ir::attributes::{AffineConstraint, AffineExpr, AffineMap, IntegerSet};
use lalrpop_util::ParseError;
use std::collections::HashMap;

lalrpop_util::lalrpop_mod!(
    #[allow(clippy::all, clippy::pedantic, unused)]
    grammar,
    "/affine.rs"
);

/// An expression as written, before names are resolved.
#[derive(Debug)]
pub enum PExpr {
    Const(i64),
    /// A name and its offset.
    Id(String, usize),
    Neg(Box<PExpr>),
    /// `op` is one of `+ - * f(loordiv) c(eildiv) %(mod)`; the offset of the operator.
    Bin(char, Box<PExpr>, Box<PExpr>, usize),
}

#[derive(Debug)]
pub enum CmpKind {
    Ge,
    Le,
    Eq,
}

#[derive(Debug)]
pub struct PConstraint {
    pub lhs: PExpr,
    pub rhs: PExpr,
    pub kind: CmpKind,
}

#[derive(Debug)]
pub struct PMap {
    pub dims: Vec<(String, usize)>,
    pub syms: Vec<(String, usize)>,
    pub results: Vec<PExpr>,
}

#[derive(Debug)]
pub struct PSet {
    pub dims: Vec<(String, usize)>,
    pub syms: Vec<(String, usize)>,
    pub constraints: Vec<PConstraint>,
}

/// An error: byte offset in the body text and message.
pub type AffineError = (usize, String);

fn token_name(t: &str) -> String {
    if t.starts_with("r#") && t.contains("a-zA-Z") {
        "identifier".to_string()
    } else if t.starts_with("r#") {
        "integer".to_string()
    } else {
        t.trim_matches('"').to_string()
    }
}

fn expected_list(expected: &[String]) -> String {
    let names: Vec<String> = expected
        .iter()
        .map(|e| format!("'{}'", token_name(e)))
        .collect();
    match names.len() {
        0 => "something else".to_string(),
        1 => names[0].clone(),
        _ => format!("one of {}", names.join(", ")),
    }
}

/// Is an error of [`parse_map`] / [`parse_set`] one MLIR reports as a wrong-token error
/// (at the end of the text before the offending token) rather than at the token?
pub fn is_wrong_token_error(msg: &str) -> bool {
    (msg.starts_with("expected '") && !msg.starts_with("expected '== affine-expr'"))
        || msg.starts_with("expected bare identifier")
        || msg.starts_with("use of undeclared identifier")
}

/// Does `before` (trimmed text before a token) end with a binary operator, a `-` included
/// unless it is a negation (after `(`, `,`, `[`, another operator or nothing)?
fn ends_with_binary_op(before: &str) -> bool {
    let word_end = |w: &str| {
        before.strip_suffix(w).is_some_and(|rest| {
            !rest
                .chars()
                .next_back()
                .is_some_and(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$' || c == '.')
        })
    };
    if before.ends_with('+') || before.ends_with('*') {
        return true;
    }
    if word_end("floordiv") || word_end("ceildiv") || word_end("mod") {
        return true;
    }
    if let Some(rest) = before.strip_suffix('-') {
        let rest = rest.trim_end();
        return !(rest.is_empty()
            || rest.ends_with(['(', ',', '[', ':', '-', '+', '*', '='])
            || rest.ends_with("->")
            || rest.ends_with(">=")
            || rest.ends_with("<="));
    }
    false
}

/// The error for an unexpected token (or the end, `found == None`) at `at` in `text`, given
/// what the grammar expected there, in the words MLIR's affine parser uses at that point.
fn describe_unexpected(
    text: &str,
    at: usize,
    found: Option<&str>,
    expected: &[String],
    is_map: bool,
) -> String {
    let names: Vec<String> = expected.iter().map(|e| token_name(e)).collect();
    let has = |n: &str| names.iter().any(|x| x == n);
    if names.is_empty() {
        // Only the end could follow: MLIR expects the closing `>` there.
        return if is_map {
            "expected '>' in affine map".to_string()
        } else {
            "expected '>' in integer set".to_string()
        };
    }
    let before = text.get(..at).unwrap_or(text).trim_end();
    let range = if is_map {
        "affine map range"
    } else {
        "integer set constraint list"
    };
    if has("integer") {
        // An operand was expected.
        return match found {
            Some("+" | "*") if ends_with_binary_op(before) => {
                "missing right operand of binary operator".to_string()
            }
            Some("+" | "*") => "missing left operand of binary operator".to_string(),
            // MLIR reads these keywords as identifiers there.
            Some("floordiv" | "ceildiv" | "mod") => "use of undeclared identifier".to_string(),
            _ if ends_with_binary_op(before) => {
                "missing right operand of binary operator".to_string()
            }
            Some(")") if before.ends_with('(') => "no expression inside parentheses".to_string(),
            _ => "expected affine expression".to_string(),
        };
    }
    if has("identifier") {
        return "expected bare identifier".to_string();
    }
    if has("->") || has(":") {
        return "expected '->' or ':'".to_string();
    }
    if has(">=") || has("==") || has("<=") {
        return "expected '== affine-expr' or '>= affine-expr' at end of affine constraint"
            .to_string();
    }
    if has("+") && has(",") && has(")") {
        return format!("expected ')' in {range}");
    }
    if has("+") && has(")") {
        return "expected ')'".to_string();
    }
    if has(",") && has(")") {
        return "expected ')' in dimensional identifier list".to_string();
    }
    if has(",") && has("]") {
        return "expected ']' in symbol list".to_string();
    }
    if has("(") {
        if before.is_empty() {
            return "expected '(' in dimensional identifier list".to_string();
        }
        return format!("expected '(' in {range}");
    }
    match found {
        Some(t) => format!("expected {}, found '{t}'", expected_list(expected)),
        None => format!(
            "expected {} in affine expression, found end of it",
            expected_list(expected)
        ),
    }
}

/// A character the grammar has no token for (`>`, `=`, `%`, ...) at `at`: described from
/// what the grammar expected there (found by parsing the text before it), as MLIR, which
/// lexes these as tokens of their own, reports them.
fn invalid_token(text: &str, at: usize, is_map: bool) -> AffineError {
    let Some(prefix) = text.get(..at) else {
        return (at, "unexpected character in affine expression".to_string());
    };
    let found: String = text[at..].chars().take(1).collect();
    let before = if is_map {
        map_parser()
            .parse(prefix)
            .map(|_| ())
            .map_err(|e| e.map_token(|t| t.to_string()))
    } else {
        set_parser()
            .parse(prefix)
            .map(|_| ())
            .map_err(|e| e.map_token(|t| t.to_string()))
    };
    match before {
        Ok(()) => (
            at,
            if is_map {
                "expected '>' in affine map".to_string()
            } else {
                "expected '>' in integer set".to_string()
            },
        ),
        Err(ParseError::UnrecognizedEof { expected, .. }) => {
            let msg = describe_unexpected(text, at, Some(&found), &expected, is_map);
            // MLIR consumes a lone `>`, `<` or `=` of a constraint before failing: the error
            // is at the next token.
            if msg.starts_with("expected '== affine-expr'") {
                let rest = &text[at + found.len()..];
                let next = at + found.len() + (rest.len() - rest.trim_start().len());
                return (next, msg);
            }
            (at, msg)
        }
        Err(_) => (at, "unexpected character in affine expression".to_string()),
    }
}

fn convert<T: std::fmt::Display>(
    e: ParseError<usize, T, AffineError>,
    text: &str,
    is_map: bool,
) -> AffineError {
    match e {
        ParseError::InvalidToken { location } => invalid_token(text, location, is_map),
        ParseError::UnrecognizedEof { location, expected } => {
            let at = location.min(text.len());
            (at, describe_unexpected(text, at, None, &expected, is_map))
        }
        ParseError::UnrecognizedToken {
            token: (l, t, _),
            expected,
        } => {
            let found = t.to_string();
            (
                l,
                describe_unexpected(text, l, Some(&found), &expected, is_map),
            )
        }
        ParseError::ExtraToken { token: (l, _, _) } => (
            l,
            if is_map {
                "expected '>' in affine map".to_string()
            } else {
                "expected '>' in integer set".to_string()
            },
        ),
        ParseError::User { error } => error,
    }
}

struct Names<'a> {
    dims: &'a [(String, usize)],
    syms: &'a [(String, usize)],
}

impl Names<'_> {
    fn check_unique(&self) -> Result<(), AffineError> {
        let all: Vec<&(String, usize)> = self.dims.iter().chain(self.syms).collect();
        for (i, (name, off)) in all.iter().enumerate() {
            if all[..i].iter().any(|(n, _)| n == name) {
                return Err((*off, format!("redefinition of identifier '{name}'")));
            }
        }
        Ok(())
    }

    fn resolve(&self, e: &PExpr) -> Result<AffineExpr, AffineError> {
        Ok(match e {
            PExpr::Const(c) => AffineExpr::Const(*c),
            PExpr::Id(name, off) => {
                if let Some(i) = self.dims.iter().position(|(n, _)| n == name) {
                    AffineExpr::Dim(i as u32)
                } else if let Some(i) = self.syms.iter().position(|(n, _)| n == name) {
                    AffineExpr::Symbol(i as u32)
                } else {
                    return Err((*off, "use of undeclared identifier".to_string()));
                }
            }
            PExpr::Neg(x) => AffineExpr::Neg(Box::new(self.resolve(x)?)),
            PExpr::Bin(op, l, r, off) => {
                let (l, r) = (self.resolve(l)?, self.resolve(r)?);
                let (l, r) = (Box::new(l), Box::new(r));
                match op {
                    '+' => AffineExpr::Add(l, r),
                    '-' => AffineExpr::Sub(l, r),
                    '*' => {
                        if !is_symbolic(&l) && !is_symbolic(&r) {
                            return Err((
                                *off,
                                "non-affine expression: at least one of the multiply operands has to be either a \
                                 constant or symbolic"
                                    .to_string(),
                            ));
                        }
                        AffineExpr::Mul(l, r)
                    }
                    _ => {
                        let name = match op {
                            'f' => "floordiv",
                            'c' => "ceildiv",
                            _ => "mod",
                        };
                        if !is_symbolic(&r) {
                            return Err((
                                *off,
                                format!(
                                    "non-affine expression: right operand of {name} has to be either a constant or \
                                     symbolic"
                                ),
                            ));
                        }
                        match op {
                            'f' => AffineExpr::FloorDiv(l, r),
                            'c' => AffineExpr::CeilDiv(l, r),
                            _ => AffineExpr::Mod(l, r),
                        }
                    }
                }
            }
        })
    }
}

/// True when the expression involves no dimension.
fn is_symbolic(e: &AffineExpr) -> bool {
    match e {
        AffineExpr::Dim(_) => false,
        AffineExpr::Symbol(_) | AffineExpr::Const(_) => true,
        AffineExpr::Neg(x) => is_symbolic(x),
        AffineExpr::Add(a, b)
        | AffineExpr::Sub(a, b)
        | AffineExpr::Mul(a, b)
        | AffineExpr::FloorDiv(a, b)
        | AffineExpr::CeilDiv(a, b)
        | AffineExpr::Mod(a, b) => is_symbolic(a) && is_symbolic(b),
    }
}

/// Nesting depth of an expression (to refuse absurd inputs before recursing).
fn depth_ok(text: &str) -> bool {
    let mut depth = 0usize;
    for c in text.bytes() {
        match c {
            b'(' | b'[' => depth += 1,
            b')' | b']' => depth = depth.saturating_sub(1),
            _ => {}
        }
        if depth > 256 {
            return false;
        }
    }
    // A long chain of unary minus also nests.
    text.bytes().filter(|&c| c == b'-').count() < 4096
}

/// Parses the body of `affine_map<...>` (without the angle brackets).
// lalrpop's parsers build their regex lexer in `new()`; building it once per map made
// large files spend most of their time there. The parsers are immutable once built.
fn map_parser() -> &'static grammar::MapParser {
    static PARSER: std::sync::OnceLock<grammar::MapParser> = std::sync::OnceLock::new();
    PARSER.get_or_init(grammar::MapParser::new)
}

fn set_parser() -> &'static grammar::SetParser {
    static PARSER: std::sync::OnceLock<grammar::SetParser> = std::sync::OnceLock::new();
    PARSER.get_or_init(grammar::SetParser::new)
}

thread_local! {
    /// Maps already parsed, by text: files repeat the same maps many times, and each
    /// lalrpop parse starts its lexer's lazy DFA afresh. Bounded, since a long-running
    /// process parses many files.
    static MAP_CACHE: std::cell::RefCell<HashMap<String, AffineMap>> = std::cell::RefCell::new(HashMap::new());
}
const MAP_CACHE_LIMIT: usize = 4096;

/// Parses the body of `affine_map<...>` (without the angle brackets), memoized.
pub fn parse_map(text: &str) -> Result<AffineMap, AffineError> {
    if let Some(m) = MAP_CACHE.with(|c| c.borrow().get(text).cloned()) {
        return Ok(m);
    }
    let map = parse_map_uncached(text)?;
    MAP_CACHE.with(|c| {
        let mut c = c.borrow_mut();
        if c.len() >= MAP_CACHE_LIMIT {
            c.clear();
        }
        c.insert(text.to_string(), map.clone());
    });
    Ok(map)
}

fn parse_map_uncached(text: &str) -> Result<AffineMap, AffineError> {
    if !depth_ok(text) {
        return Err((0, "affine expression nested too deeply".to_string()));
    }
    let m = map_parser()
        .parse(text)
        .map_err(|e| convert(e, text, true))?;
    let names = Names {
        dims: &m.dims,
        syms: &m.syms,
    };
    names.check_unique()?;
    let results = m
        .results
        .iter()
        .map(|e| names.resolve(e))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(AffineMap {
        num_dims: m.dims.len() as u32,
        num_symbols: m.syms.len() as u32,
        results: results.into(),
    })
}

/// Parses the body of `affine_set<...>` (without the angle brackets).
pub fn parse_set(text: &str) -> Result<IntegerSet, AffineError> {
    if !depth_ok(text) {
        return Err((0, "affine expression nested too deeply".to_string()));
    }
    let s = set_parser()
        .parse(text)
        .map_err(|e| convert(e, text, false))?;
    let names = Names {
        dims: &s.dims,
        syms: &s.syms,
    };
    names.check_unique()?;
    let mut constraints = Vec::new();
    for c in &s.constraints {
        let (l, r) = (names.resolve(&c.lhs)?, names.resolve(&c.rhs)?);
        let (a, b) = match c.kind {
            CmpKind::Le => (r, l),
            _ => (l, r),
        };
        let expr = if b == AffineExpr::Const(0) {
            a
        } else {
            AffineExpr::Sub(Box::new(a), Box::new(b))
        };
        constraints.push(AffineConstraint {
            expr,
            is_equality: matches!(c.kind, CmpKind::Eq),
        });
    }
    Ok(IntegerSet {
        num_dims: s.dims.len() as u32,
        num_symbols: s.syms.len() as u32,
        constraints: constraints.into(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::expect;

    #[test]
    fn maps() {
        let m = parse_map("(d0, d1)[s0] -> (d0 + s0 * 2, d1 floordiv 4, -d0 mod 3)").unwrap();
        expect![[r#"
            AffineMap { num_dims: 2, num_symbols: 1, results: [Add(Dim(0), Mul(Symbol(0), Const(2))), FloorDiv(Dim(1), Const(4)), Mod(Neg(Dim(0)), Const(3))] }"#]]
        .assert_eq(&format!("{m:?}"));
        let m = parse_map("() -> ()").unwrap();
        assert_eq!((m.num_dims, m.results.len()), (0, 0));
        let m = parse_map("(i, j) -> (j - i - 1, (i + j) ceildiv 2)").unwrap();
        expect![[
            r#"[Sub(Sub(Dim(1), Dim(0)), Const(1)), CeilDiv(Add(Dim(0), Dim(1)), Const(2))]"#
        ]]
        .assert_eq(&format!("{:?}", m.results));
    }

    #[test]
    fn sets() {
        let s = parse_set("(d0)[s0] : (d0 - s0 >= 0, d0 == 0, d0 <= 10)").unwrap();
        expect![[r#"
            IntegerSet { num_dims: 1, num_symbols: 1, constraints: [AffineConstraint { expr: Sub(Dim(0), Symbol(0)), is_equality: false }, AffineConstraint { expr: Dim(0), is_equality: true }, AffineConstraint { expr: Sub(Const(10), Dim(0)), is_equality: false }] }"#]]
        .assert_eq(&format!("{s:?}"));
    }

    #[test]
    fn errors() {
        assert_eq!(
            parse_map("(d0) -> (d1)"),
            Err((9, "use of undeclared identifier".to_string()))
        );
        assert_eq!(
            parse_map("(d0, d0) -> (d0)"),
            Err((5, "redefinition of identifier 'd0'".to_string()))
        );
        assert!(parse_map("(d0, d1) -> (d0 * d1)")
            .unwrap_err()
            .1
            .starts_with("non-affine expression"));
        assert!(parse_map("(d0, d1) -> (d0 mod d1)")
            .unwrap_err()
            .1
            .contains("right operand of mod"));
        assert_eq!(
            parse_map("(d0) -> (d0 +)"),
            Err((13, "missing right operand of binary operator".to_string()))
        );
        assert_eq!(
            parse_map("(d0) -> (* d0)").unwrap_err().1,
            "missing left operand of binary operator"
        );
        assert_eq!(
            parse_map("(d0) (d0)").unwrap_err().1,
            "expected '->' or ':'"
        );
        assert_eq!(
            parse_map("(d0) -> (d0 d0)").unwrap_err().1,
            "expected ')' in affine map range"
        );
        assert_eq!(
            parse_map("(d0 -> (d0)").unwrap_err().1,
            "expected ')' in dimensional identifier list"
        );
        assert_eq!(
            parse_set("(d0) : (d0 + 1)").unwrap_err().1,
            "expected '== affine-expr' or '>= affine-expr' at end of affine constraint"
        );
        assert_eq!(
            parse_map("(d0) -> (99999999999999999999)").unwrap_err().0,
            9
        );
        assert!(parse_map("(d0) -> (d0").is_err());
        assert!(parse_map(&"(".repeat(1000)).is_err());
    }
}
