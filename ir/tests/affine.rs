//! Affine maps and integer sets are canonicalized and printed as `mlir-opt` 22 does.
//!
//! `VECTORS` pairs an input (the body of `affine_map<...>` / `affine_set<...>`) with what
//! `mlir-opt --allow-unregistered-dialect --mlir-print-local-scope` printed for it and with
//! the trees MLIR built. The input is parsed here into an `AffineExpr` tree kept as written
//! (with `Sub` and `Neg`), as MLIR's affine parser reads it; interning canonicalizes it.

use ir::attributes::{AffineConstraint, AffineExpr, AffineMap, IntegerSet};
use ir::print::print_attr;
use ir::{AttrKind, Context};

/// Tokens of the affine sublanguage.
#[derive(Clone, Debug, PartialEq)]
enum Tok {
    Id(String),
    Int(i64),
    P(&'static str),
}

fn lex(s: &str) -> Vec<Tok> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let ch = b[i];
        if ch.is_ascii_whitespace() {
            i += 1;
        } else if ch.is_ascii_alphabetic() || ch == b'_' {
            let st = i;
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_') {
                i += 1;
            }
            out.push(Tok::Id(s[st..i].to_string()));
        } else if ch.is_ascii_digit() {
            let st = i;
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            out.push(Tok::Int(
                s[st..i].parse().expect("integer literal fits in i64"),
            ));
        } else {
            let p = [
                "->", ">=", "<=", "==", "(", ")", "[", "]", ",", ":", "+", "-", "*",
            ]
            .into_iter()
            .find(|p| s[i..].starts_with(p))
            .unwrap_or_else(|| panic!("unexpected character in {s:?} at {i}"));
            out.push(Tok::P(p));
            i += p.len();
        }
    }
    out
}

/// A recursive-descent parser with MLIR's structure: left-associative `+ -` over
/// left-associative `* floordiv ceildiv mod` over unary `-` over atoms.
struct Parser {
    toks: Vec<Tok>,
    pos: usize,
    dims: Vec<String>,
    syms: Vec<String>,
}

impl Parser {
    fn peek(&self) -> Option<&Tok> {
        self.toks.get(self.pos)
    }
    fn eat(&mut self, p: &str) -> bool {
        let hit = matches!(self.peek(), Some(Tok::P(q)) if *q == p)
            || matches!(self.peek(), Some(Tok::Id(q)) if q == p);
        self.pos += hit as usize;
        hit
    }
    fn expect(&mut self, p: &str) {
        assert!(
            self.eat(p),
            "expected {p:?} at token {} of {:?}",
            self.pos,
            self.toks
        );
    }
    fn names(&mut self, open: &str, close: &str) -> Vec<String> {
        let mut v = Vec::new();
        self.expect(open);
        while !self.eat(close) {
            if !v.is_empty() {
                self.expect(",");
            }
            match self.toks[self.pos].clone() {
                Tok::Id(n) => v.push(n),
                t => panic!("expected a name, found {t:?}"),
            }
            self.pos += 1;
        }
        v
    }
    fn expr(&mut self) -> AffineExpr {
        let mut l = self.term();
        loop {
            if self.eat("+") {
                l = AffineExpr::Add(Box::new(l), Box::new(self.term()));
            } else if self.eat("-") {
                l = AffineExpr::Sub(Box::new(l), Box::new(self.term()));
            } else {
                return l;
            }
        }
    }
    fn term(&mut self) -> AffineExpr {
        let mut l = self.unary();
        loop {
            let f: fn(Box<AffineExpr>, Box<AffineExpr>) -> AffineExpr = if self.eat("*") {
                AffineExpr::Mul
            } else if self.eat("floordiv") {
                AffineExpr::FloorDiv
            } else if self.eat("ceildiv") {
                AffineExpr::CeilDiv
            } else if self.eat("mod") {
                AffineExpr::Mod
            } else {
                return l;
            };
            l = f(Box::new(l), Box::new(self.unary()));
        }
    }
    fn unary(&mut self) -> AffineExpr {
        if self.eat("-") {
            return AffineExpr::Neg(Box::new(self.unary()));
        }
        let t = self.toks[self.pos].clone();
        self.pos += 1;
        match t {
            Tok::Int(v) => AffineExpr::Const(v),
            Tok::P("(") => {
                let e = self.expr();
                self.expect(")");
                e
            }
            Tok::Id(n) => {
                if let Some(i) = self.dims.iter().position(|d| *d == n) {
                    AffineExpr::Dim(i as u32)
                } else if let Some(i) = self.syms.iter().position(|d| *d == n) {
                    AffineExpr::Symbol(i as u32)
                } else {
                    panic!("undeclared {n}")
                }
            }
            t => panic!("unexpected {t:?}"),
        }
    }
}

/// Parses `(dims)[syms] -> (exprs)` or `(dims)[syms] : (constraints)` into an attribute.
pub(crate) fn parse_attr(text: &str) -> AttrKind {
    let mut p = Parser {
        toks: lex(text),
        pos: 0,
        dims: vec![],
        syms: vec![],
    };
    p.dims = p.names("(", ")");
    if matches!(p.peek(), Some(Tok::P("["))) {
        p.syms = p.names("[", "]");
    }
    let (num_dims, num_symbols) = (p.dims.len() as u32, p.syms.len() as u32);
    let is_map = p.eat("->");
    if !is_map {
        p.expect(":");
    }
    p.expect("(");
    let mut results = Vec::new();
    let mut constraints = Vec::new();
    while !p.eat(")") {
        if !(results.is_empty() && constraints.is_empty()) {
            p.expect(",");
        }
        let e = p.expr();
        if is_map {
            results.push(e);
            continue;
        }
        // MLIR: `l >= r` is `l - r >= 0`, `l <= r` is `r - l >= 0`, `l == r` is `l - r == 0`.
        let (ge, le) = (p.eat(">="), p.eat("<="));
        if !(ge || le) {
            p.expect("==");
        }
        let r = p.expr();
        let (a, b) = if le { (r, e) } else { (e, r) };
        let expr = AffineExpr::Sub(Box::new(a), Box::new(b));
        constraints.push(AffineConstraint {
            expr,
            is_equality: !(ge || le),
        });
    }
    assert_eq!(p.pos, p.toks.len(), "trailing tokens in {text:?}");
    if is_map {
        AttrKind::AffineMap(AffineMap {
            num_dims,
            num_symbols,
            results: results.into(),
        })
    } else {
        AttrKind::IntegerSet(IntegerSet {
            num_dims,
            num_symbols,
            constraints: constraints.into(),
        })
    }
}

/// MLIR's expression tree in prefix form: `(+ (* d0 -1) s0)`; `fdiv`, `cdiv` for the
/// divisions.
fn tree(e: &AffineExpr, out: &mut String) {
    let (op, l, r) = match e {
        AffineExpr::Dim(i) => return out.push_str(&format!("d{i}")),
        AffineExpr::Symbol(i) => return out.push_str(&format!("s{i}")),
        AffineExpr::Const(v) => return out.push_str(&v.to_string()),
        AffineExpr::Add(l, r) => ("+", l, r),
        AffineExpr::Mul(l, r) => ("*", l, r),
        AffineExpr::Mod(l, r) => ("mod", l, r),
        AffineExpr::FloorDiv(l, r) => ("fdiv", l, r),
        AffineExpr::CeilDiv(l, r) => ("cdiv", l, r),
        AffineExpr::Sub(..) | AffineExpr::Neg(_) => panic!("not canonical: {e:?}"),
    };
    out.push_str(&format!("({op} "));
    tree(l, out);
    out.push(' ');
    tree(r, out);
    out.push(')');
}

/// Interns the input of one vector line; `(printed, tree)`: the attribute as printed and
/// its expressions as trees (both to compare with MLIR's).
pub(crate) fn run_vector(ctx: &Context, input: &str) -> (String, String) {
    let attr = ctx.intern_attr(parse_attr(input));
    // Interning is idempotent: the canonical form interns to itself.
    let again = ctx.intern_attr(ctx.attr_kind(attr).clone());
    assert_eq!(
        attr, again,
        "canonicalization is not idempotent for {input}"
    );
    let mut trees = Vec::new();
    match ctx.attr_kind(attr) {
        AttrKind::AffineMap(m) => {
            for e in m.results.iter() {
                let mut s = String::new();
                tree(e, &mut s);
                trees.push(s);
            }
        }
        AttrKind::IntegerSet(set) => {
            for c in set.constraints.iter() {
                let mut s = String::new();
                tree(&c.expr, &mut s);
                s.push_str(if c.is_equality { " == 0" } else { " >= 0" });
                trees.push(s);
            }
        }
        other => panic!("{other:?}"),
    }
    (print_attr(ctx, attr), trees.join(", "))
}

