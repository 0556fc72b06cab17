//! The interpreter as the oracle for a transformation: the canonicalizer (every registered
//! fold and pattern) must not change what a function computes, on random inputs.

mod common;

use common::Rng;
use interp::{InterpError, Interpreter, Value};
use ir::rewrite::{apply_patterns_greedily, GreedyConfig, RewritePattern};
use ir::{Context, Ir, OpId};

fn canonicalize(ctx: &Context, ir: &mut Ir, module: OpId) {
    let mut patterns: Vec<Box<dyn RewritePattern>> = Vec::new();
    for def in ctx.registry().ops() {
        if let Some(add) = def.canonicalize {
            add(&mut patterns);
        }
    }
    apply_patterns_greedily(ctx, ir, module, &patterns, GreedyConfig::default())
        .expect("converges");
    ir::verify::verify(ctx, ir, module).expect("canonicalized IR verifies");
}

/// Results, with errors compared by kind only (the location may move).
fn outcome(r: Result<Vec<Value>, InterpError>) -> Result<Vec<Value>, interp::ErrorKind> {
    r.map_err(|e| e.kind)
}

/// `@f` before and after canonicalization agrees on `inputs`, where the original does not
/// fail (undefined behaviour may be optimized into anything).
fn check(src: &str, inputs: &[Vec<Value>]) {
    let (skipped, shrank) = compare(src, inputs);
    assert!(shrank, "the canonicalizer changed nothing");
    assert!(
        skipped * 2 < inputs.len(),
        "most inputs hit undefined behaviour"
    );
}

/// Compares `@f` before and after canonicalization; returns how many inputs were skipped
/// because the original fails on them, and whether the canonicalizer removed ops.
fn compare(src: &str, inputs: &[Vec<Value>]) -> (usize, bool) {
    let ctx = dialects::context();
    let mut before = Ir::new();
    let m0 = common::parse(&ctx, &mut before, src, "oracle.mlir", false, true);
    let mut after = Ir::new();
    let m1 = common::parse(&ctx, &mut after, src, "oracle.mlir", false, true);
    canonicalize(&ctx, &mut after, m1);
    let shrank = after.num_ops() < before.num_ops();
    let mut i0 = Interpreter::new(&ctx, &before, m0);
    let mut i1 = Interpreter::new(&ctx, &after, m1);
    let mut skipped = 0;
    for args in inputs {
        let expected = outcome(i0.call("f", args.clone()));
        if expected.is_err() {
            skipped += 1;
            continue;
        }
        let got = outcome(i1.call("f", args.clone()));
        assert_eq!(got, expected, "inputs {args:?} of\n{src}");
    }
    (skipped, shrank)
}

fn i32_inputs(n: usize, arity: usize) -> Vec<Vec<Value>> {
    let mut rng = Rng(0x2545f4914f6cdd1d);
    let special = [0, 1, -1, 2, i32::MIN, i32::MAX, 31, 32];
    (0..n)
        .map(|k| {
            (0..arity)
                .map(|j| {
                    let r = rng.next_u64();
                    let x = if r.is_multiple_of(3) {
                        special[(k + j) % special.len()]
                    } else {
                        (r >> 20) as i32 >> (r % 24)
                    };
                    Value::i32(x)
                })
                .collect()
        })
        .collect()
}

#[test]
fn integer_folds_preserve_semantics() {
    let src = r#"
func.func @f(%x: i32, %y: i32) -> (i32, i32, i32, i32, i32, i32, i1, i32, i32, i64, i32, i32) {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %c3 = arith.constant 3 : i32
  %c7 = arith.constant 7 : i32
  %cm1 = arith.constant -1 : i32
  %a0 = arith.addi %x, %c3 : i32
  %a1 = arith.addi %a0, %c7 : i32
  %s0 = arith.subi %a1, %x : i32
  %m0 = arith.muli %y, %c1 : i32
  %m1 = arith.muli %m0, %cm1 : i32
  %d0 = arith.divsi %m1, %c7 : i32
  %d1 = arith.divui %x, %c1 : i32
  %r0 = arith.remsi %y, %c3 : i32
  %f0 = arith.floordivsi %x, %c7 : i32
  %cd = arith.ceildivsi %y, %c3 : i32
  %x0 = arith.xori %x, %x : i32
  %o0 = arith.ori %x0, %y : i32
  %an = arith.andi %o0, %cm1 : i32
  %cmp = arith.cmpi slt, %a0, %a1 : i32
  %sel = arith.select %cmp, %x, %x : i32
  %sh = arith.shli %an, %c3 : i32
  %shr = arith.shrsi %sh, %c3 : i32
  %ext = arith.extsi %shr : i32 to i64
  %tr = arith.trunci %ext : i64 to i32
  %mx = arith.maxsi %tr, %x : i32
  %mn = arith.minui %mx, %c7 : i32
  %sub = arith.subi %c0, %mn : i32
  %neg = arith.addi %sub, %mn : i32
  return %s0, %d0, %d1, %r0, %f0, %cd, %cmp, %sel, %shr, %ext, %mn, %neg : i32, i32, i32, i32, i32, i32, i1, i32, i32, i64, i32, i32
}"#;
    check(src, &i32_inputs(200, 2));
}

