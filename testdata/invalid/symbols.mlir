// Verifier: symbol tables. A symbol name is defined once per symbol table
// (module); the note points at the first definition.
//
// RUN: opt-tool %s --split-input-file --verify-diagnostics

// expected-note @+1 {{see existing symbol definition here}}
func.func @f() {
  return
}

// expected-error @+1 {{redefinition of symbol named 'f'}}
func.func @f() {
  return
}

// -----

// expected-note @+1 {{see existing symbol definition here}}
func.func private @decl(i32)
// expected-error @+1 {{redefinition of symbol named 'decl'}}
func.func private @decl(f32)

// -----

// A nested module is a symbol table of its own: the same name may appear in
// it, but not twice in it.
func.func @g() {
  return
}
module @inner {
  // expected-note @+1 {{see existing symbol definition here}}
  func.func @g() {
    return
  }
  // expected-error @+1 {{redefinition of symbol named 'g'}}
  func.func @g() {
    return
  }
}

// -----

// expected-note @+1 {{see existing symbol definition here}}
module @m {
}
// expected-error @+1 {{redefinition of symbol named 'm'}}
module @m {
}

// -----

// A declaration (empty body) must not be public.
// expected-error @+1 {{'func.func' op symbol declaration cannot have public visibility}}
"func.func"() <{function_type = () -> (), sym_name = "public_declaration"}> ({
}) : () -> ()

// -----

// expected-error @+1 {{'func.func' op symbol declaration cannot have public visibility}}
func.func @public_declaration_custom_form(i32)

// -----

// expected-error @+1 {{'func.func' op requires attribute 'function_type'}}
"func.func"() <{sym_name = "no_type"}> ({
}) : () -> ()

// -----

// expected-error @+1 {{'func.func' op requires attribute 'sym_name'}}
"func.func"() <{function_type = () -> ()}> ({
}) : () -> ()
