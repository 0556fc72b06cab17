// math: a vector softmax and scalar activations (exp, tanh, sqrt with
// fastmath, fma, powf, log1p, absf, ceil).
//
// Written in the generic form exactly as `mlir-opt --mlir-print-op-generic
// --allow-unregistered-dialect` prints it when these dialects are not
// registered (as in opt-tool, for now): their ops, types and attributes are
// kept verbatim, and affine maps inside the properties `<{...}>` of an
// unregistered op stay inline (mlir-opt makes no `#map` alias for them). opt-tool
// registers them now and prints their custom forms by default; its
// --emit=generic output must reproduce this file's body byte for byte (RUN
// lines 1 and 4; blank lines and `//` lines are ignored).
//
// RUN: opt-tool %s --allow-unregistered-dialect --emit=generic | grep -v '^$' | diff -u <(grep -v -e '^//' -e '^$' %s) -
// RUN: opt-tool %s --allow-unregistered-dialect | FileCheck %s
// RUN: opt-tool %s --allow-unregistered-dialect | opt-tool --allow-unregistered-dialect - | FileCheck %s
// RUN: opt-tool %s --allow-unregistered-dialect | opt-tool --allow-unregistered-dialect --emit=generic - | grep -v '^$' | diff -u <(grep -v -e '^//' -e '^$' %s) -

"builtin.module"() ({
  "func.func"() <{function_type = (vector<8xf32>) -> vector<8xf32>, sym_name = "softmax_row"}> ({
  ^bb0(%arg2: vector<8xf32>):
    %7 = "vector.reduction"(%arg2) <{fastmath = #arith.fastmath<none>, kind = #vector.kind<maximumf>}> : (vector<8xf32>) -> f32
    %8 = "vector.broadcast"(%7) : (f32) -> vector<8xf32>
    %9 = "arith.subf"(%arg2, %8) <{fastmath = #arith.fastmath<none>}> : (vector<8xf32>, vector<8xf32>) -> vector<8xf32>
    %10 = "math.exp"(%9) <{fastmath = #arith.fastmath<none>}> : (vector<8xf32>) -> vector<8xf32>
    %11 = "vector.reduction"(%10) <{fastmath = #arith.fastmath<none>, kind = #vector.kind<add>}> : (vector<8xf32>) -> f32
    %12 = "vector.broadcast"(%11) : (f32) -> vector<8xf32>
    %13 = "arith.divf"(%10, %12) <{fastmath = #arith.fastmath<none>}> : (vector<8xf32>, vector<8xf32>) -> vector<8xf32>
    "func.return"(%13) : (vector<8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (f32, f64) -> (f32, f32, f64, f32), sym_name = "activations"}> ({
  ^bb0(%arg0: f32, %arg1: f64):
    %0 = "math.tanh"(%arg0) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
    %1 = "math.sqrt"(%arg0) <{fastmath = #arith.fastmath<afn>}> : (f32) -> f32
    %2 = "math.fma"(%arg0, %0, %1) <{fastmath = #arith.fastmath<none>}> : (f32, f32, f32) -> f32
    %3 = "math.powf"(%arg1, %arg1) <{fastmath = #arith.fastmath<none>}> : (f64, f64) -> f64
    %4 = "math.log1p"(%2) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
    %5 = "math.absf"(%4) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
    %6 = "math.ceil"(%5) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
    "func.return"(%0, %2, %3, %6) : (f32, f32, f64, f32) -> ()
  }) : () -> ()
}) : () -> ()

// CHECK:      module {
// CHECK-LABEL:  func.func @softmax_row(%arg0: vector<8xf32>) -> vector<8xf32> {
// CHECK-NEXT:     %0 = vector.reduction <maximumf>, %arg0 : vector<8xf32> into f32
// CHECK-NEXT:     %1 = vector.broadcast %0 : f32 to vector<8xf32>
// CHECK-NEXT:     %2 = arith.subf %arg0, %1 : vector<8xf32>
// CHECK-NEXT:     %3 = math.exp %2 : vector<8xf32>
// CHECK-NEXT:     %4 = vector.reduction <add>, %3 : vector<8xf32> into f32
// CHECK-NEXT:     %5 = vector.broadcast %4 : f32 to vector<8xf32>
// CHECK-NEXT:     %6 = arith.divf %3, %5 : vector<8xf32>
// CHECK-NEXT:     return %6 : vector<8xf32>
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @activations(%arg0: f32, %arg1: f64) -> (f32, f32, f64, f32) {
// CHECK-NEXT:     %0 = math.tanh %arg0 : f32
// CHECK-NEXT:     %1 = math.sqrt %arg0 fastmath<afn> : f32
// CHECK-NEXT:     %2 = math.fma %arg0, %0, %1 : f32
// CHECK-NEXT:     %3 = math.powf %arg1, %arg1 : f64
// CHECK-NEXT:     %4 = math.log1p %2 : f32
// CHECK-NEXT:     %5 = math.absf %4 : f32
// CHECK-NEXT:     %6 = math.ceil %5 : f32
// CHECK-NEXT:     return %0, %2, %3, %6 : f32, f32, f64, f32
// CHECK-NEXT:   }
// CHECK-NEXT: }
