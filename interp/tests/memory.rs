//! memref semantics: aliasing views, bounds and liveness checks, a matmul loop nest.

mod common;

use common::{err, ok, Rng};
use interp::{ErrorKind, Value};

#[test]
fn subview_writes_are_seen_by_the_parent() {
    let src = r#"
func.func @f(%m: memref<6x8xf32>, %off: index) -> (f32, index, index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  %v = arith.constant 7.0 : f32
  %sv = memref.subview %m[1, %off] [3, 2] [2, 3] : memref<6x8xf32> to memref<3x2xf32, strided<[16, 3], offset: ?>>
  memref.store %v, %sv[%c2, %c1] : memref<3x2xf32, strided<[16, 3], offset: ?>>
  %row = memref.subview %m[4, 0] [1, 8] [1, 1] : memref<6x8xf32> to memref<8xf32, strided<[1], offset: 32>>
  %x = memref.load %row[%c2] : memref<8xf32, strided<[1], offset: 32>>
  %d0 = memref.dim %sv, %c0 : memref<3x2xf32, strided<[16, 3], offset: ?>>
  %d1 = memref.dim %row, %c0 : memref<8xf32, strided<[1], offset: 32>>
  return %x, %d0, %d1 : f32, index, index
}"#;
    let data: Vec<f32> = (0..48).map(|k| k as f32).collect();
    let m = Value::memref_f32(&[6, 8], &data);
    let r = ok(src, "f", vec![m.clone(), Value::index(1)]);
    assert_eq!(r, vec![Value::f32(34.0), Value::index(3), Value::index(8)]);
    // sv[2, 1] is m[1 + 2*2, 1 + 1*3] = m[5, 4].
    let mut expected = data.clone();
    expected[5 * 8 + 4] = 7.0;
    assert_eq!(m.memref_f32s().unwrap(), expected);
    // An offset that makes the view leave the parent.
    let e = err(src, "f", vec![m, Value::index(5)]);
    assert_eq!(e.kind, ErrorKind::OutOfBounds);
    assert_eq!(e.op.as_deref(), Some("memref.subview"));
}

#[test]
fn reshapes_casts_and_copies_alias() {
    let src = r#"
func.func @f(%m: memref<2x3x4xi32>) -> (i32, i32, i32) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c5 = arith.constant 5 : index
  %c13 = arith.constant 13 : index
  %flat = memref.collapse_shape %m [[0, 1], [2]] : memref<2x3x4xi32> into memref<6x4xi32>
  %a = memref.load %flat[%c5, %c1] : memref<6x4xi32>
  %e = memref.expand_shape %flat [[0, 1], [2, 3]] output_shape [3, 2, 2, 2] : memref<6x4xi32> into memref<3x2x2x2xi32>
  %v = arith.constant 99 : i32
  memref.store %v, %e[%c1, %c0, %c1, %c1] : memref<3x2x2x2xi32>
  %r = memref.reinterpret_cast %m to offset: [1], sizes: [23], strides: [1] : memref<2x3x4xi32> to memref<23xi32, strided<[1], offset: 1>>
  %b = memref.load %r[%c13] : memref<23xi32, strided<[1], offset: 1>>
  %dyn = memref.cast %m : memref<2x3x4xi32> to memref<?x3x4xi32>
  %copy = memref.alloc() : memref<2x3x4xi32>
  memref.copy %dyn, %copy : memref<?x3x4xi32> to memref<2x3x4xi32>
  %c = memref.load %copy[%c1, %c0, %c1] : memref<2x3x4xi32>
  memref.dealloc %copy : memref<2x3x4xi32>
  return %a, %b, %c : i32, i32, i32
}"#;
    let data: Vec<i32> = (0..24).collect();
    let m = Value::memref_i32(&[2, 3, 4], &data);
    let r = ok(src, "f", vec![m.clone()]);
    // e[1, 0, 1, 1] = flat[2, 3] = m[0, 2, 3] = element 11; r[13] = element 14; copy[1,0,1] = 13.
    assert_eq!(r, vec![Value::i32(21), Value::i32(14), Value::i32(13)]);
    let mut expected: Vec<i64> = (0..24).collect();
    expected[11] = 99;
    assert_eq!(m.memref_i64s().unwrap(), expected);
}

