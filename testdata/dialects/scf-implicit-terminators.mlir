// scf ops whose custom form leaves out an operand-less terminator: scf.for
// without iter_args, scf.if without results (with and without else),
// scf.parallel without reductions: reading the custom form back inserts the
// terminators again.
//
// RUN: opt-tool %s | FileCheck %s
// RUN: opt-tool %s --emit=generic | FileCheck %s --check-prefix=GENERIC
// RUN: opt-tool %s | opt-tool - | FileCheck %s
// RUN: opt-tool %s --emit=generic | opt-tool - | FileCheck %s

"func.func"() <{function_type = (index, index, index, i1, i32) -> (), sym_name = "no_results"}> ({
^bb0(%lb: index, %ub: index, %s: index, %c: i1, %a: i32):
  "scf.for"(%lb, %ub, %s) ({
  ^bb0(%i: index):
    %x = "arith.index_cast"(%i) : (index) -> i32
    "scf.yield"() : () -> ()
  }) : (index, index, index) -> ()
  "scf.for"(%a, %a, %a) ({
  ^bb0(%i: i32):
    "scf.yield"() : () -> ()
  }) {tag} : (i32, i32, i32) -> ()
  "scf.if"(%c) ({
    %y = "arith.addi"(%a, %a) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
    "scf.yield"() : () -> ()
  }, {
  }) : (i1) -> ()
  "scf.if"(%c) ({
    "scf.yield"() : () -> ()
  }, {
    %z = "arith.muli"(%a, %a) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
    "scf.yield"() : () -> ()
  }) : (i1) -> ()
  "scf.parallel"(%lb, %ub, %s) <{operandSegmentSizes = array<i32: 1, 1, 1, 0>}> ({
  ^bb0(%i: index):
    "scf.reduce"() : () -> ()
  }) : (index, index, index) -> ()
  "func.return"() : () -> ()
}) : () -> ()

// CHECK:      module {
// CHECK-LABEL:  func.func @no_results(%arg0: index, %arg1: index, %arg2: index, %arg3: i1, %arg4: i32) {
// CHECK-NEXT:     scf.for %arg5 = %arg0 to %arg1 step %arg2 {
// CHECK-NEXT:       %0 = arith.index_cast %arg5 : index to i32
// CHECK-NEXT:     }
// CHECK-NEXT:     scf.for %arg5 = %arg4 to %arg4 step %arg4  : i32 {
// CHECK-NEXT:     } {tag}
// CHECK-NEXT:     scf.if %arg3 {
// CHECK-NEXT:       %0 = arith.addi %arg4, %arg4 : i32
// CHECK-NEXT:     }
// CHECK-NEXT:     scf.if %arg3 {
// CHECK-NEXT:     } else {
// CHECK-NEXT:       %0 = arith.muli %arg4, %arg4 : i32
// CHECK-NEXT:     }
// CHECK-NEXT:     scf.parallel (%arg5) = (%arg0) to (%arg1) step (%arg2) {
// CHECK-NEXT:       scf.reduce
// CHECK-NEXT:     }
// CHECK-NEXT:     return
// CHECK-NEXT:   }
// CHECK-NEXT: }

// GENERIC:      "builtin.module"() ({
// GENERIC-LABEL:  "func.func"() <{function_type = (index, index, index, i1, i32) -> (), sym_name = "no_results"}> ({
// GENERIC-NEXT:   ^bb0(%arg0: index, %arg1: index, %arg2: index, %arg3: i1, %arg4: i32):
// GENERIC-NEXT:     "scf.for"(%arg0, %arg1, %arg2) ({
// GENERIC-NEXT:     ^bb0(%arg7: index):
// GENERIC-NEXT:       %2 = "arith.index_cast"(%arg7) : (index) -> i32
// GENERIC-NEXT:       "scf.yield"() : () -> ()
// GENERIC-NEXT:     }) : (index, index, index) -> ()
// GENERIC-NEXT:     "scf.for"(%arg4, %arg4, %arg4) ({
// GENERIC-NEXT:     ^bb0(%arg6: i32):
// GENERIC-NEXT:       "scf.yield"() : () -> ()
// GENERIC-NEXT:     }) {tag} : (i32, i32, i32) -> ()
// GENERIC-NEXT:     "scf.if"(%arg3) ({
// GENERIC-NEXT:       %1 = "arith.addi"(%arg4, %arg4) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
// GENERIC-NEXT:       "scf.yield"() : () -> ()
// GENERIC-NEXT:     }, {
// GENERIC-NEXT:     }) : (i1) -> ()
// GENERIC-NEXT:     "scf.if"(%arg3) ({
// GENERIC-NEXT:       "scf.yield"() : () -> ()
// GENERIC-NEXT:     }, {
// GENERIC-NEXT:       %0 = "arith.muli"(%arg4, %arg4) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
// GENERIC-NEXT:       "scf.yield"() : () -> ()
// GENERIC-NEXT:     }) : (i1) -> ()
// GENERIC-NEXT:     "scf.parallel"(%arg0, %arg1, %arg2) <{operandSegmentSizes = array<i32: 1, 1, 1, 0>}> ({
// GENERIC-NEXT:     ^bb0(%arg5: index):
// GENERIC-NEXT:       "scf.reduce"() : () -> ()
// GENERIC-NEXT:     }) : (index, index, index) -> ()
// GENERIC-NEXT:     "func.return"() : () -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-NEXT: }) : () -> ()
