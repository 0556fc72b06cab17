// Lexer errors. Each chunk is one error; the diagnostics use mlir-opt's
// wording and the line of the offending token.
//
// RUN: opt-tool %s --split-input-file --verify-diagnostics

func.func @unterminated_string() attributes {
  // expected-error @+1 {{expected '"' in string literal}}
  foo.s = "never closed
} {
  return
}

// -----

func.func @unknown_escape() attributes {
  // expected-error @+1 {{unknown escape in string literal}}
  foo.s = "bad \q escape"
} {
  return
}

// -----

func.func @bad_character() {
  // expected-error @+1 {{unexpected character}}
  $
  return
}

// -----

func.func @backtick() {
  return ` // expected-error {{unexpected character}}
}

// -----

// expected-error @+1 {{@ identifier expected to start with letter or '_'}}
func.func @() {
  return
}

// -----

// expected-error @+1 {{invalid attribute name}}
func.func private @hash() attributes {foo.a = #}

// -----

// expected-error @+1 {{integer bitwidth is limited to 16777215 bits}}
func.func private @too_wide(i16777216)

// -----

// expected-error @+1 {{expected non-function type}}
func.func private @bad_int_suffix() -> i33x
