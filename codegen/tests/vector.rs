//! 1-D vector ops through memrefs.

mod common;
use codegen::{Buffer, Scalar::*};

const SRC: &str = r#"
// y[i:i+8] = fma(a * x[i:i+8] + y[i:i+8]) for i in steps of 8; returns the reductions.
func.func @axpy(%a: f32, %X: memref<?xf32>, %Y: memref<?xf32>) -> (f32, f32, f32, f32) {
  %c0 = arith.constant 0 : index
  %c8 = arith.constant 8 : index
  %N = memref.dim %X, %c0 : memref<?xf32>
  %va = vector.broadcast %a : f32 to vector<8xf32>
  scf.for %i = %c0 to %N step %c8 {
    %x = vector.load %X[%i] : memref<?xf32>, vector<8xf32>
    %y = vector.load %Y[%i] : memref<?xf32>, vector<8xf32>
    %r = vector.fma %va, %x, %y : vector<8xf32>
    vector.store %r, %Y[%i] : memref<?xf32>, vector<8xf32>
  }
  %first = vector.load %Y[%c0] : memref<?xf32>, vector<8xf32>
  %sum = vector.reduction <add>, %first : vector<8xf32> into f32
  %one = arith.constant 1.0 : f32
  %sum1 = vector.reduction <add>, %first, %one : vector<8xf32> into f32
  %max = vector.reduction <maximumf>, %first : vector<8xf32> into f32
  %min = vector.reduction <minnumf>, %first : vector<8xf32> into f32
  return %sum, %sum1, %max, %min : f32, f32, f32, f32
}

// integer reductions and extract/insert
func.func @ints(%V: memref<4xi32>, %p: index) -> (i32, i32, i32, i32, i32) {
  %c0 = arith.constant 0 : index
  %v = vector.load %V[%c0] : memref<4xi32>, vector<4xi32>
  %add = vector.reduction <add>, %v : vector<4xi32> into i32
  %mx = vector.reduction <maxsi>, %v : vector<4xi32> into i32
  %mu = vector.reduction <minui>, %v : vector<4xi32> into i32
  %e = vector.extract %v[%p] : i32 from vector<4xi32>
  %c7 = arith.constant 7 : i32
  %w = vector.insert %c7, %v [2] : i32 into vector<4xi32>
  %xor = vector.reduction <xor>, %w : vector<4xi32> into i32
  vector.store %w, %V[%c0] : memref<4xi32>, vector<4xi32>
  return %add, %mx, %mu, %e, %xor : i32, i32, i32, i32, i32
}

// elementwise arith and math on vectors, with a splat constant and a dense one
func.func @elementwise(%X: memref<4xf64>, %O: memref<4xf64>, %I: memref<4xi64>) {
  %c0 = arith.constant 0 : index
  %x = vector.load %X[%c0] : memref<4xf64>, vector<4xf64>
  %two = arith.constant dense<2.0> : vector<4xf64>
  %k = arith.constant dense<[1.0, -1.0, 0.5, 4.0]> : vector<4xf64>
  %m = arith.mulf %x, %two : vector<4xf64>
  %t = math.tanh %m : vector<4xf64>
  %mx = arith.maximumf %t, %k : vector<4xf64>
  %c = arith.cmpf olt, %x, %k : vector<4xf64>
  %s = arith.select %c, %mx, %x : vector<4xi1>, vector<4xf64>
  vector.store %s, %O[%c0] : memref<4xf64>, vector<4xf64>
  %i = arith.fptosi %x : vector<4xf64> to vector<4xi64>
  %ci = arith.constant dense<3> : vector<4xi64>
  %d = arith.floordivsi %i, %ci : vector<4xi64>
  vector.store %d, %I[%c0] : memref<4xi64>, vector<4xi64>
  return
}

// transfer_read/write with padding past the end (masked) and in bounds
func.func @transfer(%A: memref<?xf32>, %B: memref<?xf32>, %i: index) {
  %pad = arith.constant -1.0 : f32
  %v = vector.transfer_read %A[%i], %pad : memref<?xf32>, vector<4xf32>
  vector.transfer_write %v, %B[%i] : vector<4xf32>, memref<?xf32>
  %c0 = arith.constant 0 : index
  %w = vector.transfer_read %A[%c0], %pad {in_bounds = [true]} : memref<?xf32>, vector<2xf32>
  %s = "vector.splat"(%pad) : (f32) -> vector<2xf32>
  %x = arith.addf %w, %s : vector<2xf32>
  vector.transfer_write %x, %B[%c0] {in_bounds = [true]} : vector<2xf32>, memref<?xf32>
  return
}
"#;

