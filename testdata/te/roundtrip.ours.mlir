// Custom and generic forms of every te op and schedule step (ours: mlir-opt reads the
// generic form only, with --allow-unregistered-dialect; the generic output below was
// checked to print back unchanged through it).
// RUN: opt-tool %s | FileCheck %s
// RUN: opt-tool %s --emit=generic | FileCheck %s --check-prefix=GENERIC
// RUN: opt-tool %s | opt-tool - | FileCheck %s
// RUN: opt-tool %s --emit=generic | opt-tool - | FileCheck %s

func.func @reductions(%t: tensor<8x16xf32>, %i: tensor<8x16xi32>) -> (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xi32>) {
  %0 = te.compute [i = %a] : tensor<8xf32> {
    %r = te.max [j = %j in 16] : f32 {
      %v = te.read %t[%a, %j] : tensor<8x16xf32>
      te.yield %v : f32
    }
    te.yield %r : f32
  }
  %1 = te.compute [i = %a] : tensor<8xf32> {
    %r = te.min [j = %j in 16] : f32 {
      %v = te.read %t[%a, %j] : tensor<8x16xf32>
      te.yield %v : f32
    }
    te.yield %r : f32
  }
  %2 = te.compute [i = %a] : tensor<8xf32> {
    %r = te.prod [j = %j in 16] : f32 {
      %v = te.read %t[%a, %j] : tensor<8x16xf32>
      te.yield %v : f32
    }
    te.yield %r : f32
  }
  %3 = te.compute [i = %a] : tensor<8xi32> {
    %r = te.sum [j = %j in 16] : i32 {
      %v = te.read %i[%a, %j] : tensor<8x16xi32>
      te.yield %v : i32
    }
    te.yield %r : i32
  }
  return %0, %1, %2, %3 : tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xi32>
}

// A padded read, a 2-D reduction, a scalar compute and a discardable attribute.
func.func @padded(%t: tensor<8x8xf32>) -> (tensor<8x8xf32>, tensor<f32>) {
  %0 = te.compute [y = %y, x = %x] : tensor<8x8xf32> {
    %s = te.sum [ry = %ry in 3, rx = %rx in 3] : f32 {
      %c1 = arith.constant 1 : index
      %h = arith.addi %y, %ry : index
      %h1 = arith.subi %h, %c1 : index
      %w = arith.addi %x, %rx : index
      %w1 = arith.subi %w, %c1 : index
      %v = te.read %t[%h1, %w1] {padding = 0.0 : f32} : tensor<8x8xf32>
      te.yield %v : f32
    }
    te.yield %s : f32
  } {tag = "blur"}
  %1 = te.compute [] : tensor<f32> {
    %c0 = arith.constant 0 : index
    %v = te.read %t[%c0, %c0] : tensor<8x8xf32>
    te.yield %v : f32
  }
  return %0, %1 : tensor<8x8xf32>, tensor<f32>
}

// Every schedule primitive; compute_at names a loop of the consumer after its schedule.
func.func @schedules(%A: tensor<64x64xf32>, %B: tensor<64x64xf32>) -> tensor<64x64xf32> {
  %0 = te.compute [i = %i, j = %j] : tensor<64x64xf32> schedule #te.schedule<[compute_at(ko)]> {
    %v = te.read %A[%i, %j] : tensor<64x64xf32>
    te.yield %v : f32
  }
  %1 = te.compute [i = %i, j = %j] : tensor<64x64xf32> schedule #te.schedule<[compute_inline]> {
    %v = te.read %B[%j, %i] : tensor<64x64xf32>
    te.yield %v : f32
  }
  %2 = te.compute [i = %i, j = %j] : tensor<64x64xf32> schedule #te.schedule<[tile(i, j, 8, 16) -> (io, jo, ii, ji), split(k, 4) -> (ko, ki), reorder(io, jo, ko, ii, ki, ji), fuse(io, jo) -> (f), cache_write(f), cache_read(1, ko, [1, 0]), vectorize(ji), parallel(f), unroll(ki)]> {
    %s = te.sum [k = %k in 64] : f32 {
      %a = te.read %0[%i, %k] : tensor<64x64xf32>
      %b = te.read %1[%k, %j] : tensor<64x64xf32>
      %p = arith.mulf %a, %b : f32
      te.yield %p : f32
    }
    te.yield %s : f32
  }
  return %2 : tensor<64x64xf32>
}

