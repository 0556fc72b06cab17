// Parser errors in types.
//
// RUN: opt-tool %s --split-input-file --verify-diagnostics

// expected-error @+1 {{expected non-function type}}
func.func private @unknown_type() -> bogus

// -----

// expected-error @+1 {{expected non-function type}}
func.func private @missing_type(i32, )

// -----

// expected-error @+1 {{undefined symbol alias id 'undefined'}}
func.func private @undefined_type_alias() -> !undefined

// -----

// expected-error @+1 {{expected '>' in tensor type}}
func.func private @unclosed_tensor(tensor<4x?xf32)

// -----

// expected-error @+1 {{expected non-function type}}
func.func private @dynamic_vector(vector<?xf32>)

// -----

// expected-error @+1 {{expected non-function type}}
func.func private @empty_complex(complex<>)

// -----

// expected-error @+1 {{expected non-function type}}
func.func private @negative_dim(tensor<-1xf32>)

// -----

// expected-error @+1 {{expected a 64-bit signed integer or '?'}}
func.func private @bad_strided(memref<4xf32, strided<[1], offset: >>)

// -----

// expected-error @+1 {{invalid tensor element type}}
func.func private @tensor_of_tensor(tensor<4xtensor<2xf32>>)

// -----

func.func @bad_function_type() {
  // expected-error @+1 {{expected function type}}
  "func.return"() : i32 -> ()
}
