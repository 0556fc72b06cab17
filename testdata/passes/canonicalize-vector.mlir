// vector: folds and canonicalization patterns of broadcast, extract, insert and
// reduction (broadcast of broadcast, broadcast to the same type and of a
// constant, extract through broadcast and insert and of a splat constant,
// extract and insert with an empty position, insert over insert, one-element
// reductions with and without accumulator).
//
// RUN: opt-tool %s --pass=canonicalize | FileCheck %s

func.func @broadcast_of_broadcast(%s: f32) -> vector<4x8xf32> {
  %0 = vector.broadcast %s : f32 to vector<8xf32>
  %1 = vector.broadcast %0 : vector<8xf32> to vector<4x8xf32>
  return %1 : vector<4x8xf32>
}

func.func @broadcast_same_type(%v: vector<4xf32>) -> vector<4xf32> {
  %0 = vector.broadcast %v : vector<4xf32> to vector<4xf32>
  return %0 : vector<4xf32>
}

func.func @broadcast_constant() -> vector<4xf32> {
  %c = arith.constant 1.0 : f32
  %0 = vector.broadcast %c : f32 to vector<4xf32>
  return %0 : vector<4xf32>
}

func.func @broadcast_constant_int() -> vector<2x3xi32> {
  %c = arith.constant 7 : i32
  %0 = vector.broadcast %c : i32 to vector<2x3xi32>
  return %0 : vector<2x3xi32>
}

func.func @extract_of_scalar_broadcast(%s: f32, %i: index) -> (f32, vector<8xf32>, f32) {
  %0 = vector.broadcast %s : f32 to vector<4x8xf32>
  %1 = vector.extract %0[1, 2] : f32 from vector<4x8xf32>
  %2 = vector.extract %0[%i] : vector<8xf32> from vector<4x8xf32>
  %3 = vector.extract %0[%i, 3] : f32 from vector<4x8xf32>
  return %1, %2, %3 : f32, vector<8xf32>, f32
}

func.func @extract_of_vector_broadcast(%v: vector<8xf32>) -> (vector<8xf32>, f32) {
  %0 = vector.broadcast %v : vector<8xf32> to vector<4x8xf32>
  %1 = vector.extract %0[2] : vector<8xf32> from vector<4x8xf32>
  %2 = vector.extract %0[2, 3] : f32 from vector<4x8xf32>
  return %1, %2 : vector<8xf32>, f32
}

func.func @extract_of_insert(%s: f32, %v: vector<4x8xf32>, %i: index) -> (f32, f32, f32) {
  %0 = vector.insert %s, %v [1, 2] : f32 into vector<4x8xf32>
  %1 = vector.extract %0[1, 2] : f32 from vector<4x8xf32>
  %2 = vector.extract %0[1, 3] : f32 from vector<4x8xf32>
  %3 = vector.extract %0[%i, 2] : f32 from vector<4x8xf32>
  return %1, %2, %3 : f32, f32, f32
}

func.func @extract_empty_position(%v: vector<4xf32>) -> vector<4xf32> {
  %0 = vector.extract %v[] : vector<4xf32> from vector<4xf32>
  return %0 : vector<4xf32>
}

func.func @reduction_one_element(%v: vector<1xf32>) -> f32 {
  %0 = vector.reduction <add>, %v : vector<1xf32> into f32
  return %0 : f32
}

func.func @reduction_not_folded(%v: vector<4xi32>) -> i32 {
  %c = arith.constant dense<3> : vector<4xi32>
  %0 = vector.reduction <add>, %c : vector<4xi32> into i32
  return %0 : i32
}

func.func @extract_splat_scalar() -> f32 {
  %c = arith.constant dense<2.0> : vector<4x4xf32>
  %0 = vector.extract %c[1, 2] : f32 from vector<4x4xf32>
  return %0 : f32
}

func.func @extract_splat_vector() -> vector<4xi32> {
  %d = arith.constant dense<7> : vector<2x4xi32>
  %0 = vector.extract %d[1] : vector<4xi32> from vector<2x4xi32>
  return %0 : vector<4xi32>
}

func.func @extract_splat_dynamic(%i: index) -> f32 {
  %c = arith.constant dense<2.0> : vector<4xf32>
  %0 = vector.extract %c[%i] : f32 from vector<4xf32>
  return %0 : f32
}

func.func @extract_splat_i1() -> i1 {
  %t = arith.constant dense<true> : vector<4xi1>
  %0 = vector.extract %t[3] : i1 from vector<4xi1>
  return %0 : i1
}

func.func @broadcast_i1() -> vector<4xi1> {
  %t = arith.constant true
  %0 = vector.broadcast %t : i1 to vector<4xi1>
  return %0 : vector<4xi1>
}

