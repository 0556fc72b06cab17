//! Scalar and vector `arith`/`math` semantics, JIT'd and compared with Rust.

mod common;
use codegen::Scalar::{self, *};

const INT_OPS: &str = r#"
func.func @addi8(%a: i8, %b: i8) -> i8 { %r = arith.addi %a, %b : i8
  return %r : i8 }
func.func @subi8(%a: i8, %b: i8) -> i8 { %r = arith.subi %a, %b : i8
  return %r : i8 }
func.func @muli32(%a: i32, %b: i32) -> i32 { %r = arith.muli %a, %b : i32
  return %r : i32 }
func.func @divsi(%a: i32, %b: i32) -> i32 { %r = arith.divsi %a, %b : i32
  return %r : i32 }
func.func @divui(%a: i8, %b: i8) -> i8 { %r = arith.divui %a, %b : i8
  return %r : i8 }
func.func @remsi(%a: i32, %b: i32) -> i32 { %r = arith.remsi %a, %b : i32
  return %r : i32 }
func.func @remui(%a: i8, %b: i8) -> i8 { %r = arith.remui %a, %b : i8
  return %r : i8 }
func.func @ceildivsi(%a: i32, %b: i32) -> i32 { %r = arith.ceildivsi %a, %b : i32
  return %r : i32 }
func.func @floordivsi(%a: i32, %b: i32) -> i32 { %r = arith.floordivsi %a, %b : i32
  return %r : i32 }
func.func @ceildivui(%a: i32, %b: i32) -> i32 { %r = arith.ceildivui %a, %b : i32
  return %r : i32 }
func.func @shli(%a: i32, %b: i32) -> i32 { %r = arith.shli %a, %b : i32
  return %r : i32 }
func.func @shrsi(%a: i32, %b: i32) -> i32 { %r = arith.shrsi %a, %b : i32
  return %r : i32 }
func.func @shrui(%a: i32, %b: i32) -> i32 { %r = arith.shrui %a, %b : i32
  return %r : i32 }
func.func @andi(%a: i64, %b: i64) -> i64 { %r = arith.andi %a, %b : i64
  return %r : i64 }
func.func @ori(%a: i64, %b: i64) -> i64 { %r = arith.ori %a, %b : i64
  return %r : i64 }
func.func @xori(%a: i64, %b: i64) -> i64 { %r = arith.xori %a, %b : i64
  return %r : i64 }
func.func @maxsi(%a: i32, %b: i32) -> i32 { %r = arith.maxsi %a, %b : i32
  return %r : i32 }
func.func @minsi(%a: i32, %b: i32) -> i32 { %r = arith.minsi %a, %b : i32
  return %r : i32 }
func.func @maxui(%a: i32, %b: i32) -> i32 { %r = arith.maxui %a, %b : i32
  return %r : i32 }
func.func @minui(%a: i32, %b: i32) -> i32 { %r = arith.minui %a, %b : i32
  return %r : i32 }
func.func @wide(%a: i64) -> i64 {
  %x = arith.extsi %a : i64 to i128
  %c = arith.constant 170141183460469231731687303715884105727 : i128
  %s = arith.andi %x, %c : i128
  %m = arith.muli %s, %s : i128
  %r = arith.trunci %m : i128 to i64
  return %r : i64
}
func.func @extended(%a: i32, %b: i32) -> (i32, i1, i32, i32, i32, i32) {
  %s, %c = "arith.addui_extended"(%a, %b) : (i32, i32) -> (i32, i1)
  %l, %h = "arith.mulsi_extended"(%a, %b) : (i32, i32) -> (i32, i32)
  %ul, %uh = "arith.mului_extended"(%a, %b) : (i32, i32) -> (i32, i32)
  return %s, %c, %l, %h, %ul, %uh : i32, i1, i32, i32, i32, i32
}
func.func @select(%c: i1, %a: i32, %b: i32) -> i32 { %r = arith.select %c, %a, %b : i32
  return %r : i32 }
func.func @consts() -> (i32, i64, f32, f64, i1, index) {
  %a = arith.constant -5 : i32
  %b = arith.constant 9223372036854775807 : i64
  %c = arith.constant 1.5 : f32
  %d = arith.constant -2.25e10 : f64
  %e = arith.constant true
  %f = arith.constant 42 : index
  return %a, %b, %c, %d, %e, %f : i32, i64, f32, f64, i1, index
}
"#;

