//! Affine expressions as MLIR builds and prints them: MLIR simplifies every expression on
//! construction (`AffineExpr.cpp`: constant folding, constants to the right, `a - b` as
//! `a + b * -1`, ...), so two spellings of one map intern to one attribute and print alike.
//!
//! The constructors [`add`], [`mul`], [`floor_div`], [`ceil_div`], [`modulo`] (and [`neg`],
//! [`sub`] on top of them) port MLIR's `simplifyAdd`, `simplifyMul`, `simplifyFloorDiv`,
//! `simplifyCeilDiv` and `simplifyMod` rule for rule: when no rule applies, the node is built
//! as is. Their results never contain [`AffineExpr::Sub`] or [`AffineExpr::Neg`]: as in MLIR,
//! `a - b` is `a + b * -1` and `-a` is `a * -1`.
//!
//! Key functions: [`canonicalize_map`], [`canonicalize_set`], [`canonicalize_expr`],
//! [`write_affine_expr`].

use std::fmt::Write;

use crate::attributes::{AffineConstraint, AffineExpr, AffineMap, IntegerSet};

/// The map with each result in MLIR's canonical (simplified) form.
pub fn canonicalize_map(map: AffineMap) -> AffineMap {
    AffineMap {
        num_dims: map.num_dims,
        num_symbols: map.num_symbols,
        results: map.results.iter().map(canonicalize_expr).collect(),
    }
}

/// The set with each constraint in MLIR's canonical (simplified) form. A set without
/// constraints becomes `0 == 0`, as MLIR's parser builds it.
pub fn canonicalize_set(set: IntegerSet) -> IntegerSet {
    let constraints: Box<[AffineConstraint]> = if set.constraints.is_empty() {
        Box::new([AffineConstraint {
            expr: AffineExpr::Const(0),
            is_equality: true,
        }])
    } else {
        set.constraints
            .iter()
            .map(|c| AffineConstraint {
                expr: canonicalize_expr(&c.expr),
                is_equality: c.is_equality,
            })
            .collect()
    };
    IntegerSet {
        num_dims: set.num_dims,
        num_symbols: set.num_symbols,
        constraints,
    }
}

/// Rebuilds an expression bottom-up through the simplifying constructors, as MLIR's parser
/// builds it from the text (left operand first). Idempotent.
pub fn canonicalize_expr(e: &AffineExpr) -> AffineExpr {
    match e {
        AffineExpr::Dim(_) | AffineExpr::Symbol(_) | AffineExpr::Const(_) => e.clone(),
        AffineExpr::Neg(x) => neg(canonicalize_expr(x)),
        AffineExpr::Add(l, r) => add(canonicalize_expr(l), canonicalize_expr(r)),
        AffineExpr::Sub(l, r) => sub(canonicalize_expr(l), canonicalize_expr(r)),
        AffineExpr::Mul(l, r) => mul(canonicalize_expr(l), canonicalize_expr(r)),
        AffineExpr::FloorDiv(l, r) => floor_div(canonicalize_expr(l), canonicalize_expr(r)),
        AffineExpr::CeilDiv(l, r) => ceil_div(canonicalize_expr(l), canonicalize_expr(r)),
        AffineExpr::Mod(l, r) => modulo(canonicalize_expr(l), canonicalize_expr(r)),
    }
}

// ----------------------------------------------------------------------------------------
// Queries (MLIR's `isSymbolicOrConstant`, `getLargestKnownDivisor`).

fn as_const(e: &AffineExpr) -> Option<i64> {
    match e {
        AffineExpr::Const(c) => Some(*c),
        _ => None,
    }
}

/// The operands of a binary node (`Sub` included), MLIR's `dyn_cast<AffineBinaryOpExpr>`.
fn operands(e: &AffineExpr) -> Option<(&AffineExpr, &AffineExpr)> {
    match e {
        AffineExpr::Add(l, r)
        | AffineExpr::Sub(l, r)
        | AffineExpr::Mul(l, r)
        | AffineExpr::FloorDiv(l, r)
        | AffineExpr::CeilDiv(l, r)
        | AffineExpr::Mod(l, r) => Some((l, r)),
        _ => None,
    }
}

