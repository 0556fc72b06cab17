// The graph level down to loops: lower-graph then lower-te (naive loops). The output
// verifies in mlir-opt 22 with its registered dialects (testdata/te/lower-te-output.mlir
// holds it as a registered test).
// RUN: opt-tool %s --pass=lower-graph,lower-te | FileCheck %s

func.func @conv_bias_relu(%x: tensor<1x2x4x4xf32>, %w: tensor<3x2x3x3xf32>, %b: tensor<3xf32>) -> tensor<1x3x4x4xf32> {
  %0 = graph.conv2d %x, %w {padding = array<i64: 1, 1>} : (tensor<1x2x4x4xf32>, tensor<3x2x3x3xf32>) -> tensor<1x3x4x4xf32>
  %1 = graph.bias_add %0, %b : (tensor<1x3x4x4xf32>, tensor<3xf32>) -> tensor<1x3x4x4xf32>
  %2 = graph.relu %1 : (tensor<1x3x4x4xf32>) -> tensor<1x3x4x4xf32>
  return %2 : tensor<1x3x4x4xf32>
}

func.func @mlp(%x: tensor<2x3xf32>, %w: tensor<3x4xf32>) -> tensor<2x4xf32> {
  %b = graph.constant dense<[0.5, -0.5, 1.0, 0.0]> : tensor<4xf32>
  %s = graph.constant dense<2.0> : tensor<1x1xf32>
  %0 = graph.matmul %x, %w : (tensor<2x3xf32>, tensor<3x4xf32>) -> tensor<2x4xf32>
  %1 = graph.add %0, %b : (tensor<2x4xf32>, tensor<4xf32>) -> tensor<2x4xf32>
  %2 = graph.mul %1, %s : (tensor<2x4xf32>, tensor<1x1xf32>) -> tensor<2x4xf32>
  return %2 : tensor<2x4xf32>
}

