// memref: every registered op and syntax variant (dynamic sizes, layout
// symbols, alignment, memory spaces, nontemporal accesses, subviews with mixed
// static/dynamic offsets, sizes and strides, reinterpret casts, collapse/expand_shape, casts to and from unranked).
//
// RUN: opt-tool %s | FileCheck %s
// RUN: opt-tool %s --emit=generic | FileCheck %s --check-prefix=GENERIC
// RUN: opt-tool %s | opt-tool - | FileCheck %s
// RUN: opt-tool %s --emit=generic | opt-tool - | FileCheck %s

func.func @alloc_load_store(%n: index, %m: index, %v: f32) -> (f32, f32) {
  %c0 = arith.constant 0 : index
  %a = memref.alloc(%n) {alignment = 64 : i64} : memref<?x4xf32>
  %b = memref.alloca() : memref<4xf32>
  %s = memref.alloc(%n)[%m] : memref<?xf32, affine_map<(d0)[s0] -> (d0 + s0)>>
  %t = memref.alloca(%n, %m) : memref<?x?xf32, 1>
  %u = memref.alloc()[%m] : memref<4xf32, strided<[1], offset: ?>>
  %z = memref.alloca() {alignment = 16 : i64, tag} : memref<f64>
  memref.store %v, %a[%c0, %c0] : memref<?x4xf32>
  memref.store %v, %a[%c0, %c0] {nontemporal = true} : memref<?x4xf32>
  %l = memref.load %a[%c0, %c0] : memref<?x4xf32>
  %l2 = memref.load %t[%c0, %c0] : memref<?x?xf32, 1>
  %e = memref.load %z[] : memref<f64>
  memref.store %e, %z[] : memref<f64>
  memref.dealloc %a : memref<?x4xf32>
  memref.dealloc %s : memref<?xf32, affine_map<(d0)[s0] -> (d0 + s0)>>
  return %l, %l2 : f32, f32
}

func.func @views(%src: memref<8x16xf32>, %d: memref<?x?xf32>, %i: index, %j: index) -> (index, index) {
  %c1 = arith.constant 1 : index
  %sv = memref.subview %src[%i, 4] [4, 4] [1, 1] : memref<8x16xf32> to memref<4x4xf32, strided<[16, 1], offset: ?>>
  %sv2 = memref.subview %d[%i, %j] [%j, 4] [1, %i] : memref<?x?xf32> to memref<?x4xf32, strided<[?, ?], offset: ?>>
  %sv3 = memref.subview %src[2, 3] [2, 2] [2, 3] : memref<8x16xf32> to memref<2x2xf32, strided<[32, 3], offset: 35>>
  %sv4 = memref.subview %src[0, 0] [1, 4] [1, 1] {keep} : memref<8x16xf32> to memref<4xf32, strided<[1]>>
  %sv5 = memref.subview %sv[1, 1] [2, 2] [1, 1] : memref<4x4xf32, strided<[16, 1], offset: ?>> to memref<2x2xf32, strided<[16, 1], offset: ?>>
  %rc = memref.reinterpret_cast %src to offset: [0], sizes: [16, 8], strides: [8, 1] : memref<8x16xf32> to memref<16x8xf32, strided<[8, 1]>>
  %rc2 = memref.reinterpret_cast %d to offset: [%i], sizes: [%j, 4], strides: [4, 1] {x} : memref<?x?xf32> to memref<?x4xf32, strided<[4, 1], offset: ?>>
  %rc3 = memref.reinterpret_cast %src to offset: [0], sizes: [128], strides: [1] : memref<8x16xf32> to memref<128xf32>
  %ca = memref.cast %src : memref<8x16xf32> to memref<?x?xf32>
  %cb = memref.cast %src : memref<8x16xf32> to memref<*xf32>
  %cc = memref.cast %cb : memref<*xf32> to memref<8x?xf32>
  %cd = memref.cast %sv : memref<4x4xf32, strided<[16, 1], offset: ?>> to memref<4x4xf32, strided<[?, ?], offset: ?>>
  memref.copy %src, %ca : memref<8x16xf32> to memref<?x?xf32>
  memref.copy %cb, %cb : memref<*xf32> to memref<*xf32>
  %dim = memref.dim %d, %c1 : memref<?x?xf32>
  %dim2 = memref.dim %cb, %i : memref<*xf32>
  return %dim, %dim2 : index, index
}

