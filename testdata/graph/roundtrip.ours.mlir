// Custom and generic forms of every graph op (ours: mlir-opt reads the generic form
// only, with --allow-unregistered-dialect; the generic output below was checked to
// print back unchanged through it).
// RUN: opt-tool %s | FileCheck %s
// RUN: opt-tool %s --emit=generic | FileCheck %s --check-prefix=GENERIC
// RUN: opt-tool %s | opt-tool - | FileCheck %s
// RUN: opt-tool %s --emit=generic | opt-tool - | FileCheck %s

func.func @net(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>, %b: tensor<4xf32>) -> tensor<1x4x8x8xf32> {
  %0 = graph.conv2d %x, %w {padding = array<i64: 1, 1>} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x8x8xf32>
  %1 = graph.bias_add %0, %b : (tensor<1x4x8x8xf32>, tensor<4xf32>) -> tensor<1x4x8x8xf32>
  %2 = graph.relu %1 : (tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32>
  %c = graph.constant dense<1.0> : tensor<8xf32>
  %3 = graph.add %2, %c : (tensor<1x4x8x8xf32>, tensor<8xf32>) -> tensor<1x4x8x8xf32>
  %4 = graph.mul %3, %3 : (tensor<1x4x8x8xf32>, tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32>
  return %4 : tensor<1x4x8x8xf32>
}

func.func @matmul(%a: tensor<4x5xf32>, %m: tensor<5x7xf32>) -> tensor<4x7xf32> {
  %0 = graph.matmul %a, %m : (tensor<4x5xf32>, tensor<5x7xf32>) -> tensor<4x7xf32>
  return %0 : tensor<4x7xf32>
}

func.func @conv_variants(%x: tensor<2x4x9x11xf32>, %w: tensor<6x2x3x2xf32>) -> (tensor<2x6x4x6xf32>, tensor<2x6x3x5xf32>) {
  %0 = graph.conv2d %x, %w {dilation = array<i64: 2, 1>, groups = 2, padding = array<i64: 1, 0, 2, 1>, strides = array<i64: 2, 2>} : (tensor<2x4x9x11xf32>, tensor<6x2x3x2xf32>) -> tensor<2x6x4x6xf32>
  %1 = "graph.conv2d"(%x, %w) <{groups = 2 : i64, strides = array<i64: 3, 2>}> : (tensor<2x4x9x11xf32>, tensor<6x2x3x2xf32>) -> tensor<2x6x3x5xf32>
  return %0, %1 : tensor<2x6x4x6xf32>, tensor<2x6x3x5xf32>
}

func.func @broadcast(%a: tensor<4x1x5xf32>, %b: tensor<3x1xf32>, %s: tensor<f32>, %v: tensor<2x3xf64>, %bias: tensor<3xf64>) -> (tensor<4x3x5xf32>, tensor<4x1x5xf32>, tensor<2x3xf64>) {
  %0 = graph.add %a, %b : (tensor<4x1x5xf32>, tensor<3x1xf32>) -> tensor<4x3x5xf32>
  %1 = graph.mul %s, %a : (tensor<f32>, tensor<4x1x5xf32>) -> tensor<4x1x5xf32>
  %2 = graph.bias_add %v, %bias {axis = 1 : i64} : (tensor<2x3xf64>, tensor<3xf64>) -> tensor<2x3xf64>
  return %0, %1, %2 : tensor<4x3x5xf32>, tensor<4x1x5xf32>, tensor<2x3xf64>
}

// CHECK:      module {
// CHECK-LABEL:  func.func @net(%arg0: tensor<1x3x8x8xf32>, %arg1: tensor<4x3x3x3xf32>, %arg2: tensor<4xf32>) -> tensor<1x4x8x8xf32> {
// CHECK-NEXT:     %0 = graph.conv2d %arg0, %arg1 {padding = array<i64: 1, 1>} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x8x8xf32>
// CHECK-NEXT:     %1 = graph.bias_add %0, %arg2 : (tensor<1x4x8x8xf32>, tensor<4xf32>) -> tensor<1x4x8x8xf32>
// CHECK-NEXT:     %2 = graph.relu %1 : (tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32>
// CHECK-NEXT:     %3 = graph.constant dense<1.000000e+00> : tensor<8xf32>
// CHECK-NEXT:     %4 = graph.add %2, %3 : (tensor<1x4x8x8xf32>, tensor<8xf32>) -> tensor<1x4x8x8xf32>
// CHECK-NEXT:     %5 = graph.mul %4, %4 : (tensor<1x4x8x8xf32>, tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32>
// CHECK-NEXT:     return %5 : tensor<1x4x8x8xf32>
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @matmul(%arg0: tensor<4x5xf32>, %arg1: tensor<5x7xf32>) -> tensor<4x7xf32> {
// CHECK-NEXT:     %0 = graph.matmul %arg0, %arg1 : (tensor<4x5xf32>, tensor<5x7xf32>) -> tensor<4x7xf32>
// CHECK-NEXT:     return %0 : tensor<4x7xf32>
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @conv_variants(%arg0: tensor<2x4x9x11xf32>, %arg1: tensor<6x2x3x2xf32>) -> (tensor<2x6x4x6xf32>, tensor<2x6x3x5xf32>) {
// CHECK-NEXT:     %0 = graph.conv2d %arg0, %arg1 {dilation = array<i64: 2, 1>, groups = 2 : i64, padding = array<i64: 1, 0, 2, 1>, strides = array<i64: 2, 2>} : (tensor<2x4x9x11xf32>, tensor<6x2x3x2xf32>) -> tensor<2x6x4x6xf32>
// CHECK-NEXT:     %1 = graph.conv2d %arg0, %arg1 {groups = 2 : i64, strides = array<i64: 3, 2>} : (tensor<2x4x9x11xf32>, tensor<6x2x3x2xf32>) -> tensor<2x6x3x5xf32>
// CHECK-NEXT:     return %0, %1 : tensor<2x6x4x6xf32>, tensor<2x6x3x5xf32>
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @broadcast(%arg0: tensor<4x1x5xf32>, %arg1: tensor<3x1xf32>, %arg2: tensor<f32>, %arg3: tensor<2x3xf64>, %arg4: tensor<3xf64>) -> (tensor<4x3x5xf32>, tensor<4x1x5xf32>, tensor<2x3xf64>) {
// CHECK-NEXT:     %0 = graph.add %arg0, %arg1 : (tensor<4x1x5xf32>, tensor<3x1xf32>) -> tensor<4x3x5xf32>
// CHECK-NEXT:     %1 = graph.mul %arg2, %arg0 : (tensor<f32>, tensor<4x1x5xf32>) -> tensor<4x1x5xf32>
// CHECK-NEXT:     %2 = graph.bias_add %arg3, %arg4 {axis = 1 : i64} : (tensor<2x3xf64>, tensor<3xf64>) -> tensor<2x3xf64>
// CHECK-NEXT:     return %0, %1, %2 : tensor<4x3x5xf32>, tensor<4x1x5xf32>, tensor<2x3xf64>
// CHECK-NEXT:   }
// CHECK-NEXT: }

// GENERIC:      "builtin.module"() ({
// GENERIC-LABEL:  "func.func"() <{function_type = (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>, tensor<4xf32>) -> tensor<1x4x8x8xf32>, sym_name = "net"}> ({
// GENERIC-NEXT:   ^bb0(%arg9: tensor<1x3x8x8xf32>, %arg10: tensor<4x3x3x3xf32>, %arg11: tensor<4xf32>):
// GENERIC-NEXT:     %6 = "graph.conv2d"(%arg9, %arg10) <{padding = array<i64: 1, 1>}> : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x8x8xf32>
// GENERIC-NEXT:     %7 = "graph.bias_add"(%6, %arg11) : (tensor<1x4x8x8xf32>, tensor<4xf32>) -> tensor<1x4x8x8xf32>
// GENERIC-NEXT:     %8 = "graph.relu"(%7) : (tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32>
// GENERIC-NEXT:     %9 = "graph.constant"() <{value = dense<1.000000e+00> : tensor<8xf32>}> : () -> tensor<8xf32>
// GENERIC-NEXT:     %10 = "graph.add"(%8, %9) : (tensor<1x4x8x8xf32>, tensor<8xf32>) -> tensor<1x4x8x8xf32>
// GENERIC-NEXT:     %11 = "graph.mul"(%10, %10) : (tensor<1x4x8x8xf32>, tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32>
// GENERIC-NEXT:     "func.return"(%11) : (tensor<1x4x8x8xf32>) -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-LABEL:  "func.func"() <{function_type = (tensor<4x5xf32>, tensor<5x7xf32>) -> tensor<4x7xf32>, sym_name = "matmul"}> ({
// GENERIC-NEXT:   ^bb0(%arg7: tensor<4x5xf32>, %arg8: tensor<5x7xf32>):
// GENERIC-NEXT:     %5 = "graph.matmul"(%arg7, %arg8) : (tensor<4x5xf32>, tensor<5x7xf32>) -> tensor<4x7xf32>
// GENERIC-NEXT:     "func.return"(%5) : (tensor<4x7xf32>) -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-LABEL:  "func.func"() <{function_type = (tensor<2x4x9x11xf32>, tensor<6x2x3x2xf32>) -> (tensor<2x6x4x6xf32>, tensor<2x6x3x5xf32>), sym_name = "conv_variants"}> ({
// GENERIC-NEXT:   ^bb0(%arg5: tensor<2x4x9x11xf32>, %arg6: tensor<6x2x3x2xf32>):
// GENERIC-NEXT:     %3 = "graph.conv2d"(%arg5, %arg6) <{dilation = array<i64: 2, 1>, groups = 2 : i64, padding = array<i64: 1, 0, 2, 1>, strides = array<i64: 2, 2>}> : (tensor<2x4x9x11xf32>, tensor<6x2x3x2xf32>) -> tensor<2x6x4x6xf32>
// GENERIC-NEXT:     %4 = "graph.conv2d"(%arg5, %arg6) <{groups = 2 : i64, strides = array<i64: 3, 2>}> : (tensor<2x4x9x11xf32>, tensor<6x2x3x2xf32>) -> tensor<2x6x3x5xf32>
// GENERIC-NEXT:     "func.return"(%3, %4) : (tensor<2x6x4x6xf32>, tensor<2x6x3x5xf32>) -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-LABEL:  "func.func"() <{function_type = (tensor<4x1x5xf32>, tensor<3x1xf32>, tensor<f32>, tensor<2x3xf64>, tensor<3xf64>) -> (tensor<4x3x5xf32>, tensor<4x1x5xf32>, tensor<2x3xf64>), sym_name = "broadcast"}> ({
// GENERIC-NEXT:   ^bb0(%arg0: tensor<4x1x5xf32>, %arg1: tensor<3x1xf32>, %arg2: tensor<f32>, %arg3: tensor<2x3xf64>, %arg4: tensor<3xf64>):
// GENERIC-NEXT:     %0 = "graph.add"(%arg0, %arg1) : (tensor<4x1x5xf32>, tensor<3x1xf32>) -> tensor<4x3x5xf32>
// GENERIC-NEXT:     %1 = "graph.mul"(%arg2, %arg0) : (tensor<f32>, tensor<4x1x5xf32>) -> tensor<4x1x5xf32>
// GENERIC-NEXT:     %2 = "graph.bias_add"(%arg3, %arg4) <{axis = 1 : i64}> : (tensor<2x3xf64>, tensor<3xf64>) -> tensor<2x3xf64>
// GENERIC-NEXT:     "func.return"(%0, %1, %2) : (tensor<4x3x5xf32>, tensor<4x1x5xf32>, tensor<2x3xf64>) -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-NEXT: }) : () -> ()
