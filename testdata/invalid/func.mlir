// Verifier: the constraints of func.func, func.return and func.call.
//
// RUN: opt-tool %s --split-input-file --verify-diagnostics

func.func private @make_f32() -> f32

func.func @return_type_mismatch() -> i32 {
  %0 = call @make_f32() : () -> f32
  // expected-error @+1 {{type of return operand 0 ('f32') doesn't match function result type ('i32') in function @return_type_mismatch}}
  return %0 : f32
}

// -----

func.func @return_missing_operand() -> i32 {
  // expected-error @+1 {{'func.return' op has 0 operands, but enclosing function (@return_missing_operand) returns 1}}
  return
}

// -----

func.func @return_extra_operand(%a: i32) {
  // expected-error @+1 {{'func.return' op has 1 operands, but enclosing function (@return_extra_operand) returns 0}}
  return %a : i32
}

// -----

func.func @return_second_type(%a: i32, %b: i64) -> (i32, i32) {
  // expected-error @+1 {{type of return operand 1 ('i64') doesn't match function result type ('i32') in function @return_second_type}}
  return %a, %b : i32, i64
}

// -----

func.func @call_unknown_function() {
  // expected-error @+1 {{'func.call' op 'missing' does not reference a valid function}}
  call @missing() : () -> ()
  return
}

// -----

func.func private @takes_i32(i32)

func.func @call_operand_type(%a: f32) {
  // expected-error @+1 {{'func.call' op operand type mismatch: expected operand type 'i32', but provided 'f32' for operand number 0}}
  call @takes_i32(%a) : (f32) -> ()
  return
}

// -----

func.func private @takes_two(i32, i32)

func.func @call_operand_count(%a: i32) {
  // expected-error @+1 {{'func.call' op incorrect number of operands for callee}}
  call @takes_two(%a) : (i32) -> ()
  return
}

// -----

func.func private @returns_i32(i32) -> i32

func.func @call_result_count(%a: i32) {
  // expected-error @+1 {{'func.call' op incorrect number of results for callee}}
  call @returns_i32(%a) : (i32) -> ()
  return
}

// -----

func.func private @returns_i32() -> i32

func.func @call_result_type() {
  // expected-error @+3 {{'func.call' op result type mismatch at index 0}}
  // expected-note @+2 {{op result types: 'f32'}}
  // expected-note @+1 {{function result types: 'i32'}}
  %0 = call @returns_i32() : () -> f32
  return
}

// -----

// expected-error @+1 {{'func.func' op entry block must have 0 arguments to match function signature}}
func.func @entry_block_arguments() {
^bb0(%x: i32):
  return
}

// -----

// expected-error @+1 {{'func.func' op type of entry block argument #0('f32') must match the type of the corresponding argument in function signature('i32')}}
"func.func"() <{function_type = (i32) -> (), sym_name = "entry_block_type"}> ({
^bb0(%x: f32):
  "func.return"() : () -> ()
}) : () -> ()

// -----

// expected-error @+1 {{'func.return' op expects parent op 'func.func'}}
func.return

// -----

func.func @return_in_nested_module() {
  "builtin.module"() ({
    // expected-error @+1 {{'func.return' op expects parent op 'func.func'}}
    "func.return"() : () -> ()
  }) : () -> ()
  return
}
