// llvm: external declarations (variadic), a loop as a CFG with llvm.br/cond_br
// and block arguments, gep, load/store, structs, alloca.
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
  "llvm.func"() <{CConv = #llvm.cconv<ccc>, function_type = !llvm.func<ptr (i64)>, linkage = #llvm.linkage<external>, sym_name = "malloc", unnamed_addr = 0 : i64, visibility_ = 0 : i64}> ({
  }) : () -> ()
  "llvm.func"() <{CConv = #llvm.cconv<ccc>, function_type = !llvm.func<i32 (ptr, ...)>, linkage = #llvm.linkage<external>, sym_name = "printf", unnamed_addr = 0 : i64, visibility_ = 0 : i64}> ({
  }) : () -> ()
  "llvm.func"() <{CConv = #llvm.cconv<ccc>, function_type = !llvm.func<f32 (i64)>, linkage = #llvm.linkage<external>, sym_name = "sum_array", unnamed_addr = 0 : i64, visibility_ = 0 : i64}> ({
  ^bb0(%arg2: i64):
    %5 = "llvm.mlir.constant"() <{value = 0 : i64}> : () -> i64
    %6 = "llvm.mlir.constant"() <{value = 1 : i64}> : () -> i64
    %7 = "llvm.mlir.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
    %8 = "llvm.mlir.constant"() <{value = 4 : i64}> : () -> i64
    %9 = "llvm.mul"(%arg2, %8) <{overflowFlags = 0 : i32}> : (i64, i64) -> i64
    %10 = "llvm.call"(%9) <{CConv = #llvm.cconv<ccc>, TailCallKind = #llvm.tailcallkind<none>, callee = @malloc, fastmathFlags = #llvm.fastmath<none>, op_bundle_sizes = array<i32>, operandSegmentSizes = array<i32: 1, 0>}> : (i64) -> !llvm.ptr
    "llvm.br"(%5, %7)[^bb1] : (i64, f32) -> ()
  ^bb1(%11: i64, %12: f32):  // 2 preds: ^bb0, ^bb2
    %13 = "llvm.icmp"(%11, %arg2) <{predicate = 5 : i64}> : (i64, i64) -> i1
    "llvm.cond_br"(%13)[^bb3, ^bb2] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb2:  // pred: ^bb1
    %14 = "llvm.getelementptr"(%10, %11) <{elem_type = f32, noWrapFlags = 0 : i32, rawConstantIndices = array<i32: -2147483648>}> : (!llvm.ptr, i64) -> !llvm.ptr
    %15 = "llvm.load"(%14) <{alignment = 4 : i64, ordering = 0 : i64}> : (!llvm.ptr) -> f32
    %16 = "llvm.fadd"(%12, %15) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, f32) -> f32
    %17 = "llvm.add"(%11, %6) <{overflowFlags = 0 : i32}> : (i64, i64) -> i64
    "llvm.br"(%17, %16)[^bb1] : (i64, f32) -> ()
  ^bb3:  // pred: ^bb1
    "llvm.return"(%12) : (f32) -> ()
  }) : () -> ()
  "llvm.func"() <{CConv = #llvm.cconv<ccc>, function_type = !llvm.func<struct<(i32, f64)> (i32, f64)>, linkage = #llvm.linkage<external>, sym_name = "structs", unnamed_addr = 0 : i64, visibility_ = 0 : i64}> ({
  ^bb0(%arg0: i32, %arg1: f64):
    %0 = "llvm.mlir.undef"() : () -> !llvm.struct<(i32, f64)>
    %1 = "llvm.insertvalue"(%0, %arg0) <{position = array<i64: 0>}> : (!llvm.struct<(i32, f64)>, i32) -> !llvm.struct<(i32, f64)>
    %2 = "llvm.insertvalue"(%1, %arg1) <{position = array<i64: 1>}> : (!llvm.struct<(i32, f64)>, f64) -> !llvm.struct<(i32, f64)>
    %3 = "llvm.mlir.constant"() <{value = 1 : i32}> : () -> i32
    %4 = "llvm.alloca"(%3) <{elem_type = !llvm.array<4 x i32>}> : (i32) -> !llvm.ptr
    "llvm.store"(%arg0, %4) <{ordering = 0 : i64}> : (i32, !llvm.ptr) -> ()
    "llvm.return"(%2) : (!llvm.struct<(i32, f64)>) -> ()
  }) : () -> ()
}) : () -> ()

