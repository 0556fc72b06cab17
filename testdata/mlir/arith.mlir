// arith: constants (scalars, splat and nested dense), integer and float
// arithmetic with overflow and fastmath flags, cmpi/cmpf predicates, select,
// casts.
//
// Written in the generic form exactly as `mlir-opt --mlir-print-op-generic`
// prints it. arith is registered in opt-tool: its default output uses arith's
// custom syntax (the CHECK lines, recorded from mlir-opt), and its
// --emit=generic output must reproduce this file's body byte for byte (RUN
// lines 1 and 4; blank lines and `//` lines are ignored).
//
// RUN: opt-tool %s --allow-unregistered-dialect --emit=generic | grep -v '^$' | diff -u <(grep -v -e '^//' -e '^$' %s) -
// RUN: opt-tool %s --allow-unregistered-dialect | FileCheck %s
// RUN: opt-tool %s --allow-unregistered-dialect | opt-tool --allow-unregistered-dialect - | FileCheck %s
// RUN: opt-tool %s --allow-unregistered-dialect | opt-tool --allow-unregistered-dialect --emit=generic - | grep -v '^$' | diff -u <(grep -v -e '^//' -e '^$' %s) -

"builtin.module"() ({
  "func.func"() <{function_type = () -> (i32, f32, index, i1, vector<4xf32>, tensor<2x2xi64>), sym_name = "constants"}> ({
    %30 = "arith.constant"() <{value = 42 : i32}> : () -> i32
    %31 = "arith.constant"() <{value = 1.500000e+00 : f32}> : () -> f32
    %32 = "arith.constant"() <{value = 7 : index}> : () -> index
    %33 = "arith.constant"() <{value = true}> : () -> i1
    %34 = "arith.constant"() <{value = dense<5.000000e-01> : vector<4xf32>}> : () -> vector<4xf32>
    %35 = "arith.constant"() <{value = dense<[[1, 2], [3, 4]]> : tensor<2x2xi64>}> : () -> tensor<2x2xi64>
    "func.return"(%30, %31, %32, %33, %34, %35) : (i32, f32, index, i1, vector<4xf32>, tensor<2x2xi64>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (i32, i32) -> i32, sym_name = "integer_arith"}> ({
  ^bb0(%arg10: i32, %arg11: i32):
    %21 = "arith.addi"(%arg10, %arg11) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
    %22 = "arith.muli"(%21, %arg11) <{overflowFlags = #arith.overflow<nsw, nuw>}> : (i32, i32) -> i32
    %23 = "arith.subi"(%22, %arg10) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
    %24 = "arith.divsi"(%23, %arg11) : (i32, i32) -> i32
    %25 = "arith.remui"(%24, %arg10) : (i32, i32) -> i32
    %26 = "arith.andi"(%25, %arg11) : (i32, i32) -> i32
    %27 = "arith.shli"(%26, %arg10) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
    %28 = "arith.maxsi"(%27, %arg10) : (i32, i32) -> i32
    %29 = "arith.xori"(%28, %arg11) : (i32, i32) -> i32
    "func.return"(%29) : (i32) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (f32, f32, vector<8xf64>) -> (f32, vector<8xf64>), sym_name = "float_arith"}> ({
  ^bb0(%arg7: f32, %arg8: f32, %arg9: vector<8xf64>):
    %14 = "arith.addf"(%arg7, %arg8) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
    %15 = "arith.mulf"(%14, %arg8) <{fastmath = #arith.fastmath<fast>}> : (f32, f32) -> f32
    %16 = "arith.divf"(%15, %arg7) <{fastmath = #arith.fastmath<nnan,ninf>}> : (f32, f32) -> f32
    %17 = "arith.negf"(%16) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
    %18 = "arith.maximumf"(%17, %arg7) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
    %19 = "arith.mulf"(%arg9, %arg9) <{fastmath = #arith.fastmath<none>}> : (vector<8xf64>, vector<8xf64>) -> vector<8xf64>
    %20 = "arith.subf"(%19, %arg9) <{fastmath = #arith.fastmath<contract>}> : (vector<8xf64>, vector<8xf64>) -> vector<8xf64>
    "func.return"(%18, %20) : (f32, vector<8xf64>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (i64, i64, f16, f16) -> (i64, f16, i1), sym_name = "compare_select"}> ({
  ^bb0(%arg3: i64, %arg4: i64, %arg5: f16, %arg6: f16):
    %7 = "arith.cmpi"(%arg3, %arg4) <{predicate = 2 : i64}> : (i64, i64) -> i1
    %8 = "arith.select"(%7, %arg3, %arg4) : (i1, i64, i64) -> i64
    %9 = "arith.cmpf"(%arg5, %arg6) <{fastmath = #arith.fastmath<none>, predicate = 3 : i64}> : (f16, f16) -> i1
    %10 = "arith.select"(%9, %arg5, %arg6) : (i1, f16, f16) -> f16
    %11 = "arith.cmpf"(%arg5, %arg6) <{fastmath = #arith.fastmath<none>, predicate = 14 : i64}> : (f16, f16) -> i1
    %12 = "arith.cmpi"(%arg3, %arg4) <{predicate = 1 : i64}> : (i64, i64) -> i1
    %13 = "arith.andi"(%11, %12) : (i1, i1) -> i1
    "func.return"(%8, %10, %13) : (i64, f16, i1) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (i32, index, f16) -> (index, f32, i64, f64, i8, f32), sym_name = "casts"}> ({
  ^bb0(%arg0: i32, %arg1: index, %arg2: f16):
    %0 = "arith.index_cast"(%arg0) : (i32) -> index
    %1 = "arith.sitofp"(%arg0) : (i32) -> f32
    %2 = "arith.extsi"(%arg0) : (i32) -> i64
    %3 = "arith.extf"(%arg2) : (f16) -> f64
    %4 = "arith.trunci"(%arg0) <{overflowFlags = #arith.overflow<none>}> : (i32) -> i8
    %5 = "arith.bitcast"(%arg0) : (i32) -> f32
    %6 = "arith.addi"(%0, %arg1) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
    "func.return"(%6, %1, %2, %3, %4, %5) : (index, f32, i64, f64, i8, f32) -> ()
  }) : () -> ()
}) : () -> ()

// CHECK:      module {
// CHECK-LABEL:  func.func @constants() -> (i32, f32, index, i1, vector<4xf32>, tensor<2x2xi64>) {
// CHECK-NEXT:     %c42_i32 = arith.constant 42 : i32
// CHECK-NEXT:     %cst = arith.constant 1.500000e+00 : f32
// CHECK-NEXT:     %c7 = arith.constant 7 : index
// CHECK-NEXT:     %true = arith.constant true
// CHECK-NEXT:     %cst_0 = arith.constant dense<5.000000e-01> : vector<4xf32>
// CHECK-NEXT:     %cst_1 = arith.constant dense<{{\[\[}}1, 2], [3, 4]]> : tensor<2x2xi64>
// CHECK-NEXT:     return %c42_i32, %cst, %c7, %true, %cst_0, %cst_1 : i32, f32, index, i1, vector<4xf32>, tensor<2x2xi64>
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @integer_arith(%arg0: i32, %arg1: i32) -> i32 {
// CHECK-NEXT:     %0 = arith.addi %arg0, %arg1 : i32
// CHECK-NEXT:     %1 = arith.muli %0, %arg1 overflow<nsw, nuw> : i32
// CHECK-NEXT:     %2 = arith.subi %1, %arg0 : i32
// CHECK-NEXT:     %3 = arith.divsi %2, %arg1 : i32
// CHECK-NEXT:     %4 = arith.remui %3, %arg0 : i32
// CHECK-NEXT:     %5 = arith.andi %4, %arg1 : i32
// CHECK-NEXT:     %6 = arith.shli %5, %arg0 : i32
// CHECK-NEXT:     %7 = arith.maxsi %6, %arg0 : i32
// CHECK-NEXT:     %8 = arith.xori %7, %arg1 : i32
// CHECK-NEXT:     return %8 : i32
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @float_arith(%arg0: f32, %arg1: f32, %arg2: vector<8xf64>) -> (f32, vector<8xf64>) {
// CHECK-NEXT:     %0 = arith.addf %arg0, %arg1 : f32
// CHECK-NEXT:     %1 = arith.mulf %0, %arg1 fastmath<fast> : f32
// CHECK-NEXT:     %2 = arith.divf %1, %arg0 fastmath<nnan,ninf> : f32
// CHECK-NEXT:     %3 = arith.negf %2 : f32
// CHECK-NEXT:     %4 = arith.maximumf %3, %arg0 : f32
// CHECK-NEXT:     %5 = arith.mulf %arg2, %arg2 : vector<8xf64>
// CHECK-NEXT:     %6 = arith.subf %5, %arg2 fastmath<contract> : vector<8xf64>
// CHECK-NEXT:     return %4, %6 : f32, vector<8xf64>
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @compare_select(%arg0: i64, %arg1: i64, %arg2: f16, %arg3: f16) -> (i64, f16, i1) {
// CHECK-NEXT:     %0 = arith.cmpi slt, %arg0, %arg1 : i64
// CHECK-NEXT:     %1 = arith.select %0, %arg0, %arg1 : i64
// CHECK-NEXT:     %2 = arith.cmpf oge, %arg2, %arg3 : f16
// CHECK-NEXT:     %3 = arith.select %2, %arg2, %arg3 : f16
// CHECK-NEXT:     %4 = arith.cmpf uno, %arg2, %arg3 : f16
// CHECK-NEXT:     %5 = arith.cmpi ne, %arg0, %arg1 : i64
// CHECK-NEXT:     %6 = arith.andi %4, %5 : i1
// CHECK-NEXT:     return %1, %3, %6 : i64, f16, i1
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @casts(%arg0: i32, %arg1: index, %arg2: f16) -> (index, f32, i64, f64, i8, f32) {
// CHECK-NEXT:     %0 = arith.index_cast %arg0 : i32 to index
// CHECK-NEXT:     %1 = arith.sitofp %arg0 : i32 to f32
// CHECK-NEXT:     %2 = arith.extsi %arg0 : i32 to i64
// CHECK-NEXT:     %3 = arith.extf %arg2 : f16 to f64
// CHECK-NEXT:     %4 = arith.trunci %arg0 : i32 to i8
// CHECK-NEXT:     %5 = arith.bitcast %arg0 : i32 to f32
// CHECK-NEXT:     %6 = arith.addi %0, %arg1 : index
// CHECK-NEXT:     return %6, %1, %2, %3, %4, %5 : index, f32, i64, f64, i8, f32
// CHECK-NEXT:   }
// CHECK-NEXT: }
