//! Float literals as mlir-opt prints them.
//!
//! Key function: [`format_float`], a port of MLIR's `printFloatValue`
//! (mlir/lib/IR/AsmPrinter.cpp) and of the parts of `llvm::APFloat` it relies on
//! (`IEEEFloat::toString` / `toStringImpl` / `AdjustToPrecision` in
//! llvm/lib/Support/APFloat.cpp, and the correctly rounded `convertFromString`).
//! Exact for f16, bf16, f32 and f64; the remaining kinds use an approximation.

use std::cmp::Ordering;

use crate::types::FloatKind;

/// Formats a float exactly as mlir-opt 22 prints a `FloatAttr` of type `kind`.
/// `value` must hold the attribute's exact value (f16/bf16/f32 values are exact in f64).
///
/// `printFloatValue`:
/// 1. finite: `toString(str, /*FormatPrecision=*/6, /*FormatMaxPadding=*/0,
///    /*TruncateZero=*/false)` (`1.500000e+00`) if it parses back bit-exactly;
/// 2. else the default `toString(str)` (`1.2345678899999999`) if it contains a '.';
/// 3. else (inf, NaN, or an integer like `123456789`) the bit pattern in hex.
pub fn format_float(value: f64, kind: FloatKind) -> String {
    let Some(sem) = Semantics::of(kind) else {
        return approximate_format(value, kind);
    };
    if value.is_finite() {
        let short = to_string(value, sem, 6, 0, false);
        if reads_back_exactly(&short, value, sem) {
            return short;
        }
        // `APFloat::toString`'s defaults: FormatPrecision=0, FormatMaxPadding=3,
        // TruncateZero=true.
        let full = to_string(value, sem, 0, 3, true);
        if full.contains('.') {
            return full;
        }
    }
    // `APInt::toString(str, 16, false, /*formatAsCLiteral=*/true)`: uppercase digits.
    // It does not zero-pad, but every value that gets here has a nonzero top digit.
    float_bits_hex(value, kind)
}

/// The parts of an IEEE `fltSemantics` the printer needs.
#[derive(Clone, Copy)]
struct Semantics {
    /// Significand bits, including the integer bit (`fltSemantics::precision`).
    precision: u32,
    /// Exponent of the ulp of subnormals: `minExponent - (precision - 1)`.
    min_ulp_exp: i32,
}

impl Semantics {
    fn of(kind: FloatKind) -> Option<Semantics> {
        let (precision, min_exponent) = match kind {
            FloatKind::F16 => (11, -14),
            FloatKind::BF16 => (8, -126),
            FloatKind::F32 => (24, -126),
            FloatKind::F64 => (53, -1022),
            _ => return None,
        };
        Some(Semantics {
            precision,
            min_ulp_exp: min_exponent - (precision as i32 - 1),
        })
    }
}

/// `|value| = m * 2^e` with `m` an integer (`m == 0` for zeros).
fn decompose(value: f64) -> (u64, i32) {
    let bits = value.to_bits();
    let biased = ((bits >> 52) & 0x7FF) as i32;
    let fraction = bits & ((1 << 52) - 1);
    if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1 << 52), biased - 1075)
    }
}

