//! graph and te semantics: hand-computed results, and agreement with the loops
//! `lower-graph,lower-te` write for the same program.

mod common;

use common::{err, ok, parse, Rng};
use interp::{ErrorKind, Interpreter, Value};

fn tensor(shape: &[usize], data: &[f32]) -> Value {
    Value::tensor_f32(shape, data)
}

fn iota(n: usize, from: f32) -> Vec<f32> {
    (0..n).map(|i| from + i as f32).collect()
}

#[test]
fn matmul() {
    let src = r#"
func.func @f(%a: tensor<2x3xf32>, %b: tensor<3x2xf32>) -> tensor<2x2xf32> {
  %0 = graph.matmul %a, %b : (tensor<2x3xf32>, tensor<3x2xf32>) -> tensor<2x2xf32>
  return %0 : tensor<2x2xf32>
}"#;
    // [[1 2 3] [4 5 6]] x [[1 0] [0 1] [2 -1]]
    let a = tensor(&[2, 3], &[1.0, 2.0, 3.0, 4.0, 5.0, 6.0]);
    let b = tensor(&[3, 2], &[1.0, 0.0, 0.0, 1.0, 2.0, -1.0]);
    let r = ok(src, "f", vec![a, b]);
    assert_eq!(r, vec![tensor(&[2, 2], &[7.0, -1.0, 16.0, -1.0])]);
}

#[test]
fn conv2d_strided_padded_dilated_grouped() {
    let src = r#"
func.func @f(%x: tensor<1x2x4x4xf32>, %w: tensor<2x1x2x2xf32>) -> tensor<1x2x2x2xf32> {
  %0 = graph.conv2d %x, %w {strides = array<i64: 2, 2>, padding = array<i64: 1, 1>, dilation = array<i64: 2, 2>, groups = 2 : i64} : (tensor<1x2x4x4xf32>, tensor<2x1x2x2xf32>) -> tensor<1x2x2x2xf32>
  return %0 : tensor<1x2x2x2xf32>
}"#;
    // Channel 0 holds 0..16, channel 1 100..116 (row-major 4x4). Filter 0 (group 0,
    // channel 0) is [[1 2] [3 4]], filter 1 (group 1, channel 1) [[1 0] [0 -1]]. Output
    // (y, x) reads rows 2y - 1 + 2ry and columns 2x - 1 + 2rx, zero outside:
    // out0[0,0] = 4*x0[1,1] = 20; out0[0,1] = 3*x0[1,1] + 4*x0[1,3] = 15 + 28;
    // out0[1,0] = 2*x0[1,1] + 4*x0[3,1] = 10 + 52; out0[1,1] = 5 + 14 + 39 + 60;
    // out1[y,x] = x1[2y-1, 2x-1] - x1[2y+1, 2x+1] = -105, -107, -113, 105 - 115.
    let mut x = iota(16, 0.0);
    x.extend(iota(16, 100.0));
    let w = [1.0, 2.0, 3.0, 4.0, 1.0, 0.0, 0.0, -1.0];
    let r = ok(
        src,
        "f",
        vec![tensor(&[1, 2, 4, 4], &x), tensor(&[2, 1, 2, 2], &w)],
    );
    let expected = [20.0, 43.0, 62.0, 118.0, -105.0, -107.0, -113.0, -10.0];
    assert_eq!(r, vec![tensor(&[1, 2, 2, 2], &expected)]);
}

#[test]
fn elementwise_ops_broadcast() {
    let src = r#"
func.func @f(%a: tensor<2x1x3xf32>, %b: tensor<2x1xf32>, %s: tensor<f32>) -> (tensor<2x2x3xf32>, tensor<2x1x3xf32>) {
  %0 = graph.add %a, %b : (tensor<2x1x3xf32>, tensor<2x1xf32>) -> tensor<2x2x3xf32>
  %1 = graph.mul %s, %a : (tensor<f32>, tensor<2x1x3xf32>) -> tensor<2x1x3xf32>
  return %0, %1 : tensor<2x2x3xf32>, tensor<2x1x3xf32>
}"#;
    // a[i, 0, k] = 10i + k, b[j, 0] = 100(j + 1): sum[i, j, k] = 10i + k + 100(j + 1).
    let a = tensor(&[2, 1, 3], &[0.0, 1.0, 2.0, 10.0, 11.0, 12.0]);
    let b = tensor(&[2, 1], &[100.0, 200.0]);
    let r = ok(src, "f", vec![a, b, tensor(&[], &[-2.0])]);
    let sum = [
        100.0, 101.0, 102.0, 200.0, 201.0, 202.0, 110.0, 111.0, 112.0, 210.0, 211.0, 212.0,
    ];
    // 0 * -2 is -0 (values compare bit patterns).
    let product = [-0.0, -2.0, -4.0, -20.0, -22.0, -24.0];
    assert_eq!(
        r,
        vec![tensor(&[2, 2, 3], &sum), tensor(&[2, 1, 3], &product)]
    );
}

