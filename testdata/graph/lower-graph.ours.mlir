// lower-graph: every graph op to te computes (ours: te is not an mlir-opt dialect).
// RUN: opt-tool %s --pass=lower-graph | FileCheck %s
// RUN: opt-tool %s --pass=lower-graph --emit=generic | opt-tool - | FileCheck %s
// RUN: opt-tool %s --pass=lower-graph --pass-statistics 2>&1 >/dev/null | FileCheck %s --check-prefix=STATS

func.func @matmul(%a: tensor<4x5xf32>, %b: tensor<5x7xf32>) -> tensor<4x7xf32> {
  %0 = graph.matmul %a, %b : (tensor<4x5xf32>, tensor<5x7xf32>) -> tensor<4x7xf32>
  return %0 : tensor<4x7xf32>
}

func.func @conv2d_padded(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>) -> tensor<1x4x8x8xf32> {
  %0 = graph.conv2d %x, %w {padding = array<i64: 1, 1>} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x8x8xf32>
  return %0 : tensor<1x4x8x8xf32>
}

// Strides, dilation, asymmetric padding and groups.
func.func @conv2d_grouped(%x: tensor<2x4x9x11xf32>, %w: tensor<6x2x3x2xf32>) -> tensor<2x6x4x6xf32> {
  %0 = graph.conv2d %x, %w {dilation = array<i64: 2, 1>, groups = 2 : i64, padding = array<i64: 1, 0, 2, 1>, strides = array<i64: 2, 2>} : (tensor<2x4x9x11xf32>, tensor<6x2x3x2xf32>) -> tensor<2x6x4x6xf32>
  return %0 : tensor<2x6x4x6xf32>
}

// No padding: a plain read.
func.func @conv2d_valid(%x: tensor<1x1x5x5xf32>, %w: tensor<1x1x3x3xf32>) -> tensor<1x1x3x3xf32> {
  %0 = graph.conv2d %x, %w : (tensor<1x1x5x5xf32>, tensor<1x1x3x3xf32>) -> tensor<1x1x3x3xf32>
  return %0 : tensor<1x1x3x3xf32>
}

func.func @broadcast(%a: tensor<4x1x5xf32>, %b: tensor<3x1xf32>, %s: tensor<f32>) -> (tensor<4x3x5xf32>, tensor<4x1x5xf32>) {
  %0 = graph.add %a, %b : (tensor<4x1x5xf32>, tensor<3x1xf32>) -> tensor<4x3x5xf32>
  %1 = graph.mul %s, %a : (tensor<f32>, tensor<4x1x5xf32>) -> tensor<4x1x5xf32>
  return %0, %1 : tensor<4x3x5xf32>, tensor<4x1x5xf32>
}

func.func @bias_relu(%x: tensor<1x4x2x2xf32>, %b: tensor<4xf32>, %v: tensor<2x3xf64>, %c: tensor<2xf64>) -> (tensor<1x4x2x2xf32>, tensor<2x3xf64>) {
  %0 = graph.bias_add %x, %b : (tensor<1x4x2x2xf32>, tensor<4xf32>) -> tensor<1x4x2x2xf32>
  %1 = graph.relu %0 : (tensor<1x4x2x2xf32>) -> tensor<1x4x2x2xf32>
  %2 = graph.bias_add %v, %c {axis = 0 : i64} : (tensor<2x3xf64>, tensor<2xf64>) -> tensor<2x3xf64>
  return %1, %2 : tensor<1x4x2x2xf32>, tensor<2x3xf64>
}

func.func @constant(%x: tensor<2x2xf32>) -> tensor<2x2xf32> {
  %c = graph.constant dense<[[1.0, 2.0], [3.0, 4.0]]> : tensor<2x2xf32>
  %0 = graph.add %x, %c : (tensor<2x2xf32>, tensor<2x2xf32>) -> tensor<2x2xf32>
  return %0 : tensor<2x2xf32>
}