/// `IEEEFloat::toString(Str, FormatPrecision, FormatMaxPadding, TruncateZero)` for a
/// finite value, i.e. its zero case and `toStringImpl`.
fn to_string(
    value: f64,
    sem: Semantics,
    precision: u32,
    max_padding: u32,
    truncate_zero: bool,
) -> String {
    let mut out = String::new();
    if value.is_sign_negative() {
        out.push('-');
    }
    let (m, e) = decompose(value);
    if m == 0 {
        // fcZero.
        if max_padding != 0 {
            out.push('0');
        } else if truncate_zero {
            out.push_str("0.0E+0");
        } else {
            out.push_str("0.0");
            out.extend(std::iter::repeat_n(
                '0',
                precision.saturating_sub(1) as usize,
            ));
            out.push_str("e+00");
        }
        return out;
    }

    // FormatPrecision 0 means "enough digits to round-trip" (Steele & White).
    let precision = if precision == 0 {
        2 + sem.precision * 59 / 196
    } else {
        precision
    };

    // Ignore trailing binary zeros, then change the exponent from 2^e to 10^e:
    // N * 2^-e == N * 5^e * 10^-e.
    let mut exp = e + m.trailing_zeros() as i32;
    let mut significand = Big::from_u64(m >> m.trailing_zeros());
    if exp > 0 {
        significand.mul_pow(2, exp as u32);
        exp = 0;
    } else if exp < 0 {
        significand.mul_pow(5, exp.unsigned_abs());
    }

    // AdjustToPrecision(APInt&, ...): drop surplus decimal digits by *truncating*
    // division (196/59 is a slight overestimate of log2(10)); `bitsRequired` is
    // `(FormatPrecision * 196 + 58) / 59` there.
    let bits = significand.bit_len();
    let bits_required = (precision * 196).div_ceil(59);
    if bits > bits_required {
        let tens = (bits - bits_required) * 59 / 196;
        exp += tens as i32;
        significand.div_pow10(tens);
    }

    // Digits, least significant first, dropping trailing zeros.
    let mut digits: Vec<u8> = Vec::new();
    while !significand.is_zero() {
        let d = significand.div_small(10) as u8;
        if digits.is_empty() && d == 0 {
            exp += 1;
        } else {
            digits.push(b'0' + d);
        }
    }

    // AdjustToPrecision(SmallVectorImpl<char>&, ...): round half up to `precision` digits.
    let n = digits.len();
    if n > precision as usize {
        let mut first = n - precision as usize;
        if digits[first - 1] < b'5' {
            while first < n && digits[first] == b'0' {
                first += 1;
            }
            digits.drain(..first);
        } else {
            // Decimal add-with-carry; carried-through nines become dropped zeros.
            for d in &mut digits[first..] {
                if *d == b'9' {
                    first += 1;
                } else {
                    *d += 1;
                    break;
                }
            }
            if first == n {
                digits = vec![b'1'];
            } else {
                digits.drain(..first);
            }
        }
        exp += first as i32;
    }

    // Scientific notation unless the plain form needs at most `max_padding` zeros
    // and does not look more precise than `precision` digits.
    let nd = digits.len() as i32;
    let scientific = if max_padding == 0 {
        true
    } else if exp >= 0 {
        exp > max_padding as i32 || nd + exp > precision as i32
    } else {
        let msd = exp + nd - 1; // power of the most significant digit
        msd < 0 && -msd > max_padding as i32
    };
    let most_significant_first = digits.iter().rev().map(|&d| d as char);

    if scientific {
        let exp = exp + nd - 1;
        let mut it = most_significant_first;
        out.extend(it.next());
        out.push('.');
        if nd == 1 && truncate_zero {
            out.push('0');
        } else {
            out.extend(it);
        }
        if !truncate_zero && precision as i32 > nd - 1 {
            out.extend(std::iter::repeat_n(
                '0',
                (precision as i32 - nd + 1) as usize,
            ));
        }
        out.push(if truncate_zero { 'E' } else { 'e' });
        out.push(if exp >= 0 { '+' } else { '-' });
        // At least two exponent digits unless truncating zeros.
        if truncate_zero {
            out.push_str(&exp.unsigned_abs().to_string());
        } else {
            out.push_str(&format!("{:02}", exp.unsigned_abs()));
        }
    } else if exp >= 0 {
        // 765e3 --> 765000 (no '.': printFloatValue falls back to hex).
        out.extend(most_significant_first);
        out.extend(std::iter::repeat_n('0', exp as usize));
    } else {
        let whole = exp + nd;
        let mut it = most_significant_first;
        if whole > 0 {
            out.extend(it.by_ref().take(whole as usize));
            out.push('.');
        } else {
            out.push_str("0.");
            out.extend(std::iter::repeat_n('0', whole.unsigned_abs() as usize));
        }
        out.extend(it);
    }
    out
}

