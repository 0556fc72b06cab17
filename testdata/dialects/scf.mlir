// scf: every op and syntax variant whose custom form prints its terminators
// (loops with iter_args, ifs with results, while, parallel, reduce,
// execute_region), so that the pretty output reads back.
//
// RUN: opt-tool %s | FileCheck %s
// RUN: opt-tool %s --emit=generic | FileCheck %s --check-prefix=GENERIC
// RUN: opt-tool %s | opt-tool - | FileCheck %s
// RUN: opt-tool %s --emit=generic | opt-tool - | FileCheck %s

func.func @for_iter_args(%lb: index, %ub: index, %step: index, %init: f32, %j: i64) -> (f32, i64) {
  %sum, %k = scf.for %iv = %lb to %ub step %step iter_args(%acc = %init, %n = %j) -> (f32, i64) {
    %next = arith.addf %acc, %acc : f32
    %i = arith.index_cast %iv : index to i64
    scf.yield %next, %i : f32, i64
  }
  return %sum, %k : f32, i64
}

func.func @for_integer_iv(%lb: i32, %ub: i32, %step: i32) -> i32 {
  %r = scf.for %iv = %lb to %ub step %step iter_args(%acc = %lb) -> (i32) : i32 {
    %next = arith.addi %acc, %iv : i32
    scf.yield %next : i32
  } {tag = "loop"}
  %u = scf.for unsigned %iv = %lb to %ub step %step iter_args(%acc = %r) -> (i32) : i32 {
    scf.yield %iv : i32
  }
  return %u : i32
}

func.func @if_results(%c: i1, %a: i32, %b: i32) -> (i32, i32) {
  %x, %y = scf.if %c -> (i32, i32) {
    %s = arith.addi %a, %b : i32
    scf.yield %s, %a : i32, i32
  } else {
    scf.yield %b, %a : i32, i32
  } {note}
  %z = scf.if %c -> i32 {
    scf.yield %x : i32
  } else {
    scf.yield %y : i32
  }
  return %x, %z : i32, i32
}

func.func @while_loop(%a: i32, %b: i32) -> (i32, f32) {
  %f = arith.constant 1.0 : f32
  %r:2 = scf.while (%x = %a, %y = %f) : (i32, f32) -> (i32, f32) {
    %c = arith.cmpi slt, %x, %b : i32
    scf.condition(%c) %x, %y : i32, f32
  } do {
  ^bb0(%x: i32, %y: f32):
    %one = arith.constant 1 : i32
    %n = arith.addi %x, %one : i32
    scf.yield %n, %y : i32, f32
  } attributes {marker}
  scf.while : () -> () {
    %t = arith.constant true
    scf.condition(%t)
  } do {
    scf.yield
  }
  return %r#0, %r#1 : i32, f32
}

func.func @parallel(%lb: index, %ub: index, %s: index, %init: f32, %i2: i32) -> (f32, i32) {
  %res:2 = scf.parallel (%i, %j) = (%lb, %lb) to (%ub, %ub) step (%s, %s) init (%init, %i2) -> (f32, i32) {
    %v = arith.index_cast %i : index to i32
    %w = arith.sitofp %v : i32 to f32
    scf.reduce(%w, %v : f32, i32) {
    ^bb0(%l: f32, %r: f32):
      %sum = arith.addf %l, %r : f32
      scf.reduce.return %sum : f32
    }, {
    ^bb0(%l: i32, %r: i32):
      %m = arith.muli %l, %r : i32
      scf.reduce.return %m : i32
    }
  }
  %one = scf.parallel (%i) = (%lb) to (%ub) step (%s) init (%init) -> f32 {
    scf.reduce(%init : f32) {
    ^bb0(%l: f32, %r: f32):
      scf.reduce.return %l : f32
    }
  } {mapping = "x"}
  scf.parallel (%i) = (%lb) to (%ub) step (%s) {
    scf.reduce
  }
  return %one, %res#1 : f32, i32
}

func.func @execute_region(%a: i32) -> (i32, i32) {
  %r = scf.execute_region -> i32 {
    scf.yield %a : i32
  }
  %p:2 = scf.execute_region -> (i32, i32) no_inline {
    scf.yield %a, %r : i32, i32
  } {extra}
  %m = scf.execute_region -> i32 {
    %c = arith.constant true
    cf.cond_br %c, ^bb1, ^bb2
  ^bb1:
    scf.yield %a : i32
  ^bb2:
    scf.yield %r : i32
  }
  return %p#0, %m : i32, i32
}

