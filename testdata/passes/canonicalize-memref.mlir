// RUN: opt-tool %s --pass=canonicalize | FileCheck %s

func.func private @use(memref<?x?xf32>)
func.func @casts_and_dims(%m: memref<8x16xf32>, %n: index, %v: f32) -> (f32, index, index, index, memref<?x?xf32>, memref<8x16xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %a = memref.cast %m : memref<8x16xf32> to memref<?x16xf32>
  %b = memref.cast %a : memref<?x16xf32> to memref<?x?xf32>
  %same = memref.cast %m : memref<8x16xf32> to memref<8x16xf32>
  %l = memref.load %b[%c0, %c1] : memref<?x?xf32>
  memref.store %v, %b[%c0, %c1] : memref<?x?xf32>
  %d0 = memref.dim %b, %c0 : memref<?x?xf32>
  %al = memref.alloc(%n) : memref<4x?xf32>
  %d1 = memref.dim %al, %c1 : memref<4x?xf32>
  %d2 = memref.dim %al, %c0 : memref<4x?xf32>
  memref.copy %m, %m : memref<8x16xf32> to memref<8x16xf32>
  memref.copy %a, %m : memref<?x16xf32> to memref<8x16xf32>
  %al2 = memref.cast %al : memref<4x?xf32> to memref<?x?xf32>
  func.call @use(%al2) : (memref<?x?xf32>) -> ()
  %dead = memref.alloc() : memref<4xf32>
  memref.store %v, %dead[%c0] : memref<4xf32>
  memref.dealloc %dead : memref<4xf32>
  return %l, %d0, %d1, %d2, %b, %same : f32, index, index, index, memref<?x?xf32>, memref<8x16xf32>
}

func.func @dim_of_alloca(%n: index, %m: index) -> (index, index) {
  %c0 = arith.constant 0 : index
  %c2 = arith.constant 2 : index
  %a = memref.alloca(%n, %m) : memref<?x4x?xf32>
  %d0 = memref.dim %a, %c0 : memref<?x4x?xf32>
  %d2 = memref.dim %a, %c2 : memref<?x4x?xf32>
  %f = arith.constant 1.0 : f32
  memref.store %f, %a[%c0, %c0, %c0] : memref<?x4x?xf32>
  return %d0, %d2 : index, index
}

func.func @cast_round_trip(%m: memref<4xf32>) -> memref<4xf32> {
  %a = memref.cast %m : memref<4xf32> to memref<?xf32>
  %b = memref.cast %a : memref<?xf32> to memref<4xf32>
  return %b : memref<4xf32>
}

func.func @cast_more_static(%m: memref<?xf32>, %t: memref<4xf32>) {
  %a = memref.cast %m : memref<?xf32> to memref<4xf32>
  memref.copy %a, %t : memref<4xf32> to memref<4xf32>
  memref.dealloc %a : memref<4xf32>
  return
}

func.func @store_of_cast(%m: memref<4xf32>, %h: memref<2xmemref<?xf32>>) {
  %c0 = arith.constant 0 : index
  %a = memref.cast %m : memref<4xf32> to memref<?xf32>
  memref.store %a, %h[%c0] : memref<2xmemref<?xf32>>
  return
}

func.func @reshape_of_reshape(%m: memref<8x16xf32>, %n: memref<128xf32>) -> (memref<8x16xf32>, memref<128xf32>, memref<2x64xf32>) {
  %c = memref.collapse_shape %m [[0, 1]] : memref<8x16xf32> into memref<128xf32>
  %e = memref.expand_shape %c [[0, 1]] output_shape [8, 16] : memref<128xf32> into memref<8x16xf32>
  %e2 = memref.expand_shape %n [[0, 1]] output_shape [2, 64] : memref<128xf32> into memref<2x64xf32>
  %c2 = memref.collapse_shape %e2 [[0, 1]] : memref<2x64xf32> into memref<128xf32>
  %e3 = memref.expand_shape %c [[0, 1]] output_shape [2, 64] : memref<128xf32> into memref<2x64xf32>
  return %e, %c2, %e3 : memref<8x16xf32>, memref<128xf32>, memref<2x64xf32>
}

// CHECK:      module {
// CHECK-LABEL:  func.func private @use(memref<?x?xf32>)
// CHECK-LABEL:  func.func @casts_and_dims(%arg0: memref<8x16xf32>, %arg1: index, %arg2: f32) -> (f32, index, index, index, memref<?x?xf32>, memref<8x16xf32>) {
// CHECK-NEXT:     %c4 = arith.constant 4 : index
// CHECK-NEXT:     %c8 = arith.constant 8 : index
// CHECK-NEXT:     %c0 = arith.constant 0 : index
// CHECK-NEXT:     %c1 = arith.constant 1 : index
// CHECK-NEXT:     %cast = memref.cast %arg0 : memref<8x16xf32> to memref<?x?xf32>
// CHECK-NEXT:     %0 = memref.load %arg0[%c0, %c1] : memref<8x16xf32>
// CHECK-NEXT:     memref.store %arg2, %arg0[%c0, %c1] : memref<8x16xf32>
// CHECK-NEXT:     %alloc = memref.alloc(%arg1) : memref<4x?xf32>
// CHECK-NEXT:     %cast_0 = memref.cast %alloc : memref<4x?xf32> to memref<?x?xf32>
// CHECK-NEXT:     call @use(%cast_0) : (memref<?x?xf32>) -> ()
// CHECK-NEXT:     return %0, %c8, %arg1, %c4, %cast, %arg0 : f32, index, index, index, memref<?x?xf32>, memref<8x16xf32>
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @dim_of_alloca(%arg0: index, %arg1: index) -> (index, index) {
// CHECK-NEXT:     return %arg0, %arg1 : index, index
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @cast_round_trip(%arg0: memref<4xf32>) -> memref<4xf32> {
// CHECK-NEXT:     return %arg0 : memref<4xf32>
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @cast_more_static(%arg0: memref<?xf32>, %arg1: memref<4xf32>) {
// CHECK-NEXT:     %cast = memref.cast %arg0 : memref<?xf32> to memref<4xf32>
// CHECK-NEXT:     memref.copy %cast, %arg1 : memref<4xf32> to memref<4xf32>
// CHECK-NEXT:     memref.dealloc %arg0 : memref<?xf32>
// CHECK-NEXT:     return
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @store_of_cast(%arg0: memref<4xf32>, %arg1: memref<2xmemref<?xf32>>) {
// CHECK-NEXT:     %c0 = arith.constant 0 : index
// CHECK-NEXT:     %cast = memref.cast %arg0 : memref<4xf32> to memref<?xf32>
// CHECK-NEXT:     memref.store %cast, %arg1[%c0] : memref<2xmemref<?xf32>>
// CHECK-NEXT:     return
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @reshape_of_reshape(%arg0: memref<8x16xf32>, %arg1: memref<128xf32>) -> (memref<8x16xf32>, memref<128xf32>, memref<2x64xf32>) {
// CHECK-NEXT:     %collapse_shape = memref.collapse_shape %arg0 {{\[\[}}0, 1]] : memref<8x16xf32> into memref<128xf32>
// CHECK-NEXT:     %expand_shape = memref.expand_shape %collapse_shape {{\[\[}}0, 1]] output_shape [2, 64] : memref<128xf32> into memref<2x64xf32>
// CHECK-NEXT:     return %arg0, %arg1, %expand_shape : memref<8x16xf32>, memref<128xf32>, memref<2x64xf32>
// CHECK-NEXT:   }
// CHECK-NEXT: }