/// Whether `APFloat(sem, text)` (correctly rounded, ties to even) gives back `value`.
/// `text` is a `d.dddddde±XX` string produced by [`to_string`] for `value`, so the
/// sign always matches; we check that the decimal lies in `value`'s rounding interval.
fn reads_back_exactly(text: &str, value: f64, sem: Semantics) -> bool {
    let (m, e) = decompose(value);
    if m == 0 {
        return true; // `[-]0.000000e+00`
    }
    let text = text.trim_start_matches('-');
    let Some((mantissa, exponent)) = text.split_once('e') else {
        return false;
    };
    let (Ok(exponent), Some((int, frac))) = (exponent.parse::<i32>(), mantissa.split_once('.'))
    else {
        return false;
    };
    let Ok(decimal) = format!("{int}{frac}").parse::<u64>() else {
        return false;
    };
    let decimal_exp = exponent - frac.len() as i32;

    // value = big_m * 2^q with q the ulp exponent of `value` in `sem`.
    let p = sem.precision;
    let q = (e + (64 - m.leading_zeros()) as i32 - p as i32).max(sem.min_ulp_exp);
    let big_m = if q >= e { m >> (q - e) } else { m << (e - q) };
    // Halfway points to the neighbours; the lower neighbour is closer at the
    // bottom of a binade. Ties go to the even significand.
    let (lo, lo_exp) = if big_m == 1 << (p - 1) && q > sem.min_ulp_exp {
        (4 * big_m - 1, q - 2)
    } else {
        (2 * big_m - 1, q - 1)
    };
    let (hi, hi_exp) = (2 * big_m + 1, q - 1);
    let even = big_m % 2 == 0;
    let above_lo = compare(decimal, decimal_exp, lo, lo_exp);
    let below_hi = compare(decimal, decimal_exp, hi, hi_exp);
    (above_lo == Ordering::Greater || (even && above_lo == Ordering::Equal))
        && (below_hi == Ordering::Less || (even && below_hi == Ordering::Equal))
}

/// Compares `d * 10^de` with `b * 2^be` exactly.
fn compare(d: u64, de: i32, b: u64, be: i32) -> Ordering {
    let (mut lhs, mut rhs) = (Big::from_u64(d), Big::from_u64(b));
    if de >= 0 {
        lhs.mul_pow(10, de as u32);
    } else {
        rhs.mul_pow(10, de.unsigned_abs());
    }
    if be >= 0 {
        rhs.mul_pow(2, be as u32);
    } else {
        lhs.mul_pow(2, be.unsigned_abs());
    }
    lhs.cmp(&rhs)
}

/// A natural number in little-endian 32-bit limbs, no leading zero limbs: the bits of
/// `APInt` arithmetic that `toStringImpl` needs (f64 subnormals need ~2500 bits).
#[derive(PartialEq, Eq)]
struct Big(Vec<u32>);

impl Big {
    fn from_u64(v: u64) -> Big {
        let mut b = Big(vec![v as u32, (v >> 32) as u32]);
        b.trim();
        b
    }

    fn trim(&mut self) {
        while self.0.last() == Some(&0) {
            self.0.pop();
        }
    }

    fn is_zero(&self) -> bool {
        self.0.is_empty()
    }

    fn bit_len(&self) -> u32 {
        self.0
            .last()
            .map_or(0, |top| 32 * self.0.len() as u32 - top.leading_zeros())
    }

    fn mul_small(&mut self, k: u32) {
        let mut carry = 0u64;
        for limb in &mut self.0 {
            let t = *limb as u64 * k as u64 + carry;
            *limb = t as u32;
            carry = t >> 32;
        }
        if carry != 0 {
            self.0.push(carry as u32);
        }
    }

