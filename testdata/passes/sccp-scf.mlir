// sccp through scf: a constant condition selects one scf.if branch; loop-carried
// values that stay constant are found (scf.for iter_args, scf.while); values
// that change are left alone. The same as mlir-opt --sccp except @for_zero_trip:
// a loop whose constant bounds prove it never runs yields its inits (mlir-opt 22
// keeps the loop's result unknown there).
//
// RUN: opt-tool %s --pass=sccp | FileCheck %s

func.func @if_const(%a: i32) -> i32 {
  %true = arith.constant true
  %c1 = arith.constant 1 : i32
  %r = scf.if %true -> (i32) {
    %x = arith.addi %c1, %c1 : i32
    scf.yield %x : i32
  } else {
    scf.yield %a : i32
  }
  %s = arith.muli %r, %r : i32
  return %s : i32
}
func.func @for_invariant(%lb: index, %ub: index, %st: index) -> i32 {
  %c1 = arith.constant 1 : i32
  %r = scf.for %i = %lb to %ub step %st iter_args(%acc = %c1) -> (i32) {
    %m = arith.muli %acc, %c1 : i32
    scf.yield %m : i32
  }
  return %r : i32
}
func.func @for_changing(%lb: index, %ub: index, %st: index) -> i32 {
  %c1 = arith.constant 1 : i32
  %r = scf.for %i = %lb to %ub step %st iter_args(%acc = %c1) -> (i32) {
    %m = arith.addi %acc, %c1 : i32
    scf.yield %m : i32
  }
  return %r : i32
}
func.func @for_zero_trip() -> i32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %k = arith.constant 5 : i32
  %r = scf.for %i = %c1 to %c0 step %c1 iter_args(%acc = %k) -> (i32) {
    %m = arith.addi %acc, %k : i32
    scf.yield %m : i32
  }
  return %r : i32
}
func.func @while_loop(%n: i32) -> i32 {
  %c0 = arith.constant 0 : i32
  %c2 = arith.constant 2 : i32
  %r:2 = scf.while (%i = %c0, %k = %c2) : (i32, i32) -> (i32, i32) {
    %cond = arith.cmpi slt, %i, %n : i32
    scf.condition(%cond) %i, %k : i32, i32
  } do {
  ^bb0(%i2: i32, %k2: i32):
    %next = arith.addi %i2, %k2 : i32
    scf.yield %next, %k2 : i32, i32
  }
  return %r#1 : i32
}

// CHECK:      module {
// CHECK-LABEL:  func.func @if_const(%arg0: i32) -> i32 {
// CHECK-NEXT:     %c4_i32 = arith.constant 4 : i32
// CHECK-NEXT:     %c2_i32 = arith.constant 2 : i32
// CHECK-NEXT:     %c1_i32 = arith.constant 1 : i32
// CHECK-NEXT:     %true = arith.constant true
// CHECK-NEXT:     return %c4_i32 : i32
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @for_invariant(%arg0: index, %arg1: index, %arg2: index) -> i32 {
// CHECK-NEXT:     %c1_i32 = arith.constant 1 : i32
// CHECK-NEXT:     return %c1_i32 : i32
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @for_changing(%arg0: index, %arg1: index, %arg2: index) -> i32 {
// CHECK-NEXT:     %c1_i32 = arith.constant 1 : i32
// CHECK-NEXT:     %0 = scf.for %arg3 = %arg0 to %arg1 step %arg2 iter_args(%arg4 = %c1_i32) -> (i32) {
// CHECK-NEXT:       %1 = arith.addi %arg4, %c1_i32 : i32
// CHECK-NEXT:       scf.yield %1 : i32
// CHECK-NEXT:     }
// CHECK-NEXT:     return %0 : i32
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @for_zero_trip() -> i32 {
// CHECK-NEXT:     %c5_i32 = arith.constant 5 : i32
// CHECK-NEXT:     %c1 = arith.constant 1 : index
// CHECK-NEXT:     %c0 = arith.constant 0 : index
// CHECK-NEXT:     return %c5_i32 : i32
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @while_loop(%arg0: i32) -> i32 {
// CHECK-NEXT:     %c2_i32 = arith.constant 2 : i32
// CHECK-NEXT:     %c0_i32 = arith.constant 0 : i32
// CHECK-NEXT:     %0:2 = scf.while (%arg1 = %c0_i32, %arg2 = %c2_i32) : (i32, i32) -> (i32, i32) {
// CHECK-NEXT:       %1 = arith.cmpi slt, %arg1, %arg0 : i32
// CHECK-NEXT:       scf.condition(%1) %arg1, %c2_i32 : i32, i32
// CHECK-NEXT:     } do {
// CHECK-NEXT:     ^bb0(%arg1: i32, %arg2: i32):
// CHECK-NEXT:       %1 = arith.addi %arg1, %c2_i32 : i32
// CHECK-NEXT:       scf.yield %1, %c2_i32 : i32, i32
// CHECK-NEXT:     }
// CHECK-NEXT:     return %c2_i32 : i32
// CHECK-NEXT:   }
// CHECK-NEXT: }