fn call(jit: &codegen::Jit, name: &str, args: &mut [codegen::Arg]) -> Scalar {
    let r = jit.call(name, args).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(r.len(), 1, "{name}");
    r[0]
}

#[test]
fn integer_ops() {
    let llvm = inkwell::context::Context::create();
    let jit = common::jit(&llvm, INT_OPS);
    let i8s = [(100i8, 100i8), (-128, 1), (127, -128), (-7, 3), (5, -2)];
    for (a, b) in i8s {
        assert_eq!(
            call(&jit, "addi8", &mut [a.into(), b.into()]),
            I8(a.wrapping_add(b))
        );
        assert_eq!(
            call(&jit, "subi8", &mut [a.into(), b.into()]),
            I8(a.wrapping_sub(b))
        );
        let (ua, ub) = (a as u8, b as u8);
        assert_eq!(
            call(&jit, "divui", &mut [a.into(), b.into()]),
            I8((ua / ub) as i8)
        );
        assert_eq!(
            call(&jit, "remui", &mut [a.into(), b.into()]),
            I8((ua % ub) as i8)
        );
    }
    let pairs = [
        (7i32, 2i32),
        (-7, 2),
        (7, -2),
        (-7, -2),
        (6, 3),
        (-6, 3),
        (0, 5),
        (1, 1 << 30),
        (i32::MAX, 7),
        (i32::MIN, 3),
    ];
    for (a, b) in pairs {
        let args = || [codegen::Arg::from(a), codegen::Arg::from(b)];
        assert_eq!(call(&jit, "muli32", &mut args()), I32(a.wrapping_mul(b)));
        assert_eq!(call(&jit, "divsi", &mut args()), I32(a / b), "{a} / {b}");
        assert_eq!(call(&jit, "remsi", &mut args()), I32(a % b), "{a} % {b}");
        assert_eq!(
            call(&jit, "ceildivsi", &mut args()),
            I32(ceil_div(a, b)),
            "ceildivsi {a} {b}"
        );
        assert_eq!(
            call(&jit, "floordivsi", &mut args()),
            I32(a.div_euclid(b) - if b < 0 && a.rem_euclid(b) != 0 { 1 } else { 0 }),
            "floordivsi {a} {b}"
        );
        assert_eq!(
            call(&jit, "floordivsi", &mut args()),
            I32((a as f64 / b as f64).floor() as i32),
            "floordivsi {a} {b}"
        );
        let (ua, ub) = (a as u32, b as u32);
        assert_eq!(
            call(&jit, "ceildivui", &mut args()),
            I32(ua.div_ceil(ub) as i32),
            "ceildivui {ua} {ub}"
        );
        assert_eq!(call(&jit, "maxsi", &mut args()), I32(a.max(b)));
        assert_eq!(call(&jit, "minsi", &mut args()), I32(a.min(b)));
        assert_eq!(call(&jit, "maxui", &mut args()), I32(ua.max(ub) as i32));
        assert_eq!(call(&jit, "minui", &mut args()), I32(ua.min(ub) as i32));
        for s in [0, 1, 5, 31] {
            let sargs = || [codegen::Arg::from(a), codegen::Arg::from(s)];
            assert_eq!(call(&jit, "shli", &mut sargs()), I32(a << s));
            assert_eq!(call(&jit, "shrsi", &mut sargs()), I32(a >> s));
            assert_eq!(call(&jit, "shrui", &mut sargs()), I32((ua >> s) as i32));
        }
    }
    for (a, b) in [
        (-1i32, 1i32),
        (7, 9),
        (i32::MIN, -1),
        (-5, 3),
        (0x7fff_ffff, 0x7fff_ffff),
    ] {
        let (ua, ub) = (a as u32, b as u32);
        let (s, carry) = ua.overflowing_add(ub);
        let sp = a as i64 * b as i64;
        let up = ua as u64 * ub as u64;
        let want = vec![
            I32(s as i32),
            I1(carry),
            I32(sp as i32),
            I32((sp >> 32) as i32),
            I32(up as i32),
            I32((up >> 32) as i32),
        ];
        assert_eq!(
            jit.call("extended", &mut [a.into(), b.into()]).unwrap(),
            want,
            "{a} {b}"
        );
    }
    let (x, y) = (0x0f0f_1234_5678_9abci64, -0x00ff_00ff_00ff_00ffi64);
    assert_eq!(call(&jit, "andi", &mut [x.into(), y.into()]), I64(x & y));
    assert_eq!(call(&jit, "ori", &mut [x.into(), y.into()]), I64(x | y));
    assert_eq!(call(&jit, "xori", &mut [x.into(), y.into()]), I64(x ^ y));
    for a in [3i64, -3, 1 << 40, i64::MIN] {
        let s = (a as i128) & i128::MAX;
        assert_eq!(
            call(&jit, "wide", &mut [a.into()]),
            I64(s.wrapping_mul(s) as i64)
        );
    }
    assert_eq!(
        call(&jit, "select", &mut [true.into(), 1i32.into(), 2i32.into()]),
        I32(1)
    );
    assert_eq!(
        call(
            &jit,
            "select",
            &mut [false.into(), 1i32.into(), 2i32.into()]
        ),
        I32(2)
    );
    assert_eq!(
        jit.call("consts", &mut []).unwrap(),
        vec![
            I32(-5),
            I64(i64::MAX),
            F32(1.5),
            F64(-2.25e10),
            I1(true),
            I64(42)
        ]
    );
}