    /// Divides in place, returning the remainder.
    fn div_small(&mut self, k: u32) -> u32 {
        let mut rem = 0u64;
        for limb in self.0.iter_mut().rev() {
            let t = (rem << 32) | *limb as u64;
            *limb = (t / k as u64) as u32;
            rem = t % k as u64;
        }
        self.trim();
        rem as u32
    }

    /// Multiplies by `base^n`, in chunks that fit a limb.
    fn mul_pow(&mut self, base: u32, mut n: u32) {
        while n > 0 {
            let (mut factor, mut k) = (base, 1);
            while k < n && factor.checked_mul(base).is_some() {
                factor *= base;
                k += 1;
            }
            self.mul_small(factor);
            n -= k;
        }
    }

    /// Truncating division by `10^n` (`floor(floor(x/a)/b) == floor(x/(a*b))`).
    fn div_pow10(&mut self, mut n: u32) {
        while n > 0 {
            let k = n.min(9);
            self.div_small(10u32.pow(k));
            n -= k;
        }
    }
}

impl Ord for Big {
    fn cmp(&self, other: &Big) -> Ordering {
        self.0
            .len()
            .cmp(&other.0.len())
            .then_with(|| self.0.iter().rev().cmp(other.0.iter().rev()))
    }
}

impl PartialOrd for Big {
    fn partial_cmp(&self, other: &Big) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// The pre-existing approximation, kept for kinds without exact support (f80, f128,
/// tf32, f8): `%e` with 6 digits if it reads back, else Rust's shortest repr, else hex.
fn approximate_format(value: f64, kind: FloatKind) -> String {
    if value.is_finite() {
        let short = fix_exponent(&format!("{value:.6e}"));
        if round_trips(&short, value, kind) {
            return short;
        }
        let mut exact = fix_exponent(&format!("{value:e}"));
        if !exact.contains('.') {
            let at = exact.find('e').unwrap_or(exact.len());
            exact.insert_str(at, ".0");
        }
        if round_trips(&exact, value, kind) {
            return exact;
        }
    }
    float_bits_hex(value, kind)
}

fn round_trips(text: &str, value: f64, kind: FloatKind) -> bool {
    let Ok(parsed) = text.parse::<f64>() else {
        return false;
    };
    round_to_kind(parsed, kind).to_bits() == value.to_bits()
}

/// Rust prints `1.5e0`; MLIR wants `1.5e+00`.
fn fix_exponent(s: &str) -> String {
    let Some(at) = s.find('e') else {
        return s.to_string();
    };
    let (mantissa, exp) = s.split_at(at);
    let exp = &exp[1..];
    let (sign, digits) = match exp.strip_prefix('-') {
        Some(d) => ('-', d),
        None => ('+', exp),
    };
    format!("{mantissa}e{sign}{digits:0>2}")
}

/// Rounds an f64 to the precision of `kind` (as f64).
pub fn round_to_kind(value: f64, kind: FloatKind) -> f64 {
    match kind {
        FloatKind::F32 => value as f32 as f64,
        FloatKind::F16 => half::f16::from_f64(value).to_f64(),
        FloatKind::BF16 => half::bf16::from_f64(value).to_f64(),
        _ => value,
    }
}

/// `0x7FC00000`: the bit pattern of `value` in `kind`'s storage format.
pub fn float_bits_hex(value: f64, kind: FloatKind) -> String {
    match kind {
        FloatKind::F32 => format!("0x{:08X}", (value as f32).to_bits()),
        FloatKind::F16 => format!("0x{:04X}", half::f16::from_f64(value).to_bits()),
        FloatKind::BF16 => format!("0x{:04X}", half::bf16::from_f64(value).to_bits()),
        _ => format!("0x{:016X}", value.to_bits()),
    }
}
