// loop-invariant-code-motion: ops of a loop body (scf.for, scf.while,
// scf.parallel: the LoopLike trait) that use only values defined outside the
// loop and are speculatable and free of memory effects move before the loop;
// inner loops first, so an invariant of two nested loops leaves both. Integer
// division (may trap), loads and stores stay. Checks recorded from
// mlir-opt --loop-invariant-code-motion.
//
// RUN: opt-tool %s --pass=loop-invariant-code-motion | FileCheck %s
// RUN: opt-tool %s --pass=loop-invariant-code-motion --pass-statistics 2>&1 >/dev/null | FileCheck %s --check-prefix=STATS
// STATS: (S) 10 num-hoisted

func.func @hoist(%lb: index, %ub: index, %step: index, %a: i32, %b: i32, %m: memref<?xi32>) -> i32 {
  %c0 = arith.constant 0 : i32
  %r = scf.for %i = %lb to %ub step %step iter_args(%acc = %c0) -> (i32) {
    %inv = arith.addi %a, %b : i32
    %inv2 = arith.muli %inv, %inv : i32
    %dep = arith.addi %acc, %inv2 : i32
    %div = arith.divsi %a, %b : i32
    %ld = memref.load %m[%i] : memref<?xi32>
    %s = arith.addi %dep, %ld : i32
    %t = arith.addi %s, %div : i32
    scf.for %j = %lb to %ub step %step {
      %in = arith.muli %a, %a : i32
      %in2 = arith.addi %in, %inv : i32
      memref.store %in2, %m[%j] : memref<?xi32>
    }
    scf.yield %t : i32
  }
  return %r : i32
}
func.func @while_and_if(%n: i32, %a: f32, %b: f32, %c: i1) -> i32 {
  %c0 = arith.constant 0 : i32
  %r = scf.while (%i = %c0) : (i32) -> i32 {
    %lt = arith.cmpi slt, %i, %n : i32
    %inv = arith.addf %a, %b : f32
    scf.condition(%lt) %i : i32
  } do {
  ^bb0(%j: i32):
    %one = arith.constant 1 : i32
    %pure_if = scf.if %c -> (f32) {
      %x = arith.mulf %a, %b : f32
      scf.yield %x : f32
    } else {
      scf.yield %a : f32
    }
    %next = arith.addi %j, %one : i32
    scf.yield %next : i32
  }
  return %r : i32
}
func.func @parallel(%m: memref<?x?xf32>, %n: index, %s: f32) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  scf.parallel (%i, %j) = (%c0, %c0) to (%n, %n) step (%c1, %c1) {
    %sq = arith.mulf %s, %s : f32
    memref.store %sq, %m[%i, %j] : memref<?x?xf32>
    scf.reduce
  }
  return
}

// CHECK:      module {
// CHECK-LABEL:  func.func @hoist(%arg0: index, %arg1: index, %arg2: index, %arg3: i32, %arg4: i32, %arg5: memref<?xi32>) -> i32 {
// CHECK-NEXT:     %c0_i32 = arith.constant 0 : i32
// CHECK-NEXT:     %0 = arith.addi %arg3, %arg4 : i32
// CHECK-NEXT:     %1 = arith.muli %0, %0 : i32
// CHECK-NEXT:     %2 = arith.muli %arg3, %arg3 : i32
// CHECK-NEXT:     %3 = arith.addi %2, %0 : i32
// CHECK-NEXT:     %4 = scf.for %arg6 = %arg0 to %arg1 step %arg2 iter_args(%arg7 = %c0_i32) -> (i32) {
// CHECK-NEXT:       %5 = arith.addi %arg7, %1 : i32
// CHECK-NEXT:       %6 = arith.divsi %arg3, %arg4 : i32
// CHECK-NEXT:       %7 = memref.load %arg5[%arg6] : memref<?xi32>
// CHECK-NEXT:       %8 = arith.addi %5, %7 : i32
// CHECK-NEXT:       %9 = arith.addi %8, %6 : i32
// CHECK-NEXT:       scf.for %arg8 = %arg0 to %arg1 step %arg2 {
// CHECK-NEXT:         memref.store %3, %arg5[%arg8] : memref<?xi32>
// CHECK-NEXT:       }
// CHECK-NEXT:       scf.yield %9 : i32
// CHECK-NEXT:     }
// CHECK-NEXT:     return %4 : i32
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @while_and_if(%arg0: i32, %arg1: f32, %arg2: f32, %arg3: i1) -> i32 {
// CHECK-NEXT:     %c0_i32 = arith.constant 0 : i32
// CHECK-NEXT:     %0 = arith.addf %arg1, %arg2 : f32
// CHECK-NEXT:     %c1_i32 = arith.constant 1 : i32
// CHECK-NEXT:     %1 = scf.if %arg3 -> (f32) {
// CHECK-NEXT:       %3 = arith.mulf %arg1, %arg2 : f32
// CHECK-NEXT:       scf.yield %3 : f32
// CHECK-NEXT:     } else {
// CHECK-NEXT:       scf.yield %arg1 : f32
// CHECK-NEXT:     }
// CHECK-NEXT:     %2 = scf.while (%arg4 = %c0_i32) : (i32) -> i32 {
// CHECK-NEXT:       %3 = arith.cmpi slt, %arg4, %arg0 : i32
// CHECK-NEXT:       scf.condition(%3) %arg4 : i32
// CHECK-NEXT:     } do {
// CHECK-NEXT:     ^bb0(%arg4: i32):
// CHECK-NEXT:       %3 = arith.addi %arg4, %c1_i32 : i32
// CHECK-NEXT:       scf.yield %3 : i32
// CHECK-NEXT:     }
// CHECK-NEXT:     return %2 : i32
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @parallel(%arg0: memref<?x?xf32>, %arg1: index, %arg2: f32) {
// CHECK-NEXT:     %c0 = arith.constant 0 : index
// CHECK-NEXT:     %c1 = arith.constant 1 : index
// CHECK-NEXT:     %0 = arith.mulf %arg2, %arg2 : f32
// CHECK-NEXT:     scf.parallel (%arg3, %arg4) = (%c0, %c0) to (%arg1, %arg1) step (%c1, %c1) {
// CHECK-NEXT:       memref.store %0, %arg0[%arg3, %arg4] : memref<?x?xf32>
// CHECK-NEXT:       scf.reduce
// CHECK-NEXT:     }
// CHECK-NEXT:     return
// CHECK-NEXT:   }
// CHECK-NEXT: }