fn ceil_div(a: i32, b: i32) -> i32 {
    let q = a / b;
    if a % b != 0 && ((a < 0) == (b < 0)) {
        q + 1
    } else {
        q
    }
}

const CMPI: [&str; 10] = [
    "eq", "ne", "slt", "sle", "sgt", "sge", "ult", "ule", "ugt", "uge",
];
const CMPF: [&str; 16] = [
    "false", "oeq", "ogt", "oge", "olt", "ole", "one", "ord", "ueq", "ugt", "uge", "ult", "ule",
    "une", "uno", "true",
];

/// A function returning the predicates' results as bits of an i32.
fn predicate_mask(name: &str, op: &str, ty: &str, preds: &[&str]) -> String {
    let mut body = format!(
        "func.func @{name}(%a: {ty}, %b: {ty}) -> i32 {{\n  %acc0 = arith.constant 0 : i32\n"
    );
    for (i, p) in preds.iter().enumerate() {
        body += &format!(
            "  %c{i} = {op} {p}, %a, %b : {ty}\n  %e{i} = arith.extui %c{i} : i1 to i32\n  %k{i} = arith.constant {i} : i32\n  %s{i} = arith.shli %e{i}, %k{i} : i32\n  %acc{} = arith.ori %acc{i}, %s{i} : i32\n",
            i + 1
        );
    }
    body + &format!("  return %acc{} : i32\n}}\n", preds.len())
}

#[test]
fn comparisons() {
    let llvm = inkwell::context::Context::create();
    let src = predicate_mask("cmpi", "arith.cmpi", "i32", &CMPI)
        + &predicate_mask("cmpf", "arith.cmpf", "f64", &CMPF);
    let jit = common::jit(&llvm, &src);
    for (a, b) in [
        (1i32, 2i32),
        (2, 1),
        (-1, 1),
        (1, -1),
        (5, 5),
        (i32::MIN, i32::MAX),
    ] {
        let (ua, ub) = (a as u32, b as u32);
        let expect = [
            a == b,
            a != b,
            a < b,
            a <= b,
            a > b,
            a >= b,
            ua < ub,
            ua <= ub,
            ua > ub,
            ua >= ub,
        ];
        let mask = expect
            .iter()
            .enumerate()
            .fold(0, |m, (i, &e)| m | ((e as i32) << i));
        assert_eq!(
            call(&jit, "cmpi", &mut [a.into(), b.into()]),
            I32(mask),
            "{a} {b}"
        );
    }
    let nan = f64::NAN;
    for (a, b) in [
        (1.0, 2.0),
        (2.0, 1.0),
        (3.0, 3.0),
        (nan, 1.0),
        (1.0, nan),
        (nan, nan),
        (-0.0, 0.0),
        (f64::INFINITY, 1.0),
    ] {
        let uno = a.is_nan() || b.is_nan();
        let expect = [
            false,
            a == b,
            a > b,
            a >= b,
            a < b,
            a <= b,
            !uno && a != b,
            !uno,
            uno || a == b,
            uno || a > b,
            uno || a >= b,
            uno || a < b,
            uno || a <= b,
            a != b,
            uno,
            true,
        ];
        let mask = expect
            .iter()
            .enumerate()
            .fold(0, |m, (i, &e)| m | ((e as i32) << i));
        assert_eq!(
            call(&jit, "cmpf", &mut [a.into(), b.into()]),
            I32(mask),
            "{a} {b}"
        );
    }
}

