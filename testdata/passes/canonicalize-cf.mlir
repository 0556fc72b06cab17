// cf: constant conditions and flags, identical destinations (with selects for
// differing operands), branches to a block with a single predecessor (merged),
// branches through blocks that only branch on (skipped), asserts that always
// hold, and indirect calls of a known function (func.call_indirect of
// func.constant).
//
// RUN: opt-tool %s --pass=canonicalize | FileCheck %s

func.func @const_true(%a: i32, %b: i32) -> i32 {
  %t = arith.constant true
  cf.cond_br %t, ^bb1(%a : i32), ^bb2(%b : i32)
^bb1(%x: i32):
  cf.br ^bb2(%x : i32)
^bb2(%y: i32):
  return %y : i32
}

func.func @const_false(%a: i32, %b: i32) -> i32 {
  %f = arith.constant false
  cf.cond_br %f, ^bb2(%a : i32), ^bb1
^bb1:
  cf.br ^bb2(%b : i32)
^bb2(%y: i32):
  return %y : i32
}

func.func @same_dest(%c: i1, %a: i32) -> i32 {
  cf.cond_br %c, ^bb1(%a : i32), ^bb1(%a : i32)
^bb1(%x: i32):
  return %x : i32
}

func.func @merge(%a: i32) -> i32 {
  cf.br ^bb1
^bb1:
  %0 = arith.addi %a, %a : i32
  cf.br ^bb2(%0 : i32)
^bb2(%x: i32):
  return %x : i32
}

func.func @not_merged_two_preds(%c: i1, %a: i32, %b: i32) -> i32 {
  cf.cond_br %c, ^bb1(%a : i32), ^bb2
^bb2:
  %0 = arith.muli %b, %b : i32
  cf.br ^bb1(%0 : i32)
^bb1(%x: i32):
  return %x : i32
}

func.func @assert_true() {
  %t = arith.constant true
  cf.assert %t, "never"
  return
}

func.func @assert_kept(%c: i1) {
  cf.assert %c, "maybe"
  return
}

func.func @switch_default_only(%f: i32, %a: i32) -> i32 {
  "cf.switch"(%f, %a)[^bb1] <{case_operand_segments = array<i32>, operandSegmentSizes = array<i32: 1, 1, 0>}> : (i32, i32) -> ()
^bb1(%x: i32):
  return %x : i32
}

func.func @switch_const(%a: i32, %b: i32) -> i32 {
  %c = arith.constant 1 : i32
  "cf.switch"(%c, %a, %b, %a)[^bb1, ^bb2, ^bb1] <{case_operand_segments = array<i32: 1, 1>, case_values = dense<[1, 2]> : vector<2xi32>, operandSegmentSizes = array<i32: 1, 1, 2>}> : (i32, i32, i32, i32) -> ()
^bb1(%x: i32):
  return %x : i32
^bb2(%y: i32):
  return %y : i32
}

func.func private @callee(i32) -> i32

func.func @indirect_call_of_constant(%a: i32) -> i32 {
  %f = func.constant @callee : (i32) -> i32
  %0 = func.call_indirect %f(%a) : (i32) -> i32
  return %0 : i32
}

func.func @pass_through_to_select(%c: i1, %a: i32, %b: i32) -> i32 {
  cf.cond_br %c, ^bb1(%a : i32), ^bb2
^bb2:
  cf.br ^bb1(%b : i32)
^bb1(%x: i32):
  return %x : i32
}

func.func @select_args(%c: i1, %a: i32, %b: i32, %d: f32) -> (i32, f32) {
  cf.cond_br %c, ^bb1(%a, %d : i32, f32), ^bb1(%b, %d : i32, f32)
^bb1(%x: i32, %y: f32):
  return %x, %y : i32, f32
}

func.func @pass_through_br(%c: i1, %a: i32) -> i32 {
  cf.cond_br %c, ^bb1(%a : i32), ^bb3
^bb1(%x: i32):
  cf.br ^bb2(%x, %a : i32, i32)
^bb3:
  cf.br ^bb2(%a, %a : i32, i32)
^bb2(%y: i32, %z: i32):
  %s = arith.addi %y, %z : i32
  return %s : i32
}

