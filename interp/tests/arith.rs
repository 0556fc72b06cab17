//! arith and math semantics against values computed in Rust.

mod common;

use common::{err, ok, run};
use interp::{ErrorKind, InterpError, Value};

/// Runs `%r = <op> %a, %b : <ty>` (cmp ops give i1).
fn binop(op: &str, ty: &str, a: Value, b: Value) -> Result<Value, InterpError> {
    let res = if op.starts_with("arith.cmp") {
        "i1"
    } else {
        ty
    };
    let src = format!(
        "func.func @f(%a: {ty}, %b: {ty}) -> {res} {{\n  %r = {op} %a, %b : {ty}\n  return %r : {res}\n}}"
    );
    run(&src, "f", vec![a, b]).map(|mut v| v.remove(0))
}

fn cmp(kind: &str, pred: &str, ty: &str, a: Value, b: Value) -> bool {
    let op = format!("arith.{kind} {pred},");
    binop(&op, ty, a, b).unwrap().as_u64() == Some(1)
}

const I8S: [i8; 9] = [0, 1, -1, 2, -2, 7, 127, -128, -127];

#[test]
fn i8_wrapping_and_division() {
    for &a in &I8S {
        for &b in &I8S {
            let (va, vb) = (Value::int(a as i64, 8), Value::int(b as i64, 8));
            let run = |op: &str| binop(op, "i8", va.clone(), vb.clone());
            let get = |op: &str| run(op).unwrap().as_i64().unwrap() as i8;
            assert_eq!(get("arith.addi"), a.wrapping_add(b));
            assert_eq!(get("arith.subi"), a.wrapping_sub(b));
            assert_eq!(get("arith.muli"), a.wrapping_mul(b));
            assert_eq!(get("arith.andi"), a & b);
            assert_eq!(get("arith.ori"), a | b);
            assert_eq!(get("arith.xori"), a ^ b);
            assert_eq!(get("arith.maxsi"), a.max(b));
            assert_eq!(get("arith.minsi"), a.min(b));
            assert_eq!(get("arith.maxui") as u8, (a as u8).max(b as u8));
            assert_eq!(get("arith.minui") as u8, (a as u8).min(b as u8));
            let (ua, ub) = (a as u8, b as u8);
            if b == 0 {
                for op in [
                    "arith.divsi",
                    "arith.divui",
                    "arith.remsi",
                    "arith.remui",
                    "arith.ceildivsi",
                    "arith.ceildivui",
                    "arith.floordivsi",
                ] {
                    assert_eq!(run(op).unwrap_err().kind, ErrorKind::DivisionByZero, "{op}");
                }
                continue;
            }
            assert_eq!(get("arith.divui") as u8, ua / ub);
            assert_eq!(get("arith.remui") as u8, ua % ub);
            assert_eq!(get("arith.ceildivui") as u8, ua.div_ceil(ub));
            if a == i8::MIN && b == -1 {
                for op in [
                    "arith.divsi",
                    "arith.ceildivsi",
                    "arith.floordivsi",
                    "arith.remsi",
                ] {
                    assert_eq!(run(op).unwrap_err().kind, ErrorKind::DivisionByZero, "{op}");
                }
                continue;
            }
            assert_eq!(get("arith.divsi"), a / b);
            assert_eq!(get("arith.remsi"), a % b);
            let exact = a as f64 / b as f64;
            assert_eq!(
                get("arith.ceildivsi"),
                exact.ceil() as i8,
                "ceildiv {a} {b}"
            );
            assert_eq!(
                get("arith.floordivsi"),
                exact.floor() as i8,
                "floordiv {a} {b}"
            );
            let preds = [
                ("eq", a == b),
                ("ne", a != b),
                ("slt", a < b),
                ("sle", a <= b),
                ("sgt", a > b),
                ("sge", a >= b),
                ("ult", ua < ub),
                ("ule", ua <= ub),
                ("ugt", ua > ub),
                ("uge", ua >= ub),
            ];
            for (p, expected) in preds {
                assert_eq!(
                    cmp("cmpi", p, "i8", va.clone(), vb.clone()),
                    expected,
                    "{a} {p} {b}"
                );
            }
        }
    }
}

