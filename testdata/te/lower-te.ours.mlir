// lower-te: te computes to scf loops over memrefs; tensor
// arguments become memrefs and results are returned as the buffers the computes
// allocated. The output verifies in mlir-opt 22 with its registered dialects, which
// prints it back byte for byte (lower-te-output.mlir holds it as a registered test).
// RUN: opt-tool %s --pass=lower-te | FileCheck %s

// The seed example with a split whose factor divides the extent.
func.func @seed(%A: tensor<16x8xf32>, %B: tensor<16x4xf32>) -> tensor<8x4xf32> {
  %C = te.compute [y = %y, x = %x] : tensor<8x4xf32> schedule #te.schedule<[split(y, 4) -> (yo, yi)]> {
    %s = te.sum [k = %k in 16] : f32 {
      %a = te.read %A[%k, %y] : tensor<16x8xf32>
      %b = te.read %B[%k, %x] : tensor<16x4xf32>
      %p = arith.mulf %a, %b : f32
      te.yield %p : f32
    }
    te.yield %s : f32
  }
  return %C : tensor<8x4xf32>
}

// Every reduction kind, float and integer, a 2-D reduction and a rank-0 result.
func.func @reductions(%t: tensor<4x6xf32>, %i: tensor<4x6xi32>) -> (tensor<4xf32>, tensor<4xf32>, tensor<4xi32>, tensor<i32>) {
  %0 = te.compute [r = %r] : tensor<4xf32> {
    %m = te.max [c = %c in 6] : f32 {
      %v = te.read %t[%r, %c] : tensor<4x6xf32>
      te.yield %v : f32
    }
    %n = te.min [c2 = %c in 6] : f32 {
      %v = te.read %t[%r, %c] : tensor<4x6xf32>
      te.yield %v : f32
    }
    %d = arith.subf %m, %n : f32
    te.yield %d : f32
  }
  %1 = te.compute [r = %r] : tensor<4xf32> {
    %p = te.prod [c = %c in 6] : f32 {
      %v = te.read %t[%r, %c] : tensor<4x6xf32>
      te.yield %v : f32
    }
    te.yield %p : f32
  }
  %2 = te.compute [r = %r] : tensor<4xi32> {
    %m = te.max [c = %c in 6] : i32 {
      %v = te.read %i[%r, %c] : tensor<4x6xi32>
      te.yield %v : i32
    }
    te.yield %m : i32
  }
  %3 = te.compute [] : tensor<i32> {
    %s = te.sum [r = %r in 4, c = %c in 6] : i32 {
      %v = te.read %i[%r, %c] : tensor<4x6xi32>
      te.yield %v : i32
    }
    te.yield %s : i32
  }
  return %0, %1, %2, %3 : tensor<4xf32>, tensor<4xf32>, tensor<4xi32>, tensor<i32>
}

// A padded read (guarded by the bounds it can exceed) and dense constants.
func.func @padded(%t: tensor<5xf32>) -> tensor<5xf32> {
  %w = arith.constant dense<[1.0, 2.0, 1.0]> : tensor<3xf32>
  %s = arith.constant dense<0.25> : tensor<5xf32>
  %0 = te.compute [x = %x] : tensor<5xf32> {
    %acc = te.sum [r = %r in 3] : f32 {
      %c1 = arith.constant 1 : index
      %a = arith.addi %x, %r : index
      %i = arith.subi %a, %c1 : index
      %v = te.read %t[%i] {padding = 0.0 : f32} : tensor<5xf32>
      %k = te.read %w[%r] : tensor<3xf32>
      %p = arith.mulf %v, %k : f32
      te.yield %p : f32
    }
    %scale = te.read %s[%x] : tensor<5xf32>
    %y = arith.mulf %acc, %scale : f32
    te.yield %y : f32
  }
  return %0 : tensor<5xf32>
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
// CHECK-NEXT: }