func.func @reshapes(%m: memref<8x16xf32>, %d: memref<?x4x?xf32>, %s: memref<8x16xf32, strided<[32, 2]>>, %t: memref<?x4xf32, strided<[?, 1], offset: ?>>, %n: index) {
  %a = memref.collapse_shape %m [[0, 1]] : memref<8x16xf32> into memref<128xf32>
  %b = memref.collapse_shape %d [[0, 1], [2]] {tag} : memref<?x4x?xf32> into memref<?x?xf32>
  %c = memref.collapse_shape %s [[0, 1]] : memref<8x16xf32, strided<[32, 2]>> into memref<128xf32, strided<[2]>>
  %e = memref.collapse_shape %t [[0, 1]] : memref<?x4xf32, strided<[?, 1], offset: ?>> into memref<?xf32, strided<[1], offset: ?>>
  %f = memref.expand_shape %a [[0, 1]] output_shape [2, 64] : memref<128xf32> into memref<2x64xf32>
  %g = memref.expand_shape %c [[0, 1]] output_shape [2, 64] : memref<128xf32, strided<[2]>> into memref<2x64xf32, strided<[128, 2]>>
  %h = memref.expand_shape %e [[0, 1]] output_shape [%n, 4] : memref<?xf32, strided<[1], offset: ?>> into memref<?x4xf32, strided<[4, 1], offset: ?>>
  %k = memref.expand_shape %b [[0, 1, 2], [3]] output_shape [%n, 2, 2, %n] {tag} : memref<?x?xf32> into memref<?x2x2x?xf32>
  return
}

