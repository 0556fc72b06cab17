// linalg: fill and matmul (named ops print their regions in generic form),
// generic ops with indexing maps, iterator types and extra attributes.
//
// Written in the generic form exactly as `mlir-opt --mlir-print-op-generic
// --allow-unregistered-dialect` prints it with only opt-tool's dialects
// registered: the ops, types and attributes of the others are kept verbatim,
// and affine maps inside the properties `<{...}>` of an unregistered op stay
// inline (mlir-opt makes no `#map` alias for them). opt-tool prints those ops in
// the generic form even in its default output (registered ones, such as arith's,
// in their custom form, as the CHECK lines show), and its --emit=generic output
// must reproduce this file's body byte for byte (RUN lines 1 and 4; blank lines
// and `//` lines are ignored).
//
// RUN: opt-tool %s --allow-unregistered-dialect --emit=generic | grep -v '^$' | diff -u <(grep -v -e '^//' -e '^$' %s) -
// RUN: opt-tool %s --allow-unregistered-dialect | FileCheck %s
// RUN: opt-tool %s --allow-unregistered-dialect | opt-tool --allow-unregistered-dialect - | FileCheck %s
// RUN: opt-tool %s --allow-unregistered-dialect | opt-tool --allow-unregistered-dialect --emit=generic - | grep -v '^$' | diff -u <(grep -v -e '^//' -e '^$' %s) -

"builtin.module"() ({
  "func.func"() <{function_type = (tensor<4x8xf32>, tensor<8x16xf32>) -> tensor<4x16xf32>, sym_name = "matmul"}> ({
  ^bb0(%arg10: tensor<4x8xf32>, %arg11: tensor<8x16xf32>):
    %5 = "arith.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
    %6 = "tensor.empty"() : () -> tensor<4x16xf32>
    %7 = "linalg.fill"(%5, %6) <{operandSegmentSizes = array<i32: 1, 1>}> ({
    ^bb0(%arg15: f32, %arg16: f32):
      "linalg.yield"(%arg15) : (f32) -> ()
    }) : (f32, tensor<4x16xf32>) -> tensor<4x16xf32>
    %8 = "linalg.matmul"(%arg10, %arg11, %7) <{indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>, affine_map<(d0, d1, d2) -> (d2, d1)>, affine_map<(d0, d1, d2) -> (d0, d1)>], operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg12: f32, %arg13: f32, %arg14: f32):
      %9 = "arith.mulf"(%arg12, %arg13) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %10 = "arith.addf"(%arg14, %9) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%10) : (f32) -> ()
    }) : (tensor<4x8xf32>, tensor<8x16xf32>, tensor<4x16xf32>) -> tensor<4x16xf32>
    "func.return"(%8) : (tensor<4x16xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<?x64xf32>, memref<64xf32>, memref<?x64xf32>) -> (), sym_name = "generic_relu_bias"}> ({
  ^bb0(%arg4: memref<?x64xf32>, %arg5: memref<64xf32>, %arg6: memref<?x64xf32>):
    "linalg.generic"(%arg4, %arg5, %arg6) <{indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = [#linalg.iterator_type<parallel>, #linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
    ^bb0(%arg7: f32, %arg8: f32, %arg9: f32):
      %2 = "arith.addf"(%arg7, %arg8) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %3 = "arith.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
      %4 = "arith.maximumf"(%2, %3) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%4) : (f32) -> ()
    }) : (memref<?x64xf32>, memref<64xf32>, memref<?x64xf32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<8x32xf32>, tensor<8xf32>) -> tensor<8xf32>, sym_name = "generic_row_sum"}> ({
  ^bb0(%arg0: tensor<8x32xf32>, %arg1: tensor<8xf32>):
    %0 = "linalg.generic"(%arg0, %arg1) <{indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0)>], iterator_types = [#linalg.iterator_type<parallel>, #linalg.iterator_type<reduction>], operandSegmentSizes = array<i32: 1, 1>}> ({
    ^bb0(%arg2: f32, %arg3: f32):
      %1 = "arith.addf"(%arg2, %arg3) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%1) : (f32) -> ()
    }) {tag = "row_sum"} : (tensor<8x32xf32>, tensor<8xf32>) -> tensor<8xf32>
    "func.return"(%0) : (tensor<8xf32>) -> ()
  }) : () -> ()
}) : () -> ()

