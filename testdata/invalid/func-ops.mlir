// func.constant and func.call_indirect: verifier errors.
// RUN: opt-tool %s --split-input-file --verify-diagnostics

func.func @undefined() {
  // expected-error @+1 {{'func.constant' op reference to undefined function 'nope'}}
  %f = func.constant @nope : (i32) -> i32
  return
}

// -----

func.func private @g(i32) -> i32
func.func @mismatch() {
  // expected-error @+1 {{'func.constant' op reference to function with mismatched type}}
  %f = func.constant @g : (i32) -> f32
  return
}

// -----

func.func @inputs(%f: (i32) -> i32, %a: f32) {
  // expected-error @+1 {{'func.call_indirect' op failed to verify that callee input types match argument types}}
  %0 = "func.call_indirect"(%f, %a) : ((i32) -> i32, f32) -> i32
  return
}

// -----

func.func @results(%f: (i32) -> i32, %a: i32) {
  // expected-error @+1 {{'func.call_indirect' op failed to verify that callee result types match result types}}
  %0 = "func.call_indirect"(%f, %a) : ((i32) -> i32, i32) -> f32
  return
}

// -----

func.func @no_results(%f: (i32) -> i32, %a: i32) {
  // expected-error @+1 {{'func.call_indirect' op failed to verify that callee result types match result types}}
  "func.call_indirect"(%f, %a) : ((i32) -> i32, i32) -> ()
  return
}

// -----

func.func @not_a_function(%f: i32, %a: i32) {
  // expected-error @+1 {{'func.call_indirect' op operand #0 must be function type, but got 'i32'}}
  "func.call_indirect"(%f, %a) : (i32, i32) -> i32
  return
}