/// True when the expression involves no dimension (MLIR's `isSymbolicOrConstant`).
pub fn is_symbolic_or_constant(e: &AffineExpr) -> bool {
    match e {
        AffineExpr::Dim(_) => false,
        AffineExpr::Symbol(_) | AffineExpr::Const(_) => true,
        AffineExpr::Neg(x) => is_symbolic_or_constant(x),
        _ => {
            let (l, r) = operands(e).expect("binary");
            is_symbolic_or_constant(l) && is_symbolic_or_constant(r)
        }
    }
}

/// The largest integer known to divide the expression (MLIR's `getLargestKnownDivisor`).
fn largest_known_divisor(e: &AffineExpr) -> i64 {
    match e {
        AffineExpr::Dim(_) | AffineExpr::Symbol(_) => 1,
        AffineExpr::Const(c) => c.wrapping_abs(),
        AffineExpr::Neg(x) => largest_known_divisor(x),
        AffineExpr::FloorDiv(l, r) | AffineExpr::CeilDiv(l, r) => match as_const(r) {
            Some(c) if c != 0 => {
                let l = largest_known_divisor(l);
                if l.wrapping_rem(c) == 0 {
                    l.wrapping_div(c).wrapping_abs()
                } else {
                    1
                }
            }
            _ => 1,
        },
        AffineExpr::Mul(l, r) => largest_known_divisor(l).wrapping_mul(largest_known_divisor(r)),
        AffineExpr::Add(l, r) | AffineExpr::Sub(l, r) | AffineExpr::Mod(l, r) => gcd(
            largest_known_divisor(l) as u64,
            largest_known_divisor(r) as u64,
        ) as i64,
    }
}

fn gcd(mut a: u64, mut b: u64) -> u64 {
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a
}

/// `a floordiv b` on integers (`b != 0`, no overflow).
fn floor_div_i64(a: i64, b: i64) -> i64 {
    let q = a / b;
    if a % b != 0 && ((a < 0) != (b < 0)) {
        q - 1
    } else {
        q
    }
}

/// `a ceildiv b` on integers (`b != 0`, no overflow).
fn ceil_div_i64(a: i64, b: i64) -> i64 {
    let q = a / b;
    if a % b != 0 && ((a < 0) == (b < 0)) {
        q + 1
    } else {
        q
    }
}

// ----------------------------------------------------------------------------------------
// Simplifying constructors.

fn bin(
    f: fn(Box<AffineExpr>, Box<AffineExpr>) -> AffineExpr,
    l: AffineExpr,
    r: AffineExpr,
) -> AffineExpr {
    f(Box::new(l), Box::new(r))
}

/// `l + r`, simplified as MLIR's `operator+`.
pub fn add(l: AffineExpr, r: AffineExpr) -> AffineExpr {
    simplify_add(&l, &r).unwrap_or_else(|| bin(AffineExpr::Add, l, r))
}

/// `l * r`, simplified as MLIR's `operator*`.
pub fn mul(l: AffineExpr, r: AffineExpr) -> AffineExpr {
    simplify_mul(&l, &r).unwrap_or_else(|| bin(AffineExpr::Mul, l, r))
}

/// `l floordiv r`, simplified as MLIR's `floorDiv`.
pub fn floor_div(l: AffineExpr, r: AffineExpr) -> AffineExpr {
    simplify_floor_div(&l, &r).unwrap_or_else(|| bin(AffineExpr::FloorDiv, l, r))
}

/// `l ceildiv r`, simplified as MLIR's `ceilDiv`.
pub fn ceil_div(l: AffineExpr, r: AffineExpr) -> AffineExpr {
    simplify_ceil_div(&l, &r).unwrap_or_else(|| bin(AffineExpr::CeilDiv, l, r))
}

/// `l mod r`, simplified as MLIR's `operator%`.
pub fn modulo(l: AffineExpr, r: AffineExpr) -> AffineExpr {
    simplify_mod(&l, &r).unwrap_or_else(|| bin(AffineExpr::Mod, l, r))
}

/// `-e`: MLIR's unary minus, `e * -1`.
pub fn neg(e: AffineExpr) -> AffineExpr {
    mul(e, AffineExpr::Const(-1))
}

