// Verifier: func.func and builtin.module are isolated from above. The parser
// resolves a name defined outside such a region, and the verifier rejects the
// use, with a note at the isolating op.
//
// RUN: opt-tool %s --split-input-file --verify-diagnostics

func.func private @make() -> i32
func.func private @use(i32)
%0 = func.call @make() : () -> i32
// expected-note @+1 {{required by region isolation constraints}}
func.func @uses_module_value() {
  // expected-error @+1 {{'func.call' op using value defined outside the region}}
  call @use(%0) : (i32) -> ()
  return
}

// -----

func.func private @make() -> i32
func.func private @use(i32)
%0 = func.call @make() : () -> i32
// expected-note @+1 {{required by region isolation constraints}}
"func.func"() <{function_type = () -> (), sym_name = "generic_form"}> ({
  // expected-error @+1 {{'func.call' op using value defined outside the region}}
  "func.call"(%0) <{callee = @use}> : (i32) -> ()
  "func.return"() : () -> ()
}) : () -> ()

// -----

func.func private @make() -> i32
func.func private @use(i32)
%0 = func.call @make() : () -> i32
// expected-note @+1 {{required by region isolation constraints}}
module @nested {
  // expected-error @+1 {{'func.call' op using value defined outside the region}}
  func.call @use(%0) : (i32) -> ()
}

// -----

func.func private @use(i32)
func.func @outer(%a: i32) {
  "builtin.module"() ({
    func.func private @use(i32)
    // expected-note @+1 {{required by region isolation constraints}}
    "func.func"() <{function_type = () -> (), sym_name = "inner"}> ({
      // expected-error @+1 {{'func.call' op using value defined outside the region}}
      "func.call"(%a) <{callee = @use}> : (i32) -> ()
      "func.return"() : () -> ()
    }) : () -> ()
  }) : () -> ()
  return
}