// CHECK:      module {
// CHECK-LABEL:  func.func @conv_bias_relu(%arg0: memref<1x2x4x4xf32>, %arg1: memref<3x2x3x3xf32>, %arg2: memref<3xf32>) -> memref<1x3x4x4xf32> {
// CHECK-NEXT:     %alloc = memref.alloc() : memref<1x3x4x4xf32>
// CHECK-NEXT:     %c0 = arith.constant 0 : index
// CHECK-NEXT:     %c1 = arith.constant 1 : index
// CHECK-NEXT:     scf.for %arg3 = %c0 to %c1 step %c1 {
// CHECK-NEXT:       %c3 = arith.constant 3 : index
// CHECK-NEXT:       scf.for %arg4 = %c0 to %c3 step %c1 {
// CHECK-NEXT:         %c4 = arith.constant 4 : index
// CHECK-NEXT:         scf.for %arg5 = %c0 to %c4 step %c1 {
// CHECK-NEXT:           scf.for %arg6 = %c0 to %c4 step %c1 {
// CHECK-NEXT:             %cst = arith.constant 0.000000e+00 : f32
// CHECK-NEXT:             %c2 = arith.constant 2 : index
// CHECK-NEXT:             %0 = scf.for %arg7 = %c0 to %c2 step %c1 iter_args(%arg8 = %cst) -> (f32) {
// CHECK-NEXT:               %1 = scf.for %arg9 = %c0 to %c3 step %c1 iter_args(%arg10 = %arg8) -> (f32) {
// CHECK-NEXT:                 %2 = scf.for %arg11 = %c0 to %c3 step %c1 iter_args(%arg12 = %arg10) -> (f32) {
// CHECK-NEXT:                   %3 = arith.addi %arg5, %arg9 : index
// CHECK-NEXT:                   %c1_6 = arith.constant 1 : index
// CHECK-NEXT:                   %4 = arith.subi %3, %c1_6 : index
// CHECK-NEXT:                   %5 = arith.addi %arg6, %arg11 : index
// CHECK-NEXT:                   %6 = arith.subi %5, %c1_6 : index
// CHECK-NEXT:                   %7 = arith.cmpi sge, %arg3, %c0 : index
// CHECK-NEXT:                   %8 = arith.cmpi slt, %arg3, %c1 : index
// CHECK-NEXT:                   %9 = arith.andi %7, %8 : i1
// CHECK-NEXT:                   %10 = arith.cmpi sge, %arg7, %c0 : index
// CHECK-NEXT:                   %11 = arith.andi %9, %10 : i1
// CHECK-NEXT:                   %12 = arith.cmpi slt, %arg7, %c2 : index
// CHECK-NEXT:                   %13 = arith.andi %11, %12 : i1
// CHECK-NEXT:                   %14 = arith.cmpi sge, %4, %c0 : index
// CHECK-NEXT:                   %15 = arith.andi %13, %14 : i1
// CHECK-NEXT:                   %16 = arith.cmpi slt, %4, %c4 : index
// CHECK-NEXT:                   %17 = arith.andi %15, %16 : i1
// CHECK-NEXT:                   %18 = arith.cmpi sge, %6, %c0 : index
// CHECK-NEXT:                   %19 = arith.andi %17, %18 : i1
// CHECK-NEXT:                   %20 = arith.cmpi slt, %6, %c4 : index
// CHECK-NEXT:                   %21 = arith.andi %19, %20 : i1
// CHECK-NEXT:                   %22 = scf.if %21 -> (f32) {
// CHECK-NEXT:                     %26 = memref.load %arg0[%arg3, %arg7, %4, %6] : memref<1x2x4x4xf32>
// CHECK-NEXT:                     scf.yield %26 : f32
// CHECK-NEXT:                   } else {
// CHECK-NEXT:                     %cst_7 = arith.constant 0.000000e+00 : f32
// CHECK-NEXT:                     scf.yield %cst_7 : f32
// CHECK-NEXT:                   }
// CHECK-NEXT:                   %23 = memref.load %arg1[%arg4, %arg7, %arg9, %arg11] : memref<3x2x3x3xf32>
// CHECK-NEXT:                   %24 = arith.mulf %22, %23 : f32
// CHECK-NEXT:                   %25 = arith.addf %arg12, %24 : f32
// CHECK-NEXT:                   scf.yield %25 : f32
// CHECK-NEXT:                 }
// CHECK-NEXT:                 scf.yield %2 : f32
// CHECK-NEXT:               }
// CHECK-NEXT:               scf.yield %1 : f32
// CHECK-NEXT:             }
// CHECK-NEXT:             memref.store %0, %alloc[%arg3, %arg4, %arg5, %arg6] : memref<1x3x4x4xf32>
// CHECK-NEXT:           }
// CHECK-NEXT:         }
// CHECK-NEXT:       }
// CHECK-NEXT:     }
// CHECK-NEXT:     %alloc_0 = memref.alloc() : memref<1x3x4x4xf32>
// CHECK-NEXT:     %c0_1 = arith.constant 0 : index
// CHECK-NEXT:     %c1_2 = arith.constant 1 : index
// CHECK-NEXT:     scf.for %arg3 = %c0_1 to %c1_2 step %c1_2 {
// CHECK-NEXT:       %c3 = arith.constant 3 : index
// CHECK-NEXT:       scf.for %arg4 = %c0_1 to %c3 step %c1_2 {
// CHECK-NEXT:         %c4 = arith.constant 4 : index
// CHECK-NEXT:         scf.for %arg5 = %c0_1 to %c4 step %c1_2 {
// CHECK-NEXT:           scf.for %arg6 = %c0_1 to %c4 step %c1_2 {
// CHECK-NEXT:             %0 = memref.load %alloc[%arg3, %arg4, %arg5, %arg6] : memref<1x3x4x4xf32>
// CHECK-NEXT:             %1 = memref.load %arg2[%arg4] : memref<3xf32>
// CHECK-NEXT:             %2 = arith.addf %0, %1 : f32
// CHECK-NEXT:             memref.store %2, %alloc_0[%arg3, %arg4, %arg5, %arg6] : memref<1x3x4x4xf32>
// CHECK-NEXT:           }
// CHECK-NEXT:         }
// CHECK-NEXT:       }
// CHECK-NEXT:     }
// CHECK-NEXT:     %alloc_3 = memref.alloc() : memref<1x3x4x4xf32>
// CHECK-NEXT:     %c0_4 = arith.constant 0 : index
// CHECK-NEXT:     %c1_5 = arith.constant 1 : index
// CHECK-NEXT:     scf.for %arg3 = %c0_4 to %c1_5 step %c1_5 {
// CHECK-NEXT:       %c3 = arith.constant 3 : index
// CHECK-NEXT:       scf.for %arg4 = %c0_4 to %c3 step %c1_5 {
// CHECK-NEXT:         %c4 = arith.constant 4 : index
// CHECK-NEXT:         scf.for %arg5 = %c0_4 to %c4 step %c1_5 {
// CHECK-NEXT:           scf.for %arg6 = %c0_4 to %c4 step %c1_5 {
// CHECK-NEXT:             %0 = memref.load %alloc_0[%arg3, %arg4, %arg5, %arg6] : memref<1x3x4x4xf32>
// CHECK-NEXT:             %cst = arith.constant 0.000000e+00 : f32
// CHECK-NEXT:             %1 = arith.maximumf %0, %cst : f32
// CHECK-NEXT:             memref.store %1, %alloc_3[%arg3, %arg4, %arg5, %arg6] : memref<1x3x4x4xf32>
// CHECK-NEXT:           }
// CHECK-NEXT:         }
// CHECK-NEXT:       }
// CHECK-NEXT:     }
// CHECK-NEXT:     return %alloc_3 : memref<1x3x4x4xf32>
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @mlp(%arg0: memref<2x3xf32>, %arg1: memref<3x4xf32>) -> memref<2x4xf32> {
// CHECK-NEXT:     %alloc = memref.alloc() : memref<4xf32>
// CHECK-NEXT:     %cst = arith.constant 5.000000e-01 : f32
// CHECK-NEXT:     %c0 = arith.constant 0 : index
// CHECK-NEXT:     memref.store %cst, %alloc[%c0] : memref<4xf32>
// CHECK-NEXT:     %cst_0 = arith.constant -5.000000e-01 : f32
// CHECK-NEXT:     %c1 = arith.constant 1 : index
// CHECK-NEXT:     memref.store %cst_0, %alloc[%c1] : memref<4xf32>
// CHECK-NEXT:     %cst_1 = arith.constant 1.000000e+00 : f32
// CHECK-NEXT:     %c2 = arith.constant 2 : index
// CHECK-NEXT:     memref.store %cst_1, %alloc[%c2] : memref<4xf32>
// CHECK-NEXT:     %cst_2 = arith.constant 0.000000e+00 : f32
// CHECK-NEXT:     %c3 = arith.constant 3 : index
// CHECK-NEXT:     memref.store %cst_2, %alloc[%c3] : memref<4xf32>
// CHECK-NEXT:     %alloc_3 = memref.alloc() : memref<2x4xf32>
// CHECK-NEXT:     %c0_4 = arith.constant 0 : index
// CHECK-NEXT:     %c2_5 = arith.constant 2 : index
// CHECK-NEXT:     %c1_6 = arith.constant 1 : index
// CHECK-NEXT:     scf.for %arg2 = %c0_4 to %c2_5 step %c1_6 {
// CHECK-NEXT:       %c4 = arith.constant 4 : index
// CHECK-NEXT:       scf.for %arg3 = %c0_4 to %c4 step %c1_6 {
// CHECK-NEXT:         %cst_15 = arith.constant 0.000000e+00 : f32
// CHECK-NEXT:         %c3_16 = arith.constant 3 : index
// CHECK-NEXT:         %0 = scf.for %arg4 = %c0_4 to %c3_16 step %c1_6 iter_args(%arg5 = %cst_15) -> (f32) {
// CHECK-NEXT:           %1 = memref.load %arg0[%arg2, %arg4] : memref<2x3xf32>
// CHECK-NEXT:           %2 = memref.load %arg1[%arg4, %arg3] : memref<3x4xf32>
// CHECK-NEXT:           %3 = arith.mulf %1, %2 : f32
// CHECK-NEXT:           %4 = arith.addf %arg5, %3 : f32
// CHECK-NEXT:           scf.yield %4 : f32
// CHECK-NEXT:         }
// CHECK-NEXT:         memref.store %0, %alloc_3[%arg2, %arg3] : memref<2x4xf32>
// CHECK-NEXT:       }
// CHECK-NEXT:     }
// CHECK-NEXT:     %alloc_7 = memref.alloc() : memref<2x4xf32>
// CHECK-NEXT:     %c0_8 = arith.constant 0 : index
// CHECK-NEXT:     %c2_9 = arith.constant 2 : index
// CHECK-NEXT:     %c1_10 = arith.constant 1 : index
// CHECK-NEXT:     scf.for %arg2 = %c0_8 to %c2_9 step %c1_10 {
// CHECK-NEXT:       %c4 = arith.constant 4 : index
// CHECK-NEXT:       scf.for %arg3 = %c0_8 to %c4 step %c1_10 {
// CHECK-NEXT:         %0 = memref.load %alloc_3[%arg2, %arg3] : memref<2x4xf32>
// CHECK-NEXT:         %1 = memref.load %alloc[%arg3] : memref<4xf32>
// CHECK-NEXT:         %2 = arith.addf %0, %1 : f32
// CHECK-NEXT:         memref.store %2, %alloc_7[%arg2, %arg3] : memref<2x4xf32>
// CHECK-NEXT:       }
// CHECK-NEXT:     }
// CHECK-NEXT:     %alloc_11 = memref.alloc() : memref<2x4xf32>
// CHECK-NEXT:     %c0_12 = arith.constant 0 : index
// CHECK-NEXT:     %c2_13 = arith.constant 2 : index
// CHECK-NEXT:     %c1_14 = arith.constant 1 : index
// CHECK-NEXT:     scf.for %arg2 = %c0_12 to %c2_13 step %c1_14 {
// CHECK-NEXT:       %c4 = arith.constant 4 : index
// CHECK-NEXT:       scf.for %arg3 = %c0_12 to %c4 step %c1_14 {
// CHECK-NEXT:         %0 = memref.load %alloc_7[%arg2, %arg3] : memref<2x4xf32>
// CHECK-NEXT:         %c0_15 = arith.constant 0 : index
// CHECK-NEXT:         %cst_16 = arith.constant 2.000000e+00 : f32
// CHECK-NEXT:         %1 = arith.mulf %0, %cst_16 : f32
// CHECK-NEXT:         memref.store %1, %alloc_11[%arg2, %arg3] : memref<2x4xf32>
// CHECK-NEXT:       }
// CHECK-NEXT:     }
// CHECK-NEXT:     return %alloc_11 : memref<2x4xf32>
// CHECK-NEXT:   }
// CHECK-NEXT: }