/// `l - r`: MLIR's `l + (-r)`.
pub fn sub(l: AffineExpr, r: AffineExpr) -> AffineExpr {
    add(l, neg(r))
}

fn c(v: i64) -> AffineExpr {
    AffineExpr::Const(v)
}

/// Two dimensions, or two symbols, with the higher position on the left (MLIR 22 orders
/// the operands of `+` and `*` when both are dimensions or both symbols).
fn out_of_order(lhs: &AffineExpr, rhs: &AffineExpr) -> bool {
    match (lhs, rhs) {
        (AffineExpr::Dim(a), AffineExpr::Dim(b))
        | (AffineExpr::Symbol(a), AffineExpr::Symbol(b)) => a > b,
        _ => false,
    }
}

/// MLIR's `simplifyAdd`: `None` when the sum is built as is.
fn simplify_add(lhs: &AffineExpr, rhs: &AffineExpr) -> Option<AffineExpr> {
    let lhs_const = as_const(lhs);
    let rhs_const = as_const(rhs);
    // Fold constants (an overflowing sum is kept as is).
    if let (Some(a), Some(b)) = (lhs_const, rhs_const) {
        return a.checked_add(b).map(c);
    }
    // Only the RHS may be a constant; a symbolic term goes right of a dimensional one.
    if lhs_const.is_some() || (is_symbolic_or_constant(lhs) && !is_symbolic_or_constant(rhs)) {
        return Some(add(rhs.clone(), lhs.clone()));
    }
    // Of two dimensions (two symbols), the lower position goes left: d1 + d0 -> d0 + d1.
    if out_of_order(lhs, rhs) {
        return Some(add(rhs.clone(), lhs.clone()));
    }
    if rhs_const == Some(0) {
        return Some(lhs.clone());
    }
    // (d0 + 2) + 3 -> d0 + 5.
    if let (AffineExpr::Add(ll, lr), Some(rc)) = (lhs, rhs_const) {
        if let Some(lrc) = as_const(lr) {
            return Some(add((**ll).clone(), c(lrc.wrapping_add(rc))));
        }
    }
    // c1 * e + c2 * e -> (c1 + c2) * e (a term without a constant factor counts as 1 * e).
    let scaled = |e: &AffineExpr| -> (i64, AffineExpr) {
        if let AffineExpr::Mul(l, r) = e {
            if let Some(k) = as_const(r) {
                return (k, (**l).clone());
            }
        }
        (1, e.clone())
    };
    let (k1, first) = scaled(lhs);
    let (k2, second) = scaled(rhs);
    if first == second {
        return Some(mul(first, c(k1.wrapping_add(k2))));
    }
    // (d0 + 2) + d1 -> (d0 + d1) + 2.
    if let AffineExpr::Add(ll, lr) = lhs {
        if as_const(lr).is_some() {
            return Some(add(add((**ll).clone(), rhs.clone()), (**lr).clone()));
        }
    }
    // `expr - (expr floordiv q) * q` -> `expr mod q`.
    let (rl, rr) = operands(rhs)?;
    if as_const(rr) == Some(-1) {
        if let AffineExpr::Mul(rll, rlr) = rl {
            let AffineExpr::FloorDiv(num, den) = &**rll else {
                return None;
            };
            if den == rlr && **num == *lhs {
                return Some(modulo(lhs.clone(), (**rlr).clone()));
            }
        }
    }
    // `expr + (expr floordiv c) * -c` -> `expr mod c` (c > 0).
    let AffineExpr::Mul(..) = rhs else {
        return None;
    };
    let AffineExpr::FloorDiv(num, den) = rl else {
        return None;
    };
    let positive = as_const(den).is_some_and(|d| d > 0);
    if positive && **num == *lhs && **den == neg(rr.clone()) {
        return Some(modulo(lhs.clone(), (**den).clone()));
    }
    // (a + e) + (x floordiv q) * k -> a + (e + (x floordiv q) * k) when the inner sum
    // simplifies (MLIR 22; found against mlir-opt: `e + (e floordiv q) * -q` nested in a sum).
    if let AffineExpr::Add(ll, lr) = lhs {
        if let Some(inner) = simplify_add(lr, rhs) {
            return Some(add((**ll).clone(), inner));
        }
    }
    None
}

