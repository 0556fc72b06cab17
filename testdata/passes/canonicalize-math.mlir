// math: constant folds of scalar (and splat vector and tensor) f32/f64
// operands, evaluated at the operand's precision with the C library's
// functions, and the cases MLIR leaves alone
// (negative operands of sqrt and log, rsqrt and fma, non-constant operands).
//
// RUN: opt-tool %s --pass=canonicalize | FileCheck %s

func.func @exp() -> f32 {
  %c = arith.constant 2.0 : f32
  %0 = math.exp %c : f32
  return %0 : f32
}

func.func @exp2_f64() -> f64 {
  %c = arith.constant 0.5 : f64
  %0 = math.exp2 %c : f64
  return %0 : f64
}

func.func @log() -> f32 {
  %c = arith.constant 2.0 : f32
  %0 = math.log %c : f32
  return %0 : f32
}

func.func @log2() -> f64 {
  %c = arith.constant 1024.0 : f64
  %0 = math.log2 %c : f64
  return %0 : f64
}

func.func @log1p() -> f32 {
  %c = arith.constant 0.25 : f32
  %0 = math.log1p %c : f32
  return %0 : f32
}

func.func @tanh() -> f32 {
  %c = arith.constant 2.0 : f32
  %0 = math.tanh %c fastmath<fast> : f32
  return %0 : f32
}

func.func @sqrt() -> f64 {
  %c = arith.constant 2.0 : f64
  %0 = math.sqrt %c : f64
  return %0 : f64
}

func.func @sin_cos() -> (f32, f32) {
  %c = arith.constant 2.0 : f32
  %0 = math.sin %c : f32
  %1 = math.sin %c : f32
  return %0, %1 : f32, f32
}

func.func @cos() -> f64 {
  %c = arith.constant 1.0 : f64
  %0 = math.cos %c : f64
  return %0 : f64
}

func.func @erf() -> f64 {
  %c = arith.constant 0.5 : f64
  %0 = math.erf %c : f64
  return %0 : f64
}

func.func @erf_f32() -> f32 {
  %c = arith.constant 0.5 : f32
  %0 = math.erf %c : f32
  return %0 : f32
}

func.func @absf() -> f32 {
  %c = arith.constant -2.5 : f32
  %0 = math.absf %c : f32
  return %0 : f32
}

func.func @floor() -> f32 {
  %c = arith.constant -2.5 : f32
  %0 = math.floor %c : f32
  return %0 : f32
}

func.func @ceil() -> f64 {
  %c = arith.constant -2.5 : f64
  %0 = math.ceil %c : f64
  return %0 : f64
}

func.func @powf() -> f32 {
  %c = arith.constant 1.5 : f32
  %0 = math.powf %c, %c : f32
  return %0 : f32
}

func.func @absi() -> i32 {
  %c = arith.constant -3 : i32
  %0 = math.absi %c : i32
  return %0 : i32
}

func.func @absi_min() -> i8 {
  %c = arith.constant -128 : i8
  %0 = math.absi %c : i8
  return %0 : i8
}

func.func @not_folded_sqrt_negative() -> f32 {
  %c = arith.constant -2.0 : f32
  %0 = math.sqrt %c : f32
  return %0 : f32
}

func.func @not_folded_log_negative() -> f64 {
  %c = arith.constant -1.0 : f64
  %0 = math.log %c : f64
  return %0 : f64
}

func.func @not_folded_rsqrt() -> f32 {
  %c = arith.constant 4.0 : f32
  %0 = math.rsqrt %c : f32
  return %0 : f32
}

func.func @not_folded_fma() -> f32 {
  %c = arith.constant 4.0 : f32
  %0 = math.fma %c, %c, %c : f32
  return %0 : f32
}

func.func @not_constant(%x: f32) -> f32 {
  %0 = math.exp %x : f32
  return %0 : f32
}
func.func @splat_vector() -> vector<4xf32> {
  %c = arith.constant dense<2.0> : vector<4xf32>
  %0 = math.exp %c : vector<4xf32>
  return %0 : vector<4xf32>
}

func.func @splat_tensor_absi() -> tensor<2xi32> {
  %c = arith.constant dense<-5> : tensor<2xi32>
  %0 = math.absi %c : tensor<2xi32>
  return %0 : tensor<2xi32>
}

func.func @splat_powf() -> vector<2xf64> {
  %c = arith.constant dense<2.0> : vector<2xf64>
  %0 = math.powf %c, %c : vector<2xf64>
  return %0 : vector<2xf64>
}

