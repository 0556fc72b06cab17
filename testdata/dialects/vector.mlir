// vector: every registered op and syntax variant (scalar and vector
// broadcasts, nontemporal and aligned loads and stores, reductions with and
// without accumulator and fast-math flags, static, dynamic, mixed and empty
// positions of extract and insert, transfers with default and explicit
// permutation maps, in_bounds, masks, tensors), and the vector attributes.
//
// RUN: opt-tool %s | FileCheck %s
// RUN: opt-tool %s --emit=generic | FileCheck %s --check-prefix=GENERIC
// RUN: opt-tool %s | opt-tool - | FileCheck %s
// RUN: opt-tool %s --emit=generic | opt-tool - | FileCheck %s

func.func @broadcast(%s: f32, %v: vector<8xf32>, %u: vector<1x8xf32>, %i: i1) -> (vector<4x8xf32>, vector<4x8xf32>, vector<3x4x8xf32>, vector<[4]xi1>) {
  %0 = vector.broadcast %s : f32 to vector<4x8xf32>
  %1 = vector.broadcast %v : vector<8xf32> to vector<4x8xf32>
  %2 = vector.broadcast %u : vector<1x8xf32> to vector<3x4x8xf32>
  %3 = vector.broadcast %i : i1 to vector<[4]xi1>
  return %0, %1, %2, %3 : vector<4x8xf32>, vector<4x8xf32>, vector<3x4x8xf32>, vector<[4]xi1>
}

func.func @load_store(%m: memref<?x?xf32>, %z: memref<f32>, %i: index, %j: index) -> vector<8xf32> {
  %0 = vector.load %m[%i, %j] : memref<?x?xf32>, vector<8xf32>
  %1 = vector.load %m[%i, %j] {nontemporal = true} : memref<?x?xf32>, vector<2x4xf32>
  %2 = vector.load %m[%i, %j] {alignment = 16 : i64} : memref<?x?xf32>, vector<8xf32>
  %3 = vector.load %z[] : memref<f32>, vector<f32>
  vector.store %0, %m[%i, %j] : memref<?x?xf32>, vector<8xf32>
  vector.store %1, %m[%i, %j] {nontemporal = true} : memref<?x?xf32>, vector<2x4xf32>
  vector.store %3, %z[] : memref<f32>, vector<f32>
  return %2 : vector<8xf32>
}

func.func @fma_reduction(%v: vector<4x8xf32>, %r: vector<8xf32>, %w: vector<16xi32>, %acc: f32, %ia: i32) -> (vector<4x8xf32>, f32, f32, i32, i32, f32) {
  %0 = vector.fma %v, %v, %v : vector<4x8xf32>
  %1 = vector.reduction <add>, %r : vector<8xf32> into f32
  %2 = vector.reduction <maximumf>, %r, %acc fastmath<nnan,ninf> : vector<8xf32> into f32
  %3 = vector.reduction <xor>, %w, %ia : vector<16xi32> into i32
  %4 = vector.reduction <minsi>, %w {tag} : vector<16xi32> into i32
  %5 = vector.reduction <mul>, %r fastmath<fast> : vector<8xf32> into f32
  return %0, %1, %2, %3, %4, %5 : vector<4x8xf32>, f32, f32, i32, i32, f32
}

func.func @kinds(%f: vector<4xf32>, %i: vector<4xi64>) -> (f32, f32, f32, i64, i64, i64, i64, i64, i64) {
  %0 = vector.reduction <minnumf>, %f : vector<4xf32> into f32
  %1 = vector.reduction <maxnumf>, %f : vector<4xf32> into f32
  %2 = vector.reduction <minimumf>, %f : vector<4xf32> into f32
  %3 = vector.reduction <minui>, %i : vector<4xi64> into i64
  %4 = vector.reduction <maxui>, %i : vector<4xi64> into i64
  %5 = vector.reduction <maxsi>, %i : vector<4xi64> into i64
  %6 = vector.reduction <and>, %i : vector<4xi64> into i64
  %7 = vector.reduction <or>, %i : vector<4xi64> into i64
  %8 = vector.reduction <add>, %i : vector<4xi64> into i64
  return %0, %1, %2, %3, %4, %5, %6, %7, %8 : f32, f32, f32, i64, i64, i64, i64, i64, i64
}