/// MLIR's `simplifyMul`: `None` when the product is built as is.
fn simplify_mul(lhs: &AffineExpr, rhs: &AffineExpr) -> Option<AffineExpr> {
    let lhs_const = as_const(lhs);
    let rhs_const = as_const(rhs);
    if let (Some(a), Some(b)) = (lhs_const, rhs_const) {
        return a.checked_mul(b).map(c);
    }
    // s1 * s0 -> s0 * s1 (also d1 * d0, which is not affine).
    if out_of_order(lhs, rhs) {
        return Some(mul(rhs.clone(), lhs.clone()));
    }
    if !is_symbolic_or_constant(lhs) && !is_symbolic_or_constant(rhs) {
        return None;
    }
    // The constant (or symbolic) factor goes right.
    if !is_symbolic_or_constant(rhs) || lhs_const.is_some() {
        return Some(mul(rhs.clone(), lhs.clone()));
    }
    match rhs_const {
        Some(1) => return Some(lhs.clone()),
        Some(0) => return Some(c(0)),
        _ => {}
    }
    if let AffineExpr::Mul(ll, lr) = lhs {
        if let Some(lrc) = as_const(lr) {
            // (d0 * 2) * 3 -> d0 * 6.
            if let Some(rc) = rhs_const {
                return Some(mul((**ll).clone(), c(lrc.wrapping_mul(rc))));
            }
            // (d0 * 2) * s0 -> (d0 * s0) * 2.
            return Some(mul(mul((**ll).clone(), rhs.clone()), (**lr).clone()));
        }
    }
    None
}

/// MLIR's `simplifyFloorDiv`: `None` when the quotient is built as is.
fn simplify_floor_div(lhs: &AffineExpr, rhs: &AffineExpr) -> Option<AffineExpr> {
    let rc = as_const(rhs).filter(|&v| v != 0)?;
    if let Some(lc) = as_const(lhs) {
        return lc.checked_div(rc).map(|_| c(floor_div_i64(lc, rc)));
    }
    if rc == 1 {
        return Some(lhs.clone());
    }
    // (e * 6) floordiv 3 -> e * 2.
    if let AffineExpr::Mul(ll, lr) = lhs {
        if let Some(lrc) = as_const(lr) {
            if lrc.wrapping_rem(rc) == 0 {
                return Some(mul((**ll).clone(), c(lrc.wrapping_div(rc))));
            }
        }
    }
    // (e1 + e2) floordiv c when e1 or e2 is a multiple of c.
    if let AffineExpr::Add(ll, lr) = lhs {
        if largest_known_divisor(ll).wrapping_rem(rc) == 0
            || largest_known_divisor(lr).wrapping_rem(rc) == 0
        {
            return Some(add(
                floor_div((**ll).clone(), c(rc)),
                floor_div((**lr).clone(), c(rc)),
            ));
        }
    }
    None
}

/// MLIR's `simplifyCeilDiv`: `None` when the quotient is built as is.
fn simplify_ceil_div(lhs: &AffineExpr, rhs: &AffineExpr) -> Option<AffineExpr> {
    let rc = as_const(rhs).filter(|&v| v != 0)?;
    if let Some(lc) = as_const(lhs) {
        return lc.checked_div(rc).map(|_| c(ceil_div_i64(lc, rc)));
    }
    if rc == 1 {
        return Some(lhs.clone());
    }
    // (e * 6) ceildiv 3 -> e * 2.
    if let AffineExpr::Mul(ll, lr) = lhs {
        if let Some(lrc) = as_const(lr) {
            if lrc.wrapping_rem(rc) == 0 {
                return Some(mul((**ll).clone(), c(lrc.wrapping_div(rc))));
            }
        }
    }
    None
}

