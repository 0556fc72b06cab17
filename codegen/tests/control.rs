//! func, cf and scf: calls, block arguments, loops and conditionals.

mod common;
use codegen::Scalar::*;

const SRC: &str = r#"
// gcd with cf and block arguments (a loop through a block taking two values).
func.func @gcd(%a: i64, %b: i64) -> i64 {
  cf.br ^loop(%a, %b : i64, i64)
^loop(%x: i64, %y: i64):
  %c0 = arith.constant 0 : i64
  %done = arith.cmpi eq, %y, %c0 : i64
  cf.cond_br %done, ^exit(%x : i64), ^step
^step:
  %r = arith.remsi %x, %y : i64
  cf.br ^loop(%y, %r : i64, i64)
^exit(%g: i64):
  return %g : i64
}

// Both successors the same block with different arguments.
func.func @pick(%c: i1, %a: i32, %b: i32) -> i32 {
  cf.cond_br %c, ^bb1(%a : i32), ^bb1(%b : i32)
^bb1(%v: i32):
  return %v : i32
}

// sum of i*i for i in [lb, ub) step s, with iter_args
func.func @sumsq(%lb: index, %ub: index, %s: index) -> index {
  %c0 = arith.constant 0 : index
  %r = scf.for %i = %lb to %ub step %s iter_args(%acc = %c0) -> (index) {
    %sq = arith.muli %i, %i : index
    %n = arith.addi %acc, %sq : index
    scf.yield %n : index
  }
  return %r : index
}

// unsigned comparison loop over i8 values 250..4 (wrapping) counting iterations
func.func @ucount(%lb: i8, %ub: i8) -> i32 {
  %c1 = arith.constant 1 : i8
  %z = arith.constant 0 : i32
  %one = arith.constant 1 : i32
  %r = scf.for unsigned %i = %lb to %ub step %c1 iter_args(%acc = %z) -> (i32) : i8 {
    %n = arith.addi %acc, %one : i32
    scf.yield %n : i32
  }
  return %r : i32
}

// nested if with results: sign(x) * 10 + (x even)
func.func @classify(%x: i32) -> i32 {
  %c0 = arith.constant 0 : i32
  %c2 = arith.constant 2 : i32
  %neg = arith.cmpi slt, %x, %c0 : i32
  %s = scf.if %neg -> (i32) {
    %m = arith.constant -10 : i32
    scf.yield %m : i32
  } else {
    %z = arith.cmpi eq, %x, %c0 : i32
    %t = scf.if %z -> (i32) {
      scf.yield %c0 : i32
    } else {
      %p = arith.constant 10 : i32
      scf.yield %p : i32
    }
    scf.yield %t : i32
  }
  %r = arith.remsi %x, %c2 : i32
  %even = arith.cmpi eq, %r, %c0 : i32
  %e = arith.extui %even : i1 to i32
  %out = arith.addi %s, %e : i32
  return %out : i32
}

// collatz steps with scf.while (before region computes the condition)
func.func @collatz(%n: i64) -> (i64, i64) {
  %c0 = arith.constant 0 : i64
  %r:2 = scf.while (%x = %n, %k = %c0) : (i64, i64) -> (i64, i64) {
    %c1 = arith.constant 1 : i64
    %go = arith.cmpi ne, %x, %c1 : i64
    scf.condition(%go) %x, %k : i64, i64
  } do {
  ^bb0(%x: i64, %k: i64):
    %c1 = arith.constant 1 : i64
    %c2 = arith.constant 2 : i64
    %c3 = arith.constant 3 : i64
    %rem = arith.remui %x, %c2 : i64
    %odd = arith.cmpi eq, %rem, %c1 : i64
    %next = scf.if %odd -> (i64) {
      %t = arith.muli %x, %c3 : i64
      %u = arith.addi %t, %c1 : i64
      scf.yield %u : i64
    } else {
      %h = arith.divui %x, %c2 : i64
      scf.yield %h : i64
    }
    %k1 = arith.addi %k, %c1 : i64
    scf.yield %next, %k1 : i64, i64
  }
  return %r#0, %r#1 : i64, i64
}

// calls, a private helper and multiple results
func.func private @helper(%a: i32) -> (i32, i32) {
  %c = arith.constant 3 : i32
  %q = arith.divsi %a, %c : i32
  %r = arith.remsi %a, %c : i32
  return %q, %r : i32, i32
}
func.func @divmod3(%a: i32) -> (i32, i32) {
  %q, %r = call @helper(%a) : (i32) -> (i32, i32)
  return %q, %r : i32, i32
}

// cf.switch with block arguments (two cases share a block) and a passing cf.assert
func.func @switch(%x: i32) -> i32 {
  %c10 = arith.constant 10 : i32
  %c20 = arith.constant 20 : i32
  %ok = arith.cmpi sge, %x, %x : i32
  cf.assert %ok, "never fails"
  cf.switch %x : i32, [
    default: ^bb1(%x : i32),
    1: ^bb2(%c10 : i32),
    2: ^bb2(%c20 : i32),
    -7: ^bb3
  ]
^bb1(%d: i32):
  %n = arith.subi %c10, %d : i32
  return %n : i32
^bb2(%v: i32):
  return %v : i32
^bb3:
  return %c10 : i32
}

