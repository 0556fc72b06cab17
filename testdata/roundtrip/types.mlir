// Builtin types and dialect types, as results of unregistered ops and in
// function signatures. mlir-opt prints them back unchanged, except that affine
// maps inside memref layouts become `#map` aliases.
//
// RUN: opt-tool %s --allow-unregistered-dialect | FileCheck %s
// RUN: opt-tool %s --allow-unregistered-dialect --emit=generic | FileCheck %s --check-prefix=GENERIC
// RUN: opt-tool %s --allow-unregistered-dialect | opt-tool --allow-unregistered-dialect - | FileCheck %s
// RUN: opt-tool %s --allow-unregistered-dialect --emit=generic | opt-tool --allow-unregistered-dialect - | FileCheck %s

func.func @integers() {
  %0:13 = "foo.ints"() : () -> (i1, i8, i16, i32, i64, si8, ui16, si64, ui1, i0, i2, i128, i1024)
  return
}

func.func @index_and_none(%arg0: index) -> none {
  %0 = "foo.none"(%arg0) : (index) -> none
  return %0 : none
}

func.func @floats() {
  %0:4 = "foo.floats"() : () -> (f16, bf16, f32, f64)
  %1:5 = "foo.more_floats"() : () -> (f80, f128, tf32, f8E4M3FN, f8E5M2)
  return
}

func.func @complex_and_tuple() {
  %0:2 = "foo.complex"() : () -> (complex<f32>, complex<i8>)
  %1:3 = "foo.tuple"() : () -> (tuple<>, tuple<i32, f32>, tuple<i32, tuple<f32, index>>)
  return
}

func.func @function_types() {
  %0:5 = "foo.fn"() : () -> (() -> (), (i32) -> i64, (i32, f32) -> (i64, i1), ((i32) -> i32) -> (() -> ()), () -> (i1))
  return
}

