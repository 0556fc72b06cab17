// tensor: extract/insert_slice, extract, dim, generate and pad (regions with
// block arguments), cast to unranked, collapse_shape.
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
  "func.func"() <{function_type = (tensor<16x16xf32>, index) -> (tensor<4x4xf32>, tensor<16x16xf32>, f32), sym_name = "slices"}> ({
  ^bb0(%arg6: tensor<16x16xf32>, %arg7: index):
    %9 = "tensor.extract_slice"(%arg6, %arg7) <{operandSegmentSizes = array<i32: 1, 1, 0, 0>, static_offsets = array<i64: -9223372036854775808, 0>, static_sizes = array<i64: 4, 4>, static_strides = array<i64: 1, 2>}> : (tensor<16x16xf32>, index) -> tensor<4x4xf32>
    %10 = "tensor.insert_slice"(%9, %arg6, %arg7) <{operandSegmentSizes = array<i32: 1, 1, 1, 0, 0>, static_offsets = array<i64: 0, -9223372036854775808>, static_sizes = array<i64: 4, 4>, static_strides = array<i64: 1, 1>}> : (tensor<4x4xf32>, tensor<16x16xf32>, index) -> tensor<16x16xf32>
    %11 = "tensor.extract"(%arg6, %arg7, %arg7) : (tensor<16x16xf32>, index, index) -> f32
    "func.return"(%9, %10, %11) : (tensor<4x4xf32>, tensor<16x16xf32>, f32) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<?x8xf32>, index) -> (tensor<?x8xf32>, tensor<*xf32>, index), sym_name = "shapes"}> ({
  ^bb0(%arg0: tensor<?x8xf32>, %arg1: index):
    %0 = "arith.constant"() <{value = 0 : index}> : () -> index
    %1 = "tensor.dim"(%arg0, %0) : (tensor<?x8xf32>, index) -> index
    %2 = "tensor.generate"(%arg1) ({
    ^bb0(%arg4: index, %arg5: index):
      %7 = "arith.index_cast"(%arg4) : (index) -> i32
      %8 = "arith.sitofp"(%7) : (i32) -> f32
      "tensor.yield"(%8) : (f32) -> ()
    }) : (index) -> tensor<?x8xf32>
    %3 = "tensor.cast"(%2) : (tensor<?x8xf32>) -> tensor<*xf32>
    %4 = "arith.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
    %5 = "tensor.pad"(%arg0, %arg1) <{operandSegmentSizes = array<i32: 1, 0, 1>, static_high = array<i64: -9223372036854775808, 0>, static_low = array<i64: 1, 2>}> ({
    ^bb0(%arg2: index, %arg3: index):
      "tensor.yield"(%4) : (f32) -> ()
    }) : (tensor<?x8xf32>, index) -> tensor<?x10xf32>
    %6 = "tensor.collapse_shape"(%arg0) <{reassociation = [[0, 1]]}> : (tensor<?x8xf32>) -> tensor<?xf32>
    "func.return"(%2, %3, %1) : (tensor<?x8xf32>, tensor<*xf32>, index) -> ()
  }) : () -> ()
}) : () -> ()

// CHECK:      module {
// CHECK-LABEL:  func.func @slices(%arg0: tensor<16x16xf32>, %arg1: index) -> (tensor<4x4xf32>, tensor<16x16xf32>, f32) {
// CHECK-NEXT:     %0 = "tensor.extract_slice"(%arg0, %arg1) <{operandSegmentSizes = array<i32: 1, 1, 0, 0>, static_offsets = array<i64: -9223372036854775808, 0>, static_sizes = array<i64: 4, 4>, static_strides = array<i64: 1, 2>}> : (tensor<16x16xf32>, index) -> tensor<4x4xf32>
// CHECK-NEXT:     %1 = "tensor.insert_slice"(%0, %arg0, %arg1) <{operandSegmentSizes = array<i32: 1, 1, 1, 0, 0>, static_offsets = array<i64: 0, -9223372036854775808>, static_sizes = array<i64: 4, 4>, static_strides = array<i64: 1, 1>}> : (tensor<4x4xf32>, tensor<16x16xf32>, index) -> tensor<16x16xf32>
// CHECK-NEXT:     %2 = "tensor.extract"(%arg0, %arg1, %arg1) : (tensor<16x16xf32>, index, index) -> f32
// CHECK-NEXT:     return %0, %1, %2 : tensor<4x4xf32>, tensor<16x16xf32>, f32
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @shapes(%arg0: tensor<?x8xf32>, %arg1: index) -> (tensor<?x8xf32>, tensor<*xf32>, index) {
// CHECK-NEXT:     %c0 = arith.constant 0 : index
// CHECK-NEXT:     %0 = "tensor.dim"(%arg0, %c0) : (tensor<?x8xf32>, index) -> index
// CHECK-NEXT:     %1 = "tensor.generate"(%arg1) ({
// CHECK-NEXT:     ^bb0(%arg2: index, %arg3: index):
// CHECK-NEXT:       %5 = arith.index_cast %arg2 : index to i32
// CHECK-NEXT:       %6 = arith.sitofp %5 : i32 to f32
// CHECK-NEXT:       "tensor.yield"(%6) : (f32) -> ()
// CHECK-NEXT:     }) : (index) -> tensor<?x8xf32>
// CHECK-NEXT:     %2 = "tensor.cast"(%1) : (tensor<?x8xf32>) -> tensor<*xf32>
// CHECK-NEXT:     %cst = arith.constant 0.000000e+00 : f32
// CHECK-NEXT:     %3 = "tensor.pad"(%arg0, %arg1) <{operandSegmentSizes = array<i32: 1, 0, 1>, static_high = array<i64: -9223372036854775808, 0>, static_low = array<i64: 1, 2>}> ({
// CHECK-NEXT:     ^bb0(%arg2: index, %arg3: index):
// CHECK-NEXT:       "tensor.yield"(%cst) : (f32) -> ()
// CHECK-NEXT:     }) : (tensor<?x8xf32>, index) -> tensor<?x10xf32>
// CHECK-NEXT:     %4 = "tensor.collapse_shape"(%arg0) <{reassociation = {{\[\[}}0, 1]]}> : (tensor<?x8xf32>) -> tensor<?xf32>
// CHECK-NEXT:     return %1, %2, %0 : tensor<?x8xf32>, tensor<*xf32>, index
// CHECK-NEXT:   }
// CHECK-NEXT: }
