// the loop level our te lowering produces: a tiled, vectorized matmul
// (scf.parallel, scf.for, memref, vector) and an annotated vector loop.
//
// Written in the generic form exactly as `mlir-opt --mlir-print-op-generic
// --allow-unregistered-dialect` prints it with only opt-tool's dialects
// registered: the ops, types and attributes of the others are kept verbatim,
// and affine maps inside the properties `<{...}>` of an unregistered op stay
// inline (mlir-opt makes no `#map` alias for them). opt-tool prints those ops in
// the generic form even in its default output (registered ones, such as arith's,
// in their custom form, as the CHECK lines show), and its --emit=generic output
// must reproduce this file's body byte for byte (RUN lines 1 and 4; blank lines
// and `//` lines are ignored).
//
// RUN: opt-tool %s --allow-unregistered-dialect --emit=generic | grep -v '^$' | diff -u <(grep -v -e '^//' -e '^$' %s) -
// RUN: opt-tool %s --allow-unregistered-dialect | FileCheck %s
// RUN: opt-tool %s --allow-unregistered-dialect | opt-tool --allow-unregistered-dialect - | FileCheck %s
// RUN: opt-tool %s --allow-unregistered-dialect | opt-tool --allow-unregistered-dialect --emit=generic - | grep -v '^$' | diff -u <(grep -v -e '^//' -e '^$' %s) -

