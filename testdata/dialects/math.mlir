// math: every registered op in its custom form, with and without fast-math
// flags, on scalars, vectors and tensors (and in the generic form, with and
// without the default flags spelled out).
//
// RUN: opt-tool %s | FileCheck %s
// RUN: opt-tool %s --emit=generic | FileCheck %s --check-prefix=GENERIC
// RUN: opt-tool %s | opt-tool - | FileCheck %s
// RUN: opt-tool %s --emit=generic | opt-tool - | FileCheck %s

func.func @unary(%x: f32, %v: vector<4xf64>, %t: tensor<?x2xf16>) -> (f32, f32, f32, f32, f32, f32, f32, f32) {
  %0 = math.exp %x : f32
  %1 = math.exp2 %x fastmath<fast> : f32
  %2 = math.log %x fastmath<nnan, ninf> : f32
  %3 = math.log2 %x fastmath<none> : f32
  %4 = math.log1p %x : f32
  %5 = math.tanh %x {tag = 1 : i32} : f32
  %6 = math.sqrt %x fastmath<afn> : f32
  %7 = math.rsqrt %x : f32
  %8 = math.sin %v : vector<4xf64>
  %9 = math.cos %v fastmath<contract> : vector<4xf64>
  %10 = math.erf %t : tensor<?x2xf16>
  %11 = math.absf %t fastmath<nsz> : tensor<?x2xf16>
  %12 = math.floor %v : vector<4xf64>
  %13 = math.ceil %v : vector<4xf64>
  return %0, %1, %2, %3, %4, %5, %6, %7 : f32, f32, f32, f32, f32, f32, f32, f32
}

func.func @binary_ternary(%x: f64, %v: vector<[4]xf32>) -> (f64, vector<[4]xf32>, f64) {
  %0 = math.powf %x, %x : f64
  %1 = math.fma %v, %v, %v fastmath<reassoc,arcp> : vector<[4]xf32>
  %2 = math.fma %x, %x, %x : f64
  return %0, %1, %2 : f64, vector<[4]xf32>, f64
}

func.func @integers(%i: i32, %v: vector<2xi8>, %n: index) -> (i32, vector<2xi8>, index) {
  %0 = math.absi %i : i32
  %1 = math.absi %v : vector<2xi8>
  %2 = math.absi %n : index
  return %0, %1, %2 : i32, vector<2xi8>, index
}