// a multi-block scf.execute_region inside a loop
func.func @abs_sum(%n: i32) -> i32 {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %lb = arith.constant -3 : i32
  %r = scf.for %i = %lb to %n step %c1 iter_args(%acc = %c0) -> (i32) : i32 {
    %a = scf.execute_region -> i32 {
      %neg = arith.cmpi slt, %i, %c0 : i32
      cf.cond_br %neg, ^bb1, ^bb2(%i : i32)
    ^bb1:
      %m = arith.subi %c0, %i : i32
      cf.br ^bb2(%m : i32)
    ^bb2(%v: i32):
      scf.yield %v : i32
    }
    %s = arith.addi %acc, %a : i32
    scf.yield %s : i32
  }
  return %r : i32
}

// scf.if without else, and scf.execute_region
func.func @clamp_store(%x: i32) -> i32 {
  %m = memref.alloca() : memref<i32>
  memref.store %x, %m[] : memref<i32>
  %c100 = arith.constant 100 : i32
  %big = arith.cmpi sgt, %x, %c100 : i32
  scf.if %big {
    memref.store %c100, %m[] : memref<i32>
  }
  %v = scf.execute_region -> i32 {
    %l = memref.load %m[] : memref<i32>
    scf.yield %l : i32
  }
  return %v : i32
}
"#;

#[test]
fn control_flow() {
    let llvm = inkwell::context::Context::create();
    let jit = common::jit(&llvm, SRC);
    let gcd = |a: i64, b: i64| jit.call("gcd", &mut [a.into(), b.into()]).unwrap();
    assert_eq!(gcd(48, 18), vec![I64(6)]);
    assert_eq!(gcd(17, 5), vec![I64(1)]);
    assert_eq!(gcd(0, 9), vec![I64(9)]);
    for c in [true, false] {
        let r = jit
            .call("pick", &mut [c.into(), 1i32.into(), 2i32.into()])
            .unwrap();
        assert_eq!(r, vec![I32(if c { 1 } else { 2 })]);
    }
    for (lb, ub, s) in [
        (0i64, 10i64, 1i64),
        (3, 50, 7),
        (5, 5, 1),
        (10, 0, 1),
        (-4, 4, 3),
    ] {
        let want: i64 = (lb..ub).step_by(s as usize).map(|i| i * i).sum();
        assert_eq!(
            jit.call("sumsq", &mut [lb.into(), ub.into(), s.into()])
                .unwrap(),
            vec![I64(want)]
        );
    }
    // Unsigned: 250u8..4u8 is empty; 4..250 has 246 iterations; signed it would differ.
    assert_eq!(
        jit.call("ucount", &mut [(-6i8).into(), 4i8.into()])
            .unwrap(),
        vec![I32(0)]
    );
    assert_eq!(
        jit.call("ucount", &mut [4i8.into(), (-6i8).into()])
            .unwrap(),
        vec![I32(246)]
    );
    for x in [-7i32, -4, 0, 3, 8] {
        let want = x.signum() * 10 + (x % 2 == 0) as i32;
        assert_eq!(
            jit.call("classify", &mut [x.into()]).unwrap(),
            vec![I32(want)],
            "{x}"
        );
    }
    for n in [1i64, 6, 27, 97] {
        let (mut x, mut k) = (n, 0);
        while x != 1 {
            x = if x % 2 == 1 { 3 * x + 1 } else { x / 2 };
            k += 1;
        }
        assert_eq!(
            jit.call("collatz", &mut [n.into()]).unwrap(),
            vec![I64(1), I64(k)]
        );
    }
    assert_eq!(
        jit.call("divmod3", &mut [(-10i32).into()]).unwrap(),
        vec![I32(-3), I32(-1)]
    );
    assert!(
        jit.call("helper", &mut [1i32.into()]).is_err(),
        "private functions have no wrapper"
    );
    assert_eq!(
        jit.call("clamp_store", &mut [7i32.into()]).unwrap(),
        vec![I32(7)]
    );
    assert_eq!(
        jit.call("clamp_store", &mut [700i32.into()]).unwrap(),
        vec![I32(100)]
    );
}

#[test]
fn unsupported_op_is_a_diagnostic() {
    let llvm = inkwell::context::Context::create();
    let src = "func.func @f(%a: i32) -> i32 {\n  %r = \"foo.bar\"(%a) : (i32) -> i32\n  return %r : i32\n}\n";
    let err = common::try_lower(&llvm, src, &Default::default())
        .err()
        .unwrap();
    assert_eq!(err, "2:8: lower-to-llvm: unsupported op 'foo.bar'");
    let src = "func.func @f(%a: tensor<4xf32>) {\n  return\n}\n";
    let err = common::try_lower(&llvm, src, &Default::default())
        .err()
        .unwrap();
    assert!(err.contains("unsupported type 'tensor<4xf32>'"), "{err}");
}
