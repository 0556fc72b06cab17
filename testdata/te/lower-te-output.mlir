// What lower-te makes of testdata/te/lower-te.ours.mlir and of
// testdata/graph/lower-graph-te.ours.mlir (lower-graph,lower-te): loops over memrefs in
// MLIR's registered dialects only, which mlir-opt 22 verifies and prints back as is.
// RUN: opt-tool %s | FileCheck %s
// RUN: opt-tool %s --emit=generic | FileCheck %s --check-prefix=GENERIC
// RUN: opt-tool %s | opt-tool - | FileCheck %s
// RUN: opt-tool %s --emit=generic | opt-tool - | FileCheck %s

func.func @seed(%arg0: memref<16x8xf32>, %arg1: memref<16x4xf32>) -> memref<8x4xf32> {
  %alloc = memref.alloc() : memref<8x4xf32>
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c8 = arith.constant 8 : index
  %c4 = arith.constant 4 : index
  scf.for %arg2 = %c0 to %c8 step %c1 {
    scf.for %arg3 = %c0 to %c4 step %c1 {
      %cst = arith.constant 0.000000e+00 : f32
      %c0_0 = arith.constant 0 : index
      %c1_1 = arith.constant 1 : index
      %c16 = arith.constant 16 : index
      %0 = scf.for %arg4 = %c0_0 to %c16 step %c1_1 iter_args(%arg5 = %cst) -> (f32) {
        %1 = memref.load %arg0[%arg4, %arg2] : memref<16x8xf32>
        %2 = memref.load %arg1[%arg4, %arg3] : memref<16x4xf32>
        %3 = arith.mulf %1, %2 : f32
        %4 = arith.addf %arg5, %3 : f32
        scf.yield %4 : f32
      }
      memref.store %0, %alloc[%arg2, %arg3] : memref<8x4xf32>
    }
  }
  return %alloc : memref<8x4xf32>
}
func.func @reductions(%arg0: memref<4x6xf32>, %arg1: memref<4x6xi32>) -> (memref<4xf32>, memref<4xf32>, memref<4xi32>, memref<i32>) {
  %alloc = memref.alloc() : memref<4xf32>
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  scf.for %arg2 = %c0 to %c4 step %c1 {
    %cst = arith.constant 0xFF800000 : f32
    %c0_14 = arith.constant 0 : index
    %c1_15 = arith.constant 1 : index
    %c6_16 = arith.constant 6 : index
    %1 = scf.for %arg3 = %c0_14 to %c6_16 step %c1_15 iter_args(%arg4 = %cst) -> (f32) {
      %4 = memref.load %arg0[%arg2, %arg3] : memref<4x6xf32>
      %5 = arith.maximumf %arg4, %4 : f32
      scf.yield %5 : f32
    }
    %cst_17 = arith.constant 0x7F800000 : f32
    %c0_18 = arith.constant 0 : index
    %c1_19 = arith.constant 1 : index
    %c6_20 = arith.constant 6 : index
    %2 = scf.for %arg3 = %c0_18 to %c6_20 step %c1_19 iter_args(%arg4 = %cst_17) -> (f32) {
      %4 = memref.load %arg0[%arg2, %arg3] : memref<4x6xf32>
      %5 = arith.minimumf %arg4, %4 : f32
      scf.yield %5 : f32
    }
    %3 = arith.subf %1, %2 : f32
    memref.store %3, %alloc[%arg2] : memref<4xf32>
  }
  %alloc_0 = memref.alloc() : memref<4xf32>
  %c0_1 = arith.constant 0 : index
  %c1_2 = arith.constant 1 : index
  %c4_3 = arith.constant 4 : index
  scf.for %arg2 = %c0_1 to %c4_3 step %c1_2 {
    %cst = arith.constant 1.000000e+00 : f32
    %c0_14 = arith.constant 0 : index
    %c1_15 = arith.constant 1 : index
    %c6_16 = arith.constant 6 : index
    %1 = scf.for %arg3 = %c0_14 to %c6_16 step %c1_15 iter_args(%arg4 = %cst) -> (f32) {
      %2 = memref.load %arg0[%arg2, %arg3] : memref<4x6xf32>
      %3 = arith.mulf %arg4, %2 : f32
      scf.yield %3 : f32
    }
    memref.store %1, %alloc_0[%arg2] : memref<4xf32>
  }
  %alloc_4 = memref.alloc() : memref<4xi32>
  %c0_5 = arith.constant 0 : index
  %c1_6 = arith.constant 1 : index
  %c4_7 = arith.constant 4 : index
  scf.for %arg2 = %c0_5 to %c4_7 step %c1_6 {
    %c-2147483648_i32 = arith.constant -2147483648 : i32
    %c0_14 = arith.constant 0 : index
    %c1_15 = arith.constant 1 : index
    %c6_16 = arith.constant 6 : index
    %1 = scf.for %arg3 = %c0_14 to %c6_16 step %c1_15 iter_args(%arg4 = %c-2147483648_i32) -> (i32) {
      %2 = memref.load %arg1[%arg2, %arg3] : memref<4x6xi32>
      %3 = arith.maxsi %arg4, %2 : i32
      scf.yield %3 : i32
    }
    memref.store %1, %alloc_4[%arg2] : memref<4xi32>
  }
  %alloc_8 = memref.alloc() : memref<i32>
  %c0_9 = arith.constant 0 : index
  %c1_10 = arith.constant 1 : index
  %c0_i32 = arith.constant 0 : i32
  %c0_11 = arith.constant 0 : index
  %c1_12 = arith.constant 1 : index
  %c4_13 = arith.constant 4 : index
  %c6 = arith.constant 6 : index
  %0 = scf.for %arg2 = %c0_11 to %c4_13 step %c1_12 iter_args(%arg3 = %c0_i32) -> (i32) {
    %1 = scf.for %arg4 = %c0_11 to %c6 step %c1_12 iter_args(%arg5 = %arg3) -> (i32) {
      %2 = memref.load %arg1[%arg2, %arg4] : memref<4x6xi32>
      %3 = arith.addi %arg5, %2 : i32
      scf.yield %3 : i32
    }
    scf.yield %1 : i32
  }
  memref.store %0, %alloc_8[] : memref<i32>
  return %alloc, %alloc_0, %alloc_4, %alloc_8 : memref<4xf32>, memref<4xf32>, memref<4xi32>, memref<i32>
}
func.func @padded(%arg0: memref<5xf32>) -> memref<5xf32> {
  %alloc = memref.alloc() : memref<3xf32>
  %cst = arith.constant 1.000000e+00 : f32
  %c0 = arith.constant 0 : index
  memref.store %cst, %alloc[%c0] : memref<3xf32>
  %cst_0 = arith.constant 2.000000e+00 : f32
  %c1 = arith.constant 1 : index
  memref.store %cst_0, %alloc[%c1] : memref<3xf32>
  %cst_1 = arith.constant 1.000000e+00 : f32
  %c2 = arith.constant 2 : index
  memref.store %cst_1, %alloc[%c2] : memref<3xf32>
  %cst_2 = arith.constant dense<2.500000e-01> : tensor<5xf32>
  %alloc_3 = memref.alloc() : memref<5xf32>
  %c0_4 = arith.constant 0 : index
  %c1_5 = arith.constant 1 : index
  %c5 = arith.constant 5 : index
  scf.for %arg1 = %c0_4 to %c5 step %c1_5 {
    %cst_6 = arith.constant 0.000000e+00 : f32
    %c0_7 = arith.constant 0 : index
    %c1_8 = arith.constant 1 : index
    %c3 = arith.constant 3 : index
    %0 = scf.for %arg2 = %c0_7 to %c3 step %c1_8 iter_args(%arg3 = %cst_6) -> (f32) {
      %c1_10 = arith.constant 1 : index
      %2 = arith.addi %arg1, %arg2 : index
      %3 = arith.subi %2, %c1_10 : index
      %c0_11 = arith.constant 0 : index
      %4 = arith.cmpi sge, %3, %c0_11 : index
      %c5_12 = arith.constant 5 : index
      %5 = arith.cmpi slt, %3, %c5_12 : index
      %6 = arith.andi %4, %5 : i1
      %7 = scf.if %6 -> (f32) {
        %11 = memref.load %arg0[%3] : memref<5xf32>
        scf.yield %11 : f32
      } else {
        %cst_13 = arith.constant 0.000000e+00 : f32
        scf.yield %cst_13 : f32
      }
      %8 = memref.load %alloc[%arg2] : memref<3xf32>
      %9 = arith.mulf %7, %8 : f32
      %10 = arith.addf %arg3, %9 : f32
      scf.yield %10 : f32
    }
    %cst_9 = arith.constant 2.500000e-01 : f32
    %1 = arith.mulf %0, %cst_9 : f32
    memref.store %1, %alloc_3[%arg1] : memref<5xf32>
  }
  return %alloc_3 : memref<5xf32>
}

