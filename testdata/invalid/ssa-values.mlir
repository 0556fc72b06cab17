// Parser errors about SSA values: undefined and redefined names, result
// groups that do not match the op, and uses with conflicting types.
//
// RUN: opt-tool %s --split-input-file --verify-diagnostics

func.func @undeclared() -> i32 {
  // expected-error @+1 {{use of undeclared SSA value name}}
  return %x : i32
}

// -----

func.func @undeclared_in_branch(%c: i1) {
  // expected-error @+1 {{use of undeclared SSA value name}}
  cf.cond_br %c, ^bb1(%nope : i32), ^bb1(%nope : i32)
^bb1(%v: i32):
  return
}

// -----

func.func private @g() -> i32

func.func @redefinition() {
  // expected-note @+1 {{previously defined here}}
  %0 = call @g() : () -> i32
  // expected-error @+1 {{redefinition of SSA value '%0'}}
  %0 = call @g() : () -> i32
  return
}

// -----

// expected-note @+2 {{previously referenced here}}
// expected-error @+1 {{region entry argument '%a' is already in use}}
func.func @duplicate_argument(%a: i32, %a: i32) {
  return
}

// -----

func.func private @pair() -> (i32, i32)

func.func @too_few_names() {
  // expected-error @+1 {{operation defines 2 results but was provided 1 to bind}}
  %0 = call @pair() : () -> (i32, i32)
  return
}

// -----

func.func private @pair() -> (i32, i32)

func.func @too_many_names() {
  // expected-error @+1 {{operation defines 2 results but was provided 3 to bind}}
  %0:3 = call @pair() : () -> (i32, i32)
  return
}

// -----

func.func private @pair() -> (i32, i32)

func.func @bad_result_number() -> i32 {
  %0:2 = call @pair() : () -> (i32, i32)
  // expected-error @+1 {{reference to invalid result number}}
  return %0#2 : i32
}

// -----

// expected-note @+1 {{prior use here}}
func.func @type_mismatch(%a: i32) -> f32 {
  // expected-error @+1 {{use of value '%a' expects different type than prior uses: 'f32' vs 'i32'}}
  return %a : f32
}

// -----

func.func private @use(i64)

func.func @forward_use_type_mismatch() -> i32 {
  // expected-note @+1 {{previously used here with type 'i64'}}
  "func.call"(%later) <{callee = @use}> : (i64) -> ()
  cf.br ^bb1
^bb1:
  // expected-error @+1 {{definition of SSA value '%later#0' has type 'i32'}}
  %later = "func.call"() <{callee = @make}> : () -> i32
  return %later : i32
}

func.func private @make() -> i32

// -----

func.func @undefined_forward_reference() {
  // expected-error @+1 {{use of undeclared SSA value name}}
  "func.call"(%never) <{callee = @use}> : (i64) -> ()
  return
}

func.func private @use(i64)