func.func @broadcast_extract_chain() -> vector<4xf32> {
  %c = arith.constant dense<2.0> : vector<2xf32>
  %0 = vector.broadcast %c : vector<2xf32> to vector<4x2xf32>
  %1 = vector.extract %0[0] : vector<2xf32> from vector<4x2xf32>
  %2 = vector.broadcast %1 : vector<2xf32> to vector<2x2xf32>
  %3 = vector.extract %2[1] : vector<2xf32> from vector<2x2xf32>
  %4 = vector.broadcast %3 : vector<2xf32> to vector<2x2xf32>
  %5 = vector.extract %4[0, 0] : f32 from vector<2x2xf32>
  %6 = vector.broadcast %5 : f32 to vector<4xf32>
  return %6 : vector<4xf32>
}

func.func @insert_empty_position(%v: vector<4xf32>, %w: vector<4xf32>) -> vector<4xf32> {
  %0 = vector.insert %w, %v [] : vector<4xf32> into vector<4xf32>
  return %0 : vector<4xf32>
}

func.func @insert_of_extract_kept(%v: vector<4x8xf32>) -> vector<4x8xf32> {
  %e = vector.extract %v[1] : vector<8xf32> from vector<4x8xf32>
  %0 = vector.insert %e, %v [1] : vector<8xf32> into vector<4x8xf32>
  return %0 : vector<4x8xf32>
}

func.func @insert_of_other_extract_kept(%v: vector<4x8xf32>) -> vector<4x8xf32> {
  %e = vector.extract %v[1] : vector<8xf32> from vector<4x8xf32>
  %0 = vector.insert %e, %v [2] : vector<8xf32> into vector<4x8xf32>
  return %0 : vector<4x8xf32>
}

func.func @insert_over_insert(%v: vector<4xf32>, %a: f32, %b: f32) -> vector<4xf32> {
  %0 = vector.insert %a, %v [1] : f32 into vector<4xf32>
  %1 = vector.insert %b, %0 [1] : f32 into vector<4xf32>
  return %1 : vector<4xf32>
}

func.func @reduction_one_element_acc(%v: vector<1xf32>, %a: f32) -> f32 {
  %0 = vector.reduction <add>, %v, %a : vector<1xf32> into f32
  return %0 : f32
}

func.func @reduction_one_element_muli(%v: vector<1xi32>, %a: i32) -> i32 {
  %0 = vector.reduction <mul>, %v, %a : vector<1xi32> into i32
  return %0 : i32
}

func.func @reduction_one_element_fastmath(%v: vector<1xf32>, %a: f32) -> f32 {
  %0 = vector.reduction <mul>, %v, %a fastmath<fast> : vector<1xf32> into f32
  return %0 : f32
}

