// Parser errors in attribute and type alias definitions and uses.
//
// RUN: opt-tool %s --split-input-file --verify-diagnostics

// expected-error @+1 {{undefined symbol alias id 'undefined'}}
func.func private @undefined_attr_alias() attributes {foo.a = #undefined}

// -----

// expected-error @+1 {{undefined symbol alias id 'undefined'}}
func.func private @undefined_type_alias(!undefined)

// -----

#a = 1 : i32
// expected-error @+1 {{redefinition of attribute alias id 'a'}}
#a = 2 : i32

// -----

!t = i32
// expected-error @+1 {{redefinition of type alias id 't'}}
!t = f32

// -----

// expected-error @+1 {{expected '=' in attribute alias definition}}
#missing_equals 1 : i32

// -----

// expected-error @+1 {{expected '=' in type alias definition}}
!missing_equals i32

// -----

// expected-error @+1 {{expected attribute value}}
#no_value = )

// -----

// expected-error @+1 {{expected non-function type}}
!no_type = )

// -----

func.func @undefined_location_alias() {
  // expected-error @+1 {{operation location alias was never defined}}
  return loc(#undefined_loc)
}