func.func @conv_bias_relu(%arg0: memref<1x2x4x4xf32>, %arg1: memref<3x2x3x3xf32>, %arg2: memref<3xf32>) -> memref<1x3x4x4xf32> {
  %alloc = memref.alloc() : memref<1x3x4x4xf32>
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c3 = arith.constant 3 : index
  %c4 = arith.constant 4 : index
  scf.for %arg3 = %c0 to %c1 step %c1 {
    scf.for %arg4 = %c0 to %c3 step %c1 {
      scf.for %arg5 = %c0 to %c4 step %c1 {
        scf.for %arg6 = %c0 to %c4 step %c1 {
          %cst = arith.constant 0.000000e+00 : f32
          %c0_10 = arith.constant 0 : index
          %c1_11 = arith.constant 1 : index
          %c2 = arith.constant 2 : index
          %c3_12 = arith.constant 3 : index
          %0 = scf.for %arg7 = %c0_10 to %c2 step %c1_11 iter_args(%arg8 = %cst) -> (f32) {
            %1 = scf.for %arg9 = %c0_10 to %c3_12 step %c1_11 iter_args(%arg10 = %arg8) -> (f32) {
              %2 = scf.for %arg11 = %c0_10 to %c3_12 step %c1_11 iter_args(%arg12 = %arg10) -> (f32) {
                %3 = arith.addi %arg5, %arg9 : index
                %c1_13 = arith.constant 1 : index
                %4 = arith.subi %3, %c1_13 : index
                %5 = arith.addi %arg6, %arg11 : index
                %6 = arith.subi %5, %c1_13 : index
                %c0_14 = arith.constant 0 : index
                %7 = arith.cmpi sge, %4, %c0_14 : index
                %c4_15 = arith.constant 4 : index
                %8 = arith.cmpi slt, %4, %c4_15 : index
                %9 = arith.andi %7, %8 : i1
                %10 = arith.cmpi sge, %6, %c0_14 : index
                %11 = arith.andi %9, %10 : i1
                %12 = arith.cmpi slt, %6, %c4_15 : index
                %13 = arith.andi %11, %12 : i1
                %14 = scf.if %13 -> (f32) {
                  %18 = memref.load %arg0[%arg3, %arg7, %4, %6] : memref<1x2x4x4xf32>
                  scf.yield %18 : f32
                } else {
                  %cst_16 = arith.constant 0.000000e+00 : f32
                  scf.yield %cst_16 : f32
                }
                %15 = memref.load %arg1[%arg4, %arg7, %arg9, %arg11] : memref<3x2x3x3xf32>
                %16 = arith.mulf %14, %15 : f32
                %17 = arith.addf %arg12, %16 : f32
                scf.yield %17 : f32
              }
              scf.yield %2 : f32
            }
            scf.yield %1 : f32
          }
          memref.store %0, %alloc[%arg3, %arg4, %arg5, %arg6] : memref<1x3x4x4xf32>
        }
      }
    }
  }
  %alloc_0 = memref.alloc() : memref<1x3x4x4xf32>
  %c0_1 = arith.constant 0 : index
  %c1_2 = arith.constant 1 : index
  %c3_3 = arith.constant 3 : index
  %c4_4 = arith.constant 4 : index
  scf.for %arg3 = %c0_1 to %c1_2 step %c1_2 {
    scf.for %arg4 = %c0_1 to %c3_3 step %c1_2 {
      scf.for %arg5 = %c0_1 to %c4_4 step %c1_2 {
        scf.for %arg6 = %c0_1 to %c4_4 step %c1_2 {
          %0 = memref.load %alloc[%arg3, %arg4, %arg5, %arg6] : memref<1x3x4x4xf32>
          %1 = memref.load %arg2[%arg4] : memref<3xf32>
          %2 = arith.addf %0, %1 : f32
          memref.store %2, %alloc_0[%arg3, %arg4, %arg5, %arg6] : memref<1x3x4x4xf32>
        }
      }
    }
  }
  %alloc_5 = memref.alloc() : memref<1x3x4x4xf32>
  %c0_6 = arith.constant 0 : index
  %c1_7 = arith.constant 1 : index
  %c3_8 = arith.constant 3 : index
  %c4_9 = arith.constant 4 : index
  scf.for %arg3 = %c0_6 to %c1_7 step %c1_7 {
    scf.for %arg4 = %c0_6 to %c3_8 step %c1_7 {
      scf.for %arg5 = %c0_6 to %c4_9 step %c1_7 {
        scf.for %arg6 = %c0_6 to %c4_9 step %c1_7 {
          %0 = memref.load %alloc_0[%arg3, %arg4, %arg5, %arg6] : memref<1x3x4x4xf32>
          %cst = arith.constant 0.000000e+00 : f32
          %1 = arith.maximumf %0, %cst : f32
          memref.store %1, %alloc_5[%arg3, %arg4, %arg5, %arg6] : memref<1x3x4x4xf32>
        }
      }
    }
  }
  return %alloc_5 : memref<1x3x4x4xf32>
}
func.func @mlp(%arg0: memref<2x3xf32>, %arg1: memref<3x4xf32>) -> memref<2x4xf32> {
  %alloc = memref.alloc() : memref<4xf32>
  %cst = arith.constant 5.000000e-01 : f32
  %c0 = arith.constant 0 : index
  memref.store %cst, %alloc[%c0] : memref<4xf32>
  %cst_0 = arith.constant -5.000000e-01 : f32
  %c1 = arith.constant 1 : index
  memref.store %cst_0, %alloc[%c1] : memref<4xf32>
  %cst_1 = arith.constant 1.000000e+00 : f32
  %c2 = arith.constant 2 : index
  memref.store %cst_1, %alloc[%c2] : memref<4xf32>
  %cst_2 = arith.constant 0.000000e+00 : f32
  %c3 = arith.constant 3 : index
  memref.store %cst_2, %alloc[%c3] : memref<4xf32>
  %alloc_3 = memref.alloc() : memref<2x4xf32>
  %c0_4 = arith.constant 0 : index
  %c1_5 = arith.constant 1 : index
  %c2_6 = arith.constant 2 : index
  %c4 = arith.constant 4 : index
  scf.for %arg2 = %c0_4 to %c2_6 step %c1_5 {
    scf.for %arg3 = %c0_4 to %c4 step %c1_5 {
      %cst_17 = arith.constant 0.000000e+00 : f32
      %c0_18 = arith.constant 0 : index
      %c1_19 = arith.constant 1 : index
      %c3_20 = arith.constant 3 : index
      %0 = scf.for %arg4 = %c0_18 to %c3_20 step %c1_19 iter_args(%arg5 = %cst_17) -> (f32) {
        %1 = memref.load %arg0[%arg2, %arg4] : memref<2x3xf32>
        %2 = memref.load %arg1[%arg4, %arg3] : memref<3x4xf32>
        %3 = arith.mulf %1, %2 : f32
        %4 = arith.addf %arg5, %3 : f32
        scf.yield %4 : f32
      }
      memref.store %0, %alloc_3[%arg2, %arg3] : memref<2x4xf32>
    }
  }
  %alloc_7 = memref.alloc() : memref<2x4xf32>
  %c0_8 = arith.constant 0 : index
  %c1_9 = arith.constant 1 : index
  %c2_10 = arith.constant 2 : index
  %c4_11 = arith.constant 4 : index
  scf.for %arg2 = %c0_8 to %c2_10 step %c1_9 {
    scf.for %arg3 = %c0_8 to %c4_11 step %c1_9 {
      %0 = memref.load %alloc_3[%arg2, %arg3] : memref<2x4xf32>
      %1 = memref.load %alloc[%arg3] : memref<4xf32>
      %2 = arith.addf %0, %1 : f32
      memref.store %2, %alloc_7[%arg2, %arg3] : memref<2x4xf32>
    }
  }
  %alloc_12 = memref.alloc() : memref<2x4xf32>
  %c0_13 = arith.constant 0 : index
  %c1_14 = arith.constant 1 : index
  %c2_15 = arith.constant 2 : index
  %c4_16 = arith.constant 4 : index
  scf.for %arg2 = %c0_13 to %c2_15 step %c1_14 {
    scf.for %arg3 = %c0_13 to %c4_16 step %c1_14 {
      %0 = memref.load %alloc_7[%arg2, %arg3] : memref<2x4xf32>
      %c0_17 = arith.constant 0 : index
      %cst_18 = arith.constant 2.000000e+00 : f32
      %1 = arith.mulf %0, %cst_18 : f32
      memref.store %1, %alloc_12[%arg2, %arg3] : memref<2x4xf32>
    }
  }
  return %alloc_12 : memref<2x4xf32>
}

