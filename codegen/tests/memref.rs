//! memref ops and a matmul loop nest on Rust buffers; scf.parallel with 1 and 2 threads.

mod common;
use codegen::{Arg, Buffer, LowerOptions, Returned, Scalar::*, ScalarKind};

const MATMUL: &str = r#"
func.func @matmul(%A: memref<?x?xf32>, %B: memref<?x?xf32>, %C: memref<?x?xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %M = memref.dim %A, %c0 : memref<?x?xf32>
  %K = memref.dim %A, %c1 : memref<?x?xf32>
  %N = memref.dim %B, %c1 : memref<?x?xf32>
  scf.for %i = %c0 to %M step %c1 {
    scf.for %j = %c0 to %N step %c1 {
      %init = memref.load %C[%i, %j] : memref<?x?xf32>
      %sum = scf.for %k = %c0 to %K step %c1 iter_args(%acc = %init) -> (f32) {
        %a = memref.load %A[%i, %k] : memref<?x?xf32>
        %b = memref.load %B[%k, %j] : memref<?x?xf32>
        %p = arith.mulf %a, %b : f32
        %s = arith.addf %acc, %p : f32
        scf.yield %s : f32
      }
      memref.store %sum, %C[%i, %j] : memref<?x?xf32>
    }
  }
  return
}
"#;

/// Deterministic pseudo-random values in [-1, 1).
fn data(n: usize, seed: u32) -> Vec<f32> {
    let mut s = seed;
    (0..n)
        .map(|_| {
            s = s.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
            (s >> 8) as f32 / (1u32 << 23) as f32 - 1.0
        })
        .collect()
}

fn matmul_ref(a: &[f32], b: &[f32], c: &mut [f32], m: usize, k: usize, n: usize) {
    for i in 0..m {
        for j in 0..n {
            let mut acc = c[i * n + j];
            for p in 0..k {
                acc += a[i * k + p] * b[p * n + j];
            }
            c[i * n + j] = acc;
        }
    }
}

#[test]
fn matmul_37x53x29() {
    let (m, k, n) = (37, 53, 29);
    let llvm = inkwell::context::Context::create();
    let jit = common::jit(&llvm, MATMUL);
    let (mut a, mut b) = (data(m * k, 1), data(k * n, 2));
    let mut c = data(m * n, 3);
    let mut want = c.clone();
    matmul_ref(&a, &b, &mut want, m, k, n);
    jit.call(
        "matmul",
        &mut [
            Buffer::new(&mut a, &[m, k]).unwrap().into(),
            Buffer::new(&mut b, &[k, n]).unwrap().into(),
            Buffer::new(&mut c, &[m, n]).unwrap().into(),
        ],
    )
    .unwrap();
    // Same order of operations (no reassociation without fast-math): bit-exact, unless
    // LLVM contracts to fma, which it does not without `contract`.
    assert_eq!(c, want);
}

const PARALLEL: &str = r#"
// C[i, j] = A[i, j] * s + i - j over a 2-D parallel loop, and a row-sum reduction.
func.func @scale(%A: memref<?x?xf64>, %C: memref<?x?xf64>, %s: f64) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %M = memref.dim %A, %c0 : memref<?x?xf64>
  %N = memref.dim %A, %c1 : memref<?x?xf64>
  scf.parallel (%i, %j) = (%c0, %c0) to (%M, %N) step (%c1, %c1) {
    %a = memref.load %A[%i, %j] : memref<?x?xf64>
    %p = arith.mulf %a, %s : f64
    %ii = arith.index_cast %i : index to i64
    %jj = arith.index_cast %j : index to i64
    %d = arith.subi %ii, %jj : i64
    %df = arith.sitofp %d : i64 to f64
    %r = arith.addf %p, %df : f64
    memref.store %r, %C[%i, %j] : memref<?x?xf64>
    scf.reduce
  }
  return
}
func.func @total(%A: memref<?xf64>) -> f64 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %N = memref.dim %A, %c0 : memref<?xf64>
  %z = arith.constant 0.0 : f64
  %r = scf.parallel (%i) = (%c0) to (%N) step (%c1) init (%z) -> f64 {
    %a = memref.load %A[%i] : memref<?xf64>
    scf.reduce(%a : f64) {
    ^bb0(%x: f64, %y: f64):
      %s = arith.addf %x, %y : f64
      scf.reduce.return %s : f64
    }
  }
  return %r : f64
}
// odd steps and bounds: every 3rd element of [2, 100) set to its index
func.func @stepped(%A: memref<100xi32>) {
  %c2 = arith.constant 2 : index
  %c3 = arith.constant 3 : index
  %c100 = arith.constant 100 : index
  scf.parallel (%i) = (%c2) to (%c100) step (%c3) {
    %v = arith.index_cast %i : index to i32
    memref.store %v, %A[%i] : memref<100xi32>
    scf.reduce
  }
  return
}
"#;

