// vector: transfer_read/write with permutation maps, contract with indexing
// maps and iterator types, scalable vectors, reductions, shape_cast, extract,
// shuffle.
//
// Written in the generic form exactly as `mlir-opt --mlir-print-op-generic
// --allow-unregistered-dialect` prints it with opt-tool's dialects registered
// (vector included; vector.contract, shape_cast and shuffle are not registered
// in opt-tool and stay generic, as do their maps: mlir-opt registers them, so
// body and checks are opt-tool's output, checked equal to mlir-opt's but for
// those three ops): affine maps of the registered transfer ops get `#map`
// aliases, those inside the properties `<{...}>` of an unregistered op stay
// inline. opt-tool's --emit=generic output must reproduce this file's body
// byte for byte (RUN lines 1 and 4; blank lines and `//` lines are ignored).
//
// RUN: opt-tool %s --allow-unregistered-dialect --emit=generic | grep -v '^$' | diff -u <(grep -v -e '^//' -e '^$' %s) -
// RUN: opt-tool %s --allow-unregistered-dialect | FileCheck %s
// RUN: opt-tool %s --allow-unregistered-dialect | opt-tool --allow-unregistered-dialect - | FileCheck %s
// RUN: opt-tool %s --allow-unregistered-dialect | opt-tool --allow-unregistered-dialect --emit=generic - | grep -v '^$' | diff -u <(grep -v -e '^//' -e '^$' %s) -