#[test]
fn relu_bias_add_and_constant() {
    let src = r#"
func.func @f(%x: tensor<2x3xf32>) -> (tensor<2x3xf32>, tensor<2x3xf32>) {
  %b = graph.constant dense<[1.0, 2.0, 3.0]> : tensor<3xf32>
  %c = graph.constant dense<[10.0, 20.0]> : tensor<2xf32>
  %0 = graph.bias_add %x, %b : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %1 = graph.bias_add %x, %c {axis = 0 : i64} : (tensor<2x3xf32>, tensor<2xf32>) -> tensor<2x3xf32>
  %2 = graph.relu %0 : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %2, %1 : tensor<2x3xf32>, tensor<2x3xf32>
}"#;
    let x = tensor(&[2, 3], &[-5.0, -2.5, -0.5, 0.0, -3.0, f32::NAN]);
    let r = ok(src, "f", vec![x]);
    // relu keeps NaN (arith.maximumf).
    let relu = [0.0, 0.0, 2.5, 1.0, 0.0, f32::NAN];
    let along0 = [5.0, 7.5, 9.5, 20.0, 17.0, f32::NAN];
    assert_eq!(r, vec![tensor(&[2, 3], &relu), tensor(&[2, 3], &along0)]);
}

#[test]
fn te_read_padding_and_bounds() {
    let src = r#"
func.func @shift(%t: tensor<3xf32>) -> tensor<5xf32> {
  %r = te.compute [i = %i] : tensor<5xf32> {
    %c1 = arith.constant 1 : index
    %j = arith.subi %i, %c1 : index
    %v = te.read %t[%j] {padding = -7.0 : f32} : tensor<3xf32>
    te.yield %v : f32
  }
  return %r : tensor<5xf32>
}
func.func @unpadded(%t: tensor<3xf32>) -> tensor<4xf32> {
  %r = te.compute [i = %i] : tensor<4xf32> {
    %v = te.read %t[%i] : tensor<3xf32>
    te.yield %v : f32
  }
  return %r : tensor<4xf32>
}"#;
    let t = tensor(&[3], &[1.0, 2.0, 3.0]);
    let r = ok(src, "shift", vec![t.clone()]);
    assert_eq!(r, vec![tensor(&[5], &[-7.0, 1.0, 2.0, 3.0, -7.0])]);
    let e = err(src, "unpadded", vec![t]);
    assert_eq!(e.kind, ErrorKind::OutOfBounds);
    assert_eq!(e.op.as_deref(), Some("te.read"));
    assert!(e.message.contains("[3]"), "{}", e.message);
}

#[test]
fn te_reductions_and_ignored_schedule() {
    let src = r#"
func.func @mm(%A: tensor<3x2xf32>, %B: tensor<3x2xf32>) -> tensor<2x2xf32> {
  %C = te.compute [y = %y, x = %x] : tensor<2x2xf32> schedule #te.schedule<[split(y, 1) -> (yo, yi), reorder(x, yo, yi)]> {
    %s = te.sum [k = %k in 3] : f32 {
      %a = te.read %A[%k, %y] : tensor<3x2xf32>
      %b = te.read %B[%k, %x] : tensor<3x2xf32>
      %p = arith.mulf %a, %b : f32
      te.yield %p : f32
    }
    te.yield %s : f32
  }
  return %C : tensor<2x2xf32>
}
func.func @ints(%t: tensor<2x3xi32>) -> tensor<4xi32> {
  %r = te.compute [i = %i] : tensor<4xi32> {
    %mx = te.max [a = %a in 2, b = %b in 3] : i32 {
      %v = te.read %t[%a, %b] : tensor<2x3xi32>
      te.yield %v : i32
    }
    %mn = te.min [c = %c in 2, d = %d in 3] : i32 {
      %v = te.read %t[%c, %d] : tensor<2x3xi32>
      te.yield %v : i32
    }
    %pr = te.prod [e = %e in 3] : i32 {
      %v = te.read %t[%i, %e] {padding = 1 : i32} : tensor<2x3xi32>
      te.yield %v : i32
    }
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c2 = arith.constant 2 : index
    %is0 = arith.cmpi eq, %i, %c0 : index
    %is1 = arith.cmpi eq, %i, %c1 : index
    %is2 = arith.cmpi eq, %i, %c2 : index
    %x = arith.select %is2, %pr, %mx : i32
    %y = arith.select %is1, %mn, %x : i32
    %z = arith.select %is0, %pr, %y : i32
    te.yield %z : i32
  }
  return %r : tensor<4xi32>
}"#;
    // C[y, x] = sum_k A[k, y] * B[k, x].
    let a = tensor(&[3, 2], &[1.0, 2.0, 3.0, 4.0, 5.0, 6.0]);
    let b = tensor(&[3, 2], &[1.0, -1.0, 0.0, 2.0, 1.0, 0.0]);
    let r = ok(src, "mm", vec![a, b]);
    assert_eq!(r, vec![tensor(&[2, 2], &[6.0, 5.0, 8.0, 6.0])]);
    // Row 0 is [3, -4, 5], row 1 [-1, 2, 7]: index 0 and 2 are the products of rows
    // 0 and 2 (out of bounds: padding 1 for every element), 1 the min, 3 the max.
    let t = Value::tensor(
        &[2, 3],
        [3, -4, 5, -1, 2, 7]
            .iter()
            .map(|&v| Value::i32(v))
            .collect(),
    );
    let r = ok(src, "ints", vec![t]);
    let expected = [-60, -4, 1, 7].iter().map(|&v| Value::i32(v)).collect();
    assert_eq!(r, vec![Value::tensor(&[4], expected)]);
}

