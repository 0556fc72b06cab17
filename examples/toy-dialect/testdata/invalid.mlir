// RUN: toy-opt %s --split-input-file --verify-diagnostics
// RUN: not toy-opt %s --split-input-file 2>&1 | FileCheck %s

// The verifier of toy.scale (verify: verify_scale) rejects a zero factor.
// CHECK: error: 'toy.scale' op factor must be non-zero
func.func @zero(%x: i32) -> i32 {
  // expected-error @+1 {{'toy.scale' op factor must be non-zero}}
  %0 = toy.scale %x : i32 by 0
  return %0 : i32
}

// -----

// What the declaration says is checked without any code: the required attribute...
func.func @missing_factor(%x: i32) -> i32 {
  // expected-error @+1 {{'toy.scale' op requires attribute 'factor'}}
  %0 = "toy.scale"(%x) : (i32) -> i32
  return %0 : i32
}

// -----

// ... its constraint (I64_ATTR, with its description) ...
func.func @factor_not_i64(%x: i32) -> i32 {
  // expected-error @+1 {{'toy.scale' op attribute 'factor' failed to satisfy constraint: 64-bit signless integer attribute}}
  %0 = "toy.scale"(%x) <{factor = 2 : i32}> : (i32) -> i32
  return %0 : i32
}

// -----

// ... the SameOperandsAndResultType trait ...
func.func @type_mismatch(%x: i32) -> i64 {
  // expected-error @+1 {{'toy.scale' op requires the same type for all operands and results}}
  %0 = "toy.scale"(%x) <{factor = 2 : i64}> : (i32) -> i64
  return %0 : i64
}

// -----

// ... the operand's type constraint (ANY_INTEGER) ...
func.func @float_operand(%x: f32) -> f32 {
  // expected-error @+1 {{'toy.scale' op operand #0 must be integer, but got 'f32'}}
  %0 = toy.scale %x : f32 by 2
  return %0 : f32
}

// -----

// ... and the operand count of toy.print.
func.func @print_two(%x: i32) {
  // expected-error @+1 {{'toy.print' op expected 1 operands, but found 2}}
  "toy.print"(%x, %x) : (i32, i32) -> ()
  return
}
