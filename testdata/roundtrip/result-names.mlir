// Result names chosen by ops (MLIR's getAsmResultNames), in the pretty form only:
// arith.constant is %c<value>_<type>, %c<value> for index, %true/%false, %cst
// otherwise. Clashes get _N from one counter that, like the value numbers, restarts in
// each sibling region; names are visible in nested regions, not in siblings.
//
// RUN: opt-tool %s --allow-unregistered-dialect | FileCheck %s
// RUN: opt-tool %s --allow-unregistered-dialect | opt-tool --allow-unregistered-dialect - | FileCheck %s
// RUN: opt-tool %s --allow-unregistered-dialect --emit=generic | FileCheck %s --check-prefix=GENERIC

// GENERIC: %0 = "arith.constant"() <{value = 1 : i32}> : () -> i32

func.func @f(%a: i32, %c: i1) -> i32 {
  %0 = arith.constant 1 : i32
  %1 = arith.constant 1 : i32
  %t = arith.constant true
  %2 = arith.constant -3 : i8
  %3 = arith.constant 0 : index
  %4 = arith.constant 0 : index
  %5 = arith.constant 1.0 : f32
  %6 = arith.constant 2.0 : f32
  %7 = arith.constant dense<1> : vector<4xi32>
  %8 = arith.addi %a, %0 : i32
  cf.cond_br %c, ^bb1, ^bb2
^bb1:
  %9 = arith.constant 1 : i32
  %10 = arith.constant 0 : index
  return %9 : i32
^bb2:
  %11 = arith.constant 1 : i32
  "foo.op"() ({
    %12 = arith.constant 1 : i32
    %13 = arith.constant 1 : i32
    "foo.y"() : () -> ()
  }, {
    %14 = arith.constant 1 : i32
    %15 = arith.constant 0.0 : f32
    "foo.y"() : () -> ()
  }) : () -> ()
  return %8 : i32
}
// CHECK:      module {
// CHECK-LABEL:  func.func @f(%arg0: i32, %arg1: i1) -> i32 {
// CHECK-NEXT:     %c1_i32 = arith.constant 1 : i32
// CHECK-NEXT:     %c1_i32_0 = arith.constant 1 : i32
// CHECK-NEXT:     %true = arith.constant true
// CHECK-NEXT:     %c-3_i8 = arith.constant -3 : i8
// CHECK-NEXT:     %c0 = arith.constant 0 : index
// CHECK-NEXT:     %c0_1 = arith.constant 0 : index
// CHECK-NEXT:     %cst = arith.constant 1.000000e+00 : f32
// CHECK-NEXT:     %cst_2 = arith.constant 2.000000e+00 : f32
// CHECK-NEXT:     %cst_3 = arith.constant dense<1> : vector<4xi32>
// CHECK-NEXT:     %0 = arith.addi %arg0, %c1_i32 : i32
// CHECK-NEXT:     cf.cond_br %arg1, ^bb1, ^bb2
// CHECK-NEXT:   ^bb1:  // pred: ^bb0
// CHECK-NEXT:     %c1_i32_4 = arith.constant 1 : i32
// CHECK-NEXT:     %c0_5 = arith.constant 0 : index
// CHECK-NEXT:     return %c1_i32_4 : i32
// CHECK-NEXT:   ^bb2:  // pred: ^bb0
// CHECK-NEXT:     %c1_i32_6 = arith.constant 1 : i32
// CHECK-NEXT:     "foo.op"() ({
// CHECK-NEXT:       %c1_i32_7 = arith.constant 1 : i32
// CHECK-NEXT:       %c1_i32_8 = arith.constant 1 : i32
// CHECK-NEXT:       "foo.y"() : () -> ()
// CHECK-NEXT:     }, {
// CHECK-NEXT:       %c1_i32_7 = arith.constant 1 : i32
// CHECK-NEXT:       %cst_8 = arith.constant 0.000000e+00 : f32
// CHECK-NEXT:       "foo.y"() : () -> ()
// CHECK-NEXT:     }) : () -> ()
// CHECK-NEXT:     return %0 : i32
// CHECK-NEXT:   }
// CHECK-NEXT: }