#[test]
fn shifts_and_poison() {
    for &a in &I8S {
        for b in 0..8u32 {
            let (va, vb) = (Value::int(a as i64, 8), Value::int(b as i64, 8));
            let get = |op: &str| {
                binop(op, "i8", va.clone(), vb.clone())
                    .unwrap()
                    .as_i64()
                    .unwrap() as i8
            };
            assert_eq!(get("arith.shli"), ((a as u8) << b) as i8);
            assert_eq!(get("arith.shrui"), ((a as u8) >> b) as i8);
            assert_eq!(get("arith.shrsi"), a >> b);
        }
    }
    for op in ["arith.shli", "arith.shrui", "arith.shrsi"] {
        let e = binop(op, "i8", Value::int(1, 8), Value::int(8, 8)).unwrap_err();
        assert_eq!(e.kind, ErrorKind::Poison);
        assert!(e.message.contains("poison value"), "{e}");
        assert_eq!(e.loc.as_deref(), Some("test.mlir:2:8"));
        // A negative amount is a huge unsigned one.
        assert!(binop(op, "i32", Value::i32(1), Value::i32(-1)).is_err());
    }
}

#[test]
fn i64_and_index_edges() {
    let min = Value::i64(i64::MIN);
    let r = binop("arith.subi", "i64", min.clone(), Value::i64(1)).unwrap();
    assert_eq!(r.as_i64(), Some(i64::MAX));
    let e = binop(
        "arith.divsi",
        "index",
        Value::index(i64::MIN),
        Value::index(-1),
    )
    .unwrap_err();
    assert_eq!(e.kind, ErrorKind::DivisionByZero);
    let r = binop("arith.divui", "i64", Value::i64(-1), Value::i64(2)).unwrap();
    assert_eq!(r.as_u64(), Some(u64::MAX / 2));
    let r = binop("arith.floordivsi", "i64", Value::i64(-7), Value::i64(2)).unwrap();
    assert_eq!(r.as_i64(), Some(-4));
    let r = binop("arith.ceildivsi", "i64", Value::i64(-7), Value::i64(-2)).unwrap();
    assert_eq!(r.as_i64(), Some(4));
    let r = binop("arith.ceildivui", "i64", Value::i64(-1), Value::i64(2)).unwrap();
    assert_eq!(r.as_u64(), Some(1u64 << 63));
    // i1 arithmetic wraps too: true + true = false.
    let r = binop("arith.addi", "i1", Value::bool(true), Value::bool(true)).unwrap();
    assert_eq!(r, Value::bool(false));
    // Odd widths.
    let r = binop("arith.muli", "i3", Value::int(3, 3), Value::int(3, 3)).unwrap();
    assert_eq!(r.as_i64(), Some(1));
}

#[test]
fn overflow_flags_make_poison() {
    let src = "func.func @f(%a: i8, %b: i8) -> i8 {\n  %r = arith.addi %a, %b overflow<nsw> : i8\n  return %r : i8\n}";
    assert_eq!(
        ok(src, "f", vec![Value::int(100, 8), Value::int(27, 8)])[0].as_i64(),
        Some(127)
    );
    assert_eq!(
        err(src, "f", vec![Value::int(100, 8), Value::int(28, 8)]).kind,
        ErrorKind::Poison
    );
    let src = "func.func @f(%a: i8, %b: i8) -> i8 {\n  %r = arith.muli %a, %b overflow<nuw> : i8\n  return %r : i8\n}";
    assert_eq!(
        ok(src, "f", vec![Value::int(127, 8), Value::int(2, 8)])[0].as_u64(),
        Some(254)
    );
    assert_eq!(
        err(src, "f", vec![Value::int(16, 8), Value::int(16, 8)]).kind,
        ErrorKind::Poison
    );
}

const SPECIAL: [f32; 9] = [
    0.0,
    -0.0,
    1.5,
    -2.0,
    f32::INFINITY,
    f32::NEG_INFINITY,
    f32::NAN,
    3.0e38,
    1.0e-45,
];

fn same(a: f32, b: f32) -> bool {
    (a.is_nan() && b.is_nan()) || (a.to_bits() == b.to_bits())
}

