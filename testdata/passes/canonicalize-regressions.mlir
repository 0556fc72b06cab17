// canonicalize regressions: inputs that once crashed or went wrong, with the
// result mlir-opt --canonicalize gives.
//
// RUN: opt-tool %s --pass=canonicalize | FileCheck %s

// The constant-reassociation pattern looked at the operands of a one-operand op.
func.func @addi_of_trunci(%a: i32) -> i8 {
  %c = arith.constant 1 : i8
  %t = arith.trunci %a : i32 to i8
  %v = arith.addi %t, %c : i8
  return %v : i8
}

// CHECK:      module {
// CHECK-LABEL:  func.func @addi_of_trunci(%arg0: i32) -> i8 {
// CHECK-NEXT:     %c1_i8 = arith.constant 1 : i8
// CHECK-NEXT:     %0 = arith.trunci %arg0 : i32 to i8
// CHECK-NEXT:     %1 = arith.addi %0, %c1_i8 : i8
// CHECK-NEXT:     return %1 : i8
// CHECK-NEXT:   }
// CHECK-NEXT: }
