// affine: for loops with map bounds, min, load/store with affine subscripts,
// apply, if with an integer set, iter_args, parallel.
//
// Written in the generic form exactly as `mlir-opt --mlir-print-op-generic
// --allow-unregistered-dialect` prints it when these dialects are not
// registered (as in opt-tool, for now): their ops, types and attributes are
// kept verbatim, and affine maps inside the properties `<{...}>` of an
// unregistered op stay inline (mlir-opt makes no `#map` alias for them). opt-tool
// prints these ops in the generic form even in its default output, and its
// --emit=generic output must reproduce this file's body byte for byte (RUN
// lines 1 and 4; blank lines and `//` lines are ignored).
//
// RUN: opt-tool %s --allow-unregistered-dialect --emit=generic | grep -v '^$' | diff -u <(grep -v -e '^//' -e '^$' %s) -
// RUN: opt-tool %s --allow-unregistered-dialect | FileCheck %s
// RUN: opt-tool %s --allow-unregistered-dialect | opt-tool --allow-unregistered-dialect - | FileCheck %s
// RUN: opt-tool %s --allow-unregistered-dialect | opt-tool --allow-unregistered-dialect --emit=generic - | grep -v '^$' | diff -u <(grep -v -e '^//' -e '^$' %s) -

"builtin.module"() ({
  "func.func"() <{function_type = (memref<32x32xf32>, memref<32x32xf32>, index) -> (), sym_name = "affine_loops"}> ({
  ^bb0(%arg8: memref<32x32xf32>, %arg9: memref<32x32xf32>, %arg10: index):
    "affine.for"() <{lowerBoundMap = affine_map<() -> (0)>, operandSegmentSizes = array<i32: 0, 0, 0>, step = 4 : index, upperBoundMap = affine_map<() -> (32)>}> ({
    ^bb0(%arg11: index):
      "affine.for"(%arg11, %arg11, %arg10) <{lowerBoundMap = affine_map<(d0) -> (d0)>, operandSegmentSizes = array<i32: 1, 2, 0>, step = 1 : index, upperBoundMap = affine_map<(d0)[s0] -> (d0 + 4, s0)>}> ({
      ^bb0(%arg12: index):
        %8 = "affine.load"(%arg8, %arg11, %arg12) <{map = affine_map<(d0, d1) -> (d0 + 1, d1 * 2 - 3)>}> : (memref<32x32xf32>, index, index) -> f32
        "affine.store"(%8, %arg9, %arg12, %arg11) <{map = affine_map<(d0, d1) -> (d0, d1)>}> : (f32, memref<32x32xf32>, index, index) -> ()
        "affine.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "affine.yield"() : () -> ()
    }) : () -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (index, index, index) -> index, sym_name = "affine_apply_if"}> ({
  ^bb0(%arg5: index, %arg6: index, %arg7: index):
    %5 = "affine.apply"(%arg5, %arg6, %arg7) <{map = affine_map<(d0, d1)[s0] -> (d0 * 8 + d1 floordiv 4 + s0 mod 3)>}> : (index, index, index) -> index
    %6 = "affine.if"(%5, %arg7) <{condition = affine_set<(d0)[s0] : (d0 >= 0, -d0 + s0 - 1 >= 0)>}> ({
      "affine.yield"(%5) : (index) -> ()
    }, {
      %7 = "affine.min"(%arg5) <{map = affine_map<(d0) -> (d0, 16)>}> : (index) -> index
      "affine.yield"(%7) : (index) -> ()
    }) : (index, index) -> index
    "func.return"(%6) : (index) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<128xf32>) -> f32, sym_name = "affine_reduction"}> ({
  ^bb0(%arg0: memref<128xf32>):
    %0 = "arith.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
    %1 = "affine.for"(%0) <{lowerBoundMap = affine_map<() -> (0)>, operandSegmentSizes = array<i32: 0, 0, 1>, step = 1 : index, upperBoundMap = affine_map<() -> (128)>}> ({
    ^bb0(%arg3: index, %arg4: f32):
      %3 = "affine.load"(%arg0, %arg3) <{map = affine_map<(d0) -> (d0)>}> : (memref<128xf32>, index) -> f32
      %4 = "arith.addf"(%arg4, %3) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "affine.yield"(%4) : (f32) -> ()
    }) : (f32) -> f32
    "affine.parallel"() <{lowerBoundsGroups = dense<1> : tensor<2xi32>, lowerBoundsMap = affine_map<() -> (0, 0)>, reductions = [], steps = [1, 1], upperBoundsGroups = dense<1> : tensor<2xi32>, upperBoundsMap = affine_map<() -> (4, 8)>}> ({
    ^bb0(%arg1: index, %arg2: index):
      %2 = "affine.load"(%arg0, %arg1, %arg2) <{map = affine_map<(d0, d1) -> (d0 * 8 + d1)>}> : (memref<128xf32>, index, index) -> f32
      "affine.yield"() : () -> ()
    }) : () -> ()
    "func.return"(%1) : (f32) -> ()
  }) : () -> ()
}) : () -> ()

// CHECK:      module {
// CHECK-LABEL:  func.func @affine_loops(%arg0: memref<32x32xf32>, %arg1: memref<32x32xf32>, %arg2: index) {
// CHECK-NEXT:     "affine.for"() <{lowerBoundMap = affine_map<() -> (0)>, operandSegmentSizes = array<i32: 0, 0, 0>, step = 4 : index, upperBoundMap = affine_map<() -> (32)>}> ({
// CHECK-NEXT:     ^bb0(%arg3: index):
// CHECK-NEXT:       "affine.for"(%arg3, %arg3, %arg2) <{lowerBoundMap = affine_map<(d0) -> (d0)>, operandSegmentSizes = array<i32: 1, 2, 0>, step = 1 : index, upperBoundMap = affine_map<(d0)[s0] -> (d0 + 4, s0)>}> ({
// CHECK-NEXT:       ^bb0(%arg4: index):
// CHECK-NEXT:         %0 = "affine.load"(%arg0, %arg3, %arg4) <{map = affine_map<(d0, d1) -> (d0 + 1, d1 * 2 - 3)>}> : (memref<32x32xf32>, index, index) -> f32
// CHECK-NEXT:         "affine.store"(%0, %arg1, %arg4, %arg3) <{map = affine_map<(d0, d1) -> (d0, d1)>}> : (f32, memref<32x32xf32>, index, index) -> ()
// CHECK-NEXT:         "affine.yield"() : () -> ()
// CHECK-NEXT:       }) : (index, index, index) -> ()
// CHECK-NEXT:       "affine.yield"() : () -> ()
// CHECK-NEXT:     }) : () -> ()
// CHECK-NEXT:     return
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @affine_apply_if(%arg0: index, %arg1: index, %arg2: index) -> index {
// CHECK-NEXT:     %0 = "affine.apply"(%arg0, %arg1, %arg2) <{map = affine_map<(d0, d1)[s0] -> (d0 * 8 + d1 floordiv 4 + s0 mod 3)>}> : (index, index, index) -> index
// CHECK-NEXT:     %1 = "affine.if"(%0, %arg2) <{condition = affine_set<(d0)[s0] : (d0 >= 0, -d0 + s0 - 1 >= 0)>}> ({
// CHECK-NEXT:       "affine.yield"(%0) : (index) -> ()
// CHECK-NEXT:     }, {
// CHECK-NEXT:       %2 = "affine.min"(%arg0) <{map = affine_map<(d0) -> (d0, 16)>}> : (index) -> index
// CHECK-NEXT:       "affine.yield"(%2) : (index) -> ()
// CHECK-NEXT:     }) : (index, index) -> index
// CHECK-NEXT:     return %1 : index
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @affine_reduction(%arg0: memref<128xf32>) -> f32 {
// CHECK-NEXT:     %cst = arith.constant 0.000000e+00 : f32
// CHECK-NEXT:     %0 = "affine.for"(%cst) <{lowerBoundMap = affine_map<() -> (0)>, operandSegmentSizes = array<i32: 0, 0, 1>, step = 1 : index, upperBoundMap = affine_map<() -> (128)>}> ({
// CHECK-NEXT:     ^bb0(%arg1: index, %arg2: f32):
// CHECK-NEXT:       %1 = "affine.load"(%arg0, %arg1) <{map = affine_map<(d0) -> (d0)>}> : (memref<128xf32>, index) -> f32
// CHECK-NEXT:       %2 = arith.addf %arg2, %1 : f32
// CHECK-NEXT:       "affine.yield"(%2) : (f32) -> ()
// CHECK-NEXT:     }) : (f32) -> f32
// CHECK-NEXT:     "affine.parallel"() <{lowerBoundsGroups = dense<1> : tensor<2xi32>, lowerBoundsMap = affine_map<() -> (0, 0)>, reductions = [], steps = [1, 1], upperBoundsGroups = dense<1> : tensor<2xi32>, upperBoundsMap = affine_map<() -> (4, 8)>}> ({
// CHECK-NEXT:     ^bb0(%arg1: index, %arg2: index):
// CHECK-NEXT:       %1 = "affine.load"(%arg0, %arg1, %arg2) <{map = affine_map<(d0, d1) -> (d0 * 8 + d1)>}> : (memref<128xf32>, index, index) -> f32
// CHECK-NEXT:       "affine.yield"() : () -> ()
// CHECK-NEXT:     }) : () -> ()
// CHECK-NEXT:     return %0 : f32
// CHECK-NEXT:   }
// CHECK-NEXT: }