#[test]
fn parallel_threads_1_and_2() {
    let (m, n) = (67, 45);
    let a = data(m * n, 7)
        .into_iter()
        .map(f64::from)
        .collect::<Vec<_>>();
    let mut outs = Vec::new();
    for threads in [1, 2, 5] {
        let llvm = inkwell::context::Context::create();
        let opts = LowerOptions {
            threads,
            ..Default::default()
        };
        let module = common::try_lower(&llvm, PARALLEL, &opts).unwrap();
        let ir = codegen::emit_llvm(&module);
        assert_eq!(ir.contains(codegen::PARALLEL_FOR), threads > 1, "{ir}");
        let jit = codegen::Jit::new(module).unwrap();
        let (mut a1, mut c) = (a.clone(), vec![0f64; m * n]);
        jit.call(
            "scale",
            &mut [
                Buffer::new(&mut a1, &[m, n]).unwrap().into(),
                Buffer::new(&mut c, &[m, n]).unwrap().into(),
                2.5f64.into(),
            ],
        )
        .unwrap();
        for i in 0..m {
            for j in 0..n {
                assert_eq!(c[i * n + j], a[i * n + j] * 2.5 + (i as f64 - j as f64));
            }
        }
        let mut a2 = a.clone();
        let total = jit
            .call(
                "total",
                &mut [Buffer::new(&mut a2, &[m * n]).unwrap().into()],
            )
            .unwrap();
        assert_eq!(total, vec![F64(a.iter().fold(0.0, |s, x| s + x))]);
        let mut s = vec![-1i32; 100];
        jit.call(
            "stepped",
            &mut [Buffer::new(&mut s, &[100]).unwrap().into()],
        )
        .unwrap();
        for (i, &v) in s.iter().enumerate() {
            let want = if i >= 2 && (i - 2) % 3 == 0 {
                i as i32
            } else {
                -1
            };
            assert_eq!(v, want, "{i}");
        }
        outs.push(c);
    }
    assert!(outs.windows(2).all(|w| w[0] == w[1]));
}

