//! func, cf and scf semantics.

mod common;

use common::{err, ok, run_with_budget};
use interp::{ErrorKind, Value};

#[test]
fn cf_loop_with_block_arguments() {
    // Sum of 0..n and n! (wrapping), through block arguments.
    let src = r#"
func.func @f(%n: i64) -> (i64, i64) {
  %c0 = arith.constant 0 : i64
  %c1 = arith.constant 1 : i64
  cf.br ^head(%c0, %c0, %c1 : i64, i64, i64)
^head(%i: i64, %sum: i64, %fact: i64):
  %lt = arith.cmpi slt, %i, %n : i64
  cf.cond_br %lt, ^body, ^exit(%sum, %fact : i64, i64)
^body:
  %s = arith.addi %sum, %i : i64
  %i1 = arith.addi %i, %c1 : i64
  %f = arith.muli %fact, %i1 : i64
  cf.br ^head(%i1, %s, %f : i64, i64, i64)
^exit(%rs: i64, %rf: i64):
  return %rs, %rf : i64, i64
}"#;
    for n in [0i64, 1, 5, 25] {
        let r = ok(src, "f", vec![Value::i64(n)]);
        let fact = (1..=n).fold(1i64, |a, b| a.wrapping_mul(b));
        assert_eq!(r, vec![Value::i64(n * (n - 1) / 2), Value::i64(fact)]);
    }
}

#[test]
fn cf_switch_and_assert() {
    let src = r#"
func.func @f(%x: i32) -> i32 {
  %a = arith.constant 10 : i32
  %b = arith.constant 20 : i32
  cf.switch %x : i32, [
    default: ^d(%x : i32),
    5: ^c(%a : i32),
    -7: ^c(%b : i32),
    9: ^e
  ]
^d(%v: i32):
  return %v : i32
^c(%w: i32):
  return %w : i32
^e:
  %false = arith.constant false
  cf.assert %false, "nine is not allowed"
  return %x : i32
}"#;
    assert_eq!(ok(src, "f", vec![Value::i32(5)]), vec![Value::i32(10)]);
    assert_eq!(ok(src, "f", vec![Value::i32(-7)]), vec![Value::i32(20)]);
    assert_eq!(ok(src, "f", vec![Value::i32(3)]), vec![Value::i32(3)]);
    let e = err(src, "f", vec![Value::i32(9)]);
    assert_eq!(e.kind, ErrorKind::AssertFailed);
    assert_eq!(e.message, "nine is not allowed");
    assert_eq!(e.op.as_deref(), Some("cf.assert"));
}

#[test]
fn calls_and_function_values() {
    let src = r#"
func.func @sq(%x: i32) -> i32 {
  %r = arith.muli %x, %x : i32
  return %r : i32
}
func.func @fib(%n: i32) -> i32 {
  %c2 = arith.constant 2 : i32
  %c1 = arith.constant 1 : i32
  %lt = arith.cmpi slt, %n, %c2 : i32
  %r = scf.if %lt -> (i32) {
    scf.yield %n : i32
  } else {
    %a = arith.subi %n, %c1 : i32
    %b = arith.subi %n, %c2 : i32
    %fa = func.call @fib(%a) : (i32) -> i32
    %fb = func.call @fib(%b) : (i32) -> i32
    %s = arith.addi %fa, %fb : i32
    scf.yield %s : i32
  }
  return %r : i32
}
func.func @main(%x: i32) -> (i32, i32) {
  %f = func.constant @sq : (i32) -> i32
  %y = func.call_indirect %f(%x) : (i32) -> i32
  %z = func.call @fib(%x) : (i32) -> i32
  return %y, %z : i32, i32
}"#;
    assert_eq!(
        ok(src, "main", vec![Value::i32(12)]),
        vec![Value::i32(144), Value::i32(144)]
    );
    let e = err(src, "main", vec![]);
    assert_eq!(e.kind, ErrorKind::BadCall);
    let e = err(src, "main", vec![Value::i64(1)]);
    assert_eq!(e.kind, ErrorKind::BadCall);
    let e = err(src, "nothere", vec![]);
    assert_eq!(e.kind, ErrorKind::BadCall);
}

