// func: func.constant and func.call_indirect (func.func, func.return and
// func.call are covered by roundtrip/func*.mlir), inside and outside a
// func.func (where the `func.` prefix is elided), with and without results
// and attributes.
//
// RUN: opt-tool %s | FileCheck %s
// RUN: opt-tool %s --emit=generic | FileCheck %s --check-prefix=GENERIC
// RUN: opt-tool %s | opt-tool - | FileCheck %s
// RUN: opt-tool %s --emit=generic | opt-tool - | FileCheck %s

func.func private @unary(i32) -> i32
func.func private @nothing()
func.func private @pair(f32, i1) -> (f32, i1)

func.func @constants_and_indirect_calls(%a: i32, %g: (i32) -> i32, %x: f32, %c: i1) -> (i32, f32, i1) {
  %f = func.constant @unary : (i32) -> i32
  %0 = func.call_indirect %f(%a) : (i32) -> i32
  %1 = call_indirect %g(%0) {tag = "x"} : (i32) -> i32
  %n = constant @nothing : () -> ()
  func.call_indirect %n() : () -> ()
  %p = func.constant {note} @pair : (f32, i1) -> (f32, i1)
  %2:2 = func.call_indirect %p(%x, %c) : (f32, i1) -> (f32, i1)
  return %1, %2#0, %2#1 : i32, f32, i1
}

func.func @returns_function() -> ((i32) -> i32) {
  %f = func.constant @unary : (i32) -> i32
  return %f : (i32) -> i32
}

// CHECK:      module {
// CHECK-LABEL:  func.func private @unary(i32) -> i32
// CHECK-LABEL:  func.func private @nothing()
// CHECK-LABEL:  func.func private @pair(f32, i1) -> (f32, i1)
// CHECK-LABEL:  func.func @constants_and_indirect_calls(%arg0: i32, %arg1: (i32) -> i32, %arg2: f32, %arg3: i1) -> (i32, f32, i1) {
// CHECK-NEXT:     %f = constant @unary : (i32) -> i32
// CHECK-NEXT:     %0 = call_indirect %f(%arg0) : (i32) -> i32
// CHECK-NEXT:     %1 = call_indirect %arg1(%0) {tag = "x"} : (i32) -> i32
// CHECK-NEXT:     %f_0 = constant @nothing : () -> ()
// CHECK-NEXT:     call_indirect %f_0() : () -> ()
// CHECK-NEXT:     %f_1 = constant {note} @pair : (f32, i1) -> (f32, i1)
// CHECK-NEXT:     %2:2 = call_indirect %f_1(%arg2, %arg3) : (f32, i1) -> (f32, i1)
// CHECK-NEXT:     return %1, %2#0, %2#1 : i32, f32, i1
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @returns_function() -> ((i32) -> i32) {
// CHECK-NEXT:     %f = constant @unary : (i32) -> i32
// CHECK-NEXT:     return %f : (i32) -> i32
// CHECK-NEXT:   }
// CHECK-NEXT: }

// GENERIC:      "builtin.module"() ({
// GENERIC-LABEL:  "func.func"() <{function_type = (i32) -> i32, sym_name = "unary", sym_visibility = "private"}> ({
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-LABEL:  "func.func"() <{function_type = () -> (), sym_name = "nothing", sym_visibility = "private"}> ({
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-LABEL:  "func.func"() <{function_type = (f32, i1) -> (f32, i1), sym_name = "pair", sym_visibility = "private"}> ({
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-LABEL:  "func.func"() <{function_type = (i32, (i32) -> i32, f32, i1) -> (i32, f32, i1), sym_name = "constants_and_indirect_calls"}> ({
// GENERIC-NEXT:   ^bb0(%arg0: i32, %arg1: (i32) -> i32, %arg2: f32, %arg3: i1):
// GENERIC-NEXT:     %1 = "func.constant"() <{value = @unary}> : () -> ((i32) -> i32)
// GENERIC-NEXT:     %2 = "func.call_indirect"(%1, %arg0) : ((i32) -> i32, i32) -> i32
// GENERIC-NEXT:     %3 = "func.call_indirect"(%arg1, %2) {tag = "x"} : ((i32) -> i32, i32) -> i32
// GENERIC-NEXT:     %4 = "func.constant"() <{value = @nothing}> : () -> (() -> ())
// GENERIC-NEXT:     "func.call_indirect"(%4) : (() -> ()) -> ()
// GENERIC-NEXT:     %5 = "func.constant"() <{value = @pair}> {note} : () -> ((f32, i1) -> (f32, i1))
// GENERIC-NEXT:     %6:2 = "func.call_indirect"(%5, %arg2, %arg3) : ((f32, i1) -> (f32, i1), f32, i1) -> (f32, i1)
// GENERIC-NEXT:     "func.return"(%3, %6#0, %6#1) : (i32, f32, i1) -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-LABEL:  "func.func"() <{function_type = () -> ((i32) -> i32), sym_name = "returns_function"}> ({
// GENERIC-NEXT:     %0 = "func.constant"() <{value = @unary}> : () -> ((i32) -> i32)
// GENERIC-NEXT:     "func.return"(%0) : ((i32) -> i32) -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-NEXT: }) : () -> ()
