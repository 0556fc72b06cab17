// RUN: opt-tool %s --split-input-file --verify-diagnostics

func.func @f(%n: index) {
  // expected-error @+1 {{'memref.alloc' op incorrect number of dynamic sizes, has 1, expected 0}}
  %a = "memref.alloc"(%n) <{operandSegmentSizes = array<i32: 1, 0>}> : (index) -> memref<4xf32>
  return
}

// -----

func.func @f(%n: index) {
  // expected-error @+1 {{'memref.alloc' op symbol operand count does not equal memref symbol count: expected 1, got 0}}
  %a = "memref.alloc"() <{operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<4xf32, strided<[1], offset: ?>>
  return
}

// -----

func.func @f(%m: memref<4x4xf32>, %i: index) {
  // expected-error @+1 {{'memref.load' op incorrect number of indices for load, expected 2 but got 1}}
  %a = memref.load %m[%i] : memref<4x4xf32>
  return
}

// -----

func.func @f(%m: memref<4x4xf32>, %i: index, %v: f32) {
  // expected-error @+1 {{'memref.store' op store index operand count not equal to memref rank}}
  memref.store %v, %m[%i] : memref<4x4xf32>
  return
}

// -----

func.func @f(%m: memref<4x4xf32>, %i: index, %v: f32) {
  // expected-error @+1 {{'memref.load' op failed to verify that result type matches element type of 'memref'}}
  %a = "memref.load"(%m, %i, %i) : (memref<4x4xf32>, index, index) -> i32
  return
}

// -----

func.func @f(%m: memref<4x4xf32>, %i: index, %v: i32) {
  // expected-error @+1 {{'memref.store' op failed to verify that type of 'value' matches element type of 'memref'}}
  "memref.store"(%v, %m, %i, %i) : (i32, memref<4x4xf32>, index, index) -> ()
  return
}

// -----

func.func @f(%m: memref<4x4xf32>) {
  // expected-error @+1 {{'memref.cast' op operand type 'memref<4x4xf32>' and result type 'memref<4x5xf32>' are cast incompatible}}
  %a = memref.cast %m : memref<4x4xf32> to memref<4x5xf32>
  return
}

// -----

func.func @f(%m: memref<4x4xf32>) {
  // expected-error @+1 {{'memref.cast' op operand type 'memref<4x4xf32>' and result type 'memref<4x4xi32>' are cast incompatible}}
  %a = memref.cast %m : memref<4x4xf32> to memref<4x4xi32>
  return
}

// -----

func.func @f(%m: memref<4x4xf32>, %k: memref<4x4xi32>) {
  // expected-error @+1 {{'memref.copy' op requires the same element type for all operands}}
  memref.copy %m, %k : memref<4x4xf32> to memref<4x4xi32>
  return
}

// -----

func.func @f(%m: memref<4x4xf32>, %k: memref<4x5xf32>) {
  // expected-error @+1 {{'memref.copy' op requires the same shape for all operands}}
  memref.copy %m, %k : memref<4x4xf32> to memref<4x5xf32>
  return
}

// -----

func.func @f(%m: memref<8x16xf32>) {
  // expected-error @+1 {{expected result type to be 'memref<4x4xf32, strided<[16, 1]>>' or a rank-reduced version. (mismatch of result layout), but got 'memref<4x4xf32>'}}
  %s = memref.subview %m[0, 0] [4, 4] [1, 1] : memref<8x16xf32> to memref<4x4xf32>
  return
}

// -----

func.func @f(%m: memref<8x16xf32>) {
  // expected-error @+1 {{expected result type to be 'memref<4x4xf32, strided<[16, 1]>>' or a rank-reduced version. (mismatch of result sizes), but got 'memref<4x5xf32, strided<[16, 1]>>'}}
  %s = memref.subview %m[0, 0] [4, 4] [1, 1] : memref<8x16xf32> to memref<4x5xf32, strided<[16, 1]>>
  return
}

// -----

func.func @f(%m: memref<8x16xf32>) {
  // expected-error @+1 {{expected result element type to be 'f32', but got 'memref<4x4xi32, strided<[16, 1]>>'}}
  %s = memref.subview %m[0, 0] [4, 4] [1, 1] : memref<8x16xf32> to memref<4x4xi32, strided<[16, 1]>>
  return
}

// -----

func.func @f(%m: memref<8x16xf32>) {
  // expected-error @+1 {{expected result rank to be smaller or equal to the source rank, but got 'memref<4x4x4xf32>'}}
  %s = memref.subview %m[0, 0] [4, 4] [1, 1] : memref<8x16xf32> to memref<4x4x4xf32>
  return
}

// -----

func.func @f(%m: memref<8x16xf32>) {
  // expected-error @+1 {{expected mixed offsets rank to match mixed sizes rank (3 vs 2) so the rank of the result type is well-formed.}}
  %s = memref.subview %m[0, 0, 0] [4, 4] [1, 1] : memref<8x16xf32> to memref<4x4xf32, strided<[16, 1]>>
  return
}

// -----

func.func @f(%m: memref<8x16xf32, affine_map<(d0, d1) -> (d1, d0)>>) {
  // expected-error @+1 {{base type 'memref<8x16xf32, affine_map<(d0, d1) -> (d1, d0)>>' is not strided}}
  %s = memref.subview %m[0, 0] [4, 4] [1, 1] : memref<8x16xf32, affine_map<(d0, d1) -> (d1, d0)>> to memref<4x4xf32, strided<[16, 1]>>
  return
}

// -----

func.func @f(%m: memref<8x16xf32>) {
  // expected-error @+1 {{expected result type to be 'memref<1x4xf32, strided<[16, 1]>>' or a rank-reduced version. (mismatch of result layout), but got 'memref<4xf32, strided<[2]>>'}}
  %s = memref.subview %m[0, 0] [1, 4] [1, 1] : memref<8x16xf32> to memref<4xf32, strided<[2]>>
  return
}

// -----

func.func @f(%m: memref<8x16xf32>) {
  // expected-error @+1 {{different memory spaces specified for base memref type 'memref<8x16xf32>' and subview memref type 'memref<4x4xf32, 1>'}}
  %s = memref.subview %m[0, 0] [4, 4] [1, 1] : memref<8x16xf32> to memref<4x4xf32, 1>
  return
}

// -----

func.func @subview_dynamic_count(%m: memref<8x16xf32>) {
  // expected-error @+1 {{expected the number of 'offsets' to match the number of dynamic entries in 'static_offsets' (0 vs 1)}}
  %s = "memref.subview"(%m) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: -9223372036854775808, 0>, static_sizes = array<i64: 4, 4>, static_strides = array<i64: 1, 1>}> : (memref<8x16xf32>) -> memref<4x4xf32, strided<[16, 1]>>
  return
}