// CHECK:      module {
// CHECK-LABEL:  func.func @reductions(%arg0: tensor<8x16xf32>, %arg1: tensor<8x16xi32>) -> (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xi32>) {
// CHECK-NEXT:     %0 = te.compute [i = %arg2] : tensor<8xf32> {
// CHECK-NEXT:       %4 = te.max [j = %arg3 in 16] : f32 {
// CHECK-NEXT:         %5 = te.read %arg0[%arg2, %arg3] : tensor<8x16xf32>
// CHECK-NEXT:         te.yield %5 : f32
// CHECK-NEXT:       }
// CHECK-NEXT:       te.yield %4 : f32
// CHECK-NEXT:     }
// CHECK-NEXT:     %1 = te.compute [i = %arg2] : tensor<8xf32> {
// CHECK-NEXT:       %4 = te.min [j = %arg3 in 16] : f32 {
// CHECK-NEXT:         %5 = te.read %arg0[%arg2, %arg3] : tensor<8x16xf32>
// CHECK-NEXT:         te.yield %5 : f32
// CHECK-NEXT:       }
// CHECK-NEXT:       te.yield %4 : f32
// CHECK-NEXT:     }
// CHECK-NEXT:     %2 = te.compute [i = %arg2] : tensor<8xf32> {
// CHECK-NEXT:       %4 = te.prod [j = %arg3 in 16] : f32 {
// CHECK-NEXT:         %5 = te.read %arg0[%arg2, %arg3] : tensor<8x16xf32>
// CHECK-NEXT:         te.yield %5 : f32
// CHECK-NEXT:       }
// CHECK-NEXT:       te.yield %4 : f32
// CHECK-NEXT:     }
// CHECK-NEXT:     %3 = te.compute [i = %arg2] : tensor<8xi32> {
// CHECK-NEXT:       %4 = te.sum [j = %arg3 in 16] : i32 {
// CHECK-NEXT:         %5 = te.read %arg1[%arg2, %arg3] : tensor<8x16xi32>
// CHECK-NEXT:         te.yield %5 : i32
// CHECK-NEXT:       }
// CHECK-NEXT:       te.yield %4 : i32
// CHECK-NEXT:     }
// CHECK-NEXT:     return %0, %1, %2, %3 : tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xi32>
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @padded(%arg0: tensor<8x8xf32>) -> (tensor<8x8xf32>, tensor<f32>) {
// CHECK-NEXT:     %0 = te.compute [y = %arg1, x = %arg2] : tensor<8x8xf32> {
// CHECK-NEXT:       %2 = te.sum [ry = %arg3 in 3, rx = %arg4 in 3] : f32 {
// CHECK-NEXT:         %c1 = arith.constant 1 : index
// CHECK-NEXT:         %3 = arith.addi %arg1, %arg3 : index
// CHECK-NEXT:         %4 = arith.subi %3, %c1 : index
// CHECK-NEXT:         %5 = arith.addi %arg2, %arg4 : index
// CHECK-NEXT:         %6 = arith.subi %5, %c1 : index
// CHECK-NEXT:         %7 = te.read %arg0[%4, %6] {padding = 0.000000e+00 : f32} : tensor<8x8xf32>
// CHECK-NEXT:         te.yield %7 : f32
// CHECK-NEXT:       }
// CHECK-NEXT:       te.yield %2 : f32
// CHECK-NEXT:     } {tag = "blur"}
// CHECK-NEXT:     %1 = te.compute [] : tensor<f32> {
// CHECK-NEXT:       %c0 = arith.constant 0 : index
// CHECK-NEXT:       %2 = te.read %arg0[%c0, %c0] : tensor<8x8xf32>
// CHECK-NEXT:       te.yield %2 : f32
// CHECK-NEXT:     }
// CHECK-NEXT:     return %0, %1 : tensor<8x8xf32>, tensor<f32>
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @schedules(%arg0: tensor<64x64xf32>, %arg1: tensor<64x64xf32>) -> tensor<64x64xf32> {
// CHECK-NEXT:     %0 = te.compute [i = %arg2, j = %arg3] : tensor<64x64xf32> schedule #te.schedule<[compute_at(ko)]> {
// CHECK-NEXT:       %3 = te.read %arg0[%arg2, %arg3] : tensor<64x64xf32>
// CHECK-NEXT:       te.yield %3 : f32
// CHECK-NEXT:     }
// CHECK-NEXT:     %1 = te.compute [i = %arg2, j = %arg3] : tensor<64x64xf32> schedule #te.schedule<[compute_inline]> {
// CHECK-NEXT:       %3 = te.read %arg1[%arg3, %arg2] : tensor<64x64xf32>
// CHECK-NEXT:       te.yield %3 : f32
// CHECK-NEXT:     }
// CHECK-NEXT:     %2 = te.compute [i = %arg2, j = %arg3] : tensor<64x64xf32> schedule #te.schedule<[tile(i, j, 8, 16) -> (io, jo, ii, ji), split(k, 4) -> (ko, ki), reorder(io, jo, ko, ii, ki, ji), fuse(io, jo) -> (f), cache_write(f), cache_read(1, ko, [1, 0]), vectorize(ji), parallel(f), unroll(ki)]> {
// CHECK-NEXT:       %3 = te.sum [k = %arg4 in 64] : f32 {
// CHECK-NEXT:         %4 = te.read %0[%arg2, %arg4] : tensor<64x64xf32>
// CHECK-NEXT:         %5 = te.read %1[%arg4, %arg3] : tensor<64x64xf32>
// CHECK-NEXT:         %6 = arith.mulf %4, %5 : f32
// CHECK-NEXT:         te.yield %6 : f32
// CHECK-NEXT:       }
// CHECK-NEXT:       te.yield %3 : f32
// CHECK-NEXT:     }
// CHECK-NEXT:     return %2 : tensor<64x64xf32>
// CHECK-NEXT:   }
// CHECK-NEXT: }

// GENERIC:      "builtin.module"() ({
// GENERIC-LABEL:  "func.func"() <{function_type = (tensor<8x16xf32>, tensor<8x16xi32>) -> (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xi32>), sym_name = "reductions"}> ({
// GENERIC-NEXT:   ^bb0(%arg14: tensor<8x16xf32>, %arg15: tensor<8x16xi32>):
// GENERIC-NEXT:     %20 = "te.compute"() <{names = ["i"]}> ({
// GENERIC-NEXT:     ^bb0(%arg22: index):
// GENERIC-NEXT:       %30 = "te.max"() <{extents = array<i64: 16>, names = ["j"]}> ({
// GENERIC-NEXT:       ^bb0(%arg23: index):
// GENERIC-NEXT:         %31 = "te.read"(%arg14, %arg22, %arg23) : (tensor<8x16xf32>, index, index) -> f32
// GENERIC-NEXT:         "te.yield"(%31) : (f32) -> ()
// GENERIC-NEXT:       }) : () -> f32
// GENERIC-NEXT:       "te.yield"(%30) : (f32) -> ()
// GENERIC-NEXT:     }) : () -> tensor<8xf32>
// GENERIC-NEXT:     %21 = "te.compute"() <{names = ["i"]}> ({
// GENERIC-NEXT:     ^bb0(%arg20: index):
// GENERIC-NEXT:       %28 = "te.min"() <{extents = array<i64: 16>, names = ["j"]}> ({
// GENERIC-NEXT:       ^bb0(%arg21: index):
// GENERIC-NEXT:         %29 = "te.read"(%arg14, %arg20, %arg21) : (tensor<8x16xf32>, index, index) -> f32
// GENERIC-NEXT:         "te.yield"(%29) : (f32) -> ()
// GENERIC-NEXT:       }) : () -> f32
// GENERIC-NEXT:       "te.yield"(%28) : (f32) -> ()
// GENERIC-NEXT:     }) : () -> tensor<8xf32>
// GENERIC-NEXT:     %22 = "te.compute"() <{names = ["i"]}> ({
// GENERIC-NEXT:     ^bb0(%arg18: index):
// GENERIC-NEXT:       %26 = "te.prod"() <{extents = array<i64: 16>, names = ["j"]}> ({
// GENERIC-NEXT:       ^bb0(%arg19: index):
// GENERIC-NEXT:         %27 = "te.read"(%arg14, %arg18, %arg19) : (tensor<8x16xf32>, index, index) -> f32
// GENERIC-NEXT:         "te.yield"(%27) : (f32) -> ()
// GENERIC-NEXT:       }) : () -> f32
// GENERIC-NEXT:       "te.yield"(%26) : (f32) -> ()
// GENERIC-NEXT:     }) : () -> tensor<8xf32>
// GENERIC-NEXT:     %23 = "te.compute"() <{names = ["i"]}> ({
// GENERIC-NEXT:     ^bb0(%arg16: index):
// GENERIC-NEXT:       %24 = "te.sum"() <{extents = array<i64: 16>, names = ["j"]}> ({
// GENERIC-NEXT:       ^bb0(%arg17: index):
// GENERIC-NEXT:         %25 = "te.read"(%arg15, %arg16, %arg17) : (tensor<8x16xi32>, index, index) -> i32
// GENERIC-NEXT:         "te.yield"(%25) : (i32) -> ()
// GENERIC-NEXT:       }) : () -> i32
// GENERIC-NEXT:       "te.yield"(%24) : (i32) -> ()
// GENERIC-NEXT:     }) : () -> tensor<8xi32>
// GENERIC-NEXT:     "func.return"(%20, %21, %22, %23) : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xi32>) -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-LABEL:  "func.func"() <{function_type = (tensor<8x8xf32>) -> (tensor<8x8xf32>, tensor<f32>), sym_name = "padded"}> ({
// GENERIC-NEXT:   ^bb0(%arg9: tensor<8x8xf32>):
// GENERIC-NEXT:     %9 = "te.compute"() <{names = ["y", "x"]}> ({
// GENERIC-NEXT:     ^bb0(%arg10: index, %arg11: index):
// GENERIC-NEXT:       %13 = "te.sum"() <{extents = array<i64: 3, 3>, names = ["ry", "rx"]}> ({
// GENERIC-NEXT:       ^bb0(%arg12: index, %arg13: index):
// GENERIC-NEXT:         %14 = "arith.constant"() <{value = 1 : index}> : () -> index
// GENERIC-NEXT:         %15 = "arith.addi"(%arg10, %arg12) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
// GENERIC-NEXT:         %16 = "arith.subi"(%15, %14) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
// GENERIC-NEXT:         %17 = "arith.addi"(%arg11, %arg13) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
// GENERIC-NEXT:         %18 = "arith.subi"(%17, %14) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
// GENERIC-NEXT:         %19 = "te.read"(%arg9, %16, %18) <{padding = 0.000000e+00 : f32}> : (tensor<8x8xf32>, index, index) -> f32
// GENERIC-NEXT:         "te.yield"(%19) : (f32) -> ()
// GENERIC-NEXT:       }) : () -> f32
// GENERIC-NEXT:       "te.yield"(%13) : (f32) -> ()
// GENERIC-NEXT:     }) {tag = "blur"} : () -> tensor<8x8xf32>
// GENERIC-NEXT:     %10 = "te.compute"() <{names = []}> ({
// GENERIC-NEXT:       %11 = "arith.constant"() <{value = 0 : index}> : () -> index
// GENERIC-NEXT:       %12 = "te.read"(%arg9, %11, %11) : (tensor<8x8xf32>, index, index) -> f32
// GENERIC-NEXT:       "te.yield"(%12) : (f32) -> ()
// GENERIC-NEXT:     }) : () -> tensor<f32>
// GENERIC-NEXT:     "func.return"(%9, %10) : (tensor<8x8xf32>, tensor<f32>) -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-LABEL:  "func.func"() <{function_type = (tensor<64x64xf32>, tensor<64x64xf32>) -> tensor<64x64xf32>, sym_name = "schedules"}> ({
// GENERIC-NEXT:   ^bb0(%arg0: tensor<64x64xf32>, %arg1: tensor<64x64xf32>):
// GENERIC-NEXT:     %0 = "te.compute"() <{names = ["i", "j"], schedule = #te.schedule<[compute_at(ko)]>}> ({
// GENERIC-NEXT:     ^bb0(%arg7: index, %arg8: index):
// GENERIC-NEXT:       %8 = "te.read"(%arg0, %arg7, %arg8) : (tensor<64x64xf32>, index, index) -> f32
// GENERIC-NEXT:       "te.yield"(%8) : (f32) -> ()
// GENERIC-NEXT:     }) : () -> tensor<64x64xf32>
// GENERIC-NEXT:     %1 = "te.compute"() <{names = ["i", "j"], schedule = #te.schedule<[compute_inline]>}> ({
// GENERIC-NEXT:     ^bb0(%arg5: index, %arg6: index):
// GENERIC-NEXT:       %7 = "te.read"(%arg1, %arg6, %arg5) : (tensor<64x64xf32>, index, index) -> f32
// GENERIC-NEXT:       "te.yield"(%7) : (f32) -> ()
// GENERIC-NEXT:     }) : () -> tensor<64x64xf32>
// GENERIC-NEXT:     %2 = "te.compute"() <{names = ["i", "j"], schedule = #te.schedule<[tile(i, j, 8, 16) -> (io, jo, ii, ji), split(k, 4) -> (ko, ki), reorder(io, jo, ko, ii, ki, ji), fuse(io, jo) -> (f), cache_write(f), cache_read(1, ko, [1, 0]), vectorize(ji), parallel(f), unroll(ki)]>}> ({
// GENERIC-NEXT:     ^bb0(%arg2: index, %arg3: index):
// GENERIC-NEXT:       %3 = "te.sum"() <{extents = array<i64: 64>, names = ["k"]}> ({
// GENERIC-NEXT:       ^bb0(%arg4: index):
// GENERIC-NEXT:         %4 = "te.read"(%0, %arg2, %arg4) : (tensor<64x64xf32>, index, index) -> f32
// GENERIC-NEXT:         %5 = "te.read"(%1, %arg4, %arg3) : (tensor<64x64xf32>, index, index) -> f32
// GENERIC-NEXT:         %6 = "arith.mulf"(%4, %5) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
// GENERIC-NEXT:         "te.yield"(%6) : (f32) -> ()
// GENERIC-NEXT:       }) : () -> f32
// GENERIC-NEXT:       "te.yield"(%3) : (f32) -> ()
// GENERIC-NEXT:     }) : () -> tensor<64x64xf32>
// GENERIC-NEXT:     "func.return"(%2) : (tensor<64x64xf32>) -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-NEXT: }) : () -> ()
