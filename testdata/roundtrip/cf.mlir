// cf.br and cf.cond_br in their custom forms: block arguments, predecessor
// comments (`// pred: ^bb0`, `// 2 preds: ^bb0, ^bb1`), block renumbering in
// textual order, and the `operandSegmentSizes` property of cf.cond_br in the
// generic form.
//
// RUN: opt-tool %s | FileCheck %s
// RUN: opt-tool %s --emit=generic | FileCheck %s --check-prefix=GENERIC
// RUN: opt-tool %s | opt-tool - | FileCheck %s
// RUN: opt-tool %s --emit=generic | opt-tool - | FileCheck %s

func.func private @cond() -> i1
func.func private @value() -> i32

func.func @br_no_args() {
  cf.br ^exit
^exit:
  return
}

func.func @br_with_args(%a: i32, %b: f32) -> (i32, f32) {
  cf.br ^next(%a, %b : i32, f32)
^next(%x: i32, %y: f32):
  return %x, %y : i32, f32
}

func.func @cond_br_plain(%c: i1) {
  cf.cond_br %c, ^then, ^else
^then:
  cf.br ^merge
^else:
  cf.br ^merge
^merge:
  return
}

func.func @cond_br_args(%c: i1, %a: i32, %b: i32) -> i32 {
  cf.cond_br %c, ^left(%a : i32), ^right(%a, %b : i32, i32)
^left(%l: i32):
  cf.br ^join(%l : i32)
^right(%r1: i32, %r2: i32):
  cf.br ^join(%r2 : i32)
^join(%j: i32):
  return %j : i32
}

func.func @cond_br_only_false_args(%c: i1, %a: i32) -> i32 {
  cf.cond_br %c, ^t, ^f(%a : i32)
^t:
  return %a : i32
^f(%v: i32):
  return %v : i32
}

func.func @same_successor_twice(%c: i1, %a: i32, %b: i32) -> i32 {
  cf.cond_br %c, ^bb1(%a : i32), ^bb1(%b : i32)
^bb1(%v: i32):
  return %v : i32
}

func.func @loop() -> i32 {
  %init = call @value() : () -> i32
  cf.br ^header(%init : i32)
^header(%i: i32):
  %c = call @cond() : () -> i1
  cf.cond_br %c, ^body, ^exit
^body:
  %next = call @value() : () -> i32
  cf.br ^header(%next : i32)
^exit:
  return %i : i32
}

func.func @self_loop() {
  cf.br ^spin
^spin:
  cf.br ^spin
}

func.func @unreachable_block() {
  return
^dead:
  cf.br ^dead2
^dead2:
  return
}

func.func @three_preds(%c: i1, %d: i1) {
  cf.cond_br %c, ^a, ^b
^a:
  cf.cond_br %d, ^b, ^exit
^b:
  cf.br ^exit
^exit:
  return
}

func.func @many_preds(%c: i1, %d: i1, %v: i32) -> i32 {
  cf.cond_br %c, ^exit(%v : i32), ^other
^other:
  cf.cond_br %d, ^exit(%v : i32), ^last
^last:
  cf.br ^exit(%v : i32)
^exit(%r: i32):
  return %r : i32
}