// CHECK:      module {
// CHECK-LABEL:  func.func @matmul(%arg0: tensor<4x5xf32>, %arg1: tensor<5x7xf32>) -> tensor<4x7xf32> {
// CHECK-NEXT:     %0 = te.compute [i = %arg2, j = %arg3] : tensor<4x7xf32> {
// CHECK-NEXT:       %1 = te.sum [k = %arg4 in 5] : f32 {
// CHECK-NEXT:         %2 = te.read %arg0[%arg2, %arg4] : tensor<4x5xf32>
// CHECK-NEXT:         %3 = te.read %arg1[%arg4, %arg3] : tensor<5x7xf32>
// CHECK-NEXT:         %4 = arith.mulf %2, %3 : f32
// CHECK-NEXT:         te.yield %4 : f32
// CHECK-NEXT:       }
// CHECK-NEXT:       te.yield %1 : f32
// CHECK-NEXT:     }
// CHECK-NEXT:     return %0 : tensor<4x7xf32>
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @conv2d_padded(%arg0: tensor<1x3x8x8xf32>, %arg1: tensor<4x3x3x3xf32>) -> tensor<1x4x8x8xf32> {
// CHECK-NEXT:     %0 = te.compute [n = %arg2, f = %arg3, y = %arg4, x = %arg5] : tensor<1x4x8x8xf32> {
// CHECK-NEXT:       %1 = te.sum [c = %arg6 in 3, ry = %arg7 in 3, rx = %arg8 in 3] : f32 {
// CHECK-NEXT:         %2 = arith.addi %arg4, %arg7 : index
// CHECK-NEXT:         %c1 = arith.constant 1 : index
// CHECK-NEXT:         %3 = arith.subi %2, %c1 : index
// CHECK-NEXT:         %4 = arith.addi %arg5, %arg8 : index
// CHECK-NEXT:         %5 = arith.subi %4, %c1 : index
// CHECK-NEXT:         %6 = te.read %arg0[%arg2, %arg6, %3, %5] {padding = 0.000000e+00 : f32} : tensor<1x3x8x8xf32>
// CHECK-NEXT:         %7 = te.read %arg1[%arg3, %arg6, %arg7, %arg8] : tensor<4x3x3x3xf32>
// CHECK-NEXT:         %8 = arith.mulf %6, %7 : f32
// CHECK-NEXT:         te.yield %8 : f32
// CHECK-NEXT:       }
// CHECK-NEXT:       te.yield %1 : f32
// CHECK-NEXT:     }
// CHECK-NEXT:     return %0 : tensor<1x4x8x8xf32>
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @conv2d_grouped(%arg0: tensor<2x4x9x11xf32>, %arg1: tensor<6x2x3x2xf32>) -> tensor<2x6x4x6xf32> {
// CHECK-NEXT:     %0 = te.compute [n = %arg2, f = %arg3, y = %arg4, x = %arg5] : tensor<2x6x4x6xf32> {
// CHECK-NEXT:       %1 = te.sum [c = %arg6 in 2, ry = %arg7 in 3, rx = %arg8 in 2] : f32 {
// CHECK-NEXT:         %c3 = arith.constant 3 : index
// CHECK-NEXT:         %2 = arith.divui %arg3, %c3 : index
// CHECK-NEXT:         %c2 = arith.constant 2 : index
// CHECK-NEXT:         %3 = arith.muli %2, %c2 : index
// CHECK-NEXT:         %4 = arith.addi %3, %arg6 : index
// CHECK-NEXT:         %5 = arith.muli %arg4, %c2 : index
// CHECK-NEXT:         %6 = arith.muli %arg7, %c2 : index
// CHECK-NEXT:         %7 = arith.addi %5, %6 : index
// CHECK-NEXT:         %c1 = arith.constant 1 : index
// CHECK-NEXT:         %8 = arith.subi %7, %c1 : index
// CHECK-NEXT:         %9 = arith.muli %arg5, %c2 : index
// CHECK-NEXT:         %10 = arith.addi %9, %arg8 : index
// CHECK-NEXT:         %11 = te.read %arg0[%arg2, %4, %8, %10] {padding = 0.000000e+00 : f32} : tensor<2x4x9x11xf32>
// CHECK-NEXT:         %12 = te.read %arg1[%arg3, %arg6, %arg7, %arg8] : tensor<6x2x3x2xf32>
// CHECK-NEXT:         %13 = arith.mulf %11, %12 : f32
// CHECK-NEXT:         te.yield %13 : f32
// CHECK-NEXT:       }
// CHECK-NEXT:       te.yield %1 : f32
// CHECK-NEXT:     }
// CHECK-NEXT:     return %0 : tensor<2x6x4x6xf32>
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @conv2d_valid(%arg0: tensor<1x1x5x5xf32>, %arg1: tensor<1x1x3x3xf32>) -> tensor<1x1x3x3xf32> {
// CHECK-NEXT:     %0 = te.compute [n = %arg2, f = %arg3, y = %arg4, x = %arg5] : tensor<1x1x3x3xf32> {
// CHECK-NEXT:       %1 = te.sum [c = %arg6 in 1, ry = %arg7 in 3, rx = %arg8 in 3] : f32 {
// CHECK-NEXT:         %2 = arith.addi %arg4, %arg7 : index
// CHECK-NEXT:         %3 = arith.addi %arg5, %arg8 : index
// CHECK-NEXT:         %4 = te.read %arg0[%arg2, %arg6, %2, %3] : tensor<1x1x5x5xf32>
// CHECK-NEXT:         %5 = te.read %arg1[%arg3, %arg6, %arg7, %arg8] : tensor<1x1x3x3xf32>
// CHECK-NEXT:         %6 = arith.mulf %4, %5 : f32
// CHECK-NEXT:         te.yield %6 : f32
// CHECK-NEXT:       }
// CHECK-NEXT:       te.yield %1 : f32
// CHECK-NEXT:     }
// CHECK-NEXT:     return %0 : tensor<1x1x3x3xf32>
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @broadcast(%arg0: tensor<4x1x5xf32>, %arg1: tensor<3x1xf32>, %arg2: tensor<f32>) -> (tensor<4x3x5xf32>, tensor<4x1x5xf32>) {
// CHECK-NEXT:     %0 = te.compute [d0 = %arg3, d1 = %arg4, d2 = %arg5] : tensor<4x3x5xf32> {
// CHECK-NEXT:       %c0 = arith.constant 0 : index
// CHECK-NEXT:       %2 = te.read %arg0[%arg3, %c0, %arg5] : tensor<4x1x5xf32>
// CHECK-NEXT:       %3 = te.read %arg1[%arg4, %c0] : tensor<3x1xf32>
// CHECK-NEXT:       %4 = arith.addf %2, %3 : f32
// CHECK-NEXT:       te.yield %4 : f32
// CHECK-NEXT:     }
// CHECK-NEXT:     %1 = te.compute [d0 = %arg3, d1 = %arg4, d2 = %arg5] : tensor<4x1x5xf32> {
// CHECK-NEXT:       %2 = te.read %arg2[] : tensor<f32>
// CHECK-NEXT:       %3 = te.read %arg0[%arg3, %arg4, %arg5] : tensor<4x1x5xf32>
// CHECK-NEXT:       %4 = arith.mulf %2, %3 : f32
// CHECK-NEXT:       te.yield %4 : f32
// CHECK-NEXT:     }
// CHECK-NEXT:     return %0, %1 : tensor<4x3x5xf32>, tensor<4x1x5xf32>
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @bias_relu(%arg0: tensor<1x4x2x2xf32>, %arg1: tensor<4xf32>, %arg2: tensor<2x3xf64>, %arg3: tensor<2xf64>) -> (tensor<1x4x2x2xf32>, tensor<2x3xf64>) {
// CHECK-NEXT:     %0 = te.compute [d0 = %arg4, d1 = %arg5, d2 = %arg6, d3 = %arg7] : tensor<1x4x2x2xf32> {
// CHECK-NEXT:       %3 = te.read %arg0[%arg4, %arg5, %arg6, %arg7] : tensor<1x4x2x2xf32>
// CHECK-NEXT:       %4 = te.read %arg1[%arg5] : tensor<4xf32>
// CHECK-NEXT:       %5 = arith.addf %3, %4 : f32
// CHECK-NEXT:       te.yield %5 : f32
// CHECK-NEXT:     }
// CHECK-NEXT:     %1 = te.compute [d0 = %arg4, d1 = %arg5, d2 = %arg6, d3 = %arg7] : tensor<1x4x2x2xf32> {
// CHECK-NEXT:       %3 = te.read %0[%arg4, %arg5, %arg6, %arg7] : tensor<1x4x2x2xf32>
// CHECK-NEXT:       %cst = arith.constant 0.000000e+00 : f32
// CHECK-NEXT:       %4 = arith.maximumf %3, %cst : f32
// CHECK-NEXT:       te.yield %4 : f32
// CHECK-NEXT:     }
// CHECK-NEXT:     %2 = te.compute [d0 = %arg4, d1 = %arg5] : tensor<2x3xf64> {
// CHECK-NEXT:       %3 = te.read %arg2[%arg4, %arg5] : tensor<2x3xf64>
// CHECK-NEXT:       %4 = te.read %arg3[%arg4] : tensor<2xf64>
// CHECK-NEXT:       %5 = arith.addf %3, %4 : f64
// CHECK-NEXT:       te.yield %5 : f64
// CHECK-NEXT:     }
// CHECK-NEXT:     return %1, %2 : tensor<1x4x2x2xf32>, tensor<2x3xf64>
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @constant(%arg0: tensor<2x2xf32>) -> tensor<2x2xf32> {
// CHECK-NEXT:     %cst = arith.constant dense<{{\[\[}}1.000000e+00, 2.000000e+00], [3.000000e+00, 4.000000e+00]]> : tensor<2x2xf32>
// CHECK-NEXT:     %0 = te.compute [d0 = %arg1, d1 = %arg2] : tensor<2x2xf32> {
// CHECK-NEXT:       %1 = te.read %arg0[%arg1, %arg2] : tensor<2x2xf32>
// CHECK-NEXT:       %2 = te.read %cst[%arg1, %arg2] : tensor<2x2xf32>
// CHECK-NEXT:       %3 = arith.addf %1, %2 : f32
// CHECK-NEXT:       te.yield %3 : f32
// CHECK-NEXT:     }
// CHECK-NEXT:     return %0 : tensor<2x2xf32>
// CHECK-NEXT:   }
// CHECK-NEXT: }

// STATS: lower-graph
// STATS: 11 num-lowered - graph ops lowered
