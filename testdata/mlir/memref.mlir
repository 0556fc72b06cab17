// memref: alloc/alloca/dealloc, load/store, dim, subview with strided layouts,
// collapse/expand_shape, cast, reinterpret_cast, copy, affine-map layouts,
// memory spaces. (memref.global and get_global are not registered in opt-tool
// yet: their custom form needs a typed-attribute parser hook.)
//
// Written in the generic form exactly as `mlir-opt --mlir-print-op-generic
// --allow-unregistered-dialect` prints it. These ops are registered in
// opt-tool: its default output is their custom form (checked below, recorded
// from mlir-opt), and its --emit=generic output must reproduce this file's body
// byte for byte (RUN lines 1 and 4; blank lines and `//` lines are ignored).
//
// RUN: opt-tool %s --allow-unregistered-dialect --emit=generic | grep -v '^$' | diff -u <(grep -v -e '^//' -e '^$' %s) -
// RUN: opt-tool %s --allow-unregistered-dialect | FileCheck %s
// RUN: opt-tool %s --allow-unregistered-dialect | opt-tool --allow-unregistered-dialect - | FileCheck %s
// RUN: opt-tool %s --allow-unregistered-dialect | opt-tool --allow-unregistered-dialect --emit=generic - | grep -v '^$' | diff -u <(grep -v -e '^//' -e '^$' %s) -