// CHECK:      module {
// CHECK-LABEL:  func.func private @cond() -> i1
// CHECK-LABEL:  func.func private @value() -> i32
// CHECK-LABEL:  func.func @br_no_args() {
// CHECK-NEXT:     cf.br ^bb1
// CHECK-NEXT:   ^bb1:  // pred: ^bb0
// CHECK-NEXT:     return
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @br_with_args(%arg0: i32, %arg1: f32) -> (i32, f32) {
// CHECK-NEXT:     cf.br ^bb1(%arg0, %arg1 : i32, f32)
// CHECK-NEXT:   ^bb1(%0: i32, %1: f32):  // pred: ^bb0
// CHECK-NEXT:     return %0, %1 : i32, f32
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @cond_br_plain(%arg0: i1) {
// CHECK-NEXT:     cf.cond_br %arg0, ^bb1, ^bb2
// CHECK-NEXT:   ^bb1:  // pred: ^bb0
// CHECK-NEXT:     cf.br ^bb3
// CHECK-NEXT:   ^bb2:  // pred: ^bb0
// CHECK-NEXT:     cf.br ^bb3
// CHECK-NEXT:   ^bb3:  // 2 preds: ^bb1, ^bb2
// CHECK-NEXT:     return
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @cond_br_args(%arg0: i1, %arg1: i32, %arg2: i32) -> i32 {
// CHECK-NEXT:     cf.cond_br %arg0, ^bb1(%arg1 : i32), ^bb2(%arg1, %arg2 : i32, i32)
// CHECK-NEXT:   ^bb1(%0: i32):  // pred: ^bb0
// CHECK-NEXT:     cf.br ^bb3(%0 : i32)
// CHECK-NEXT:   ^bb2(%1: i32, %2: i32):  // pred: ^bb0
// CHECK-NEXT:     cf.br ^bb3(%2 : i32)
// CHECK-NEXT:   ^bb3(%3: i32):  // 2 preds: ^bb1, ^bb2
// CHECK-NEXT:     return %3 : i32
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @cond_br_only_false_args(%arg0: i1, %arg1: i32) -> i32 {
// CHECK-NEXT:     cf.cond_br %arg0, ^bb1, ^bb2(%arg1 : i32)
// CHECK-NEXT:   ^bb1:  // pred: ^bb0
// CHECK-NEXT:     return %arg1 : i32
// CHECK-NEXT:   ^bb2(%0: i32):  // pred: ^bb0
// CHECK-NEXT:     return %0 : i32
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @same_successor_twice(%arg0: i1, %arg1: i32, %arg2: i32) -> i32 {
// CHECK-NEXT:     cf.cond_br %arg0, ^bb1(%arg1 : i32), ^bb1(%arg2 : i32)
// CHECK-NEXT:   ^bb1(%0: i32):  // 2 preds: ^bb0, ^bb0
// CHECK-NEXT:     return %0 : i32
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @loop() -> i32 {
// CHECK-NEXT:     %0 = call @value() : () -> i32
// CHECK-NEXT:     cf.br ^bb1(%0 : i32)
// CHECK-NEXT:   ^bb1(%1: i32):  // 2 preds: ^bb0, ^bb2
// CHECK-NEXT:     %2 = call @cond() : () -> i1
// CHECK-NEXT:     cf.cond_br %2, ^bb2, ^bb3
// CHECK-NEXT:   ^bb2:  // pred: ^bb1
// CHECK-NEXT:     %3 = call @value() : () -> i32
// CHECK-NEXT:     cf.br ^bb1(%3 : i32)
// CHECK-NEXT:   ^bb3:  // pred: ^bb1
// CHECK-NEXT:     return %1 : i32
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @self_loop() {
// CHECK-NEXT:     cf.br ^bb1
// CHECK-NEXT:   ^bb1:  // 2 preds: ^bb0, ^bb1
// CHECK-NEXT:     cf.br ^bb1
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @unreachable_block() {
// CHECK-NEXT:     return
// CHECK-NEXT:   ^bb1:  // no predecessors
// CHECK-NEXT:     cf.br ^bb2
// CHECK-NEXT:   ^bb2:  // pred: ^bb1
// CHECK-NEXT:     return
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @three_preds(%arg0: i1, %arg1: i1) {
// CHECK-NEXT:     cf.cond_br %arg0, ^bb1, ^bb2
// CHECK-NEXT:   ^bb1:  // pred: ^bb0
// CHECK-NEXT:     cf.cond_br %arg1, ^bb2, ^bb3
// CHECK-NEXT:   ^bb2:  // 2 preds: ^bb0, ^bb1
// CHECK-NEXT:     cf.br ^bb3
// CHECK-NEXT:   ^bb3:  // 2 preds: ^bb1, ^bb2
// CHECK-NEXT:     return
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @many_preds(%arg0: i1, %arg1: i1, %arg2: i32) -> i32 {
// CHECK-NEXT:     cf.cond_br %arg0, ^bb3(%arg2 : i32), ^bb1
// CHECK-NEXT:   ^bb1:  // pred: ^bb0
// CHECK-NEXT:     cf.cond_br %arg1, ^bb3(%arg2 : i32), ^bb2
// CHECK-NEXT:   ^bb2:  // pred: ^bb1
// CHECK-NEXT:     cf.br ^bb3(%arg2 : i32)
// CHECK-NEXT:   ^bb3(%0: i32):  // 3 preds: ^bb0, ^bb1, ^bb2
// CHECK-NEXT:     return %0 : i32
// CHECK-NEXT:   }
// CHECK-NEXT: }

// GENERIC:      "builtin.module"() ({
// GENERIC-LABEL:  "func.func"() <{function_type = () -> i1, sym_name = "cond", sym_visibility = "private"}> ({
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-LABEL:  "func.func"() <{function_type = () -> i32, sym_name = "value", sym_visibility = "private"}> ({
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-LABEL:  "func.func"() <{function_type = () -> (), sym_name = "br_no_args"}> ({
// GENERIC-NEXT:     "cf.br"()[^bb1] : () -> ()
// GENERIC-NEXT:   ^bb1:  // pred: ^bb0
// GENERIC-NEXT:     "func.return"() : () -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-LABEL:  "func.func"() <{function_type = (i32, f32) -> (i32, f32), sym_name = "br_with_args"}> ({
// GENERIC-NEXT:   ^bb0(%arg14: i32, %arg15: f32):
// GENERIC-NEXT:     "cf.br"(%arg14, %arg15)[^bb1] : (i32, f32) -> ()
// GENERIC-NEXT:   ^bb1(%11: i32, %12: f32):  // pred: ^bb0
// GENERIC-NEXT:     "func.return"(%11, %12) : (i32, f32) -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-LABEL:  "func.func"() <{function_type = (i1) -> (), sym_name = "cond_br_plain"}> ({
// GENERIC-NEXT:   ^bb0(%arg13: i1):
// GENERIC-NEXT:     "cf.cond_br"(%arg13)[^bb1, ^bb2] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
// GENERIC-NEXT:   ^bb1:  // pred: ^bb0
// GENERIC-NEXT:     "cf.br"()[^bb3] : () -> ()
// GENERIC-NEXT:   ^bb2:  // pred: ^bb0
// GENERIC-NEXT:     "cf.br"()[^bb3] : () -> ()
// GENERIC-NEXT:   ^bb3:  // 2 preds: ^bb1, ^bb2
// GENERIC-NEXT:     "func.return"() : () -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-LABEL:  "func.func"() <{function_type = (i1, i32, i32) -> i32, sym_name = "cond_br_args"}> ({
// GENERIC-NEXT:   ^bb0(%arg10: i1, %arg11: i32, %arg12: i32):
// GENERIC-NEXT:     "cf.cond_br"(%arg10, %arg11, %arg11, %arg12)[^bb1, ^bb2] <{operandSegmentSizes = array<i32: 1, 1, 2>}> : (i1, i32, i32, i32) -> ()
// GENERIC-NEXT:   ^bb1(%7: i32):  // pred: ^bb0
// GENERIC-NEXT:     "cf.br"(%7)[^bb3] : (i32) -> ()
// GENERIC-NEXT:   ^bb2(%8: i32, %9: i32):  // pred: ^bb0
// GENERIC-NEXT:     "cf.br"(%9)[^bb3] : (i32) -> ()
// GENERIC-NEXT:   ^bb3(%10: i32):  // 2 preds: ^bb1, ^bb2
// GENERIC-NEXT:     "func.return"(%10) : (i32) -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-LABEL:  "func.func"() <{function_type = (i1, i32) -> i32, sym_name = "cond_br_only_false_args"}> ({
// GENERIC-NEXT:   ^bb0(%arg8: i1, %arg9: i32):
// GENERIC-NEXT:     "cf.cond_br"(%arg8, %arg9)[^bb1, ^bb2] <{operandSegmentSizes = array<i32: 1, 0, 1>}> : (i1, i32) -> ()
// GENERIC-NEXT:   ^bb1:  // pred: ^bb0
// GENERIC-NEXT:     "func.return"(%arg9) : (i32) -> ()
// GENERIC-NEXT:   ^bb2(%6: i32):  // pred: ^bb0
// GENERIC-NEXT:     "func.return"(%6) : (i32) -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-LABEL:  "func.func"() <{function_type = (i1, i32, i32) -> i32, sym_name = "same_successor_twice"}> ({
// GENERIC-NEXT:   ^bb0(%arg5: i1, %arg6: i32, %arg7: i32):
// GENERIC-NEXT:     "cf.cond_br"(%arg5, %arg6, %arg7)[^bb1, ^bb1] <{operandSegmentSizes = array<i32: 1, 1, 1>}> : (i1, i32, i32) -> ()
// GENERIC-NEXT:   ^bb1(%5: i32):  // 2 preds: ^bb0, ^bb0
// GENERIC-NEXT:     "func.return"(%5) : (i32) -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-LABEL:  "func.func"() <{function_type = () -> i32, sym_name = "loop"}> ({
// GENERIC-NEXT:     %1 = "func.call"() <{callee = @value}> : () -> i32
// GENERIC-NEXT:     "cf.br"(%1)[^bb1] : (i32) -> ()
// GENERIC-NEXT:   ^bb1(%2: i32):  // 2 preds: ^bb0, ^bb2
// GENERIC-NEXT:     %3 = "func.call"() <{callee = @cond}> : () -> i1
// GENERIC-NEXT:     "cf.cond_br"(%3)[^bb2, ^bb3] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
// GENERIC-NEXT:   ^bb2:  // pred: ^bb1
// GENERIC-NEXT:     %4 = "func.call"() <{callee = @value}> : () -> i32
// GENERIC-NEXT:     "cf.br"(%4)[^bb1] : (i32) -> ()
// GENERIC-NEXT:   ^bb3:  // pred: ^bb1
// GENERIC-NEXT:     "func.return"(%2) : (i32) -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-LABEL:  "func.func"() <{function_type = () -> (), sym_name = "self_loop"}> ({
// GENERIC-NEXT:     "cf.br"()[^bb1] : () -> ()
// GENERIC-NEXT:   ^bb1:  // 2 preds: ^bb0, ^bb1
// GENERIC-NEXT:     "cf.br"()[^bb1] : () -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-LABEL:  "func.func"() <{function_type = () -> (), sym_name = "unreachable_block"}> ({
// GENERIC-NEXT:     "func.return"() : () -> ()
// GENERIC-NEXT:   ^bb1:  // no predecessors
// GENERIC-NEXT:     "cf.br"()[^bb2] : () -> ()
// GENERIC-NEXT:   ^bb2:  // pred: ^bb1
// GENERIC-NEXT:     "func.return"() : () -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-LABEL:  "func.func"() <{function_type = (i1, i1) -> (), sym_name = "three_preds"}> ({
// GENERIC-NEXT:   ^bb0(%arg3: i1, %arg4: i1):
// GENERIC-NEXT:     "cf.cond_br"(%arg3)[^bb1, ^bb2] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
// GENERIC-NEXT:   ^bb1:  // pred: ^bb0
// GENERIC-NEXT:     "cf.cond_br"(%arg4)[^bb2, ^bb3] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
// GENERIC-NEXT:   ^bb2:  // 2 preds: ^bb0, ^bb1
// GENERIC-NEXT:     "cf.br"()[^bb3] : () -> ()
// GENERIC-NEXT:   ^bb3:  // 2 preds: ^bb1, ^bb2
// GENERIC-NEXT:     "func.return"() : () -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-LABEL:  "func.func"() <{function_type = (i1, i1, i32) -> i32, sym_name = "many_preds"}> ({
// GENERIC-NEXT:   ^bb0(%arg0: i1, %arg1: i1, %arg2: i32):
// GENERIC-NEXT:     "cf.cond_br"(%arg0, %arg2)[^bb3, ^bb1] <{operandSegmentSizes = array<i32: 1, 1, 0>}> : (i1, i32) -> ()
// GENERIC-NEXT:   ^bb1:  // pred: ^bb0
// GENERIC-NEXT:     "cf.cond_br"(%arg1, %arg2)[^bb3, ^bb2] <{operandSegmentSizes = array<i32: 1, 1, 0>}> : (i1, i32) -> ()
// GENERIC-NEXT:   ^bb2:  // pred: ^bb1
// GENERIC-NEXT:     "cf.br"(%arg2)[^bb3] : (i32) -> ()
// GENERIC-NEXT:   ^bb3(%0: i32):  // 3 preds: ^bb0, ^bb1, ^bb2
// GENERIC-NEXT:     "func.return"(%0) : (i32) -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-NEXT: }) : () -> ()