// CHECK:      module {
// CHECK-NEXT:   "llvm.func"() <{CConv = #llvm.cconv<ccc>, function_type = !llvm.func<ptr (i64)>, linkage = #llvm.linkage<external>, sym_name = "malloc", unnamed_addr = 0 : i64, visibility_ = 0 : i64}> ({
// CHECK-NEXT:   }) : () -> ()
// CHECK-NEXT:   "llvm.func"() <{CConv = #llvm.cconv<ccc>, function_type = !llvm.func<i32 (ptr, ...)>, linkage = #llvm.linkage<external>, sym_name = "printf", unnamed_addr = 0 : i64, visibility_ = 0 : i64}> ({
// CHECK-NEXT:   }) : () -> ()
// CHECK-NEXT:   "llvm.func"() <{CConv = #llvm.cconv<ccc>, function_type = !llvm.func<f32 (i64)>, linkage = #llvm.linkage<external>, sym_name = "sum_array", unnamed_addr = 0 : i64, visibility_ = 0 : i64}> ({
// CHECK-NEXT:   ^bb0(%arg0: i64):
// CHECK-NEXT:     %0 = "llvm.mlir.constant"() <{value = 0 : i64}> : () -> i64
// CHECK-NEXT:     %1 = "llvm.mlir.constant"() <{value = 1 : i64}> : () -> i64
// CHECK-NEXT:     %2 = "llvm.mlir.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
// CHECK-NEXT:     %3 = "llvm.mlir.constant"() <{value = 4 : i64}> : () -> i64
// CHECK-NEXT:     %4 = "llvm.mul"(%arg0, %3) <{overflowFlags = 0 : i32}> : (i64, i64) -> i64
// CHECK-NEXT:     %5 = "llvm.call"(%4) <{CConv = #llvm.cconv<ccc>, TailCallKind = #llvm.tailcallkind<none>, callee = @malloc, fastmathFlags = #llvm.fastmath<none>, op_bundle_sizes = array<i32>, operandSegmentSizes = array<i32: 1, 0>}> : (i64) -> !llvm.ptr
// CHECK-NEXT:     "llvm.br"(%0, %2)[^bb1] : (i64, f32) -> ()
// CHECK-NEXT:   ^bb1(%6: i64, %7: f32):  // 2 preds: ^bb0, ^bb2
// CHECK-NEXT:     %8 = "llvm.icmp"(%6, %arg0) <{predicate = 5 : i64}> : (i64, i64) -> i1
// CHECK-NEXT:     "llvm.cond_br"(%8)[^bb3, ^bb2] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
// CHECK-NEXT:   ^bb2:  // pred: ^bb1
// CHECK-NEXT:     %9 = "llvm.getelementptr"(%5, %6) <{elem_type = f32, noWrapFlags = 0 : i32, rawConstantIndices = array<i32: -2147483648>}> : (!llvm.ptr, i64) -> !llvm.ptr
// CHECK-NEXT:     %10 = "llvm.load"(%9) <{alignment = 4 : i64, ordering = 0 : i64}> : (!llvm.ptr) -> f32
// CHECK-NEXT:     %11 = "llvm.fadd"(%7, %10) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, f32) -> f32
// CHECK-NEXT:     %12 = "llvm.add"(%6, %1) <{overflowFlags = 0 : i32}> : (i64, i64) -> i64
// CHECK-NEXT:     "llvm.br"(%12, %11)[^bb1] : (i64, f32) -> ()
// CHECK-NEXT:   ^bb3:  // pred: ^bb1
// CHECK-NEXT:     "llvm.return"(%7) : (f32) -> ()
// CHECK-NEXT:   }) : () -> ()
// CHECK-NEXT:   "llvm.func"() <{CConv = #llvm.cconv<ccc>, function_type = !llvm.func<struct<(i32, f64)> (i32, f64)>, linkage = #llvm.linkage<external>, sym_name = "structs", unnamed_addr = 0 : i64, visibility_ = 0 : i64}> ({
// CHECK-NEXT:   ^bb0(%arg0: i32, %arg1: f64):
// CHECK-NEXT:     %0 = "llvm.mlir.undef"() : () -> !llvm.struct<(i32, f64)>
// CHECK-NEXT:     %1 = "llvm.insertvalue"(%0, %arg0) <{position = array<i64: 0>}> : (!llvm.struct<(i32, f64)>, i32) -> !llvm.struct<(i32, f64)>
// CHECK-NEXT:     %2 = "llvm.insertvalue"(%1, %arg1) <{position = array<i64: 1>}> : (!llvm.struct<(i32, f64)>, f64) -> !llvm.struct<(i32, f64)>
// CHECK-NEXT:     %3 = "llvm.mlir.constant"() <{value = 1 : i32}> : () -> i32
// CHECK-NEXT:     %4 = "llvm.alloca"(%3) <{elem_type = !llvm.array<4 x i32>}> : (i32) -> !llvm.ptr
// CHECK-NEXT:     "llvm.store"(%arg0, %4) <{ordering = 0 : i64}> : (i32, !llvm.ptr) -> ()
// CHECK-NEXT:     "llvm.return"(%2) : (!llvm.struct<(i32, f64)>) -> ()
// CHECK-NEXT:   }) : () -> ()
// CHECK-NEXT: }