func.func @extract_insert(%v: vector<4x8xf32>, %s: f32, %r: vector<8xf32>, %i: index, %j: index) -> (f32, vector<8xf32>, f32, vector<4x8xf32>, vector<4x8xf32>, vector<4x8xf32>, vector<4x8xf32>) {
  %0 = vector.extract %v[0, %i] : f32 from vector<4x8xf32>
  %1 = vector.extract %v[1] : vector<8xf32> from vector<4x8xf32>
  %2 = vector.extract %v[%i, %j] : f32 from vector<4x8xf32>
  %3 = vector.extract %v[] : vector<4x8xf32> from vector<4x8xf32>
  %4 = vector.insert %s, %v [0, %i] : f32 into vector<4x8xf32>
  %5 = vector.insert %r, %v [%j] : vector<8xf32> into vector<4x8xf32>
  %6 = vector.insert %s, %v [3, -1] {tag} : f32 into vector<4x8xf32>
  %7 = vector.extract %v[-1, 2] : f32 from vector<4x8xf32>
  return %0, %1, %7, %3, %4, %5, %6 : f32, vector<8xf32>, f32, vector<4x8xf32>, vector<4x8xf32>, vector<4x8xf32>, vector<4x8xf32>
}

func.func @transfers(%m: memref<?x?xf32>, %t: tensor<?x?xf32>, %i: index, %j: index, %p: f32, %mask: vector<4x8xi1>, %mt: vector<8x4xi1>, %v: vector<4x8xf32>) -> (vector<4x8xf32>, vector<8x4xf32>, vector<8xf32>, tensor<?x?xf32>, vector<8x4xf32>) {
  %0 = vector.transfer_read %m[%i, %j], %p : memref<?x?xf32>, vector<4x8xf32>
  %1 = vector.transfer_read %m[%i, %j], %p {in_bounds = [true, false], permutation_map = affine_map<(d0, d1) -> (d1, d0)>} : memref<?x?xf32>, vector<8x4xf32>
  %2 = vector.transfer_read %m[%i, %j], %p {in_bounds = [true]} : memref<?x?xf32>, vector<8xf32>
  %3 = vector.transfer_read %m[%i, %j], %p, %mask : memref<?x?xf32>, vector<4x8xf32>
  %4 = vector.transfer_read %t[%i, %j], %p, %mask {permutation_map = affine_map<(d0, d1) -> (d1, d0)>} : tensor<?x?xf32>, vector<8x4xf32>
  vector.transfer_write %v, %m[%i, %j] : vector<4x8xf32>, memref<?x?xf32>
  vector.transfer_write %v, %m[%i, %j], %mask {in_bounds = [false, true]} : vector<4x8xf32>, memref<?x?xf32>
  vector.transfer_write %1, %m[%i, %j] {permutation_map = affine_map<(d0, d1) -> (d1, d0)>} : vector<8x4xf32>, memref<?x?xf32>
  %5 = vector.transfer_write %v, %t[%i, %j] {in_bounds = [true, true]} : vector<4x8xf32>, tensor<?x?xf32>
  return %0, %1, %2, %5, %4 : vector<4x8xf32>, vector<8x4xf32>, vector<8xf32>, tensor<?x?xf32>, vector<8x4xf32>
}