// CHECK:      module {
// CHECK-LABEL:  func.func @matmul(%arg0: tensor<4x8xf32>, %arg1: tensor<8x16xf32>) -> tensor<4x16xf32> {
// CHECK-NEXT:     %cst = arith.constant 0.000000e+00 : f32
// CHECK-NEXT:     %0 = "tensor.empty"() : () -> tensor<4x16xf32>
// CHECK-NEXT:     %1 = "linalg.fill"(%cst, %0) <{operandSegmentSizes = array<i32: 1, 1>}> ({
// CHECK-NEXT:     ^bb0(%arg2: f32, %arg3: f32):
// CHECK-NEXT:       "linalg.yield"(%arg2) : (f32) -> ()
// CHECK-NEXT:     }) : (f32, tensor<4x16xf32>) -> tensor<4x16xf32>
// CHECK-NEXT:     %2 = "linalg.matmul"(%arg0, %arg1, %1) <{indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>, affine_map<(d0, d1, d2) -> (d2, d1)>, affine_map<(d0, d1, d2) -> (d0, d1)>], operandSegmentSizes = array<i32: 2, 1>}> ({
// CHECK-NEXT:     ^bb0(%arg2: f32, %arg3: f32, %arg4: f32):
// CHECK-NEXT:       %3 = arith.mulf %arg2, %arg3 : f32
// CHECK-NEXT:       %4 = arith.addf %arg4, %3 : f32
// CHECK-NEXT:       "linalg.yield"(%4) : (f32) -> ()
// CHECK-NEXT:     }) : (tensor<4x8xf32>, tensor<8x16xf32>, tensor<4x16xf32>) -> tensor<4x16xf32>
// CHECK-NEXT:     return %2 : tensor<4x16xf32>
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @generic_relu_bias(%arg0: memref<?x64xf32>, %arg1: memref<64xf32>, %arg2: memref<?x64xf32>) {
// CHECK-NEXT:     "linalg.generic"(%arg0, %arg1, %arg2) <{indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = [#linalg.iterator_type<parallel>, #linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
// CHECK-NEXT:     ^bb0(%arg3: f32, %arg4: f32, %arg5: f32):
// CHECK-NEXT:       %0 = arith.addf %arg3, %arg4 : f32
// CHECK-NEXT:       %cst = arith.constant 0.000000e+00 : f32
// CHECK-NEXT:       %1 = arith.maximumf %0, %cst : f32
// CHECK-NEXT:       "linalg.yield"(%1) : (f32) -> ()
// CHECK-NEXT:     }) : (memref<?x64xf32>, memref<64xf32>, memref<?x64xf32>) -> ()
// CHECK-NEXT:     return
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @generic_row_sum(%arg0: tensor<8x32xf32>, %arg1: tensor<8xf32>) -> tensor<8xf32> {
// CHECK-NEXT:     %0 = "linalg.generic"(%arg0, %arg1) <{indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0)>], iterator_types = [#linalg.iterator_type<parallel>, #linalg.iterator_type<reduction>], operandSegmentSizes = array<i32: 1, 1>}> ({
// CHECK-NEXT:     ^bb0(%arg2: f32, %arg3: f32):
// CHECK-NEXT:       %1 = arith.addf %arg2, %arg3 : f32
// CHECK-NEXT:       "linalg.yield"(%1) : (f32) -> ()
// CHECK-NEXT:     }) {tag = "row_sum"} : (tensor<8x32xf32>, tensor<8xf32>) -> tensor<8xf32>
// CHECK-NEXT:     return %0 : tensor<8xf32>
// CHECK-NEXT:   }
// CHECK-NEXT: }