#[test]
fn scf_for_with_iter_args_and_integer_ivs() {
    let src = r#"
func.func @f(%lb: i32, %ub: i32, %step: i32) -> (i32, i32) {
  %c0 = arith.constant 0 : i32
  %r:2 = scf.for %i = %lb to %ub step %step iter_args(%s = %c0, %n = %c0) -> (i32, i32) : i32 {
    %s1 = arith.addi %s, %i : i32
    %c1 = arith.constant 1 : i32
    %n1 = arith.addi %n, %c1 : i32
    scf.yield %s1, %n1 : i32, i32
  }
  return %r#0, %r#1 : i32, i32
}
func.func @u(%lb: i8, %ub: i8) -> i8 {
  %c1 = arith.constant 1 : i8
  %c0 = arith.constant 0 : i8
  %r = scf.for unsigned %i = %lb to %ub step %c1 iter_args(%n = %c0) -> (i8) : i8 {
    %n1 = arith.addi %n, %c1 : i8
    scf.yield %n1 : i8
  }
  return %r : i8
}"#;
    for (lb, ub, step) in [
        (0, 10, 1),
        (-5, 7, 3),
        (4, 4, 1),
        (10, 0, 2),
        (i32::MAX - 5, i32::MAX, 2),
    ] {
        let r = ok(
            src,
            "f",
            vec![Value::i32(lb), Value::i32(ub), Value::i32(step)],
        );
        let ivs: Vec<i64> = (lb as i64..ub as i64).step_by(step as usize).collect();
        let sum = ivs.iter().sum::<i64>() as i32;
        assert_eq!(
            r,
            vec![Value::i32(sum), Value::i32(ivs.len() as i32)],
            "{lb} {ub} {step}"
        );
    }
    let e = err(src, "f", vec![Value::i32(0), Value::i32(3), Value::i32(0)]);
    assert_eq!(e.kind, ErrorKind::Poison);
    // Unsigned: 0 to 200 (-56 as i8) runs 200 times; signed it would not run.
    assert_eq!(
        ok(src, "u", vec![Value::int(0, 8), Value::int(200, 8)]),
        vec![Value::int(200, 8)]
    );
}

#[test]
fn scf_while_if_and_execute_region() {
    // Collatz steps: while with a before region computing the condition.
    let src = r#"
func.func @collatz(%n: i64) -> i64 {
  %c0 = arith.constant 0 : i64
  %r:2 = scf.while (%x = %n, %k = %c0) : (i64, i64) -> (i64, i64) {
    %c1 = arith.constant 1 : i64
    %ne = arith.cmpi ne, %x, %c1 : i64
    scf.condition(%ne) %x, %k : i64, i64
  } do {
  ^bb0(%x: i64, %k: i64):
    %c1 = arith.constant 1 : i64
    %c2 = arith.constant 2 : i64
    %c3 = arith.constant 3 : i64
    %rem = arith.remui %x, %c2 : i64
    %odd = arith.cmpi eq, %rem, %c1 : i64
    %y = scf.if %odd -> (i64) {
      %t = arith.muli %x, %c3 : i64
      %t1 = arith.addi %t, %c1 : i64
      scf.yield %t1 : i64
    } else {
      %h = arith.divui %x, %c2 : i64
      scf.yield %h : i64
    }
    %k1 = arith.addi %k, %c1 : i64
    scf.yield %y, %k1 : i64, i64
  }
  %e = scf.execute_region -> i64 {
    %c10 = arith.constant 10 : i64
    %big = arith.cmpi sgt, %r#1, %c10 : i64
    cf.cond_br %big, ^a, ^b
  ^a:
    scf.yield %c10 : i64
  ^b:
    scf.yield %r#1 : i64
  }
  return %e : i64
}"#;
    let collatz = |mut n: i64| {
        let mut k = 0;
        while n != 1 {
            n = if n % 2 == 1 { 3 * n + 1 } else { n / 2 };
            k += 1;
        }
        k.min(10)
    };
    for n in [1, 2, 3, 6, 7, 27] {
        assert_eq!(
            ok(src, "collatz", vec![Value::i64(n)]),
            vec![Value::i64(collatz(n))],
            "{n}"
        );
    }
}

