// Errors in the generic op form, with unregistered ops allowed.
//
// RUN: opt-tool %s --split-input-file --verify-diagnostics --allow-unregistered-dialect

func.func @result_count() {
  // expected-error @+1 {{operation defines 1 results but was provided 2 to bind}}
  %0:2 = "foo.one"() : () -> i32
  return
}

// -----

func.func @not_a_function_type() {
  // expected-error @+1 {{expected function type}}
  "foo.op"() : i32
  return
}

// -----

func.func @unterminated_properties() {
  // expected-error @+1 {{expected attribute value}}
  "foo.op"() <{a = }> : () -> ()
  return
}

// -----

func.func @unterminated_attr_dict() {
  // expected-error @+1 {{expected '}' in attribute dictionary}}
  "foo.op"() {a = 1 : i32 b = 2} : () -> ()
  return
}

// -----

func.func @successors_not_terminator() {
  // expected-error @+1 {{operation with block successors must terminate its parent block}}
  "foo.br"()[^bb1] : () -> ()
  "foo.other"() : () -> ()
^bb1:
  return
}

// -----

func.func @successor_in_module() {
  return
}
// expected-error @+1 {{reference to an undefined block}}
"foo.br"()[^bb1] : () -> ()

// -----

func.func @region_not_closed() {
  // The error is reported at the end of the last line before the stray ')'.
  // expected-error @+2 {{expected operation name in quotes}}
  "foo.region"() ({
    "foo.inner"() : () -> ()
  ) : () -> ()
  return
}

// -----

// Names defined in a region are not visible after it.
func.func @value_from_inner_region() {
  "foo.region"() ({
    %0 = "foo.def"() : () -> i32
    "foo.yield"() : () -> ()
  }) : () -> ()
  // expected-error @+1 {{use of undeclared SSA value name}}
  "foo.use"(%0) : (i32) -> ()
  return
}

// -----

// Regions of unregistered ops may be graph regions, so no dominance is checked
// in them, but a registered op's region nested in one is checked again.
func.func @dominance_below_unregistered_op() {
  "foo.region"() ({
    "foo.use"(%1) : (i32) -> ()
    %1 = "foo.def"() : () -> i32
    "func.func"() <{function_type = () -> (), sym_name = "inner"}> ({
      // expected-error @+1 {{operand #0 does not dominate this use}}
      "foo.use"(%0) : (i32) -> ()
      // expected-note @+1 {{operand defined here (op in the same block)}}
      %0 = "foo.def"() : () -> i32
      "func.return"() : () -> ()
    }) : () -> ()
    "foo.yield"() : () -> ()
  }) : () -> ()
  return
}