func.func @tensors(%arg0: tensor<*xf32>, %arg1: tensor<?x4x?xi8>) -> tensor<f32> {
  %0:6 = "foo.tensor"() : () -> (tensor<f32>, tensor<4xf32>, tensor<0xi1>, tensor<1x2x3x4x5xindex>, tensor<4xcomplex<f64>>, tensor<?xvector<2xf32>>)
  %1:2 = "foo.encoded"() : () -> (tensor<2x3xf32, "enc">, tensor<?xi32, #foo.encoding<sparse>>)
  return %0#0 : tensor<f32>
}

func.func @memrefs(%arg0: memref<*xf32>, %arg1: memref<*xf32, 1>) {
  %0:3 = "foo.memref"() : () -> (memref<f32>, memref<4x?xf32>, memref<4xf32, 1>)
  %1:2 = "foo.space"() : () -> (memref<4xi8, "gpu">, memref<?xf32, 3>)
  return
}

func.func @memref_layouts() {
  %0:2 = "foo.affine_layout"() : () -> (memref<4x4xf32, affine_map<(d0, d1) -> (d1, d0)>>, memref<2xf32, affine_map<(d0)[s0] -> (d0 + s0)>>)
  %1:4 = "foo.strided_layout"() : () -> (memref<4x4xf32, strided<[4, 1], offset: ?>>, memref<?x?xf32, strided<[?, 1], offset: ?>, 2>, memref<4x8xf32, strided<[8, 1]>>, memref<4x8xf32, strided<[1, 4], offset: 3>>)
  %2 = "foo.same_map"() : () -> memref<8x8xf32, affine_map<(d0, d1) -> (d1, d0)>>
  return
}

func.func @vectors(%arg0: vector<4x[8]xf32>) -> vector<[4]xi1> {
  %0:5 = "foo.vector"() : () -> (vector<4xf32>, vector<2x3xi8>, vector<f32>, vector<1x1x1xindex>, vector<[2]x[4]xf32>)
  %1 = "foo.mask"(%arg0) : (vector<4x[8]xf32>) -> vector<[4]xi1>
  return %1 : vector<[4]xi1>
}

func.func @dialect_types(%arg0: !foo.bar) -> !foo.bar<1, "x", [2]> {
  %0:4 = "foo.dialect"() : () -> (!foo.bar<1, "x", [2]>, !foo.nested<<a>>, !foo<"opaque">, !foo.baz<i32, tensor<?xf32>>)
  %1:2 = "foo.llvm"() : () -> (!llvm.ptr, !llvm.struct<(i32, f32)>)
  return %0#0 : !foo.bar<1, "x", [2]>
}

// CHECK:      #map = affine_map<(d0, d1) -> (d1, d0)>
// CHECK-NEXT: #map1 = affine_map<(d0)[s0] -> (d0 + s0)>
// CHECK-NEXT: module {
// CHECK-LABEL:  func.func @integers() {
// CHECK-NEXT:     %0:13 = "foo.ints"() : () -> (i1, i8, i16, i32, i64, si8, ui16, si64, ui1, i0, i2, i128, i1024)
// CHECK-NEXT:     return
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @index_and_none(%arg0: index) -> none {
// CHECK-NEXT:     %0 = "foo.none"(%arg0) : (index) -> none
// CHECK-NEXT:     return %0 : none
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @floats() {
// CHECK-NEXT:     %0:4 = "foo.floats"() : () -> (f16, bf16, f32, f64)
// CHECK-NEXT:     %1:5 = "foo.more_floats"() : () -> (f80, f128, tf32, f8E4M3FN, f8E5M2)
// CHECK-NEXT:     return
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @complex_and_tuple() {
// CHECK-NEXT:     %0:2 = "foo.complex"() : () -> (complex<f32>, complex<i8>)
// CHECK-NEXT:     %1:3 = "foo.tuple"() : () -> (tuple<>, tuple<i32, f32>, tuple<i32, tuple<f32, index>>)
// CHECK-NEXT:     return
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @function_types() {
// CHECK-NEXT:     %0:5 = "foo.fn"() : () -> (() -> (), (i32) -> i64, (i32, f32) -> (i64, i1), ((i32) -> i32) -> (() -> ()), () -> i1)
// CHECK-NEXT:     return
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @tensors(%arg0: tensor<*xf32>, %arg1: tensor<?x4x?xi8>) -> tensor<f32> {
// CHECK-NEXT:     %0:6 = "foo.tensor"() : () -> (tensor<f32>, tensor<4xf32>, tensor<0xi1>, tensor<1x2x3x4x5xindex>, tensor<4xcomplex<f64>>, tensor<?xvector<2xf32>>)
// CHECK-NEXT:     %1:2 = "foo.encoded"() : () -> (tensor<2x3xf32, "enc">, tensor<?xi32, #foo.encoding<sparse>>)
// CHECK-NEXT:     return %0#0 : tensor<f32>
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @memrefs(%arg0: memref<*xf32>, %arg1: memref<*xf32, 1>) {
// CHECK-NEXT:     %0:3 = "foo.memref"() : () -> (memref<f32>, memref<4x?xf32>, memref<4xf32, 1>)
// CHECK-NEXT:     %1:2 = "foo.space"() : () -> (memref<4xi8, "gpu">, memref<?xf32, 3>)
// CHECK-NEXT:     return
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @memref_layouts() {
// CHECK-NEXT:     %0:2 = "foo.affine_layout"() : () -> (memref<4x4xf32, #map>, memref<2xf32, #map1>)
// CHECK-NEXT:     %1:4 = "foo.strided_layout"() : () -> (memref<4x4xf32, strided<[4, 1], offset: ?>>, memref<?x?xf32, strided<[?, 1], offset: ?>, 2>, memref<4x8xf32, strided<[8, 1]>>, memref<4x8xf32, strided<[1, 4], offset: 3>>)
// CHECK-NEXT:     %2 = "foo.same_map"() : () -> memref<8x8xf32, #map>
// CHECK-NEXT:     return
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @vectors(%arg0: vector<4x[8]xf32>) -> vector<[4]xi1> {
// CHECK-NEXT:     %0:5 = "foo.vector"() : () -> (vector<4xf32>, vector<2x3xi8>, vector<f32>, vector<1x1x1xindex>, vector<[2]x[4]xf32>)
// CHECK-NEXT:     %1 = "foo.mask"(%arg0) : (vector<4x[8]xf32>) -> vector<[4]xi1>
// CHECK-NEXT:     return %1 : vector<[4]xi1>
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @dialect_types(%arg0: !foo.bar) -> !foo.bar<1, "x", [2]> {
// CHECK-NEXT:     %0:4 = "foo.dialect"() : () -> (!foo.bar<1, "x", [2]>, !foo.nested<<a>>, !foo<"opaque">, !foo.baz<i32, tensor<?xf32>>)
// CHECK-NEXT:     %1:2 = "foo.llvm"() : () -> (!llvm.ptr, !llvm.struct<(i32, f32)>)
// CHECK-NEXT:     return %0#0 : !foo.bar<1, "x", [2]>
// CHECK-NEXT:   }
// CHECK-NEXT: }

// GENERIC:      #map = affine_map<(d0, d1) -> (d1, d0)>
// GENERIC-NEXT: #map1 = affine_map<(d0)[s0] -> (d0 + s0)>
// GENERIC-NEXT: "builtin.module"() ({
// GENERIC-LABEL:  "func.func"() <{function_type = () -> (), sym_name = "integers"}> ({
// GENERIC-NEXT:     %17:13 = "foo.ints"() : () -> (i1, i8, i16, i32, i64, si8, ui16, si64, ui1, i0, i2, i128, i1024)
// GENERIC-NEXT:     "func.return"() : () -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-LABEL:  "func.func"() <{function_type = (index) -> none, sym_name = "index_and_none"}> ({
// GENERIC-NEXT:   ^bb0(%arg6: index):
// GENERIC-NEXT:     %16 = "foo.none"(%arg6) : (index) -> none
// GENERIC-NEXT:     "func.return"(%16) : (none) -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-LABEL:  "func.func"() <{function_type = () -> (), sym_name = "floats"}> ({
// GENERIC-NEXT:     %14:4 = "foo.floats"() : () -> (f16, bf16, f32, f64)
// GENERIC-NEXT:     %15:5 = "foo.more_floats"() : () -> (f80, f128, tf32, f8E4M3FN, f8E5M2)
// GENERIC-NEXT:     "func.return"() : () -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-LABEL:  "func.func"() <{function_type = () -> (), sym_name = "complex_and_tuple"}> ({
// GENERIC-NEXT:     %12:2 = "foo.complex"() : () -> (complex<f32>, complex<i8>)
// GENERIC-NEXT:     %13:3 = "foo.tuple"() : () -> (tuple<>, tuple<i32, f32>, tuple<i32, tuple<f32, index>>)
// GENERIC-NEXT:     "func.return"() : () -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-LABEL:  "func.func"() <{function_type = () -> (), sym_name = "function_types"}> ({
// GENERIC-NEXT:     %11:5 = "foo.fn"() : () -> (() -> (), (i32) -> i64, (i32, f32) -> (i64, i1), ((i32) -> i32) -> (() -> ()), () -> i1)
// GENERIC-NEXT:     "func.return"() : () -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-LABEL:  "func.func"() <{function_type = (tensor<*xf32>, tensor<?x4x?xi8>) -> tensor<f32>, sym_name = "tensors"}> ({
// GENERIC-NEXT:   ^bb0(%arg4: tensor<*xf32>, %arg5: tensor<?x4x?xi8>):
// GENERIC-NEXT:     %9:6 = "foo.tensor"() : () -> (tensor<f32>, tensor<4xf32>, tensor<0xi1>, tensor<1x2x3x4x5xindex>, tensor<4xcomplex<f64>>, tensor<?xvector<2xf32>>)
// GENERIC-NEXT:     %10:2 = "foo.encoded"() : () -> (tensor<2x3xf32, "enc">, tensor<?xi32, #foo.encoding<sparse>>)
// GENERIC-NEXT:     "func.return"(%9#0) : (tensor<f32>) -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-LABEL:  "func.func"() <{function_type = (memref<*xf32>, memref<*xf32, 1>) -> (), sym_name = "memrefs"}> ({
// GENERIC-NEXT:   ^bb0(%arg2: memref<*xf32>, %arg3: memref<*xf32, 1>):
// GENERIC-NEXT:     %7:3 = "foo.memref"() : () -> (memref<f32>, memref<4x?xf32>, memref<4xf32, 1>)
// GENERIC-NEXT:     %8:2 = "foo.space"() : () -> (memref<4xi8, "gpu">, memref<?xf32, 3>)
// GENERIC-NEXT:     "func.return"() : () -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-LABEL:  "func.func"() <{function_type = () -> (), sym_name = "memref_layouts"}> ({
// GENERIC-NEXT:     %4:2 = "foo.affine_layout"() : () -> (memref<4x4xf32, #map>, memref<2xf32, #map1>)
// GENERIC-NEXT:     %5:4 = "foo.strided_layout"() : () -> (memref<4x4xf32, strided<[4, 1], offset: ?>>, memref<?x?xf32, strided<[?, 1], offset: ?>, 2>, memref<4x8xf32, strided<[8, 1]>>, memref<4x8xf32, strided<[1, 4], offset: 3>>)
// GENERIC-NEXT:     %6 = "foo.same_map"() : () -> memref<8x8xf32, #map>
// GENERIC-NEXT:     "func.return"() : () -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-LABEL:  "func.func"() <{function_type = (vector<4x[8]xf32>) -> vector<[4]xi1>, sym_name = "vectors"}> ({
// GENERIC-NEXT:   ^bb0(%arg1: vector<4x[8]xf32>):
// GENERIC-NEXT:     %2:5 = "foo.vector"() : () -> (vector<4xf32>, vector<2x3xi8>, vector<f32>, vector<1x1x1xindex>, vector<[2]x[4]xf32>)
// GENERIC-NEXT:     %3 = "foo.mask"(%arg1) : (vector<4x[8]xf32>) -> vector<[4]xi1>
// GENERIC-NEXT:     "func.return"(%3) : (vector<[4]xi1>) -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-LABEL:  "func.func"() <{function_type = (!foo.bar) -> !foo.bar<1, "x", [2]>, sym_name = "dialect_types"}> ({
// GENERIC-NEXT:   ^bb0(%arg0: !foo.bar):
// GENERIC-NEXT:     %0:4 = "foo.dialect"() : () -> (!foo.bar<1, "x", [2]>, !foo.nested<<a>>, !foo<"opaque">, !foo.baz<i32, tensor<?xf32>>)
// GENERIC-NEXT:     %1:2 = "foo.llvm"() : () -> (!llvm.ptr, !llvm.struct<(i32, f32)>)
// GENERIC-NEXT:     "func.return"(%0#0) : (!foo.bar<1, "x", [2]>) -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-NEXT: }) : () -> ()