const VIEWS: &str = r#"
// Sum of a strided 2-D view, a subview of it, and a rank-reducing row subview.
func.func @sum(%A: memref<?x?xf32, strided<[?, ?], offset: ?>>) -> f32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %M = memref.dim %A, %c0 : memref<?x?xf32, strided<[?, ?], offset: ?>>
  %N = memref.dim %A, %c1 : memref<?x?xf32, strided<[?, ?], offset: ?>>
  %z = arith.constant 0.0 : f32
  %r = scf.for %i = %c0 to %M step %c1 iter_args(%a = %z) -> (f32) {
    %r2 = scf.for %j = %c0 to %N step %c1 iter_args(%b = %a) -> (f32) {
      %v = memref.load %A[%i, %j] : memref<?x?xf32, strided<[?, ?], offset: ?>>
      %s = arith.addf %b, %v : f32
      scf.yield %s : f32
    }
    scf.yield %r2 : f32
  }
  return %r : f32
}
func.func @sub_sum(%A: memref<8x10xf32>) -> (f32, f32) {
  %c1 = arith.constant 1 : index
  %c3 = arith.constant 3 : index
  %v = memref.subview %A[%c1, 2] [3, %c3] [2, 3] : memref<8x10xf32> to memref<3x?xf32, strided<[20, 3], offset: ?>>
  %w = memref.cast %v : memref<3x?xf32, strided<[20, 3], offset: ?>> to memref<?x?xf32, strided<[?, ?], offset: ?>>
  %s = call @sum(%w) : (memref<?x?xf32, strided<[?, ?], offset: ?>>) -> f32
  %row = memref.subview %A[4, 0] [1, 10] [1, 1] : memref<8x10xf32> to memref<10xf32, strided<[1], offset: 40>>
  %c0 = arith.constant 0 : index
  %c10 = arith.constant 10 : index
  %z = arith.constant 0.0 : f32
  %t = scf.for %j = %c0 to %c10 step %c1 iter_args(%a = %z) -> (f32) {
    %x = memref.load %row[%j] : memref<10xf32, strided<[1], offset: 40>>
    %y = arith.addf %a, %x : f32
    scf.yield %y : f32
  }
  return %s, %t : f32, f32
}
// copy of a strided view (an element-wise loop nest)
func.func @copy_view(%A: memref<8x10xf32>, %O: memref<3x3xf32>) {
  %v = memref.subview %A[1, 2] [3, 3] [2, 3] : memref<8x10xf32> to memref<3x3xf32, strided<[20, 3], offset: 12>>
  memref.copy %v, %O : memref<3x3xf32, strided<[20, 3], offset: 12>> to memref<3x3xf32>
  return
}
// alloc/copy/dealloc with alignment and dynamic sizes; dim with a dynamic index
func.func @roundtrip(%A: memref<?x?xi64>, %d: index) -> index {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %M = memref.dim %A, %c0 : memref<?x?xi64>
  %N = memref.dim %A, %c1 : memref<?x?xi64>
  %T = memref.alloc(%M, %N) {alignment = 64 : i64} : memref<?x?xi64>
  memref.copy %A, %T : memref<?x?xi64> to memref<?x?xi64>
  scf.for %i = %c0 to %M step %c1 {
    scf.for %j = %c0 to %N step %c1 {
      %v = memref.load %T[%i, %j] : memref<?x?xi64>
      %w = arith.muli %v, %v : i64
      memref.store %w, %T[%i, %j] : memref<?x?xi64>
    }
  }
  memref.copy %T, %A : memref<?x?xi64> to memref<?x?xi64>
  memref.dealloc %T : memref<?x?xi64>
  %s = memref.alloca() : memref<4xindex>
  %x = memref.dim %A, %d : memref<?x?xi64>
  return %x : index
}
"#;