// -----

func.func @cast_unranked(%m: memref<*xf32>) {
  // expected-error @+1 {{'memref.cast' op operand type 'memref<*xf32>' and result type 'memref<*xf32>' are cast incompatible}}
  %c = memref.cast %m : memref<*xf32> to memref<*xf32>
  return
}

// -----

func.func @alloc_alignment() {
  // expected-error @+1 {{'memref.alloc' op attribute 'alignment' failed to satisfy constraint: 64-bit signless integer attribute whose value is positive and whose value is a power of two > 0}}
  %a = "memref.alloc"() <{alignment = 3 : i64, operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<4xf32>
  return
}

// -----

func.func @reinterpret_cast(%m: memref<8x16xf32>) {
  // expected-error @+1 {{expected result type with size = 8 instead of 9 in dim = 1}}
  %a = memref.reinterpret_cast %m to offset: [0], sizes: [16, 8], strides: [8, 1] : memref<8x16xf32> to memref<16x9xf32, strided<[8, 1]>>
  return
}

// -----

func.func @reinterpret_cast(%m: memref<8x16xf32>) {
  // expected-error @+1 {{expected result type with offset = 1 instead of 0}}
  %a = memref.reinterpret_cast %m to offset: [1], sizes: [16, 8], strides: [8, 1] : memref<8x16xf32> to memref<16x8xf32, strided<[8, 1]>>
  return
}

// -----

func.func @reinterpret_cast(%m: memref<8x16xf32>) {
  // expected-error @+1 {{expected result type with stride = 2 instead of 1 in dim = 1}}
  %a = memref.reinterpret_cast %m to offset: [0], sizes: [16, 8], strides: [8, 2] : memref<8x16xf32> to memref<16x8xf32, strided<[8, 1]>>
  return
}

// -----

func.func @reinterpret_cast(%m: memref<8x16xf32>) {
  // expected-error @+1 {{different element types specified for source type 'memref<8x16xf32>' and result memref type 'memref<16x8xi32, strided<[8, 1]>>'}}
  %a = memref.reinterpret_cast %m to offset: [0], sizes: [16, 8], strides: [8, 1] : memref<8x16xf32> to memref<16x8xi32, strided<[8, 1]>>
  return
}

// -----

func.func @reinterpret_cast(%m: memref<8x16xf32>) {
  // expected-error @+1 {{expected mixed sizes rank to match mixed strides rank (3 vs 2) so the rank of the result type is well-formed.}}
  %a = memref.reinterpret_cast %m to offset: [0], sizes: [16, 8, 1], strides: [8, 1] : memref<8x16xf32> to memref<16x8xf32, strided<[8, 1]>>
  return
}

// -----

func.func @reinterpret_cast(%m: memref<8x16xf32, 1>) {
  // expected-error @+1 {{different memory spaces specified for source type 'memref<8x16xf32, 1>' and result memref type 'memref<16x8xf32, strided<[8, 1]>>'}}
  %a = memref.reinterpret_cast %m to offset: [0], sizes: [16, 8], strides: [8, 1] : memref<8x16xf32, 1> to memref<16x8xf32, strided<[8, 1]>>
  return
}

// -----

func.func @reinterpret_cast(%m: memref<8x16xf32>, %o: index) {
  // expected-error @+1 {{expected result type with offset = dynamic instead of 0}}
  %a = memref.reinterpret_cast %m to offset: [%o], sizes: [16, 8], strides: [8, 1] : memref<8x16xf32> to memref<16x8xf32, strided<[8, 1]>>
  return
}

// -----

func.func @reshape(%m: memref<8x16xf32>, %d: memref<?x4x?xf32>, %s: memref<8x16xf32, strided<[32, 1], offset: 5>>) {
  %a = memref.collapse_shape %m [[0, 1]] : memref<8x16xf32> into memref<128xf32>
  %b = memref.collapse_shape %d [[0, 1], [2]] : memref<?x4x?xf32> into memref<?x?xf32>
  // expected-error @+1 {{'memref.collapse_shape' op invalid source layout map or collapsing non-contiguous dims}}
  %c = memref.collapse_shape %s [[0, 1]] : memref<8x16xf32, strided<[32, 1], offset: 5>> into memref<128xf32, strided<[1], offset: 5>>
  %e = memref.expand_shape %a [[0, 1]] output_shape [2, 64] : memref<128xf32> into memref<2x64xf32>
  return
}

// -----

func.func @reshape(%m: memref<8x16xf32>) {
  // expected-error @+1 {{'memref.collapse_shape' op collapsed dim size (127) must equal reassociation group size (128)}}
  %a = memref.collapse_shape %m [[0, 1]] : memref<8x16xf32> into memref<127xf32>
  return
}

// -----

func.func @reshape(%m: memref<8x16xf32>) {
  // expected-error @+1 {{'memref.collapse_shape' op invalid number of reassociation groups: found 2, expected 1}}
  %a = memref.collapse_shape %m [[0], [1]] : memref<8x16xf32> into memref<128xf32>
  return
}

// -----

func.func @reshape(%m: memref<8x16xf32>) {
  // expected-error @+1 {{'memref.collapse_shape' op reassociation indices must be contiguous}}
  %a = memref.collapse_shape %m [[1, 0]] : memref<8x16xf32> into memref<128xf32>
  return
}

// -----

func.func @reshape(%m: memref<8x16xf32, strided<[32, 2]>>) {
  // expected-error @+1 {{'memref.collapse_shape' op expected collapsed type to be 'memref<128xf32, strided<[2]>>' but found 'memref<128xf32>'}}
  %a = memref.collapse_shape %m [[0, 1]] : memref<8x16xf32, strided<[32, 2]>> into memref<128xf32>
  return
}

// -----

func.func @reshape(%m: memref<128xf32>) {
  // expected-error @+1 {{'memref.expand_shape' op collapsed dim size (128) must equal reassociation group size (126)}}
  %e = memref.expand_shape %m [[0, 1]] output_shape [2, 63] : memref<128xf32> into memref<2x63xf32>
  return
}

// -----

func.func @reshape(%m: memref<8x16xf32, strided<[32, 2]>>, %d: memref<?x4xf32, strided<[?, 1], offset: ?>>, %n: index) {
  %a = memref.collapse_shape %m [[0, 1]] : memref<8x16xf32, strided<[32, 2]>> into memref<128xf32, strided<[2]>>
  %b = memref.collapse_shape %d [[0, 1]] : memref<?x4xf32, strided<[?, 1], offset: ?>> into memref<?xf32, strided<[1], offset: ?>>
  %e = memref.expand_shape %a [[0, 1]] output_shape [2, 64] : memref<128xf32, strided<[2]>> into memref<2x64xf32, strided<[128, 2]>>
  %g = memref.expand_shape %b [[0, 1]] output_shape [%n, 4] : memref<?xf32, strided<[1], offset: ?>> into memref<?x4xf32, strided<[4, 1], offset: ?>>
  // expected-error @+1 {{'memref.collapse_shape' op rank 0 memrefs can only be extended/collapsed with/from ones}}
  %h = memref.collapse_shape %m [] : memref<8x16xf32, strided<[32, 2]>> into memref<f32>
  return
}

// -----

func.func @reshape(%m: memref<128xf32>) {
  // expected-error @+1 {{'memref.expand_shape' op expected expanded type to be 'memref<2x64xf32>' but found 'memref<2x64xf32, strided<[64, 1]>>'}}
  %e = memref.expand_shape %m [[0, 1]] output_shape [2, 64] : memref<128xf32> into memref<2x64xf32, strided<[64, 1]>>
  return
}

// -----

func.func @reshape(%m: memref<128xf32>) {
  // expected-error @+1 {{'memref.expand_shape' op reassociation index 2 is out of bounds}}
  %e = memref.expand_shape %m [[0, 1, 2]] output_shape [2, 64] : memref<128xf32> into memref<2x64xf32>
  return
}

// -----

func.func @reshape(%m: memref<8x16xf32>) {
  // expected-error @+1 {{'memref.collapse_shape' op collapsed dim (0) must be dynamic if and only if reassociation group is dynamic}}
  %a = memref.collapse_shape %m [[0, 1]] : memref<8x16xf32> into memref<?xf32>
  return
}

// -----

func.func @reshape(%m: memref<8xf32>) {
  // expected-error @+1 {{'memref.collapse_shape' op has source rank 1 and result rank 2. This is not a collapse (1 < 2).}}
  %a = memref.collapse_shape %m [[0]] : memref<8xf32> into memref<8x1xf32>
  return
}