"builtin.module"() ({
  "func.func"() <{function_type = (memref<64x64xf32>, memref<64x64xf32>, memref<64x64xf32>) -> (), sym_name = "matmul_tiled"}> ({
  ^bb0(%arg2: memref<64x64xf32>, %arg3: memref<64x64xf32>, %arg4: memref<64x64xf32>):
    %6 = "arith.constant"() <{value = 0 : index}> : () -> index
    %7 = "arith.constant"() <{value = 1 : index}> : () -> index
    %8 = "arith.constant"() <{value = 8 : index}> : () -> index
    %9 = "arith.constant"() <{value = 64 : index}> : () -> index
    %10 = "arith.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
    %11 = "arith.constant"() <{value = dense<0.000000e+00> : vector<8xf32>}> : () -> vector<8xf32>
    "scf.parallel"(%6, %6, %9, %9, %8, %8) <{operandSegmentSizes = array<i32: 2, 2, 2, 0>}> ({
    ^bb0(%arg5: index, %arg6: index):
      %12 = "memref.alloca"() <{alignment = 32 : i64, operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<8x8xf32>
      "scf.for"(%6, %8, %7) ({
      ^bb0(%arg9: index):
        "vector.store"(%11, %12, %arg9, %6) : (vector<8xf32>, memref<8x8xf32>, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "scf.for"(%6, %9, %7) ({
      ^bb0(%arg7: index):
        "scf.for"(%6, %8, %7) ({
        ^bb0(%arg8: index):
          %14 = "arith.addi"(%arg5, %arg8) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
          %15 = "memref.load"(%arg2, %arg7, %14) : (memref<64x64xf32>, index, index) -> f32
          %16 = "vector.broadcast"(%15) : (f32) -> vector<8xf32>
          %17 = "vector.load"(%arg3, %arg7, %arg6) : (memref<64x64xf32>, index, index) -> vector<8xf32>
          %18 = "vector.load"(%12, %arg8, %6) : (memref<8x8xf32>, index, index) -> vector<8xf32>
          %19 = "vector.fma"(%16, %17, %18) : (vector<8xf32>, vector<8xf32>, vector<8xf32>) -> vector<8xf32>
          "vector.store"(%19, %12, %arg8, %6) : (vector<8xf32>, memref<8x8xf32>, index, index) -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      %13 = "memref.subview"(%arg4, %arg5, %arg6) <{operandSegmentSizes = array<i32: 1, 2, 0, 0>, static_offsets = array<i64: -9223372036854775808, -9223372036854775808>, static_sizes = array<i64: 8, 8>, static_strides = array<i64: 1, 1>}> : (memref<64x64xf32>, index, index) -> memref<8x8xf32, strided<[64, 1], offset: ?>>
      "memref.copy"(%12, %13) : (memref<8x8xf32>, memref<8x8xf32, strided<[64, 1], offset: ?>>) -> ()
      "scf.reduce"() : () -> ()
    }) : (index, index, index, index, index, index) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<1024xf32>) -> (), sym_name = "relu_inplace"}> ({
  ^bb0(%arg0: memref<1024xf32>):
    %0 = "arith.constant"() <{value = 0 : index}> : () -> index
    %1 = "arith.constant"() <{value = 16 : index}> : () -> index
    %2 = "arith.constant"() <{value = 1024 : index}> : () -> index
    %3 = "arith.constant"() <{value = dense<0.000000e+00> : vector<16xf32>}> : () -> vector<16xf32>
    "scf.for"(%0, %2, %1) ({
    ^bb0(%arg1: index):
      %4 = "vector.load"(%arg0, %arg1) : (memref<1024xf32>, index) -> vector<16xf32>
      %5 = "arith.maximumf"(%4, %3) <{fastmath = #arith.fastmath<none>}> : (vector<16xf32>, vector<16xf32>) -> vector<16xf32>
      "vector.store"(%5, %arg0, %arg1) : (vector<16xf32>, memref<1024xf32>, index) -> ()
      "scf.yield"() : () -> ()
    }) {loop_annotation = "unroll"} : (index, index, index) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
}) : () -> ()

// CHECK:      module {
// CHECK-LABEL:  func.func @matmul_tiled(%arg0: memref<64x64xf32>, %arg1: memref<64x64xf32>, %arg2: memref<64x64xf32>) {
// CHECK-NEXT:     %c0 = arith.constant 0 : index
// CHECK-NEXT:     %c1 = arith.constant 1 : index
// CHECK-NEXT:     %c8 = arith.constant 8 : index
// CHECK-NEXT:     %c64 = arith.constant 64 : index
// CHECK-NEXT:     %cst = arith.constant 0.000000e+00 : f32
// CHECK-NEXT:     %cst_0 = arith.constant dense<0.000000e+00> : vector<8xf32>
// CHECK-NEXT:     scf.parallel (%arg3, %arg4) = (%c0, %c0) to (%c64, %c64) step (%c8, %c8) {
// CHECK-NEXT:       %alloca = memref.alloca() {alignment = 32 : i64} : memref<8x8xf32>
// CHECK-NEXT:       scf.for %arg5 = %c0 to %c8 step %c1 {
// CHECK-NEXT:         vector.store %cst_0, %alloca[%arg5, %c0] : memref<8x8xf32>, vector<8xf32>
// CHECK-NEXT:       }
// CHECK-NEXT:       scf.for %arg5 = %c0 to %c64 step %c1 {
// CHECK-NEXT:         scf.for %arg6 = %c0 to %c8 step %c1 {
// CHECK-NEXT:           %0 = arith.addi %arg3, %arg6 : index
// CHECK-NEXT:           %1 = memref.load %arg0[%arg5, %0] : memref<64x64xf32>
// CHECK-NEXT:           %2 = vector.broadcast %1 : f32 to vector<8xf32>
// CHECK-NEXT:           %3 = vector.load %arg1[%arg5, %arg4] : memref<64x64xf32>, vector<8xf32>
// CHECK-NEXT:           %4 = vector.load %alloca[%arg6, %c0] : memref<8x8xf32>, vector<8xf32>
// CHECK-NEXT:           %5 = vector.fma %2, %3, %4 : vector<8xf32>
// CHECK-NEXT:           vector.store %5, %alloca[%arg6, %c0] : memref<8x8xf32>, vector<8xf32>
// CHECK-NEXT:         }
// CHECK-NEXT:       }
// CHECK-NEXT:       %subview = memref.subview %arg2[%arg3, %arg4] [8, 8] [1, 1] : memref<64x64xf32> to memref<8x8xf32, strided<[64, 1], offset: ?>>
// CHECK-NEXT:       memref.copy %alloca, %subview : memref<8x8xf32> to memref<8x8xf32, strided<[64, 1], offset: ?>>
// CHECK-NEXT:       scf.reduce
// CHECK-NEXT:     }
// CHECK-NEXT:     return
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @relu_inplace(%arg0: memref<1024xf32>) {
// CHECK-NEXT:     %c0 = arith.constant 0 : index
// CHECK-NEXT:     %c16 = arith.constant 16 : index
// CHECK-NEXT:     %c1024 = arith.constant 1024 : index
// CHECK-NEXT:     %cst = arith.constant dense<0.000000e+00> : vector<16xf32>
// CHECK-NEXT:     scf.for %arg1 = %c0 to %c1024 step %c16 {
// CHECK-NEXT:       %0 = vector.load %arg0[%arg1] : memref<1024xf32>, vector<16xf32>
// CHECK-NEXT:       %1 = arith.maximumf %0, %cst : vector<16xf32>
// CHECK-NEXT:       vector.store %1, %arg0[%arg1] : memref<1024xf32>, vector<16xf32>
// CHECK-NEXT:     } {loop_annotation = "unroll"}
// CHECK-NEXT:     return
// CHECK-NEXT:   }
// CHECK-NEXT: }