#[test]
fn float_and_control_folds_preserve_semantics() {
    let src = r#"
func.func @f(%x: f32, %n: index) -> (f32, f32, f32, i1, f32, f64) {
  %z = arith.constant 0.0 : f32
  %nz = arith.constant -0.0 : f32
  %one = arith.constant 1.0 : f32
  %a = arith.addf %x, %nz : f32
  %b = arith.mulf %a, %one : f32
  %c = arith.subf %b, %z : f32
  %d = arith.divf %c, %one : f32
  %e = arith.maximumf %d, %d : f32
  %cmp = arith.cmpf ord, %e, %e : f32
  %neg = arith.negf %e : f32
  %nn = arith.negf %neg : f32
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %sum = scf.for %i = %c0 to %n step %c1 iter_args(%acc = %z) -> (f32) {
    %t = arith.addf %acc, %nn : f32
    scf.yield %t : f32
  }
  %true = arith.constant true
  %pick = scf.if %true -> (f32) {
    scf.yield %sum : f32
  } else {
    scf.yield %z : f32
  }
  %big = arith.constant 1.0e+10 : f32
  %clamped = arith.minnumf %pick, %big : f32
  %w = arith.extf %nn : f32 to f64
  return %e, %nn, %pick, %cmp, %clamped, %w : f32, f32, f32, i1, f32, f64
}"#;
    let mut rng = Rng(77);
    let specials = [0.0, -0.0, f32::NAN, f32::INFINITY, -1.5, 1.0e30];
    let inputs: Vec<Vec<Value>> = (0..60)
        .map(|k| {
            let x = if k % 4 == 0 {
                specials[(k / 4) % specials.len()]
            } else {
                rng.f32() * 1000.0
            };
            vec![Value::f32(x), Value::index((k % 5) as i64)]
        })
        .collect();
    check(src, &inputs);
}

/// Canonicalizes random integer programs and compares, collecting every failure.
fn fuzz(seed: u64, casts: bool) {
    let mut rng = Rng(seed);
    let inputs: Vec<Vec<Value>> = (0..64)
        .map(|_| {
            (0..3)
                .map(|_| Value::int(rng.next_u64() as i8 as i64, 8))
                .collect()
        })
        .collect();
    let mut failures = Vec::new();
    let count = program_count();
    for _ in 0..count {
        let src = common::random_int_program(&mut rng, 12, casts);
        let run = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            compare(&src, &inputs);
        }));
        if let Err(e) = run {
            let msg = e
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default();
            failures.push(format!("{msg}\n{src}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {count} programs failed:\n{}",
        failures.len(),
        failures.join("\n----\n")
    );
}

/// How many random programs a fuzz test tries (`FUZZ_PROGRAMS`, default 60).
fn program_count() -> usize {
    std::env::var("FUZZ_PROGRAMS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(60)
}

/// A random straight-line `f32` program over arguments and special constants.
fn random_float_program(rng: &mut Rng, len: usize) -> String {
    const BINARY: [&str; 9] = [
        "addf", "subf", "mulf", "divf", "remf", "maximumf", "minimumf", "maxnumf", "minnumf",
    ];
    const PREDS: [&str; 8] = ["oeq", "one", "olt", "uge", "ord", "uno", "ueq", "ole"];
    let consts = [
        "0.0",
        "-0.0",
        "1.0",
        "-1.0",
        "2.0",
        "0x7F800000",
        "0xFF800000",
        "0x7FC00000",
    ];
    let mut body = String::new();
    let mut vals: Vec<String> = vec!["%a".into(), "%b".into()];
    for (k, c) in consts.iter().enumerate() {
        body += &format!("  %k{k} = arith.constant {c} : f32\n");
        vals.push(format!("%k{k}"));
    }
    let pick = |rng: &mut Rng, vals: &[String]| {
        vals[(rng.next_u64() % vals.len() as u64) as usize].clone()
    };
    for n in 0..len {
        let (x, y) = (pick(rng, &vals), pick(rng, &vals));
        body += &match rng.next_u64() % 8 {
            0 => {
                let p = PREDS[(rng.next_u64() % PREDS.len() as u64) as usize];
                let z = pick(rng, &vals);
                format!("  %t{n} = arith.cmpf {p}, {x}, {y} : f32\n  %v{n} = arith.select %t{n}, {x}, {z} : f32\n")
            }
            1 => format!("  %v{n} = arith.negf {x} : f32\n"),
            _ => {
                let op = BINARY[(rng.next_u64() % BINARY.len() as u64) as usize];
                format!("  %v{n} = arith.{op} {x}, {y} : f32\n")
            }
        };
        vals.push(format!("%v{n}"));
    }
    let outs = vals[vals.len() - 4..].join(", ");
    format!("func.func @f(%a: f32, %b: f32, %c: f32) -> (f32, f32, f32, f32) {{\n{body}  return {outs} : f32, f32, f32, f32\n}}\n")
}

#[test]
fn random_float_programs_survive_canonicalization() {
    let mut rng = Rng(0x5151_7777_0000_1111);
    let specials = [
        0.0f32,
        -0.0,
        1.0,
        -1.0,
        f32::INFINITY,
        f32::NAN,
        3.5,
        -1.0e-40,
    ];
    let inputs: Vec<Vec<Value>> = (0..64)
        .map(|k| {
            (0..3)
                .map(|j| {
                    Value::f32(if (k + j) % 2 == 0 {
                        specials[(k * 3 + j) % 8]
                    } else {
                        rng.f32() * 10.0
                    })
                })
                .collect()
        })
        .collect();
    let count = program_count();
    for _ in 0..count {
        let src = random_float_program(&mut rng, 10);
        compare(&src, &inputs);
    }
}

#[test]
fn random_integer_programs_survive_canonicalization() {
    fuzz(0xdead_beef_1234_5678, false);
}

#[test]
fn random_programs_with_casts_survive_canonicalization() {
    fuzz(0x0123_4567_89ab_cdef, true);
}