const FLOAT_OPS: &str = r#"
func.func @addf(%a: f32, %b: f32) -> f32 { %r = arith.addf %a, %b : f32
  return %r : f32 }
func.func @subf(%a: f32, %b: f32) -> f32 { %r = arith.subf %a, %b : f32
  return %r : f32 }
func.func @mulf(%a: f64, %b: f64) -> f64 { %r = arith.mulf %a, %b : f64
  return %r : f64 }
func.func @divf(%a: f64, %b: f64) -> f64 { %r = arith.divf %a, %b : f64
  return %r : f64 }
func.func @remf(%a: f64, %b: f64) -> f64 { %r = arith.remf %a, %b : f64
  return %r : f64 }
func.func @negf(%a: f32) -> f32 { %r = arith.negf %a : f32
  return %r : f32 }
func.func @maximumf(%a: f32, %b: f32) -> f32 { %r = arith.maximumf %a, %b : f32
  return %r : f32 }
func.func @minimumf(%a: f32, %b: f32) -> f32 { %r = arith.minimumf %a, %b : f32
  return %r : f32 }
func.func @maxnumf(%a: f32, %b: f32) -> f32 { %r = arith.maxnumf %a, %b : f32
  return %r : f32 }
func.func @minnumf(%a: f32, %b: f32) -> f32 { %r = arith.minnumf %a, %b : f32
  return %r : f32 }
"#;

fn bits(s: Scalar) -> u64 {
    match s {
        F32(v) => v.to_bits() as u64,
        F64(v) => v.to_bits(),
        other => panic!("not a float: {other:?}"),
    }
}

/// Equal bits, or both NaN.
fn same(got: Scalar, want: f64) -> bool {
    matches!(got, F64(g) if g.to_bits() == want.to_bits() || (g.is_nan() && want.is_nan()))
}

#[test]
fn float_ops() {
    let llvm = inkwell::context::Context::create();
    let jit = common::jit(&llvm, FLOAT_OPS);
    let vals = [
        1.5f32,
        -2.25,
        0.0,
        -0.0,
        f32::INFINITY,
        f32::NAN,
        3.0e38,
        1.0e-40,
    ];
    for a in vals {
        for b in vals {
            let f = |name: &str| call(&jit, name, &mut [a.into(), b.into()]);
            assert_eq!(bits(f("addf")), bits(F32(a + b)));
            assert_eq!(bits(f("subf")), bits(F32(a - b)));
            // maximumf/minimumf: NaN wins, -0.0 < +0.0.
            let max = if a.is_nan() || b.is_nan() {
                f32::NAN
            } else if a == b {
                f32::from_bits(a.to_bits() & b.to_bits())
            } else {
                a.max(b)
            };
            let min = if a.is_nan() || b.is_nan() {
                f32::NAN
            } else if a == b {
                f32::from_bits(a.to_bits() | b.to_bits())
            } else {
                a.min(b)
            };
            let (rmax, rmin) = (f("maximumf"), f("minimumf"));
            assert!(
                matches!(rmax, F32(v) if v.is_nan() == max.is_nan() && (max.is_nan() || v.to_bits() == max.to_bits())),
                "maximumf {a} {b}: {rmax:?}"
            );
            assert!(
                matches!(rmin, F32(v) if v.is_nan() == min.is_nan() && (min.is_nan() || v.to_bits() == min.to_bits())),
                "minimumf {a} {b}: {rmin:?}"
            );
            // maxnumf/minnumf: the number wins over a NaN.
            let (nmax, nmin) = (f("maxnumf"), f("minnumf"));
            assert!(
                matches!(nmax, F32(v) if v.is_nan() == a.max(b).is_nan() && (v.is_nan() || v == a.max(b))),
                "maxnumf {a} {b}"
            );
            assert!(
                matches!(nmin, F32(v) if v.is_nan() == a.min(b).is_nan() && (v.is_nan() || v == a.min(b))),
                "minnumf {a} {b}"
            );
        }
        assert_eq!(bits(call(&jit, "negf", &mut [a.into()])), bits(F32(-a)));
    }
    for (a, b) in [
        (7.5f64, 2.0f64),
        (-7.5, 2.0),
        (7.5, -2.0),
        (1e300, 1e-300),
        (1.0, 0.0),
        (0.1, 0.3),
    ] {
        let f = |name: &str| call(&jit, name, &mut [a.into(), b.into()]);
        assert!(same(f("mulf"), a * b));
        assert!(same(f("divf"), a / b));
        assert!(same(f("remf"), a % b), "remf {a} {b}");
    }
}