// CHECK:      module {
// CHECK-LABEL:  func.func @broadcast_of_broadcast(%arg0: f32) -> vector<4x8xf32> {
// CHECK-NEXT:     %0 = vector.broadcast %arg0 : f32 to vector<4x8xf32>
// CHECK-NEXT:     return %0 : vector<4x8xf32>
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @broadcast_same_type(%arg0: vector<4xf32>) -> vector<4xf32> {
// CHECK-NEXT:     return %arg0 : vector<4xf32>
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @broadcast_constant() -> vector<4xf32> {
// CHECK-NEXT:     %cst = arith.constant dense<1.000000e+00> : vector<4xf32>
// CHECK-NEXT:     return %cst : vector<4xf32>
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @broadcast_constant_int() -> vector<2x3xi32> {
// CHECK-NEXT:     %cst = arith.constant dense<7> : vector<2x3xi32>
// CHECK-NEXT:     return %cst : vector<2x3xi32>
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @extract_of_scalar_broadcast(%arg0: f32, %arg1: index) -> (f32, vector<8xf32>, f32) {
// CHECK-NEXT:     %0 = vector.broadcast %arg0 : f32 to vector<8xf32>
// CHECK-NEXT:     return %arg0, %0, %arg0 : f32, vector<8xf32>, f32
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @extract_of_vector_broadcast(%arg0: vector<8xf32>) -> (vector<8xf32>, f32) {
// CHECK-NEXT:     %0 = vector.extract %arg0[3] : f32 from vector<8xf32>
// CHECK-NEXT:     return %arg0, %0 : vector<8xf32>, f32
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @extract_of_insert(%arg0: f32, %arg1: vector<4x8xf32>, %arg2: index) -> (f32, f32, f32) {
// CHECK-NEXT:     %0 = vector.insert %arg0, %arg1 [1, 2] : f32 into vector<4x8xf32>
// CHECK-NEXT:     %1 = vector.extract %arg1[1, 3] : f32 from vector<4x8xf32>
// CHECK-NEXT:     %2 = vector.extract %0[%arg2, 2] : f32 from vector<4x8xf32>
// CHECK-NEXT:     return %arg0, %1, %2 : f32, f32, f32
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @extract_empty_position(%arg0: vector<4xf32>) -> vector<4xf32> {
// CHECK-NEXT:     return %arg0 : vector<4xf32>
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @reduction_one_element(%arg0: vector<1xf32>) -> f32 {
// CHECK-NEXT:     %0 = vector.extract %arg0[0] : f32 from vector<1xf32>
// CHECK-NEXT:     return %0 : f32
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @reduction_not_folded(%arg0: vector<4xi32>) -> i32 {
// CHECK-NEXT:     %cst = arith.constant dense<3> : vector<4xi32>
// CHECK-NEXT:     %0 = vector.reduction <add>, %cst : vector<4xi32> into i32
// CHECK-NEXT:     return %0 : i32
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @extract_splat_scalar() -> f32 {
// CHECK-NEXT:     %cst = arith.constant 2.000000e+00 : f32
// CHECK-NEXT:     return %cst : f32
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @extract_splat_vector() -> vector<4xi32> {
// CHECK-NEXT:     %cst = arith.constant dense<7> : vector<4xi32>
// CHECK-NEXT:     return %cst : vector<4xi32>
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @extract_splat_dynamic(%arg0: index) -> f32 {
// CHECK-NEXT:     %cst = arith.constant 2.000000e+00 : f32
// CHECK-NEXT:     return %cst : f32
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @extract_splat_i1() -> i1 {
// CHECK-NEXT:     %true = arith.constant true
// CHECK-NEXT:     return %true : i1
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @broadcast_i1() -> vector<4xi1> {
// CHECK-NEXT:     %cst = arith.constant dense<true> : vector<4xi1>
// CHECK-NEXT:     return %cst : vector<4xi1>
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @broadcast_extract_chain() -> vector<4xf32> {
// CHECK-NEXT:     %cst = arith.constant dense<2.000000e+00> : vector<4xf32>
// CHECK-NEXT:     return %cst : vector<4xf32>
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @insert_empty_position(%arg0: vector<4xf32>, %arg1: vector<4xf32>) -> vector<4xf32> {
// CHECK-NEXT:     return %arg1 : vector<4xf32>
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @insert_of_extract_kept(%arg0: vector<4x8xf32>) -> vector<4x8xf32> {
// CHECK-NEXT:     %0 = vector.extract %arg0[1] : vector<8xf32> from vector<4x8xf32>
// CHECK-NEXT:     %1 = vector.insert %0, %arg0 [1] : vector<8xf32> into vector<4x8xf32>
// CHECK-NEXT:     return %1 : vector<4x8xf32>
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @insert_of_other_extract_kept(%arg0: vector<4x8xf32>) -> vector<4x8xf32> {
// CHECK-NEXT:     %0 = vector.extract %arg0[1] : vector<8xf32> from vector<4x8xf32>
// CHECK-NEXT:     %1 = vector.insert %0, %arg0 [2] : vector<8xf32> into vector<4x8xf32>
// CHECK-NEXT:     return %1 : vector<4x8xf32>
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @insert_over_insert(%arg0: vector<4xf32>, %arg1: f32, %arg2: f32) -> vector<4xf32> {
// CHECK-NEXT:     %0 = vector.insert %arg2, %arg0 [1] : f32 into vector<4xf32>
// CHECK-NEXT:     return %0 : vector<4xf32>
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @reduction_one_element_acc(%arg0: vector<1xf32>, %arg1: f32) -> f32 {
// CHECK-NEXT:     %0 = vector.extract %arg0[0] : f32 from vector<1xf32>
// CHECK-NEXT:     %1 = arith.addf %0, %arg1 : f32
// CHECK-NEXT:     return %1 : f32
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @reduction_one_element_muli(%arg0: vector<1xi32>, %arg1: i32) -> i32 {
// CHECK-NEXT:     %0 = vector.extract %arg0[0] : i32 from vector<1xi32>
// CHECK-NEXT:     %1 = arith.muli %0, %arg1 : i32
// CHECK-NEXT:     return %1 : i32
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @reduction_one_element_fastmath(%arg0: vector<1xf32>, %arg1: f32) -> f32 {
// CHECK-NEXT:     %0 = vector.extract %arg0[0] : f32 from vector<1xf32>
// CHECK-NEXT:     %1 = arith.mulf %0, %arg1 fastmath<fast> : f32
// CHECK-NEXT:     return %1 : f32
// CHECK-NEXT:   }
// CHECK-NEXT: }