/// MLIR's `simplifyMod`: `None` when the remainder is built as is.
fn simplify_mod(lhs: &AffineExpr, rhs: &AffineExpr) -> Option<AffineExpr> {
    // Modulo by zero or a negative number is kept as is.
    let rc = as_const(rhs).filter(|&v| v >= 1)?;
    if let Some(lc) = as_const(lhs) {
        return Some(c(lc.rem_euclid(rc)));
    }
    // A multiple of the modulus.
    if largest_known_divisor(lhs).wrapping_rem(rc) == 0 {
        return Some(c(0));
    }
    // (e1 + e2) mod c when e1 or e2 is a multiple of c.
    if let AffineExpr::Add(ll, lr) = lhs {
        if largest_known_divisor(ll).wrapping_rem(rc) == 0 {
            return Some(modulo((**lr).clone(), c(rc)));
        }
        if largest_known_divisor(lr).wrapping_rem(rc) == 0 {
            return Some(modulo((**ll).clone(), c(rc)));
        }
    }
    // (e mod a) mod b -> e mod b when b divides a.
    if let AffineExpr::Mod(ll, lr) = lhs {
        if let Some(a) = as_const(lr) {
            if a >= 1 && a.rem_euclid(rc) == 0 {
                return Some(modulo((**ll).clone(), c(rc)));
            }
        }
    }
    None
}

// ----------------------------------------------------------------------------------------
// Printing.

/// Prints an expression as MLIR's `printAffineExpr` does.
pub fn write_affine_expr(e: &AffineExpr, out: &mut String) {
    write_affine(e, false, out);
}

/// MLIR's `printAffineExprInternal`: `strong` is the enclosing `BindingStrength::Strong`
/// (an operand of `*`, `floordiv`, `ceildiv`, `mod`), which parenthesizes binary
/// expressions.
fn write_affine(e: &AffineExpr, strong: bool, out: &mut String) {
    let open = |out: &mut String| {
        if strong {
            out.push('(');
        }
    };
    let close = |out: &mut String| {
        if strong {
            out.push(')');
        }
    };
    let (op, l, r) = match e {
        AffineExpr::Dim(i) => return write!(out, "d{i}").unwrap(),
        AffineExpr::Symbol(i) => return write!(out, "s{i}").unwrap(),
        AffineExpr::Const(v) => return write!(out, "{v}").unwrap(),
        // Not produced by canonicalization; printed in the same style.
        AffineExpr::Neg(x) => {
            open(out);
            out.push('-');
            write_affine(x, true, out);
            return close(out);
        }
        AffineExpr::Sub(l, r) => {
            open(out);
            write_affine(l, false, out);
            out.push_str(" - ");
            write_affine(
                r,
                matches!(**r, AffineExpr::Add(..) | AffineExpr::Sub(..)),
                out,
            );
            return close(out);
        }
        AffineExpr::Add(l, r) => (" + ", l, r),
        AffineExpr::Mul(l, r) => (" * ", l, r),
        AffineExpr::FloorDiv(l, r) => (" floordiv ", l, r),
        AffineExpr::CeilDiv(l, r) => (" ceildiv ", l, r),
        AffineExpr::Mod(l, r) => (" mod ", l, r),
    };
    open(out);
    if !matches!(e, AffineExpr::Add(..)) {
        if matches!(e, AffineExpr::Mul(..)) && as_const(r) == Some(-1) {
            // `x * -1` prints as `-x`.
            out.push('-');
            write_affine(l, true, out);
        } else {
            write_affine(l, true, out);
            out.push_str(op);
            write_affine(r, true, out);
        }
        return close(out);
    }
    // A sum with a negated term prints as a subtraction.
    if let AffineExpr::Mul(rl, rr) = &**r {
        match as_const(rr) {
            Some(-1) => {
                write_affine(l, false, out);
                out.push_str(" - ");
                write_affine(rl, matches!(**rl, AffineExpr::Add(..)), out);
                return close(out);
            }
            Some(k) if k < -1 => {
                write_affine(l, false, out);
                out.push_str(" - ");
                write_affine(rl, true, out);
                write!(out, " * {}", k.wrapping_neg()).unwrap();
                return close(out);
            }
            _ => {}
        }
    }
    match as_const(r) {
        Some(k) if k < 0 => {
            write_affine(l, false, out);
            write!(out, " - {}", k.wrapping_neg()).unwrap();
        }
        _ => {
            write_affine(l, false, out);
            out.push_str(" + ");
            write_affine(r, false, out);
        }
    }
    close(out);
}