#[test]
fn scf_if_without_else_and_parallel_reduction() {
    let src = r#"
func.func @f(%m: memref<4x5xf32>) -> (f32, f32, index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %c5 = arith.constant 5 : index
  %zero = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %r:3 = scf.parallel (%i, %j) = (%c0, %c0) to (%c4, %c5) step (%c1, %c1) init (%zero, %ninf, %c0) -> (f32, f32, index) {
    %v = memref.load %m[%i, %j] : memref<4x5xf32>
    %ij = arith.muli %i, %j : index
    scf.reduce(%v, %v, %ij : f32, f32, index) {
    ^bb0(%a: f32, %b: f32):
      %s = arith.addf %a, %b : f32
      scf.reduce.return %s : f32
    }, {
    ^bb0(%a: f32, %b: f32):
      %s = arith.maximumf %a, %b : f32
      scf.reduce.return %s : f32
    }, {
    ^bb0(%a: index, %b: index):
      %s = arith.addi %a, %b : index
      scf.reduce.return %s : index
    }
  }
  %neg = arith.cmpf olt, %r#0, %zero : f32
  scf.if %neg {
    memref.store %zero, %m[%c0, %c0] : memref<4x5xf32>
  }
  return %r#0, %r#1, %r#2 : f32, f32, index
}"#;
    let data: Vec<f32> = (0..20).map(|k| (k as f32 - 12.0) * 0.5).collect();
    let m = Value::memref_f32(&[4, 5], &data);
    let r = ok(src, "f", vec![m.clone()]);
    let sum = data.iter().fold(0.0f32, |a, b| a + b);
    let max = data.iter().fold(f32::NEG_INFINITY, |a, &b| a.max(b));
    let ij: i64 = (0..4).flat_map(|i| (0..5).map(move |j| i * j)).sum();
    assert_eq!(r, vec![Value::f32(sum), Value::f32(max), Value::index(ij)]);
    // The sum is negative, so the scf.if zeroed element (0, 0).
    assert_eq!(m.memref_f32s().unwrap()[0], 0.0);
}

#[test]
fn step_budget_stops_infinite_loops() {
    let src = r#"
func.func @spin() {
  cf.br ^loop
^loop:
  cf.br ^loop
}"#;
    let e = run_with_budget(src, "spin", vec![], Some(1000)).unwrap_err();
    assert_eq!(e.kind, ErrorKind::StepBudget);
    let src = r#"
func.func @spin() {
  %true = arith.constant true
  scf.while : () -> () {
    scf.condition(%true)
  } do {
    scf.yield
  }
  return
}"#;
    let e = run_with_budget(src, "spin", vec![], Some(1000)).unwrap_err();
    assert_eq!(e.kind, ErrorKind::StepBudget);
}

#[test]
fn deep_and_runaway_recursion() {
    let src = r#"
func.func @down(%n: i32) -> i32 {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %done = arith.cmpi sle, %n, %c0 : i32
  %r = scf.if %done -> (i32) {
    scf.yield %c0 : i32
  } else {
    %m = arith.subi %n, %c1 : i32
    %x = func.call @down(%m) : (i32) -> i32
    %y = arith.addi %x, %c1 : i32
    scf.yield %y : i32
  }
  return %r : i32
}"#;
    // Deeper than a test thread's stack would allow without growing it.
    assert_eq!(
        ok(src, "down", vec![Value::i32(5000)]),
        vec![Value::i32(5000)]
    );
    let e = err(src, "down", vec![Value::i32(i32::MAX)]);
    assert_eq!(e.kind, ErrorKind::StepBudget);
    assert!(e.message.contains("call depth"), "{e}");
}