#map = affine_map<(d0, d1) -> (d1, d0)>
"builtin.module"() ({
  "func.func"() <{function_type = (index, f32) -> f32, sym_name = "alloc_load_store"}> ({
  ^bb0(%arg4: index, %arg5: f32):
    %10 = "arith.constant"() <{value = 0 : index}> : () -> index
    %11 = "memref.alloc"(%arg4) <{alignment = 64 : i64, operandSegmentSizes = array<i32: 1, 0>}> : (index) -> memref<?x4xf32>
    %12 = "memref.alloca"() <{operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<4xf32>
    "memref.store"(%arg5, %11, %10, %10) : (f32, memref<?x4xf32>, index, index) -> ()
    %13 = "memref.load"(%11, %10, %10) : (memref<?x4xf32>, index, index) -> f32
    "memref.store"(%13, %12, %10) : (f32, memref<4xf32>, index) -> ()
    %14 = "memref.dim"(%11, %10) : (memref<?x4xf32>, index) -> index
    "memref.dealloc"(%11) : (memref<?x4xf32>) -> ()
    "func.return"(%13) : (f32) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<8x16xf32>, index) -> memref<4x4xf32, strided<[16, 1], offset: ?>>, sym_name = "views"}> ({
  ^bb0(%arg2: memref<8x16xf32>, %arg3: index):
    %5 = "memref.subview"(%arg2, %arg3) <{operandSegmentSizes = array<i32: 1, 1, 0, 0>, static_offsets = array<i64: -9223372036854775808, 4>, static_sizes = array<i64: 4, 4>, static_strides = array<i64: 1, 1>}> : (memref<8x16xf32>, index) -> memref<4x4xf32, strided<[16, 1], offset: ?>>
    %6 = "memref.cast"(%arg2) : (memref<8x16xf32>) -> memref<?x?xf32>
    %7 = "memref.collapse_shape"(%arg2) <{reassociation = [[0, 1]]}> : (memref<8x16xf32>) -> memref<128xf32>
    %8 = "memref.expand_shape"(%7) <{reassociation = [[0, 1]], static_output_shape = array<i64: 2, 64>}> : (memref<128xf32>) -> memref<2x64xf32>
    %9 = "memref.reinterpret_cast"(%arg2) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 16, 8>, static_strides = array<i64: 8, 1>}> : (memref<8x16xf32>) -> memref<16x8xf32, strided<[8, 1]>>
    "func.return"(%5) : (memref<4x4xf32, strided<[16, 1], offset: ?>>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<4x4xf32, #map>, memref<16xf32, 1>) -> f32, sym_name = "layouts_and_spaces"}> ({
  ^bb0(%arg0: memref<4x4xf32, #map>, %arg1: memref<16xf32, 1>):
    %0 = "arith.constant"() <{value = 1 : index}> : () -> index
    %1 = "memref.load"(%arg0, %0, %0) : (memref<4x4xf32, #map>, index, index) -> f32
    %2 = "memref.load"(%arg1, %0) : (memref<16xf32, 1>, index) -> f32
    %3 = "arith.addf"(%1, %2) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
    %4 = "memref.alloc"() <{operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<2x2xf32, strided<[1, 2]>>
    "memref.copy"(%4, %4) : (memref<2x2xf32, strided<[1, 2]>>, memref<2x2xf32, strided<[1, 2]>>) -> ()
    "func.return"(%3) : (f32) -> ()
  }) : () -> ()
}) : () -> ()

// CHECK:      #map = affine_map<(d0, d1) -> (d1, d0)>
// CHECK-NEXT: module {
// CHECK-LABEL:  func.func @alloc_load_store(%arg0: index, %arg1: f32) -> f32 {
// CHECK-NEXT:     %c0 = arith.constant 0 : index
// CHECK-NEXT:     %alloc = memref.alloc(%arg0) {alignment = 64 : i64} : memref<?x4xf32>
// CHECK-NEXT:     %alloca = memref.alloca() : memref<4xf32>
// CHECK-NEXT:     memref.store %arg1, %alloc[%c0, %c0] : memref<?x4xf32>
// CHECK-NEXT:     %0 = memref.load %alloc[%c0, %c0] : memref<?x4xf32>
// CHECK-NEXT:     memref.store %0, %alloca[%c0] : memref<4xf32>
// CHECK-NEXT:     %dim = memref.dim %alloc, %c0 : memref<?x4xf32>
// CHECK-NEXT:     memref.dealloc %alloc : memref<?x4xf32>
// CHECK-NEXT:     return %0 : f32
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @views(%arg0: memref<8x16xf32>, %arg1: index) -> memref<4x4xf32, strided<[16, 1], offset: ?>> {
// CHECK-NEXT:     %subview = memref.subview %arg0[%arg1, 4] [4, 4] [1, 1] : memref<8x16xf32> to memref<4x4xf32, strided<[16, 1], offset: ?>>
// CHECK-NEXT:     %cast = memref.cast %arg0 : memref<8x16xf32> to memref<?x?xf32>
// CHECK-NEXT:     %collapse_shape = memref.collapse_shape %arg0 {{\[\[}}0, 1]] : memref<8x16xf32> into memref<128xf32>
// CHECK-NEXT:     %expand_shape = memref.expand_shape %collapse_shape {{\[\[}}0, 1]] output_shape [2, 64] : memref<128xf32> into memref<2x64xf32>
// CHECK-NEXT:     %reinterpret_cast = memref.reinterpret_cast %arg0 to offset: [0], sizes: [16, 8], strides: [8, 1] : memref<8x16xf32> to memref<16x8xf32, strided<[8, 1]>>
// CHECK-NEXT:     return %subview : memref<4x4xf32, strided<[16, 1], offset: ?>>
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @layouts_and_spaces(%arg0: memref<4x4xf32, #map>, %arg1: memref<16xf32, 1>) -> f32 {
// CHECK-NEXT:     %c1 = arith.constant 1 : index
// CHECK-NEXT:     %0 = memref.load %arg0[%c1, %c1] : memref<4x4xf32, #map>
// CHECK-NEXT:     %1 = memref.load %arg1[%c1] : memref<16xf32, 1>
// CHECK-NEXT:     %2 = arith.addf %0, %1 : f32
// CHECK-NEXT:     %alloc = memref.alloc() : memref<2x2xf32, strided<[1, 2]>>
// CHECK-NEXT:     memref.copy %alloc, %alloc : memref<2x2xf32, strided<[1, 2]>> to memref<2x2xf32, strided<[1, 2]>>
// CHECK-NEXT:     return %2 : f32
// CHECK-NEXT:   }
// CHECK-NEXT: }