func.func @generic(%x: f32) -> (f32, f32, i32) {
  %0 = "math.exp"(%x) : (f32) -> f32
  %1 = "math.powf"(%x, %x) <{fastmath = #arith.fastmath<nnan>}> : (f32, f32) -> f32
  %c = "arith.constant"() <{value = 3 : i32}> : () -> i32
  %2 = "math.absi"(%c) : (i32) -> i32
  return %0, %1, %2 : f32, f32, i32
}

// CHECK:      module {
// CHECK-LABEL:  func.func @unary(%arg0: f32, %arg1: vector<4xf64>, %arg2: tensor<?x2xf16>) -> (f32, f32, f32, f32, f32, f32, f32, f32) {
// CHECK-NEXT:     %0 = math.exp %arg0 : f32
// CHECK-NEXT:     %1 = math.exp2 %arg0 fastmath<fast> : f32
// CHECK-NEXT:     %2 = math.log %arg0 fastmath<nnan,ninf> : f32
// CHECK-NEXT:     %3 = math.log2 %arg0 : f32
// CHECK-NEXT:     %4 = math.log1p %arg0 : f32
// CHECK-NEXT:     %5 = math.tanh %arg0 {tag = 1 : i32} : f32
// CHECK-NEXT:     %6 = math.sqrt %arg0 fastmath<afn> : f32
// CHECK-NEXT:     %7 = math.rsqrt %arg0 : f32
// CHECK-NEXT:     %8 = math.sin %arg1 : vector<4xf64>
// CHECK-NEXT:     %9 = math.cos %arg1 fastmath<contract> : vector<4xf64>
// CHECK-NEXT:     %10 = math.erf %arg2 : tensor<?x2xf16>
// CHECK-NEXT:     %11 = math.absf %arg2 fastmath<nsz> : tensor<?x2xf16>
// CHECK-NEXT:     %12 = math.floor %arg1 : vector<4xf64>
// CHECK-NEXT:     %13 = math.ceil %arg1 : vector<4xf64>
// CHECK-NEXT:     return %0, %1, %2, %3, %4, %5, %6, %7 : f32, f32, f32, f32, f32, f32, f32, f32
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @binary_ternary(%arg0: f64, %arg1: vector<[4]xf32>) -> (f64, vector<[4]xf32>, f64) {
// CHECK-NEXT:     %0 = math.powf %arg0, %arg0 : f64
// CHECK-NEXT:     %1 = math.fma %arg1, %arg1, %arg1 fastmath<reassoc,arcp> : vector<[4]xf32>
// CHECK-NEXT:     %2 = math.fma %arg0, %arg0, %arg0 : f64
// CHECK-NEXT:     return %0, %1, %2 : f64, vector<[4]xf32>, f64
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @integers(%arg0: i32, %arg1: vector<2xi8>, %arg2: index) -> (i32, vector<2xi8>, index) {
// CHECK-NEXT:     %0 = math.absi %arg0 : i32
// CHECK-NEXT:     %1 = math.absi %arg1 : vector<2xi8>
// CHECK-NEXT:     %2 = math.absi %arg2 : index
// CHECK-NEXT:     return %0, %1, %2 : i32, vector<2xi8>, index
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @generic(%arg0: f32) -> (f32, f32, i32) {
// CHECK-NEXT:     %0 = math.exp %arg0 : f32
// CHECK-NEXT:     %1 = math.powf %arg0, %arg0 fastmath<nnan> : f32
// CHECK-NEXT:     %c3_i32 = arith.constant 3 : i32
// CHECK-NEXT:     %2 = math.absi %c3_i32 : i32
// CHECK-NEXT:     return %0, %1, %2 : f32, f32, i32
// CHECK-NEXT:   }
// CHECK-NEXT: }

// GENERIC:      "builtin.module"() ({
// GENERIC-LABEL:  "func.func"() <{function_type = (f32, vector<4xf64>, tensor<?x2xf16>) -> (f32, f32, f32, f32, f32, f32, f32, f32), sym_name = "unary"}> ({
// GENERIC-NEXT:   ^bb0(%arg6: f32, %arg7: vector<4xf64>, %arg8: tensor<?x2xf16>):
// GENERIC-NEXT:     %10 = "math.exp"(%arg6) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
// GENERIC-NEXT:     %11 = "math.exp2"(%arg6) <{fastmath = #arith.fastmath<fast>}> : (f32) -> f32
// GENERIC-NEXT:     %12 = "math.log"(%arg6) <{fastmath = #arith.fastmath<nnan,ninf>}> : (f32) -> f32
// GENERIC-NEXT:     %13 = "math.log2"(%arg6) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
// GENERIC-NEXT:     %14 = "math.log1p"(%arg6) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
// GENERIC-NEXT:     %15 = "math.tanh"(%arg6) <{fastmath = #arith.fastmath<none>}> {tag = 1 : i32} : (f32) -> f32
// GENERIC-NEXT:     %16 = "math.sqrt"(%arg6) <{fastmath = #arith.fastmath<afn>}> : (f32) -> f32
// GENERIC-NEXT:     %17 = "math.rsqrt"(%arg6) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
// GENERIC-NEXT:     %18 = "math.sin"(%arg7) <{fastmath = #arith.fastmath<none>}> : (vector<4xf64>) -> vector<4xf64>
// GENERIC-NEXT:     %19 = "math.cos"(%arg7) <{fastmath = #arith.fastmath<contract>}> : (vector<4xf64>) -> vector<4xf64>
// GENERIC-NEXT:     %20 = "math.erf"(%arg8) <{fastmath = #arith.fastmath<none>}> : (tensor<?x2xf16>) -> tensor<?x2xf16>
// GENERIC-NEXT:     %21 = "math.absf"(%arg8) <{fastmath = #arith.fastmath<nsz>}> : (tensor<?x2xf16>) -> tensor<?x2xf16>
// GENERIC-NEXT:     %22 = "math.floor"(%arg7) <{fastmath = #arith.fastmath<none>}> : (vector<4xf64>) -> vector<4xf64>
// GENERIC-NEXT:     %23 = "math.ceil"(%arg7) <{fastmath = #arith.fastmath<none>}> : (vector<4xf64>) -> vector<4xf64>
// GENERIC-NEXT:     "func.return"(%10, %11, %12, %13, %14, %15, %16, %17) : (f32, f32, f32, f32, f32, f32, f32, f32) -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-LABEL:  "func.func"() <{function_type = (f64, vector<[4]xf32>) -> (f64, vector<[4]xf32>, f64), sym_name = "binary_ternary"}> ({
// GENERIC-NEXT:   ^bb0(%arg4: f64, %arg5: vector<[4]xf32>):
// GENERIC-NEXT:     %7 = "math.powf"(%arg4, %arg4) <{fastmath = #arith.fastmath<none>}> : (f64, f64) -> f64
// GENERIC-NEXT:     %8 = "math.fma"(%arg5, %arg5, %arg5) <{fastmath = #arith.fastmath<reassoc,arcp>}> : (vector<[4]xf32>, vector<[4]xf32>, vector<[4]xf32>) -> vector<[4]xf32>
// GENERIC-NEXT:     %9 = "math.fma"(%arg4, %arg4, %arg4) <{fastmath = #arith.fastmath<none>}> : (f64, f64, f64) -> f64
// GENERIC-NEXT:     "func.return"(%7, %8, %9) : (f64, vector<[4]xf32>, f64) -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-LABEL:  "func.func"() <{function_type = (i32, vector<2xi8>, index) -> (i32, vector<2xi8>, index), sym_name = "integers"}> ({
// GENERIC-NEXT:   ^bb0(%arg1: i32, %arg2: vector<2xi8>, %arg3: index):
// GENERIC-NEXT:     %4 = "math.absi"(%arg1) : (i32) -> i32
// GENERIC-NEXT:     %5 = "math.absi"(%arg2) : (vector<2xi8>) -> vector<2xi8>
// GENERIC-NEXT:     %6 = "math.absi"(%arg3) : (index) -> index
// GENERIC-NEXT:     "func.return"(%4, %5, %6) : (i32, vector<2xi8>, index) -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-LABEL:  "func.func"() <{function_type = (f32) -> (f32, f32, i32), sym_name = "generic"}> ({
// GENERIC-NEXT:   ^bb0(%arg0: f32):
// GENERIC-NEXT:     %0 = "math.exp"(%arg0) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
// GENERIC-NEXT:     %1 = "math.powf"(%arg0, %arg0) <{fastmath = #arith.fastmath<nnan>}> : (f32, f32) -> f32
// GENERIC-NEXT:     %2 = "arith.constant"() <{value = 3 : i32}> : () -> i32
// GENERIC-NEXT:     %3 = "math.absi"(%2) : (i32) -> i32
// GENERIC-NEXT:     "func.return"(%0, %1, %3) : (f32, f32, i32) -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-NEXT: }) : () -> ()
