// Without --allow-unregistered-dialect, ops, types and attributes of unknown
// dialects are errors (the RUN line deliberately lacks the flag).
//
// RUN: opt-tool %s --split-input-file --verify-diagnostics

func.func @generic_unregistered_op() {
  // expected-error @+1 {{operation being parsed with an unregistered dialect. If this is intended, please use -allow-unregistered-dialect with the MLIR tool used}}
  "foo.op"() : () -> ()
  return
}

// -----

// expected-error @+1 {{operation being parsed with an unregistered dialect}}
%0 = "foo.top_level"() : () -> i32

// -----

func.func @custom_unregistered_op() {
  // expected-error @+2 {{Dialect `foo' not found for custom op 'foo.bar'}}
  // expected-note @+1 {{Available dialects: }}
  %0 = foo.bar : i32
  return
}

// -----

// expected-error @+1 {{type created with unregistered dialect. If this is intended, please call allowUnregisteredDialects() on the MLIRContext, or use -allow-unregistered-dialect with the MLIR opt tool used}}
func.func private @unregistered_type(!foo.type)

// -----

// expected-error @+1 {{attribute created with unregistered dialect}}
func.func private @unregistered_attr() attributes {foo.a = #foo.attr}