#[test]
fn float_min_max_and_arithmetic() {
    for &a in &SPECIAL {
        for &b in &SPECIAL {
            let get = |op: &str| {
                binop(op, "f32", Value::f32(a), Value::f32(b))
                    .unwrap()
                    .as_f32()
                    .unwrap()
            };
            let nan = a.is_nan() || b.is_nan();
            let zeros_max = |x: f32, y: f32| {
                if x == y {
                    if x.is_sign_positive() {
                        x
                    } else {
                        y
                    }
                } else {
                    x.max(y)
                }
            };
            let zeros_min = |x: f32, y: f32| {
                if x == y {
                    if x.is_sign_negative() {
                        x
                    } else {
                        y
                    }
                } else {
                    x.min(y)
                }
            };
            assert!(
                same(
                    get("arith.maximumf"),
                    if nan { f32::NAN } else { zeros_max(a, b) }
                ),
                "maximumf {a} {b}"
            );
            assert!(
                same(
                    get("arith.minimumf"),
                    if nan { f32::NAN } else { zeros_min(a, b) }
                ),
                "minimumf {a} {b}"
            );
            let num = |f: &dyn Fn(f32, f32) -> f32| {
                if a.is_nan() {
                    b
                } else if b.is_nan() {
                    a
                } else {
                    f(a, b)
                }
            };
            assert!(
                same(get("arith.maxnumf"), num(&zeros_max)),
                "maxnumf {a} {b}"
            );
            assert!(
                same(get("arith.minnumf"), num(&zeros_min)),
                "minnumf {a} {b}"
            );
            assert!(same(get("arith.addf"), a + b));
            assert!(same(get("arith.subf"), a - b));
            assert!(same(get("arith.mulf"), a * b));
            assert!(same(get("arith.divf"), a / b));
            assert!(same(get("arith.remf"), a % b), "remf {a} {b}");
            let preds: [(&str, bool); 16] = [
                ("false", false),
                ("oeq", !nan && a == b),
                ("ogt", !nan && a > b),
                ("oge", !nan && a >= b),
                ("olt", !nan && a < b),
                ("ole", !nan && a <= b),
                ("one", !nan && a != b),
                ("ord", !nan),
                ("ueq", nan || a == b),
                ("ugt", nan || a > b),
                ("uge", nan || a >= b),
                ("ult", nan || a < b),
                ("ule", nan || a <= b),
                ("une", nan || a != b),
                ("uno", nan),
                ("true", true),
            ];
            for (p, expected) in preds {
                assert_eq!(
                    cmp("cmpf", p, "f32", Value::f32(a), Value::f32(b)),
                    expected,
                    "{a} {p} {b}"
                );
            }
        }
    }
}

#[test]
fn f16_and_bf16_round_correctly() {
    let half = |x: f64| Value::float(x, ir::types::FloatKind::F16);
    // 2049 is not representable in f16: 2048 + 1 rounds to even (2048).
    let r = binop("arith.addf", "f16", half(2048.0), half(1.0)).unwrap();
    assert_eq!(r.as_f64(), Some(2048.0));
    let r = binop("arith.addf", "f16", half(2048.0), half(3.0)).unwrap();
    assert_eq!(r.as_f64(), Some(2052.0));
    let r = binop("arith.mulf", "f16", half(300.0), half(300.0)).unwrap();
    assert_eq!(r.as_f64(), Some(f64::INFINITY));
    let bf = |x: f64| Value::float(x, ir::types::FloatKind::BF16);
    let r = binop("arith.addf", "bf16", bf(256.0), bf(1.0)).unwrap();
    assert_eq!(r.as_f64(), Some(256.0));
    let r = binop("arith.divf", "bf16", bf(1.0), bf(3.0)).unwrap();
    assert_eq!(r.as_f64(), Some(f32::from_bits(0x3eab0000) as f64));
}

/// Runs `%r = <op> %a : <from> to <to>`.
fn cast(op: &str, from: &str, to: &str, a: Value) -> Result<Value, InterpError> {
    let src = format!("func.func @f(%a: {from}) -> {to} {{\n  %r = {op} %a : {from} to {to}\n  return %r : {to}\n}}");
    run(&src, "f", vec![a]).map(|mut v| v.remove(0))
}

