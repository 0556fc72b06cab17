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
  %c2 = arith.constant 2 : index
  %c1 = arith.constant 1 : index
  scf.for %arg2 = %c0 to %c2 step %c1 {
    %c4 = arith.constant 4 : index
    scf.for %arg3 = %c0 to %c4 step %c1 {
      scf.for %arg4 = %c0 to %c4 step %c1 {
        %cst = arith.constant 0.000000e+00 : f32
        %c16 = arith.constant 16 : index
        %0 = scf.for %arg5 = %c0 to %c16 step %c1 iter_args(%arg6 = %cst) -> (f32) {
          %3 = arith.muli %arg2, %c4 : index
          %4 = arith.addi %3, %arg3 : index
          %5 = memref.load %arg0[%arg5, %4] : memref<16x8xf32>
          %6 = memref.load %arg1[%arg5, %arg4] : memref<16x4xf32>
          %7 = arith.mulf %5, %6 : f32
          %8 = arith.addf %arg6, %7 : f32
          scf.yield %8 : f32
        }
        %1 = arith.muli %arg2, %c4 : index
        %2 = arith.addi %1, %arg3 : index
        memref.store %0, %alloc[%2, %arg4] : memref<8x4xf32>
      }
    }
  }
  return %alloc : memref<8x4xf32>
}
func.func @reductions(%arg0: memref<4x6xf32>, %arg1: memref<4x6xi32>) -> (memref<4xf32>, memref<4xf32>, memref<4xi32>, memref<i32>) {
  %alloc = memref.alloc() : memref<4xf32>
  %c0 = arith.constant 0 : index
  %c4 = arith.constant 4 : index
  %c1 = arith.constant 1 : index
  scf.for %arg2 = %c0 to %c4 step %c1 {
    %cst = arith.constant 0xFF800000 : f32
    %c6 = arith.constant 6 : index
    %1 = scf.for %arg3 = %c0 to %c6 step %c1 iter_args(%arg4 = %cst) -> (f32) {
      %4 = memref.load %arg0[%arg2, %arg3] : memref<4x6xf32>
      %5 = arith.maximumf %arg4, %4 : f32
      scf.yield %5 : f32
    }
    %cst_12 = arith.constant 0x7F800000 : f32
    %2 = scf.for %arg3 = %c0 to %c6 step %c1 iter_args(%arg4 = %cst_12) -> (f32) {
      %4 = memref.load %arg0[%arg2, %arg3] : memref<4x6xf32>
      %5 = arith.minimumf %arg4, %4 : f32
      scf.yield %5 : f32
    }
    %3 = arith.subf %1, %2 : f32
    memref.store %3, %alloc[%arg2] : memref<4xf32>
  }
  %alloc_0 = memref.alloc() : memref<4xf32>
  %c0_1 = arith.constant 0 : index
  %c4_2 = arith.constant 4 : index
  %c1_3 = arith.constant 1 : index
  scf.for %arg2 = %c0_1 to %c4_2 step %c1_3 {
    %cst = arith.constant 1.000000e+00 : f32
    %c6 = arith.constant 6 : index
    %1 = scf.for %arg3 = %c0_1 to %c6 step %c1_3 iter_args(%arg4 = %cst) -> (f32) {
      %2 = memref.load %arg0[%arg2, %arg3] : memref<4x6xf32>
      %3 = arith.mulf %arg4, %2 : f32
      scf.yield %3 : f32
    }
    memref.store %1, %alloc_0[%arg2] : memref<4xf32>
  }
  %alloc_4 = memref.alloc() : memref<4xi32>
  %c0_5 = arith.constant 0 : index
  %c4_6 = arith.constant 4 : index
  %c1_7 = arith.constant 1 : index
  scf.for %arg2 = %c0_5 to %c4_6 step %c1_7 {
    %c-2147483648_i32 = arith.constant -2147483648 : i32
    %c6 = arith.constant 6 : index
    %1 = scf.for %arg3 = %c0_5 to %c6 step %c1_7 iter_args(%arg4 = %c-2147483648_i32) -> (i32) {
      %2 = memref.load %arg1[%arg2, %arg3] : memref<4x6xi32>
      %3 = arith.maxsi %arg4, %2 : i32
      scf.yield %3 : i32
    }
    memref.store %1, %alloc_4[%arg2] : memref<4xi32>
  }
  %alloc_8 = memref.alloc() : memref<i32>
  %c0_i32 = arith.constant 0 : i32
  %c0_9 = arith.constant 0 : index
  %c4_10 = arith.constant 4 : index
  %c1_11 = arith.constant 1 : index
  %0 = scf.for %arg2 = %c0_9 to %c4_10 step %c1_11 iter_args(%arg3 = %c0_i32) -> (i32) {
    %c6 = arith.constant 6 : index
    %1 = scf.for %arg4 = %c0_9 to %c6 step %c1_11 iter_args(%arg5 = %arg3) -> (i32) {
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
  %alloc_2 = memref.alloc() : memref<5xf32>
  %c0_3 = arith.constant 0 : index
  %c5 = arith.constant 5 : index
  %c1_4 = arith.constant 1 : index
  scf.for %arg1 = %c0_3 to %c5 step %c1_4 {
    %cst_5 = arith.constant 0.000000e+00 : f32
    %c3 = arith.constant 3 : index
    %0 = scf.for %arg2 = %c0_3 to %c3 step %c1_4 iter_args(%arg3 = %cst_5) -> (f32) {
      %2 = arith.addi %arg1, %arg2 : index
      %c1_7 = arith.constant 1 : index
      %3 = arith.subi %2, %c1_7 : index
      %4 = arith.cmpi sge, %3, %c0_3 : index
      %5 = arith.cmpi slt, %3, %c5 : index
      %6 = arith.andi %4, %5 : i1
      %7 = scf.if %6 -> (f32) {
        %11 = memref.load %arg0[%3] : memref<5xf32>
        scf.yield %11 : f32
      } else {
        %cst_8 = arith.constant 0.000000e+00 : f32
        scf.yield %cst_8 : f32
      }
      %8 = memref.load %alloc[%arg2] : memref<3xf32>
      %9 = arith.mulf %7, %8 : f32
      %10 = arith.addf %arg3, %9 : f32
      scf.yield %10 : f32
    }
    %cst_6 = arith.constant 2.500000e-01 : f32
    %1 = arith.mulf %0, %cst_6 : f32
    memref.store %1, %alloc_2[%arg1] : memref<5xf32>
  }
  return %alloc_2 : memref<5xf32>
}

func.func @conv_bias_relu(%arg0: memref<1x2x4x4xf32>, %arg1: memref<3x2x3x3xf32>, %arg2: memref<3xf32>) -> memref<1x3x4x4xf32> {
  %alloc = memref.alloc() : memref<1x3x4x4xf32>
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  scf.for %arg3 = %c0 to %c1 step %c1 {
    %c3 = arith.constant 3 : index
    scf.for %arg4 = %c0 to %c3 step %c1 {
      %c4 = arith.constant 4 : index
      scf.for %arg5 = %c0 to %c4 step %c1 {
        scf.for %arg6 = %c0 to %c4 step %c1 {
          %cst = arith.constant 0.000000e+00 : f32
          %c2 = arith.constant 2 : index
          %0 = scf.for %arg7 = %c0 to %c2 step %c1 iter_args(%arg8 = %cst) -> (f32) {
            %1 = scf.for %arg9 = %c0 to %c3 step %c1 iter_args(%arg10 = %arg8) -> (f32) {
              %2 = scf.for %arg11 = %c0 to %c3 step %c1 iter_args(%arg12 = %arg10) -> (f32) {
                %3 = arith.addi %arg5, %arg9 : index
                %c1_6 = arith.constant 1 : index
                %4 = arith.subi %3, %c1_6 : index
                %5 = arith.addi %arg6, %arg11 : index
                %6 = arith.subi %5, %c1_6 : index
                %7 = arith.cmpi sge, %arg3, %c0 : index
                %8 = arith.cmpi slt, %arg3, %c1 : index
                %9 = arith.andi %7, %8 : i1
                %10 = arith.cmpi sge, %arg7, %c0 : index
                %11 = arith.andi %9, %10 : i1
                %12 = arith.cmpi slt, %arg7, %c2 : index
                %13 = arith.andi %11, %12 : i1
                %14 = arith.cmpi sge, %4, %c0 : index
                %15 = arith.andi %13, %14 : i1
                %16 = arith.cmpi slt, %4, %c4 : index
                %17 = arith.andi %15, %16 : i1
                %18 = arith.cmpi sge, %6, %c0 : index
                %19 = arith.andi %17, %18 : i1
                %20 = arith.cmpi slt, %6, %c4 : index
                %21 = arith.andi %19, %20 : i1
                %22 = scf.if %21 -> (f32) {
                  %26 = memref.load %arg0[%arg3, %arg7, %4, %6] : memref<1x2x4x4xf32>
                  scf.yield %26 : f32
                } else {
                  %cst_7 = arith.constant 0.000000e+00 : f32
                  scf.yield %cst_7 : f32
                }
                %23 = memref.load %arg1[%arg4, %arg7, %arg9, %arg11] : memref<3x2x3x3xf32>
                %24 = arith.mulf %22, %23 : f32
                %25 = arith.addf %arg12, %24 : f32
                scf.yield %25 : f32
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
  scf.for %arg3 = %c0_1 to %c1_2 step %c1_2 {
    %c3 = arith.constant 3 : index
    scf.for %arg4 = %c0_1 to %c3 step %c1_2 {
      %c4 = arith.constant 4 : index
      scf.for %arg5 = %c0_1 to %c4 step %c1_2 {
        scf.for %arg6 = %c0_1 to %c4 step %c1_2 {
          %0 = memref.load %alloc[%arg3, %arg4, %arg5, %arg6] : memref<1x3x4x4xf32>
          %1 = memref.load %arg2[%arg4] : memref<3xf32>
          %2 = arith.addf %0, %1 : f32
          memref.store %2, %alloc_0[%arg3, %arg4, %arg5, %arg6] : memref<1x3x4x4xf32>
        }
      }
    }
  }
  %alloc_3 = memref.alloc() : memref<1x3x4x4xf32>
  %c0_4 = arith.constant 0 : index
  %c1_5 = arith.constant 1 : index
  scf.for %arg3 = %c0_4 to %c1_5 step %c1_5 {
    %c3 = arith.constant 3 : index
    scf.for %arg4 = %c0_4 to %c3 step %c1_5 {
      %c4 = arith.constant 4 : index
      scf.for %arg5 = %c0_4 to %c4 step %c1_5 {
        scf.for %arg6 = %c0_4 to %c4 step %c1_5 {
          %0 = memref.load %alloc_0[%arg3, %arg4, %arg5, %arg6] : memref<1x3x4x4xf32>
          %cst = arith.constant 0.000000e+00 : f32
          %1 = arith.maximumf %0, %cst : f32
          memref.store %1, %alloc_3[%arg3, %arg4, %arg5, %arg6] : memref<1x3x4x4xf32>
        }
      }
    }
  }
  return %alloc_3 : memref<1x3x4x4xf32>
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
  %c2_5 = arith.constant 2 : index
  %c1_6 = arith.constant 1 : index
  scf.for %arg2 = %c0_4 to %c2_5 step %c1_6 {
    %c4 = arith.constant 4 : index
    scf.for %arg3 = %c0_4 to %c4 step %c1_6 {
      %cst_15 = arith.constant 0.000000e+00 : f32
      %c3_16 = arith.constant 3 : index
      %0 = scf.for %arg4 = %c0_4 to %c3_16 step %c1_6 iter_args(%arg5 = %cst_15) -> (f32) {
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
  %c2_9 = arith.constant 2 : index
  %c1_10 = arith.constant 1 : index
  scf.for %arg2 = %c0_8 to %c2_9 step %c1_10 {
    %c4 = arith.constant 4 : index
    scf.for %arg3 = %c0_8 to %c4 step %c1_10 {
      %0 = memref.load %alloc_3[%arg2, %arg3] : memref<2x4xf32>
      %1 = memref.load %alloc[%arg3] : memref<4xf32>
      %2 = arith.addf %0, %1 : f32
      memref.store %2, %alloc_7[%arg2, %arg3] : memref<2x4xf32>
    }
  }
  %alloc_11 = memref.alloc() : memref<2x4xf32>
  %c0_12 = arith.constant 0 : index
  %c2_13 = arith.constant 2 : index
  %c1_14 = arith.constant 1 : index
  scf.for %arg2 = %c0_12 to %c2_13 step %c1_14 {
    %c4 = arith.constant 4 : index
    scf.for %arg3 = %c0_12 to %c4 step %c1_14 {
      %0 = memref.load %alloc_7[%arg2, %arg3] : memref<2x4xf32>
      %c0_15 = arith.constant 0 : index
      %cst_16 = arith.constant 2.000000e+00 : f32
      %1 = arith.mulf %0, %cst_16 : f32
      memref.store %1, %alloc_11[%arg2, %arg3] : memref<2x4xf32>
    }
  }
  return %alloc_11 : memref<2x4xf32>
}

// CHECK:      module {
// CHECK-LABEL:  func.func @seed(%arg0: memref<16x8xf32>, %arg1: memref<16x4xf32>) -> memref<8x4xf32> {
// CHECK-NEXT:     %alloc = memref.alloc() : memref<8x4xf32>
// CHECK-NEXT:     %c0 = arith.constant 0 : index
// CHECK-NEXT:     %c2 = arith.constant 2 : index
// CHECK-NEXT:     %c1 = arith.constant 1 : index
// CHECK-NEXT:     scf.for %arg2 = %c0 to %c2 step %c1 {
// CHECK-NEXT:       %c4 = arith.constant 4 : index
// CHECK-NEXT:       scf.for %arg3 = %c0 to %c4 step %c1 {
// CHECK-NEXT:         scf.for %arg4 = %c0 to %c4 step %c1 {
// CHECK-NEXT:           %cst = arith.constant 0.000000e+00 : f32
// CHECK-NEXT:           %c16 = arith.constant 16 : index
// CHECK-NEXT:           %0 = scf.for %arg5 = %c0 to %c16 step %c1 iter_args(%arg6 = %cst) -> (f32) {
// CHECK-NEXT:             %3 = arith.muli %arg2, %c4 : index
// CHECK-NEXT:             %4 = arith.addi %3, %arg3 : index
// CHECK-NEXT:             %5 = memref.load %arg0[%arg5, %4] : memref<16x8xf32>
// CHECK-NEXT:             %6 = memref.load %arg1[%arg5, %arg4] : memref<16x4xf32>
// CHECK-NEXT:             %7 = arith.mulf %5, %6 : f32
// CHECK-NEXT:             %8 = arith.addf %arg6, %7 : f32
// CHECK-NEXT:             scf.yield %8 : f32
// CHECK-NEXT:           }
// CHECK-NEXT:           %1 = arith.muli %arg2, %c4 : index
// CHECK-NEXT:           %2 = arith.addi %1, %arg3 : index
// CHECK-NEXT:           memref.store %0, %alloc[%2, %arg4] : memref<8x4xf32>
// CHECK-NEXT:         }
// CHECK-NEXT:       }
// CHECK-NEXT:     }
// CHECK-NEXT:     return %alloc : memref<8x4xf32>
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @reductions(%arg0: memref<4x6xf32>, %arg1: memref<4x6xi32>) -> (memref<4xf32>, memref<4xf32>, memref<4xi32>, memref<i32>) {
// CHECK-NEXT:     %alloc = memref.alloc() : memref<4xf32>
// CHECK-NEXT:     %c0 = arith.constant 0 : index
// CHECK-NEXT:     %c4 = arith.constant 4 : index
// CHECK-NEXT:     %c1 = arith.constant 1 : index
// CHECK-NEXT:     scf.for %arg2 = %c0 to %c4 step %c1 {
// CHECK-NEXT:       %cst = arith.constant 0xFF800000 : f32
// CHECK-NEXT:       %c6 = arith.constant 6 : index
// CHECK-NEXT:       %1 = scf.for %arg3 = %c0 to %c6 step %c1 iter_args(%arg4 = %cst) -> (f32) {
// CHECK-NEXT:         %4 = memref.load %arg0[%arg2, %arg3] : memref<4x6xf32>
// CHECK-NEXT:         %5 = arith.maximumf %arg4, %4 : f32
// CHECK-NEXT:         scf.yield %5 : f32
// CHECK-NEXT:       }
// CHECK-NEXT:       %cst_12 = arith.constant 0x7F800000 : f32
// CHECK-NEXT:       %2 = scf.for %arg3 = %c0 to %c6 step %c1 iter_args(%arg4 = %cst_12) -> (f32) {
// CHECK-NEXT:         %4 = memref.load %arg0[%arg2, %arg3] : memref<4x6xf32>
// CHECK-NEXT:         %5 = arith.minimumf %arg4, %4 : f32
// CHECK-NEXT:         scf.yield %5 : f32
// CHECK-NEXT:       }
// CHECK-NEXT:       %3 = arith.subf %1, %2 : f32
// CHECK-NEXT:       memref.store %3, %alloc[%arg2] : memref<4xf32>
// CHECK-NEXT:     }
// CHECK-NEXT:     %alloc_0 = memref.alloc() : memref<4xf32>
// CHECK-NEXT:     %c0_1 = arith.constant 0 : index
// CHECK-NEXT:     %c4_2 = arith.constant 4 : index
// CHECK-NEXT:     %c1_3 = arith.constant 1 : index
// CHECK-NEXT:     scf.for %arg2 = %c0_1 to %c4_2 step %c1_3 {
// CHECK-NEXT:       %cst = arith.constant 1.000000e+00 : f32
// CHECK-NEXT:       %c6 = arith.constant 6 : index
// CHECK-NEXT:       %1 = scf.for %arg3 = %c0_1 to %c6 step %c1_3 iter_args(%arg4 = %cst) -> (f32) {
// CHECK-NEXT:         %2 = memref.load %arg0[%arg2, %arg3] : memref<4x6xf32>
// CHECK-NEXT:         %3 = arith.mulf %arg4, %2 : f32
// CHECK-NEXT:         scf.yield %3 : f32
// CHECK-NEXT:       }
// CHECK-NEXT:       memref.store %1, %alloc_0[%arg2] : memref<4xf32>
// CHECK-NEXT:     }
// CHECK-NEXT:     %alloc_4 = memref.alloc() : memref<4xi32>
// CHECK-NEXT:     %c0_5 = arith.constant 0 : index
// CHECK-NEXT:     %c4_6 = arith.constant 4 : index
// CHECK-NEXT:     %c1_7 = arith.constant 1 : index
// CHECK-NEXT:     scf.for %arg2 = %c0_5 to %c4_6 step %c1_7 {
// CHECK-NEXT:       %c-2147483648_i32 = arith.constant -2147483648 : i32
// CHECK-NEXT:       %c6 = arith.constant 6 : index
// CHECK-NEXT:       %1 = scf.for %arg3 = %c0_5 to %c6 step %c1_7 iter_args(%arg4 = %c-2147483648_i32) -> (i32) {
// CHECK-NEXT:         %2 = memref.load %arg1[%arg2, %arg3] : memref<4x6xi32>
// CHECK-NEXT:         %3 = arith.maxsi %arg4, %2 : i32
// CHECK-NEXT:         scf.yield %3 : i32
// CHECK-NEXT:       }
// CHECK-NEXT:       memref.store %1, %alloc_4[%arg2] : memref<4xi32>
// CHECK-NEXT:     }
// CHECK-NEXT:     %alloc_8 = memref.alloc() : memref<i32>
// CHECK-NEXT:     %c0_i32 = arith.constant 0 : i32
// CHECK-NEXT:     %c0_9 = arith.constant 0 : index
// CHECK-NEXT:     %c4_10 = arith.constant 4 : index
// CHECK-NEXT:     %c1_11 = arith.constant 1 : index
// CHECK-NEXT:     %0 = scf.for %arg2 = %c0_9 to %c4_10 step %c1_11 iter_args(%arg3 = %c0_i32) -> (i32) {
// CHECK-NEXT:       %c6 = arith.constant 6 : index
// CHECK-NEXT:       %1 = scf.for %arg4 = %c0_9 to %c6 step %c1_11 iter_args(%arg5 = %arg3) -> (i32) {
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
// CHECK-NEXT:     %alloc_2 = memref.alloc() : memref<5xf32>
// CHECK-NEXT:     %c0_3 = arith.constant 0 : index
// CHECK-NEXT:     %c5 = arith.constant 5 : index
// CHECK-NEXT:     %c1_4 = arith.constant 1 : index
// CHECK-NEXT:     scf.for %arg1 = %c0_3 to %c5 step %c1_4 {
// CHECK-NEXT:       %cst_5 = arith.constant 0.000000e+00 : f32
// CHECK-NEXT:       %c3 = arith.constant 3 : index
// CHECK-NEXT:       %0 = scf.for %arg2 = %c0_3 to %c3 step %c1_4 iter_args(%arg3 = %cst_5) -> (f32) {
// CHECK-NEXT:         %2 = arith.addi %arg1, %arg2 : index
// CHECK-NEXT:         %c1_7 = arith.constant 1 : index
// CHECK-NEXT:         %3 = arith.subi %2, %c1_7 : index
// CHECK-NEXT:         %4 = arith.cmpi sge, %3, %c0_3 : index
// CHECK-NEXT:         %5 = arith.cmpi slt, %3, %c5 : index
// CHECK-NEXT:         %6 = arith.andi %4, %5 : i1
// CHECK-NEXT:         %7 = scf.if %6 -> (f32) {
// CHECK-NEXT:           %11 = memref.load %arg0[%3] : memref<5xf32>
// CHECK-NEXT:           scf.yield %11 : f32
// CHECK-NEXT:         } else {
// CHECK-NEXT:           %cst_8 = arith.constant 0.000000e+00 : f32
// CHECK-NEXT:           scf.yield %cst_8 : f32
// CHECK-NEXT:         }
// CHECK-NEXT:         %8 = memref.load %alloc[%arg2] : memref<3xf32>
// CHECK-NEXT:         %9 = arith.mulf %7, %8 : f32
// CHECK-NEXT:         %10 = arith.addf %arg3, %9 : f32
// CHECK-NEXT:         scf.yield %10 : f32
// CHECK-NEXT:       }
// CHECK-NEXT:       %cst_6 = arith.constant 2.500000e-01 : f32
// CHECK-NEXT:       %1 = arith.mulf %0, %cst_6 : f32
// CHECK-NEXT:       memref.store %1, %alloc_2[%arg1] : memref<5xf32>
// CHECK-NEXT:     }
// CHECK-NEXT:     return %alloc_2 : memref<5xf32>
// CHECK-NEXT:   }
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

// GENERIC:      "builtin.module"() ({
// GENERIC-LABEL:  "func.func"() <{function_type = (memref<16x8xf32>, memref<16x4xf32>) -> memref<8x4xf32>, sym_name = "seed"}> ({
// GENERIC-NEXT:   ^bb0(%arg52: memref<16x8xf32>, %arg53: memref<16x4xf32>):
// GENERIC-NEXT:     %160 = "memref.alloc"() <{operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<8x4xf32>
// GENERIC-NEXT:     %161 = "arith.constant"() <{value = 0 : index}> : () -> index
// GENERIC-NEXT:     %162 = "arith.constant"() <{value = 2 : index}> : () -> index
// GENERIC-NEXT:     %163 = "arith.constant"() <{value = 1 : index}> : () -> index
// GENERIC-NEXT:     "scf.for"(%161, %162, %163) ({
// GENERIC-NEXT:     ^bb0(%arg54: index):
// GENERIC-NEXT:       %164 = "arith.constant"() <{value = 4 : index}> : () -> index
// GENERIC-NEXT:       "scf.for"(%161, %164, %163) ({
// GENERIC-NEXT:       ^bb0(%arg55: index):
// GENERIC-NEXT:         "scf.for"(%161, %164, %163) ({
// GENERIC-NEXT:         ^bb0(%arg56: index):
// GENERIC-NEXT:           %165 = "arith.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
// GENERIC-NEXT:           %166 = "arith.constant"() <{value = 16 : index}> : () -> index
// GENERIC-NEXT:           %167 = "scf.for"(%161, %166, %163, %165) ({
// GENERIC-NEXT:           ^bb0(%arg57: index, %arg58: f32):
// GENERIC-NEXT:             %170 = "arith.muli"(%arg54, %164) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
// GENERIC-NEXT:             %171 = "arith.addi"(%170, %arg55) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
// GENERIC-NEXT:             %172 = "memref.load"(%arg52, %arg57, %171) : (memref<16x8xf32>, index, index) -> f32
// GENERIC-NEXT:             %173 = "memref.load"(%arg53, %arg57, %arg56) : (memref<16x4xf32>, index, index) -> f32
// GENERIC-NEXT:             %174 = "arith.mulf"(%172, %173) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
// GENERIC-NEXT:             %175 = "arith.addf"(%arg58, %174) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
// GENERIC-NEXT:             "scf.yield"(%175) : (f32) -> ()
// GENERIC-NEXT:           }) : (index, index, index, f32) -> f32
// GENERIC-NEXT:           %168 = "arith.muli"(%arg54, %164) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
// GENERIC-NEXT:           %169 = "arith.addi"(%168, %arg55) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
// GENERIC-NEXT:           "memref.store"(%167, %160, %169, %arg56) : (f32, memref<8x4xf32>, index, index) -> ()
// GENERIC-NEXT:           "scf.yield"() : () -> ()
// GENERIC-NEXT:         }) : (index, index, index) -> ()
// GENERIC-NEXT:         "scf.yield"() : () -> ()
// GENERIC-NEXT:       }) : (index, index, index) -> ()
// GENERIC-NEXT:       "scf.yield"() : () -> ()
// GENERIC-NEXT:     }) : (index, index, index) -> ()
// GENERIC-NEXT:     "func.return"(%160) : (memref<8x4xf32>) -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-LABEL:  "func.func"() <{function_type = (memref<4x6xf32>, memref<4x6xi32>) -> (memref<4xf32>, memref<4xf32>, memref<4xi32>, memref<i32>), sym_name = "reductions"}> ({
// GENERIC-NEXT:   ^bb0(%arg35: memref<4x6xf32>, %arg36: memref<4x6xi32>):
// GENERIC-NEXT:     %118 = "memref.alloc"() <{operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<4xf32>
// GENERIC-NEXT:     %119 = "arith.constant"() <{value = 0 : index}> : () -> index
// GENERIC-NEXT:     %120 = "arith.constant"() <{value = 4 : index}> : () -> index
// GENERIC-NEXT:     %121 = "arith.constant"() <{value = 1 : index}> : () -> index
// GENERIC-NEXT:     "scf.for"(%119, %120, %121) ({
// GENERIC-NEXT:     ^bb0(%arg47: index):
// GENERIC-NEXT:       %150 = "arith.constant"() <{value = 0xFF800000 : f32}> : () -> f32
// GENERIC-NEXT:       %151 = "arith.constant"() <{value = 6 : index}> : () -> index
// GENERIC-NEXT:       %152 = "scf.for"(%119, %151, %121, %150) ({
// GENERIC-NEXT:       ^bb0(%arg50: index, %arg51: f32):
// GENERIC-NEXT:         %158 = "memref.load"(%arg35, %arg47, %arg50) : (memref<4x6xf32>, index, index) -> f32
// GENERIC-NEXT:         %159 = "arith.maximumf"(%arg51, %158) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
// GENERIC-NEXT:         "scf.yield"(%159) : (f32) -> ()
// GENERIC-NEXT:       }) : (index, index, index, f32) -> f32
// GENERIC-NEXT:       %153 = "arith.constant"() <{value = 0x7F800000 : f32}> : () -> f32
// GENERIC-NEXT:       %154 = "scf.for"(%119, %151, %121, %153) ({
// GENERIC-NEXT:       ^bb0(%arg48: index, %arg49: f32):
// GENERIC-NEXT:         %156 = "memref.load"(%arg35, %arg47, %arg48) : (memref<4x6xf32>, index, index) -> f32
// GENERIC-NEXT:         %157 = "arith.minimumf"(%arg49, %156) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
// GENERIC-NEXT:         "scf.yield"(%157) : (f32) -> ()
// GENERIC-NEXT:       }) : (index, index, index, f32) -> f32
// GENERIC-NEXT:       %155 = "arith.subf"(%152, %154) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
// GENERIC-NEXT:       "memref.store"(%155, %118, %arg47) : (f32, memref<4xf32>, index) -> ()
// GENERIC-NEXT:       "scf.yield"() : () -> ()
// GENERIC-NEXT:     }) : (index, index, index) -> ()
// GENERIC-NEXT:     %122 = "memref.alloc"() <{operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<4xf32>
// GENERIC-NEXT:     %123 = "arith.constant"() <{value = 0 : index}> : () -> index
// GENERIC-NEXT:     %124 = "arith.constant"() <{value = 4 : index}> : () -> index
// GENERIC-NEXT:     %125 = "arith.constant"() <{value = 1 : index}> : () -> index
// GENERIC-NEXT:     "scf.for"(%123, %124, %125) ({
// GENERIC-NEXT:     ^bb0(%arg44: index):
// GENERIC-NEXT:       %145 = "arith.constant"() <{value = 1.000000e+00 : f32}> : () -> f32
// GENERIC-NEXT:       %146 = "arith.constant"() <{value = 6 : index}> : () -> index
// GENERIC-NEXT:       %147 = "scf.for"(%123, %146, %125, %145) ({
// GENERIC-NEXT:       ^bb0(%arg45: index, %arg46: f32):
// GENERIC-NEXT:         %148 = "memref.load"(%arg35, %arg44, %arg45) : (memref<4x6xf32>, index, index) -> f32
// GENERIC-NEXT:         %149 = "arith.mulf"(%arg46, %148) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
// GENERIC-NEXT:         "scf.yield"(%149) : (f32) -> ()
// GENERIC-NEXT:       }) : (index, index, index, f32) -> f32
// GENERIC-NEXT:       "memref.store"(%147, %122, %arg44) : (f32, memref<4xf32>, index) -> ()
// GENERIC-NEXT:       "scf.yield"() : () -> ()
// GENERIC-NEXT:     }) : (index, index, index) -> ()
// GENERIC-NEXT:     %126 = "memref.alloc"() <{operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<4xi32>
// GENERIC-NEXT:     %127 = "arith.constant"() <{value = 0 : index}> : () -> index
// GENERIC-NEXT:     %128 = "arith.constant"() <{value = 4 : index}> : () -> index
// GENERIC-NEXT:     %129 = "arith.constant"() <{value = 1 : index}> : () -> index
// GENERIC-NEXT:     "scf.for"(%127, %128, %129) ({
// GENERIC-NEXT:     ^bb0(%arg41: index):
// GENERIC-NEXT:       %140 = "arith.constant"() <{value = -2147483648 : i32}> : () -> i32
// GENERIC-NEXT:       %141 = "arith.constant"() <{value = 6 : index}> : () -> index
// GENERIC-NEXT:       %142 = "scf.for"(%127, %141, %129, %140) ({
// GENERIC-NEXT:       ^bb0(%arg42: index, %arg43: i32):
// GENERIC-NEXT:         %143 = "memref.load"(%arg36, %arg41, %arg42) : (memref<4x6xi32>, index, index) -> i32
// GENERIC-NEXT:         %144 = "arith.maxsi"(%arg43, %143) : (i32, i32) -> i32
// GENERIC-NEXT:         "scf.yield"(%144) : (i32) -> ()
// GENERIC-NEXT:       }) : (index, index, index, i32) -> i32
// GENERIC-NEXT:       "memref.store"(%142, %126, %arg41) : (i32, memref<4xi32>, index) -> ()
// GENERIC-NEXT:       "scf.yield"() : () -> ()
// GENERIC-NEXT:     }) : (index, index, index) -> ()
// GENERIC-NEXT:     %130 = "memref.alloc"() <{operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<i32>
// GENERIC-NEXT:     %131 = "arith.constant"() <{value = 0 : i32}> : () -> i32
// GENERIC-NEXT:     %132 = "arith.constant"() <{value = 0 : index}> : () -> index
// GENERIC-NEXT:     %133 = "arith.constant"() <{value = 4 : index}> : () -> index
// GENERIC-NEXT:     %134 = "arith.constant"() <{value = 1 : index}> : () -> index
// GENERIC-NEXT:     %135 = "scf.for"(%132, %133, %134, %131) ({
// GENERIC-NEXT:     ^bb0(%arg37: index, %arg38: i32):
// GENERIC-NEXT:       %136 = "arith.constant"() <{value = 6 : index}> : () -> index
// GENERIC-NEXT:       %137 = "scf.for"(%132, %136, %134, %arg38) ({
// GENERIC-NEXT:       ^bb0(%arg39: index, %arg40: i32):
// GENERIC-NEXT:         %138 = "memref.load"(%arg36, %arg37, %arg39) : (memref<4x6xi32>, index, index) -> i32
// GENERIC-NEXT:         %139 = "arith.addi"(%arg40, %138) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
// GENERIC-NEXT:         "scf.yield"(%139) : (i32) -> ()
// GENERIC-NEXT:       }) : (index, index, index, i32) -> i32
// GENERIC-NEXT:       "scf.yield"(%137) : (i32) -> ()
// GENERIC-NEXT:     }) : (index, index, index, i32) -> i32
// GENERIC-NEXT:     "memref.store"(%135, %130) : (i32, memref<i32>) -> ()
// GENERIC-NEXT:     "func.return"(%118, %122, %126, %130) : (memref<4xf32>, memref<4xf32>, memref<4xi32>, memref<i32>) -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-LABEL:  "func.func"() <{function_type = (memref<5xf32>) -> memref<5xf32>, sym_name = "padded"}> ({
// GENERIC-NEXT:   ^bb0(%arg31: memref<5xf32>):
// GENERIC-NEXT:     %90 = "memref.alloc"() <{operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<3xf32>
// GENERIC-NEXT:     %91 = "arith.constant"() <{value = 1.000000e+00 : f32}> : () -> f32
// GENERIC-NEXT:     %92 = "arith.constant"() <{value = 0 : index}> : () -> index
// GENERIC-NEXT:     "memref.store"(%91, %90, %92) : (f32, memref<3xf32>, index) -> ()
// GENERIC-NEXT:     %93 = "arith.constant"() <{value = 2.000000e+00 : f32}> : () -> f32
// GENERIC-NEXT:     %94 = "arith.constant"() <{value = 1 : index}> : () -> index
// GENERIC-NEXT:     "memref.store"(%93, %90, %94) : (f32, memref<3xf32>, index) -> ()
// GENERIC-NEXT:     %95 = "arith.constant"() <{value = 1.000000e+00 : f32}> : () -> f32
// GENERIC-NEXT:     %96 = "arith.constant"() <{value = 2 : index}> : () -> index
// GENERIC-NEXT:     "memref.store"(%95, %90, %96) : (f32, memref<3xf32>, index) -> ()
// GENERIC-NEXT:     %97 = "memref.alloc"() <{operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<5xf32>
// GENERIC-NEXT:     %98 = "arith.constant"() <{value = 0 : index}> : () -> index
// GENERIC-NEXT:     %99 = "arith.constant"() <{value = 5 : index}> : () -> index
// GENERIC-NEXT:     %100 = "arith.constant"() <{value = 1 : index}> : () -> index
// GENERIC-NEXT:     "scf.for"(%98, %99, %100) ({
// GENERIC-NEXT:     ^bb0(%arg32: index):
// GENERIC-NEXT:       %101 = "arith.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
// GENERIC-NEXT:       %102 = "arith.constant"() <{value = 3 : index}> : () -> index
// GENERIC-NEXT:       %103 = "scf.for"(%98, %102, %100, %101) ({
// GENERIC-NEXT:       ^bb0(%arg33: index, %arg34: f32):
// GENERIC-NEXT:         %106 = "arith.addi"(%arg32, %arg33) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
// GENERIC-NEXT:         %107 = "arith.constant"() <{value = 1 : index}> : () -> index
// GENERIC-NEXT:         %108 = "arith.subi"(%106, %107) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
// GENERIC-NEXT:         %109 = "arith.cmpi"(%108, %98) <{predicate = 5 : i64}> : (index, index) -> i1
// GENERIC-NEXT:         %110 = "arith.cmpi"(%108, %99) <{predicate = 2 : i64}> : (index, index) -> i1
// GENERIC-NEXT:         %111 = "arith.andi"(%109, %110) : (i1, i1) -> i1
// GENERIC-NEXT:         %112 = "scf.if"(%111) ({
// GENERIC-NEXT:           %117 = "memref.load"(%arg31, %108) : (memref<5xf32>, index) -> f32
// GENERIC-NEXT:           "scf.yield"(%117) : (f32) -> ()
// GENERIC-NEXT:         }, {
// GENERIC-NEXT:           %116 = "arith.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
// GENERIC-NEXT:           "scf.yield"(%116) : (f32) -> ()
// GENERIC-NEXT:         }) : (i1) -> f32
// GENERIC-NEXT:         %113 = "memref.load"(%90, %arg33) : (memref<3xf32>, index) -> f32
// GENERIC-NEXT:         %114 = "arith.mulf"(%112, %113) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
// GENERIC-NEXT:         %115 = "arith.addf"(%arg34, %114) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
// GENERIC-NEXT:         "scf.yield"(%115) : (f32) -> ()
// GENERIC-NEXT:       }) : (index, index, index, f32) -> f32
// GENERIC-NEXT:       %104 = "arith.constant"() <{value = 2.500000e-01 : f32}> : () -> f32
// GENERIC-NEXT:       %105 = "arith.mulf"(%103, %104) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
// GENERIC-NEXT:       "memref.store"(%105, %97, %arg32) : (f32, memref<5xf32>, index) -> ()
// GENERIC-NEXT:       "scf.yield"() : () -> ()
// GENERIC-NEXT:     }) : (index, index, index) -> ()
// GENERIC-NEXT:     "func.return"(%97) : (memref<5xf32>) -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-LABEL:  "func.func"() <{function_type = (memref<1x2x4x4xf32>, memref<3x2x3x3xf32>, memref<3xf32>) -> memref<1x3x4x4xf32>, sym_name = "conv_bias_relu"}> ({
// GENERIC-NEXT:   ^bb0(%arg10: memref<1x2x4x4xf32>, %arg11: memref<3x2x3x3xf32>, %arg12: memref<3xf32>):
// GENERIC-NEXT:     %38 = "memref.alloc"() <{operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<1x3x4x4xf32>
// GENERIC-NEXT:     %39 = "arith.constant"() <{value = 0 : index}> : () -> index
// GENERIC-NEXT:     %40 = "arith.constant"() <{value = 1 : index}> : () -> index
// GENERIC-NEXT:     "scf.for"(%39, %40, %40) ({
// GENERIC-NEXT:     ^bb0(%arg21: index):
// GENERIC-NEXT:       %57 = "arith.constant"() <{value = 3 : index}> : () -> index
// GENERIC-NEXT:       "scf.for"(%39, %57, %40) ({
// GENERIC-NEXT:       ^bb0(%arg22: index):
// GENERIC-NEXT:         %58 = "arith.constant"() <{value = 4 : index}> : () -> index
// GENERIC-NEXT:         "scf.for"(%39, %58, %40) ({
// GENERIC-NEXT:         ^bb0(%arg23: index):
// GENERIC-NEXT:           "scf.for"(%39, %58, %40) ({
// GENERIC-NEXT:           ^bb0(%arg24: index):
// GENERIC-NEXT:             %59 = "arith.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
// GENERIC-NEXT:             %60 = "arith.constant"() <{value = 2 : index}> : () -> index
// GENERIC-NEXT:             %61 = "scf.for"(%39, %60, %40, %59) ({
// GENERIC-NEXT:             ^bb0(%arg25: index, %arg26: f32):
// GENERIC-NEXT:               %62 = "scf.for"(%39, %57, %40, %arg26) ({
// GENERIC-NEXT:               ^bb0(%arg27: index, %arg28: f32):
// GENERIC-NEXT:                 %63 = "scf.for"(%39, %57, %40, %arg28) ({
// GENERIC-NEXT:                 ^bb0(%arg29: index, %arg30: f32):
// GENERIC-NEXT:                   %64 = "arith.addi"(%arg23, %arg27) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
// GENERIC-NEXT:                   %65 = "arith.constant"() <{value = 1 : index}> : () -> index
// GENERIC-NEXT:                   %66 = "arith.subi"(%64, %65) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
// GENERIC-NEXT:                   %67 = "arith.addi"(%arg24, %arg29) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
// GENERIC-NEXT:                   %68 = "arith.subi"(%67, %65) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
// GENERIC-NEXT:                   %69 = "arith.cmpi"(%arg21, %39) <{predicate = 5 : i64}> : (index, index) -> i1
// GENERIC-NEXT:                   %70 = "arith.cmpi"(%arg21, %40) <{predicate = 2 : i64}> : (index, index) -> i1
// GENERIC-NEXT:                   %71 = "arith.andi"(%69, %70) : (i1, i1) -> i1
// GENERIC-NEXT:                   %72 = "arith.cmpi"(%arg25, %39) <{predicate = 5 : i64}> : (index, index) -> i1
// GENERIC-NEXT:                   %73 = "arith.andi"(%71, %72) : (i1, i1) -> i1
// GENERIC-NEXT:                   %74 = "arith.cmpi"(%arg25, %60) <{predicate = 2 : i64}> : (index, index) -> i1
// GENERIC-NEXT:                   %75 = "arith.andi"(%73, %74) : (i1, i1) -> i1
// GENERIC-NEXT:                   %76 = "arith.cmpi"(%66, %39) <{predicate = 5 : i64}> : (index, index) -> i1
// GENERIC-NEXT:                   %77 = "arith.andi"(%75, %76) : (i1, i1) -> i1
// GENERIC-NEXT:                   %78 = "arith.cmpi"(%66, %58) <{predicate = 2 : i64}> : (index, index) -> i1
// GENERIC-NEXT:                   %79 = "arith.andi"(%77, %78) : (i1, i1) -> i1
// GENERIC-NEXT:                   %80 = "arith.cmpi"(%68, %39) <{predicate = 5 : i64}> : (index, index) -> i1
// GENERIC-NEXT:                   %81 = "arith.andi"(%79, %80) : (i1, i1) -> i1
// GENERIC-NEXT:                   %82 = "arith.cmpi"(%68, %58) <{predicate = 2 : i64}> : (index, index) -> i1
// GENERIC-NEXT:                   %83 = "arith.andi"(%81, %82) : (i1, i1) -> i1
// GENERIC-NEXT:                   %84 = "scf.if"(%83) ({
// GENERIC-NEXT:                     %89 = "memref.load"(%arg10, %arg21, %arg25, %66, %68) : (memref<1x2x4x4xf32>, index, index, index, index) -> f32
// GENERIC-NEXT:                     "scf.yield"(%89) : (f32) -> ()
// GENERIC-NEXT:                   }, {
// GENERIC-NEXT:                     %88 = "arith.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
// GENERIC-NEXT:                     "scf.yield"(%88) : (f32) -> ()
// GENERIC-NEXT:                   }) : (i1) -> f32
// GENERIC-NEXT:                   %85 = "memref.load"(%arg11, %arg22, %arg25, %arg27, %arg29) : (memref<3x2x3x3xf32>, index, index, index, index) -> f32
// GENERIC-NEXT:                   %86 = "arith.mulf"(%84, %85) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
// GENERIC-NEXT:                   %87 = "arith.addf"(%arg30, %86) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
// GENERIC-NEXT:                   "scf.yield"(%87) : (f32) -> ()
// GENERIC-NEXT:                 }) : (index, index, index, f32) -> f32
// GENERIC-NEXT:                 "scf.yield"(%63) : (f32) -> ()
// GENERIC-NEXT:               }) : (index, index, index, f32) -> f32
// GENERIC-NEXT:               "scf.yield"(%62) : (f32) -> ()
// GENERIC-NEXT:             }) : (index, index, index, f32) -> f32
// GENERIC-NEXT:             "memref.store"(%61, %38, %arg21, %arg22, %arg23, %arg24) : (f32, memref<1x3x4x4xf32>, index, index, index, index) -> ()
// GENERIC-NEXT:             "scf.yield"() : () -> ()
// GENERIC-NEXT:           }) : (index, index, index) -> ()
// GENERIC-NEXT:           "scf.yield"() : () -> ()
// GENERIC-NEXT:         }) : (index, index, index) -> ()
// GENERIC-NEXT:         "scf.yield"() : () -> ()
// GENERIC-NEXT:       }) : (index, index, index) -> ()
// GENERIC-NEXT:       "scf.yield"() : () -> ()
// GENERIC-NEXT:     }) : (index, index, index) -> ()
// GENERIC-NEXT:     %41 = "memref.alloc"() <{operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<1x3x4x4xf32>
// GENERIC-NEXT:     %42 = "arith.constant"() <{value = 0 : index}> : () -> index
// GENERIC-NEXT:     %43 = "arith.constant"() <{value = 1 : index}> : () -> index
// GENERIC-NEXT:     "scf.for"(%42, %43, %43) ({
// GENERIC-NEXT:     ^bb0(%arg17: index):
// GENERIC-NEXT:       %52 = "arith.constant"() <{value = 3 : index}> : () -> index
// GENERIC-NEXT:       "scf.for"(%42, %52, %43) ({
// GENERIC-NEXT:       ^bb0(%arg18: index):
// GENERIC-NEXT:         %53 = "arith.constant"() <{value = 4 : index}> : () -> index
// GENERIC-NEXT:         "scf.for"(%42, %53, %43) ({
// GENERIC-NEXT:         ^bb0(%arg19: index):
// GENERIC-NEXT:           "scf.for"(%42, %53, %43) ({
// GENERIC-NEXT:           ^bb0(%arg20: index):
// GENERIC-NEXT:             %54 = "memref.load"(%38, %arg17, %arg18, %arg19, %arg20) : (memref<1x3x4x4xf32>, index, index, index, index) -> f32
// GENERIC-NEXT:             %55 = "memref.load"(%arg12, %arg18) : (memref<3xf32>, index) -> f32
// GENERIC-NEXT:             %56 = "arith.addf"(%54, %55) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
// GENERIC-NEXT:             "memref.store"(%56, %41, %arg17, %arg18, %arg19, %arg20) : (f32, memref<1x3x4x4xf32>, index, index, index, index) -> ()
// GENERIC-NEXT:             "scf.yield"() : () -> ()
// GENERIC-NEXT:           }) : (index, index, index) -> ()
// GENERIC-NEXT:           "scf.yield"() : () -> ()
// GENERIC-NEXT:         }) : (index, index, index) -> ()
// GENERIC-NEXT:         "scf.yield"() : () -> ()
// GENERIC-NEXT:       }) : (index, index, index) -> ()
// GENERIC-NEXT:       "scf.yield"() : () -> ()
// GENERIC-NEXT:     }) : (index, index, index) -> ()
// GENERIC-NEXT:     %44 = "memref.alloc"() <{operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<1x3x4x4xf32>
// GENERIC-NEXT:     %45 = "arith.constant"() <{value = 0 : index}> : () -> index
// GENERIC-NEXT:     %46 = "arith.constant"() <{value = 1 : index}> : () -> index
// GENERIC-NEXT:     "scf.for"(%45, %46, %46) ({
// GENERIC-NEXT:     ^bb0(%arg13: index):
// GENERIC-NEXT:       %47 = "arith.constant"() <{value = 3 : index}> : () -> index
// GENERIC-NEXT:       "scf.for"(%45, %47, %46) ({
// GENERIC-NEXT:       ^bb0(%arg14: index):
// GENERIC-NEXT:         %48 = "arith.constant"() <{value = 4 : index}> : () -> index
// GENERIC-NEXT:         "scf.for"(%45, %48, %46) ({
// GENERIC-NEXT:         ^bb0(%arg15: index):
// GENERIC-NEXT:           "scf.for"(%45, %48, %46) ({
// GENERIC-NEXT:           ^bb0(%arg16: index):
// GENERIC-NEXT:             %49 = "memref.load"(%41, %arg13, %arg14, %arg15, %arg16) : (memref<1x3x4x4xf32>, index, index, index, index) -> f32
// GENERIC-NEXT:             %50 = "arith.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
// GENERIC-NEXT:             %51 = "arith.maximumf"(%49, %50) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
// GENERIC-NEXT:             "memref.store"(%51, %44, %arg13, %arg14, %arg15, %arg16) : (f32, memref<1x3x4x4xf32>, index, index, index, index) -> ()
// GENERIC-NEXT:             "scf.yield"() : () -> ()
// GENERIC-NEXT:           }) : (index, index, index) -> ()
// GENERIC-NEXT:           "scf.yield"() : () -> ()
// GENERIC-NEXT:         }) : (index, index, index) -> ()
// GENERIC-NEXT:         "scf.yield"() : () -> ()
// GENERIC-NEXT:       }) : (index, index, index) -> ()
// GENERIC-NEXT:       "scf.yield"() : () -> ()
// GENERIC-NEXT:     }) : (index, index, index) -> ()
// GENERIC-NEXT:     "func.return"(%44) : (memref<1x3x4x4xf32>) -> ()
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
// GENERIC-NEXT:     %11 = "arith.constant"() <{value = 2 : index}> : () -> index
// GENERIC-NEXT:     %12 = "arith.constant"() <{value = 1 : index}> : () -> index
// GENERIC-NEXT:     "scf.for"(%10, %11, %12) ({
// GENERIC-NEXT:     ^bb0(%arg6: index):
// GENERIC-NEXT:       %30 = "arith.constant"() <{value = 4 : index}> : () -> index
// GENERIC-NEXT:       "scf.for"(%10, %30, %12) ({
// GENERIC-NEXT:       ^bb0(%arg7: index):
// GENERIC-NEXT:         %31 = "arith.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
// GENERIC-NEXT:         %32 = "arith.constant"() <{value = 3 : index}> : () -> index
// GENERIC-NEXT:         %33 = "scf.for"(%10, %32, %12, %31) ({
// GENERIC-NEXT:         ^bb0(%arg8: index, %arg9: f32):
// GENERIC-NEXT:           %34 = "memref.load"(%arg0, %arg6, %arg8) : (memref<2x3xf32>, index, index) -> f32
// GENERIC-NEXT:           %35 = "memref.load"(%arg1, %arg8, %arg7) : (memref<3x4xf32>, index, index) -> f32
// GENERIC-NEXT:           %36 = "arith.mulf"(%34, %35) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
// GENERIC-NEXT:           %37 = "arith.addf"(%arg9, %36) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
// GENERIC-NEXT:           "scf.yield"(%37) : (f32) -> ()
// GENERIC-NEXT:         }) : (index, index, index, f32) -> f32
// GENERIC-NEXT:         "memref.store"(%33, %9, %arg6, %arg7) : (f32, memref<2x4xf32>, index, index) -> ()
// GENERIC-NEXT:         "scf.yield"() : () -> ()
// GENERIC-NEXT:       }) : (index, index, index) -> ()
// GENERIC-NEXT:       "scf.yield"() : () -> ()
// GENERIC-NEXT:     }) : (index, index, index) -> ()
// GENERIC-NEXT:     %13 = "memref.alloc"() <{operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<2x4xf32>
// GENERIC-NEXT:     %14 = "arith.constant"() <{value = 0 : index}> : () -> index
// GENERIC-NEXT:     %15 = "arith.constant"() <{value = 2 : index}> : () -> index
// GENERIC-NEXT:     %16 = "arith.constant"() <{value = 1 : index}> : () -> index
// GENERIC-NEXT:     "scf.for"(%14, %15, %16) ({
// GENERIC-NEXT:     ^bb0(%arg4: index):
// GENERIC-NEXT:       %26 = "arith.constant"() <{value = 4 : index}> : () -> index
// GENERIC-NEXT:       "scf.for"(%14, %26, %16) ({
// GENERIC-NEXT:       ^bb0(%arg5: index):
// GENERIC-NEXT:         %27 = "memref.load"(%9, %arg4, %arg5) : (memref<2x4xf32>, index, index) -> f32
// GENERIC-NEXT:         %28 = "memref.load"(%0, %arg5) : (memref<4xf32>, index) -> f32
// GENERIC-NEXT:         %29 = "arith.addf"(%27, %28) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
// GENERIC-NEXT:         "memref.store"(%29, %13, %arg4, %arg5) : (f32, memref<2x4xf32>, index, index) -> ()
// GENERIC-NEXT:         "scf.yield"() : () -> ()
// GENERIC-NEXT:       }) : (index, index, index) -> ()
// GENERIC-NEXT:       "scf.yield"() : () -> ()
// GENERIC-NEXT:     }) : (index, index, index) -> ()
// GENERIC-NEXT:     %17 = "memref.alloc"() <{operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<2x4xf32>
// GENERIC-NEXT:     %18 = "arith.constant"() <{value = 0 : index}> : () -> index
// GENERIC-NEXT:     %19 = "arith.constant"() <{value = 2 : index}> : () -> index
// GENERIC-NEXT:     %20 = "arith.constant"() <{value = 1 : index}> : () -> index
// GENERIC-NEXT:     "scf.for"(%18, %19, %20) ({
// GENERIC-NEXT:     ^bb0(%arg2: index):
// GENERIC-NEXT:       %21 = "arith.constant"() <{value = 4 : index}> : () -> index
// GENERIC-NEXT:       "scf.for"(%18, %21, %20) ({
// GENERIC-NEXT:       ^bb0(%arg3: index):
// GENERIC-NEXT:         %22 = "memref.load"(%13, %arg2, %arg3) : (memref<2x4xf32>, index, index) -> f32
// GENERIC-NEXT:         %23 = "arith.constant"() <{value = 0 : index}> : () -> index
// GENERIC-NEXT:         %24 = "arith.constant"() <{value = 2.000000e+00 : f32}> : () -> f32
// GENERIC-NEXT:         %25 = "arith.mulf"(%22, %24) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
// GENERIC-NEXT:         "memref.store"(%25, %17, %arg2, %arg3) : (f32, memref<2x4xf32>, index, index) -> ()
// GENERIC-NEXT:         "scf.yield"() : () -> ()
// GENERIC-NEXT:       }) : (index, index, index) -> ()
// GENERIC-NEXT:       "scf.yield"() : () -> ()
// GENERIC-NEXT:     }) : (index, index, index) -> ()
// GENERIC-NEXT:     "func.return"(%17) : (memref<2x4xf32>) -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-NEXT: }) : () -> ()
