// The seed example, as written:
//   C = compute((m, n), lambda y, x: sum(A[k, y] * B[k, x], axis=k))
// with m = 64, n = 32 and k ranging over 128, and a schedule.
// RUN: opt-tool %s | FileCheck %s
// RUN: opt-tool %s --emit=generic | FileCheck %s --check-prefix=GENERIC
// RUN: opt-tool %s | opt-tool - | FileCheck %s
// RUN: opt-tool %s --emit=generic | opt-tool - | FileCheck %s

func.func @seed(%A: tensor<128x64xf32>, %B: tensor<128x32xf32>) -> tensor<64x32xf32> {
  %C = te.compute [y = %y, x = %x] : tensor<64x32xf32> schedule #te.schedule<[split(y, 32) -> (yo, yi), split(k, 4) -> (ko, ki), reorder(yo, ko, yi, ki, x), vectorize(x), parallel(yo), unroll(ki)]> {
    %s = te.sum [k = %k in 128] : f32 {
      %a = te.read %A[%k, %y] : tensor<128x64xf32>
      %b = te.read %B[%k, %x] : tensor<128x32xf32>
      %p = arith.mulf %a, %b : f32
      te.yield %p : f32
    }
    te.yield %s : f32
  }
  return %C : tensor<64x32xf32>
}

// CHECK:      module {
// CHECK-LABEL:  func.func @seed(%arg0: tensor<128x64xf32>, %arg1: tensor<128x32xf32>) -> tensor<64x32xf32> {
// CHECK-NEXT:     %0 = te.compute [y = %arg2, x = %arg3] : tensor<64x32xf32> schedule #te.schedule<[split(y, 32) -> (yo, yi), split(k, 4) -> (ko, ki), reorder(yo, ko, yi, ki, x), vectorize(x), parallel(yo), unroll(ki)]> {
// CHECK-NEXT:       %1 = te.sum [k = %arg4 in 128] : f32 {
// CHECK-NEXT:         %2 = te.read %arg0[%arg4, %arg2] : tensor<128x64xf32>
// CHECK-NEXT:         %3 = te.read %arg1[%arg4, %arg3] : tensor<128x32xf32>
// CHECK-NEXT:         %4 = arith.mulf %2, %3 : f32
// CHECK-NEXT:         te.yield %4 : f32
// CHECK-NEXT:       }
// CHECK-NEXT:       te.yield %1 : f32
// CHECK-NEXT:     }
// CHECK-NEXT:     return %0 : tensor<64x32xf32>
// CHECK-NEXT:   }
// CHECK-NEXT: }

// GENERIC:      "builtin.module"() ({
// GENERIC-LABEL:  "func.func"() <{function_type = (tensor<128x64xf32>, tensor<128x32xf32>) -> tensor<64x32xf32>, sym_name = "seed"}> ({
// GENERIC-NEXT:   ^bb0(%arg0: tensor<128x64xf32>, %arg1: tensor<128x32xf32>):
// GENERIC-NEXT:     %0 = "te.compute"() <{names = ["y", "x"], schedule = #te.schedule<[split(y, 32) -> (yo, yi), split(k, 4) -> (ko, ki), reorder(yo, ko, yi, ki, x), vectorize(x), parallel(yo), unroll(ki)]>}> ({
// GENERIC-NEXT:     ^bb0(%arg2: index, %arg3: index):
// GENERIC-NEXT:       %1 = "te.sum"() <{extents = array<i64: 128>, names = ["k"]}> ({
// GENERIC-NEXT:       ^bb0(%arg4: index):
// GENERIC-NEXT:         %2 = "te.read"(%arg0, %arg4, %arg2) : (tensor<128x64xf32>, index, index) -> f32
// GENERIC-NEXT:         %3 = "te.read"(%arg1, %arg4, %arg3) : (tensor<128x32xf32>, index, index) -> f32
// GENERIC-NEXT:         %4 = "arith.mulf"(%2, %3) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
// GENERIC-NEXT:         "te.yield"(%4) : (f32) -> ()
// GENERIC-NEXT:       }) : () -> f32
// GENERIC-NEXT:       "te.yield"(%1) : (f32) -> ()
// GENERIC-NEXT:     }) : () -> tensor<64x32xf32>
// GENERIC-NEXT:     "func.return"(%0) : (tensor<64x32xf32>) -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-NEXT: }) : () -> ()
