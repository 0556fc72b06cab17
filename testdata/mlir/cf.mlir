// cf with arith: cf.switch with case values and block arguments, cf.assert, a
// counted loop as a CFG.
//
// Written in the generic form exactly as `mlir-opt --mlir-print-op-generic
// --allow-unregistered-dialect` prints it when these dialects are not
// registered. opt-tool registers them and prints their custom forms by
// default (the CHECK lines, recorded from mlir-opt); its
// --emit=generic output must reproduce this file's body byte for byte (RUN
// lines 1 and 4; blank lines and `//` lines are ignored).
//
// RUN: opt-tool %s --allow-unregistered-dialect --emit=generic | grep -v '^$' | diff -u <(grep -v -e '^//' -e '^$' %s) -
// RUN: opt-tool %s --allow-unregistered-dialect | FileCheck %s
// RUN: opt-tool %s --allow-unregistered-dialect | opt-tool --allow-unregistered-dialect - | FileCheck %s
// RUN: opt-tool %s --allow-unregistered-dialect | opt-tool --allow-unregistered-dialect --emit=generic - | grep -v '^$' | diff -u <(grep -v -e '^//' -e '^$' %s) -

"builtin.module"() ({
  "func.func"() <{function_type = (i32, f32, f32) -> f32, sym_name = "switch"}> ({
  ^bb0(%arg1: i32, %arg2: f32, %arg3: f32):
    "cf.switch"(%arg1, %arg2, %arg3)[^bb3, ^bb1, ^bb2] <{case_operand_segments = array<i32: 0, 1>, case_values = dense<[0, 1]> : vector<2xi32>, operandSegmentSizes = array<i32: 1, 1, 1>}> : (i32, f32, f32) -> ()
  ^bb1:  // pred: ^bb0
    %8 = "arith.constant"() <{value = 2.000000e+00 : f32}> : () -> f32
    "cf.br"(%8)[^bb3] : (f32) -> ()
  ^bb2(%9: f32):  // pred: ^bb0
    %10 = "arith.mulf"(%9, %9) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
    "cf.br"(%10)[^bb3] : (f32) -> ()
  ^bb3(%11: f32):  // 3 preds: ^bb0, ^bb1, ^bb2
    "func.return"(%11) : (f32) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (index) -> index, sym_name = "assert_and_loop"}> ({
  ^bb0(%arg0: index):
    %0 = "arith.constant"() <{value = 0 : index}> : () -> index
    %1 = "arith.constant"() <{value = 1 : index}> : () -> index
    %2 = "arith.cmpi"(%arg0, %0) <{predicate = 5 : i64}> : (index, index) -> i1
    "cf.assert"(%2) <{msg = "n must be non-negative"}> : (i1) -> ()
    "cf.br"(%0, %0)[^bb1] : (index, index) -> ()
  ^bb1(%3: index, %4: index):  // 2 preds: ^bb0, ^bb2
    %5 = "arith.cmpi"(%3, %arg0) <{predicate = 2 : i64}> : (index, index) -> i1
    "cf.cond_br"(%5)[^bb2, ^bb3] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb2:  // pred: ^bb1
    %6 = "arith.addi"(%4, %3) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
    %7 = "arith.addi"(%3, %1) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
    "cf.br"(%7, %6)[^bb1] : (index, index) -> ()
  ^bb3:  // pred: ^bb1
    "func.return"(%4) : (index) -> ()
  }) : () -> ()
}) : () -> ()

// CHECK:      module {
// CHECK-LABEL:  func.func @switch(%arg0: i32, %arg1: f32, %arg2: f32) -> f32 {
// CHECK-NEXT:     cf.switch %arg0 : i32, [
// CHECK-NEXT:       default: ^bb3(%arg1 : f32),
// CHECK-NEXT:       0: ^bb1,
// CHECK-NEXT:       1: ^bb2(%arg2 : f32)
// CHECK-NEXT:     ]
// CHECK-NEXT:   ^bb1:  // pred: ^bb0
// CHECK-NEXT:     %cst = arith.constant 2.000000e+00 : f32
// CHECK-NEXT:     cf.br ^bb3(%cst : f32)
// CHECK-NEXT:   ^bb2(%0: f32):  // pred: ^bb0
// CHECK-NEXT:     %1 = arith.mulf %0, %0 : f32
// CHECK-NEXT:     cf.br ^bb3(%1 : f32)
// CHECK-NEXT:   ^bb3(%2: f32):  // 3 preds: ^bb0, ^bb1, ^bb2
// CHECK-NEXT:     return %2 : f32
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @assert_and_loop(%arg0: index) -> index {
// CHECK-NEXT:     %c0 = arith.constant 0 : index
// CHECK-NEXT:     %c1 = arith.constant 1 : index
// CHECK-NEXT:     %0 = arith.cmpi sge, %arg0, %c0 : index
// CHECK-NEXT:     cf.assert %0, "n must be non-negative"
// CHECK-NEXT:     cf.br ^bb1(%c0, %c0 : index, index)
// CHECK-NEXT:   ^bb1(%1: index, %2: index):  // 2 preds: ^bb0, ^bb2
// CHECK-NEXT:     %3 = arith.cmpi slt, %1, %arg0 : index
// CHECK-NEXT:     cf.cond_br %3, ^bb2, ^bb3
// CHECK-NEXT:   ^bb2:  // pred: ^bb1
// CHECK-NEXT:     %4 = arith.addi %2, %1 : index
// CHECK-NEXT:     %5 = arith.addi %1, %c1 : index
// CHECK-NEXT:     cf.br ^bb1(%5, %4 : index, index)
// CHECK-NEXT:   ^bb3:  // pred: ^bb1
// CHECK-NEXT:     return %2 : index
// CHECK-NEXT:   }
// CHECK-NEXT: }