// CHECK:      module {
// CHECK-LABEL:  func.func @for_iter_args(%arg0: index, %arg1: index, %arg2: index, %arg3: f32, %arg4: i64) -> (f32, i64) {
// CHECK-NEXT:     %0:2 = scf.for %arg5 = %arg0 to %arg1 step %arg2 iter_args(%arg6 = %arg3, %arg7 = %arg4) -> (f32, i64) {
// CHECK-NEXT:       %1 = arith.addf %arg6, %arg6 : f32
// CHECK-NEXT:       %2 = arith.index_cast %arg5 : index to i64
// CHECK-NEXT:       scf.yield %1, %2 : f32, i64
// CHECK-NEXT:     }
// CHECK-NEXT:     return %0#0, %0#1 : f32, i64
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @for_integer_iv(%arg0: i32, %arg1: i32, %arg2: i32) -> i32 {
// CHECK-NEXT:     %0 = scf.for %arg3 = %arg0 to %arg1 step %arg2 iter_args(%arg4 = %arg0) -> (i32)  : i32 {
// CHECK-NEXT:       %2 = arith.addi %arg4, %arg3 : i32
// CHECK-NEXT:       scf.yield %2 : i32
// CHECK-NEXT:     } {tag = "loop"}
// CHECK-NEXT:     %1 = scf.for unsigned %arg3 = %arg0 to %arg1 step %arg2 iter_args(%arg4 = %0) -> (i32)  : i32 {
// CHECK-NEXT:       scf.yield %arg3 : i32
// CHECK-NEXT:     }
// CHECK-NEXT:     return %1 : i32
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @if_results(%arg0: i1, %arg1: i32, %arg2: i32) -> (i32, i32) {
// CHECK-NEXT:     %0:2 = scf.if %arg0 -> (i32, i32) {
// CHECK-NEXT:       %2 = arith.addi %arg1, %arg2 : i32
// CHECK-NEXT:       scf.yield %2, %arg1 : i32, i32
// CHECK-NEXT:     } else {
// CHECK-NEXT:       scf.yield %arg2, %arg1 : i32, i32
// CHECK-NEXT:     } {note}
// CHECK-NEXT:     %1 = scf.if %arg0 -> (i32) {
// CHECK-NEXT:       scf.yield %0#0 : i32
// CHECK-NEXT:     } else {
// CHECK-NEXT:       scf.yield %0#1 : i32
// CHECK-NEXT:     }
// CHECK-NEXT:     return %0#0, %1 : i32, i32
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @while_loop(%arg0: i32, %arg1: i32) -> (i32, f32) {
// CHECK-NEXT:     %cst = arith.constant 1.000000e+00 : f32
// CHECK-NEXT:     %0:2 = scf.while (%arg2 = %arg0, %arg3 = %cst) : (i32, f32) -> (i32, f32) {
// CHECK-NEXT:       %1 = arith.cmpi slt, %arg2, %arg1 : i32
// CHECK-NEXT:       scf.condition(%1) %arg2, %arg3 : i32, f32
// CHECK-NEXT:     } do {
// CHECK-NEXT:     ^bb0(%arg2: i32, %arg3: f32):
// CHECK-NEXT:       %c1_i32 = arith.constant 1 : i32
// CHECK-NEXT:       %1 = arith.addi %arg2, %c1_i32 : i32
// CHECK-NEXT:       scf.yield %1, %arg3 : i32, f32
// CHECK-NEXT:     } attributes {marker}
// CHECK-NEXT:     scf.while : () -> () {
// CHECK-NEXT:       %true = arith.constant true
// CHECK-NEXT:       scf.condition(%true)
// CHECK-NEXT:     } do {
// CHECK-NEXT:       scf.yield
// CHECK-NEXT:     }
// CHECK-NEXT:     return %0#0, %0#1 : i32, f32
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @parallel(%arg0: index, %arg1: index, %arg2: index, %arg3: f32, %arg4: i32) -> (f32, i32) {
// CHECK-NEXT:     %0:2 = scf.parallel (%arg5, %arg6) = (%arg0, %arg0) to (%arg1, %arg1) step (%arg2, %arg2) init (%arg3, %arg4) -> (f32, i32) {
// CHECK-NEXT:       %2 = arith.index_cast %arg5 : index to i32
// CHECK-NEXT:       %3 = arith.sitofp %2 : i32 to f32
// CHECK-NEXT:       scf.reduce(%3, %2 : f32, i32) {
// CHECK-NEXT:       ^bb0(%arg7: f32, %arg8: f32):
// CHECK-NEXT:         %4 = arith.addf %arg7, %arg8 : f32
// CHECK-NEXT:         scf.reduce.return %4 : f32
// CHECK-NEXT:       }, {
// CHECK-NEXT:       ^bb0(%arg7: i32, %arg8: i32):
// CHECK-NEXT:         %4 = arith.muli %arg7, %arg8 : i32
// CHECK-NEXT:         scf.reduce.return %4 : i32
// CHECK-NEXT:       }
// CHECK-NEXT:     }
// CHECK-NEXT:     %1 = scf.parallel (%arg5) = (%arg0) to (%arg1) step (%arg2) init (%arg3) -> f32 {
// CHECK-NEXT:       scf.reduce(%arg3 : f32) {
// CHECK-NEXT:       ^bb0(%arg6: f32, %arg7: f32):
// CHECK-NEXT:         scf.reduce.return %arg6 : f32
// CHECK-NEXT:       }
// CHECK-NEXT:     } {mapping = "x"}
// CHECK-NEXT:     scf.parallel (%arg5) = (%arg0) to (%arg1) step (%arg2) {
// CHECK-NEXT:       scf.reduce
// CHECK-NEXT:     }
// CHECK-NEXT:     return %1, %0#1 : f32, i32
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @execute_region(%arg0: i32) -> (i32, i32) {
// CHECK-NEXT:     %0 = scf.execute_region -> i32 {
// CHECK-NEXT:       scf.yield %arg0 : i32
// CHECK-NEXT:     }
// CHECK-NEXT:     %1:2 = scf.execute_region -> (i32, i32) no_inline {
// CHECK-NEXT:       scf.yield %arg0, %0 : i32, i32
// CHECK-NEXT:     } {extra}
// CHECK-NEXT:     %2 = scf.execute_region -> i32 {
// CHECK-NEXT:       %true = arith.constant true
// CHECK-NEXT:       cf.cond_br %true, ^bb1, ^bb2
// CHECK-NEXT:     ^bb1:  // pred: ^bb0
// CHECK-NEXT:       scf.yield %arg0 : i32
// CHECK-NEXT:     ^bb2:  // pred: ^bb0
// CHECK-NEXT:       scf.yield %0 : i32
// CHECK-NEXT:     }
// CHECK-NEXT:     return %1#0, %2 : i32, i32
// CHECK-NEXT:   }
// CHECK-NEXT: }

// GENERIC:      "builtin.module"() ({
// GENERIC-LABEL:  "func.func"() <{function_type = (index, index, index, f32, i64) -> (f32, i64), sym_name = "for_iter_args"}> ({
// GENERIC-NEXT:   ^bb0(%arg32: index, %arg33: index, %arg34: index, %arg35: f32, %arg36: i64):
// GENERIC-NEXT:     %22:2 = "scf.for"(%arg32, %arg33, %arg34, %arg35, %arg36) ({
// GENERIC-NEXT:     ^bb0(%arg37: index, %arg38: f32, %arg39: i64):
// GENERIC-NEXT:       %23 = "arith.addf"(%arg38, %arg38) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
// GENERIC-NEXT:       %24 = "arith.index_cast"(%arg37) : (index) -> i64
// GENERIC-NEXT:       "scf.yield"(%23, %24) : (f32, i64) -> ()
// GENERIC-NEXT:     }) : (index, index, index, f32, i64) -> (f32, i64)
// GENERIC-NEXT:     "func.return"(%22#0, %22#1) : (f32, i64) -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-LABEL:  "func.func"() <{function_type = (i32, i32, i32) -> i32, sym_name = "for_integer_iv"}> ({
// GENERIC-NEXT:   ^bb0(%arg25: i32, %arg26: i32, %arg27: i32):
// GENERIC-NEXT:     %19 = "scf.for"(%arg25, %arg26, %arg27, %arg25) ({
// GENERIC-NEXT:     ^bb0(%arg30: i32, %arg31: i32):
// GENERIC-NEXT:       %21 = "arith.addi"(%arg31, %arg30) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
// GENERIC-NEXT:       "scf.yield"(%21) : (i32) -> ()
// GENERIC-NEXT:     }) {tag = "loop"} : (i32, i32, i32, i32) -> i32
// GENERIC-NEXT:     %20 = "scf.for"(%arg25, %arg26, %arg27, %19) <{unsignedCmp}> ({
// GENERIC-NEXT:     ^bb0(%arg28: i32, %arg29: i32):
// GENERIC-NEXT:       "scf.yield"(%arg28) : (i32) -> ()
// GENERIC-NEXT:     }) : (i32, i32, i32, i32) -> i32
// GENERIC-NEXT:     "func.return"(%20) : (i32) -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-LABEL:  "func.func"() <{function_type = (i1, i32, i32) -> (i32, i32), sym_name = "if_results"}> ({
// GENERIC-NEXT:   ^bb0(%arg22: i1, %arg23: i32, %arg24: i32):
// GENERIC-NEXT:     %16:2 = "scf.if"(%arg22) ({
// GENERIC-NEXT:       %18 = "arith.addi"(%arg23, %arg24) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
// GENERIC-NEXT:       "scf.yield"(%18, %arg23) : (i32, i32) -> ()
// GENERIC-NEXT:     }, {
// GENERIC-NEXT:       "scf.yield"(%arg24, %arg23) : (i32, i32) -> ()
// GENERIC-NEXT:     }) {note} : (i1) -> (i32, i32)
// GENERIC-NEXT:     %17 = "scf.if"(%arg22) ({
// GENERIC-NEXT:       "scf.yield"(%16#0) : (i32) -> ()
// GENERIC-NEXT:     }, {
// GENERIC-NEXT:       "scf.yield"(%16#1) : (i32) -> ()
// GENERIC-NEXT:     }) : (i1) -> i32
// GENERIC-NEXT:     "func.return"(%16#0, %17) : (i32, i32) -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-LABEL:  "func.func"() <{function_type = (i32, i32) -> (i32, f32), sym_name = "while_loop"}> ({
// GENERIC-NEXT:   ^bb0(%arg16: i32, %arg17: i32):
// GENERIC-NEXT:     %10 = "arith.constant"() <{value = 1.000000e+00 : f32}> : () -> f32
// GENERIC-NEXT:     %11:2 = "scf.while"(%arg16, %10) ({
// GENERIC-NEXT:     ^bb0(%arg20: i32, %arg21: f32):
// GENERIC-NEXT:       %15 = "arith.cmpi"(%arg20, %arg17) <{predicate = 2 : i64}> : (i32, i32) -> i1
// GENERIC-NEXT:       "scf.condition"(%15, %arg20, %arg21) : (i1, i32, f32) -> ()
// GENERIC-NEXT:     }, {
// GENERIC-NEXT:     ^bb0(%arg18: i32, %arg19: f32):
// GENERIC-NEXT:       %13 = "arith.constant"() <{value = 1 : i32}> : () -> i32
// GENERIC-NEXT:       %14 = "arith.addi"(%arg18, %13) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
// GENERIC-NEXT:       "scf.yield"(%14, %arg19) : (i32, f32) -> ()
// GENERIC-NEXT:     }) {marker} : (i32, f32) -> (i32, f32)
// GENERIC-NEXT:     "scf.while"() ({
// GENERIC-NEXT:       %12 = "arith.constant"() <{value = true}> : () -> i1
// GENERIC-NEXT:       "scf.condition"(%12) : (i1) -> ()
// GENERIC-NEXT:     }, {
// GENERIC-NEXT:       "scf.yield"() : () -> ()
// GENERIC-NEXT:     }) : () -> ()
// GENERIC-NEXT:     "func.return"(%11#0, %11#1) : (i32, f32) -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-LABEL:  "func.func"() <{function_type = (index, index, index, f32, i32) -> (f32, i32), sym_name = "parallel"}> ({
// GENERIC-NEXT:   ^bb0(%arg1: index, %arg2: index, %arg3: index, %arg4: f32, %arg5: i32):
// GENERIC-NEXT:     %4:2 = "scf.parallel"(%arg1, %arg1, %arg2, %arg2, %arg3, %arg3, %arg4, %arg5) <{operandSegmentSizes = array<i32: 2, 2, 2, 2>}> ({
// GENERIC-NEXT:     ^bb0(%arg10: index, %arg11: index):
// GENERIC-NEXT:       %6 = "arith.index_cast"(%arg10) : (index) -> i32
// GENERIC-NEXT:       %7 = "arith.sitofp"(%6) : (i32) -> f32
// GENERIC-NEXT:       "scf.reduce"(%7, %6) ({
// GENERIC-NEXT:       ^bb0(%arg14: f32, %arg15: f32):
// GENERIC-NEXT:         %9 = "arith.addf"(%arg14, %arg15) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
// GENERIC-NEXT:         "scf.reduce.return"(%9) : (f32) -> ()
// GENERIC-NEXT:       }, {
// GENERIC-NEXT:       ^bb0(%arg12: i32, %arg13: i32):
// GENERIC-NEXT:         %8 = "arith.muli"(%arg12, %arg13) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
// GENERIC-NEXT:         "scf.reduce.return"(%8) : (i32) -> ()
// GENERIC-NEXT:       }) : (f32, i32) -> ()
// GENERIC-NEXT:     }) : (index, index, index, index, index, index, f32, i32) -> (f32, i32)
// GENERIC-NEXT:     %5 = "scf.parallel"(%arg1, %arg2, %arg3, %arg4) <{operandSegmentSizes = array<i32: 1, 1, 1, 1>}> ({
// GENERIC-NEXT:     ^bb0(%arg7: index):
// GENERIC-NEXT:       "scf.reduce"(%arg4) ({
// GENERIC-NEXT:       ^bb0(%arg8: f32, %arg9: f32):
// GENERIC-NEXT:         "scf.reduce.return"(%arg8) : (f32) -> ()
// GENERIC-NEXT:       }) : (f32) -> ()
// GENERIC-NEXT:     }) {mapping = "x"} : (index, index, index, f32) -> f32
// GENERIC-NEXT:     "scf.parallel"(%arg1, %arg2, %arg3) <{operandSegmentSizes = array<i32: 1, 1, 1, 0>}> ({
// GENERIC-NEXT:     ^bb0(%arg6: index):
// GENERIC-NEXT:       "scf.reduce"() : () -> ()
// GENERIC-NEXT:     }) : (index, index, index) -> ()
// GENERIC-NEXT:     "func.return"(%5, %4#1) : (f32, i32) -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-LABEL:  "func.func"() <{function_type = (i32) -> (i32, i32), sym_name = "execute_region"}> ({
// GENERIC-NEXT:   ^bb0(%arg0: i32):
// GENERIC-NEXT:     %0 = "scf.execute_region"() ({
// GENERIC-NEXT:       "scf.yield"(%arg0) : (i32) -> ()
// GENERIC-NEXT:     }) : () -> i32
// GENERIC-NEXT:     %1:2 = "scf.execute_region"() <{no_inline}> ({
// GENERIC-NEXT:       "scf.yield"(%arg0, %0) : (i32, i32) -> ()
// GENERIC-NEXT:     }) {extra} : () -> (i32, i32)
// GENERIC-NEXT:     %2 = "scf.execute_region"() ({
// GENERIC-NEXT:       %3 = "arith.constant"() <{value = true}> : () -> i1
// GENERIC-NEXT:       "cf.cond_br"(%3)[^bb1, ^bb2] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
// GENERIC-NEXT:     ^bb1:  // pred: ^bb0
// GENERIC-NEXT:       "scf.yield"(%arg0) : (i32) -> ()
// GENERIC-NEXT:     ^bb2:  // pred: ^bb0
// GENERIC-NEXT:       "scf.yield"(%0) : (i32) -> ()
// GENERIC-NEXT:     }) : () -> i32
// GENERIC-NEXT:     "func.return"(%1#0, %2) : (i32, i32) -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-NEXT: }) : () -> ()