#[test]
fn every_cast() {
    let c = |op: &str, from: &str, to: &str, a: Value| cast(op, from, to, a).unwrap();
    assert_eq!(
        c("arith.extsi", "i8", "i32", Value::int(-3, 8)),
        Value::i32(-3)
    );
    assert_eq!(
        c("arith.extui", "i8", "i32", Value::int(-3, 8)),
        Value::i32(253)
    );
    assert_eq!(
        c("arith.extsi", "i1", "i8", Value::bool(true)),
        Value::int(-1, 8)
    );
    assert_eq!(
        c("arith.extui", "i1", "i8", Value::bool(true)),
        Value::int(1, 8)
    );
    assert_eq!(
        c("arith.trunci", "i32", "i8", Value::i32(0x1ff)),
        Value::int(-1, 8)
    );
    assert_eq!(
        c("arith.index_cast", "i32", "index", Value::i32(-5)),
        Value::index(-5)
    );
    assert_eq!(
        c("arith.index_castui", "i32", "index", Value::i32(-5)),
        Value::index(0xffff_fffb)
    );
    assert_eq!(
        c("arith.index_cast", "index", "i8", Value::index(300)),
        Value::int(44, 8)
    );
    assert_eq!(
        c("arith.sitofp", "i32", "f32", Value::i32(-7)),
        Value::f32(-7.0)
    );
    assert_eq!(
        c("arith.uitofp", "i32", "f32", Value::i32(-1)),
        Value::f32(4294967295.0)
    );
    assert_eq!(
        c("arith.sitofp", "i64", "f32", Value::i64(16777217)),
        Value::f32(16777216.0)
    );
    assert_eq!(
        c("arith.sitofp", "i32", "f16", Value::i32(65535)),
        Value::float(f64::INFINITY, ir::types::FloatKind::F16)
    );
    assert_eq!(
        c("arith.fptosi", "f32", "i8", Value::f32(-128.9)),
        Value::int(-128, 8)
    );
    assert_eq!(
        c("arith.fptosi", "f32", "i32", Value::f32(2.99)),
        Value::i32(2)
    );
    assert_eq!(
        c("arith.fptoui", "f32", "i8", Value::f32(255.5)),
        Value::int(255, 8)
    );
    for (op, x) in [
        ("arith.fptosi", 128.0),
        ("arith.fptosi", -129.0),
        ("arith.fptoui", -1.0),
        ("arith.fptoui", 256.0),
        ("arith.fptosi", f32::NAN),
        ("arith.fptosi", f32::INFINITY),
    ] {
        let e = cast(op, "f32", "i8", Value::f32(x)).unwrap_err();
        assert_eq!(e.kind, ErrorKind::Poison, "{op} {x}");
        assert!(e.message.contains("poison value"));
    }
    // fptoui of -0.5 truncates to 0, which fits.
    assert_eq!(
        c("arith.fptoui", "f32", "i8", Value::f32(-0.5)),
        Value::int(0, 8)
    );
    assert_eq!(
        c("arith.extf", "f32", "f64", Value::f32(0.1)),
        Value::f64(0.1f32 as f64)
    );
    assert_eq!(
        c("arith.truncf", "f64", "f32", Value::f64(0.1)),
        Value::f32(0.1)
    );
    assert_eq!(
        c("arith.truncf", "f64", "f16", Value::f64(1.0 / 3.0)).as_f64(),
        Some(0.333251953125)
    );
    assert_eq!(
        c(
            "arith.extf",
            "f16",
            "f32",
            Value::float(0.5, ir::types::FloatKind::F16)
        ),
        Value::f32(0.5)
    );
    assert_eq!(
        c("arith.truncf", "f32", "bf16", Value::f32(1.0 + 1.0 / 256.0)).as_f64(),
        Some(1.0)
    );
    assert_eq!(
        c("arith.bitcast", "f32", "i32", Value::f32(1.0)),
        Value::i32(0x3f800000)
    );
    assert_eq!(
        c("arith.bitcast", "i32", "f32", Value::i32(0x40490fdb)),
        Value::f32(std::f32::consts::PI)
    );
    assert_eq!(
        c(
            "arith.bitcast",
            "f16",
            "i16",
            Value::float(-2.0, ir::types::FloatKind::F16)
        ),
        Value::int(0xc000, 16)
    );
    assert_eq!(
        c("arith.bitcast", "i16", "bf16", Value::int(0x3f80, 16)).as_f64(),
        Some(1.0)
    );
    assert_eq!(
        c("arith.bitcast", "f64", "i64", Value::f64(-0.0)),
        Value::i64(i64::MIN)
    );
}

#[test]
fn constants_select_negf_and_vectors() {
    let src = r#"
func.func @f(%c: i1) -> (i32, f32, index, vector<3xi32>, vector<2xf32>) {
  %a = arith.constant -5 : i32
  %b = arith.constant 7 : i32
  %s = arith.select %c, %a, %b : i32
  %f = arith.constant 2.5 : f32
  %n = arith.negf %f : f32
  %i = arith.constant 9 : index
  %v = arith.constant dense<[1, -2, 3]> : vector<3xi32>
  %w = arith.constant dense<[4, 5, 6]> : vector<3xi32>
  %sum = arith.addi %v, %w : vector<3xi32>
  %m = arith.constant dense<[true, false, true]> : vector<3xi1>
  %sel = arith.select %m, %sum, %v : vector<3xi1>, vector<3xi32>
  %splat = arith.constant dense<1.5> : vector<2xf32>
  %sq = arith.mulf %splat, %splat : vector<2xf32>
  return %s, %n, %i, %sel, %sq : i32, f32, index, vector<3xi32>, vector<2xf32>
}"#;
    let r = ok(src, "f", vec![Value::bool(true)]);
    assert_eq!(r[0], Value::i32(-5));
    assert_eq!(r[1], Value::f32(-2.5));
    assert_eq!(r[2], Value::index(9));
    assert_eq!(
        r[3],
        Value::vector(&[3], vec![Value::i32(5), Value::i32(-2), Value::i32(9)])
    );
    assert_eq!(
        r[4],
        Value::vector(&[2], vec![Value::f32(2.25), Value::f32(2.25)])
    );
    assert_eq!(ok(src, "f", vec![Value::bool(false)])[0], Value::i32(7));
}

