// Verifier: SSA dominance. In a function body (an SSACFG region) a use must
// be dominated by its definition; the note points at the definition.
//
// RUN: opt-tool %s --split-input-file --verify-diagnostics

func.func private @make() -> i32
func.func private @use(i32) -> i32

func.func @use_before_def_same_block() {
  // expected-error @+1 {{operand #0 does not dominate this use}}
  %1 = call @use(%0) : (i32) -> i32
  // expected-note @+1 {{operand defined here (op in the same block)}}
  %0 = call @make() : () -> i32
  return
}

// -----

func.func private @make() -> i32
func.func private @use(i32) -> i32

func.func @def_in_sibling_block(%c: i1) {
  cf.cond_br %c, ^bb1, ^bb2
^bb1:
  // expected-note @+1 {{operand defined here (op in the same region)}}
  %0 = call @make() : () -> i32
  cf.br ^bb2
^bb2:
  // expected-error @+1 {{operand #0 does not dominate this use}}
  %1 = call @use(%0) : (i32) -> i32
  return
}

// -----

func.func private @make() -> i32
func.func private @use2(i32, i32)

func.func @second_operand(%a: i32) {
  // expected-error @+1 {{operand #1 does not dominate this use}}
  call @use2(%a, %0) : (i32, i32) -> ()
  // expected-note @+1 {{operand defined here (op in the same block)}}
  %0 = call @make() : () -> i32
  return
}

// -----

func.func private @make() -> i32

func.func @return_before_def(%c: i1) -> i32 {
  cf.cond_br %c, ^bb1, ^bb2
^bb1:
  // expected-error @+1 {{operand #0 does not dominate this use}}
  return %0 : i32
^bb2:
  // expected-note @+1 {{operand defined here (op in the same region)}}
  %0 = call @make() : () -> i32
  cf.br ^bb1
}

// -----

func.func private @make() -> i32

func.func @branch_operand_not_dominating() {
  cf.br ^bb2
^bb1(%x: i32):
  return
^bb2:
  // expected-error @+1 {{operand #0 does not dominate this use}}
  cf.br ^bb1(%0 : i32)
^bb3:
  // expected-note @+1 {{operand defined here (op in the same region)}}
  %0 = call @make() : () -> i32
  cf.br ^bb1(%0 : i32)
}