#[test]
fn bounds_and_liveness_errors() {
    let src = r#"
func.func @oob(%m: memref<4x?xf32>, %i: index, %j: index) -> f32 {
  %x = memref.load %m[%i, %j] : memref<4x?xf32>
  return %x : f32
}
func.func @uaf(%n: index) -> f32 {
  %c0 = arith.constant 0 : index
  %m = memref.alloc(%n) : memref<?xf32>
  memref.dealloc %m : memref<?xf32>
  %x = memref.load %m[%c0] : memref<?xf32>
  return %x : f32
}
func.func @twice() {
  %m = memref.alloca() : memref<2xf32>
  memref.dealloc %m : memref<2xf32>
  memref.dealloc %m : memref<2xf32>
  return
}"#;
    let m = Value::memref_f32(&[4, 3], &[0.0; 12]);
    assert_eq!(
        ok(
            src,
            "oob",
            vec![m.clone(), Value::index(3), Value::index(2)]
        ),
        vec![Value::f32(0.0)]
    );
    let e = err(
        src,
        "oob",
        vec![m.clone(), Value::index(1), Value::index(3)],
    );
    assert_eq!(e.kind, ErrorKind::OutOfBounds);
    assert!(
        e.message.contains("[1, 3]") && e.message.contains("[4, 3]"),
        "{e}"
    );
    assert_eq!(e.loc.as_deref(), Some("test.mlir:3:8"));
    assert_eq!(
        err(src, "oob", vec![m, Value::index(-1), Value::index(0)]).kind,
        ErrorKind::OutOfBounds
    );
    assert_eq!(
        err(src, "uaf", vec![Value::index(3)]).kind,
        ErrorKind::UseAfterFree
    );
    assert_eq!(err(src, "twice", vec![]).kind, ErrorKind::UseAfterFree);
    // alloca memory dies with its function.
    let src = r#"
func.func @stack() -> memref<2xf32> {
  %m = memref.alloca() : memref<2xf32>
  return %m : memref<2xf32>
}
func.func @f() -> f32 {
  %c0 = arith.constant 0 : index
  %m = func.call @stack() : () -> memref<2xf32>
  %x = memref.load %m[%c0] : memref<2xf32>
  return %x : f32
}"#;
    assert_eq!(err(src, "f", vec![]).kind, ErrorKind::UseAfterFree);
    // A freed input buffer cannot be read back either.
    let src = "func.func @f(%m: memref<2xf32>) {\n  memref.dealloc %m : memref<2xf32>\n  return\n}";
    let m = Value::memref_f32(&[2], &[1.0, 2.0]);
    ok(src, "f", vec![m.clone()]);
    assert_eq!(m.memref_f32s(), None);
}

#[test]
fn matmul_37x53x29_matches_rust() {
    let (mm, kk, nn) = (37usize, 53usize, 29usize);
    let src = format!(
        r#"
func.func @matmul(%a: memref<{mm}x{kk}xf32>, %b: memref<{kk}x{nn}xf32>, %c: memref<{mm}x{nn}xf32>) {{
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %cm = arith.constant {mm} : index
  %ck = arith.constant {kk} : index
  %cn = arith.constant {nn} : index
  scf.for %i = %c0 to %cm step %c1 {{
    scf.for %j = %c0 to %cn step %c1 {{
      %init = memref.load %c[%i, %j] : memref<{mm}x{nn}xf32>
      %sum = scf.for %k = %c0 to %ck step %c1 iter_args(%acc = %init) -> (f32) {{
        %x = memref.load %a[%i, %k] : memref<{mm}x{kk}xf32>
        %y = memref.load %b[%k, %j] : memref<{kk}x{nn}xf32>
        %p = arith.mulf %x, %y : f32
        %s = arith.addf %acc, %p : f32
        scf.yield %s : f32
      }}
      memref.store %sum, %c[%i, %j] : memref<{mm}x{nn}xf32>
    }}
  }}
  return
}}"#
    );
    let mut rng = Rng(0x9e3779b97f4a7c15);
    let a: Vec<f32> = (0..mm * kk).map(|_| rng.f32()).collect();
    let b: Vec<f32> = (0..kk * nn).map(|_| rng.f32()).collect();
    let c0: Vec<f32> = (0..mm * nn).map(|_| rng.f32()).collect();
    let c = Value::memref_f32(&[mm, nn], &c0);
    ok(
        &src,
        "matmul",
        vec![
            Value::memref_f32(&[mm, kk], &a),
            Value::memref_f32(&[kk, nn], &b),
            c.clone(),
        ],
    );
    let mut expected = c0;
    for i in 0..mm {
        for j in 0..nn {
            let mut acc = expected[i * nn + j];
            for k in 0..kk {
                acc += a[i * kk + k] * b[k * nn + j];
            }
            expected[i * nn + j] = acc;
        }
    }
    // Same operation order and f32 rounding: bit-exact.
    assert_eq!(c.memref_f32s().unwrap(), expected);
}
