//! Float literals as mlir-opt prints them (MLIR's `printFloatValue`).
//!
//! Key function: [`format_float`].

use crate::types::FloatKind;

/// Formats a float as mlir-opt does: `%e` with 6 digits when that reads back exactly in
/// the value's own type, else the shortest exact decimal, else the hex bit pattern.
pub fn format_float(value: f64, kind: FloatKind) -> String {
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
    let Ok(parsed) = text.parse::<f64>() else { return false };
    round_to_kind(parsed, kind).to_bits() == value.to_bits()
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

/// Rust prints `1.5e0`; MLIR wants `1.5e+00`.
fn fix_exponent(s: &str) -> String {
    let Some(at) = s.find('e') else { return s.to_string() };
    let (mantissa, exp) = s.split_at(at);
    let exp = &exp[1..];
    let (sign, digits) = match exp.strip_prefix('-') {
        Some(d) => ('-', d),
        None => ('+', exp),
    };
    format!("{mantissa}e{sign}{digits:0>2}")
}

