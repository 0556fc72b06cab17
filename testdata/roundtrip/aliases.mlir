// Attribute and type alias definitions at the top of the file. mlir-opt does
// not keep the user's aliases: it inlines them and makes its own, `#map`,
// `#map1`, ... for affine maps and `#set`, `#set1`, ... for integer sets,
// numbered in the order the printer first meets them (nested regions first,
// then operand types, result types, and attributes in name order). Type aliases
// and aliases of other attributes are inlined.
//
// RUN: opt-tool %s --allow-unregistered-dialect | FileCheck %s
// RUN: opt-tool %s --allow-unregistered-dialect --emit=generic | FileCheck %s --check-prefix=GENERIC
// RUN: opt-tool %s --allow-unregistered-dialect | opt-tool --allow-unregistered-dialect - | FileCheck %s
// RUN: opt-tool %s --allow-unregistered-dialect --emit=generic | opt-tool --allow-unregistered-dialect - | FileCheck %s

#transpose = affine_map<(d0, d1) -> (d1, d0)>
#plus_one = affine_map<(d0) -> (d0 + 1)>
#plus_two = affine_map<(d0) -> (d0 + 2)>
#positive = affine_set<(d0) : (d0 >= 0)>
#dict = {x = 1 : i32}
#str = "a string"
#dialect_attr = #foo.attr<1>
#alias_of_alias = [#transpose, #str]
!f = f32
!tensor = tensor<4x8x!f>
!long = tuple<tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>, memref<4xf32, #plus_two>>
!dialect_type = !foo.some<type>

func.func @uses(%arg0: !tensor, %arg1: memref<4x4xf32, #transpose>) -> !dialect_type {
  %0 = "foo.op"(%arg0) {z = #plus_two, y = #plus_one, w = #positive, v = #dict, u = #str, k = #dialect_attr, a = #alias_of_alias} : (!tensor) -> !dialect_type
  %1 = "foo.long"() : () -> !long
  return %0 : !dialect_type
}

func.func @order() {
  "foo.region"() ({
    %0 = "foo.inner"() {m = affine_map<(d0) -> (d0 + 7)>} : () -> memref<4xf32, affine_map<(d0) -> (d0 + 6)>>
    "foo.yield"() : () -> ()
  }) {m = affine_map<(d0) -> (d0 + 5)>} : () -> memref<4xf32, affine_map<(d0) -> (d0 + 4)>>
  %1 = "foo.after"() {m = #plus_one} : () -> memref<4xf32, affine_map<(d0) -> (d0 + 3)>>
  return
}

// CHECK:      #map = affine_map<(d0, d1) -> (d1, d0)>
// CHECK-NEXT: #map1 = affine_map<(d0) -> (d0 + 1)>
// CHECK-NEXT: #map2 = affine_map<(d0) -> (d0 + 2)>
// CHECK-NEXT: #map3 = affine_map<(d0) -> (d0 + 6)>
// CHECK-NEXT: #map4 = affine_map<(d0) -> (d0 + 7)>
// CHECK-NEXT: #map5 = affine_map<(d0) -> (d0 + 4)>
// CHECK-NEXT: #map6 = affine_map<(d0) -> (d0 + 5)>
// CHECK-NEXT: #map7 = affine_map<(d0) -> (d0 + 3)>
// CHECK-NEXT: #set = affine_set<(d0) : (d0 >= 0)>
// CHECK-NEXT: module {
// CHECK-LABEL:  func.func @uses(%arg0: tensor<4x8xf32>, %arg1: memref<4x4xf32, #map>) -> !foo.some<type> {
// CHECK-NEXT:     %0 = "foo.op"(%arg0) {a = [#map, "a string"], k = #foo.attr<1>, u = "a string", v = {x = 1 : i32}, w = #set, y = #map1, z = #map2} : (tensor<4x8xf32>) -> !foo.some<type>
// CHECK-NEXT:     %1 = "foo.long"() : () -> tuple<tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>, memref<4xf32, #map2>>
// CHECK-NEXT:     return %0 : !foo.some<type>
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @order() {
// CHECK-NEXT:     %0 = "foo.region"() ({
// CHECK-NEXT:       %2 = "foo.inner"() {m = #map4} : () -> memref<4xf32, #map3>
// CHECK-NEXT:       "foo.yield"() : () -> ()
// CHECK-NEXT:     }) {m = #map6} : () -> memref<4xf32, #map5>
// CHECK-NEXT:     %1 = "foo.after"() {m = #map1} : () -> memref<4xf32, #map7>
// CHECK-NEXT:     return
// CHECK-NEXT:   }
// CHECK-NEXT: }

// GENERIC:      #map = affine_map<(d0, d1) -> (d1, d0)>
// GENERIC-NEXT: #map1 = affine_map<(d0) -> (d0 + 1)>
// GENERIC-NEXT: #map2 = affine_map<(d0) -> (d0 + 2)>
// GENERIC-NEXT: #map3 = affine_map<(d0) -> (d0 + 6)>
// GENERIC-NEXT: #map4 = affine_map<(d0) -> (d0 + 7)>
// GENERIC-NEXT: #map5 = affine_map<(d0) -> (d0 + 4)>
// GENERIC-NEXT: #map6 = affine_map<(d0) -> (d0 + 5)>
// GENERIC-NEXT: #map7 = affine_map<(d0) -> (d0 + 3)>
// GENERIC-NEXT: #set = affine_set<(d0) : (d0 >= 0)>
// GENERIC-NEXT: "builtin.module"() ({
// GENERIC-LABEL:  "func.func"() <{function_type = (tensor<4x8xf32>, memref<4x4xf32, #map>) -> !foo.some<type>, sym_name = "uses"}> ({
// GENERIC-NEXT:   ^bb0(%arg0: tensor<4x8xf32>, %arg1: memref<4x4xf32, #map>):
// GENERIC-NEXT:     %3 = "foo.op"(%arg0) {a = [#map, "a string"], k = #foo.attr<1>, u = "a string", v = {x = 1 : i32}, w = #set, y = #map1, z = #map2} : (tensor<4x8xf32>) -> !foo.some<type>
// GENERIC-NEXT:     %4 = "foo.long"() : () -> tuple<tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>, memref<4xf32, #map2>>
// GENERIC-NEXT:     "func.return"(%3) : (!foo.some<type>) -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-LABEL:  "func.func"() <{function_type = () -> (), sym_name = "order"}> ({
// GENERIC-NEXT:     %0 = "foo.region"() ({
// GENERIC-NEXT:       %2 = "foo.inner"() {m = #map4} : () -> memref<4xf32, #map3>
// GENERIC-NEXT:       "foo.yield"() : () -> ()
// GENERIC-NEXT:     }) {m = #map6} : () -> memref<4xf32, #map5>
// GENERIC-NEXT:     %1 = "foo.after"() {m = #map1} : () -> memref<4xf32, #map7>
// GENERIC-NEXT:     "func.return"() : () -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-NEXT: }) : () -> ()
