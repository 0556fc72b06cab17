// RUN: opt-tool %s --split-input-file --verify-diagnostics

// expected-error @+1 {{'builtin.module' op can only contain attributes with dialect-prefixed names, found: 'foo'}}
module attributes {foo} {
}

// -----

module attributes {foo.ok, bar.also = 1} {
  // expected-error @+1 {{'builtin.module' op can only contain attributes with dialect-prefixed names, found: 'plain'}}
  module @inner attributes {plain = "x"} {
  }
}

// -----

func.func @call_without_callee() {
  // expected-error @+1 {{expected '->' in function type}}
  func.call ()
  return
}