/// A graph program with every op, run as written and after `lower-graph,lower-te`: the
/// lowered loops compute the same elements in the same order, so the results agree.
#[test]
fn graph_agrees_with_its_lowering() {
    let src = r#"
func.func @main(%x: tensor<2x4x9x11xf32>, %w: tensor<6x2x3x2xf32>, %m: tensor<24x5xf32>, %v: tensor<5xf32>) -> (tensor<2x6x4x6xf32>, tensor<2x5xf32>) {
  %c = graph.conv2d %x, %w {dilation = array<i64: 2, 1>, groups = 2 : i64, padding = array<i64: 1, 0, 2, 1>, strides = array<i64: 2, 2>} : (tensor<2x4x9x11xf32>, tensor<6x2x3x2xf32>) -> tensor<2x6x4x6xf32>
  %b = graph.constant dense<[0.5, -0.5, 1.0, 0.0, 2.0, -1.0]> : tensor<6xf32>
  %cb = graph.bias_add %c, %b : (tensor<2x6x4x6xf32>, tensor<6xf32>) -> tensor<2x6x4x6xf32>
  %r = graph.relu %cb : (tensor<2x6x4x6xf32>) -> tensor<2x6x4x6xf32>
  %s = graph.constant dense<[[1.0], [2.0]]> : tensor<2x1xf32>
  %flat = graph.constant dense<0.25> : tensor<2x24xf32>
  %mm = graph.matmul %flat, %m : (tensor<2x24xf32>, tensor<24x5xf32>) -> tensor<2x5xf32>
  %a = graph.add %mm, %v : (tensor<2x5xf32>, tensor<5xf32>) -> tensor<2x5xf32>
  %p = graph.mul %a, %s : (tensor<2x5xf32>, tensor<2x1xf32>) -> tensor<2x5xf32>
  return %r, %p : tensor<2x6x4x6xf32>, tensor<2x5xf32>
}"#;
    let shapes: [&[usize]; 4] = [&[2, 4, 9, 11], &[6, 2, 3, 2], &[24, 5], &[5]];
    let mut rng = Rng(42);
    let data: Vec<Vec<f32>> = shapes
        .iter()
        .map(|s| (0..s.iter().product()).map(|_| rng.f32()).collect())
        .collect();

    let ctx = dialects::context();
    let mut ir = ir::Ir::new();
    let module = parse(&ctx, &mut ir, src, "graph.mlir", false, true);
    let args = shapes
        .iter()
        .zip(&data)
        .map(|(s, d)| tensor(s, d))
        .collect();
    let graph = Interpreter::new(&ctx, &ir, module)
        .call("main", args)
        .unwrap();

    let mut lowered_ir = ir::Ir::new();
    let lowered = parse(&ctx, &mut lowered_ir, src, "graph.mlir", false, true);
    let registry = passes::PassRegistry::with_builtin_passes();
    let pipeline = passes::pipeline::parse_pass_list(&registry, "lower-graph,lower-te").unwrap();
    let mut pm = passes::manager::PassManager::new(pipeline, Default::default());
    pm.run(&ctx, &mut lowered_ir, lowered)
        .unwrap_or_else(|f| panic!("{:?}", f.diagnostics()));
    let args = shapes
        .iter()
        .zip(&data)
        .map(|(s, d)| Value::memref_f32(s, d))
        .collect();
    let loops = Interpreter::new(&ctx, &lowered_ir, lowered)
        .call("main", args)
        .unwrap();

    assert_eq!(graph.len(), 2);
    for (g, l) in graph.iter().zip(&loops) {
        let (g, l) = (g.elements_f32().unwrap(), l.memref_f32s().unwrap());
        assert_eq!(g.len(), l.len());
        for (i, (x, y)) in g.iter().zip(&l).enumerate() {
            // Schedules may reorder sums once lower-te applies them: allow rounding.
            assert!((x - y).abs() <= 1e-5 * x.abs().max(1.0), "{i}: {x} vs {y}");
        }
    }
    assert!(graph[0].elements_f32().unwrap().iter().any(|&x| x > 0.0));
}
