// RUN: opt-tool %s --pass=canonicalize,cse | FileCheck %s
// RUN: opt-tool %s --pass=canonicalize{test-convergence=true} | FileCheck %s --check-prefix=CONV

// CHECK-LABEL: func.func @fold
// CHECK-NEXT:    %cst = arith.constant 2.000000e+00 : f32
// CHECK-NEXT:    %true = arith.constant true
// CHECK-NEXT:    %c7 = arith.constant 7 : index
// CHECK-NEXT:    %c-128_i8 = arith.constant -128 : i8
// CHECK-NEXT:    %0 = arith.addi %arg0, %arg1 : i32
// CHECK-NEXT:    %1 = arith.muli %0, %0 : i32
// CHECK-NEXT:    return %1, %c-128_i8, %c7, %true, %cst, %arg0 : i32, i8, index, i1, f32, i32
// CONV-LABEL: func.func @fold
func.func @fold(%a: i32, %b: i32) -> (i32, i8, index, i1, f32, i32) {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %c7 = arith.constant 7 : i32
  %x = arith.addi %a, %c0 : i32
  %y = arith.muli %x, %c1 : i32
  %s1 = arith.addi %y, %b : i32
  %s2 = arith.addi %a, %b : i32
  %p = arith.muli %s1, %s2 : i32
  %big = arith.constant 127 : i8
  %one = arith.constant 1 : i8
  %wrap = arith.addi %big, %one : i8
  %i = arith.index_cast %c7 : i32 to index
  %cmp = arith.cmpi slt, %c1, %c7 : i32
  %f1 = arith.constant 1.5 : f32
  %f2 = arith.constant 0.5 : f32
  %f = arith.addf %f1, %f2 : f32
  %z = arith.muli %a, %c0 : i32
  %sel = arith.select %cmp, %a, %z : i32
  %dead = arith.subi %a, %b : i32
  return %p, %wrap, %i, %cmp, %f, %sel : i32, i8, index, i1, f32, i32
}

// Canonicalize erases the unused entry-block addi; CSE merges the two muli. Same ops
// as `mlir-opt --canonicalize --cse`.
// CHECK-LABEL: func.func @cse_blocks
// CHECK-NEXT:    cf.cond_br %arg1, ^bb1, ^bb2
// CHECK-NEXT:  ^bb1:  // pred: ^bb0
// CHECK-NEXT:    %0 = arith.addi %arg0, %arg0 : i32
// CHECK-NEXT:    return %0 : i32
// CHECK-NEXT:  ^bb2:  // pred: ^bb0
// CHECK-NEXT:    %1 = arith.muli %arg0, %arg0 : i32
// CHECK-NEXT:    %2 = arith.subi %1, %1 : i32
// CHECK-NEXT:    %3 = arith.addi %1, %2 : i32
// CHECK-NEXT:    return %3 : i32
func.func @cse_blocks(%a: i32, %c: i1) -> i32 {
  %0 = arith.addi %a, %a : i32
  cf.cond_br %c, ^bb1, ^bb2
^bb1:
  %1 = arith.addi %a, %a : i32
  return %1 : i32
^bb2:
  %2 = arith.muli %a, %a : i32
  %3 = arith.muli %a, %a : i32
  %4 = arith.subi %2, %3 : i32
  %5 = arith.addi %2, %4 : i32
  return %5 : i32
}
