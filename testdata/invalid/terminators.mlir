// Verifier: every block of a function body ends in a terminator, and a
// terminator is the last op of its block.
//
// RUN: opt-tool %s --split-input-file --verify-diagnostics

func.func private @make() -> i32

func.func @no_terminator() {
  // expected-error @+1 {{block with no terminator, has %0 = "func.call"() <{callee = @make}> : () -> i32}}
  %0 = call @make() : () -> i32
}

// -----

func.func private @make() -> i32

func.func @no_terminator_in_second_block() {
  cf.br ^bb1
^bb1:
  // expected-error @+1 {{block with no terminator}}
  %0 = call @make() : () -> i32
}

// -----

func.func private @effect()

func.func @no_terminator_no_results() {
  // expected-error @+1 {{block with no terminator, has "func.call"() <{callee = @effect}> : () -> ()}}
  call @effect() : () -> ()
}

// -----

func.func @terminator_not_last() {
  // expected-error @+1 {{'func.return' op must be the last operation in the parent block}}
  "func.return"() : () -> ()
  "func.return"() : () -> ()
}

// -----

func.func @branch_not_last() {
  // expected-error @+1 {{operation with block successors must terminate its parent block}}
  cf.br ^bb1
  cf.br ^bb1
^bb1:
  return
}

// -----

// expected-error @+1 {{empty block: expect at least a terminator}}
func.func @empty_successor_block() {
  cf.br ^bb1
^bb1:
}