#[test]
fn math_functions() {
    let un = |op: &str, x: f32| -> f32 {
        let src =
            format!("func.func @f(%a: f32) -> f32 {{\n  %r = {op} %a : f32\n  return %r : f32\n}}");
        ok(&src, "f", vec![Value::f32(x)])[0].as_f32().unwrap()
    };
    for x in [0.5f32, 2.0, -1.25, 0.0] {
        assert!(same(un("math.exp", x), x.exp()));
        assert!(same(un("math.exp2", x), x.exp2()));
        assert!(same(un("math.log", x), x.ln()));
        assert!(same(un("math.log2", x), x.log2()));
        assert!(same(un("math.log1p", x), x.ln_1p()));
        assert!(same(un("math.tanh", x), x.tanh()));
        assert!(same(un("math.sqrt", x), x.sqrt()));
        assert!(same(un("math.rsqrt", x), 1.0 / x.sqrt()));
        assert!(same(un("math.sin", x), x.sin()));
        assert!(same(un("math.cos", x), x.cos()));
        assert!(same(un("math.absf", x), x.abs()));
        assert!(same(un("math.floor", x), x.floor()));
        assert!(same(un("math.ceil", x), x.ceil()));
    }
    assert!((un("math.erf", 0.5) - 0.520_499_9).abs() < 1e-6);
    assert_eq!(un("math.erf", 0.0), 0.0);
    let src = "func.func @f(%a: f32, %b: f32, %c: f32) -> (f32, f32) {\n  %p = math.powf %a, %b : f32\n  %r = math.fma %a, %b, %c : f32\n  return %p, %r : f32, f32\n}";
    let r = ok(
        src,
        "f",
        vec![Value::f32(1.5), Value::f32(3.0), Value::f32(0.25)],
    );
    assert_eq!(r[0], Value::f32(3.375));
    assert_eq!(r[1], Value::f32(4.75));
    let src = "func.func @f(%a: i8) -> i8 {\n  %r = math.absi %a : i8\n  return %r : i8\n}";
    assert_eq!(ok(src, "f", vec![Value::int(-5, 8)])[0], Value::int(5, 8));
    assert_eq!(
        ok(src, "f", vec![Value::int(-128, 8)])[0],
        Value::int(-128, 8)
    );
}

#[test]
fn wide_integers_are_unsupported() {
    let src = "func.func @f(%a: i64) -> i128 {\n  %r = arith.extsi %a : i64 to i128\n  return %r : i128\n}";
    assert_eq!(
        err(src, "f", vec![Value::i64(1)]).kind,
        ErrorKind::Unsupported
    );
    let src = "func.func @f() -> i128 {\n  %r = arith.constant 1 : i128\n  return %r : i128\n}";
    assert_eq!(err(src, "f", vec![]).kind, ErrorKind::Unsupported);
}

#[test]
fn math_on_vectors_and_other_widths() {
    let src = r#"
func.func @f(%v: vector<2xf64>, %h: f16, %i: vector<2xi16>) -> (vector<2xf64>, f16, vector<2xi16>, f16) {
  %s = math.sqrt %v : vector<2xf64>
  %e = math.exp %h : f16
  %a = math.absi %i : vector<2xi16>
  %p = math.powf %h, %h : f16
  return %s, %e, %a, %p : vector<2xf64>, f16, vector<2xi16>, f16
}"#;
    let half = |x: f64| Value::float(x, ir::types::FloatKind::F16);
    let r = ok(
        src,
        "f",
        vec![
            Value::vector(&[2], vec![Value::f64(2.0), Value::f64(9.0)]),
            half(1.5),
            Value::vector(&[2], vec![Value::int(-300, 16), Value::int(7, 16)]),
        ],
    );
    assert_eq!(
        r[0],
        Value::vector(&[2], vec![Value::f64(2f64.sqrt()), Value::f64(3.0)])
    );
    // exp(1.5) = 4.4817; the nearest f16 is 4.48046875.
    assert_eq!(r[1], half(4.48046875));
    assert_eq!(
        r[2],
        Value::vector(&[2], vec![Value::int(300, 16), Value::int(7, 16)])
    );
    assert_eq!(r[3], half(1.5f64.powf(1.5)));
}
