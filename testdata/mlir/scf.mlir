// scf: for with iter_args, if with results and without else, while with
// before/after regions, parallel with reduce, a nested tiled loop nest.
//
// Written in the generic form exactly as `mlir-opt --mlir-print-op-generic
// --allow-unregistered-dialect` prints it. These ops are registered in
// opt-tool: its default output is their custom form (checked below, recorded
// from mlir-opt), and its --emit=generic output must reproduce this file's body
// byte for byte (RUN lines 1 and 4; blank lines and `//` lines are ignored).
//
// RUN: opt-tool %s --allow-unregistered-dialect --emit=generic | grep -v '^$' | diff -u <(grep -v -e '^//' -e '^$' %s) -
// RUN: opt-tool %s --allow-unregistered-dialect | FileCheck %s
// RUN: opt-tool %s --allow-unregistered-dialect | opt-tool --allow-unregistered-dialect - | FileCheck %s
// RUN: opt-tool %s --allow-unregistered-dialect | opt-tool --allow-unregistered-dialect --emit=generic - | grep -v '^$' | diff -u <(grep -v -e '^//' -e '^$' %s) -

"builtin.module"() ({
  "func.func"() <{function_type = (memref<?xf32>, index) -> f32, sym_name = "sum_reduction"}> ({
  ^bb0(%arg18: memref<?xf32>, %arg19: index):
    %22 = "arith.constant"() <{value = 0 : index}> : () -> index
    %23 = "arith.constant"() <{value = 1 : index}> : () -> index
    %24 = "arith.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
    %25 = "scf.for"(%22, %arg19, %23, %24) ({
    ^bb0(%arg20: index, %arg21: f32):
      %26 = "memref.load"(%arg18, %arg20) : (memref<?xf32>, index) -> f32
      %27 = "arith.addf"(%arg21, %26) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "scf.yield"(%27) : (f32) -> ()
    }) : (index, index, index, f32) -> f32
    "func.return"(%25) : (f32) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (i1, i32, i32) -> (i32, i32), sym_name = "if_with_results"}> ({
  ^bb0(%arg15: i1, %arg16: i32, %arg17: i32):
    %18:2 = "scf.if"(%arg15) ({
      %21 = "arith.addi"(%arg16, %arg17) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      "scf.yield"(%21, %arg16) : (i32, i32) -> ()
    }, {
      %20 = "arith.subi"(%arg16, %arg17) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      "scf.yield"(%20, %arg17) : (i32, i32) -> ()
    }) : (i1) -> (i32, i32)
    "scf.if"(%arg15) ({
      %19 = "arith.muli"(%arg16, %arg17) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      "scf.yield"() : () -> ()
    }, {
    }) : (i1) -> ()
    "func.return"(%18#0, %18#1) : (i32, i32) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (i32, i32) -> i32, sym_name = "while_loop"}> ({
  ^bb0(%arg11: i32, %arg12: i32):
    %14 = "arith.constant"() <{value = 1 : i32}> : () -> i32
    %15 = "scf.while"(%arg11) ({
    ^bb0(%arg14: i32):
      %17 = "arith.cmpi"(%arg14, %arg12) <{predicate = 2 : i64}> : (i32, i32) -> i1
      "scf.condition"(%17, %arg14) : (i1, i32) -> ()
    }, {
    ^bb0(%arg13: i32):
      %16 = "arith.addi"(%arg13, %14) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      "scf.yield"(%16) : (i32) -> ()
    }) : (i32) -> i32
    "func.return"(%15) : (i32) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<16x16xf32>) -> f32, sym_name = "parallel_reduce"}> ({
  ^bb0(%arg6: memref<16x16xf32>):
    %7 = "arith.constant"() <{value = 0 : index}> : () -> index
    %8 = "arith.constant"() <{value = 1 : index}> : () -> index
    %9 = "arith.constant"() <{value = 16 : index}> : () -> index
    %10 = "arith.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
    %11 = "scf.parallel"(%7, %7, %9, %9, %8, %8, %10) <{operandSegmentSizes = array<i32: 2, 2, 2, 1>}> ({
    ^bb0(%arg7: index, %arg8: index):
      %12 = "memref.load"(%arg6, %arg7, %arg8) : (memref<16x16xf32>, index, index) -> f32
      "scf.reduce"(%12) ({
      ^bb0(%arg9: f32, %arg10: f32):
        %13 = "arith.addf"(%arg9, %arg10) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
        "scf.reduce.return"(%13) : (f32) -> ()
      }) : (f32) -> ()
    }) : (index, index, index, index, index, index, f32) -> f32
    "func.return"(%11) : (f32) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<64x64xf32>, memref<64x64xf32>) -> (), sym_name = "nested_tiled_copy"}> ({
  ^bb0(%arg0: memref<64x64xf32>, %arg1: memref<64x64xf32>):
    %0 = "arith.constant"() <{value = 0 : index}> : () -> index
    %1 = "arith.constant"() <{value = 8 : index}> : () -> index
    %2 = "arith.constant"() <{value = 64 : index}> : () -> index
    %3 = "arith.constant"() <{value = 1 : index}> : () -> index
    "scf.for"(%0, %2, %1) ({
    ^bb0(%arg2: index):
      "scf.for"(%0, %2, %1) ({
      ^bb0(%arg3: index):
        %4 = "arith.addi"(%arg2, %1) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
        %5 = "arith.addi"(%arg3, %1) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
        "scf.for"(%arg2, %4, %3) ({
        ^bb0(%arg4: index):
          "scf.for"(%arg3, %5, %3) ({
          ^bb0(%arg5: index):
            %6 = "memref.load"(%arg0, %arg4, %arg5) : (memref<64x64xf32>, index, index) -> f32
            "memref.store"(%6, %arg1, %arg5, %arg4) : (f32, memref<64x64xf32>, index, index) -> ()
            "scf.yield"() : () -> ()
          }) : (index, index, index) -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "scf.yield"() : () -> ()
    }) : (index, index, index) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
}) : () -> ()

// CHECK:      module {
// CHECK-LABEL:  func.func @sum_reduction(%arg0: memref<?xf32>, %arg1: index) -> f32 {
// CHECK-NEXT:     %c0 = arith.constant 0 : index
// CHECK-NEXT:     %c1 = arith.constant 1 : index
// CHECK-NEXT:     %cst = arith.constant 0.000000e+00 : f32
// CHECK-NEXT:     %0 = scf.for %arg2 = %c0 to %arg1 step %c1 iter_args(%arg3 = %cst) -> (f32) {
// CHECK-NEXT:       %1 = memref.load %arg0[%arg2] : memref<?xf32>
// CHECK-NEXT:       %2 = arith.addf %arg3, %1 : f32
// CHECK-NEXT:       scf.yield %2 : f32
// CHECK-NEXT:     }
// CHECK-NEXT:     return %0 : f32
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @if_with_results(%arg0: i1, %arg1: i32, %arg2: i32) -> (i32, i32) {
// CHECK-NEXT:     %0:2 = scf.if %arg0 -> (i32, i32) {
// CHECK-NEXT:       %1 = arith.addi %arg1, %arg2 : i32
// CHECK-NEXT:       scf.yield %1, %arg1 : i32, i32
// CHECK-NEXT:     } else {
// CHECK-NEXT:       %1 = arith.subi %arg1, %arg2 : i32
// CHECK-NEXT:       scf.yield %1, %arg2 : i32, i32
// CHECK-NEXT:     }
// CHECK-NEXT:     scf.if %arg0 {
// CHECK-NEXT:       %1 = arith.muli %arg1, %arg2 : i32
// CHECK-NEXT:     }
// CHECK-NEXT:     return %0#0, %0#1 : i32, i32
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @while_loop(%arg0: i32, %arg1: i32) -> i32 {
// CHECK-NEXT:     %c1_i32 = arith.constant 1 : i32
// CHECK-NEXT:     %0 = scf.while (%arg2 = %arg0) : (i32) -> i32 {
// CHECK-NEXT:       %1 = arith.cmpi slt, %arg2, %arg1 : i32
// CHECK-NEXT:       scf.condition(%1) %arg2 : i32
// CHECK-NEXT:     } do {
// CHECK-NEXT:     ^bb0(%arg2: i32):
// CHECK-NEXT:       %1 = arith.addi %arg2, %c1_i32 : i32
// CHECK-NEXT:       scf.yield %1 : i32
// CHECK-NEXT:     }
// CHECK-NEXT:     return %0 : i32
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @parallel_reduce(%arg0: memref<16x16xf32>) -> f32 {
// CHECK-NEXT:     %c0 = arith.constant 0 : index
// CHECK-NEXT:     %c1 = arith.constant 1 : index
// CHECK-NEXT:     %c16 = arith.constant 16 : index
// CHECK-NEXT:     %cst = arith.constant 0.000000e+00 : f32
// CHECK-NEXT:     %0 = scf.parallel (%arg1, %arg2) = (%c0, %c0) to (%c16, %c16) step (%c1, %c1) init (%cst) -> f32 {
// CHECK-NEXT:       %1 = memref.load %arg0[%arg1, %arg2] : memref<16x16xf32>
// CHECK-NEXT:       scf.reduce(%1 : f32) {
// CHECK-NEXT:       ^bb0(%arg3: f32, %arg4: f32):
// CHECK-NEXT:         %2 = arith.addf %arg3, %arg4 : f32
// CHECK-NEXT:         scf.reduce.return %2 : f32
// CHECK-NEXT:       }
// CHECK-NEXT:     }
// CHECK-NEXT:     return %0 : f32
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @nested_tiled_copy(%arg0: memref<64x64xf32>, %arg1: memref<64x64xf32>) {
// CHECK-NEXT:     %c0 = arith.constant 0 : index
// CHECK-NEXT:     %c8 = arith.constant 8 : index
// CHECK-NEXT:     %c64 = arith.constant 64 : index
// CHECK-NEXT:     %c1 = arith.constant 1 : index
// CHECK-NEXT:     scf.for %arg2 = %c0 to %c64 step %c8 {
// CHECK-NEXT:       scf.for %arg3 = %c0 to %c64 step %c8 {
// CHECK-NEXT:         %0 = arith.addi %arg2, %c8 : index
// CHECK-NEXT:         %1 = arith.addi %arg3, %c8 : index
// CHECK-NEXT:         scf.for %arg4 = %arg2 to %0 step %c1 {
// CHECK-NEXT:           scf.for %arg5 = %arg3 to %1 step %c1 {
// CHECK-NEXT:             %2 = memref.load %arg0[%arg4, %arg5] : memref<64x64xf32>
// CHECK-NEXT:             memref.store %2, %arg1[%arg5, %arg4] : memref<64x64xf32>
// CHECK-NEXT:           }
// CHECK-NEXT:         }
// CHECK-NEXT:       }
// CHECK-NEXT:     }
// CHECK-NEXT:     return
// CHECK-NEXT:   }
// CHECK-NEXT: }
