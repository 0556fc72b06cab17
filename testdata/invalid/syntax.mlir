// Parser errors in the structure of operations: missing punctuation,
// unbalanced braces, trailing garbage, malformed generic ops.
//
// RUN: opt-tool %s --split-input-file --verify-diagnostics

// expected-error @+1 {{expected ')'}}
func.func private @missing_paren(i32 -> ()

// -----

func.func @missing_paren_in_generic_type() {
  // expected-error @+1 {{expected ')'}}
  "func.return"() : (i32 -> ()
}

// -----

func.func @missing_operand_list_end() {
  // expected-error @+1 {{expected ')' to end operand list}}
  "func.return"( : () -> ()
}

// -----

func.func @missing_region_brace() {
  // expected-error @+1 {{expected '{' to begin a region}}
  "func.return"() () : () -> ()
}

// -----

func.func @unbalanced_close() {
  return
} } // expected-error {{expected operation name in quotes}}

// -----

// expected-error @+3 {{expected operation name in quotes}}
func.func @unclosed_body() {
  cf.br ^bb1
^bb1:

// -----

func.func @trailing_garbage() {
  return
}
// expected-error @+1 {{custom op 'garbage' is unknown (tried 'builtin.garbage' as well)}}
garbage

// -----

func.func @unknown_custom_op_in_func() {
  // expected-error @+1 {{custom op 'frobnicate' is unknown (tried 'func.frobnicate' as well)}}
  frobnicate
  return
}

// -----

func.func @missing_colon() {
  // expected-error @+1 {{expected ':' followed by operation type}}
  "func.return"()
}

// -----

// expected-error @+1 {{expected attribute name}}
func.func private @unterminated_arg_attrs(i32 {

// -----

func.func @unterminated_location() {
  // expected-error @+1 {{expected ')' in location}}
  return loc(unknown
}

// -----

func.func @bad_location() {
  // expected-error @+1 {{expected location instance}}
  return loc(42)
}