#[test]
fn mlir_opt_vectors() {
    let ctx = Context::new();
    let mut failures = Vec::new();
    let mut count = 0;
    for line in VECTORS.lines().filter(|l| !l.trim().is_empty()) {
        count += 1;
        let mut fields = line.split(" => ");
        let (input, expected, expected_tree) = (
            fields.next().unwrap(),
            fields.next().expect("`input => printed => tree`"),
            fields.next().expect("`input => printed => tree`"),
        );
        let (printed, tree) = run_vector(&ctx, input);
        if printed != expected {
            failures.push(format!(
                "{input}\n    expected {expected}\n    got      {printed}"
            ));
        } else if tree != expected_tree {
            failures.push(format!(
                "{input}\n    expected {expected_tree}\n    got      {tree}"
            ));
        }
    }
    assert!(count > 300, "{count} vectors");
    assert!(
        failures.is_empty(),
        "{} of {count} vectors differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn constructors() {
    use ir::affine::{add, canonicalize_expr, floor_div, modulo, mul, neg, sub};
    use AffineExpr::{Const, Dim, Symbol};
    let show = |e: &AffineExpr| {
        let mut s = String::new();
        ir::affine::write_affine_expr(e, &mut s);
        s
    };
    assert_eq!(show(&add(Const(3), Dim(0))), "d0 + 3");
    assert_eq!(show(&add(Symbol(0), Dim(1))), "d1 + s0");
    assert_eq!(show(&add(add(Dim(0), Const(2)), Const(3))), "d0 + 5");
    assert_eq!(show(&sub(Dim(0), Dim(0))), "0");
    assert_eq!(show(&neg(Dim(0))), "-d0");
    assert_eq!(show(&mul(Const(2), Symbol(0))), "s0 * 2");
    assert_eq!(
        show(&sub(Dim(0), mul(floor_div(Dim(0), Const(4)), Const(4)))),
        "d0 mod 4"
    );
    assert_eq!(show(&modulo(mul(Dim(0), Const(8)), Const(4))), "0");
    let e = AffineExpr::Sub(
        Box::new(Dim(0)),
        Box::new(AffineExpr::Neg(Box::new(Symbol(0)))),
    );
    assert_eq!(canonicalize_expr(&e), add(Dim(0), Symbol(0)));
}

#[test]
fn empty_set_is_zero_equals_zero() {
    let ctx = Context::new();
    let attr = ctx.intern_attr(parse_attr("(d0) : ()"));
    assert_eq!(print_attr(&ctx, attr), "affine_set<(d0) : (0 == 0)>");
}

/// `input => printed => tree`: the input text, what `mlir-opt` 22 printed for it, and the
/// expression trees MLIR built for it (read through libMLIR's `AffineBinaryOpExpr::getLHS`
/// / `getRHS`; the printer does not show how sums nest). Hand-picked cases first, then
/// random expressions over d0..d2, s0..s1 and small (or near-overflow) constants with all
/// operators, nested parentheses and unary minus.
const VECTORS: &str = r#"
(d0, d1)[s0] -> (s0 - d0, 3 + d1 * 2 - 1) => affine_map<(d0, d1)[s0] -> (-d0 + s0, d1 * 2 + 2)> => (+ (* d0 -1) s0), (+ (* d1 2) 2)
(d0, d1)[s0] -> (d0 - d0, d0 - d1 floordiv 2 * 2, d0 - (d0 floordiv 2) * 2) => affine_map<(d0, d1)[s0] -> (0, d0 - (d1 floordiv 2) * 2, d0 mod 2)> => 0, (+ d0 (* (fdiv d1 2) -2)), (mod d0 2)
(d0, d1)[s0] -> (d0 floordiv -2, d0 mod -2, d0 ceildiv -2, (d0 * 4) floordiv -2, (d0 mod 4) mod 2, (d0 mod 2) mod 4, d0 floordiv 0) => affine_map<(d0, d1)[s0] -> (d0 floordiv -2, d0 mod -2, d0 ceildiv -2, d0 * -2, d0 mod 2, (d0 mod 2) mod 4, d0 floordiv 0)> => (fdiv d0 -2), (mod d0 -2), (cdiv d0 -2), (* d0 -2), (mod d0 2), (mod (mod d0 2) 4), (fdiv d0 0)
(d0)[s0] : (d0 - s0 >= 0, d0 >= s0, d0 == 1, d0 <= 10, -d0 >= 0) => affine_set<(d0)[s0] : (d0 - s0 >= 0, d0 - s0 >= 0, d0 - 1 == 0, -d0 + 10 >= 0, -d0 >= 0)> => (+ d0 (* s0 -1)) >= 0, (+ d0 (* s0 -1)) >= 0, (+ d0 -1) == 0, (+ (* d0 -1) 10) >= 0, (* d0 -1) >= 0
(d0) : () => affine_set<(d0) : (0 == 0)> => 0 == 0
(d0)[s0] : (d0 - s0 >= 0, 1 >= 0, d0 * 0 == 0, d0 <= s0, -5 == 0) => affine_set<(d0)[s0] : (d0 - s0 >= 0, 1 >= 0, 0 == 0, -d0 + s0 >= 0, -5 == 0)> => (+ d0 (* s0 -1)) >= 0, 1 >= 0, 0 == 0, (+ (* d0 -1) s0) >= 0, -5 == 0
(d0, d1)[s0] -> (-(d0 + d1), -(d0 floordiv 2), d0 - (d1 + s0), d0 - (d1 * s0), d0 - d1 * 3, d0 + (d1 floordiv 2) * -3, -d0 * 2, - - d0, d0 * -1 * -1, 2 - d0, -(d0 mod 3) mod 2, s0 * -1, d0 * (s0 * -1), d0 * (-s0)) => affine_map<(d0, d1)[s0] -> (-(d0 + d1), -(d0 floordiv 2), d0 - (d1 + s0), d0 - d1 * s0, d0 - d1 * 3, d0 - (d1 floordiv 2) * 3, d0 * -2, d0, d0, -d0 + 2, (-(d0 mod 3)) mod 2, -s0, d0 * (-s0), d0 * (-s0))> => (* (+ d0 d1) -1), (* (fdiv d0 2) -1), (+ d0 (* (+ d1 s0) -1)), (+ d0 (* (* d1 s0) -1)), (+ d0 (* d1 -3)), (+ d0 (* (fdiv d1 2) -3)), (* d0 -2), d0, d0, (+ (* d0 -1) 2), (mod (* (mod d0 3) -1) 2), (* s0 -1), (* d0 (* s0 -1)), (* d0 (* s0 -1))
(d0, d1)[s0] -> (7 floordiv -2, 7 ceildiv -2, 7 mod -2, -7 mod 2, (d0 * 6 + d1) floordiv -3, (d0 * 6 + d1) mod 3, (d0 * 6) floordiv 4, (d0*6) ceildiv -3, (d0 floordiv -2) * 4 mod 8) => affine_map<(d0, d1)[s0] -> (-4, -3, 7 mod -2, 1, d0 * -2 + d1 floordiv -3, d1 mod 3, (d0 * 6) floordiv 4, d0 * -2, ((d0 floordiv -2) * 4) mod 8)> => -4, -3, (mod 7 -2), 1, (+ (* d0 -2) (fdiv d1 -3)), (mod d1 3), (fdiv (* d0 6) 4), (* d0 -2), (mod (* (fdiv d0 -2) 4) 8)
(d0, d1)[s0] -> (9223372036854775807 + 1, 9223372036854775807 * 2, d0 + 9223372036854775807 + 1, -9223372036854775807 - 1, (-9223372036854775807 - 1) floordiv -1, d0 * 4611686018427387904 * 2) => affine_map<(d0, d1)[s0] -> (9223372036854775807 + 1, 9223372036854775807 * 2, d0 - -9223372036854775808, -9223372036854775808, -9223372036854775808 floordiv -1, d0 * -9223372036854775808)> => (+ 9223372036854775807 1), (* 9223372036854775807 2), (+ d0 -9223372036854775808), -9223372036854775808, (fdiv -9223372036854775808 -1), (* d0 -9223372036854775808)
(d0, d1)[s0] -> (d0 - (d0 floordiv s0) * s0, d0 - s0 * (d0 floordiv s0), d0 + (d0 floordiv 4) * -4, d0 + (d0 floordiv -4) * 4, s0 * d0, s0 * 2 * d0 * 3, (s0 * d0) floordiv 2, d0 ceildiv s0, d0 mod s0 mod 2) => affine_map<(d0, d1)[s0] -> (d0 mod s0, d0 mod s0, d0 mod 4, d0 + (d0 floordiv -4) * 4, d0 * s0, (d0 * (s0 * 2)) * 3, (d0 * s0) floordiv 2, d0 ceildiv s0, (d0 mod s0) mod 2)> => (mod d0 s0), (mod d0 s0), (mod d0 4), (+ d0 (* (fdiv d0 -4) 4)), (* d0 s0), (* (* d0 (* s0 2)) 3), (fdiv (* d0 s0) 2), (cdiv d0 s0), (mod (mod d0 s0) 2)
(d0, d1, d2)[s0, s1, s2] -> (d1 + d0, d2 + d0 + d1, d2 + d1 + d0, d1 + (d0 + d2), (d1 + d2) + d0, d0 + d2 + d1) => affine_map<(d0, d1, d2)[s0, s1, s2] -> (d0 + d1, d0 + d2 + d1, d1 + d2 + d0, d1 + d0 + d2, d1 + d2 + d0, d0 + d2 + d1)> => (+ d0 d1), (+ (+ d0 d2) d1), (+ (+ d1 d2) d0), (+ d1 (+ d0 d2)), (+ (+ d1 d2) d0), (+ (+ d0 d2) d1)
(d0, d1, d2)[s0, s1, s2] -> (d1 * 2 + d0, d1 + d0 * 2, d1 floordiv 2 + d0, d0 floordiv 2 + d1, d1 + d0 floordiv 2, d0 mod 2 + d0, d0 + d0 mod 2) => affine_map<(d0, d1, d2)[s0, s1, s2] -> (d1 * 2 + d0, d1 + d0 * 2, d1 floordiv 2 + d0, d0 floordiv 2 + d1, d1 + d0 floordiv 2, d0 mod 2 + d0, d0 + d0 mod 2)> => (+ (* d1 2) d0), (+ d1 (* d0 2)), (+ (fdiv d1 2) d0), (+ (fdiv d0 2) d1), (+ d1 (fdiv d0 2)), (+ (mod d0 2) d0), (+ d0 (mod d0 2))
(d0, d1, d2)[s0, s1, s2] -> (s1 * s0, s0 * s1, (s1 + s0) * d0, s1 * (s0 * 2), s1 * s0 * s2, s2 * (s1 * s0), d0 * s1 * s0) => affine_map<(d0, d1, d2)[s0, s1, s2] -> (s0 * s1, s0 * s1, d0 * (s0 + s1), s1 * (s0 * 2), (s0 * s1) * s2, s2 * (s0 * s1), (d0 * s1) * s0)> => (* s0 s1), (* s0 s1), (* d0 (+ s0 s1)), (* s1 (* s0 2)), (* (* s0 s1) s2), (* s2 (* s0 s1)), (* (* d0 s1) s0)
(d0, d1, d2)[s0, s1, s2] -> (s1 + s0, s0 + s1, s1 + s0 + 1, d1 + s0 + d0, (d1 + 5) + d0, (d1 * 3 + 5) + d0 * 2, s0 floordiv 2 + s0) => affine_map<(d0, d1, d2)[s0, s1, s2] -> (s0 + s1, s0 + s1, s0 + s1 + 1, d1 + s0 + d0, d0 + d1 + 5, d1 * 3 + d0 * 2 + 5, s0 floordiv 2 + s0)> => (+ s0 s1), (+ s0 s1), (+ (+ s0 s1) 1), (+ (+ d1 s0) d0), (+ (+ d0 d1) 5), (+ (+ (* d1 3) (* d0 2)) 5), (+ (fdiv s0 2) s0)
(d0, d1, d2)[s0, s1] -> (s1 - d2 - d0 floordiv 5, d1 + s0 - d0 floordiv 5, d1 + s0 + d0 floordiv 5, (d1 + s0) + (d0 floordiv 5) * s1, (d1 + (d2 + s0)) + (d0 floordiv 4) * 3) => affine_map<(d0, d1, d2)[s0, s1] -> (-d2 + -(d0 floordiv 5) + s1, d1 + -(d0 floordiv 5) + s0, d1 + s0 + d0 floordiv 5, d1 + (d0 floordiv 5) * s1 + s0, d1 + d2 + (d0 floordiv 4) * 3 + s0)> => (+ (* d2 -1) (+ (* (fdiv d0 5) -1) s1)), (+ d1 (+ (* (fdiv d0 5) -1) s0)), (+ (+ d1 s0) (fdiv d0 5)), (+ d1 (+ (* (fdiv d0 5) s1) s0)), (+ d1 (+ d2 (+ (* (fdiv d0 4) 3) s0)))
(d0, d1, d2)[s0, s1] -> ((d0 + s0) + ((d0 + s0) floordiv 4) * -4, d0 + (d0 floordiv 4) floordiv -4, d0 + ((d0 floordiv s0) * s0) floordiv -1, d0 + (d0 floordiv s0) * (s0 * -1)) => affine_map<(d0, d1, d2)[s0, s1] -> ((d0 + s0) mod 4, d0 + (d0 floordiv 4) floordiv -4, d0 mod s0, d0 + (d0 floordiv s0) * (-s0))> => (mod (+ d0 s0) 4), (+ d0 (fdiv (fdiv d0 4) -4)), (mod d0 s0), (+ d0 (* (fdiv d0 s0) (* s0 -1)))
(d0, d1)[s0] -> (d0 + 9223372036854775807 - 9223372036854775807, 9223372036854775807 + d0 + 1 + 1, d0 * 0 floordiv 0, 0 mod 0, 0 floordiv 0, 5 ceildiv 0, d0 mod 1, d0 floordiv 1, d0 ceildiv 1, d0 * 1) => affine_map<(d0, d1)[s0] -> (d0, d0 - 9223372036854775807, 0 floordiv 0, 0 mod 0, 0 floordiv 0, 5 ceildiv 0, 0, d0, d0, d0)> => d0, (+ d0 -9223372036854775807), (fdiv 0 0), (mod 0 0), (fdiv 0 0), (cdiv 5 0), 0, d0, d0, d0
(d0, d1)[s0, s1] -> (d0 * 2 + d0 * 3, d0 * 2 - d0 * 2, d0 + d0, -d0 - d0, (d0 + d1) * 2 + (d0 + d1) * 3, s0 * 4 + s0, d0 * s0 + d0 * s0, (d0 + s0) - (d0 + s0)) => affine_map<(d0, d1)[s0, s1] -> (d0 * 5, 0, d0 * 2, d0 * -2, (d0 + d1) * 5, s0 * 5, (d0 * s0) * 2, 0)> => (* d0 5), 0, (* d0 2), (* d0 -2), (* (+ d0 d1) 5), (* s0 5), (* (* d0 s0) 2), 0
(d0, d1)[s0, s1] -> ((d0 * 8 + d1 * 4) mod 4, (d0 * 8 + d1 * 4 + 3) mod 4, (d0 * 8 + d1) floordiv 4, (d0 + d1 * 8) floordiv 4, (d0 * 8 + d1 * 4) floordiv 4, ((d0 * 8) floordiv 4) mod 2, ((d0 * 8) floordiv 3) mod 2) => affine_map<(d0, d1)[s0, s1] -> (0, 3, d0 * 2 + d1 floordiv 4, d0 floordiv 4 + d1 * 2, d0 * 2 + d1, 0, ((d0 * 8) floordiv 3) mod 2)> => 0, 3, (+ (* d0 2) (fdiv d1 4)), (+ (fdiv d0 4) (* d1 2)), (+ (* d0 2) d1), 0, (mod (fdiv (* d0 8) 3) 2)
(d0, d1)[s0, s1] -> ((d0 * 8) ceildiv 4, (d0 * 8 + d1) ceildiv 4, (d0 * 8 + d1 * 4) ceildiv 4, ((d0 * 8 + d1 * 4) ceildiv 2) mod 2, (d0 * s0 * 4) mod 2, (d0 * (s0 * 4)) mod 2, ((d0 mod 8) mod 4) mod 2) => affine_map<(d0, d1)[s0, s1] -> (d0 * 2, (d0 * 8 + d1) ceildiv 4, (d0 * 8 + d1 * 4) ceildiv 4, 0, 0, 0, d0 mod 2)> => (* d0 2), (cdiv (+ (* d0 8) d1) 4), (cdiv (+ (* d0 8) (* d1 4)) 4), 0, 0, 0, (mod d0 2)
(d0, d1)[s0, s1] -> (d0 - 1 - 2 - 3, 1 - (2 - d0), -(-(-d0)), -(d0 - 1), -(1 - d0), -(s0 - d0), (d0 - 3) * -1, -(d0 * s0), -(d0 floordiv s0), d0 * -1 + 0) => affine_map<(d0, d1)[s0, s1] -> (d0 - 6, -(-d0 + 2) + 1, -d0, -(d0 - 1), -(-d0 + 1), -(-d0 + s0), -(d0 - 3), -(d0 * s0), -(d0 floordiv s0), -d0)> => (+ d0 -6), (+ (* (+ (* d0 -1) 2) -1) 1), (* d0 -1), (* (+ d0 -1) -1), (* (+ (* d0 -1) 1) -1), (* (+ (* d0 -1) s0) -1), (* (+ d0 -3) -1), (* (* d0 s0) -1), (* (fdiv d0 s0) -1), (* d0 -1)
(d0, d1)[s0, s1] -> (d0 + (d1 + 2) * -1, d0 + (d1 * s0) * -1, d0 + (d1 mod 2) * -1, d0 + (d1 floordiv 2) * -1, d0 + (d1 + d0) * -2, d0 + (d1 * s0) * -3, d0 - (d1 - d0), d0 - (-d1)) => affine_map<(d0, d1)[s0, s1] -> (d0 - (d1 + 2), d0 - d1 * s0, d0 - d1 mod 2, d0 - d1 floordiv 2, d0 - (d0 + d1) * 2, d0 - (d1 * s0) * 3, d0 - (d1 - d0), d0 + d1)> => (+ d0 (* (+ d1 2) -1)), (+ d0 (* (* d1 s0) -1)), (+ d0 (* (mod d1 2) -1)), (+ d0 (* (fdiv d1 2) -1)), (+ d0 (* (+ d0 d1) -2)), (+ d0 (* (* d1 s0) -3)), (+ d0 (* (+ d1 (* d0 -1)) -1)), (+ d0 d1)
(d0, d1)[s0, s1] : (d0 >= 0, d0 <= 0, d0 == 0, 0 >= d0, 0 <= d0, 0 == d0, d0 + 1 >= d1 - 1, s0 - 1 == d0 * 2, d0 floordiv 2 >= s0 mod 4) => affine_set<(d0, d1)[s0, s1] : (d0 >= 0, -d0 >= 0, d0 == 0, -d0 >= 0, d0 >= 0, -d0 == 0, d0 - (d1 - 1) + 1 >= 0, d0 * -2 + s0 - 1 == 0, d0 floordiv 2 - s0 mod 4 >= 0)> => d0 >= 0, (* d0 -1) >= 0, d0 == 0, (* d0 -1) >= 0, d0 >= 0, (* d0 -1) == 0, (+ (+ d0 (* (+ d1 -1) -1)) 1) >= 0, (+ (* d0 -2) (+ s0 -1)) == 0, (+ (fdiv d0 2) (* (mod s0 4) -1)) >= 0
(i, j)[N] -> (j - i - 1, (i + j) ceildiv 2, N - i) => affine_map<(d0, d1)[s0] -> (d1 - d0 - 1, (d0 + d1) ceildiv 2, -d0 + s0)> => (+ (+ d1 (* d0 -1)) -1), (cdiv (+ d0 d1) 2), (+ (* d0 -1) s0)
(i, j)[N, M] : (i >= 0, N - 1 - i >= 0, j - M >= 0, i + j == N) => affine_set<(d0, d1)[s0, s1] : (d0 >= 0, -d0 + s0 - 1 >= 0, d1 - s1 >= 0, d0 + d1 - s0 == 0)> => d0 >= 0, (+ (* d0 -1) (+ s0 -1)) >= 0, (+ d1 (* s1 -1)) >= 0, (+ (+ d0 d1) (* s0 -1)) == 0
() -> () => affine_map<() -> ()> => 
() -> (0, 1, -1, 42) => affine_map<() -> (0, 1, -1, 42)> => 0, 1, -1, 42
()[s0] -> (s0, s0 * 2 - 1, -s0) => affine_map<()[s0] -> (s0, s0 * 2 - 1, -s0)> => s0, (+ (* s0 2) -1), (* s0 -1)
(d0)[s0] -> (s0 - (s0 floordiv 4) * 4 + d0, d0 + s0 - (s0 floordiv 4) * 4, (d0 + s0) - ((d0 + s0) floordiv 8) * 8) => affine_map<(d0)[s0] -> (d0 + s0 mod 4, d0 + s0 mod 4, (d0 + s0) mod 8)> => (+ d0 (mod s0 4)), (+ d0 (mod s0 4)), (mod (+ d0 s0) 8)
(d0, d1)[s0] -> ((d0 floordiv 4) * 4 + d0 mod 4, d0 mod 4 + (d0 floordiv 4) * 4, d0 - d0 mod 4, (d0 - d0 mod 4) floordiv 4) => affine_map<(d0, d1)[s0] -> ((d0 floordiv 4) * 4 + d0 mod 4, d0 mod 4 + (d0 floordiv 4) * 4, d0 - d0 mod 4, (d0 - d0 mod 4) floordiv 4)> => (+ (* (fdiv d0 4) 4) (mod d0 4)), (+ (mod d0 4) (* (fdiv d0 4) 4)), (+ d0 (* (mod d0 4) -1)), (fdiv (+ d0 (* (mod d0 4) -1)) 4)
(d0) -> (d0 * 9223372036854775807 * 9223372036854775807) => affine_map<(d0) -> (d0)> => d0
(d0) -> (9223372036854775807 mod 2) => affine_map<(d0) -> (1)> => 1
(d0) -> ((-9223372036854775807 - 1) mod 3) => affine_map<(d0) -> (1)> => 1
(d0) -> ((-9223372036854775807 - 1) ceildiv -1) => affine_map<(d0) -> (-9223372036854775808 ceildiv -1)> => (cdiv -9223372036854775808 -1)
(d0) -> ((d0 * (-9223372036854775807 - 1)) mod 4) => affine_map<(d0) -> (0)> => 0
(d0) -> ((d0 * (-9223372036854775807 - 1)) ceildiv 2) => affine_map<(d0) -> (d0 * -4611686018427387904)> => (* d0 -4611686018427387904)
(d0) -> ((d0 * 3 + 9223372036854775807) mod 2) => affine_map<(d0) -> ((d0 * 3 + 9223372036854775807) mod 2)> => (mod (+ (* d0 3) 9223372036854775807) 2)
(d0) -> (d0 * 4611686018427387904 mod 3) => affine_map<(d0) -> ((d0 * 4611686018427387904) mod 3)> => (mod (* d0 4611686018427387904) 3)
(d0, d1, d2) : (d2 * 5 <= d0, 0 * d0 >= 0, (d0 + 0 - 2) mod 16 == 0) => affine_set<(d0, d1, d2) : (d0 - d2 * 5 >= 0, 0 >= 0, (d0 - 2) mod 16 == 0)> => (+ d0 (* d2 -5)) >= 0, 0 >= 0, (mod (+ d0 -2) 16) == 0
(d0, d1, d2)[s0] : ((7 - (d0 + d0 floordiv 4 * -4 - d2 * 5)) ceildiv s0 * 8 - (7 - (d0 + (d0 floordiv 4 * -4) - d2 * 5)) ceildiv s0 * -0 <= 0) => affine_set<(d0, d1, d2)[s0] : (((-(d0 mod 4 - d2 * 5) + 7) ceildiv s0) * -8 >= 0)> => (* (cdiv (+ (* (+ (mod d0 4) (* d2 -5)) -1) 7) s0) -8) >= 0
(d0, d1) -> ((16 * 8 + 24) ceildiv 2 - d0 floordiv 0, d0 mod 6) => affine_map<(d0, d1) -> (-(d0 floordiv 0) + 76, d0 mod 6)> => (+ (* (fdiv d0 0) -1) 76), (mod d0 6)
(d0, d1, d2)[s0] -> (s0 mod 16) => affine_map<(d0, d1, d2)[s0] -> (s0 mod 16)> => (mod s0 16)
(d0, d1, d2)[s0, s1] -> (5 * (3 * d2), 9) => affine_map<(d0, d1, d2)[s0, s1] -> (d2 * 15, 9)> => (* d2 15), 9
(d0)[s0] -> (6, d0 floordiv (-3), (-s0) floordiv -1 * 1 - -s0 floordiv (-1) * -1) => affine_map<(d0)[s0] -> (6, d0 floordiv -3, s0 * 2)> => 6, (fdiv d0 -3), (* s0 2)
(d0, d1) -> (128 ceildiv 3, (-(0 ceildiv 4 mod 4)), 0 * 2) => affine_map<(d0, d1) -> (43, 0, 0)> => 43, 0, 0
(d0, d1)[s0, s1] -> (-8) => affine_map<(d0, d1)[s0, s1] -> (-8)> => -8
(d0, d1, d2) -> (64) => affine_map<(d0, d1, d2) -> (64)> => 64
(d0)[s0] -> (0 ceildiv 4 mod 4 - 516) => affine_map<(d0)[s0] -> (-516)> => -516
(d0, d1, d2)[s0, s1] -> (-s0) => affine_map<(d0, d1, d2)[s0, s1] -> (-s0)> => (* s0 -1)
(d0, d1, d2)[s0, s1] -> (d2 + 5 - 8 - -(0 ceildiv 4 mod 4), s0 * d0 - s0 * d0 * -16 + 2 - 1 - (d1 - (-s1 + 4 * (s0 * d0))) - d0 * (-8 mod s1)) => affine_map<(d0, d1, d2)[s0, s1] -> (d2 - 3, (d0 * s0) * 17 - (d1 - ((d0 * s0) * 4 - s1)) - d0 * (-8 mod s1) + 1)> => (+ d2 -3), (+ (+ (+ (* (* d0 s0) 17) (* (+ d1 (* (+ (* (* d0 s0) 4) (* s1 -1)) -1)) -1)) (* (* d0 (mod -8 s1)) -1)) 1)
(d0, d1)[s0] -> (-(0 ceildiv -2 * s0 + 128 + (0 ceildiv -2 * s0 + 128) floordiv 4 * (-4)), d0 * 3) => affine_map<(d0, d1)[s0] -> (0, d0 * 3)> => 0, (* d0 3)
(d0, d1, d2)[s0, s1] -> (d2 + (((8 + (d0 * 6 - 3 * d0) + (d1 - 8)) * 8 - -(d0 ceildiv 1)) floordiv 2), (-(269 * s0) mod s0 - d0) ceildiv 4) => affine_map<(d0, d1, d2)[s0, s1] -> (d2 + (d0 * 3 + d1 - 8 + 8) * 4 + d0 floordiv 2, (-d0 + (s0 * -269) mod s0) ceildiv 4)> => (+ d2 (+ (* (+ (+ (* d0 3) (+ d1 -8)) 8) 4) (fdiv d0 2))), (cdiv (+ (* d0 -1) (mod (* s0 -269) s0)) 4)
(d0, d1)[s0] : (d1 <= 0, 9 >= ((-d0 + -d0 floordiv 2 * -2) ceildiv s0 floordiv 5)) => affine_set<(d0, d1)[s0] : (-d1 >= 0, -((((-d0) mod 2) ceildiv s0) floordiv 5) + 9 >= 0)> => (* d1 -1) >= 0, (+ (* (fdiv (cdiv (mod (* d0 -1) 2) s0) 5) -1) 9) >= 0
(d0)[s0, s1] -> (d0) => affine_map<(d0)[s0, s1] -> (d0)> => d0
(d0)[s0] -> (d0 mod (-4) ceildiv -4, s0, -2 floordiv 8 ceildiv 8 mod s0) => affine_map<(d0)[s0] -> ((d0 mod -4) ceildiv -4, s0, 0 mod s0)> => (cdiv (mod d0 -4) -4), s0, (mod 0 s0)
(d0, d1)[s0] -> (d0, d1 + -2 * d1, d1 - (d1 floordiv 2 * 2)) => affine_map<(d0, d1)[s0] -> (d0, -d1, d1 mod 2)> => d0, (* d1 -1), (mod d1 2)
(d0, d1, d2)[s0] -> ((-d0 + -d0 floordiv 2 * -2) ceildiv s0 floordiv 5 mod -4, -s0) => affine_map<(d0, d1, d2)[s0] -> (((((-d0) mod 2) ceildiv s0) floordiv 5) mod -4, -s0)> => (mod (fdiv (cdiv (mod (* d0 -1) 2) s0) 5) -4), (* s0 -1)
(d0, d1)[s0] : (2 >= 0) => affine_set<(d0, d1)[s0] : (2 >= 0)> => 2 >= 0
(d0, d1, d2) -> (-2 * d1 ceildiv 5, d0 floordiv 4, d0) => affine_map<(d0, d1, d2) -> ((d1 * -2) ceildiv 5, d0 floordiv 4, d0)> => (cdiv (* d1 -2) 5), (fdiv d0 4), d0
(d0)[s0, s1] -> (7 floordiv 16 + 6 * (7 floordiv 16)) => affine_map<(d0)[s0, s1] -> (0)> => 0
(d0)[s0] -> (s0, d0 ceildiv 3, d0) => affine_map<(d0)[s0] -> (s0, d0 ceildiv 3, d0)> => s0, (cdiv d0 3), d0
(d0)[s0, s1] -> (d0, s1 floordiv 6 - (s1 floordiv 6 floordiv -2) * -2) => affine_map<(d0)[s0, s1] -> (d0, s1 floordiv 6 + ((s1 floordiv 6) floordiv -2) * 2)> => d0, (+ (fdiv s1 6) (* (fdiv (fdiv s1 6) -2) 2))
(d0, d1)[s0, s1] -> ((s0 ceildiv 1 + s0 * s0) mod s0 * (s1 ceildiv s1)) => affine_map<(d0, d1)[s0, s1] -> (((s0 + s0 * s0) mod s0) * (s1 ceildiv s1))> => (* (mod (+ s0 (* s0 s0)) s0) (cdiv s1 s1))
(d0, d1) : (((d0 * 622 - d0 * -0) * 8 - d1) floordiv 2 >= d1, (5 - d1 - 8 mod 6 floordiv 2 floordiv 6 ceildiv 2) <= d0, 411 >= d0 * 64) => affine_set<(d0, d1) : (d0 * 2488 + (-d1) floordiv 2 - d1 >= 0, d0 - (-d1 + 5) >= 0, d0 * -64 + 411 >= 0)> => (+ (+ (* d0 2488) (fdiv (* d1 -1) 2)) (* d1 -1)) >= 0, (+ d0 (* (+ (* d1 -1) 5) -1)) >= 0, (+ (* d0 -64) 411) >= 0
(d0, d1) : (d1 <= 0, (-64) >= d0 floordiv 4, 5 == 0) => affine_set<(d0, d1) : (-d1 >= 0, -(d0 floordiv 4) - 64 >= 0, 5 == 0)> => (* d1 -1) >= 0, (+ (* (fdiv d0 4) -1) -64) >= 0, 5 == 0
(d0, d1) -> (-5, 0 floordiv 5 - 5 + 1) => affine_map<(d0, d1) -> (-5, -4)> => -5, -4
(d0)[s0, s1] : ((4 ceildiv 16) >= s1, (d0 + 3 mod s1) floordiv 4 == 0, 9 + 9 floordiv 3 * -3 >= 764) => affine_set<(d0)[s0, s1] : (-s1 + 1 >= 0, (d0 + 3 mod s1) floordiv 4 == 0, -764 >= 0)> => (+ (* s1 -1) 1) >= 0, (fdiv (+ d0 (mod 3 s1)) 4) == 0, -764 >= 0
(d0, d1, d2)[s0, s1] : ((d0 + d2) * 5 mod s1 ceildiv 4 mod 4 mod 8 <= d2 mod 2) => affine_set<(d0, d1, d2)[s0, s1] : (d2 mod 2 - (((((d0 + d2) * 5) mod s1) ceildiv 4) mod 4) mod 8 >= 0)> => (+ (mod d2 2) (* (mod (mod (cdiv (mod (* (+ d0 d2) 5) s1) 4) 4) 8) -1)) >= 0
(d0) : (d0 >= 0, 12 >= 0, d0 == -d0) => affine_set<(d0) : (d0 >= 0, 12 >= 0, d0 * 2 == 0)> => d0 >= 0, 12 >= 0, (* d0 2) == 0
(d0, d1)[s0, s1] -> ((d1 * 12) - d1 * -1 - 378 - 1) => affine_map<(d0, d1)[s0, s1] -> (d1 * 13 - 379)> => (+ (* d1 13) -379)
(d0, d1) -> ((16 * 4 - (251 floordiv 4) floordiv 4) floordiv 2 ceildiv 2 mod 3) => affine_map<(d0, d1) -> (0)> => 0
(d0) -> (d0 + 0, d0) => affine_map<(d0) -> (d0, d0)> => d0, d0
(d0, d1) : (d0 floordiv 16 * ((4 mod 8) mod 3) floordiv 2 >= -24 - 5 * -24) => affine_set<(d0, d1) : ((d0 floordiv 16) floordiv 2 - 96 >= 0)> => (+ (fdiv (fdiv d0 16) 2) -96) >= 0
(d0)[s0] -> (836 + 836 floordiv 8 * -8 - 24, 0 floordiv 0 floordiv 6, 346 * 6) => affine_map<(d0)[s0] -> (-20, (0 floordiv 0) floordiv 6, 2076)> => -20, (fdiv (fdiv 0 0) 6), 2076
(d0)[s0, s1] -> (576 ceildiv 0 - (d0 * 8 - (d0 + (s1 + 8))) ceildiv 4 ceildiv 3) => affine_map<(d0)[s0, s1] -> (-(((d0 * 8 - (d0 + s1 + 8)) ceildiv 4) ceildiv 3) + 576 ceildiv 0)> => (+ (* (cdiv (cdiv (+ (* d0 8) (* (+ d0 (+ s1 8)) -1)) 4) 3) -1) (cdiv 576 0))
(d0) -> (0 floordiv 0 floordiv 6, 1) => affine_map<(d0) -> ((0 floordiv 0) floordiv 6, 1)> => (fdiv (fdiv 0 0) 6), 1
(d0, d1, d2)[s0] -> (3 ceildiv 4, 4, d0) => affine_map<(d0, d1, d2)[s0] -> (1, 4, d0)> => 1, 4, d0
(d0)[s0, s1] -> (24) => affine_map<(d0)[s0, s1] -> (24)> => 24
(d0, d1, d2)[s0] -> (9, -(d1 * 1) ceildiv -2) => affine_map<(d0, d1, d2)[s0] -> (9, (-d1) ceildiv -2)> => 9, (cdiv (* d1 -1) -2)
(d0, d1, d2)[s0, s1] -> (s1, d1 + 231 + 8) => affine_map<(d0, d1, d2)[s0, s1] -> (s1, d1 + 239)> => s1, (+ d1 239)
(d0, d1, d2) -> (d1, d0) => affine_map<(d0, d1, d2) -> (d1, d0)> => d1, d0
(d0, d1) -> (705, 3, (32 * 6 + (d1 - (9 * d1))) ceildiv 3) => affine_map<(d0, d1) -> (705, 3, (d1 * -8 + 192) ceildiv 3)> => 705, 3, (cdiv (+ (* d1 -8) 192) 3)
(d0, d1)[s0] -> ((d1 ceildiv 3 + 64) * 1) => affine_map<(d0, d1)[s0] -> (d1 ceildiv 3 + 64)> => (+ (cdiv d1 3) 64)
(d0, d1)[s0, s1] -> (s1, d0, d1 ceildiv 3) => affine_map<(d0, d1)[s0, s1] -> (s1, d0, d1 ceildiv 3)> => s1, d0, (cdiv d1 3)
(d0)[s0, s1] : (((-d0 - (-s0 + d0)) + (-d0 - (-s0 + d0)) floordiv 4 * -4) >= 0, s1 == -s0) => affine_set<(d0)[s0, s1] : ((-d0 - (d0 - s0)) mod 4 >= 0, s0 + s1 == 0)> => (mod (+ (* d0 -1) (* (+ d0 (* s0 -1)) -1)) 4) >= 0, (+ s0 s1) == 0
(d0, d1)[s0] -> (1 * (d1 ceildiv 3), 64 * d0 ceildiv 4 ceildiv 8 floordiv 3 * 3) => affine_map<(d0, d1)[s0] -> (d1 ceildiv 3, ((d0 * 2) floordiv 3) * 3)> => (cdiv d1 3), (* (fdiv (* d0 2) 3) 3)
(d0, d1)[s0] -> (0 * s0 ceildiv 8 mod 8, d1) => affine_map<(d0, d1)[s0] -> (0, d1)> => 0, d1
(d0, d1, d2)[s0, s1] -> (5 * (0 + d0 * 24), d2 mod 12 ceildiv 8, d1 ceildiv (5 + 208) mod 2 + 8 + 9) => affine_map<(d0, d1, d2)[s0, s1] -> (d0 * 120, (d2 mod 12) ceildiv 8, (d1 ceildiv 213) mod 2 + 17)> => (* d0 120), (cdiv (mod d2 12) 8), (+ (mod (cdiv d1 213) 2) 17)
(d0, d1, d2)[s0, s1] : (d2 <= d1 - d1 floordiv 3 * 3, -d0 - (-s0 + d0) <= (32 - s0 + s0 mod 6) * (4 + 100 - 936 - -d0) + d2) => affine_set<(d0, d1, d2)[s0, s1] : (d1 mod 3 - d2 >= 0, (d0 - 832) * (-s0 + s0 mod 6 + 32) + d2 - (-d0 - (d0 - s0)) >= 0)> => (+ (mod d1 3) (* d2 -1)) >= 0, (+ (+ (* (+ d0 -832) (+ (+ (* s0 -1) (mod s0 6)) 32)) d2) (* (+ (* d0 -1) (* (+ d0 (* s0 -1)) -1)) -1)) >= 0
(d0) -> (4, d0) => affine_map<(d0) -> (4, d0)> => 4, d0
(d0, d1)[s0] -> (s0 * (d1 + d0)) => affine_map<(d0, d1)[s0] -> ((d0 + d1) * s0)> => (* (+ d0 d1) s0)
(d0)[s0, s1] -> (8 floordiv 4 + 519 * d0, 493, 4 ceildiv 6) => affine_map<(d0)[s0, s1] -> (d0 * 519 + 2, 493, 1)> => (+ (* d0 519) 2), 493, 1
(d0, d1)[s0] -> (1, d1, (d1 * 3 + d1 * 3 floordiv 2 * -2) * 4 - 4 * (d1 * 3 + (d1 * 3) floordiv 2 * -2)) => affine_map<(d0, d1)[s0] -> (1, d1, 0)> => 1, d1, 0
(d0)[s0] -> (d0 mod 1) => affine_map<(d0)[s0] -> (0)> => 0
(d0, d1, d2)[s0, s1] : (s1 >= 0, 7 >= s0 * 128 + d1) => affine_set<(d0, d1, d2)[s0, s1] : (s1 >= 0, -(d1 + s0 * 128) + 7 >= 0)> => s1 >= 0, (+ (* (+ d1 (* s0 128)) -1) 7) >= 0
(d0)[s0, s1] -> (s0 + (s0 - s0), 9 + d0) => affine_map<(d0)[s0, s1] -> (s0, d0 + 9)> => s0, (+ d0 9)
(d0, d1, d2)[s0] -> (d2 * s0, ((d0 + s0 * (d1 + d0)) * 4 + (3 + (4 ceildiv 8 ceildiv 2 - 5 ceildiv 4 - ((-3) - d2)))) mod 4, -4) => affine_map<(d0, d1, d2)[s0] -> (d2 * s0, (-(-d2 - 3) + 2) mod 4, -4)> => (* d2 s0), (mod (+ (* (+ (* d2 -1) -3) -1) 2) 4), -4
(d0, d1)[s0] -> (-d0 + -7, 8 - 8) => affine_map<(d0, d1)[s0] -> (-d0 - 7, 0)> => (+ (* d0 -1) -7), 0
(d0, d1, d2)[s0] -> (-(822 * (d1 * 8 ceildiv 1 + (3 + s0)) - -(d2 * s0 * -8))) => affine_map<(d0, d1, d2)[s0] -> (-((d1 * 8 + s0 + 3) * 822 - (d2 * s0) * 8))> => (* (+ (* (+ (* d1 8) (+ s0 3)) 822) (* (* d2 s0) -8)) -1)
(d0, d1) -> (3) => affine_map<(d0, d1) -> (3)> => 3
(d0) : (2 ceildiv 4 >= 0, -((578 floordiv 5) * (128 mod 4)) mod 6 == 0) => affine_set<(d0) : (1 >= 0, 0 == 0)> => 1 >= 0, 0 == 0
(d0, d1, d2) -> ((d2 * 0) - d2 * 0 floordiv 4 * 4, d1 ceildiv 0, 8 floordiv 6 mod 2) => affine_map<(d0, d1, d2) -> (0, d1 ceildiv 0, 1)> => 0, (cdiv d1 0), 1
(d0, d1) -> (d0, -d1) => affine_map<(d0, d1) -> (d0, -d1)> => d0, (* d1 -1)
(d0) -> (7, 1 + 1 floordiv 2 * -2, d0) => affine_map<(d0) -> (7, 1, d0)> => 7, 1, d0
(d0, d1, d2) -> (-1 - -1 floordiv 6 * 6, 1, d2 + d1 - (d0 - d0 * -6) + (4 * d1 - 2)) => affine_map<(d0, d1, d2) -> (5, 1, d1 + d2 - d0 * 7 + d1 * 4 - 2)> => 5, 1, (+ (+ (+ d1 d2) (* d0 -7)) (+ (* d1 4) -2))
(d0, d1) -> (4, 0 * d1) => affine_map<(d0, d1) -> (4, 0)> => 4, 0
(d0, d1)[s0] -> (0 + s0) => affine_map<(d0, d1)[s0] -> (s0)> => s0
(d0, d1) -> (d1, 0 + d1) => affine_map<(d0, d1) -> (d1, d1)> => d1, d1
(d0, d1, d2)[s0] -> (d2, (d2 * 87)) => affine_map<(d0, d1, d2)[s0] -> (d2, d2 * 87)> => d2, (* d2 87)
(d0, d1)[s0, s1] -> (614 * s0 - d0 * s0 + (-(s0 * 6 ceildiv 4) + s0)) => affine_map<(d0, d1)[s0, s1] -> (-(d0 * s0) + s0 * 614 + -((s0 * 6) ceildiv 4) + s0)> => (+ (+ (* (* d0 s0) -1) (* s0 614)) (+ (* (cdiv (* s0 6) 4) -1) s0))
(d0)[s0] -> (s0, (s0 mod 4), 8 floordiv 6) => affine_map<(d0)[s0] -> (s0, s0 mod 4, 1)> => s0, (mod s0 4), 1
(d0)[s0] : (3 * s0 <= s0, 507 * 0 >= 6 + 2, d0 == 5 ceildiv 6 mod 2 ceildiv 2 floordiv 3) => affine_set<(d0)[s0] : (s0 * -2 >= 0, -8 >= 0, d0 == 0)> => (* s0 -2) >= 0, -8 >= 0, d0 == 0
(d0)[s0] -> (-((524 + (2 - s0 - d0 floordiv 2 mod 4)) ceildiv 3), -(d0 + 6) mod 3 ceildiv s0) => affine_map<(d0)[s0] -> (-((-((d0 floordiv 2) mod 4) + -s0 + 2 + 524) ceildiv 3), ((-(d0 + 6)) mod 3) ceildiv s0)> => (* (cdiv (+ (+ (* (mod (fdiv d0 2) 4) -1) (+ (* s0 -1) 2)) 524) 3) -1), (cdiv (mod (* (+ d0 6) -1) 3) s0)
(d0, d1)[s0, s1] -> (6 * (16 - d1) mod 4) => affine_map<(d0, d1)[s0, s1] -> (((-d1 + 16) * 6) mod 4)> => (mod (* (+ (* d1 -1) 16) 6) 4)
(d0, d1)[s0, s1] -> ((s0 - d0) * (6 * 12 + s1)) => affine_map<(d0, d1)[s0, s1] -> ((-d0 + s0) * (s1 + 72))> => (* (+ (* d0 -1) s0) (+ s1 72))
(d0, d1, d2)[s0] -> (d1, 0, d0 mod (s0 * 24 + 128 * s0) mod 8) => affine_map<(d0, d1, d2)[s0] -> (d1, 0, (d0 mod (s0 * 152)) mod 8)> => d1, 0, (mod (mod d0 (* s0 152)) 8)
(d0) -> (3, 904 * (64 * 5) floordiv 6 mod 3, -688) => affine_map<(d0) -> (3, 0, -688)> => 3, 0, -688
(d0, d1) -> (d0, d1) => affine_map<(d0, d1) -> (d0, d1)> => d0, d1
(d0, d1)[s0, s1] -> ((s1 - 5) - 9) => affine_map<(d0, d1)[s0, s1] -> (s1 - 14)> => (+ s1 -14)
(d0)[s0, s1] -> (s1, 6 * 12, 4) => affine_map<(d0)[s0, s1] -> (s1, 72, 4)> => s1, 72, 4
(d0, d1)[s0] : ((-d1) + d0 >= 0, d1 - s0 <= d0 - 0, 4 == s0 * 7 - s0 * -3) => affine_set<(d0, d1)[s0] : (-d1 + d0 >= 0, d0 - (d1 - s0) >= 0, s0 * -10 + 4 == 0)> => (+ (* d1 -1) d0) >= 0, (+ d0 (* (+ d1 (* s0 -1)) -1)) >= 0, (+ (* s0 -10) 4) == 0
(d0, d1, d2) -> (2, d2, -(4 * 0)) => affine_map<(d0, d1, d2) -> (2, d2, 0)> => 2, d2, 0
(d0, d1, d2)[s0, s1] -> (d1 ceildiv 1 + s1, --((d0 * 12 + d2) mod 3 * (5 ceildiv 3 mod (s0 * 3 + (1 * s0))))) => affine_map<(d0, d1, d2)[s0, s1] -> (d1 + s1, (d2 mod 3) * (2 mod (s0 * 4)))> => (+ d1 s1), (* (mod d2 3) (mod 2 (* s0 4)))
(d0, d1, d2)[s0] -> (9 + 2 + -8, 0 + 2 - 6 - (0 - 4) + ((0 + 2) - 6 - (0 - 4)) floordiv 6 * -6) => affine_map<(d0, d1, d2)[s0] -> (3, 0)> => 3, 0
(d0)[s0, s1] -> ((s0 - (-s0 + 582 * d0) ceildiv s0) * 4, ((d0 * 4 - s0) ceildiv 2)) => affine_map<(d0)[s0, s1] -> ((-((d0 * 582 - s0) ceildiv s0) + s0) * 4, (d0 * 4 - s0) ceildiv 2)> => (* (+ (* (cdiv (+ (* d0 582) (* s0 -1)) s0) -1) s0) 4), (cdiv (+ (* d0 4) (* s0 -1)) 2)
(d0)[s0] -> (--6 ceildiv 4 floordiv 8 - -2 * (--6 ceildiv 4 floordiv 8 floordiv -2), -d0) => affine_map<(d0)[s0] -> (0, -d0)> => 0, (* d0 -1)
(d0, d1, d2) -> (d0) => affine_map<(d0, d1, d2) -> (d0)> => d0
(d0, d1)[s0] -> (-d1) => affine_map<(d0, d1)[s0] -> (-d1)> => (* d1 -1)
(d0, d1)[s0, s1] -> (--6, 9 * ((2 - s1) ceildiv 2 + 100 floordiv (s0 + s0) * (d0 floordiv 2))) => affine_map<(d0, d1)[s0, s1] -> (6, ((d0 floordiv 2) * (100 floordiv (s0 * 2)) + (-s1 + 2) ceildiv 2) * 9)> => 6, (* (+ (* (fdiv d0 2) (fdiv 100 (* s0 2))) (cdiv (+ (* s1 -1) 2) 2)) 9)
(d0)[s0] : (5 ceildiv s0 <= d0) => affine_set<(d0)[s0] : (d0 - 5 ceildiv s0 >= 0)> => (+ d0 (* (cdiv 5 s0) -1)) >= 0
(d0, d1)[s0] : (8 + 139 == 0) => affine_set<(d0, d1)[s0] : (147 == 0)> => 147 == 0
(d0)[s0] -> (s0 * 1 + 4 * s0) => affine_map<(d0)[s0] -> (s0 * 5)> => (* s0 5)
(d0)[s0] -> (9 * 32) => affine_map<(d0)[s0] -> (288)> => 288
(d0, d1) -> (8) => affine_map<(d0, d1) -> (8)> => 8
(d0, d1, d2)[s0] -> (24 * (d2 * (s0 + s0 * -5)), s0) => affine_map<(d0, d1, d2)[s0] -> ((d2 * (s0 * -4)) * 24, s0)> => (* (* d2 (* s0 -4)) 24), s0
(d0, d1, d2)[s0] -> (64 * ((6 * 16 - 9) * d0)) => affine_map<(d0, d1, d2)[s0] -> (d0 * 5568)> => (* d0 5568)
(d0, d1, d2)[s0, s1] -> (d0 * 1, s0 + (-7 floordiv s0 - s1 * d2 * -641), (2 floordiv 8)) => affine_map<(d0, d1, d2)[s0, s1] -> (d0, (d2 * s1) * 641 + -7 floordiv s0 + s0, 0)> => d0, (+ (+ (* (* d2 s1) 641) (fdiv -7 s0)) s0), 0
(d0, d1)[s0] -> ((d0 * (3 - 0) - s0) mod -2) => affine_map<(d0, d1)[s0] -> ((d0 * 3 - s0) mod -2)> => (mod (+ (* d0 3) (* s0 -1)) -2)
(d0)[s0, s1] -> (s0 ceildiv 16) => affine_map<(d0)[s0, s1] -> (s0 ceildiv 16)> => (cdiv s0 16)
(d0, d1, d2) -> (3 - 0, 4 * ((7 - 6) mod 8 - 1 * ((7 - 6) mod 8 floordiv 1)), -(3 mod 2 + (d0 - 1))) => affine_map<(d0, d1, d2) -> (3, 0, -d0)> => 3, 0, (* d0 -1)
(d0)[s0] -> (s0 + d0) => affine_map<(d0)[s0] -> (d0 + s0)> => (+ d0 s0)
(d0) -> (d0 ceildiv 12 floordiv 4, 5 mod 1, 587) => affine_map<(d0) -> ((d0 ceildiv 12) floordiv 4, 0, 587)> => (fdiv (cdiv d0 12) 4), 0, 587
(d0, d1, d2) -> (d2 + 1 + 0, d2 floordiv -3, 3) => affine_map<(d0, d1, d2) -> (d2 + 1, d2 floordiv -3, 3)> => (+ d2 1), (fdiv d2 -3), 3
(d0)[s0] : (-d0 == (d0 * ((64 mod s0) - 64 mod s0 floordiv 2 * 2) * 100 - 9 + 1) mod -4) => affine_set<(d0)[s0] : (-d0 - ((d0 * ((64 mod s0) mod 2)) * 100 - 8) mod -4 == 0)> => (+ (* d0 -1) (* (mod (+ (* (* d0 (mod (mod 64 s0) 2)) 100) -8) -4) -1)) == 0
(d0)[s0] -> (2 * d0, 7 floordiv 1, s0 * 9) => affine_map<(d0)[s0] -> (d0 * 2, 7, s0 * 9)> => (* d0 2), 7, (* s0 9)
(d0, d1, d2)[s0, s1] -> ((8 mod 6 - 5 floordiv 6 ceildiv 3 floordiv 16) * (((d1 - d0) * 4 + 4 * (d1 - d0)) floordiv -2)) => affine_map<(d0, d1, d2)[s0, s1] -> ((d1 - d0) * -8)> => (* (+ d1 (* d0 -1)) -8)
(d0, d1)[s0, s1] -> (2 * d0 - s0, 128 ceildiv s0 mod 3, -(d1 + d1)) => affine_map<(d0, d1)[s0, s1] -> (d0 * 2 - s0, (128 ceildiv s0) mod 3, d1 * -2)> => (+ (* d0 2) (* s0 -1)), (mod (cdiv 128 s0) 3), (* d1 -2)
(d0) -> (2) => affine_map<(d0) -> (2)> => 2
(d0)[s0, s1] -> (1, d0) => affine_map<(d0)[s0, s1] -> (1, d0)> => 1, d0
(d0, d1, d2)[s0, s1] -> ((3 + (-((d1 - d2) * 2 - (d1 - d2) * -5 - -d2) * 4 - 6) ceildiv 4) mod -3) => affine_map<(d0, d1, d2)[s0, s1] -> (((((d1 - d2) * 7 + d2) * -4 - 6) ceildiv 4 + 3) mod -3)> => (mod (+ (cdiv (+ (* (+ (* (+ d1 (* d2 -1)) 7) d2) -4) -6) 4) 3) -3)
(d0) -> (d0 - 4 * (d0 floordiv 4), 8) => affine_map<(d0) -> (d0 mod 4, 8)> => (mod d0 4), 8
(d0, d1, d2) -> (d1 * 8, 64) => affine_map<(d0, d1, d2) -> (d1 * 8, 64)> => (* d1 8), 64
(d0, d1)[s0] -> (7 ceildiv 2 floordiv 8) => affine_map<(d0, d1)[s0] -> (0)> => 0
(d0, d1, d2)[s0] : (-(-((d1 - d0) * 4 + 4 * (d1 - d0)) + 100 + 1) == s0 + 4) => affine_set<(d0, d1, d2)[s0] : (-((d1 - d0) * -8 + 101) - (s0 + 4) == 0)> => (+ (* (+ (* (+ d1 (* d0 -1)) -8) 101) -1) (* (+ s0 4) -1)) == 0
(d0)[s0, s1] -> (s1, 0 * -s0 ceildiv 2 floordiv 4) => affine_map<(d0)[s0, s1] -> (s1, 0)> => s1, 0
(d0, d1, d2) : (d0 floordiv 3 >= 0, 8 <= 3 mod 4 floordiv 3 - 3 * (3 mod 4 floordiv 3 floordiv 3)) => affine_set<(d0, d1, d2) : (d0 floordiv 3 >= 0, -7 >= 0)> => (fdiv d0 3) >= 0, -7 >= 0
(d0, d1) -> (5 - -(4 + 44), d1) => affine_map<(d0, d1) -> (53, d1)> => 53, d1
(d0, d1)[s0, s1] -> (2 * ((d1 * 6 - s0) mod 3), 9, (d1 - 4 * (d1 + d1 mod 4 - (9 - 6))) mod 16 ceildiv 8 mod 4 - 3 - 2) => affine_map<(d0, d1)[s0, s1] -> (((-s0) mod 3) * 2, 9, (((d1 - (d1 + d1 mod 4 - 3) * 4) mod 16) ceildiv 8) mod 4 - 5)> => (* (mod (* s0 -1) 3) 2), 9, (+ (mod (cdiv (mod (+ d1 (* (+ (+ d1 (mod d1 4)) -3) -4)) 16) 8) 4) -5)
(d0)[s0] -> (-(2 mod 3)) => affine_map<(d0)[s0] -> (-2)> => -2
(d0)[s0] : ((d0 ceildiv (s0 * s0) - 2 - 5) * 737 + ((d0 ceildiv (s0 * s0) - 2 - 5) * 737) floordiv 8 * -8 <= -(--d0 - 4 * (--d0 floordiv 4))) => affine_set<(d0)[s0] : (-(d0 mod 4) - ((d0 ceildiv (s0 * s0) - 7) * 737) mod 8 >= 0)> => (+ (* (mod d0 4) -1) (* (mod (* (+ (cdiv d0 (* s0 s0)) -7) 737) 8) -1)) >= 0
(d0, d1)[s0, s1] -> (2 ceildiv s1 mod s0, (4 - 4) mod 16) => affine_map<(d0, d1)[s0, s1] -> ((2 ceildiv s1) mod s0, 0)> => (mod (cdiv 2 s1) s0), 0
(d0, d1, d2)[s0] : (5 - 5 floordiv 4 * 4 >= s0 * d2, 5 - 5 floordiv 4 * 4 - -(4 * (d1 + d1 mod 4 - (9 - 6))) == 0, d0 ceildiv 3 >= 0) => affine_set<(d0, d1, d2)[s0] : (-(d2 * s0) + 1 >= 0, (d1 + d1 mod 4 - 3) * 4 + 1 == 0, d0 ceildiv 3 >= 0)> => (+ (* (* d2 s0) -1) 1) >= 0, (+ (* (+ (+ d1 (mod d1 4)) -3) 4) 1) == 0, (cdiv d0 3) >= 0
(d0, d1) : (12 == 0, 7 >= -(5 + 2), 0 + 4 + (--d0 - (4 * (--d0 floordiv 4))) >= 0) => affine_set<(d0, d1) : (12 == 0, 14 >= 0, d0 mod 4 + 4 >= 0)> => 12 == 0, 14 >= 0, (+ (mod d0 4) 4) >= 0
(d0, d1)[s0] -> (1 - 0 - 9) => affine_map<(d0, d1)[s0] -> (-8)> => -8
(d0, d1, d2)[s0] : (2 * 100 >= (d2 - 1)) => affine_set<(d0, d1, d2)[s0] : (-(d2 - 1) + 200 >= 0)> => (+ (* (+ d2 -1) -1) 200) >= 0
(d0)[s0] : (5 + 2 == (d0 mod 5), (d0 ceildiv (s0 * s0) - 2 - 5) * 737 mod 2 >= 0) => affine_set<(d0)[s0] : (-(d0 mod 5) + 7 == 0, ((d0 ceildiv (s0 * s0) - 7) * 737) mod 2 >= 0)> => (+ (* (mod d0 5) -1) 7) == 0, (mod (* (+ (cdiv d0 (* s0 s0)) -7) 737) 2) >= 0
(d0, d1, d2)[s0] : (d1 * 7 == s0, ((1 - (d1 mod 8 - s0)) floordiv (s0 - s0)) + d0 <= 7 * d0, d0 >= d2 * 5) => affine_set<(d0, d1, d2)[s0] : (d1 * 7 - s0 == 0, d0 * 7 - ((-(d1 mod 8 - s0) + 1) floordiv 0 + d0) >= 0, d0 - d2 * 5 >= 0)> => (+ (* d1 7) (* s0 -1)) == 0, (+ (* d0 7) (* (+ (fdiv (+ (* (+ (mod d1 8) (* s0 -1)) -1) 1) 0) d0) -1)) >= 0, (+ d0 (* d2 -5)) >= 0
(d0, d1, d2)[s0, s1] -> (-112 * (0 + (0 floordiv 9 * -9)) - d0 floordiv 12 ceildiv 8, d0, (d1 + 5 + 2) floordiv s0) => affine_map<(d0, d1, d2)[s0, s1] -> (-((d0 floordiv 12) ceildiv 8), d0, (d1 + 7) floordiv s0)> => (* (cdiv (fdiv d0 12) 8) -1), d0, (fdiv (+ d1 7) s0)
(d0)[s0] : ((d0 * 7 - (-112 * (0 + 0 floordiv 9 * -9) - (d0 floordiv 12) ceildiv 8 - 12 - 748)) * 6 + 32 >= d0 floordiv 0) => affine_set<(d0)[s0] : ((d0 * 7 - (-((d0 floordiv 12) ceildiv 8) - 760)) * 6 - d0 floordiv 0 + 32 >= 0)> => (+ (+ (* (+ (* d0 7) (* (+ (* (cdiv (fdiv d0 12) 8) -1) -760) -1)) 6) (* (fdiv d0 0) -1)) 32) >= 0
(d0, d1)[s0] -> (873, d0 * (4 - 0) * 9 + 153 * (d0 * (4 - 0))) => affine_map<(d0, d1)[s0] -> (873, d0 * 648)> => 873, (* d0 648)
(d0, d1) : (d1 * 7 >= 0, -6 >= (d0 * 128 - 1)) => affine_set<(d0, d1) : (d1 * 7 >= 0, -(d0 * 128 - 1) - 6 >= 0)> => (* d1 7) >= 0, (+ (* (+ (* d0 128) -1) -1) -6) >= 0
(d0, d1, d2) -> ((1 - 1 - 5 - 618) - d0, d0 * 5 - d1 - d1) => affine_map<(d0, d1, d2) -> (-d0 - 623, d0 * 5 - d1 - d1)> => (+ (* d0 -1) -623), (+ (+ (* d0 5) (* d1 -1)) (* d1 -1))
(d0, d1)[s0, s1] -> (7 mod 4) => affine_map<(d0, d1)[s0, s1] -> (3)> => 3
(d0)[s0, s1] -> (d0 + d0, 9 + 1 - (9 + 1) floordiv 8 * 8 - -(d0 - ((5 * 6 - 5 * 6 floordiv 3 * 3) * ((s0 + 6) mod 2)))) => affine_map<(d0)[s0, s1] -> (d0 * 2, d0 + 2)> => (* d0 2), (+ d0 2)
(d0, d1) -> (d1, -(8 - d1 floordiv 6), (d0 - 64) floordiv -2) => affine_map<(d0, d1) -> (d1, -(-(d1 floordiv 6) + 8), d0 floordiv -2 + 32)> => d1, (* (+ (* (fdiv d1 6) -1) 8) -1), (+ (fdiv d0 -2) 32)
(d0, d1)[s0] -> (d1 - ((-d1 + d1) mod (16 floordiv 4 mod 3)), 2 + (2 floordiv (8 mod 8) * -(8 mod 8)), (9 - d1) * 3 * s0) => affine_map<(d0, d1)[s0] -> (d1, 2, ((-d1 + 9) * s0) * 3)> => d1, 2, (* (* (+ (* d1 -1) 9) s0) 3)
(d0, d1, d2)[s0] -> (s0) => affine_map<(d0, d1, d2)[s0] -> (s0)> => s0
(d0, d1, d2) -> (-d1, d0 mod 16) => affine_map<(d0, d1, d2) -> (-d1, d0 mod 16)> => (* d1 -1), (mod d0 16)
(d0) -> (4 * (-6 + d0), d0, 9) => affine_map<(d0) -> ((d0 - 6) * 4, d0, 9)> => (* (+ d0 -6) 4), d0, 9
(d0)[s0] -> (d0 + d0 * -3) => affine_map<(d0)[s0] -> (d0 * -2)> => (* d0 -2)
(d0, d1)[s0] -> (((-1 - (5 - (5 + 12 + 3))) * 8 + (-1 - (5 - (5 + 12 + 3))) * (-4)) * d1) => affine_map<(d0, d1)[s0] -> (d1 * 56)> => (* d1 56)
(d0, d1, d2) -> (7, (d1 - (d1 floordiv -3) * -3) * 5 + d1) => affine_map<(d0, d1, d2) -> (7, (d1 + (d1 floordiv -3) * 3) * 5 + d1)> => 7, (+ (* (+ d1 (* (fdiv d1 -3) 3)) 5) d1)
(d0, d1, d2) -> (d0 * 830 + d0, 6 mod 16 ceildiv -2) => affine_map<(d0, d1, d2) -> (d0 * 831, -3)> => (* d0 831), -3
(d0, d1, d2)[s0] -> (d0 + 32 + 399) => affine_map<(d0, d1, d2)[s0] -> (d0 + 431)> => (+ d0 431)
(d0)[s0] : (d0 >= -64, 12 - 6 >= 100 - 785 + 7, d0 * 12 <= 0) => affine_set<(d0)[s0] : (d0 + 64 >= 0, 684 >= 0, d0 * -12 >= 0)> => (+ d0 64) >= 0, 684 >= 0, (* d0 -12) >= 0
(d0)[s0] -> (((7 + d0) mod 8) + (7 + d0) mod 8 floordiv 4 * -4, ((12 - 6) * d0) floordiv 2, s0 - 3 * (s0 floordiv 3)) => affine_map<(d0)[s0] -> ((d0 + 7) mod 4, d0 * 3, s0 mod 3)> => (mod (+ d0 7) 4), (* d0 3), (mod s0 3)
(d0, d1, d2)[s0] -> (((319 - s0 + (8 + ((d0 * 24) + 9 * d0)) + (d1 * 128 - 3 * d1)) ceildiv s0), s0) => affine_map<(d0, d1, d2)[s0] -> ((d0 * 33 + -s0 + 319 + d1 * 125 + 8) ceildiv s0, s0)> => (cdiv (+ (+ (+ (* d0 33) (+ (* s0 -1) 319)) (* d1 125)) 8) s0), s0
(d0, d1, d2) -> ((-64 * 24 - (12 * -64) - ((-64 * 24 - 12 * -64) floordiv 3 * 3)) ceildiv 5, (4 - 4 floordiv 4 * 4) ceildiv 4 ceildiv 16) => affine_map<(d0, d1, d2) -> (0, 0)> => 0, 0
(d0, d1)[s0, s1] -> (s0) => affine_map<(d0, d1)[s0, s1] -> (s0)> => s0
(d0, d1)[s0, s1] -> (s0 floordiv 4, d1 floordiv 2) => affine_map<(d0, d1)[s0, s1] -> (s0 floordiv 4, d1 floordiv 2)> => (fdiv s0 4), (fdiv d1 2)
(d0, d1, d2) : (d2 == 0, d0 >= ((-(d2 - d1) floordiv 3 mod 8) - 2 * (-(d2 - d1) floordiv 3 mod 8 floordiv 2))) => affine_set<(d0, d1, d2) : (d2 == 0, d0 - ((-(d2 - d1)) floordiv 3) mod 2 >= 0)> => d2 == 0, (+ d0 (* (mod (fdiv (* (+ d2 (* d1 -1)) -1) 3) 2) -1)) >= 0
(d0, d1)[s0] : (d1 mod 3 <= 0, (4 - 4 floordiv 4 * 4) ceildiv 4 ceildiv 16 == 0, 0 + d0 <= 128 - -s0 + (1 - 4 + 12) - 8) => affine_set<(d0, d1)[s0] : (-(d1 mod 3) >= 0, 0 == 0, -d0 + s0 + 129 >= 0)> => (* (mod d1 3) -1) >= 0, 0 == 0, (+ (* d0 -1) (+ s0 129)) >= 0
(d0) -> (((4 - 4 floordiv 4 * 4) ceildiv 4 ceildiv 16 ceildiv 6) ceildiv 4, 1 mod 5) => affine_map<(d0) -> (0, 1)> => 0, 1
(d0, d1, d2) -> (1 * d0 + d0, d2 ceildiv 8 ceildiv 16) => affine_map<(d0, d1, d2) -> (d0 * 2, (d2 ceildiv 8) ceildiv 16)> => (* d0 2), (cdiv (cdiv d2 8) 16)
(d0) -> (-d0, 3) => affine_map<(d0) -> (-d0, 3)> => (* d0 -1), 3
(d0, d1, d2) -> (d0, -d0) => affine_map<(d0, d1, d2) -> (d0, -d0)> => d0, (* d0 -1)
(d0, d1)[s0] -> (652 mod 0) => affine_map<(d0, d1)[s0] -> (652 mod 0)> => (mod 652 0)
(d0, d1) -> (-6 - ((1 * (d0 + 7)) * 100 + 1 * (d0 + 7) * -9)) => affine_map<(d0, d1) -> ((d0 + 7) * -91 - 6)> => (+ (* (+ d0 7) -91) -6)
(d0, d1)[s0] : (d1 >= -((6 floordiv 2 ceildiv 8 * 12 + 7) mod 2), d1 == 0) => affine_set<(d0, d1)[s0] : (d1 + 1 >= 0, d1 == 0)> => (+ d1 1) >= 0, d1 == 0
(d0, d1, d2) : ((d1 mod 4) floordiv 2 <= -d0 floordiv 5) => affine_set<(d0, d1, d2) : ((-d0) floordiv 5 - (d1 mod 4) floordiv 2 >= 0)> => (+ (fdiv (* d0 -1) 5) (* (fdiv (mod d1 4) 2) -1)) >= 0
(d0) -> (24) => affine_map<(d0) -> (24)> => 24
(d0) : (4 == 8, 207 - 9 >= 437 * ((d0 - 0) mod 16), 9 == 0) => affine_set<(d0) : (-4 == 0, (d0 mod 16) * -437 + 198 >= 0, 9 == 0)> => -4 == 0, (+ (* (mod d0 16) -437) 198) >= 0, 9 == 0
(d0)[s0] : (-3 <= 0, -3 >= 64) => affine_set<(d0)[s0] : (3 >= 0, -67 >= 0)> => 3 >= 0, -67 >= 0
(d0, d1)[s0, s1] -> (s0, 64 + (s1 + 2 - 16), 389 - s0 - s1 mod 4 ceildiv 4) => affine_map<(d0, d1)[s0, s1] -> (s0, s1 + 50, -s0 - (s1 mod 4) ceildiv 4 + 389)> => s0, (+ s1 50), (+ (+ (* s0 -1) (* (cdiv (mod s1 4) 4) -1)) 389)
(d0, d1)[s0, s1] -> (8 - 0) => affine_map<(d0, d1)[s0, s1] -> (8)> => 8
(d0, d1, d2) -> (d0 ceildiv 4, 10 * 0) => affine_map<(d0, d1, d2) -> (d0 ceildiv 4, 0)> => (cdiv d0 4), 0
(d0, d1) -> (d0, 5 * -(16 * d1), 128) => affine_map<(d0, d1) -> (d0, d1 * -80, 128)> => d0, (* d1 -80), 128
(d0, d1)[s0] -> (d1) => affine_map<(d0, d1)[s0] -> (d1)> => d1
(d0, d1) -> (1) => affine_map<(d0, d1) -> (1)> => 1
(d0)[s0] -> ((8 mod 2 + (6 * 5 - 6 * 6)) * s0) => affine_map<(d0)[s0] -> (s0 * -6)> => (* s0 -6)
(d0, d1)[s0] -> (3, (d1 - s0) ceildiv s0, s0 - 8) => affine_map<(d0, d1)[s0] -> (3, (d1 - s0) ceildiv s0, s0 - 8)> => 3, (cdiv (+ d1 (* s0 -1)) s0), (+ s0 -8)
(d0, d1)[s0, s1] -> (-(s1 * (32 * s1))) => affine_map<(d0, d1)[s0, s1] -> (-(s1 * (s1 * 32)))> => (* (* s1 (* s1 32)) -1)
(d0, d1, d2) : (d2 floordiv 16 == 0, (4 + 4 floordiv 2 * -2) * (d0 + d0) + 764 >= 0) => affine_set<(d0, d1, d2) : (d2 floordiv 16 == 0, 764 >= 0)> => (fdiv d2 16) == 0, 764 >= 0
(d0) : (-9 <= 0) => affine_set<(d0) : (9 >= 0)> => 9 >= 0
(d0)[s0, s1] : (5 mod -4 * s0 >= s0 * s1 * s0) => affine_set<(d0)[s0, s1] : ((5 mod -4) * s0 - (s0 * s1) * s0 >= 0)> => (+ (* (mod 5 -4) s0) (* (* (* s0 s1) s0) -1)) >= 0
(d0, d1)[s0] -> (6 * d0 - 5 + 8, 1) => affine_map<(d0, d1)[s0] -> (d0 * 6 + 3, 1)> => (+ (* d0 6) 3), 1
(d0, d1, d2) -> (4 - 8 * (4 floordiv 8)) => affine_map<(d0, d1, d2) -> (4)> => 4
(d0, d1, d2)[s0] : (32 * --(d2 + 4) >= 0, -914 >= (d0 + 128 mod 8) * 32 ceildiv (s0 + (s0 floordiv 4) * -4)) => affine_set<(d0, d1, d2)[s0] : ((d2 + 4) * 32 >= 0, -((d0 * 32) ceildiv (s0 mod 4)) - 914 >= 0)> => (* (+ d2 4) 32) >= 0, (+ (* (cdiv (* d0 32) (mod s0 4)) -1) -914) >= 0
(d0, d1) -> (((d0 * 8 + d0) mod 4 - 4 * ((((d0 * 8) + d0) mod 4) floordiv 4) + ((d0 * 8 + 64) ceildiv 3 - 100 - 12)) mod 16) => affine_map<(d0, d1) -> (((d0 * 9) mod 4 + (d0 * 8 + 64) ceildiv 3 - 112) mod 16)> => (mod (+ (mod (* d0 9) 4) (+ (cdiv (+ (* d0 8) 64) 3) -112)) 16)
(d0, d1)[s0] -> (6 * d0, -914 - -(4 ceildiv 3 mod s0)) => affine_map<(d0, d1)[s0] -> (d0 * 6, 2 mod s0 - 914)> => (* d0 6), (+ (mod 2 s0) -914)
(d0, d1) -> (64 floordiv 6 * 6 - 64 floordiv 6 * -573, d0 mod 4) => affine_map<(d0, d1) -> (5790, d0 mod 4)> => 5790, (mod d0 4)
(d0, d1, d2)[s0, s1] -> (128) => affine_map<(d0, d1, d2)[s0, s1] -> (128)> => 128
(d0, d1)[s0, s1] -> (1 - 6 + -d0, -(s0 mod 6 - -8 - (s0 mod 6 - -8) floordiv 2 * 2)) => affine_map<(d0, d1)[s0, s1] -> (-d0 - 5, -(s0 mod 6 - ((s0 mod 6) floordiv 2 + 4) * 2 + 8))> => (+ (* d0 -1) -5), (* (+ (+ (mod s0 6) (* (+ (fdiv (mod s0 6) 2) 4) -2)) 8) -1)
(d0, d1)[s0] -> (-((d0 * 8 + d0) mod 4) ceildiv 16 ceildiv 4) => affine_map<(d0, d1)[s0] -> (((-((d0 * 9) mod 4)) ceildiv 16) ceildiv 4)> => (cdiv (cdiv (* (mod (* d0 9) 4) -1) 16) 4)
(d0, d1)[s0, s1] -> ((d0 mod -3 + d0 * 3) ceildiv 6 floordiv 3 floordiv 3, 57, 32) => affine_map<(d0, d1)[s0, s1] -> ((((d0 mod -3 + d0 * 3) ceildiv 6) floordiv 3) floordiv 3, 57, 32)> => (fdiv (fdiv (cdiv (+ (mod d0 -3) (* d0 3)) 6) 3) 3), 57, 32
(d0, d1, d2) : (4 * 2 floordiv 4 - d2 >= (4 * 2) floordiv 4) => affine_set<(d0, d1, d2) : (-d2 >= 0)> => (* d2 -1) >= 0
(d0) -> (d0 mod (-3) - 3 mod 2 mod 2, 323, d0) => affine_map<(d0) -> (d0 mod -3 - 1, 323, d0)> => (+ (mod d0 -3) -1), 323, d0
(d0, d1, d2) -> (d2) => affine_map<(d0, d1, d2) -> (d2)> => d2
(d0, d1)[s0, s1] -> (s0, s0 ceildiv s0 floordiv (s0 + 3)) => affine_map<(d0, d1)[s0, s1] -> (s0, (s0 ceildiv s0) floordiv (s0 + 3))> => s0, (fdiv (cdiv s0 s0) (+ s0 3))
(d0, d1) : (--(d1 ceildiv 2) == (4 floordiv 16 + 0), d0 >= 8) => affine_set<(d0, d1) : (d1 ceildiv 2 == 0, d0 - 8 >= 0)> => (cdiv d1 2) == 0, (+ d0 -8) >= 0
(d0, d1, d2)[s0, s1] -> ((d2 - d2 floordiv 4 * 4) mod 8 + 4 - 9 - 9 + 64, d2 + d1 ceildiv 6) => affine_map<(d0, d1, d2)[s0, s1] -> ((d2 mod 4) mod 8 + 50, d2 + d1 ceildiv 6)> => (+ (mod (mod d2 4) 8) 50), (+ d2 (cdiv d1 6))
(d0, d1, d2)[s0] -> (d1, d0 - -d2, (1 * 4 + d0) floordiv 3) => affine_map<(d0, d1, d2)[s0] -> (d1, d0 + d2, (d0 + 4) floordiv 3)> => d1, (+ d0 d2), (fdiv (+ d0 4) 3)
(d0, d1, d2)[s0] -> (-d1, -d2 + -d2 floordiv -2 * --2) => affine_map<(d0, d1, d2)[s0] -> (-d1, -d2 + ((-d2) floordiv -2) * 2)> => (* d1 -1), (+ (* d2 -1) (* (fdiv (* d2 -1) -2) 2))
(d0, d1, d2)[s0] -> (d0) => affine_map<(d0, d1, d2)[s0] -> (d0)> => d0
(d0, d1, d2) -> (d1 mod 5 - (5 * (d0 mod 2) + 8 * d0 mod 2), (d1 + ((759 * 6) - d2) ceildiv 3), -6) => affine_map<(d0, d1, d2) -> (d1 mod 5 - (d0 mod 2) * 5, d1 + (-d2 + 4554) ceildiv 3, -6)> => (+ (mod d1 5) (* (mod d0 2) -5)), (+ d1 (cdiv (+ (* d2 -1) 4554) 3)), -6
(d0, d1) -> (d0, d0 - -(d0 floordiv 8)) => affine_map<(d0, d1) -> (d0, d0 + d0 floordiv 8)> => d0, (+ d0 (fdiv d0 8))
(d0) : (100 * (d0 * 100) * 691 >= 0, (2 * 534 - 4 * 2) ceildiv 3 <= (d0 floordiv 0)) => affine_set<(d0) : (d0 * 6910000 >= 0, d0 floordiv 0 - 354 >= 0)> => (* d0 6910000) >= 0, (+ (fdiv d0 0) -354) >= 0
(d0, d1) -> (100 - 4) => affine_map<(d0, d1) -> (96)> => 96
(d0, d1)[s0] -> (d1, d0 floordiv 16 ceildiv 3, d0 floordiv 16 floordiv 2) => affine_map<(d0, d1)[s0] -> (d1, (d0 floordiv 16) ceildiv 3, (d0 floordiv 16) floordiv 2)> => d1, (cdiv (fdiv d0 16) 3), (fdiv (fdiv d0 16) 2)
(d0, d1)[s0] : (-(s0 * (24 floordiv 2) ceildiv 5) >= 9) => affine_set<(d0, d1)[s0] : (-((s0 * 12) ceildiv 5) - 9 >= 0)> => (+ (* (cdiv (* s0 12) 5) -1) -9) >= 0
(d0, d1, d2)[s0, s1] -> (d2 + 16, s0 ceildiv (3 - 7 + 8) * (d1 floordiv 3)) => affine_map<(d0, d1, d2)[s0, s1] -> (d2 + 16, (d1 floordiv 3) * (s0 ceildiv 4))> => (+ d2 16), (* (fdiv d1 3) (cdiv s0 4))
(d0)[s0] -> (s0) => affine_map<(d0)[s0] -> (s0)> => s0
(d0, d1, d2)[s0] -> ((d0 floordiv -1), (d1 + d1 floordiv 3) * s0 * 4 * ((3 + 2) ceildiv (32 + 9))) => affine_map<(d0, d1, d2)[s0] -> (d0 floordiv -1, ((d1 + d1 floordiv 3) * s0) * 4)> => (fdiv d0 -1), (* (* (+ d1 (fdiv d1 3)) s0) 4)
(d0, d1, d2) -> ((d1 - d0), d2 + d0, d0 floordiv 5) => affine_map<(d0, d1, d2) -> (d1 - d0, d0 + d2, d0 floordiv 5)> => (+ d1 (* d0 -1)), (+ d0 d2), (fdiv d0 5)
(d0)[s0] -> (d0) => affine_map<(d0)[s0] -> (d0)> => d0
(d0, d1)[s0, s1] -> ((100 - 4 * (100 floordiv 4))) => affine_map<(d0, d1)[s0, s1] -> (0)> => 0
(d0, d1, d2)[s0] -> ((-s0), (s0 * 1 - 0 * s0)) => affine_map<(d0, d1, d2)[s0] -> (-s0, s0)> => (* s0 -1), s0
(d0)[s0] -> (2, 4) => affine_map<(d0)[s0] -> (2, 4)> => 2, 4
(d0, d1)[s0] -> (1 ceildiv 2 mod 4, ((d0 + d0 floordiv 2 * -2) * (7 floordiv 4) ceildiv 8 - ((9 * 24 - 9 * -5) - s0 - 727) mod 4)) => affine_map<(d0, d1)[s0] -> (1, (d0 mod 2) ceildiv 8 - (-s0 - 466) mod 4)> => 1, (+ (cdiv (mod d0 2) 8) (* (mod (+ (* s0 -1) -466) 4) -1))
(d0, d1) -> ((d1 floordiv 8) + (d1 - d0) + (d0 - 1 + (d0 - 1) floordiv 4 * -4), 0, 100 ceildiv 1) => affine_map<(d0, d1) -> (d1 floordiv 8 + d1 - d0 + d0 - ((d0 - 1) floordiv 4) * 4 - 1, 0, 100)> => (+ (+ (fdiv d1 8) (+ d1 (* d0 -1))) (+ (+ d0 (* (fdiv (+ d0 -1) 4) -4)) -1)), 0, 100
(d0)[s0] -> (4 floordiv 6, 3, (d0 + 8) * (s0 + 4 - 951)) => affine_map<(d0)[s0] -> (0, 3, (d0 + 8) * (s0 - 947))> => 0, 3, (* (+ d0 8) (+ s0 -947))
(d0, d1)[s0] -> (9 * ((5 + d1) * 3) - ((s0 * d1 - d0) * 1 + (s0 * d1 - d0) * -2), 2 ceildiv 2 * (d0 - 0 * d0) * -(8 + 8 floordiv 8 * (-8))) => affine_map<(d0, d1)[s0] -> ((d1 + 5) * 27 + d1 * s0 - d0, 0)> => (+ (* (+ d1 5) 27) (+ (* d1 s0) (* d0 -1))), 0
(d0, d1)[s0, s1] -> (d0 - 0 * d0 + 1 + 12, d0 * s0 ceildiv (s1 * s0) floordiv 1 mod s0 floordiv 1, ((s1 - d1 + (s0 - 0 + 8)) - 5 + 6)) => affine_map<(d0, d1)[s0, s1] -> (d0 + 13, ((d0 * s0) ceildiv (s0 * s1)) mod s0, -d1 + s1 + s0 + 8 + 1)> => (+ d0 13), (mod (cdiv (* d0 s0) (* s0 s1)) s0), (+ (+ (+ (* d1 -1) s1) (+ s0 8)) 1)
(d0, d1) -> (3, 128 mod 1, 4) => affine_map<(d0, d1) -> (3, 0, 4)> => 3, 0, 4
(d0, d1)[s0] -> ((-(4 - -7) ceildiv 0), 6 - 5 + (6 - 5) floordiv 1 * -1, 4) => affine_map<(d0, d1)[s0] -> (-11 ceildiv 0, 0, 4)> => (cdiv -11 0), 0, 4
(d0)[s0] : (-4 >= 9 ceildiv 5) => affine_set<(d0)[s0] : (-6 >= 0)> => -6 >= 0
(d0, d1)[s0, s1] -> ((6 - 5 - d0 mod -2) * --7, -(2 * (s0 - 0 + 8 + d1 floordiv 4 - (s0 - 0 + 8 + d1 floordiv 4) floordiv 4 * 4))) => affine_map<(d0, d1)[s0, s1] -> ((-(d0 mod -2) + 1) * 7, ((d1 floordiv 4 + s0 + 8) mod 4) * -2)> => (* (+ (* (mod d0 -2) -1) 1) 7), (* (mod (+ (fdiv d1 4) (+ s0 8)) 4) -2)
(d0, d1)[s0] -> (d0, (s0 ceildiv -s0 * 6 + s0 ceildiv -s0 * -1)) => affine_map<(d0, d1)[s0] -> (d0, (s0 ceildiv (-s0)) * 5)> => d0, (* (cdiv s0 (* s0 -1)) 5)
(d0)[s0, s1] -> (-((s1 + d0) * 64) floordiv 8, -((0 + 23 * s0) floordiv 4) floordiv 4, (s0 * 8 + s1) floordiv 2) => affine_map<(d0)[s0, s1] -> ((d0 + s1) * -8, (-((s0 * 23) floordiv 4)) floordiv 4, s0 * 4 + s1 floordiv 2)> => (* (+ d0 s1) -8), (fdiv (* (fdiv (* s0 23) 4) -1) 4), (+ (* s0 4) (fdiv s1 2))
(d0) -> (7 mod 16, 9) => affine_map<(d0) -> (7, 9)> => 7, 9
(d0)[s0, s1] -> (s0, (0 + s1) * s0, --s1) => affine_map<(d0)[s0, s1] -> (s0, s0 * s1, s1)> => s0, (* s0 s1), s1
(d0, d1) -> ((d1 + (d1 + 7)) ceildiv 8 + 7 - 811, (d1 * 1 + 1) floordiv 0 floordiv 2) => affine_map<(d0, d1) -> ((d1 + d1 + 7) ceildiv 8 - 804, ((d1 + 1) floordiv 0) floordiv 2)> => (+ (cdiv (+ d1 (+ d1 7)) 8) -804), (fdiv (fdiv (+ d1 1) 0) 2)
(d0)[s0] : (d0 - s0 == (-s0), (-s0) - s0 <= d0 * 1 + 0 * d0, 3 >= 0) => affine_set<(d0)[s0] : (d0 - s0 + s0 == 0, d0 + s0 * 2 >= 0, 3 >= 0)> => (+ (+ d0 (* s0 -1)) s0) == 0, (+ d0 (* s0 2)) >= 0, 3 >= 0
(d0)[s0] : (s0 == -2) => affine_set<(d0)[s0] : (s0 + 2 == 0)> => (+ s0 2) == 0
(d0, d1) -> (0, (2 - d1) * 4, 663 floordiv 4 * d0) => affine_map<(d0, d1) -> (0, (-d1 + 2) * 4, d0 * 165)> => 0, (* (+ (* d1 -1) 2) 4), (* d0 165)
(d0, d1)[s0, s1] -> ((s0 + d0 floordiv 2 floordiv 2 mod (s1 - s1) * 769 floordiv 2) mod 4, (100 + 6 - 354) * d0 * (9 * s1 * 4 + 1 * (9 * s1))) => affine_map<(d0, d1)[s0, s1] -> ((((((d0 floordiv 2) floordiv 2) mod 0) * 769) floordiv 2 + s0) mod 4, (d0 * (s1 * 45)) * -248)> => (mod (+ (fdiv (* (mod (fdiv (fdiv d0 2) 2) 0) 769) 2) s0) 4), (* (* d0 (* s1 45)) -248)
(d0, d1)[s0] -> (-(9 * (d0 floordiv 2 floordiv 2)), 167, 5) => affine_map<(d0, d1)[s0] -> (((d0 floordiv 2) floordiv 2) * -9, 167, 5)> => (* (fdiv (fdiv d0 2) 2) -9), 167, 5
(d0, d1)[s0, s1] -> (d0, d1, 5) => affine_map<(d0, d1)[s0, s1] -> (d0, d1, 5)> => d0, d1, 5
(d0, d1)[s0, s1] -> (-296, d1 + (2 - d1) * 4 + s0) => affine_map<(d0, d1)[s0, s1] -> (-296, d1 + (-d1 + 2) * 4 + s0)> => -296, (+ (+ d1 (* (+ (* d1 -1) 2) 4)) s0)
(d0, d1)[s0] -> ((d0 + -64 * (d0 mod -3)) ceildiv 16, ((d0 + -64 * (d0 mod -3)) * ((-2) ceildiv -1)), 64) => affine_map<(d0, d1)[s0] -> ((d0 - (d0 mod -3) * 64) ceildiv 16, (d0 - (d0 mod -3) * 64) * 2, 64)> => (cdiv (+ d0 (* (mod d0 -3) -64)) 16), (* (+ d0 (* (mod d0 -3) -64)) 2), 64
(d0)[s0, s1] : ((s0 + d0 floordiv 2 floordiv 2 mod (s1 - s1) * 769 floordiv 2) floordiv 16 == s0) => affine_set<(d0)[s0, s1] : ((((((d0 floordiv 2) floordiv 2) mod 0) * 769) floordiv 2 + s0) floordiv 16 - s0 == 0)> => (+ (fdiv (+ (fdiv (* (mod (fdiv (fdiv d0 2) 2) 0) 769) 2) s0) 16) (* s0 -1)) == 0
(d0)[s0, s1] -> (-(s0 - s1) - s0 + (-(s0 floordiv 1) + s0 * s0 mod (s1 floordiv 0)), 2 - 3) => affine_map<(d0)[s0, s1] -> (-(s0 - s1) - s0 + -s0 + (s0 * s0) mod (s1 floordiv 0), -1)> => (+ (+ (* (+ s0 (* s1 -1)) -1) (* s0 -1)) (+ (* s0 -1) (mod (* s0 s0) (fdiv s1 0)))), -1
(d0)[s0, s1] -> (-(s0 floordiv 1) - 7, (-1)) => affine_map<(d0)[s0, s1] -> (-s0 - 7, -1)> => (+ (* s0 -1) -7), -1
(d0)[s0] -> (3 floordiv 8) => affine_map<(d0)[s0] -> (0)> => 0
(d0, d1)[s0] -> (0) => affine_map<(d0, d1)[s0] -> (0)> => 0
(d0, d1, d2)[s0, s1] -> (d0 ceildiv 8 ceildiv 4, d0 - -1 * (d0 floordiv -1)) => affine_map<(d0, d1, d2)[s0, s1] -> ((d0 ceildiv 8) ceildiv 4, d0 + d0 floordiv -1)> => (cdiv (cdiv d0 8) 4), (+ d0 (fdiv d0 -1))
(d0)[s0, s1] -> (-(-12)) => affine_map<(d0)[s0, s1] -> (12)> => 12
(d0, d1)[s0] : (3 * s0 - 227 ceildiv 2 == 0, 4 * d0 + 4 * d0 * -100 - 3 >= 0, d1 == d1 * 64) => affine_set<(d0, d1)[s0] : (s0 * 3 - 114 == 0, d0 * -396 - 3 >= 0, d1 * -63 == 0)> => (+ (* s0 3) -114) == 0, (+ (* d0 -396) -3) >= 0, (* d1 -63) == 0
(d0, d1)[s0] -> (s0) => affine_map<(d0, d1)[s0] -> (s0)> => s0
(d0)[s0] -> (9, 4, (2 - s0 * (2 floordiv s0)) * (s0 + (s0 floordiv 4 * -4))) => affine_map<(d0)[s0] -> (9, 4, (-(s0 * (2 floordiv s0)) + 2) * (s0 mod 4))> => 9, 4, (* (+ (* (* s0 (fdiv 2 s0)) -1) 2) (mod s0 4))
(d0, d1, d2)[s0] : (s0 * 1 >= 0) => affine_set<(d0, d1, d2)[s0] : (s0 >= 0)> => s0 >= 0
(d0, d1, d2)[s0, s1] -> ((d2 + s1) floordiv 1, s0 + -(s0 * 9 - 4 * s0)) => affine_map<(d0, d1, d2)[s0, s1] -> (d2 + s1, s0 * -4)> => (+ d2 s1), (* s0 -4)
(d0, d1) : (-(d1 * 5 - 1 * d1 + 5) >= d0, d1 - 8 * (d1 floordiv 8) >= 0, 2 + 2 floordiv 4 * -4 >= 5 + 64) => affine_set<(d0, d1) : (-(d1 * 4 + 5) - d0 >= 0, d1 mod 8 >= 0, -67 >= 0)> => (+ (* (+ (* d1 4) 5) -1) (* d0 -1)) >= 0, (mod d1 8) >= 0, -67 >= 0
(d0, d1, d2) -> (d1 mod 3) => affine_map<(d0, d1, d2) -> (d1 mod 3)> => (mod d1 3)
(d0)[s0, s1] -> (-(((9 + 692 - 4) * 4 - s1 ceildiv 2) floordiv 2), s1) => affine_map<(d0)[s0, s1] -> (-((-(s1 ceildiv 2)) floordiv 2 + 1394), s1)> => (* (+ (fdiv (* (cdiv s1 2) -1) 2) 1394) -1), s1
(d0) -> (-5 * -253, -(9 floordiv 1)) => affine_map<(d0) -> (1265, -9)> => 1265, -9
(d0)[s0] -> (d0 ceildiv 16, 2, d0) => affine_map<(d0)[s0] -> (d0 ceildiv 16, 2, d0)> => (cdiv d0 16), 2, d0
(d0)[s0, s1] : (-(s1 * -s1 - s1 * -s1 floordiv 4 * 4) floordiv 0 >= 7, 3 - (3 floordiv 3 * 3) >= (-(2 ceildiv 2 mod 4) floordiv 3) - s1) => affine_set<(d0)[s0, s1] : ((-((s1 * (-s1)) mod 4)) floordiv 0 - 7 >= 0, -(-s1 - 1) >= 0)> => (+ (fdiv (* (mod (* s1 (* s1 -1)) 4) -1) 0) -7) >= 0, (* (+ (* s1 -1) -1) -1) >= 0
(d0, d1)[s0, s1] : (325 <= 0, -(d0 * 5) >= d0 floordiv (1 + 244 - 912)) => affine_set<(d0, d1)[s0, s1] : (-325 >= 0, d0 * -5 - d0 floordiv -667 >= 0)> => -325 >= 0, (+ (* d0 -5) (* (fdiv d0 -667) -1)) >= 0
(d0, d1, d2)[s0] -> (s0, 2, d0 floordiv 1) => affine_map<(d0, d1, d2)[s0] -> (s0, 2, d0)> => s0, 2, d0
(d0, d1, d2)[s0] -> (d2 * (-(2 ceildiv 2 mod 4) floordiv 3)) => affine_map<(d0, d1, d2)[s0] -> (-d2)> => (* d2 -1)
(d0, d1) -> ((-d1 + 7 ceildiv -4 mod 1) * 0 - 32 * ((-d1) + 7 ceildiv (-4) mod 1)) => affine_map<(d0, d1) -> (d1 * 32)> => (* d1 32)
(d0) -> (2 + 8, 32, 6 mod -1) => affine_map<(d0) -> (10, 32, 6 mod -1)> => 10, 32, (mod 6 -1)
(d0, d1, d2)[s0] : (6 - 6 floordiv s0 * s0 + (12 + (d1 * 8 + 4) ceildiv 2) mod s0 <= 0) => affine_set<(d0, d1, d2)[s0] : (-(((d1 * 8 + 4) ceildiv 2 + 12) mod s0 + -((6 floordiv s0) * s0) + 6) >= 0)> => (* (+ (mod (+ (cdiv (+ (* d1 8) 4) 2) 12) s0) (+ (* (* (fdiv 6 s0) s0) -1) 6)) -1) >= 0
(d0) : (d0 == 0) => affine_set<(d0) : (d0 == 0)> => d0 == 0
(d0, d1, d2) -> (5, 7 + 4 - 4) => affine_map<(d0, d1, d2) -> (5, 7)> => 5, 7
(d0, d1, d2)[s0] -> ((1 + s0), 12 * (7 - (-s0 mod 8 floordiv 2 - -s0 mod 8 floordiv 2 floordiv -3 * -3) - -d2)) => affine_map<(d0, d1, d2)[s0] -> (s0 + 1, (d2 + -(((-s0) mod 8) floordiv 2 + ((((-s0) mod 8) floordiv 2) floordiv -3) * 3) + 7) * 12)> => (+ s0 1), (* (+ d2 (+ (* (+ (fdiv (mod (* s0 -1) 8) 2) (* (fdiv (fdiv (mod (* s0 -1) 8) 2) -3) 3)) -1) 7)) 12)
(d0, d1, d2) -> (6, (d0 + (d0 floordiv (0 mod 2)) * -(0 mod 2)) ceildiv 6) => affine_map<(d0, d1, d2) -> (6, d0 ceildiv 6)> => 6, (cdiv d0 6)
(d0, d1)[s0] -> (3, 2 - 0 - -16) => affine_map<(d0, d1)[s0] -> (3, 18)> => 3, 18
(d0, d1, d2)[s0, s1] -> (-((s0 + s1) * (s1 + s1 * -12)), 886 + (d2 - 24 + (s0 - 4 - 5))) => affine_map<(d0, d1, d2)[s0, s1] -> (-((s0 + s1) * (s1 * -11)), d2 + s0 - 9 + 862)> => (* (* (+ s0 s1) (* s1 -11)) -1), (+ (+ d2 (+ s0 -9)) 862)
(d0, d1)[s0] -> (-16 * 4) => affine_map<(d0, d1)[s0] -> (-64)> => -64
(d0)[s0] -> (-64) => affine_map<(d0)[s0] -> (-64)> => -64
(d0)[s0] -> (s0 - s0 floordiv 2 * 2) => affine_map<(d0)[s0] -> (s0 mod 2)> => (mod s0 2)
(d0) -> (-4 + d0) => affine_map<(d0) -> (d0 - 4)> => (+ d0 -4)
(d0, d1, d2)[s0, s1] -> (d1 - s0 + d2 ceildiv 3 + d0, (d2 + 9) ceildiv 4, d2 - 3) => affine_map<(d0, d1, d2)[s0, s1] -> (d1 - s0 + d2 ceildiv 3 + d0, (d2 + 9) ceildiv 4, d2 - 3)> => (+ (+ (+ d1 (* s0 -1)) (cdiv d2 3)) d0), (cdiv (+ d2 9) 4), (+ d2 -3)
(d0, d1)[s0] -> (0, (s0 mod 6), 638 mod s0) => affine_map<(d0, d1)[s0] -> (0, s0 mod 6, 638 mod s0)> => 0, (mod s0 6), (mod 638 s0)
(d0) : (d0 <= 0, (d0 - (-16 * (d0 + d0) mod (-2) - 8 - 7)) >= -9) => affine_set<(d0) : (-d0 >= 0, d0 - ((d0 * -32) mod -2 - 15) + 9 >= 0)> => (* d0 -1) >= 0, (+ (+ d0 (* (+ (mod (* d0 -32) -2) -15) -1)) 9) >= 0
(d0)[s0, s1] : (6 * (-9) ceildiv 8 >= 0) => affine_set<(d0)[s0, s1] : (-6 >= 0)> => -6 >= 0
(d0) -> (7, ((d0 * 4 - d0) floordiv 2 + 64 * 8 - (((d0 * 4) - d0) floordiv 2 + 64 * 8) floordiv 2 * 2) mod 2) => affine_map<(d0) -> (7, ((d0 * 3) floordiv 2) mod 2)> => 7, (mod (fdiv (* d0 3) 2) 2)
(d0, d1)[s0] -> ((9 + s0) * (d0 floordiv s0), d1 - d1 * -2 + s0 * 7, d0) => affine_map<(d0, d1)[s0] -> ((d0 floordiv s0) * (s0 + 9), d1 * 3 + s0 * 7, d0)> => (* (fdiv d0 s0) (+ s0 9)), (+ (* d1 3) (* s0 7)), d0
(d0)[s0] -> (s0 mod 1, 727) => affine_map<(d0)[s0] -> (0, 727)> => 0, 727
(d0, d1, d2)[s0, s1] -> (s1 ceildiv 16 + (s0 * 7 floordiv 4 - 610)) => affine_map<(d0, d1, d2)[s0, s1] -> (s1 ceildiv 16 + (s0 * 7) floordiv 4 - 610)> => (+ (cdiv s1 16) (+ (fdiv (* s0 7) 4) -610))
(d0)[s0, s1] -> (16) => affine_map<(d0)[s0, s1] -> (16)> => 16
(d0, d1, d2)[s0, s1] -> ((s1 + s1 floordiv 2 * -2) * ((240 * 8 - (d2 - d2 floordiv 2 * 2)) mod 2)) => affine_map<(d0, d1, d2)[s0, s1] -> (((-(d2 mod 2)) mod 2) * (s1 mod 2))> => (* (mod (* (mod d2 2) -1) 2) (mod s1 2))
(d0, d1) -> ((-8 ceildiv 8 ceildiv 2)) => affine_map<(d0, d1) -> (0)> => 0
(d0, d1, d2) : (d2 * 0 == 2 * d0) => affine_set<(d0, d1, d2) : (d0 * -2 == 0)> => (* d0 -2) == 0
(d0, d1)[s0] -> ((d1 * 4 - ((7 floordiv s0) * (5 + 5 floordiv 2 * (-2)) * 32 + 9 * (7 floordiv s0 * (5 + 5 floordiv 2 * -2)))), d1, s0 * -s0) => affine_map<(d0, d1)[s0] -> (d1 * 4 - (7 floordiv s0) * 41, d1, s0 * (-s0))> => (+ (* d1 4) (* (fdiv 7 s0) -41)), d1, (* s0 (* s0 -1))
(d0, d1, d2)[s0] -> (6 - (6 * -6), -(d1 * 539 mod -1 - 6 + 5 + 1), -24) => affine_map<(d0, d1, d2)[s0] -> (42, -((d1 * 539) mod -1), -24)> => 42, (* (mod (* d1 539) -1) -1), -24
(d0, d1, d2)[s0, s1] : (-((-(s1 * (d2 - d2 floordiv 2 * 2 - s0))) ceildiv s0) >= s1 * (6 * s0) * (s0 + -s0 - d2 floordiv 5), -5 >= (6 + 2) mod 8) => affine_set<(d0, d1, d2)[s0, s1] : (-((-((d2 mod 2 - s0) * s1)) ceildiv s0) + (d2 floordiv 5) * (s1 * (s0 * 6)) >= 0, -5 >= 0)> => (+ (* (cdiv (* (* (+ (mod d2 2) (* s0 -1)) s1) -1) s0) -1) (* (fdiv d2 5) (* s1 (* s0 6)))) >= 0, -5 >= 0
(d0, d1, d2) -> (-((d1 * 539 mod -1 - 6 + 5) + 1) - d1, 7 * 2, 2 * -(d0 + 9) + 7 * (-7 - -7 floordiv 2 * 2)) => affine_map<(d0, d1, d2) -> (-((d1 * 539) mod -1) - d1, 14, (d0 + 9) * -2 + 7)> => (+ (* (mod (* d1 539) -1) -1) (* d1 -1)), 14, (+ (* (+ d0 9) -2) 7)
(d0) -> (d0, ((3 - 3 floordiv 3 * 3) * 4 - ((2 - 2 + 7) mod 6) floordiv 8) floordiv 4, d0) => affine_map<(d0) -> (d0, 0, d0)> => d0, 0, d0
(d0, d1) -> (((6 floordiv -9 + (d1 - 5) ceildiv 1) ceildiv 1), d0) => affine_map<(d0, d1) -> (d1 - 6, d0)> => (+ d1 -6), d0
(d0, d1)[s0, s1] -> (2, (s1 floordiv 1 + d0) * 6 floordiv s1, s1 ceildiv -1) => affine_map<(d0, d1)[s0, s1] -> (2, ((d0 + s1) * 6) floordiv s1, s1 ceildiv -1)> => 2, (fdiv (* (+ d0 s1) 6) s1), (cdiv s1 -1)
(d0, d1) -> (32, -(-9 floordiv 4)) => affine_map<(d0, d1) -> (32, 3)> => 32, 3
(d0, d1, d2) -> (7 * ((-0) + -0 * -379) mod 2, d1, 0) => affine_map<(d0, d1, d2) -> (0, d1, 0)> => 0, d1, 0
(d0, d1)[s0, s1] -> (6 * 12 + 6 * -5) => affine_map<(d0, d1)[s0, s1] -> (42)> => 42
(d0, d1) -> (((53 - 4) + 9) * 1 - (53 - 4 + 9) * -16) => affine_map<(d0, d1) -> (986)> => 986
(d0, d1) -> ((5 * d1), -(2 * (d0 ceildiv 4) * 0)) => affine_map<(d0, d1) -> (d1 * 5, 0)> => (* d1 5), 0
(d0, d1, d2)[s0, s1] -> ((538 * ((--s0) ceildiv 8))) => affine_map<(d0, d1, d2)[s0, s1] -> ((s0 ceildiv 8) * 538)> => (* (cdiv s0 8) 538)
(d0) -> (-451, 1 floordiv -4 floordiv 16, d0 * 3) => affine_map<(d0) -> (-451, -1, d0 * 3)> => -451, -1, (* d0 3)
(d0, d1, d2) : ((d1 - d1 floordiv 0 * 0) mod 2 <= 1 * (762 * d1) + (1 * (762 * d1) floordiv 4 * -4)) => affine_set<(d0, d1, d2) : ((d1 * 762) mod 4 - d1 mod 2 >= 0)> => (+ (mod (* d1 762) 4) (* (mod d1 2) -1)) >= 0
(d0, d1, d2)[s0] -> (12 + (-d0 floordiv 4 + 100 * (-d0 floordiv 4)), -(d0 mod 4 mod 4)) => affine_map<(d0, d1, d2)[s0] -> (((-d0) floordiv 4) * 101 + 12, -(d0 mod 4))> => (+ (* (fdiv (* d0 -1) 4) 101) 12), (* (mod d0 4) -1)
(d0) : ((d0 - 16) mod 5 >= 0, 12 >= 0, d0 == 1 * d0) => affine_set<(d0) : ((d0 - 16) mod 5 >= 0, 12 >= 0, 0 == 0)> => (mod (+ d0 -16) 5) >= 0, 12 >= 0, 0 == 0
(d0)[s0, s1] -> (((-s0) * s1 - 100 mod 3) - (64 * (2 * (d0 ceildiv 4) - 898) + s0 + s1)) => affine_map<(d0)[s0, s1] -> (-(((d0 ceildiv 4) * 2 - 898) * 64 + s0 + s1) + -(s0 * s1) - 1)> => (+ (* (+ (+ (* (+ (* (cdiv d0 4) 2) -898) 64) s0) s1) -1) (+ (* (* s0 s1) -1) -1))
(d0)[s0] -> (--(s0 * d0), --(s0 * d0)) => affine_map<(d0)[s0] -> (d0 * s0, d0 * s0)> => (* d0 s0), (* d0 s0)
(d0, d1)[s0, s1] -> ((d0 * 3) * 532 * 6) => affine_map<(d0, d1)[s0, s1] -> (d0 * 9576)> => (* d0 9576)
(d0) -> (1 + 3) => affine_map<(d0) -> (4)> => 4
(d0, d1)[s0, s1] -> (-(d0 mod 4 mod 4), d0) => affine_map<(d0, d1)[s0, s1] -> (-(d0 mod 4), d0)> => (* (mod d0 4) -1), d0
(d0)[s0, s1] -> ((s1 - 6)) => affine_map<(d0)[s0, s1] -> (s1 - 6)> => (+ s1 -6)
(d0, d1, d2)[s0] : (s0 * d1 - 2 * (s0 * d1 floordiv 2) >= 0, 6 == 0) => affine_set<(d0, d1, d2)[s0] : ((d1 * s0) mod 2 >= 0, 6 == 0)> => (mod (* d1 s0) 2) >= 0, 6 == 0
(d0, d1, d2)[s0, s1] : (s0 mod s0 - d2 == 9 * (s0 * d0) + 64, d2 * s0 + d2 floordiv 6 mod 2 == 0, s1 + d1 == 0) => affine_set<(d0, d1, d2)[s0, s1] : (-d2 + s0 mod s0 - ((d0 * s0) * 9 + 64) == 0, d2 * s0 + (d2 floordiv 6) mod 2 == 0, d1 + s1 == 0)> => (+ (+ (* d2 -1) (mod s0 s0)) (* (+ (* (* d0 s0) 9) 64) -1)) == 0, (+ (* d2 s0) (mod (fdiv d2 6) 2)) == 0, (+ d1 s1) == 0
(d0, d1, d2)[s0] -> (-d0, (s0 * 3458764513820540928 + (1 * s0) + (d2 * 0 + d2 * -4)) ceildiv 0 * 8, 645 - 4611686018427387904 + 9223372036854775807) => affine_map<(d0, d1, d2)[s0] -> (-d0, ((d2 * -4 + s0 * 3458764513820540929) ceildiv 0) * 8, 4611686018427388548)> => (* d0 -1), (* (cdiv (+ (* d2 -4) (* s0 3458764513820540929)) 0) 8), 4611686018427388548
(d0, d1) -> (-((-(d0 * 5)) floordiv 4), -6) => affine_map<(d0, d1) -> (-((d0 * -5) floordiv 4), -6)> => (* (fdiv (* d0 -5) 4) -1), -6
(d0, d1)[s0] -> (d1 mod 2 * 4, 3458764513820540928 * d0, ((s0 mod 2) + d0 - (s0 - (s0 floordiv 4) * 4)) * s0 + (748 + s0)) => affine_map<(d0, d1)[s0] -> ((d1 mod 2) * 4, d0 * 3458764513820540928, (d0 + s0 mod 2 - s0 mod 4) * s0 + s0 + 748)> => (* (mod d1 2) 4), (* d0 3458764513820540928), (+ (* (+ (+ d0 (mod s0 2)) (* (mod s0 4) -1)) s0) (+ s0 748))
(d0, d1) -> (-32 ceildiv 3, d0, (-d1 - d1 mod 1) mod 4) => affine_map<(d0, d1) -> (-10, d0, (-d1) mod 4)> => -10, d0, (mod (* d1 -1) 4)
(d0, d1)[s0, s1] -> (d0) => affine_map<(d0, d1)[s0, s1] -> (d0)> => d0
(d0, d1)[s0] -> (9 * (s0 * d0), d1) => affine_map<(d0, d1)[s0] -> ((d0 * s0) * 9, d1)> => (* (* d0 s0) 9), d1
(d0)[s0] : ((s0 - s0 + 2147483648) - 4611686018427387907 == -(12 * 7 + 1 * 12), -s0 <= -3458764513820540928 * (s0 + 5)) => affine_set<(d0)[s0] : (-4611686016279904163 == 0, (s0 + 5) * -3458764513820540928 + s0 >= 0)> => -4611686016279904163 == 0, (+ (* (+ s0 5) -3458764513820540928) s0) >= 0
(d0, d1, d2) -> ((d2 - 3 * (d2 floordiv 3)) floordiv 3 - ((d2 - 3 * (d2 floordiv 3)) floordiv 3) floordiv 1 * 1) => affine_map<(d0, d1, d2) -> (0)> => 0
(d0)[s0] -> (-4, d0) => affine_map<(d0)[s0] -> (-4, d0)> => -4, d0
(d0, d1) -> (-d1, d1 mod 1) => affine_map<(d0, d1) -> (-d1, 0)> => (* d1 -1), 0
(d0, d1)[s0, s1] -> (9223372036854775806 * (2 - 6 - 511) - 2 + 9) => affine_map<(d0, d1)[s0, s1] -> (9223372036854775806 * -515 + 7)> => (+ (* 9223372036854775806 -515) 7)
(d0, d1, d2)[s0] -> ((0 ceildiv 6 mod 8)) => affine_map<(d0, d1, d2)[s0] -> (0)> => 0
(d0, d1)[s0, s1] -> (12 - 12 floordiv 4 * 4) => affine_map<(d0, d1)[s0, s1] -> (0)> => 0
(d0) -> ((-9 ceildiv 6 mod 8), -8) => affine_map<(d0) -> (7, -8)> => 7, -8
(d0, d1, d2)[s0, s1] -> (3 * 6 mod 4 - (3 * 6 mod 4 floordiv 8 * 8) + (d2 - (6 + 6 floordiv -4 * --4)), d0 + ((s1 * 12 - 0) floordiv 4 ceildiv 3)) => affine_map<(d0, d1, d2)[s0, s1] -> (d2 + 4, d0 + s1)> => (+ d2 4), (+ d0 s1)
(d0, d1, d2)[s0, s1] : (-((s1 * 12 - 0) floordiv 4 ceildiv 3) * -809 >= d0 floordiv 16) => affine_set<(d0, d1, d2)[s0, s1] : (-(d0 floordiv 16) + s1 * 809 >= 0)> => (+ (* (fdiv d0 16) -1) (* s1 809)) >= 0
(d0, d1) -> (1 - 3 + (16 * 890 + 16 * -32) + (1 - 3 + ((16 * 890) + 16 * -32)) floordiv 5 * -5) => affine_map<(d0, d1) -> (1)> => 1
(d0, d1, d2) -> (d1, (-8) * (4 mod 5)) => affine_map<(d0, d1, d2) -> (d1, -32)> => d1, -32
(d0, d1)[s0] -> (d1 floordiv 8 * (s0 + 3458764513820540928), d0 + 45 * d0, d0) => affine_map<(d0, d1)[s0] -> ((d1 floordiv 8) * (s0 + 3458764513820540928), d0 * 46, d0)> => (* (fdiv d1 8) (+ s0 3458764513820540928)), (* d0 46), d0
(d0, d1, d2)[s0] -> (-5, 7 * (6 + (-4 + (2 + d0))), -d0) => affine_map<(d0, d1, d2)[s0] -> (-5, (d0 + 4) * 7, -d0)> => -5, (* (+ d0 4) 7), (* d0 -1)
(d0)[s0] -> (d0) => affine_map<(d0)[s0] -> (d0)> => d0
(d0) -> (3 ceildiv 8 mod 2, 7 mod 4, d0) => affine_map<(d0) -> (1, 3, d0)> => 1, 3, d0
(d0, d1, d2) -> (5 * 100, (d0 - d1) * 9 + (d0 - d1) * -2147483648, -(d0 - d1 + d2)) => affine_map<(d0, d1, d2) -> (500, (d0 - d1) * -2147483639, -(d0 - d1 + d2))> => 500, (* (+ d0 (* d1 -1)) -2147483639), (* (+ (+ d0 (* d1 -1)) d2) -1)
(d0, d1) -> (5 mod 16, d1 - (d1 floordiv 2 * 2) + d1, (2147483648 - 2147483648 floordiv 4 * 4 + d1) ceildiv -4) => affine_map<(d0, d1) -> (5, d1 mod 2 + d1, d1 ceildiv -4)> => 5, (+ (mod d1 2) d1), (cdiv d1 -4)
(d0, d1) : (100 <= 0) => affine_set<(d0, d1) : (-100 >= 0)> => -100 >= 0
(d0, d1, d2) -> (3458764513820540928 mod -4) => affine_map<(d0, d1, d2) -> (3458764513820540928 mod -4)> => (mod 3458764513820540928 -4)
(d0, d1)[s0] -> (-s0, d1) => affine_map<(d0, d1)[s0] -> (-s0, d1)> => (* s0 -1), d1
(d0, d1)[s0] -> (736) => affine_map<(d0, d1)[s0] -> (736)> => 736
(d0, d1) -> (9223372036854775807) => affine_map<(d0, d1) -> (9223372036854775807)> => 9223372036854775807
(d0)[s0] : (d0 * 3 + (d0 + s0) * 9 == 0, 9 <= 2, 2 * d0 <= 0) => affine_set<(d0)[s0] : (d0 * 3 + (d0 + s0) * 9 == 0, -7 >= 0, d0 * -2 >= 0)> => (+ (* d0 3) (* (+ d0 s0) 9)) == 0, -7 >= 0, (* d0 -2) >= 0
(d0)[s0, s1] -> (d0, 4611686018427387907, 0 - s0 * (d0 - 3)) => affine_map<(d0)[s0, s1] -> (d0, 4611686018427387907, -((d0 - 3) * s0))> => d0, 4611686018427387907, (* (* (+ d0 -3) s0) -1)
(d0) -> (16 * 6) => affine_map<(d0) -> (96)> => 96
(d0)[s0, s1] -> (-s0 mod 4, 4611686018427387907 floordiv (s0 * s1)) => affine_map<(d0)[s0, s1] -> ((-s0) mod 4, 4611686018427387907 floordiv (s0 * s1))> => (mod (* s0 -1) 4), (fdiv 4611686018427387907 (* s0 s1))
(d0)[s0, s1] -> (s1 floordiv 2 floordiv 12 ceildiv 3) => affine_map<(d0)[s0, s1] -> (((s1 floordiv 2) floordiv 12) ceildiv 3)> => (cdiv (fdiv (fdiv s1 2) 12) 3)
(d0)[s0, s1] -> (s1, 2147483648 - (d0 - d0 floordiv 0 * 0) ceildiv 0, s1 - s1 + (s1 - s1) floordiv 8 * -8) => affine_map<(d0)[s0, s1] -> (s1, -(d0 ceildiv 0) + 2147483648, 0)> => s1, (+ (* (cdiv d0 0) -1) 2147483648), 0
(d0)[s0, s1] : (d0 <= 0) => affine_set<(d0)[s0, s1] : (-d0 >= 0)> => (* d0 -1) >= 0
(d0, d1)[s0] -> (d0, 7 floordiv 8) => affine_map<(d0, d1)[s0] -> (d0, 0)> => d0, 0
(d0, d1, d2) -> ((-1 - (0 floordiv 6 - d1)), -d2) => affine_map<(d0, d1, d2) -> (d1 - 1, -d2)> => (+ d1 -1), (* d2 -1)
(d0, d1, d2) : (-d2 ceildiv 4 - 8 * (-d2 ceildiv 4 floordiv 8) - d2 - (d0 - d1) == d2) => affine_set<(d0, d1, d2) : (((-d2) ceildiv 4) mod 8 - d2 - (d0 - d1) - d2 == 0)> => (+ (+ (+ (mod (cdiv (* d2 -1) 4) 8) (* d2 -1)) (* (+ d0 (* d1 -1)) -1)) (* d2 -1)) == 0
(d0, d1) -> (9223372036854775806 - d0, 426 ceildiv 1 ceildiv 5 * (0 * (6 + d0) - 64 mod -3 mod 4)) => affine_map<(d0, d1) -> (-d0 + 9223372036854775806, ((64 mod -3) mod 4) * -86)> => (+ (* d0 -1) 9223372036854775806), (* (mod (mod 64 -3) 4) -86)
(d0)[s0, s1] -> (-32 * (s1 * s0) * (s0 ceildiv 6 floordiv 4 + 4)) => affine_map<(d0)[s0, s1] -> (((s0 * s1) * ((s0 ceildiv 6) floordiv 4 + 4)) * -32)> => (* (* (* s0 s1) (+ (fdiv (cdiv s0 6) 4) 4)) -32)
(d0, d1, d2)[s0] -> (d0) => affine_map<(d0, d1, d2)[s0] -> (d0)> => d0
(d0, d1) -> (d1 - 3 * (d1 floordiv 3), -(4 + d0)) => affine_map<(d0, d1) -> (d1 mod 3, -(d0 + 4))> => (mod d1 3), (* (+ d0 4) -1)
(d0) -> (1, -32 floordiv 1 mod 1, -32 floordiv 1 mod 1) => affine_map<(d0) -> (1, 0, 0)> => 1, 0, 0
(d0) -> (6, d0, 4611686018427387904 + 12 * 4611686018427387904) => affine_map<(d0) -> (6, d0, 12 * 4611686018427387904 + 4611686018427387904)> => 6, d0, (+ (* 12 4611686018427387904) 4611686018427387904)
(d0, d1)[s0] -> (s0 * d1, s0 * 5) => affine_map<(d0, d1)[s0] -> (d1 * s0, s0 * 5)> => (* d1 s0), (* s0 5)
(d0, d1)[s0] : (s0 >= d0) => affine_set<(d0, d1)[s0] : (-d0 + s0 >= 0)> => (+ (* d0 -1) s0) >= 0
(d0, d1) : (d0 <= d0 mod 2, -12 >= 0, 0 ceildiv 5 - 5 - 7 == (d1 - d0) ceildiv 3) => affine_set<(d0, d1) : (d0 mod 2 - d0 >= 0, -12 >= 0, -((d1 - d0) ceildiv 3) - 12 == 0)> => (+ (mod d0 2) (* d0 -1)) >= 0, -12 >= 0, (+ (* (cdiv (+ d1 (* d0 -1)) 3) -1) -12) == 0
(d0)[s0, s1] -> (585 ceildiv -2) => affine_map<(d0)[s0, s1] -> (-292)> => -292
(d0)[s0, s1] -> ((s0 mod 3 * -d0) floordiv 6) => affine_map<(d0)[s0, s1] -> ((-(d0 * (s0 mod 3))) floordiv 6)> => (fdiv (* (* d0 (mod s0 3)) -1) 6)
(d0, d1, d2)[s0] -> (((d2 mod 12) ceildiv 3), d1 + 9223372036854775807 - 3, d2 * 8 - ((7 ceildiv -4 + 2147483648 - 0) floordiv -1 - s0)) => affine_map<(d0, d1, d2)[s0] -> ((d2 mod 12) ceildiv 3, d1 + 9223372036854775804, d2 * 8 - (-s0 - 2147483647))> => (cdiv (mod d2 12) 3), (+ d1 9223372036854775804), (+ (* d2 8) (* (+ (* s0 -1) -2147483647) -1))
(d0, d1)[s0, s1] -> (s0 mod s0 - (0 - s1 - (0 - s1) floordiv 3 * 3)) => affine_map<(d0, d1)[s0, s1] -> (s0 mod s0 - (-s1) mod 3)> => (+ (mod s0 s0) (* (mod (* s1 -1) 3) -1))
(d0, d1, d2)[s0] -> ((s0 mod s0 - d1), s0, 4) => affine_map<(d0, d1, d2)[s0] -> (-d1 + s0 mod s0, s0, 4)> => (+ (* d1 -1) (mod s0 s0)), s0, 4
(d0, d1)[s0, s1] -> (d1 floordiv s0 ceildiv (s0 floordiv 6)) => affine_map<(d0, d1)[s0, s1] -> ((d1 floordiv s0) ceildiv (s0 floordiv 6))> => (cdiv (fdiv d1 s0) (fdiv s0 6))
(d0, d1, d2)[s0] -> (0, d0 - 7 + (d0 - 7) floordiv 3 * -3, -(d2 * 3458764513820540928 - 9 * d2 - (d0 - s0) + (5 * 9 + 0 + 5))) => affine_map<(d0, d1, d2)[s0] -> (0, d0 - ((d0 - 7) floordiv 3) * 3 - 7, -(d2 * 3458764513820540919 - (d0 - s0) + 50))> => 0, (+ (+ d0 (* (fdiv (+ d0 -7) 3) -3)) -7), (* (+ (+ (* d2 3458764513820540919) (* (+ d0 (* s0 -1)) -1)) 50) -1)
(d0, d1, d2)[s0] -> ((-(0 * d1))) => affine_map<(d0, d1, d2)[s0] -> (0)> => 0
(d0, d1)[s0] -> ((5 * ((-d0 - 12) * (61 + 61 floordiv 1 * -1)))) => affine_map<(d0, d1)[s0] -> (0)> => 0
(d0) -> (d0, 180) => affine_map<(d0) -> (d0, 180)> => d0, 180
(d0) -> (241, 1) => affine_map<(d0) -> (241, 1)> => 241, 1
(d0, d1, d2) -> (5 * 32) => affine_map<(d0, d1, d2) -> (160)> => 160
(d0)[s0, s1] -> (d0 + -(s1 * (s0 mod 6) - (2 - d0)), 5 * 64 + 5 * -128) => affine_map<(d0)[s0, s1] -> (d0 - (-(-d0 + 2) + s1 * (s0 mod 6)), -320)> => (+ d0 (* (+ (* (+ (* d0 -1) 2) -1) (* s1 (mod s0 6))) -1)), -320
(d0, d1)[s0, s1] -> ((d0 floordiv 2 * 3 + d0 floordiv 2 * (-3))) => affine_map<(d0, d1)[s0, s1] -> (0)> => 0
(d0, d1)[s0] -> ((((s0 + 3) mod 4 - ((s0 + 3) mod 4) * -3) floordiv 1) * ((8 * 9 * 261 + 0 * (8 * 9)) ceildiv 2) * ((d1 - (d0 + s0 + -d1)) mod s0), d1 - 0) => affine_map<(d0, d1)[s0] -> (((d1 - (d0 + s0 - d1)) mod s0) * (((s0 + 3) mod 4) * 37584), d1)> => (* (mod (+ d1 (* (+ (+ d0 s0) (* d1 -1)) -1)) s0) (* (mod (+ s0 3) 4) 37584)), d1
(d0, d1, d2)[s0] -> (3 * d2, -(5 * (-d0))) => affine_map<(d0, d1, d2)[s0] -> (d2 * 3, d0 * 5)> => (* d2 3), (* d0 5)
(d0)[s0, s1] -> (-d0 mod 6, s0 * (d0 * ((s0 + 3) mod 4 - ((s0 + 3) mod 4 * (-3))) * s1 mod 6) mod 2, (s0 - --d0) * (5 mod 3 * 9)) => affine_map<(d0)[s0, s1] -> ((-d0) mod 6, 0, (-d0 + s0) * 18)> => (mod (* d0 -1) 6), 0, (* (+ (* d0 -1) s0) 18)
(d0, d1) -> (5, -(8 - 8 floordiv 2 * 2 + (8 - 8 floordiv 2 * 2) floordiv 4 * -4)) => affine_map<(d0, d1) -> (5, 0)> => 5, 0
(d0, d1, d2) -> (64 * 9, 7 * d2 floordiv 5 - (1 * -(8 - 8 floordiv 2 * 2 + ((8 - 8 floordiv 2 * 2) floordiv 4 * -4)) + 9 * 198), d2 ceildiv 3) => affine_map<(d0, d1, d2) -> (576, (d2 * 7) floordiv 5 - 1782, d2 ceildiv 3)> => 576, (+ (fdiv (* d2 7) 5) -1782), (cdiv d2 3)
(d0)[s0] -> (d0) => affine_map<(d0)[s0] -> (d0)> => d0
(d0)[s0] : (-(s0 floordiv 6) <= ((d0 - s0) - s0) floordiv 3) => affine_set<(d0)[s0] : ((d0 - s0 - s0) floordiv 3 + s0 floordiv 6 >= 0)> => (+ (fdiv (+ (+ d0 (* s0 -1)) (* s0 -1)) 3) (fdiv s0 6)) >= 0
(d0, d1) -> (d1, d0 + d1, (d1 mod 2)) => affine_map<(d0, d1) -> (d1, d0 + d1, d1 mod 2)> => d1, (+ d0 d1), (mod d1 2)
(d0, d1, d2) -> ((2 - (2 floordiv 4 * 4)) * 3 + 8 * (2 - 2 floordiv 4 * 4)) => affine_map<(d0, d1, d2) -> (22)> => 22
(d0, d1, d2)[s0] -> (s0 - s0 floordiv 1 * 1 - (2 + (2 floordiv 3 * -3)), (d0 + 6) floordiv 4 - s0 * (d2 - d2), d2 * 32) => affine_map<(d0, d1, d2)[s0] -> (-2, (d0 + 6) floordiv 4, d2 * 32)> => -2, (fdiv (+ d0 6) 4), (* d2 32)
(d0)[s0] : (d0 >= d0 + (s0 - (s0 floordiv 1 * 1)), ((d0 + (939 - s0)) ceildiv s0 floordiv -2) >= d0 ceildiv 2, ((d0 floordiv 3) - d0 * 8) ceildiv 6 >= s0) => affine_set<(d0)[s0] : (0 >= 0, ((d0 + -s0 + 939) ceildiv s0) floordiv -2 - d0 ceildiv 2 >= 0, (d0 floordiv 3 - d0 * 8) ceildiv 6 - s0 >= 0)> => 0 >= 0, (+ (fdiv (cdiv (+ d0 (+ (* s0 -1) 939)) s0) -2) (* (cdiv d0 2) -1)) >= 0, (+ (cdiv (+ (fdiv d0 3) (* d0 -8)) 6) (* s0 -1)) >= 0
(d0, d1, d2)[s0] -> (9) => affine_map<(d0, d1, d2)[s0] -> (9)> => 9
(d0, d1, d2) -> (128, -(d1 ceildiv 8 ceildiv 4), d2) => affine_map<(d0, d1, d2) -> (128, -((d1 ceildiv 8) ceildiv 4), d2)> => 128, (* (cdiv (cdiv d1 8) 4) -1), d2
(d0, d1, d2) : (-7 == 0, d2 floordiv 3 mod 3 >= 7) => affine_set<(d0, d1, d2) : (-7 == 0, (d2 floordiv 3) mod 3 - 7 >= 0)> => -7 == 0, (+ (mod (fdiv d2 3) 3) -7) >= 0
(d0, d1) -> (4 ceildiv 4 - 9 * (-(-(105 - d1) - d1 - -24) floordiv 4), d1 floordiv 8 floordiv 3, 0) => affine_map<(d0, d1) -> (((-(-(-d1 + 105) - d1 + 24)) floordiv 4) * -9 + 1, (d1 floordiv 8) floordiv 3, 0)> => (+ (* (fdiv (* (+ (+ (* (+ (* d1 -1) 105) -1) (* d1 -1)) 24) -1) 4) -9) 1), (fdiv (fdiv d1 8) 3), 0
(d0) -> (-(-(-12 mod 3))) => affine_map<(d0) -> (0)> => 0
(d0, d1)[s0] -> (1 mod 4, 9 * (-(d1 floordiv -4) + d0), 100) => affine_map<(d0, d1)[s0] -> (1, (-(d1 floordiv -4) + d0) * 9, 100)> => 1, (* (+ (* (fdiv d1 -4) -1) d0) 9), 100
(d0, d1, d2) -> (-5 - 5 - 6) => affine_map<(d0, d1, d2) -> (-16)> => -16
(d0, d1)[s0, s1] : (d1 >= d0, (s0 + 8 * s0) mod 8 ceildiv 2 - (-(d1 * 526 + 1 * d1) * (s1 mod 6 * s0)) >= 0) => affine_set<(d0, d1)[s0, s1] : (d1 - d0 >= 0, (d1 * ((s1 mod 6) * s0)) * 527 + ((s0 * 9) mod 8) ceildiv 2 >= 0)> => (+ d1 (* d0 -1)) >= 0, (+ (* (* d1 (* (mod s1 6) s0)) 527) (cdiv (mod (* s0 9) 8) 2)) >= 0
(d0)[s0, s1] -> (d0 + (s1 + 16 - 233), s1 ceildiv 2) => affine_map<(d0)[s0, s1] -> (d0 + s1 - 217, s1 ceildiv 2)> => (+ d0 (+ s1 -217)), (cdiv s1 2)
(d0)[s0, s1] : (679 >= d0, -s1 >= 0) => affine_set<(d0)[s0, s1] : (-d0 + 679 >= 0, -s1 >= 0)> => (+ (* d0 -1) 679) >= 0, (* s1 -1) >= 0
(d0, d1, d2)[s0] -> (d2) => affine_map<(d0, d1, d2)[s0] -> (d2)> => d2
(d0) : (4 >= 0, -9 >= -d0, 100 == 7 * (d0 + 4)) => affine_set<(d0) : (4 >= 0, d0 - 9 >= 0, (d0 + 4) * -7 + 100 == 0)> => 4 >= 0, (+ d0 -9) >= 0, (+ (* (+ d0 4) -7) 100) == 0
(d0)[s0, s1] -> (s0, 8) => affine_map<(d0)[s0, s1] -> (s0, 8)> => s0, 8
(d0)[s0, s1] -> (-((5 * 6 - (-(s0 - (2 * (s0 floordiv 2)))) * (s1 + s0 + ((s0 floordiv 8 ceildiv 2 + 466 + 12) * 3 - (s0 floordiv 8 ceildiv 2 + 466 + 12) * -8 + 865 - 7))) mod 4 - s1 * s1 * d0), s0, 3) => affine_map<(d0)[s0, s1] -> (-(-(d0 * (s1 * s1)) + ((s0 mod 2) * (s0 + s1 + ((s0 floordiv 8) ceildiv 2 + 478) * 11 + 858) + 30) mod 4), s0, 3)> => (* (+ (* (* d0 (* s1 s1)) -1) (mod (+ (* (mod s0 2) (+ (+ s0 s1) (+ (* (+ (cdiv (fdiv s0 8) 2) 478) 11) 858))) 30) 4)) -1), s0, 3
(d0) -> (3 floordiv 2 - (d0 - 4), d0 * (5 + 0 * 8)) => affine_map<(d0) -> (-(d0 - 4) + 1, d0 * 5)> => (+ (* (+ d0 -4) -1) 1), (* d0 5)
(d0)[s0, s1] -> (d0 * 8, 5 * ((d0 + d0) mod 8 * (s1 * s1)) + 6 ceildiv 3) => affine_map<(d0)[s0, s1] -> (d0 * 8, (((d0 * 2) mod 8) * (s1 * s1)) * 5 + 2)> => (* d0 8), (+ (* (* (mod (* d0 2) 8) (* s1 s1)) 5) 2)
(d0, d1, d2) -> (5) => affine_map<(d0, d1, d2) -> (5)> => 5
(d0, d1, d2) : (d2 - 7 == d1 - 32 + (8 + (d2 ceildiv 8)), 64 floordiv 2 == 0) => affine_set<(d0, d1, d2) : (d2 - (d1 + d2 ceildiv 8 + 8 - 32) - 7 == 0, 32 == 0)> => (+ (+ d2 (* (+ (+ d1 (+ (cdiv d2 8) 8)) -32) -1)) -7) == 0, 32 == 0
(d0, d1, d2)[s0] : (-d0 * 12 + 6 * -d0 == 1 * d0) => affine_set<(d0, d1, d2)[s0] : (d0 * -19 == 0)> => (* d0 -19) == 0
(d0, d1)[s0] : (d0 >= 0, s0 <= 0) => affine_set<(d0, d1)[s0] : (d0 >= 0, -s0 >= 0)> => d0 >= 0, (* s0 -1) >= 0
(d0)[s0, s1] -> (12, -((s0 * 6 - (-s1 - 916)) ceildiv 3) + s1) => affine_map<(d0)[s0, s1] -> (12, -((s0 * 6 - (-s1 - 916)) ceildiv 3) + s1)> => 12, (+ (* (cdiv (+ (* s0 6) (* (+ (* s1 -1) -916) -1)) 3) -1) s1)
(d0) -> (6 - 3, 184 floordiv 8, 32 ceildiv 4) => affine_map<(d0) -> (3, 23, 8)> => 3, 23, 8
(d0, d1) -> (3) => affine_map<(d0, d1) -> (3)> => 3
(d0, d1, d2) -> (128, 9) => affine_map<(d0, d1, d2) -> (128, 9)> => 128, 9
"#;