#[test]
fn views_and_allocation() {
    let llvm = inkwell::context::Context::create();
    let jit = common::jit(&llvm, VIEWS);
    let mut a: Vec<f32> = (0..80).map(|x| x as f32).collect();
    let want_sub: f32 = (0..3)
        .flat_map(|i| (0..3).map(move |j| ((1 + 2 * i) * 10 + 2 + 3 * j) as f32))
        .sum();
    let want_row: f32 = (40..50).map(|x| x as f32).sum();
    let r = jit
        .call(
            "sub_sum",
            &mut [Buffer::new(&mut a, &[8, 10]).unwrap().into()],
        )
        .unwrap();
    assert_eq!(r, vec![F32(want_sub), F32(want_row)]);
    let mut o = vec![0f32; 9];
    jit.call(
        "copy_view",
        &mut [
            Buffer::new(&mut a, &[8, 10]).unwrap().into(),
            Buffer::new(&mut o, &[3, 3]).unwrap().into(),
        ],
    )
    .unwrap();
    let want: Vec<f32> = (0..3)
        .flat_map(|i| (0..3).map(move |j| (12 + 20 * i + 3 * j) as f32))
        .collect();
    assert_eq!(o, want);
    // A transposed strided view of a Rust buffer.
    let mut t: Vec<f32> = (0..12).map(|x| x as f32).collect();
    let view = Buffer::strided(&mut t, 1, &[3, 3], &[1, 4]).unwrap();
    assert_eq!(
        jit.call("sum", &mut [view.into()]).unwrap(),
        vec![F32([1, 2, 3, 5, 6, 7, 9, 10, 11]
            .iter()
            .map(|&x| x as f32)
            .sum())]
    );
    let mut m: Vec<i64> = (0..15).collect();
    let r = jit
        .call(
            "roundtrip",
            &mut [Buffer::new(&mut m, &[3, 5]).unwrap().into(), 1i64.into()],
        )
        .unwrap();
    assert_eq!(r, vec![I64(5)]);
    assert_eq!(m, (0..15).map(|x| x * x).collect::<Vec<i64>>());
    // Argument checking.
    let mut f = vec![0f64; 4];
    let err = jit
        .call("sum", &mut [Buffer::new(&mut f, &[2, 2]).unwrap().into()])
        .unwrap_err();
    assert!(err.contains("does not match"), "{err}");
    assert!(Buffer::strided(&mut f, 1, &[2, 2], &[2, 1]).is_err());
    assert!(jit.call("sum", &mut [Arg::from(1.0f32)]).is_err());
}

/// A returned memref is copied out and its heap memory freed; a returned argument is
/// copied but not freed (the caller owns it).
#[test]
fn memref_results_are_copied_out() {
    let llvm = inkwell::context::Context::create();
    let j = common::jit(
        &llvm,
        r#"
func.func @twice(%a: memref<2x3xf32>) -> memref<2x3xf32> {
  %out = memref.alloc() : memref<2x3xf32>
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  %c3 = arith.constant 3 : index
  scf.for %i = %c0 to %c2 step %c1 {
    scf.for %j = %c0 to %c3 step %c1 {
      %x = memref.load %a[%i, %j] : memref<2x3xf32>
      %y = arith.addf %x, %x : f32
      memref.store %y, %out[%i, %j] : memref<2x3xf32>
    }
  }
  return %out : memref<2x3xf32>
}
func.func @same(%a: memref<2x3xf32>) -> memref<2x3xf32> {
  return %a : memref<2x3xf32>
}
"#,
    );
    let mut a: Vec<f32> = (0..6).map(|i| i as f32).collect();
    let floats = |r: &Returned| match r {
        Returned::Buffer { elem, shape, bytes } => {
            assert_eq!(
                (*elem, shape.as_slice()),
                (ScalarKind::F32, &[2usize, 3][..])
            );
            bytes
                .chunks_exact(4)
                .map(|c| f32::from_ne_bytes(c.try_into().unwrap()))
                .collect::<Vec<_>>()
        }
        other => panic!("expected a buffer, got {other:?}"),
    };
    let r = j
        .call_returning("twice", &mut [Buffer::new(&mut a, &[2, 3]).unwrap().into()])
        .unwrap();
    assert_eq!(floats(&r[0]), vec![0.0, 2.0, 4.0, 6.0, 8.0, 10.0]);
    let r = j
        .call_returning("same", &mut [Buffer::new(&mut a, &[2, 3]).unwrap().into()])
        .unwrap();
    assert_eq!(floats(&r[0]), vec![0.0, 1.0, 2.0, 3.0, 4.0, 5.0]);
    // `call` says why it cannot return a buffer.
    let err = j
        .call("same", &mut [Buffer::new(&mut a, &[2, 3]).unwrap().into()])
        .unwrap_err();
    assert!(err.contains("call_returning"), "{err}");
}