#map = affine_map<(d0, d1) -> (d0, d1)>
#map1 = affine_map<(d0, d1) -> (d1, d0)>
"builtin.module"() ({
  "func.func"() <{function_type = (memref<?x?xf32>, index, index) -> vector<4x8xf32>, sym_name = "transfer"}> ({
  ^bb0(%arg6: memref<?x?xf32>, %arg7: index, %arg8: index):
    %8 = "arith.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
    %9 = "vector.transfer_read"(%arg6, %arg7, %arg8, %8) <{in_bounds = [true, false], operandSegmentSizes = array<i32: 1, 2, 1, 0>, permutation_map = #map}> : (memref<?x?xf32>, index, index, f32) -> vector<4x8xf32>
    %10 = "vector.transfer_read"(%arg6, %arg7, %arg8, %8) <{in_bounds = [false, false], operandSegmentSizes = array<i32: 1, 2, 1, 0>, permutation_map = #map1}> : (memref<?x?xf32>, index, index, f32) -> vector<8x4xf32>
    "vector.transfer_write"(%10, %arg6, %arg8, %arg7) <{in_bounds = [false, false], operandSegmentSizes = array<i32: 1, 1, 2, 0>, permutation_map = #map}> : (vector<8x4xf32>, memref<?x?xf32>, index, index) -> ()
    "func.return"(%9) : (vector<4x8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (vector<4x8xf32>, vector<8x16xf32>, vector<4x16xf32>) -> vector<4x16xf32>, sym_name = "contract"}> ({
  ^bb0(%arg3: vector<4x8xf32>, %arg4: vector<8x16xf32>, %arg5: vector<4x16xf32>):
    %7 = "vector.contract"(%arg3, %arg4, %arg5) <{indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>, affine_map<(d0, d1, d2) -> (d2, d1)>, affine_map<(d0, d1, d2) -> (d0, d1)>], iterator_types = [#vector.iterator_type<parallel>, #vector.iterator_type<parallel>, #vector.iterator_type<reduction>], kind = #vector.kind<add>}> : (vector<4x8xf32>, vector<8x16xf32>, vector<4x16xf32>) -> vector<4x16xf32>
    "func.return"(%7) : (vector<4x16xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (vector<[4]xf32>, f32, vector<16xi32>) -> (vector<[4]xf32>, i32, vector<4x[8]xf32>), sym_name = "elementwise"}> ({
  ^bb0(%arg0: vector<[4]xf32>, %arg1: f32, %arg2: vector<16xi32>):
    %0 = "vector.broadcast"(%arg1) : (f32) -> vector<[4]xf32>
    %1 = "vector.fma"(%arg0, %0, %arg0) : (vector<[4]xf32>, vector<[4]xf32>, vector<[4]xf32>) -> vector<[4]xf32>
    %2 = "vector.reduction"(%arg2) <{fastmath = #arith.fastmath<none>, kind = #vector.kind<add>}> : (vector<16xi32>) -> i32
    %3 = "arith.constant"() <{value = dense<0.000000e+00> : vector<4x[8]xf32>}> : () -> vector<4x[8]xf32>
    %4 = "vector.shape_cast"(%arg2) : (vector<16xi32>) -> vector<4x4xi32>
    %5 = "vector.extract"(%4) <{static_position = array<i64: 1>}> : (vector<4x4xi32>) -> vector<4xi32>
    %6 = "vector.shuffle"(%5, %5) <{mask = array<i64: 0, 4, 1, 5>}> : (vector<4xi32>, vector<4xi32>) -> vector<4xi32>
    "func.return"(%1, %2, %3) : (vector<[4]xf32>, i32, vector<4x[8]xf32>) -> ()
  }) : () -> ()
}) : () -> ()

// CHECK:      #map = affine_map<(d0, d1) -> (d1, d0)>
// CHECK-NEXT: module {
// CHECK-LABEL:  func.func @transfer(%arg0: memref<?x?xf32>, %arg1: index, %arg2: index) -> vector<4x8xf32> {
// CHECK-NEXT:     %cst = arith.constant 0.000000e+00 : f32
// CHECK-NEXT:     %0 = vector.transfer_read %arg0[%arg1, %arg2], %cst {in_bounds = [true, false]} : memref<?x?xf32>, vector<4x8xf32>
// CHECK-NEXT:     %1 = vector.transfer_read %arg0[%arg1, %arg2], %cst {permutation_map = #map} : memref<?x?xf32>, vector<8x4xf32>
// CHECK-NEXT:     vector.transfer_write %1, %arg0[%arg2, %arg1] : vector<8x4xf32>, memref<?x?xf32>
// CHECK-NEXT:     return %0 : vector<4x8xf32>
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @contract(%arg0: vector<4x8xf32>, %arg1: vector<8x16xf32>, %arg2: vector<4x16xf32>) -> vector<4x16xf32> {
// CHECK-NEXT:     %0 = "vector.contract"(%arg0, %arg1, %arg2) <{indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>, affine_map<(d0, d1, d2) -> (d2, d1)>, affine_map<(d0, d1, d2) -> (d0, d1)>], iterator_types = [#vector.iterator_type<parallel>, #vector.iterator_type<parallel>, #vector.iterator_type<reduction>], kind = #vector.kind<add>}> : (vector<4x8xf32>, vector<8x16xf32>, vector<4x16xf32>) -> vector<4x16xf32>
// CHECK-NEXT:     return %0 : vector<4x16xf32>
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @elementwise(%arg0: vector<[4]xf32>, %arg1: f32, %arg2: vector<16xi32>) -> (vector<[4]xf32>, i32, vector<4x[8]xf32>) {
// CHECK-NEXT:     %0 = vector.broadcast %arg1 : f32 to vector<[4]xf32>
// CHECK-NEXT:     %1 = vector.fma %arg0, %0, %arg0 : vector<[4]xf32>
// CHECK-NEXT:     %2 = vector.reduction <add>, %arg2 : vector<16xi32> into i32
// CHECK-NEXT:     %cst = arith.constant dense<0.000000e+00> : vector<4x[8]xf32>
// CHECK-NEXT:     %3 = "vector.shape_cast"(%arg2) : (vector<16xi32>) -> vector<4x4xi32>
// CHECK-NEXT:     %4 = vector.extract %3[1] : vector<4xi32> from vector<4x4xi32>
// CHECK-NEXT:     %5 = "vector.shuffle"(%4, %4) <{mask = array<i64: 0, 4, 1, 5>}> : (vector<4xi32>, vector<4xi32>) -> vector<4xi32>
// CHECK-NEXT:     return %1, %2, %cst : vector<[4]xf32>, i32, vector<4x[8]xf32>
// CHECK-NEXT:   }
// CHECK-NEXT: }
