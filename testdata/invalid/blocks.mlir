// Parser errors about blocks: undefined and duplicate block names, empty
// blocks, and references to blocks of another region.
//
// RUN: opt-tool %s --split-input-file --verify-diagnostics

func.func @undefined_block() {
  // expected-error @+1 {{reference to an undefined block}}
  cf.br ^missing
}

// -----

func.func @duplicate_block() {
  cf.br ^bb1
^bb1:
  cf.br ^bb1
// expected-error @+1 {{redefinition of block '^bb1'}}
^bb1:
  return
}

// -----

func.func @block_of_enclosing_region() {
  cf.br ^bb1
^bb1:
  "func.func"() <{function_type = () -> (), sym_name = "inner"}> ({
    // expected-error @+1 {{reference to an undefined block}}
    cf.br ^bb1
  }) : () -> ()
  return
}

// -----

// expected-error @+1 {{empty block: expect at least a terminator}}
func.func @empty_block() {
  return
^bb1:
}

// -----

func.func @block_argument_redefined(%a: i32) {
  cf.br ^bb1(%a, %a : i32, i32)
// expected-note @+2 {{previously defined here}}
// expected-error @+1 {{redefinition of SSA value '%x'}}
^bb1(%x: i32, %x: i32):
  return
}

// -----

// expected-note @+1 {{previously defined here}}
func.func @block_argument_shadows_value(%a: i32) {
  cf.br ^bb1(%a : i32)
// expected-error @+1 {{redefinition of SSA value '%a'}}
^bb1(%a: i32):
  return
}
