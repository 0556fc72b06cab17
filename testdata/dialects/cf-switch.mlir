// cf.switch: with and without case values and block arguments, on several
// integer widths. The custom form lists one destination per line, the default
// first; case values print unsigned (-1 : i32 is 4294967295) and read back
// wrapped to the flag's width.
//
// RUN: opt-tool %s | FileCheck %s
// RUN: opt-tool %s --emit=generic | FileCheck %s --check-prefix=GENERIC
// RUN: opt-tool %s | opt-tool - | FileCheck %s
// RUN: opt-tool %s --emit=generic | opt-tool - | FileCheck %s

func.func @switch(%flag: i32, %a: f32, %b: f32) -> f32 {
  "cf.switch"(%flag, %a, %b, %a)[^bb3, ^bb1, ^bb2, ^bb3] <{case_operand_segments = array<i32: 0, 1, 1>, case_values = dense<[0, 1, -1]> : vector<3xi32>, operandSegmentSizes = array<i32: 1, 1, 2>}> : (i32, f32, f32, f32) -> ()
^bb1:
  cf.br ^bb3(%a : f32)
^bb2(%x: f32):
  cf.br ^bb3(%x : f32)
^bb3(%r: f32):
  return %r : f32
}

func.func @default_only(%flag: i64) {
  "cf.switch"(%flag)[^bb1] <{case_operand_segments = array<i32>, operandSegmentSizes = array<i32: 1, 0, 0>}> {tag} : (i64) -> ()
^bb1:
  return
}

func.func @i1_flag(%flag: i1, %a: index) -> index {
  "cf.switch"(%flag, %a)[^bb1, ^bb2] <{case_operand_segments = array<i32: 1>, case_values = dense<true> : vector<1xi1>, operandSegmentSizes = array<i32: 1, 0, 1>}> : (i1, index) -> ()
^bb1:
  return %a : index
^bb2(%y: index):
  return %y : index
}

// CHECK:      module {
// CHECK-LABEL:  func.func @switch(%arg0: i32, %arg1: f32, %arg2: f32) -> f32 {
// CHECK-NEXT:     cf.switch %arg0 : i32, [
// CHECK-NEXT:       default: ^bb3(%arg1 : f32),
// CHECK-NEXT:       0: ^bb1,
// CHECK-NEXT:       1: ^bb2(%arg2 : f32),
// CHECK-NEXT:       4294967295: ^bb3(%arg1 : f32)
// CHECK-NEXT:     ]
// CHECK-NEXT:   ^bb1:  // pred: ^bb0
// CHECK-NEXT:     cf.br ^bb3(%arg1 : f32)
// CHECK-NEXT:   ^bb2(%0: f32):  // pred: ^bb0
// CHECK-NEXT:     cf.br ^bb3(%0 : f32)
// CHECK-NEXT:   ^bb3(%1: f32):  // 4 preds: ^bb0, ^bb0, ^bb1, ^bb2
// CHECK-NEXT:     return %1 : f32
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @default_only(%arg0: i64) {
// CHECK-NEXT:     cf.switch %arg0 : i64, [
// CHECK-NEXT:       default: ^bb1] {tag}
// CHECK-NEXT:   ^bb1:  // pred: ^bb0
// CHECK-NEXT:     return
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @i1_flag(%arg0: i1, %arg1: index) -> index {
// CHECK-NEXT:     cf.switch %arg0 : i1, [
// CHECK-NEXT:       default: ^bb1,
// CHECK-NEXT:       1: ^bb2(%arg1 : index)
// CHECK-NEXT:     ]
// CHECK-NEXT:   ^bb1:  // pred: ^bb0
// CHECK-NEXT:     return %arg1 : index
// CHECK-NEXT:   ^bb2(%0: index):  // pred: ^bb0
// CHECK-NEXT:     return %0 : index
// CHECK-NEXT:   }
// CHECK-NEXT: }

// GENERIC:      "builtin.module"() ({
// GENERIC-LABEL:  "func.func"() <{function_type = (i32, f32, f32) -> f32, sym_name = "switch"}> ({
// GENERIC-NEXT:   ^bb0(%arg3: i32, %arg4: f32, %arg5: f32):
// GENERIC-NEXT:     "cf.switch"(%arg3, %arg4, %arg5, %arg4)[^bb3, ^bb1, ^bb2, ^bb3] <{case_operand_segments = array<i32: 0, 1, 1>, case_values = dense<[0, 1, -1]> : vector<3xi32>, operandSegmentSizes = array<i32: 1, 1, 2>}> : (i32, f32, f32, f32) -> ()
// GENERIC-NEXT:   ^bb1:  // pred: ^bb0
// GENERIC-NEXT:     "cf.br"(%arg4)[^bb3] : (f32) -> ()
// GENERIC-NEXT:   ^bb2(%1: f32):  // pred: ^bb0
// GENERIC-NEXT:     "cf.br"(%1)[^bb3] : (f32) -> ()
// GENERIC-NEXT:   ^bb3(%2: f32):  // 4 preds: ^bb0, ^bb0, ^bb1, ^bb2
// GENERIC-NEXT:     "func.return"(%2) : (f32) -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-LABEL:  "func.func"() <{function_type = (i64) -> (), sym_name = "default_only"}> ({
// GENERIC-NEXT:   ^bb0(%arg2: i64):
// GENERIC-NEXT:     "cf.switch"(%arg2)[^bb1] <{case_operand_segments = array<i32>, operandSegmentSizes = array<i32: 1, 0, 0>}> {tag} : (i64) -> ()
// GENERIC-NEXT:   ^bb1:  // pred: ^bb0
// GENERIC-NEXT:     "func.return"() : () -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-LABEL:  "func.func"() <{function_type = (i1, index) -> index, sym_name = "i1_flag"}> ({
// GENERIC-NEXT:   ^bb0(%arg0: i1, %arg1: index):
// GENERIC-NEXT:     "cf.switch"(%arg0, %arg1)[^bb1, ^bb2] <{case_operand_segments = array<i32: 1>, case_values = dense<true> : vector<1xi1>, operandSegmentSizes = array<i32: 1, 0, 1>}> : (i1, index) -> ()
// GENERIC-NEXT:   ^bb1:  // pred: ^bb0
// GENERIC-NEXT:     "func.return"(%arg1) : (index) -> ()
// GENERIC-NEXT:   ^bb2(%0: index):  // pred: ^bb0
// GENERIC-NEXT:     "func.return"(%0) : (index) -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-NEXT: }) : () -> ()