const CASTS: &str = r#"
func.func @sitofp(%a: i32) -> f32 { %r = arith.sitofp %a : i32 to f32
  return %r : f32 }
func.func @uitofp(%a: i32) -> f64 { %r = arith.uitofp %a : i32 to f64
  return %r : f64 }
func.func @fptosi(%a: f64) -> i32 { %r = arith.fptosi %a : f64 to i32
  return %r : i32 }
func.func @fptoui(%a: f32) -> i8 { %r = arith.fptoui %a : f32 to i8
  return %r : i8 }
func.func @extf(%a: f32) -> f64 { %r = arith.extf %a : f32 to f64
  return %r : f64 }
func.func @truncf(%a: f64) -> f32 { %r = arith.truncf %a : f64 to f32
  return %r : f32 }
func.func @half(%a: f32) -> f32 {
  %h = arith.truncf %a : f32 to f16
  %r = arith.extf %h : f16 to f32
  return %r : f32 }
func.func @extsi(%a: i8) -> i32 { %r = arith.extsi %a : i8 to i32
  return %r : i32 }
func.func @extui(%a: i8) -> i32 { %r = arith.extui %a : i8 to i32
  return %r : i32 }
func.func @trunci(%a: i64) -> i16 { %r = arith.trunci %a : i64 to i16
  return %r : i16 }
func.func @index_cast(%a: i32) -> i64 {
  %i = arith.index_cast %a : i32 to index
  %r = arith.index_cast %i : index to i64
  return %r : i64 }
func.func @index_castui(%a: i32) -> index { %r = arith.index_castui %a : i32 to index
  return %r : index }
func.func @index_trunc(%a: index) -> i8 { %r = arith.index_cast %a : index to i8
  return %r : i8 }
func.func @bitcast(%a: f32) -> i32 { %r = arith.bitcast %a : f32 to i32
  return %r : i32 }
"#;

#[test]
fn casts() {
    let llvm = inkwell::context::Context::create();
    let jit = common::jit(&llvm, CASTS);
    let c = |name: &str, a: codegen::Arg| call(&jit, name, &mut [a]);
    for a in [0i32, 1, -1, 16_777_217, i32::MIN, i32::MAX] {
        assert_eq!(c("sitofp", a.into()), F32(a as f32));
        assert_eq!(c("uitofp", a.into()), F64(a as u32 as f64));
        assert_eq!(c("index_cast", a.into()), I64(a as i64));
        assert_eq!(c("index_castui", a.into()), I64(a as u32 as i64));
    }
    // fptosi/fptoui truncate toward zero; out-of-range inputs are poison in MLIR and LLVM
    // (no saturation), so only in-range values have a defined result.
    for a in [
        0.0f64,
        2.9,
        -2.9,
        -0.5,
        2147483647.0,
        -2147483648.0,
        1e9 + 0.75,
    ] {
        assert_eq!(c("fptosi", a.into()), I32(a as i32), "fptosi {a}");
    }
    for a in [0.0f32, 0.99, 200.5, 255.0] {
        assert_eq!(c("fptoui", a.into()), I8(a as u8 as i8), "fptoui {a}");
    }
    for a in [1.1f32, -3.75e-39, f32::MAX] {
        assert_eq!(c("extf", a.into()), F64(a as f64));
    }
    for a in [1.1f64, 1e300, -1e-50, 0.1] {
        assert_eq!(c("truncf", a.into()), F32(a as f32));
    }
    let (ulp, half_ulp) = (2f32.powi(-10), 2f32.powi(-11));
    assert_eq!(c("half", (1.0 + ulp).into()), F32(1.0 + ulp));
    assert_eq!(c("half", (1.0 + half_ulp).into()), F32(1.0), "ties to even");
    assert_eq!(c("half", 70000.0f32.into()), F32(f32::INFINITY));
    for a in [0i8, 5, -1, i8::MIN] {
        assert_eq!(c("extsi", a.into()), I32(a as i32));
        assert_eq!(c("extui", a.into()), I32(a as u8 as i32));
    }
    assert_eq!(
        c("trunci", 0x1234_5678_9abc_def0i64.into()),
        I16(0xdef0u16 as i16)
    );
    assert_eq!(c("index_trunc", 0x1ffi64.into()), I8(-1));
    assert_eq!(c("bitcast", 1.0f32.into()), I32(0x3f80_0000));
}