// CHECK:      module {
// CHECK-LABEL:  func.func @seed(%arg0: memref<16x8xf32>, %arg1: memref<16x4xf32>) -> memref<8x4xf32> {
// CHECK-NEXT:     %alloc = memref.alloc() : memref<8x4xf32>
// CHECK-NEXT:     %c0 = arith.constant 0 : index
// CHECK-NEXT:     %c1 = arith.constant 1 : index
// CHECK-NEXT:     %c8 = arith.constant 8 : index
// CHECK-NEXT:     %c4 = arith.constant 4 : index
// CHECK-NEXT:     scf.for %arg2 = %c0 to %c8 step %c1 {
// CHECK-NEXT:       scf.for %arg3 = %c0 to %c4 step %c1 {
// CHECK-NEXT:         %cst = arith.constant 0.000000e+00 : f32
// CHECK-NEXT:         %c0_0 = arith.constant 0 : index
// CHECK-NEXT:         %c1_1 = arith.constant 1 : index
// CHECK-NEXT:         %c16 = arith.constant 16 : index
// CHECK-NEXT:         %0 = scf.for %arg4 = %c0_0 to %c16 step %c1_1 iter_args(%arg5 = %cst) -> (f32) {
// CHECK-NEXT:           %1 = memref.load %arg0[%arg4, %arg2] : memref<16x8xf32>
// CHECK-NEXT:           %2 = memref.load %arg1[%arg4, %arg3] : memref<16x4xf32>
// CHECK-NEXT:           %3 = arith.mulf %1, %2 : f32
// CHECK-NEXT:           %4 = arith.addf %arg5, %3 : f32
// CHECK-NEXT:           scf.yield %4 : f32
// CHECK-NEXT:         }
// CHECK-NEXT:         memref.store %0, %alloc[%arg2, %arg3] : memref<8x4xf32>
// CHECK-NEXT:       }
// CHECK-NEXT:     }
// CHECK-NEXT:     return %alloc : memref<8x4xf32>
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @reductions(%arg0: memref<4x6xf32>, %arg1: memref<4x6xi32>) -> (memref<4xf32>, memref<4xf32>, memref<4xi32>, memref<i32>) {
// CHECK-NEXT:     %alloc = memref.alloc() : memref<4xf32>
// CHECK-NEXT:     %c0 = arith.constant 0 : index
// CHECK-NEXT:     %c1 = arith.constant 1 : index
// CHECK-NEXT:     %c4 = arith.constant 4 : index
// CHECK-NEXT:     scf.for %arg2 = %c0 to %c4 step %c1 {
// CHECK-NEXT:       %cst = arith.constant 0xFF800000 : f32
// CHECK-NEXT:       %c0_14 = arith.constant 0 : index
// CHECK-NEXT:       %c1_15 = arith.constant 1 : index
// CHECK-NEXT:       %c6_16 = arith.constant 6 : index
// CHECK-NEXT:       %1 = scf.for %arg3 = %c0_14 to %c6_16 step %c1_15 iter_args(%arg4 = %cst) -> (f32) {
// CHECK-NEXT:         %4 = memref.load %arg0[%arg2, %arg3] : memref<4x6xf32>
// CHECK-NEXT:         %5 = arith.maximumf %arg4, %4 : f32
// CHECK-NEXT:         scf.yield %5 : f32
// CHECK-NEXT:       }
// CHECK-NEXT:       %cst_17 = arith.constant 0x7F800000 : f32
// CHECK-NEXT:       %c0_18 = arith.constant 0 : index
// CHECK-NEXT:       %c1_19 = arith.constant 1 : index
// CHECK-NEXT:       %c6_20 = arith.constant 6 : index
// CHECK-NEXT:       %2 = scf.for %arg3 = %c0_18 to %c6_20 step %c1_19 iter_args(%arg4 = %cst_17) -> (f32) {
// CHECK-NEXT:         %4 = memref.load %arg0[%arg2, %arg3] : memref<4x6xf32>
// CHECK-NEXT:         %5 = arith.minimumf %arg4, %4 : f32
// CHECK-NEXT:         scf.yield %5 : f32
// CHECK-NEXT:       }
// CHECK-NEXT:       %3 = arith.subf %1, %2 : f32
// CHECK-NEXT:       memref.store %3, %alloc[%arg2] : memref<4xf32>
// CHECK-NEXT:     }
// CHECK-NEXT:     %alloc_0 = memref.alloc() : memref<4xf32>
// CHECK-NEXT:     %c0_1 = arith.constant 0 : index
// CHECK-NEXT:     %c1_2 = arith.constant 1 : index
// CHECK-NEXT:     %c4_3 = arith.constant 4 : index
// CHECK-NEXT:     scf.for %arg2 = %c0_1 to %c4_3 step %c1_2 {
// CHECK-NEXT:       %cst = arith.constant 1.000000e+00 : f32
// CHECK-NEXT:       %c0_14 = arith.constant 0 : index
// CHECK-NEXT:       %c1_15 = arith.constant 1 : index
// CHECK-NEXT:       %c6_16 = arith.constant 6 : index
// CHECK-NEXT:       %1 = scf.for %arg3 = %c0_14 to %c6_16 step %c1_15 iter_args(%arg4 = %cst) -> (f32) {
// CHECK-NEXT:         %2 = memref.load %arg0[%arg2, %arg3] : memref<4x6xf32>
// CHECK-NEXT:         %3 = arith.mulf %arg4, %2 : f32
// CHECK-NEXT:         scf.yield %3 : f32
// CHECK-NEXT:       }
// CHECK-NEXT:       memref.store %1, %alloc_0[%arg2] : memref<4xf32>
// CHECK-NEXT:     }
// CHECK-NEXT:     %alloc_4 = memref.alloc() : memref<4xi32>
// CHECK-NEXT:     %c0_5 = arith.constant 0 : index
// CHECK-NEXT:     %c1_6 = arith.constant 1 : index
// CHECK-NEXT:     %c4_7 = arith.constant 4 : index
// CHECK-NEXT:     scf.for %arg2 = %c0_5 to %c4_7 step %c1_6 {
// CHECK-NEXT:       %c-2147483648_i32 = arith.constant -2147483648 : i32
// CHECK-NEXT:       %c0_14 = arith.constant 0 : index
// CHECK-NEXT:       %c1_15 = arith.constant 1 : index
// CHECK-NEXT:       %c6_16 = arith.constant 6 : index
// CHECK-NEXT:       %1 = scf.for %arg3 = %c0_14 to %c6_16 step %c1_15 iter_args(%arg4 = %c-2147483648_i32) -> (i32) {
// CHECK-NEXT:         %2 = memref.load %arg1[%arg2, %arg3] : memref<4x6xi32>
// CHECK-NEXT:         %3 = arith.maxsi %arg4, %2 : i32
// CHECK-NEXT:         scf.yield %3 : i32
// CHECK-NEXT:       }
// CHECK-NEXT:       memref.store %1, %alloc_4[%arg2] : memref<4xi32>
// CHECK-NEXT:     }
// CHECK-NEXT:     %alloc_8 = memref.alloc() : memref<i32>
// CHECK-NEXT:     %c0_9 = arith.constant 0 : index
// CHECK-NEXT:     %c1_10 = arith.constant 1 : index
// CHECK-NEXT:     %c0_i32 = arith.constant 0 : i32
// CHECK-NEXT:     %c0_11 = arith.constant 0 : index
// CHECK-NEXT:     %c1_12 = arith.constant 1 : index
// CHECK-NEXT:     %c4_13 = arith.constant 4 : index
// CHECK-NEXT:     %c6 = arith.constant 6 : index
// CHECK-NEXT:     %0 = scf.for %arg2 = %c0_11 to %c4_13 step %c1_12 iter_args(%arg3 = %c0_i32) -> (i32) {
// CHECK-NEXT:       %1 = scf.for %arg4 = %c0_11 to %c6 step %c1_12 iter_args(%arg5 = %arg3) -> (i32) {
// CHECK-NEXT:         %2 = memref.load %arg1[%arg2, %arg4] : memref<4x6xi32>
// CHECK-NEXT:         %3 = arith.addi %arg5, %2 : i32
// CHECK-NEXT:         scf.yield %3 : i32
// CHECK-NEXT:       }
// CHECK-NEXT:       scf.yield %1 : i32
// CHECK-NEXT:     }
// CHECK-NEXT:     memref.store %0, %alloc_8[] : memref<i32>
// CHECK-NEXT:     return %alloc, %alloc_0, %alloc_4, %alloc_8 : memref<4xf32>, memref<4xf32>, memref<4xi32>, memref<i32>
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @padded(%arg0: memref<5xf32>) -> memref<5xf32> {
// CHECK-NEXT:     %alloc = memref.alloc() : memref<3xf32>
// CHECK-NEXT:     %cst = arith.constant 1.000000e+00 : f32
// CHECK-NEXT:     %c0 = arith.constant 0 : index
// CHECK-NEXT:     memref.store %cst, %alloc[%c0] : memref<3xf32>
// CHECK-NEXT:     %cst_0 = arith.constant 2.000000e+00 : f32
// CHECK-NEXT:     %c1 = arith.constant 1 : index
// CHECK-NEXT:     memref.store %cst_0, %alloc[%c1] : memref<3xf32>
// CHECK-NEXT:     %cst_1 = arith.constant 1.000000e+00 : f32
// CHECK-NEXT:     %c2 = arith.constant 2 : index
// CHECK-NEXT:     memref.store %cst_1, %alloc[%c2] : memref<3xf32>
// CHECK-NEXT:     %cst_2 = arith.constant dense<2.500000e-01> : tensor<5xf32>
// CHECK-NEXT:     %alloc_3 = memref.alloc() : memref<5xf32>
// CHECK-NEXT:     %c0_4 = arith.constant 0 : index
// CHECK-NEXT:     %c1_5 = arith.constant 1 : index
// CHECK-NEXT:     %c5 = arith.constant 5 : index
// CHECK-NEXT:     scf.for %arg1 = %c0_4 to %c5 step %c1_5 {
// CHECK-NEXT:       %cst_6 = arith.constant 0.000000e+00 : f32
// CHECK-NEXT:       %c0_7 = arith.constant 0 : index
// CHECK-NEXT:       %c1_8 = arith.constant 1 : index
// CHECK-NEXT:       %c3 = arith.constant 3 : index
// CHECK-NEXT:       %0 = scf.for %arg2 = %c0_7 to %c3 step %c1_8 iter_args(%arg3 = %cst_6) -> (f32) {
// CHECK-NEXT:         %c1_10 = arith.constant 1 : index
// CHECK-NEXT:         %2 = arith.addi %arg1, %arg2 : index
// CHECK-NEXT:         %3 = arith.subi %2, %c1_10 : index
// CHECK-NEXT:         %c0_11 = arith.constant 0 : index
// CHECK-NEXT:         %4 = arith.cmpi sge, %3, %c0_11 : index
// CHECK-NEXT:         %c5_12 = arith.constant 5 : index
// CHECK-NEXT:         %5 = arith.cmpi slt, %3, %c5_12 : index
// CHECK-NEXT:         %6 = arith.andi %4, %5 : i1
// CHECK-NEXT:         %7 = scf.if %6 -> (f32) {
// CHECK-NEXT:           %11 = memref.load %arg0[%3] : memref<5xf32>
// CHECK-NEXT:           scf.yield %11 : f32
// CHECK-NEXT:         } else {
// CHECK-NEXT:           %cst_13 = arith.constant 0.000000e+00 : f32
// CHECK-NEXT:           scf.yield %cst_13 : f32
// CHECK-NEXT:         }
// CHECK-NEXT:         %8 = memref.load %alloc[%arg2] : memref<3xf32>
// CHECK-NEXT:         %9 = arith.mulf %7, %8 : f32
// CHECK-NEXT:         %10 = arith.addf %arg3, %9 : f32
// CHECK-NEXT:         scf.yield %10 : f32
// CHECK-NEXT:       }
// CHECK-NEXT:       %cst_9 = arith.constant 2.500000e-01 : f32
// CHECK-NEXT:       %1 = arith.mulf %0, %cst_9 : f32
// CHECK-NEXT:       memref.store %1, %alloc_3[%arg1] : memref<5xf32>
// CHECK-NEXT:     }
// CHECK-NEXT:     return %alloc_3 : memref<5xf32>
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @conv_bias_relu(%arg0: memref<1x2x4x4xf32>, %arg1: memref<3x2x3x3xf32>, %arg2: memref<3xf32>) -> memref<1x3x4x4xf32> {
// CHECK-NEXT:     %alloc = memref.alloc() : memref<1x3x4x4xf32>
// CHECK-NEXT:     %c0 = arith.constant 0 : index
// CHECK-NEXT:     %c1 = arith.constant 1 : index
// CHECK-NEXT:     %c3 = arith.constant 3 : index
// CHECK-NEXT:     %c4 = arith.constant 4 : index
// CHECK-NEXT:     scf.for %arg3 = %c0 to %c1 step %c1 {
// CHECK-NEXT:       scf.for %arg4 = %c0 to %c3 step %c1 {
// CHECK-NEXT:         scf.for %arg5 = %c0 to %c4 step %c1 {
// CHECK-NEXT:           scf.for %arg6 = %c0 to %c4 step %c1 {
// CHECK-NEXT:             %cst = arith.constant 0.000000e+00 : f32
// CHECK-NEXT:             %c0_10 = arith.constant 0 : index
// CHECK-NEXT:             %c1_11 = arith.constant 1 : index
// CHECK-NEXT:             %c2 = arith.constant 2 : index
// CHECK-NEXT:             %c3_12 = arith.constant 3 : index
// CHECK-NEXT:             %0 = scf.for %arg7 = %c0_10 to %c2 step %c1_11 iter_args(%arg8 = %cst) -> (f32) {
// CHECK-NEXT:               %1 = scf.for %arg9 = %c0_10 to %c3_12 step %c1_11 iter_args(%arg10 = %arg8) -> (f32) {
// CHECK-NEXT:                 %2 = scf.for %arg11 = %c0_10 to %c3_12 step %c1_11 iter_args(%arg12 = %arg10) -> (f32) {
// CHECK-NEXT:                   %3 = arith.addi %arg5, %arg9 : index
// CHECK-NEXT:                   %c1_13 = arith.constant 1 : index
// CHECK-NEXT:                   %4 = arith.subi %3, %c1_13 : index
// CHECK-NEXT:                   %5 = arith.addi %arg6, %arg11 : index
// CHECK-NEXT:                   %6 = arith.subi %5, %c1_13 : index
// CHECK-NEXT:                   %c0_14 = arith.constant 0 : index
// CHECK-NEXT:                   %7 = arith.cmpi sge, %4, %c0_14 : index
// CHECK-NEXT:                   %c4_15 = arith.constant 4 : index
// CHECK-NEXT:                   %8 = arith.cmpi slt, %4, %c4_15 : index
// CHECK-NEXT:                   %9 = arith.andi %7, %8 : i1
// CHECK-NEXT:                   %10 = arith.cmpi sge, %6, %c0_14 : index
// CHECK-NEXT:                   %11 = arith.andi %9, %10 : i1
// CHECK-NEXT:                   %12 = arith.cmpi slt, %6, %c4_15 : index
// CHECK-NEXT:                   %13 = arith.andi %11, %12 : i1
// CHECK-NEXT:                   %14 = scf.if %13 -> (f32) {
// CHECK-NEXT:                     %18 = memref.load %arg0[%arg3, %arg7, %4, %6] : memref<1x2x4x4xf32>
// CHECK-NEXT:                     scf.yield %18 : f32
// CHECK-NEXT:                   } else {
// CHECK-NEXT:                     %cst_16 = arith.constant 0.000000e+00 : f32
// CHECK-NEXT:                     scf.yield %cst_16 : f32
// CHECK-NEXT:                   }
// CHECK-NEXT:                   %15 = memref.load %arg1[%arg4, %arg7, %arg9, %arg11] : memref<3x2x3x3xf32>
// CHECK-NEXT:                   %16 = arith.mulf %14, %15 : f32
// CHECK-NEXT:                   %17 = arith.addf %arg12, %16 : f32
// CHECK-NEXT:                   scf.yield %17 : f32
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
// CHECK-NEXT:     %c3_3 = arith.constant 3 : index
// CHECK-NEXT:     %c4_4 = arith.constant 4 : index
// CHECK-NEXT:     scf.for %arg3 = %c0_1 to %c1_2 step %c1_2 {
// CHECK-NEXT:       scf.for %arg4 = %c0_1 to %c3_3 step %c1_2 {
// CHECK-NEXT:         scf.for %arg5 = %c0_1 to %c4_4 step %c1_2 {
// CHECK-NEXT:           scf.for %arg6 = %c0_1 to %c4_4 step %c1_2 {
// CHECK-NEXT:             %0 = memref.load %alloc[%arg3, %arg4, %arg5, %arg6] : memref<1x3x4x4xf32>
// CHECK-NEXT:             %1 = memref.load %arg2[%arg4] : memref<3xf32>
// CHECK-NEXT:             %2 = arith.addf %0, %1 : f32
// CHECK-NEXT:             memref.store %2, %alloc_0[%arg3, %arg4, %arg5, %arg6] : memref<1x3x4x4xf32>
// CHECK-NEXT:           }
// CHECK-NEXT:         }
// CHECK-NEXT:       }
// CHECK-NEXT:     }
// CHECK-NEXT:     %alloc_5 = memref.alloc() : memref<1x3x4x4xf32>
// CHECK-NEXT:     %c0_6 = arith.constant 0 : index
// CHECK-NEXT:     %c1_7 = arith.constant 1 : index
// CHECK-NEXT:     %c3_8 = arith.constant 3 : index
// CHECK-NEXT:     %c4_9 = arith.constant 4 : index
// CHECK-NEXT:     scf.for %arg3 = %c0_6 to %c1_7 step %c1_7 {
// CHECK-NEXT:       scf.for %arg4 = %c0_6 to %c3_8 step %c1_7 {
// CHECK-NEXT:         scf.for %arg5 = %c0_6 to %c4_9 step %c1_7 {
// CHECK-NEXT:           scf.for %arg6 = %c0_6 to %c4_9 step %c1_7 {
// CHECK-NEXT:             %0 = memref.load %alloc_0[%arg3, %arg4, %arg5, %arg6] : memref<1x3x4x4xf32>
// CHECK-NEXT:             %cst = arith.constant 0.000000e+00 : f32
// CHECK-NEXT:             %1 = arith.maximumf %0, %cst : f32
// CHECK-NEXT:             memref.store %1, %alloc_5[%arg3, %arg4, %arg5, %arg6] : memref<1x3x4x4xf32>
// CHECK-NEXT:           }
// CHECK-NEXT:         }
// CHECK-NEXT:       }
// CHECK-NEXT:     }
// CHECK-NEXT:     return %alloc_5 : memref<1x3x4x4xf32>
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
// CHECK-NEXT:     %c1_5 = arith.constant 1 : index
// CHECK-NEXT:     %c2_6 = arith.constant 2 : index
// CHECK-NEXT:     %c4 = arith.constant 4 : index
// CHECK-NEXT:     scf.for %arg2 = %c0_4 to %c2_6 step %c1_5 {
// CHECK-NEXT:       scf.for %arg3 = %c0_4 to %c4 step %c1_5 {
// CHECK-NEXT:         %cst_17 = arith.constant 0.000000e+00 : f32
// CHECK-NEXT:         %c0_18 = arith.constant 0 : index
// CHECK-NEXT:         %c1_19 = arith.constant 1 : index
// CHECK-NEXT:         %c3_20 = arith.constant 3 : index
// CHECK-NEXT:         %0 = scf.for %arg4 = %c0_18 to %c3_20 step %c1_19 iter_args(%arg5 = %cst_17) -> (f32) {
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
// CHECK-NEXT:     %c1_9 = arith.constant 1 : index
// CHECK-NEXT:     %c2_10 = arith.constant 2 : index
// CHECK-NEXT:     %c4_11 = arith.constant 4 : index
// CHECK-NEXT:     scf.for %arg2 = %c0_8 to %c2_10 step %c1_9 {
// CHECK-NEXT:       scf.for %arg3 = %c0_8 to %c4_11 step %c1_9 {
// CHECK-NEXT:         %0 = memref.load %alloc_3[%arg2, %arg3] : memref<2x4xf32>
// CHECK-NEXT:         %1 = memref.load %alloc[%arg3] : memref<4xf32>
// CHECK-NEXT:         %2 = arith.addf %0, %1 : f32
// CHECK-NEXT:         memref.store %2, %alloc_7[%arg2, %arg3] : memref<2x4xf32>
// CHECK-NEXT:       }
// CHECK-NEXT:     }
// CHECK-NEXT:     %alloc_12 = memref.alloc() : memref<2x4xf32>
// CHECK-NEXT:     %c0_13 = arith.constant 0 : index
// CHECK-NEXT:     %c1_14 = arith.constant 1 : index
// CHECK-NEXT:     %c2_15 = arith.constant 2 : index
// CHECK-NEXT:     %c4_16 = arith.constant 4 : index
// CHECK-NEXT:     scf.for %arg2 = %c0_13 to %c2_15 step %c1_14 {
// CHECK-NEXT:       scf.for %arg3 = %c0_13 to %c4_16 step %c1_14 {
// CHECK-NEXT:         %0 = memref.load %alloc_7[%arg2, %arg3] : memref<2x4xf32>
// CHECK-NEXT:         %c0_17 = arith.constant 0 : index
// CHECK-NEXT:         %cst_18 = arith.constant 2.000000e+00 : f32
// CHECK-NEXT:         %1 = arith.mulf %0, %cst_18 : f32
// CHECK-NEXT:         memref.store %1, %alloc_12[%arg2, %arg3] : memref<2x4xf32>
// CHECK-NEXT:       }
// CHECK-NEXT:     }
// CHECK-NEXT:     return %alloc_12 : memref<2x4xf32>
// CHECK-NEXT:   }
// CHECK-NEXT: }

// GENERIC:      "builtin.module"() ({
// GENERIC-LABEL:  "func.func"() <{function_type = (memref<16x8xf32>, memref<16x4xf32>) -> memref<8x4xf32>, sym_name = "seed"}> ({
// GENERIC-NEXT:   ^bb0(%arg52: memref<16x8xf32>, %arg53: memref<16x4xf32>):
// GENERIC-NEXT:     %175 = "memref.alloc"() <{operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<8x4xf32>
// GENERIC-NEXT:     %176 = "arith.constant"() <{value = 0 : index}> : () -> index
// GENERIC-NEXT:     %177 = "arith.constant"() <{value = 1 : index}> : () -> index
// GENERIC-NEXT:     %178 = "arith.constant"() <{value = 8 : index}> : () -> index
// GENERIC-NEXT:     %179 = "arith.constant"() <{value = 4 : index}> : () -> index
// GENERIC-NEXT:     "scf.for"(%176, %178, %177) ({
// GENERIC-NEXT:     ^bb0(%arg54: index):
// GENERIC-NEXT:       "scf.for"(%176, %179, %177) ({
// GENERIC-NEXT:       ^bb0(%arg55: index):
// GENERIC-NEXT:         %180 = "arith.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
// GENERIC-NEXT:         %181 = "arith.constant"() <{value = 0 : index}> : () -> index
// GENERIC-NEXT:         %182 = "arith.constant"() <{value = 1 : index}> : () -> index
// GENERIC-NEXT:         %183 = "arith.constant"() <{value = 16 : index}> : () -> index
// GENERIC-NEXT:         %184 = "scf.for"(%181, %183, %182, %180) ({
// GENERIC-NEXT:         ^bb0(%arg56: index, %arg57: f32):
// GENERIC-NEXT:           %185 = "memref.load"(%arg52, %arg56, %arg54) : (memref<16x8xf32>, index, index) -> f32
// GENERIC-NEXT:           %186 = "memref.load"(%arg53, %arg56, %arg55) : (memref<16x4xf32>, index, index) -> f32
// GENERIC-NEXT:           %187 = "arith.mulf"(%185, %186) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
// GENERIC-NEXT:           %188 = "arith.addf"(%arg57, %187) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
// GENERIC-NEXT:           "scf.yield"(%188) : (f32) -> ()
// GENERIC-NEXT:         }) : (index, index, index, f32) -> f32
// GENERIC-NEXT:         "memref.store"(%184, %175, %arg54, %arg55) : (f32, memref<8x4xf32>, index, index) -> ()
// GENERIC-NEXT:         "scf.yield"() : () -> ()
// GENERIC-NEXT:       }) : (index, index, index) -> ()
// GENERIC-NEXT:       "scf.yield"() : () -> ()
// GENERIC-NEXT:     }) : (index, index, index) -> ()
// GENERIC-NEXT:     "func.return"(%175) : (memref<8x4xf32>) -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-LABEL:  "func.func"() <{function_type = (memref<4x6xf32>, memref<4x6xi32>) -> (memref<4xf32>, memref<4xf32>, memref<4xi32>, memref<i32>), sym_name = "reductions"}> ({
// GENERIC-NEXT:   ^bb0(%arg35: memref<4x6xf32>, %arg36: memref<4x6xi32>):
// GENERIC-NEXT:     %122 = "memref.alloc"() <{operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<4xf32>
// GENERIC-NEXT:     %123 = "arith.constant"() <{value = 0 : index}> : () -> index
// GENERIC-NEXT:     %124 = "arith.constant"() <{value = 1 : index}> : () -> index
// GENERIC-NEXT:     %125 = "arith.constant"() <{value = 4 : index}> : () -> index
// GENERIC-NEXT:     "scf.for"(%123, %125, %124) ({
// GENERIC-NEXT:     ^bb0(%arg47: index):
// GENERIC-NEXT:       %160 = "arith.constant"() <{value = 0xFF800000 : f32}> : () -> f32
// GENERIC-NEXT:       %161 = "arith.constant"() <{value = 0 : index}> : () -> index
// GENERIC-NEXT:       %162 = "arith.constant"() <{value = 1 : index}> : () -> index
// GENERIC-NEXT:       %163 = "arith.constant"() <{value = 6 : index}> : () -> index
// GENERIC-NEXT:       %164 = "scf.for"(%161, %163, %162, %160) ({
// GENERIC-NEXT:       ^bb0(%arg50: index, %arg51: f32):
// GENERIC-NEXT:         %173 = "memref.load"(%arg35, %arg47, %arg50) : (memref<4x6xf32>, index, index) -> f32
// GENERIC-NEXT:         %174 = "arith.maximumf"(%arg51, %173) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
// GENERIC-NEXT:         "scf.yield"(%174) : (f32) -> ()
// GENERIC-NEXT:       }) : (index, index, index, f32) -> f32
// GENERIC-NEXT:       %165 = "arith.constant"() <{value = 0x7F800000 : f32}> : () -> f32
// GENERIC-NEXT:       %166 = "arith.constant"() <{value = 0 : index}> : () -> index
// GENERIC-NEXT:       %167 = "arith.constant"() <{value = 1 : index}> : () -> index
// GENERIC-NEXT:       %168 = "arith.constant"() <{value = 6 : index}> : () -> index
// GENERIC-NEXT:       %169 = "scf.for"(%166, %168, %167, %165) ({
// GENERIC-NEXT:       ^bb0(%arg48: index, %arg49: f32):
// GENERIC-NEXT:         %171 = "memref.load"(%arg35, %arg47, %arg48) : (memref<4x6xf32>, index, index) -> f32
// GENERIC-NEXT:         %172 = "arith.minimumf"(%arg49, %171) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
// GENERIC-NEXT:         "scf.yield"(%172) : (f32) -> ()
// GENERIC-NEXT:       }) : (index, index, index, f32) -> f32
// GENERIC-NEXT:       %170 = "arith.subf"(%164, %169) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
// GENERIC-NEXT:       "memref.store"(%170, %122, %arg47) : (f32, memref<4xf32>, index) -> ()
// GENERIC-NEXT:       "scf.yield"() : () -> ()
// GENERIC-NEXT:     }) : (index, index, index) -> ()
// GENERIC-NEXT:     %126 = "memref.alloc"() <{operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<4xf32>
// GENERIC-NEXT:     %127 = "arith.constant"() <{value = 0 : index}> : () -> index
// GENERIC-NEXT:     %128 = "arith.constant"() <{value = 1 : index}> : () -> index
// GENERIC-NEXT:     %129 = "arith.constant"() <{value = 4 : index}> : () -> index
// GENERIC-NEXT:     "scf.for"(%127, %129, %128) ({
// GENERIC-NEXT:     ^bb0(%arg44: index):
// GENERIC-NEXT:       %153 = "arith.constant"() <{value = 1.000000e+00 : f32}> : () -> f32
// GENERIC-NEXT:       %154 = "arith.constant"() <{value = 0 : index}> : () -> index
// GENERIC-NEXT:       %155 = "arith.constant"() <{value = 1 : index}> : () -> index
// GENERIC-NEXT:       %156 = "arith.constant"() <{value = 6 : index}> : () -> index
// GENERIC-NEXT:       %157 = "scf.for"(%154, %156, %155, %153) ({
// GENERIC-NEXT:       ^bb0(%arg45: index, %arg46: f32):
// GENERIC-NEXT:         %158 = "memref.load"(%arg35, %arg44, %arg45) : (memref<4x6xf32>, index, index) -> f32
// GENERIC-NEXT:         %159 = "arith.mulf"(%arg46, %158) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
// GENERIC-NEXT:         "scf.yield"(%159) : (f32) -> ()
// GENERIC-NEXT:       }) : (index, index, index, f32) -> f32
// GENERIC-NEXT:       "memref.store"(%157, %126, %arg44) : (f32, memref<4xf32>, index) -> ()
// GENERIC-NEXT:       "scf.yield"() : () -> ()
// GENERIC-NEXT:     }) : (index, index, index) -> ()
// GENERIC-NEXT:     %130 = "memref.alloc"() <{operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<4xi32>
// GENERIC-NEXT:     %131 = "arith.constant"() <{value = 0 : index}> : () -> index
// GENERIC-NEXT:     %132 = "arith.constant"() <{value = 1 : index}> : () -> index
// GENERIC-NEXT:     %133 = "arith.constant"() <{value = 4 : index}> : () -> index
// GENERIC-NEXT:     "scf.for"(%131, %133, %132) ({
// GENERIC-NEXT:     ^bb0(%arg41: index):
// GENERIC-NEXT:       %146 = "arith.constant"() <{value = -2147483648 : i32}> : () -> i32
// GENERIC-NEXT:       %147 = "arith.constant"() <{value = 0 : index}> : () -> index
// GENERIC-NEXT:       %148 = "arith.constant"() <{value = 1 : index}> : () -> index
// GENERIC-NEXT:       %149 = "arith.constant"() <{value = 6 : index}> : () -> index
// GENERIC-NEXT:       %150 = "scf.for"(%147, %149, %148, %146) ({
// GENERIC-NEXT:       ^bb0(%arg42: index, %arg43: i32):
// GENERIC-NEXT:         %151 = "memref.load"(%arg36, %arg41, %arg42) : (memref<4x6xi32>, index, index) -> i32
// GENERIC-NEXT:         %152 = "arith.maxsi"(%arg43, %151) : (i32, i32) -> i32
// GENERIC-NEXT:         "scf.yield"(%152) : (i32) -> ()
// GENERIC-NEXT:       }) : (index, index, index, i32) -> i32
// GENERIC-NEXT:       "memref.store"(%150, %130, %arg41) : (i32, memref<4xi32>, index) -> ()
// GENERIC-NEXT:       "scf.yield"() : () -> ()
// GENERIC-NEXT:     }) : (index, index, index) -> ()
// GENERIC-NEXT:     %134 = "memref.alloc"() <{operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<i32>
// GENERIC-NEXT:     %135 = "arith.constant"() <{value = 0 : index}> : () -> index
// GENERIC-NEXT:     %136 = "arith.constant"() <{value = 1 : index}> : () -> index
// GENERIC-NEXT:     %137 = "arith.constant"() <{value = 0 : i32}> : () -> i32
// GENERIC-NEXT:     %138 = "arith.constant"() <{value = 0 : index}> : () -> index
// GENERIC-NEXT:     %139 = "arith.constant"() <{value = 1 : index}> : () -> index
// GENERIC-NEXT:     %140 = "arith.constant"() <{value = 4 : index}> : () -> index
// GENERIC-NEXT:     %141 = "arith.constant"() <{value = 6 : index}> : () -> index
// GENERIC-NEXT:     %142 = "scf.for"(%138, %140, %139, %137) ({
// GENERIC-NEXT:     ^bb0(%arg37: index, %arg38: i32):
// GENERIC-NEXT:       %143 = "scf.for"(%138, %141, %139, %arg38) ({
// GENERIC-NEXT:       ^bb0(%arg39: index, %arg40: i32):
// GENERIC-NEXT:         %144 = "memref.load"(%arg36, %arg37, %arg39) : (memref<4x6xi32>, index, index) -> i32
// GENERIC-NEXT:         %145 = "arith.addi"(%arg40, %144) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
// GENERIC-NEXT:         "scf.yield"(%145) : (i32) -> ()
// GENERIC-NEXT:       }) : (index, index, index, i32) -> i32
// GENERIC-NEXT:       "scf.yield"(%143) : (i32) -> ()
// GENERIC-NEXT:     }) : (index, index, index, i32) -> i32
// GENERIC-NEXT:     "memref.store"(%142, %134) : (i32, memref<i32>) -> ()
// GENERIC-NEXT:     "func.return"(%122, %126, %130, %134) : (memref<4xf32>, memref<4xf32>, memref<4xi32>, memref<i32>) -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-LABEL:  "func.func"() <{function_type = (memref<5xf32>) -> memref<5xf32>, sym_name = "padded"}> ({
// GENERIC-NEXT:   ^bb0(%arg31: memref<5xf32>):
// GENERIC-NEXT:     %89 = "memref.alloc"() <{operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<3xf32>
// GENERIC-NEXT:     %90 = "arith.constant"() <{value = 1.000000e+00 : f32}> : () -> f32
// GENERIC-NEXT:     %91 = "arith.constant"() <{value = 0 : index}> : () -> index
// GENERIC-NEXT:     "memref.store"(%90, %89, %91) : (f32, memref<3xf32>, index) -> ()
// GENERIC-NEXT:     %92 = "arith.constant"() <{value = 2.000000e+00 : f32}> : () -> f32
// GENERIC-NEXT:     %93 = "arith.constant"() <{value = 1 : index}> : () -> index
// GENERIC-NEXT:     "memref.store"(%92, %89, %93) : (f32, memref<3xf32>, index) -> ()
// GENERIC-NEXT:     %94 = "arith.constant"() <{value = 1.000000e+00 : f32}> : () -> f32
// GENERIC-NEXT:     %95 = "arith.constant"() <{value = 2 : index}> : () -> index
// GENERIC-NEXT:     "memref.store"(%94, %89, %95) : (f32, memref<3xf32>, index) -> ()
// GENERIC-NEXT:     %96 = "arith.constant"() <{value = dense<2.500000e-01> : tensor<5xf32>}> : () -> tensor<5xf32>
// GENERIC-NEXT:     %97 = "memref.alloc"() <{operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<5xf32>
// GENERIC-NEXT:     %98 = "arith.constant"() <{value = 0 : index}> : () -> index
// GENERIC-NEXT:     %99 = "arith.constant"() <{value = 1 : index}> : () -> index
// GENERIC-NEXT:     %100 = "arith.constant"() <{value = 5 : index}> : () -> index
// GENERIC-NEXT:     "scf.for"(%98, %100, %99) ({
// GENERIC-NEXT:     ^bb0(%arg32: index):
// GENERIC-NEXT:       %101 = "arith.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
// GENERIC-NEXT:       %102 = "arith.constant"() <{value = 0 : index}> : () -> index
// GENERIC-NEXT:       %103 = "arith.constant"() <{value = 1 : index}> : () -> index
// GENERIC-NEXT:       %104 = "arith.constant"() <{value = 3 : index}> : () -> index
// GENERIC-NEXT:       %105 = "scf.for"(%102, %104, %103, %101) ({
// GENERIC-NEXT:       ^bb0(%arg33: index, %arg34: f32):
// GENERIC-NEXT:         %108 = "arith.constant"() <{value = 1 : index}> : () -> index
// GENERIC-NEXT:         %109 = "arith.addi"(%arg32, %arg33) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
// GENERIC-NEXT:         %110 = "arith.subi"(%109, %108) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
// GENERIC-NEXT:         %111 = "arith.constant"() <{value = 0 : index}> : () -> index
// GENERIC-NEXT:         %112 = "arith.cmpi"(%110, %111) <{predicate = 5 : i64}> : (index, index) -> i1
// GENERIC-NEXT:         %113 = "arith.constant"() <{value = 5 : index}> : () -> index
// GENERIC-NEXT:         %114 = "arith.cmpi"(%110, %113) <{predicate = 2 : i64}> : (index, index) -> i1
// GENERIC-NEXT:         %115 = "arith.andi"(%112, %114) : (i1, i1) -> i1
// GENERIC-NEXT:         %116 = "scf.if"(%115) ({
// GENERIC-NEXT:           %121 = "memref.load"(%arg31, %110) : (memref<5xf32>, index) -> f32
// GENERIC-NEXT:           "scf.yield"(%121) : (f32) -> ()
// GENERIC-NEXT:         }, {
// GENERIC-NEXT:           %120 = "arith.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
// GENERIC-NEXT:           "scf.yield"(%120) : (f32) -> ()
// GENERIC-NEXT:         }) : (i1) -> f32
// GENERIC-NEXT:         %117 = "memref.load"(%89, %arg33) : (memref<3xf32>, index) -> f32
// GENERIC-NEXT:         %118 = "arith.mulf"(%116, %117) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
// GENERIC-NEXT:         %119 = "arith.addf"(%arg34, %118) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
// GENERIC-NEXT:         "scf.yield"(%119) : (f32) -> ()
// GENERIC-NEXT:       }) : (index, index, index, f32) -> f32
// GENERIC-NEXT:       %106 = "arith.constant"() <{value = 2.500000e-01 : f32}> : () -> f32
// GENERIC-NEXT:       %107 = "arith.mulf"(%105, %106) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
// GENERIC-NEXT:       "memref.store"(%107, %97, %arg32) : (f32, memref<5xf32>, index) -> ()
// GENERIC-NEXT:       "scf.yield"() : () -> ()
// GENERIC-NEXT:     }) : (index, index, index) -> ()
// GENERIC-NEXT:     "func.return"(%97) : (memref<5xf32>) -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-LABEL:  "func.func"() <{function_type = (memref<1x2x4x4xf32>, memref<3x2x3x3xf32>, memref<3xf32>) -> memref<1x3x4x4xf32>, sym_name = "conv_bias_relu"}> ({
// GENERIC-NEXT:   ^bb0(%arg10: memref<1x2x4x4xf32>, %arg11: memref<3x2x3x3xf32>, %arg12: memref<3xf32>):
// GENERIC-NEXT:     %40 = "memref.alloc"() <{operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<1x3x4x4xf32>
// GENERIC-NEXT:     %41 = "arith.constant"() <{value = 0 : index}> : () -> index
// GENERIC-NEXT:     %42 = "arith.constant"() <{value = 1 : index}> : () -> index
// GENERIC-NEXT:     %43 = "arith.constant"() <{value = 3 : index}> : () -> index
// GENERIC-NEXT:     %44 = "arith.constant"() <{value = 4 : index}> : () -> index
// GENERIC-NEXT:     "scf.for"(%41, %42, %42) ({
// GENERIC-NEXT:     ^bb0(%arg21: index):
// GENERIC-NEXT:       "scf.for"(%41, %43, %42) ({
// GENERIC-NEXT:       ^bb0(%arg22: index):
// GENERIC-NEXT:         "scf.for"(%41, %44, %42) ({
// GENERIC-NEXT:         ^bb0(%arg23: index):
// GENERIC-NEXT:           "scf.for"(%41, %44, %42) ({
// GENERIC-NEXT:           ^bb0(%arg24: index):
// GENERIC-NEXT:             %61 = "arith.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
// GENERIC-NEXT:             %62 = "arith.constant"() <{value = 0 : index}> : () -> index
// GENERIC-NEXT:             %63 = "arith.constant"() <{value = 1 : index}> : () -> index
// GENERIC-NEXT:             %64 = "arith.constant"() <{value = 2 : index}> : () -> index
// GENERIC-NEXT:             %65 = "arith.constant"() <{value = 3 : index}> : () -> index
// GENERIC-NEXT:             %66 = "scf.for"(%62, %64, %63, %61) ({
// GENERIC-NEXT:             ^bb0(%arg25: index, %arg26: f32):
// GENERIC-NEXT:               %67 = "scf.for"(%62, %65, %63, %arg26) ({
// GENERIC-NEXT:               ^bb0(%arg27: index, %arg28: f32):
// GENERIC-NEXT:                 %68 = "scf.for"(%62, %65, %63, %arg28) ({
// GENERIC-NEXT:                 ^bb0(%arg29: index, %arg30: f32):
// GENERIC-NEXT:                   %69 = "arith.addi"(%arg23, %arg27) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
// GENERIC-NEXT:                   %70 = "arith.constant"() <{value = 1 : index}> : () -> index
// GENERIC-NEXT:                   %71 = "arith.subi"(%69, %70) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
// GENERIC-NEXT:                   %72 = "arith.addi"(%arg24, %arg29) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
// GENERIC-NEXT:                   %73 = "arith.subi"(%72, %70) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
// GENERIC-NEXT:                   %74 = "arith.constant"() <{value = 0 : index}> : () -> index
// GENERIC-NEXT:                   %75 = "arith.cmpi"(%71, %74) <{predicate = 5 : i64}> : (index, index) -> i1
// GENERIC-NEXT:                   %76 = "arith.constant"() <{value = 4 : index}> : () -> index
// GENERIC-NEXT:                   %77 = "arith.cmpi"(%71, %76) <{predicate = 2 : i64}> : (index, index) -> i1
// GENERIC-NEXT:                   %78 = "arith.andi"(%75, %77) : (i1, i1) -> i1
// GENERIC-NEXT:                   %79 = "arith.cmpi"(%73, %74) <{predicate = 5 : i64}> : (index, index) -> i1
// GENERIC-NEXT:                   %80 = "arith.andi"(%78, %79) : (i1, i1) -> i1
// GENERIC-NEXT:                   %81 = "arith.cmpi"(%73, %76) <{predicate = 2 : i64}> : (index, index) -> i1
// GENERIC-NEXT:                   %82 = "arith.andi"(%80, %81) : (i1, i1) -> i1
// GENERIC-NEXT:                   %83 = "scf.if"(%82) ({
// GENERIC-NEXT:                     %88 = "memref.load"(%arg10, %arg21, %arg25, %71, %73) : (memref<1x2x4x4xf32>, index, index, index, index) -> f32
// GENERIC-NEXT:                     "scf.yield"(%88) : (f32) -> ()
// GENERIC-NEXT:                   }, {
// GENERIC-NEXT:                     %87 = "arith.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
// GENERIC-NEXT:                     "scf.yield"(%87) : (f32) -> ()
// GENERIC-NEXT:                   }) : (i1) -> f32
// GENERIC-NEXT:                   %84 = "memref.load"(%arg11, %arg22, %arg25, %arg27, %arg29) : (memref<3x2x3x3xf32>, index, index, index, index) -> f32
// GENERIC-NEXT:                   %85 = "arith.mulf"(%83, %84) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
// GENERIC-NEXT:                   %86 = "arith.addf"(%arg30, %85) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
// GENERIC-NEXT:                   "scf.yield"(%86) : (f32) -> ()
// GENERIC-NEXT:                 }) : (index, index, index, f32) -> f32
// GENERIC-NEXT:                 "scf.yield"(%68) : (f32) -> ()
// GENERIC-NEXT:               }) : (index, index, index, f32) -> f32
// GENERIC-NEXT:               "scf.yield"(%67) : (f32) -> ()
// GENERIC-NEXT:             }) : (index, index, index, f32) -> f32
// GENERIC-NEXT:             "memref.store"(%66, %40, %arg21, %arg22, %arg23, %arg24) : (f32, memref<1x3x4x4xf32>, index, index, index, index) -> ()
// GENERIC-NEXT:             "scf.yield"() : () -> ()
// GENERIC-NEXT:           }) : (index, index, index) -> ()
// GENERIC-NEXT:           "scf.yield"() : () -> ()
// GENERIC-NEXT:         }) : (index, index, index) -> ()
// GENERIC-NEXT:         "scf.yield"() : () -> ()
// GENERIC-NEXT:       }) : (index, index, index) -> ()
// GENERIC-NEXT:       "scf.yield"() : () -> ()
// GENERIC-NEXT:     }) : (index, index, index) -> ()
// GENERIC-NEXT:     %45 = "memref.alloc"() <{operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<1x3x4x4xf32>
// GENERIC-NEXT:     %46 = "arith.constant"() <{value = 0 : index}> : () -> index
// GENERIC-NEXT:     %47 = "arith.constant"() <{value = 1 : index}> : () -> index
// GENERIC-NEXT:     %48 = "arith.constant"() <{value = 3 : index}> : () -> index
// GENERIC-NEXT:     %49 = "arith.constant"() <{value = 4 : index}> : () -> index
// GENERIC-NEXT:     "scf.for"(%46, %47, %47) ({
// GENERIC-NEXT:     ^bb0(%arg17: index):
// GENERIC-NEXT:       "scf.for"(%46, %48, %47) ({
// GENERIC-NEXT:       ^bb0(%arg18: index):
// GENERIC-NEXT:         "scf.for"(%46, %49, %47) ({
// GENERIC-NEXT:         ^bb0(%arg19: index):
// GENERIC-NEXT:           "scf.for"(%46, %49, %47) ({
// GENERIC-NEXT:           ^bb0(%arg20: index):
// GENERIC-NEXT:             %58 = "memref.load"(%40, %arg17, %arg18, %arg19, %arg20) : (memref<1x3x4x4xf32>, index, index, index, index) -> f32
// GENERIC-NEXT:             %59 = "memref.load"(%arg12, %arg18) : (memref<3xf32>, index) -> f32
// GENERIC-NEXT:             %60 = "arith.addf"(%58, %59) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
// GENERIC-NEXT:             "memref.store"(%60, %45, %arg17, %arg18, %arg19, %arg20) : (f32, memref<1x3x4x4xf32>, index, index, index, index) -> ()
// GENERIC-NEXT:             "scf.yield"() : () -> ()
// GENERIC-NEXT:           }) : (index, index, index) -> ()
// GENERIC-NEXT:           "scf.yield"() : () -> ()
// GENERIC-NEXT:         }) : (index, index, index) -> ()
// GENERIC-NEXT:         "scf.yield"() : () -> ()
// GENERIC-NEXT:       }) : (index, index, index) -> ()
// GENERIC-NEXT:       "scf.yield"() : () -> ()
// GENERIC-NEXT:     }) : (index, index, index) -> ()
// GENERIC-NEXT:     %50 = "memref.alloc"() <{operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<1x3x4x4xf32>
// GENERIC-NEXT:     %51 = "arith.constant"() <{value = 0 : index}> : () -> index
// GENERIC-NEXT:     %52 = "arith.constant"() <{value = 1 : index}> : () -> index
// GENERIC-NEXT:     %53 = "arith.constant"() <{value = 3 : index}> : () -> index
// GENERIC-NEXT:     %54 = "arith.constant"() <{value = 4 : index}> : () -> index
// GENERIC-NEXT:     "scf.for"(%51, %52, %52) ({
// GENERIC-NEXT:     ^bb0(%arg13: index):
// GENERIC-NEXT:       "scf.for"(%51, %53, %52) ({
// GENERIC-NEXT:       ^bb0(%arg14: index):
// GENERIC-NEXT:         "scf.for"(%51, %54, %52) ({
// GENERIC-NEXT:         ^bb0(%arg15: index):
// GENERIC-NEXT:           "scf.for"(%51, %54, %52) ({
// GENERIC-NEXT:           ^bb0(%arg16: index):
// GENERIC-NEXT:             %55 = "memref.load"(%45, %arg13, %arg14, %arg15, %arg16) : (memref<1x3x4x4xf32>, index, index, index, index) -> f32
// GENERIC-NEXT:             %56 = "arith.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
// GENERIC-NEXT:             %57 = "arith.maximumf"(%55, %56) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
// GENERIC-NEXT:             "memref.store"(%57, %50, %arg13, %arg14, %arg15, %arg16) : (f32, memref<1x3x4x4xf32>, index, index, index, index) -> ()
// GENERIC-NEXT:             "scf.yield"() : () -> ()
// GENERIC-NEXT:           }) : (index, index, index) -> ()
// GENERIC-NEXT:           "scf.yield"() : () -> ()
// GENERIC-NEXT:         }) : (index, index, index) -> ()
// GENERIC-NEXT:         "scf.yield"() : () -> ()
// GENERIC-NEXT:       }) : (index, index, index) -> ()
// GENERIC-NEXT:       "scf.yield"() : () -> ()
// GENERIC-NEXT:     }) : (index, index, index) -> ()
// GENERIC-NEXT:     "func.return"(%50) : (memref<1x3x4x4xf32>) -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-LABEL:  "func.func"() <{function_type = (memref<2x3xf32>, memref<3x4xf32>) -> memref<2x4xf32>, sym_name = "mlp"}> ({
// GENERIC-NEXT:   ^bb0(%arg0: memref<2x3xf32>, %arg1: memref<3x4xf32>):
// GENERIC-NEXT:     %0 = "memref.alloc"() <{operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<4xf32>
// GENERIC-NEXT:     %1 = "arith.constant"() <{value = 5.000000e-01 : f32}> : () -> f32
// GENERIC-NEXT:     %2 = "arith.constant"() <{value = 0 : index}> : () -> index
// GENERIC-NEXT:     "memref.store"(%1, %0, %2) : (f32, memref<4xf32>, index) -> ()
// GENERIC-NEXT:     %3 = "arith.constant"() <{value = -5.000000e-01 : f32}> : () -> f32
// GENERIC-NEXT:     %4 = "arith.constant"() <{value = 1 : index}> : () -> index
// GENERIC-NEXT:     "memref.store"(%3, %0, %4) : (f32, memref<4xf32>, index) -> ()
// GENERIC-NEXT:     %5 = "arith.constant"() <{value = 1.000000e+00 : f32}> : () -> f32
// GENERIC-NEXT:     %6 = "arith.constant"() <{value = 2 : index}> : () -> index
// GENERIC-NEXT:     "memref.store"(%5, %0, %6) : (f32, memref<4xf32>, index) -> ()
// GENERIC-NEXT:     %7 = "arith.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
// GENERIC-NEXT:     %8 = "arith.constant"() <{value = 3 : index}> : () -> index
// GENERIC-NEXT:     "memref.store"(%7, %0, %8) : (f32, memref<4xf32>, index) -> ()
// GENERIC-NEXT:     %9 = "memref.alloc"() <{operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<2x4xf32>
// GENERIC-NEXT:     %10 = "arith.constant"() <{value = 0 : index}> : () -> index
// GENERIC-NEXT:     %11 = "arith.constant"() <{value = 1 : index}> : () -> index
// GENERIC-NEXT:     %12 = "arith.constant"() <{value = 2 : index}> : () -> index
// GENERIC-NEXT:     %13 = "arith.constant"() <{value = 4 : index}> : () -> index
// GENERIC-NEXT:     "scf.for"(%10, %12, %11) ({
// GENERIC-NEXT:     ^bb0(%arg6: index):
// GENERIC-NEXT:       "scf.for"(%10, %13, %11) ({
// GENERIC-NEXT:       ^bb0(%arg7: index):
// GENERIC-NEXT:         %31 = "arith.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
// GENERIC-NEXT:         %32 = "arith.constant"() <{value = 0 : index}> : () -> index
// GENERIC-NEXT:         %33 = "arith.constant"() <{value = 1 : index}> : () -> index
// GENERIC-NEXT:         %34 = "arith.constant"() <{value = 3 : index}> : () -> index
// GENERIC-NEXT:         %35 = "scf.for"(%32, %34, %33, %31) ({
// GENERIC-NEXT:         ^bb0(%arg8: index, %arg9: f32):
// GENERIC-NEXT:           %36 = "memref.load"(%arg0, %arg6, %arg8) : (memref<2x3xf32>, index, index) -> f32
// GENERIC-NEXT:           %37 = "memref.load"(%arg1, %arg8, %arg7) : (memref<3x4xf32>, index, index) -> f32
// GENERIC-NEXT:           %38 = "arith.mulf"(%36, %37) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
// GENERIC-NEXT:           %39 = "arith.addf"(%arg9, %38) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
// GENERIC-NEXT:           "scf.yield"(%39) : (f32) -> ()
// GENERIC-NEXT:         }) : (index, index, index, f32) -> f32
// GENERIC-NEXT:         "memref.store"(%35, %9, %arg6, %arg7) : (f32, memref<2x4xf32>, index, index) -> ()
// GENERIC-NEXT:         "scf.yield"() : () -> ()
// GENERIC-NEXT:       }) : (index, index, index) -> ()
// GENERIC-NEXT:       "scf.yield"() : () -> ()
// GENERIC-NEXT:     }) : (index, index, index) -> ()
// GENERIC-NEXT:     %14 = "memref.alloc"() <{operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<2x4xf32>
// GENERIC-NEXT:     %15 = "arith.constant"() <{value = 0 : index}> : () -> index
// GENERIC-NEXT:     %16 = "arith.constant"() <{value = 1 : index}> : () -> index
// GENERIC-NEXT:     %17 = "arith.constant"() <{value = 2 : index}> : () -> index
// GENERIC-NEXT:     %18 = "arith.constant"() <{value = 4 : index}> : () -> index
// GENERIC-NEXT:     "scf.for"(%15, %17, %16) ({
// GENERIC-NEXT:     ^bb0(%arg4: index):
// GENERIC-NEXT:       "scf.for"(%15, %18, %16) ({
// GENERIC-NEXT:       ^bb0(%arg5: index):
// GENERIC-NEXT:         %28 = "memref.load"(%9, %arg4, %arg5) : (memref<2x4xf32>, index, index) -> f32
// GENERIC-NEXT:         %29 = "memref.load"(%0, %arg5) : (memref<4xf32>, index) -> f32
// GENERIC-NEXT:         %30 = "arith.addf"(%28, %29) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
// GENERIC-NEXT:         "memref.store"(%30, %14, %arg4, %arg5) : (f32, memref<2x4xf32>, index, index) -> ()
// GENERIC-NEXT:         "scf.yield"() : () -> ()
// GENERIC-NEXT:       }) : (index, index, index) -> ()
// GENERIC-NEXT:       "scf.yield"() : () -> ()
// GENERIC-NEXT:     }) : (index, index, index) -> ()
// GENERIC-NEXT:     %19 = "memref.alloc"() <{operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<2x4xf32>
// GENERIC-NEXT:     %20 = "arith.constant"() <{value = 0 : index}> : () -> index
// GENERIC-NEXT:     %21 = "arith.constant"() <{value = 1 : index}> : () -> index
// GENERIC-NEXT:     %22 = "arith.constant"() <{value = 2 : index}> : () -> index
// GENERIC-NEXT:     %23 = "arith.constant"() <{value = 4 : index}> : () -> index
// GENERIC-NEXT:     "scf.for"(%20, %22, %21) ({
// GENERIC-NEXT:     ^bb0(%arg2: index):
// GENERIC-NEXT:       "scf.for"(%20, %23, %21) ({
// GENERIC-NEXT:       ^bb0(%arg3: index):
// GENERIC-NEXT:         %24 = "memref.load"(%14, %arg2, %arg3) : (memref<2x4xf32>, index, index) -> f32
// GENERIC-NEXT:         %25 = "arith.constant"() <{value = 0 : index}> : () -> index
// GENERIC-NEXT:         %26 = "arith.constant"() <{value = 2.000000e+00 : f32}> : () -> f32
// GENERIC-NEXT:         %27 = "arith.mulf"(%24, %26) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
// GENERIC-NEXT:         "memref.store"(%27, %19, %arg2, %arg3) : (f32, memref<2x4xf32>, index, index) -> ()
// GENERIC-NEXT:         "scf.yield"() : () -> ()
// GENERIC-NEXT:       }) : (index, index, index) -> ()
// GENERIC-NEXT:       "scf.yield"() : () -> ()
// GENERIC-NEXT:     }) : (index, index, index) -> ()
// GENERIC-NEXT:     "func.return"(%19) : (memref<2x4xf32>) -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-NEXT: }) : () -> ()
