// math: verifier errors (operand kinds, same types, fast-math flags).
// RUN: opt-tool %s --split-input-file --verify-diagnostics

func.func @int_operand(%a: i32) {
  // expected-error @+1 {{'math.exp' op operand #0 must be floating-point-like, but got 'i32'}}
  %0 = math.exp %a : i32
  return
}

// -----

func.func @float_absi(%a: f32) {
  // expected-error @+1 {{'math.absi' op operand #0 must be signless-integer-like, but got 'f32'}}
  %0 = math.absi %a : f32
  return
}

// -----

func.func @result_type(%a: f32) {
  // expected-error @+1 {{'math.exp' op requires the same type for all operands and results}}
  %0 = "math.exp"(%a) : (f32) -> f64
  return
}

// -----

func.func @fma_types(%a: f32, %b: f64) {
  // expected-error @+1 {{'math.fma' op requires the same type for all operands and results}}
  %0 = "math.fma"(%a, %a, %b) : (f32, f32, f64) -> f32
  return
}

// -----

func.func @flags(%a: f32) {
  // expected-error @+1 {{'math.powf' op attribute 'fastmath' failed to satisfy constraint: Floating point fast math flags}}
  %0 = "math.powf"(%a, %a) {fastmath = 1 : i32} : (f32, f32) -> f32
  return
}

// -----

func.func @vector_of_ints(%a: vector<4xi32>) {
  // expected-error @+1 {{'math.sqrt' op operand #0 must be floating-point-like, but got 'vector<4xi32>'}}
  %0 = math.sqrt %a : vector<4xi32>
  return
}
