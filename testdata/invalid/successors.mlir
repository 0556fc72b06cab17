// Verifier: successor operands of cf.br / cf.cond_br against the arguments of
// the target blocks, and the types cf.cond_br requires.
//
// RUN: opt-tool %s --split-input-file --verify-diagnostics

func.func @too_many_operands(%a: i32) {
  // expected-error @+1 {{branch has 1 operands for successor #0, but target block has 0}}
  cf.br ^bb1(%a : i32)
^bb1:
  return
}

// -----

func.func @too_few_operands(%a: i32) {
  // expected-error @+1 {{branch has 1 operands for successor #0, but target block has 2}}
  cf.br ^bb1(%a : i32)
^bb1(%x: i32, %y: i32):
  return
}

// -----

func.func @type_mismatch(%a: i32) {
  // expected-error @+1 {{type mismatch for bb argument #0 of successor #0}}
  cf.br ^bb1(%a : i32)
^bb1(%b: f32):
  return
}

// -----

func.func @second_argument_type(%a: i32) {
  // expected-error @+1 {{type mismatch for bb argument #1 of successor #0}}
  cf.br ^bb1(%a, %a : i32, i32)
^bb1(%x: i32, %y: i64):
  return
}

// -----

func.func @cond_br_false_successor(%c: i1, %a: i32) {
  // expected-error @+1 {{branch has 0 operands for successor #1, but target block has 1}}
  cf.cond_br %c, ^bb1(%a : i32), ^bb1
^bb1(%b: i32):
  return
}

// -----

func.func @cond_br_true_successor_type(%c: i1, %a: i32) {
  // expected-error @+1 {{type mismatch for bb argument #0 of successor #0}}
  cf.cond_br %c, ^bb1(%a : i32), ^bb2
^bb1(%b: index):
  return
^bb2:
  return
}

// -----

// expected-note @+1 {{prior use here}}
func.func @cond_br_condition_not_i1(%c: i32) {
  // expected-error @+1 {{use of value '%c' expects different type than prior uses: 'i1' vs 'i32'}}
  cf.cond_br %c, ^bb1, ^bb1
^bb1:
  return
}

// -----

func.func @generic_condition_not_i1(%c: i32) {
  // expected-error @+1 {{'cf.cond_br' op operand #0 must be 1-bit signless integer, but got 'i32'}}
  "cf.cond_br"(%c)[^bb1, ^bb1] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i32) -> ()
^bb1:
  return
}

// -----

func.func @generic_br_wrong_successor_count() {
  // expected-error @+1 {{'cf.br' op requires 1 successor but found 2}}
  "cf.br"()[^bb1, ^bb1] : () -> ()
^bb1:
  return
}
