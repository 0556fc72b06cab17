// Parser errors in attributes: dense literals, integer and float values that
// do not fit their type, dictionaries, arrays and affine maps.
//
// RUN: opt-tool %s --split-input-file --verify-diagnostics

// expected-error @+1 {{inferred shape of elements literal ([3]) does not match type ([2])}}
func.func private @dense_shape() attributes {foo.a = dense<[1, 2, 3]> : tensor<2xi32>}

// -----

// expected-error @+1 {{tensor literal is invalid; ranks are not consistent between elements}}
func.func private @dense_ragged() attributes {foo.a = dense<[1, [2]]> : tensor<2xi32>}

// -----

// expected-error @+1 {{expected integer elements, but parsed floating-point}}
func.func private @dense_float_for_int() attributes {foo.a = dense<1.5> : tensor<2xi32>}

// -----

// expected-error @+1 {{elements hex data size is invalid for provided type: 'tensor<2xi32>'}}
func.func private @dense_hex_size() attributes {foo.a = dense<"0x01"> : tensor<2xi32>}

// -----

// expected-error @+1 {{expected string containing hex digits starting with `0x`}}
func.func private @dense_hex_digits() attributes {foo.a = dense<"0xZZ"> : tensor<1xi8>}

// -----

// expected-error @+1 {{elements literal type must have static shape}}
func.func private @dense_dynamic() attributes {foo.a = dense<[1, 2]> : tensor<?xi32>}

// -----

// expected-error @+1 {{elements literal must be a shaped type}}
func.func private @dense_not_shaped() attributes {foo.a = dense<1> : i32}

// -----

// expected-error @+1 {{expected ']'}}
func.func private @dense_missing_comma() attributes {foo.a = dense<[1 2]> : tensor<2xi32>}

// -----

// expected-error @+1 {{integer constant out of range for attribute}}
func.func private @int_out_of_range() attributes {foo.a = 300 : i8}

// -----

// expected-error @+1 {{floating point value not valid for specified type}}
func.func private @float_for_int() attributes {foo.a = 1.5 : i32}

// -----

// expected-error @+1 {{integer constant out of range}}
func.func private @array_out_of_range() attributes {foo.a = array<i8: 1000>}

// -----

// expected-error @+1 {{duplicate key 'a' in dictionary attribute}}
func.func private @duplicate_key() attributes {foo.d = {a = 1 : i32, a = 2 : i32}}

// -----

// expected-error @+1 {{expected ',' or ']'}}
func.func private @unclosed_array() attributes {foo.a = [1, 2}

// -----

// expected-error @+1 {{use of undeclared identifier}}
func.func private @affine_undeclared_dim() attributes {foo.m = affine_map<(d0) -> (d1)>}

// -----

// expected-error @+1 {{missing right operand of binary operator}}
func.func private @affine_missing_operand() attributes {foo.m = affine_map<(d0) -> (d0 +)>}

// -----

// expected-error @+1 {{expected attribute value}}
func.func private @missing_value() attributes {foo.a = }