// CHECK:      module {
// CHECK-LABEL:  func.func @exp() -> f32 {
// CHECK-NEXT:     %cst = arith.constant 7.3890562 : f32
// CHECK-NEXT:     return %cst : f32
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @exp2_f64() -> f64 {
// CHECK-NEXT:     %cst = arith.constant 1.4142135623730951 : f64
// CHECK-NEXT:     return %cst : f64
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @log() -> f32 {
// CHECK-NEXT:     %cst = arith.constant 0.693147182 : f32
// CHECK-NEXT:     return %cst : f32
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @log2() -> f64 {
// CHECK-NEXT:     %cst = arith.constant 1.000000e+01 : f64
// CHECK-NEXT:     return %cst : f64
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @log1p() -> f32 {
// CHECK-NEXT:     %cst = arith.constant 0.223143548 : f32
// CHECK-NEXT:     return %cst : f32
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @tanh() -> f32 {
// CHECK-NEXT:     %cst = arith.constant 0.964027583 : f32
// CHECK-NEXT:     return %cst : f32
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @sqrt() -> f64 {
// CHECK-NEXT:     %cst = arith.constant 1.4142135623730951 : f64
// CHECK-NEXT:     return %cst : f64
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @sin_cos() -> (f32, f32) {
// CHECK-NEXT:     %cst = arith.constant 0.909297406 : f32
// CHECK-NEXT:     return %cst, %cst : f32, f32
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @cos() -> f64 {
// CHECK-NEXT:     %cst = arith.constant 0.54030230586813977 : f64
// CHECK-NEXT:     return %cst : f64
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @erf() -> f64 {
// CHECK-NEXT:     %cst = arith.constant 0.52049987781304652 : f64
// CHECK-NEXT:     return %cst : f64
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @erf_f32() -> f32 {
// CHECK-NEXT:     %cst = arith.constant 0.520499885 : f32
// CHECK-NEXT:     return %cst : f32
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @absf() -> f32 {
// CHECK-NEXT:     %cst = arith.constant 2.500000e+00 : f32
// CHECK-NEXT:     return %cst : f32
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @floor() -> f32 {
// CHECK-NEXT:     %cst = arith.constant -3.000000e+00 : f32
// CHECK-NEXT:     return %cst : f32
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @ceil() -> f64 {
// CHECK-NEXT:     %cst = arith.constant -2.000000e+00 : f64
// CHECK-NEXT:     return %cst : f64
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @powf() -> f32 {
// CHECK-NEXT:     %cst = arith.constant 1.83711731 : f32
// CHECK-NEXT:     return %cst : f32
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @absi() -> i32 {
// CHECK-NEXT:     %c3_i32 = arith.constant 3 : i32
// CHECK-NEXT:     return %c3_i32 : i32
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @absi_min() -> i8 {
// CHECK-NEXT:     %c-128_i8 = arith.constant -128 : i8
// CHECK-NEXT:     return %c-128_i8 : i8
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @not_folded_sqrt_negative() -> f32 {
// CHECK-NEXT:     %cst = arith.constant -2.000000e+00 : f32
// CHECK-NEXT:     %0 = math.sqrt %cst : f32
// CHECK-NEXT:     return %0 : f32
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @not_folded_log_negative() -> f64 {
// CHECK-NEXT:     %cst = arith.constant -1.000000e+00 : f64
// CHECK-NEXT:     %0 = math.log %cst : f64
// CHECK-NEXT:     return %0 : f64
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @not_folded_rsqrt() -> f32 {
// CHECK-NEXT:     %cst = arith.constant 4.000000e+00 : f32
// CHECK-NEXT:     %0 = math.rsqrt %cst : f32
// CHECK-NEXT:     return %0 : f32
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @not_folded_fma() -> f32 {
// CHECK-NEXT:     %cst = arith.constant 4.000000e+00 : f32
// CHECK-NEXT:     %0 = math.fma %cst, %cst, %cst : f32
// CHECK-NEXT:     return %0 : f32
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @not_constant(%arg0: f32) -> f32 {
// CHECK-NEXT:     %0 = math.exp %arg0 : f32
// CHECK-NEXT:     return %0 : f32
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @splat_vector() -> vector<4xf32> {
// CHECK-NEXT:     %cst = arith.constant dense<7.3890562> : vector<4xf32>
// CHECK-NEXT:     return %cst : vector<4xf32>
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @splat_tensor_absi() -> tensor<2xi32> {
// CHECK-NEXT:     %cst = arith.constant dense<5> : tensor<2xi32>
// CHECK-NEXT:     return %cst : tensor<2xi32>
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @splat_powf() -> vector<2xf64> {
// CHECK-NEXT:     %cst = arith.constant dense<4.000000e+00> : vector<2xf64>
// CHECK-NEXT:     return %cst : vector<2xf64>
// CHECK-NEXT:   }
// CHECK-NEXT: }