const MATH: &str = r#"
func.func @unary(%x: f64) -> (f64, f64, f64, f64, f64, f64, f64, f64, f64) {
  %0 = math.exp %x : f64
  %1 = math.log %x : f64
  %2 = math.tanh %x : f64
  %3 = math.sqrt %x : f64
  %4 = math.rsqrt %x : f64
  %5 = math.absf %x : f64
  %6 = math.erf %x : f64
  %7 = math.floor %x : f64
  %8 = math.log1p %x : f64
  return %0, %1, %2, %3, %4, %5, %6, %7, %8 : f64, f64, f64, f64, f64, f64, f64, f64, f64
}
func.func @unary32(%x: f32) -> (f32, f32, f32, f32) {
  %0 = math.exp %x : f32
  %1 = math.tanh %x : f32
  %2 = math.erf %x : f32
  %3 = math.sqrt %x : f32
  return %0, %1, %2, %3 : f32, f32, f32, f32
}
func.func @powf(%x: f64, %y: f64) -> f64 { %r = math.powf %x, %y : f64
  return %r : f64 }
func.func @fma(%a: f32, %b: f32, %c: f32) -> f32 { %r = math.fma %a, %b, %c : f32
  return %r : f32 }
func.func @vtanh(%x: vector<4xf32>) -> vector<4xf32> { %r = math.tanh %x : vector<4xf32>
  return %r : vector<4xf32> }
"#;

extern "C" {
    fn erf(x: f64) -> f64;
    fn erff(x: f32) -> f32;
}

fn close(a: f64, b: f64, tol: f64) -> bool {
    (a.is_nan() && b.is_nan()) || (a - b).abs() <= tol * b.abs().max(1.0)
}

#[test]
fn math_ops() {
    let llvm = inkwell::context::Context::create();
    let jit = common::jit(&llvm, MATH);
    for x in [0.5f64, 1.0, 2.75, 10.0] {
        let r = jit.call("unary", &mut [x.into()]).unwrap();
        // SAFETY: libm's erf.
        let e = unsafe { erf(x) };
        let expect = [
            x.exp(),
            x.ln(),
            x.tanh(),
            x.sqrt(),
            1.0 / x.sqrt(),
            x.abs(),
            e,
            x.floor(),
            x.ln_1p(),
        ];
        for (i, (got, want)) in r.iter().zip(expect).enumerate() {
            assert!(
                matches!(got, F64(g) if close(*g, want, 1e-15)),
                "#{i} of {x}: {got:?} vs {want}"
            );
        }
        let x32 = x as f32;
        let r = jit.call("unary32", &mut [x32.into()]).unwrap();
        // SAFETY: libm's erff.
        let e32 = unsafe { erff(x32) };
        let expect = [x32.exp(), x32.tanh(), e32, x32.sqrt()];
        for (got, want) in r.iter().zip(expect) {
            assert!(
                matches!(got, F32(g) if close(*g as f64, want as f64, 1e-6)),
                "{got:?} vs {want}"
            );
        }
    }
    assert_eq!(
        call(&jit, "powf", &mut [2.0f64.into(), 10.0f64.into()]),
        F64(1024.0)
    );
    let (a, b, c) = (1.0f32 + f32::EPSILON, 1.0f32 - f32::EPSILON, -1.0f32);
    assert_eq!(
        call(&jit, "fma", &mut [a.into(), b.into(), c.into()]),
        F32(a.mul_add(b, c))
    );
}
