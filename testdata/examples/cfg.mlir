// A loop written as a control-flow graph with calls to external helpers: sums f(i) for
// i in [0, n). Only registered dialects (builtin, func, cf), so opt-tool needs no flag.
//
// RUN: opt-tool %s | FileCheck %s
// RUN: opt-tool %s --emit=generic | FileCheck %s --check-prefix=GENERIC
// RUN: opt-tool %s | opt-tool - | FileCheck %s
// RUN: opt-tool %s --emit=generic | opt-tool - | FileCheck %s

module @example {
  func.func private @zero() -> i64
  func.func private @add(i64, i64) -> i64
  func.func private @less(i64, i64) -> i1
  func.func private @f(i64) -> i64 attributes {pure}

  func.func @sum(%n: i64 {arg.name = "n"}) -> i64 {
    %zero = call @zero() : () -> i64
    cf.br ^header(%zero, %zero : i64, i64)
  ^header(%i: i64, %acc: i64):
    %more = call @less(%i, %n) : (i64, i64) -> i1
    cf.cond_br %more, ^body, ^exit(%acc : i64)
  ^body:
    %fi = call @f(%i) : (i64) -> i64
    %acc2 = call @add(%acc, %fi) : (i64, i64) -> i64
    %one = call @zero() : () -> i64
    %next = call @add(%i, %one) : (i64, i64) -> i64
    cf.br ^header(%next, %acc2 : i64, i64)
  ^exit(%result: i64):
    return %result : i64
  }
}

// CHECK-LABEL: module @example {
// CHECK:         func.func private @f(i64) -> i64 attributes {pure}
// CHECK-LABEL:   func.func @sum(%arg0: i64 {arg.name = "n"}) -> i64 {
// CHECK-NEXT:      %0 = call @zero() : () -> i64
// CHECK-NEXT:      cf.br ^bb1(%0, %0 : i64, i64)
// CHECK-NEXT:    ^bb1(%1: i64, %2: i64):  // 2 preds: ^bb0, ^bb2
// CHECK-NEXT:      %3 = call @less(%1, %arg0) : (i64, i64) -> i1
// CHECK-NEXT:      cf.cond_br %3, ^bb2, ^bb3(%2 : i64)
// CHECK-NEXT:    ^bb2:  // pred: ^bb1
// CHECK-NEXT:      %4 = call @f(%1) : (i64) -> i64
// CHECK-NEXT:      %5 = call @add(%2, %4) : (i64, i64) -> i64
// CHECK-NEXT:      %6 = call @zero() : () -> i64
// CHECK-NEXT:      %7 = call @add(%1, %6) : (i64, i64) -> i64
// CHECK-NEXT:      cf.br ^bb1(%7, %5 : i64, i64)
// CHECK-NEXT:    ^bb3(%8: i64):  // pred: ^bb1
// CHECK-NEXT:      return %8 : i64
// CHECK-NEXT:    }
// CHECK-NEXT:  }

// GENERIC:      "builtin.module"() <{sym_name = "example"}> ({
// GENERIC:        "func.func"() <{function_type = (i64) -> i64, sym_name = "f", sym_visibility = "private"}> ({
// GENERIC-NEXT:   }) {pure} : () -> ()
// GENERIC:        "func.func"() <{arg_attrs = [{arg.name = "n"}], function_type = (i64) -> i64, sym_name = "sum"}> ({
// GENERIC-NEXT:   ^bb0(%arg0: i64):
// GENERIC:          "cf.cond_br"(%3, %2)[^bb2, ^bb3] <{operandSegmentSizes = array<i32: 1, 0, 1>}> : (i1, i64) -> ()
// GENERIC:          "func.return"(%8) : (i64) -> ()