#[test]
fn vector_ops() {
    let llvm = inkwell::context::Context::create();
    let jit = common::jit(&llvm, SRC);
    let n = 64;
    let mut x: Vec<f32> = (0..n).map(|i| i as f32 * 0.25 - 3.0).collect();
    let mut y: Vec<f32> = (0..n).map(|i| (i % 7) as f32).collect();
    let want: Vec<f32> = x
        .iter()
        .zip(&y)
        .map(|(&x, &y)| 1.5f32.mul_add(x, y))
        .collect();
    let r = jit
        .call(
            "axpy",
            &mut [
                1.5f32.into(),
                Buffer::new(&mut x, &[n]).unwrap().into(),
                Buffer::new(&mut y, &[n]).unwrap().into(),
            ],
        )
        .unwrap();
    assert_eq!(y, want);
    let first = &want[..8];
    let sum = first.iter().fold(0.0f32, |s, v| s + v);
    let sum1 = first.iter().fold(1.0f32, |s, v| s + v);
    let max = first.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    let min = first.iter().copied().fold(f32::INFINITY, f32::min);
    assert_eq!(r, vec![F32(sum), F32(sum1), F32(max), F32(min)]);

    let mut v = vec![5i32, -3, 9, 2];
    let r = jit
        .call(
            "ints",
            &mut [Buffer::new(&mut v, &[4]).unwrap().into(), 1i64.into()],
        )
        .unwrap();
    assert_eq!(
        r,
        vec![I32(13), I32(9), I32(2), I32(-3), I32(5 ^ -3 ^ 7 ^ 2)]
    );
    assert_eq!(v, vec![5, -3, 7, 2]);

    let mut x = vec![0.3f64, -2.0, 7.5, -0.1];
    let (mut o, mut i) = (vec![0f64; 4], vec![0i64; 4]);
    jit.call(
        "elementwise",
        &mut [
            Buffer::new(&mut x, &[4]).unwrap().into(),
            Buffer::new(&mut o, &[4]).unwrap().into(),
            Buffer::new(&mut i, &[4]).unwrap().into(),
        ],
    )
    .unwrap();
    let k = [1.0, -1.0, 0.5, 4.0];
    for l in 0..4 {
        let want = if x[l] < k[l] {
            (x[l] * 2.0).tanh().max(k[l])
        } else {
            x[l]
        };
        assert!((o[l] - want).abs() < 1e-15, "{l}: {} vs {want}", o[l]);
        assert_eq!(i[l], (x[l] as i64).div_euclid(3));
    }

    let mut a: Vec<f32> = (0..10).map(|i| i as f32).collect();
    let mut b = vec![0f32; 10];
    jit.call(
        "transfer",
        &mut [
            Buffer::new(&mut a, &[10]).unwrap().into(),
            Buffer::new(&mut b, &[10]).unwrap().into(),
            8i64.into(),
        ],
    )
    .unwrap();
    assert_eq!(b, vec![-1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 8.0, 9.0]);
}

const MORE: &str = r#"
// A dynamically sized alloca used as a scratch vector; broadcast from vector<1xf32>;
// mul and minimumf reductions with accumulators.
func.func @more(%n: index, %x: f32) -> (f32, f32, f32) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %buf = memref.alloca(%n) : memref<?xf32>
  scf.for %i = %c0 to %n step %c1 {
    %ii = arith.index_cast %i : index to i32
    %f = arith.sitofp %ii : i32 to f32
    memref.store %f, %buf[%i] : memref<?xf32>
  }
  %one = vector.broadcast %x : f32 to vector<1xf32>
  %v = vector.broadcast %one : vector<1xf32> to vector<4xf32>
  %acc = arith.constant 0.5 : f32
  %p = vector.reduction <mul>, %v, %acc : vector<4xf32> into f32
  %w = vector.load %buf[%c1] : memref<?xf32>, vector<4xf32>
  %big = arith.constant 3.0 : f32
  %m = vector.reduction <minimumf>, %w, %big : vector<4xf32> into f32
  %nan = arith.constant 0x7FC00000 : f32
  %q = vector.reduction <maximumf>, %w, %nan : vector<4xf32> into f32
  return %p, %m, %q : f32, f32, f32
}
"#;

#[test]
fn more_vector_ops() {
    let llvm = inkwell::context::Context::create();
    let jit = common::jit(&llvm, MORE);
    let r = jit.call("more", &mut [8i64.into(), 2.0f32.into()]).unwrap();
    assert_eq!(r[0], F32(0.5 * 16.0));
    assert_eq!(r[1], F32(1.0));
    assert!(
        matches!(r[2], F32(v) if v.is_nan()),
        "maximumf propagates NaN: {:?}",
        r[2]
    );
}