// CHECK:      #map = affine_map<(d0)[s0] -> (d0 + s0)>
// CHECK-NEXT: module {
// CHECK-LABEL:  func.func @alloc_load_store(%arg0: index, %arg1: index, %arg2: f32) -> (f32, f32) {
// CHECK-NEXT:     %c0 = arith.constant 0 : index
// CHECK-NEXT:     %alloc = memref.alloc(%arg0) {alignment = 64 : i64} : memref<?x4xf32>
// CHECK-NEXT:     %alloca = memref.alloca() : memref<4xf32>
// CHECK-NEXT:     %alloc_0 = memref.alloc(%arg0)[%arg1] : memref<?xf32, #map>
// CHECK-NEXT:     %alloca_1 = memref.alloca(%arg0, %arg1) : memref<?x?xf32, 1>
// CHECK-NEXT:     %alloc_2 = memref.alloc()[%arg1] : memref<4xf32, strided<[1], offset: ?>>
// CHECK-NEXT:     %alloca_3 = memref.alloca() {alignment = 16 : i64, tag} : memref<f64>
// CHECK-NEXT:     memref.store %arg2, %alloc[%c0, %c0] : memref<?x4xf32>
// CHECK-NEXT:     memref.store %arg2, %alloc[%c0, %c0] {nontemporal = true} : memref<?x4xf32>
// CHECK-NEXT:     %0 = memref.load %alloc[%c0, %c0] : memref<?x4xf32>
// CHECK-NEXT:     %1 = memref.load %alloca_1[%c0, %c0] : memref<?x?xf32, 1>
// CHECK-NEXT:     %2 = memref.load %alloca_3[] : memref<f64>
// CHECK-NEXT:     memref.store %2, %alloca_3[] : memref<f64>
// CHECK-NEXT:     memref.dealloc %alloc : memref<?x4xf32>
// CHECK-NEXT:     memref.dealloc %alloc_0 : memref<?xf32, #map>
// CHECK-NEXT:     return %0, %1 : f32, f32
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @views(%arg0: memref<8x16xf32>, %arg1: memref<?x?xf32>, %arg2: index, %arg3: index) -> (index, index) {
// CHECK-NEXT:     %c1 = arith.constant 1 : index
// CHECK-NEXT:     %subview = memref.subview %arg0[%arg2, 4] [4, 4] [1, 1] : memref<8x16xf32> to memref<4x4xf32, strided<[16, 1], offset: ?>>
// CHECK-NEXT:     %subview_0 = memref.subview %arg1[%arg2, %arg3] [%arg3, 4] [1, %arg2] : memref<?x?xf32> to memref<?x4xf32, strided<[?, ?], offset: ?>>
// CHECK-NEXT:     %subview_1 = memref.subview %arg0[2, 3] [2, 2] [2, 3] : memref<8x16xf32> to memref<2x2xf32, strided<[32, 3], offset: 35>>
// CHECK-NEXT:     %subview_2 = memref.subview %arg0[0, 0] [1, 4] [1, 1] {keep} : memref<8x16xf32> to memref<4xf32, strided<[1]>>
// CHECK-NEXT:     %subview_3 = memref.subview %subview[1, 1] [2, 2] [1, 1] : memref<4x4xf32, strided<[16, 1], offset: ?>> to memref<2x2xf32, strided<[16, 1], offset: ?>>
// CHECK-NEXT:     %reinterpret_cast = memref.reinterpret_cast %arg0 to offset: [0], sizes: [16, 8], strides: [8, 1] : memref<8x16xf32> to memref<16x8xf32, strided<[8, 1]>>
// CHECK-NEXT:     %reinterpret_cast_4 = memref.reinterpret_cast %arg1 to offset: [%arg2], sizes: [%arg3, 4], strides: [4, 1] {x} : memref<?x?xf32> to memref<?x4xf32, strided<[4, 1], offset: ?>>
// CHECK-NEXT:     %reinterpret_cast_5 = memref.reinterpret_cast %arg0 to offset: [0], sizes: [128], strides: [1] : memref<8x16xf32> to memref<128xf32>
// CHECK-NEXT:     %cast = memref.cast %arg0 : memref<8x16xf32> to memref<?x?xf32>
// CHECK-NEXT:     %cast_6 = memref.cast %arg0 : memref<8x16xf32> to memref<*xf32>
// CHECK-NEXT:     %cast_7 = memref.cast %cast_6 : memref<*xf32> to memref<8x?xf32>
// CHECK-NEXT:     %cast_8 = memref.cast %subview : memref<4x4xf32, strided<[16, 1], offset: ?>> to memref<4x4xf32, strided<[?, ?], offset: ?>>
// CHECK-NEXT:     memref.copy %arg0, %cast : memref<8x16xf32> to memref<?x?xf32>
// CHECK-NEXT:     memref.copy %cast_6, %cast_6 : memref<*xf32> to memref<*xf32>
// CHECK-NEXT:     %dim = memref.dim %arg1, %c1 : memref<?x?xf32>
// CHECK-NEXT:     %dim_9 = memref.dim %cast_6, %arg2 : memref<*xf32>
// CHECK-NEXT:     return %dim, %dim_9 : index, index
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @reshapes(%arg0: memref<8x16xf32>, %arg1: memref<?x4x?xf32>, %arg2: memref<8x16xf32, strided<[32, 2]>>, %arg3: memref<?x4xf32, strided<[?, 1], offset: ?>>, %arg4: index) {
// CHECK-NEXT:     %collapse_shape = memref.collapse_shape %arg0 {{\[\[}}0, 1]] : memref<8x16xf32> into memref<128xf32>
// CHECK-NEXT:     %collapse_shape_0 = memref.collapse_shape %arg1 {{\[\[}}0, 1], [2]] {tag} : memref<?x4x?xf32> into memref<?x?xf32>
// CHECK-NEXT:     %collapse_shape_1 = memref.collapse_shape %arg2 {{\[\[}}0, 1]] : memref<8x16xf32, strided<[32, 2]>> into memref<128xf32, strided<[2]>>
// CHECK-NEXT:     %collapse_shape_2 = memref.collapse_shape %arg3 {{\[\[}}0, 1]] : memref<?x4xf32, strided<[?, 1], offset: ?>> into memref<?xf32, strided<[1], offset: ?>>
// CHECK-NEXT:     %expand_shape = memref.expand_shape %collapse_shape {{\[\[}}0, 1]] output_shape [2, 64] : memref<128xf32> into memref<2x64xf32>
// CHECK-NEXT:     %expand_shape_3 = memref.expand_shape %collapse_shape_1 {{\[\[}}0, 1]] output_shape [2, 64] : memref<128xf32, strided<[2]>> into memref<2x64xf32, strided<[128, 2]>>
// CHECK-NEXT:     %expand_shape_4 = memref.expand_shape %collapse_shape_2 {{\[\[}}0, 1]] output_shape [%arg4, 4] : memref<?xf32, strided<[1], offset: ?>> into memref<?x4xf32, strided<[4, 1], offset: ?>>
// CHECK-NEXT:     %expand_shape_5 = memref.expand_shape %collapse_shape_0 {{\[\[}}0, 1, 2], [3]] output_shape [%arg4, 2, 2, %arg4] {tag} : memref<?x?xf32> into memref<?x2x2x?xf32>
// CHECK-NEXT:     return
// CHECK-NEXT:   }
// CHECK-NEXT: }

// GENERIC:      #map = affine_map<(d0)[s0] -> (d0 + s0)>
// GENERIC-NEXT: "builtin.module"() ({
// GENERIC-LABEL:  "func.func"() <{function_type = (index, index, f32) -> (f32, f32), sym_name = "alloc_load_store"}> ({
// GENERIC-NEXT:   ^bb0(%arg9: index, %arg10: index, %arg11: f32):
// GENERIC-NEXT:     %23 = "arith.constant"() <{value = 0 : index}> : () -> index
// GENERIC-NEXT:     %24 = "memref.alloc"(%arg9) <{alignment = 64 : i64, operandSegmentSizes = array<i32: 1, 0>}> : (index) -> memref<?x4xf32>
// GENERIC-NEXT:     %25 = "memref.alloca"() <{operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<4xf32>
// GENERIC-NEXT:     %26 = "memref.alloc"(%arg9, %arg10) <{operandSegmentSizes = array<i32: 1, 1>}> : (index, index) -> memref<?xf32, #map>
// GENERIC-NEXT:     %27 = "memref.alloca"(%arg9, %arg10) <{operandSegmentSizes = array<i32: 2, 0>}> : (index, index) -> memref<?x?xf32, 1>
// GENERIC-NEXT:     %28 = "memref.alloc"(%arg10) <{operandSegmentSizes = array<i32: 0, 1>}> : (index) -> memref<4xf32, strided<[1], offset: ?>>
// GENERIC-NEXT:     %29 = "memref.alloca"() <{alignment = 16 : i64, operandSegmentSizes = array<i32: 0, 0>}> {tag} : () -> memref<f64>
// GENERIC-NEXT:     "memref.store"(%arg11, %24, %23, %23) : (f32, memref<?x4xf32>, index, index) -> ()
// GENERIC-NEXT:     "memref.store"(%arg11, %24, %23, %23) <{nontemporal = true}> : (f32, memref<?x4xf32>, index, index) -> ()
// GENERIC-NEXT:     %30 = "memref.load"(%24, %23, %23) : (memref<?x4xf32>, index, index) -> f32
// GENERIC-NEXT:     %31 = "memref.load"(%27, %23, %23) : (memref<?x?xf32, 1>, index, index) -> f32
// GENERIC-NEXT:     %32 = "memref.load"(%29) : (memref<f64>) -> f64
// GENERIC-NEXT:     "memref.store"(%32, %29) : (f64, memref<f64>) -> ()
// GENERIC-NEXT:     "memref.dealloc"(%24) : (memref<?x4xf32>) -> ()
// GENERIC-NEXT:     "memref.dealloc"(%26) : (memref<?xf32, #map>) -> ()
// GENERIC-NEXT:     "func.return"(%30, %31) : (f32, f32) -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-LABEL:  "func.func"() <{function_type = (memref<8x16xf32>, memref<?x?xf32>, index, index) -> (index, index), sym_name = "views"}> ({
// GENERIC-NEXT:   ^bb0(%arg5: memref<8x16xf32>, %arg6: memref<?x?xf32>, %arg7: index, %arg8: index):
// GENERIC-NEXT:     %8 = "arith.constant"() <{value = 1 : index}> : () -> index
// GENERIC-NEXT:     %9 = "memref.subview"(%arg5, %arg7) <{operandSegmentSizes = array<i32: 1, 1, 0, 0>, static_offsets = array<i64: -9223372036854775808, 4>, static_sizes = array<i64: 4, 4>, static_strides = array<i64: 1, 1>}> : (memref<8x16xf32>, index) -> memref<4x4xf32, strided<[16, 1], offset: ?>>
// GENERIC-NEXT:     %10 = "memref.subview"(%arg6, %arg7, %arg8, %arg8, %arg7) <{operandSegmentSizes = array<i32: 1, 2, 1, 1>, static_offsets = array<i64: -9223372036854775808, -9223372036854775808>, static_sizes = array<i64: -9223372036854775808, 4>, static_strides = array<i64: 1, -9223372036854775808>}> : (memref<?x?xf32>, index, index, index, index) -> memref<?x4xf32, strided<[?, ?], offset: ?>>
// GENERIC-NEXT:     %11 = "memref.subview"(%arg5) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 2, 3>, static_sizes = array<i64: 2, 2>, static_strides = array<i64: 2, 3>}> : (memref<8x16xf32>) -> memref<2x2xf32, strided<[32, 3], offset: 35>>
// GENERIC-NEXT:     %12 = "memref.subview"(%arg5) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 0, 0>, static_sizes = array<i64: 1, 4>, static_strides = array<i64: 1, 1>}> {keep} : (memref<8x16xf32>) -> memref<4xf32, strided<[1]>>
// GENERIC-NEXT:     %13 = "memref.subview"(%9) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 1, 1>, static_sizes = array<i64: 2, 2>, static_strides = array<i64: 1, 1>}> : (memref<4x4xf32, strided<[16, 1], offset: ?>>) -> memref<2x2xf32, strided<[16, 1], offset: ?>>
// GENERIC-NEXT:     %14 = "memref.reinterpret_cast"(%arg5) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 16, 8>, static_strides = array<i64: 8, 1>}> : (memref<8x16xf32>) -> memref<16x8xf32, strided<[8, 1]>>
// GENERIC-NEXT:     %15 = "memref.reinterpret_cast"(%arg6, %arg7, %arg8) <{operandSegmentSizes = array<i32: 1, 1, 1, 0>, static_offsets = array<i64: -9223372036854775808>, static_sizes = array<i64: -9223372036854775808, 4>, static_strides = array<i64: 4, 1>}> {x} : (memref<?x?xf32>, index, index) -> memref<?x4xf32, strided<[4, 1], offset: ?>>
// GENERIC-NEXT:     %16 = "memref.reinterpret_cast"(%arg5) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 128>, static_strides = array<i64: 1>}> : (memref<8x16xf32>) -> memref<128xf32>
// GENERIC-NEXT:     %17 = "memref.cast"(%arg5) : (memref<8x16xf32>) -> memref<?x?xf32>
// GENERIC-NEXT:     %18 = "memref.cast"(%arg5) : (memref<8x16xf32>) -> memref<*xf32>
// GENERIC-NEXT:     %19 = "memref.cast"(%18) : (memref<*xf32>) -> memref<8x?xf32>
// GENERIC-NEXT:     %20 = "memref.cast"(%9) : (memref<4x4xf32, strided<[16, 1], offset: ?>>) -> memref<4x4xf32, strided<[?, ?], offset: ?>>
// GENERIC-NEXT:     "memref.copy"(%arg5, %17) : (memref<8x16xf32>, memref<?x?xf32>) -> ()
// GENERIC-NEXT:     "memref.copy"(%18, %18) : (memref<*xf32>, memref<*xf32>) -> ()
// GENERIC-NEXT:     %21 = "memref.dim"(%arg6, %8) : (memref<?x?xf32>, index) -> index
// GENERIC-NEXT:     %22 = "memref.dim"(%18, %arg7) : (memref<*xf32>, index) -> index
// GENERIC-NEXT:     "func.return"(%21, %22) : (index, index) -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-LABEL:  "func.func"() <{function_type = (memref<8x16xf32>, memref<?x4x?xf32>, memref<8x16xf32, strided<[32, 2]>>, memref<?x4xf32, strided<[?, 1], offset: ?>>, index) -> (), sym_name = "reshapes"}> ({
// GENERIC-NEXT:   ^bb0(%arg0: memref<8x16xf32>, %arg1: memref<?x4x?xf32>, %arg2: memref<8x16xf32, strided<[32, 2]>>, %arg3: memref<?x4xf32, strided<[?, 1], offset: ?>>, %arg4: index):
// GENERIC-NEXT:     %0 = "memref.collapse_shape"(%arg0) <{reassociation = {{\[\[}}0, 1]]}> : (memref<8x16xf32>) -> memref<128xf32>
// GENERIC-NEXT:     %1 = "memref.collapse_shape"(%arg1) <{reassociation = {{\[\[}}0, 1], [2]]}> {tag} : (memref<?x4x?xf32>) -> memref<?x?xf32>
// GENERIC-NEXT:     %2 = "memref.collapse_shape"(%arg2) <{reassociation = {{\[\[}}0, 1]]}> : (memref<8x16xf32, strided<[32, 2]>>) -> memref<128xf32, strided<[2]>>
// GENERIC-NEXT:     %3 = "memref.collapse_shape"(%arg3) <{reassociation = {{\[\[}}0, 1]]}> : (memref<?x4xf32, strided<[?, 1], offset: ?>>) -> memref<?xf32, strided<[1], offset: ?>>
// GENERIC-NEXT:     %4 = "memref.expand_shape"(%0) <{reassociation = {{\[\[}}0, 1]], static_output_shape = array<i64: 2, 64>}> : (memref<128xf32>) -> memref<2x64xf32>
// GENERIC-NEXT:     %5 = "memref.expand_shape"(%2) <{reassociation = {{\[\[}}0, 1]], static_output_shape = array<i64: 2, 64>}> : (memref<128xf32, strided<[2]>>) -> memref<2x64xf32, strided<[128, 2]>>
// GENERIC-NEXT:     %6 = "memref.expand_shape"(%3, %arg4) <{reassociation = {{\[\[}}0, 1]], static_output_shape = array<i64: -9223372036854775808, 4>}> : (memref<?xf32, strided<[1], offset: ?>>, index) -> memref<?x4xf32, strided<[4, 1], offset: ?>>
// GENERIC-NEXT:     %7 = "memref.expand_shape"(%1, %arg4, %arg4) <{reassociation = {{\[\[}}0, 1, 2], [3]], static_output_shape = array<i64: -9223372036854775808, 2, 2, -9223372036854775808>}> {tag} : (memref<?x?xf32>, index, index) -> memref<?x2x2x?xf32>
// GENERIC-NEXT:     "func.return"() : () -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-NEXT: }) : () -> ()