func.func @infinite_loop_kept() {
  cf.br ^bb1
^bb1:
  cf.br ^bb1
}

func.func @chain(%c: i1, %a: i32, %b: i32) -> i32 {
  cf.cond_br %c, ^bb1, ^bb2
^bb1:
  cf.br ^bb3(%a : i32)
^bb2:
  cf.br ^bb4(%b : i32)
^bb3(%x: i32):
  cf.br ^bb4(%x : i32)
^bb4(%y: i32):
  %0 = arith.muli %y, %y : i32
  return %0 : i32
}

// CHECK:      module {
// CHECK-LABEL:  func.func @const_true(%arg0: i32, %arg1: i32) -> i32 {
// CHECK-NEXT:     return %arg0 : i32
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @const_false(%arg0: i32, %arg1: i32) -> i32 {
// CHECK-NEXT:     return %arg1 : i32
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @same_dest(%arg0: i1, %arg1: i32) -> i32 {
// CHECK-NEXT:     return %arg1 : i32
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @merge(%arg0: i32) -> i32 {
// CHECK-NEXT:     %0 = arith.addi %arg0, %arg0 : i32
// CHECK-NEXT:     return %0 : i32
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @not_merged_two_preds(%arg0: i1, %arg1: i32, %arg2: i32) -> i32 {
// CHECK-NEXT:     cf.cond_br %arg0, ^bb2(%arg1 : i32), ^bb1
// CHECK-NEXT:   ^bb1:  // pred: ^bb0
// CHECK-NEXT:     %0 = arith.muli %arg2, %arg2 : i32
// CHECK-NEXT:     cf.br ^bb2(%0 : i32)
// CHECK-NEXT:   ^bb2(%1: i32):  // 2 preds: ^bb0, ^bb1
// CHECK-NEXT:     return %1 : i32
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @assert_true() {
// CHECK-NEXT:     return
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @assert_kept(%arg0: i1) {
// CHECK-NEXT:     cf.assert %arg0, "maybe"
// CHECK-NEXT:     return
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @switch_default_only(%arg0: i32, %arg1: i32) -> i32 {
// CHECK-NEXT:     return %arg1 : i32
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @switch_const(%arg0: i32, %arg1: i32) -> i32 {
// CHECK-NEXT:     return %arg1 : i32
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func private @callee(i32) -> i32
// CHECK-LABEL:  func.func @indirect_call_of_constant(%arg0: i32) -> i32 {
// CHECK-NEXT:     %0 = call @callee(%arg0) : (i32) -> i32
// CHECK-NEXT:     return %0 : i32
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @pass_through_to_select(%arg0: i1, %arg1: i32, %arg2: i32) -> i32 {
// CHECK-NEXT:     %0 = arith.select %arg0, %arg1, %arg2 : i32
// CHECK-NEXT:     return %0 : i32
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @select_args(%arg0: i1, %arg1: i32, %arg2: i32, %arg3: f32) -> (i32, f32) {
// CHECK-NEXT:     %0 = arith.select %arg0, %arg1, %arg2 : i32
// CHECK-NEXT:     return %0, %arg3 : i32, f32
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @pass_through_br(%arg0: i1, %arg1: i32) -> i32 {
// CHECK-NEXT:     %0 = arith.addi %arg1, %arg1 : i32
// CHECK-NEXT:     return %0 : i32
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @infinite_loop_kept() {
// CHECK-NEXT:     cf.br ^bb1
// CHECK-NEXT:   ^bb1:  // 2 preds: ^bb0, ^bb1
// CHECK-NEXT:     cf.br ^bb1
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @chain(%arg0: i1, %arg1: i32, %arg2: i32) -> i32 {
// CHECK-NEXT:     %0 = arith.select %arg0, %arg1, %arg2 : i32
// CHECK-NEXT:     %1 = arith.muli %0, %0 : i32
// CHECK-NEXT:     return %1 : i32
// CHECK-NEXT:   }
// CHECK-NEXT: }
