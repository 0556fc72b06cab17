// Flag attributes of arith are checked when parsed (our wording; mlir-opt has its own).
// RUN: opt-tool %s --split-input-file --verify-diagnostics

func.func @bad_overflow_flag(%a: i32) -> i32 {
  // expected-error @+1 {{invalid attribute 'arith.overflow': expected one of none, nsw, nuw but found 'nsx'}}
  %0 = "arith.addi"(%a, %a) <{overflowFlags = #arith.overflow<nsx>}> : (i32, i32) -> i32
  return %0 : i32
}

// -----

func.func @bad_fastmath_flag(%a: f32) -> f32 {
  // expected-error @+1 {{invalid attribute 'arith.fastmath': expected one of none, reassoc, nnan, ninf, nsz, arcp, contract, afn, fast but found 'fastest'}}
  %0 = "arith.addf"(%a, %a) <{fastmath = #arith.fastmath<fastest>}> : (f32, f32) -> f32
  return %0 : f32
}