func.func @generic(%v: vector<4xf32>, %i: index) -> (f32, f32) {
  %0 = "vector.reduction"(%v) <{kind = #vector.kind<add>}> : (vector<4xf32>) -> f32
  %1 = "vector.extract"(%v, %i) <{static_position = array<i64: -9223372036854775808>}> : (vector<4xf32>, index) -> f32
  %2 = vector.fma %v, %v, %v {kinds = [#vector.kind<and>, #vector.kind<minimumf>], iterators = [#vector.iterator_type<parallel>, #vector.iterator_type<reduction>]} : vector<4xf32>
  return %0, %1 : f32, f32
}

func.func @memref_of_vectors(%m: memref<3xvector<2xf32>>, %i: index) -> vector<2xf32> {
  %v = vector.load %m[%i] : memref<3xvector<2xf32>>, vector<2xf32>
  vector.store %v, %m[%i] : memref<3xvector<2xf32>>, vector<2xf32>
  return %v : vector<2xf32>
}

// CHECK:      #map = affine_map<(d0, d1) -> (d1, d0)>
// CHECK-NEXT: module {
// CHECK-LABEL:  func.func @broadcast(%arg0: f32, %arg1: vector<8xf32>, %arg2: vector<1x8xf32>, %arg3: i1) -> (vector<4x8xf32>, vector<4x8xf32>, vector<3x4x8xf32>, vector<[4]xi1>) {
// CHECK-NEXT:     %0 = vector.broadcast %arg0 : f32 to vector<4x8xf32>
// CHECK-NEXT:     %1 = vector.broadcast %arg1 : vector<8xf32> to vector<4x8xf32>
// CHECK-NEXT:     %2 = vector.broadcast %arg2 : vector<1x8xf32> to vector<3x4x8xf32>
// CHECK-NEXT:     %3 = vector.broadcast %arg3 : i1 to vector<[4]xi1>
// CHECK-NEXT:     return %0, %1, %2, %3 : vector<4x8xf32>, vector<4x8xf32>, vector<3x4x8xf32>, vector<[4]xi1>
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @load_store(%arg0: memref<?x?xf32>, %arg1: memref<f32>, %arg2: index, %arg3: index) -> vector<8xf32> {
// CHECK-NEXT:     %0 = vector.load %arg0[%arg2, %arg3] : memref<?x?xf32>, vector<8xf32>
// CHECK-NEXT:     %1 = vector.load %arg0[%arg2, %arg3] {nontemporal = true} : memref<?x?xf32>, vector<2x4xf32>
// CHECK-NEXT:     %2 = vector.load %arg0[%arg2, %arg3] {alignment = 16 : i64} : memref<?x?xf32>, vector<8xf32>
// CHECK-NEXT:     %3 = vector.load %arg1[] : memref<f32>, vector<f32>
// CHECK-NEXT:     vector.store %0, %arg0[%arg2, %arg3] : memref<?x?xf32>, vector<8xf32>
// CHECK-NEXT:     vector.store %1, %arg0[%arg2, %arg3] {nontemporal = true} : memref<?x?xf32>, vector<2x4xf32>
// CHECK-NEXT:     vector.store %3, %arg1[] : memref<f32>, vector<f32>
// CHECK-NEXT:     return %2 : vector<8xf32>
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @fma_reduction(%arg0: vector<4x8xf32>, %arg1: vector<8xf32>, %arg2: vector<16xi32>, %arg3: f32, %arg4: i32) -> (vector<4x8xf32>, f32, f32, i32, i32, f32) {
// CHECK-NEXT:     %0 = vector.fma %arg0, %arg0, %arg0 : vector<4x8xf32>
// CHECK-NEXT:     %1 = vector.reduction <add>, %arg1 : vector<8xf32> into f32
// CHECK-NEXT:     %2 = vector.reduction <maximumf>, %arg1, %arg3 fastmath<nnan,ninf> : vector<8xf32> into f32
// CHECK-NEXT:     %3 = vector.reduction <xor>, %arg2, %arg4 : vector<16xi32> into i32
// CHECK-NEXT:     %4 = vector.reduction <minsi>, %arg2 {tag} : vector<16xi32> into i32
// CHECK-NEXT:     %5 = vector.reduction <mul>, %arg1 fastmath<fast> : vector<8xf32> into f32
// CHECK-NEXT:     return %0, %1, %2, %3, %4, %5 : vector<4x8xf32>, f32, f32, i32, i32, f32
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @kinds(%arg0: vector<4xf32>, %arg1: vector<4xi64>) -> (f32, f32, f32, i64, i64, i64, i64, i64, i64) {
// CHECK-NEXT:     %0 = vector.reduction <minnumf>, %arg0 : vector<4xf32> into f32
// CHECK-NEXT:     %1 = vector.reduction <maxnumf>, %arg0 : vector<4xf32> into f32
// CHECK-NEXT:     %2 = vector.reduction <minimumf>, %arg0 : vector<4xf32> into f32
// CHECK-NEXT:     %3 = vector.reduction <minui>, %arg1 : vector<4xi64> into i64
// CHECK-NEXT:     %4 = vector.reduction <maxui>, %arg1 : vector<4xi64> into i64
// CHECK-NEXT:     %5 = vector.reduction <maxsi>, %arg1 : vector<4xi64> into i64
// CHECK-NEXT:     %6 = vector.reduction <and>, %arg1 : vector<4xi64> into i64
// CHECK-NEXT:     %7 = vector.reduction <or>, %arg1 : vector<4xi64> into i64
// CHECK-NEXT:     %8 = vector.reduction <add>, %arg1 : vector<4xi64> into i64
// CHECK-NEXT:     return %0, %1, %2, %3, %4, %5, %6, %7, %8 : f32, f32, f32, i64, i64, i64, i64, i64, i64
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @extract_insert(%arg0: vector<4x8xf32>, %arg1: f32, %arg2: vector<8xf32>, %arg3: index, %arg4: index) -> (f32, vector<8xf32>, f32, vector<4x8xf32>, vector<4x8xf32>, vector<4x8xf32>, vector<4x8xf32>) {
// CHECK-NEXT:     %0 = vector.extract %arg0[0, %arg3] : f32 from vector<4x8xf32>
// CHECK-NEXT:     %1 = vector.extract %arg0[1] : vector<8xf32> from vector<4x8xf32>
// CHECK-NEXT:     %2 = vector.extract %arg0[%arg3, %arg4] : f32 from vector<4x8xf32>
// CHECK-NEXT:     %3 = vector.extract %arg0[] : vector<4x8xf32> from vector<4x8xf32>
// CHECK-NEXT:     %4 = vector.insert %arg1, %arg0 [0, %arg3] : f32 into vector<4x8xf32>
// CHECK-NEXT:     %5 = vector.insert %arg2, %arg0 [%arg4] : vector<8xf32> into vector<4x8xf32>
// CHECK-NEXT:     %6 = vector.insert %arg1, %arg0 [3, -1] {tag} : f32 into vector<4x8xf32>
// CHECK-NEXT:     %7 = vector.extract %arg0[-1, 2] : f32 from vector<4x8xf32>
// CHECK-NEXT:     return %0, %1, %7, %3, %4, %5, %6 : f32, vector<8xf32>, f32, vector<4x8xf32>, vector<4x8xf32>, vector<4x8xf32>, vector<4x8xf32>
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @transfers(%arg0: memref<?x?xf32>, %arg1: tensor<?x?xf32>, %arg2: index, %arg3: index, %arg4: f32, %arg5: vector<4x8xi1>, %arg6: vector<8x4xi1>, %arg7: vector<4x8xf32>) -> (vector<4x8xf32>, vector<8x4xf32>, vector<8xf32>, tensor<?x?xf32>, vector<8x4xf32>) {
// CHECK-NEXT:     %0 = vector.transfer_read %arg0[%arg2, %arg3], %arg4 : memref<?x?xf32>, vector<4x8xf32>
// CHECK-NEXT:     %1 = vector.transfer_read %arg0[%arg2, %arg3], %arg4 {in_bounds = [true, false], permutation_map = #map} : memref<?x?xf32>, vector<8x4xf32>
// CHECK-NEXT:     %2 = vector.transfer_read %arg0[%arg2, %arg3], %arg4 {in_bounds = [true]} : memref<?x?xf32>, vector<8xf32>
// CHECK-NEXT:     %3 = vector.transfer_read %arg0[%arg2, %arg3], %arg4, %arg5 : memref<?x?xf32>, vector<4x8xf32>
// CHECK-NEXT:     %4 = vector.transfer_read %arg1[%arg2, %arg3], %arg4, %arg5 {permutation_map = #map} : tensor<?x?xf32>, vector<8x4xf32>
// CHECK-NEXT:     vector.transfer_write %arg7, %arg0[%arg2, %arg3] : vector<4x8xf32>, memref<?x?xf32>
// CHECK-NEXT:     vector.transfer_write %arg7, %arg0[%arg2, %arg3], %arg5 {in_bounds = [false, true]} : vector<4x8xf32>, memref<?x?xf32>
// CHECK-NEXT:     vector.transfer_write %1, %arg0[%arg2, %arg3] {permutation_map = #map} : vector<8x4xf32>, memref<?x?xf32>
// CHECK-NEXT:     %5 = vector.transfer_write %arg7, %arg1[%arg2, %arg3] {in_bounds = [true, true]} : vector<4x8xf32>, tensor<?x?xf32>
// CHECK-NEXT:     return %0, %1, %2, %5, %4 : vector<4x8xf32>, vector<8x4xf32>, vector<8xf32>, tensor<?x?xf32>, vector<8x4xf32>
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @generic(%arg0: vector<4xf32>, %arg1: index) -> (f32, f32) {
// CHECK-NEXT:     %0 = vector.reduction <add>, %arg0 : vector<4xf32> into f32
// CHECK-NEXT:     %1 = vector.extract %arg0[%arg1] : f32 from vector<4xf32>
// CHECK-NEXT:     %2 = vector.fma %arg0, %arg0, %arg0 {iterators = [#vector.iterator_type<parallel>, #vector.iterator_type<reduction>], kinds = [#vector.kind<and>, #vector.kind<minimumf>]} : vector<4xf32>
// CHECK-NEXT:     return %0, %1 : f32, f32
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @memref_of_vectors(%arg0: memref<3xvector<2xf32>>, %arg1: index) -> vector<2xf32> {
// CHECK-NEXT:     %0 = vector.load %arg0[%arg1] : memref<3xvector<2xf32>>, vector<2xf32>
// CHECK-NEXT:     vector.store %0, %arg0[%arg1] : memref<3xvector<2xf32>>, vector<2xf32>
// CHECK-NEXT:     return %0 : vector<2xf32>
// CHECK-NEXT:   }
// CHECK-NEXT: }

// GENERIC:      #map = affine_map<(d0, d1) -> (d0, d1)>
// GENERIC-NEXT: #map1 = affine_map<(d0, d1) -> (d1, d0)>
// GENERIC-NEXT: #map2 = affine_map<(d0, d1) -> (d1)>
// GENERIC-NEXT: "builtin.module"() ({
// GENERIC-LABEL:  "func.func"() <{function_type = (f32, vector<8xf32>, vector<1x8xf32>, i1) -> (vector<4x8xf32>, vector<4x8xf32>, vector<3x4x8xf32>, vector<[4]xi1>), sym_name = "broadcast"}> ({
// GENERIC-NEXT:   ^bb0(%arg28: f32, %arg29: vector<8xf32>, %arg30: vector<1x8xf32>, %arg31: i1):
// GENERIC-NEXT:     %37 = "vector.broadcast"(%arg28) : (f32) -> vector<4x8xf32>
// GENERIC-NEXT:     %38 = "vector.broadcast"(%arg29) : (vector<8xf32>) -> vector<4x8xf32>
// GENERIC-NEXT:     %39 = "vector.broadcast"(%arg30) : (vector<1x8xf32>) -> vector<3x4x8xf32>
// GENERIC-NEXT:     %40 = "vector.broadcast"(%arg31) : (i1) -> vector<[4]xi1>
// GENERIC-NEXT:     "func.return"(%37, %38, %39, %40) : (vector<4x8xf32>, vector<4x8xf32>, vector<3x4x8xf32>, vector<[4]xi1>) -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-LABEL:  "func.func"() <{function_type = (memref<?x?xf32>, memref<f32>, index, index) -> vector<8xf32>, sym_name = "load_store"}> ({
// GENERIC-NEXT:   ^bb0(%arg24: memref<?x?xf32>, %arg25: memref<f32>, %arg26: index, %arg27: index):
// GENERIC-NEXT:     %33 = "vector.load"(%arg24, %arg26, %arg27) : (memref<?x?xf32>, index, index) -> vector<8xf32>
// GENERIC-NEXT:     %34 = "vector.load"(%arg24, %arg26, %arg27) <{nontemporal = true}> : (memref<?x?xf32>, index, index) -> vector<2x4xf32>
// GENERIC-NEXT:     %35 = "vector.load"(%arg24, %arg26, %arg27) <{alignment = 16 : i64}> : (memref<?x?xf32>, index, index) -> vector<8xf32>
// GENERIC-NEXT:     %36 = "vector.load"(%arg25) : (memref<f32>) -> vector<f32>
// GENERIC-NEXT:     "vector.store"(%33, %arg24, %arg26, %arg27) : (vector<8xf32>, memref<?x?xf32>, index, index) -> ()
// GENERIC-NEXT:     "vector.store"(%34, %arg24, %arg26, %arg27) <{nontemporal = true}> : (vector<2x4xf32>, memref<?x?xf32>, index, index) -> ()
// GENERIC-NEXT:     "vector.store"(%36, %arg25) : (vector<f32>, memref<f32>) -> ()
// GENERIC-NEXT:     "func.return"(%35) : (vector<8xf32>) -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-LABEL:  "func.func"() <{function_type = (vector<4x8xf32>, vector<8xf32>, vector<16xi32>, f32, i32) -> (vector<4x8xf32>, f32, f32, i32, i32, f32), sym_name = "fma_reduction"}> ({
// GENERIC-NEXT:   ^bb0(%arg19: vector<4x8xf32>, %arg20: vector<8xf32>, %arg21: vector<16xi32>, %arg22: f32, %arg23: i32):
// GENERIC-NEXT:     %27 = "vector.fma"(%arg19, %arg19, %arg19) : (vector<4x8xf32>, vector<4x8xf32>, vector<4x8xf32>) -> vector<4x8xf32>
// GENERIC-NEXT:     %28 = "vector.reduction"(%arg20) <{fastmath = #arith.fastmath<none>, kind = #vector.kind<add>}> : (vector<8xf32>) -> f32
// GENERIC-NEXT:     %29 = "vector.reduction"(%arg20, %arg22) <{fastmath = #arith.fastmath<nnan,ninf>, kind = #vector.kind<maximumf>}> : (vector<8xf32>, f32) -> f32
// GENERIC-NEXT:     %30 = "vector.reduction"(%arg21, %arg23) <{fastmath = #arith.fastmath<none>, kind = #vector.kind<xor>}> : (vector<16xi32>, i32) -> i32
// GENERIC-NEXT:     %31 = "vector.reduction"(%arg21) <{fastmath = #arith.fastmath<none>, kind = #vector.kind<minsi>}> {tag} : (vector<16xi32>) -> i32
// GENERIC-NEXT:     %32 = "vector.reduction"(%arg20) <{fastmath = #arith.fastmath<fast>, kind = #vector.kind<mul>}> : (vector<8xf32>) -> f32
// GENERIC-NEXT:     "func.return"(%27, %28, %29, %30, %31, %32) : (vector<4x8xf32>, f32, f32, i32, i32, f32) -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-LABEL:  "func.func"() <{function_type = (vector<4xf32>, vector<4xi64>) -> (f32, f32, f32, i64, i64, i64, i64, i64, i64), sym_name = "kinds"}> ({
// GENERIC-NEXT:   ^bb0(%arg17: vector<4xf32>, %arg18: vector<4xi64>):
// GENERIC-NEXT:     %18 = "vector.reduction"(%arg17) <{fastmath = #arith.fastmath<none>, kind = #vector.kind<minnumf>}> : (vector<4xf32>) -> f32
// GENERIC-NEXT:     %19 = "vector.reduction"(%arg17) <{fastmath = #arith.fastmath<none>, kind = #vector.kind<maxnumf>}> : (vector<4xf32>) -> f32
// GENERIC-NEXT:     %20 = "vector.reduction"(%arg17) <{fastmath = #arith.fastmath<none>, kind = #vector.kind<minimumf>}> : (vector<4xf32>) -> f32
// GENERIC-NEXT:     %21 = "vector.reduction"(%arg18) <{fastmath = #arith.fastmath<none>, kind = #vector.kind<minui>}> : (vector<4xi64>) -> i64
// GENERIC-NEXT:     %22 = "vector.reduction"(%arg18) <{fastmath = #arith.fastmath<none>, kind = #vector.kind<maxui>}> : (vector<4xi64>) -> i64
// GENERIC-NEXT:     %23 = "vector.reduction"(%arg18) <{fastmath = #arith.fastmath<none>, kind = #vector.kind<maxsi>}> : (vector<4xi64>) -> i64
// GENERIC-NEXT:     %24 = "vector.reduction"(%arg18) <{fastmath = #arith.fastmath<none>, kind = #vector.kind<and>}> : (vector<4xi64>) -> i64
// GENERIC-NEXT:     %25 = "vector.reduction"(%arg18) <{fastmath = #arith.fastmath<none>, kind = #vector.kind<or>}> : (vector<4xi64>) -> i64
// GENERIC-NEXT:     %26 = "vector.reduction"(%arg18) <{fastmath = #arith.fastmath<none>, kind = #vector.kind<add>}> : (vector<4xi64>) -> i64
// GENERIC-NEXT:     "func.return"(%18, %19, %20, %21, %22, %23, %24, %25, %26) : (f32, f32, f32, i64, i64, i64, i64, i64, i64) -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-LABEL:  "func.func"() <{function_type = (vector<4x8xf32>, f32, vector<8xf32>, index, index) -> (f32, vector<8xf32>, f32, vector<4x8xf32>, vector<4x8xf32>, vector<4x8xf32>, vector<4x8xf32>), sym_name = "extract_insert"}> ({
// GENERIC-NEXT:   ^bb0(%arg12: vector<4x8xf32>, %arg13: f32, %arg14: vector<8xf32>, %arg15: index, %arg16: index):
// GENERIC-NEXT:     %10 = "vector.extract"(%arg12, %arg15) <{static_position = array<i64: 0, -9223372036854775808>}> : (vector<4x8xf32>, index) -> f32
// GENERIC-NEXT:     %11 = "vector.extract"(%arg12) <{static_position = array<i64: 1>}> : (vector<4x8xf32>) -> vector<8xf32>
// GENERIC-NEXT:     %12 = "vector.extract"(%arg12, %arg15, %arg16) <{static_position = array<i64: -9223372036854775808, -9223372036854775808>}> : (vector<4x8xf32>, index, index) -> f32
// GENERIC-NEXT:     %13 = "vector.extract"(%arg12) <{static_position = array<i64>}> : (vector<4x8xf32>) -> vector<4x8xf32>
// GENERIC-NEXT:     %14 = "vector.insert"(%arg13, %arg12, %arg15) <{static_position = array<i64: 0, -9223372036854775808>}> : (f32, vector<4x8xf32>, index) -> vector<4x8xf32>
// GENERIC-NEXT:     %15 = "vector.insert"(%arg14, %arg12, %arg16) <{static_position = array<i64: -9223372036854775808>}> : (vector<8xf32>, vector<4x8xf32>, index) -> vector<4x8xf32>
// GENERIC-NEXT:     %16 = "vector.insert"(%arg13, %arg12) <{static_position = array<i64: 3, -1>}> {tag} : (f32, vector<4x8xf32>) -> vector<4x8xf32>
// GENERIC-NEXT:     %17 = "vector.extract"(%arg12) <{static_position = array<i64: -1, 2>}> : (vector<4x8xf32>) -> f32
// GENERIC-NEXT:     "func.return"(%10, %11, %17, %13, %14, %15, %16) : (f32, vector<8xf32>, f32, vector<4x8xf32>, vector<4x8xf32>, vector<4x8xf32>, vector<4x8xf32>) -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-LABEL:  "func.func"() <{function_type = (memref<?x?xf32>, tensor<?x?xf32>, index, index, f32, vector<4x8xi1>, vector<8x4xi1>, vector<4x8xf32>) -> (vector<4x8xf32>, vector<8x4xf32>, vector<8xf32>, tensor<?x?xf32>, vector<8x4xf32>), sym_name = "transfers"}> ({
// GENERIC-NEXT:   ^bb0(%arg4: memref<?x?xf32>, %arg5: tensor<?x?xf32>, %arg6: index, %arg7: index, %arg8: f32, %arg9: vector<4x8xi1>, %arg10: vector<8x4xi1>, %arg11: vector<4x8xf32>):
// GENERIC-NEXT:     %4 = "vector.transfer_read"(%arg4, %arg6, %arg7, %arg8) <{in_bounds = [false, false], operandSegmentSizes = array<i32: 1, 2, 1, 0>, permutation_map = #map}> : (memref<?x?xf32>, index, index, f32) -> vector<4x8xf32>
// GENERIC-NEXT:     %5 = "vector.transfer_read"(%arg4, %arg6, %arg7, %arg8) <{in_bounds = [true, false], operandSegmentSizes = array<i32: 1, 2, 1, 0>, permutation_map = #map1}> : (memref<?x?xf32>, index, index, f32) -> vector<8x4xf32>
// GENERIC-NEXT:     %6 = "vector.transfer_read"(%arg4, %arg6, %arg7, %arg8) <{in_bounds = [true], operandSegmentSizes = array<i32: 1, 2, 1, 0>, permutation_map = #map2}> : (memref<?x?xf32>, index, index, f32) -> vector<8xf32>
// GENERIC-NEXT:     %7 = "vector.transfer_read"(%arg4, %arg6, %arg7, %arg8, %arg9) <{in_bounds = [false, false], operandSegmentSizes = array<i32: 1, 2, 1, 1>, permutation_map = #map}> : (memref<?x?xf32>, index, index, f32, vector<4x8xi1>) -> vector<4x8xf32>
// GENERIC-NEXT:     %8 = "vector.transfer_read"(%arg5, %arg6, %arg7, %arg8, %arg9) <{in_bounds = [false, false], operandSegmentSizes = array<i32: 1, 2, 1, 1>, permutation_map = #map1}> : (tensor<?x?xf32>, index, index, f32, vector<4x8xi1>) -> vector<8x4xf32>
// GENERIC-NEXT:     "vector.transfer_write"(%arg11, %arg4, %arg6, %arg7) <{in_bounds = [false, false], operandSegmentSizes = array<i32: 1, 1, 2, 0>, permutation_map = #map}> : (vector<4x8xf32>, memref<?x?xf32>, index, index) -> ()
// GENERIC-NEXT:     "vector.transfer_write"(%arg11, %arg4, %arg6, %arg7, %arg9) <{in_bounds = [false, true], operandSegmentSizes = array<i32: 1, 1, 2, 1>, permutation_map = #map}> : (vector<4x8xf32>, memref<?x?xf32>, index, index, vector<4x8xi1>) -> ()
// GENERIC-NEXT:     "vector.transfer_write"(%5, %arg4, %arg6, %arg7) <{in_bounds = [false, false], operandSegmentSizes = array<i32: 1, 1, 2, 0>, permutation_map = #map1}> : (vector<8x4xf32>, memref<?x?xf32>, index, index) -> ()
// GENERIC-NEXT:     %9 = "vector.transfer_write"(%arg11, %arg5, %arg6, %arg7) <{in_bounds = [true, true], operandSegmentSizes = array<i32: 1, 1, 2, 0>, permutation_map = #map}> : (vector<4x8xf32>, tensor<?x?xf32>, index, index) -> tensor<?x?xf32>
// GENERIC-NEXT:     "func.return"(%4, %5, %6, %9, %8) : (vector<4x8xf32>, vector<8x4xf32>, vector<8xf32>, tensor<?x?xf32>, vector<8x4xf32>) -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-LABEL:  "func.func"() <{function_type = (vector<4xf32>, index) -> (f32, f32), sym_name = "generic"}> ({
// GENERIC-NEXT:   ^bb0(%arg2: vector<4xf32>, %arg3: index):
// GENERIC-NEXT:     %1 = "vector.reduction"(%arg2) <{fastmath = #arith.fastmath<none>, kind = #vector.kind<add>}> : (vector<4xf32>) -> f32
// GENERIC-NEXT:     %2 = "vector.extract"(%arg2, %arg3) <{static_position = array<i64: -9223372036854775808>}> : (vector<4xf32>, index) -> f32
// GENERIC-NEXT:     %3 = "vector.fma"(%arg2, %arg2, %arg2) {iterators = [#vector.iterator_type<parallel>, #vector.iterator_type<reduction>], kinds = [#vector.kind<and>, #vector.kind<minimumf>]} : (vector<4xf32>, vector<4xf32>, vector<4xf32>) -> vector<4xf32>
// GENERIC-NEXT:     "func.return"(%1, %2) : (f32, f32) -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-LABEL:  "func.func"() <{function_type = (memref<3xvector<2xf32>>, index) -> vector<2xf32>, sym_name = "memref_of_vectors"}> ({
// GENERIC-NEXT:   ^bb0(%arg0: memref<3xvector<2xf32>>, %arg1: index):
// GENERIC-NEXT:     %0 = "vector.load"(%arg0, %arg1) : (memref<3xvector<2xf32>>, index) -> vector<2xf32>
// GENERIC-NEXT:     "vector.store"(%0, %arg0, %arg1) : (vector<2xf32>, memref<3xvector<2xf32>>, index) -> ()
// GENERIC-NEXT:     "func.return"(%0) : (vector<2xf32>) -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-NEXT: }) : () -> ()
