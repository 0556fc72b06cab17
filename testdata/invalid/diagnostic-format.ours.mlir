// The shape of opt-tool's diagnostics (not checked against mlir-opt, hence
// `.ours.mlir`): `file:line:col: error: message`, then the source line and a
// caret; notes as `file:line:col: note: ...`; nothing on stdout; exit status 1;
// with --split-input-file every chunk is still processed after an error.
//
// RUN: not opt-tool %s --split-input-file 2>&1 | FileCheck %s
// RUN: not opt-tool %s --split-input-file 2>/dev/null | FileCheck %s --check-prefix=STDOUT --allow-empty
// RUN: opt-tool %s --split-input-file >/dev/null 2>&1; test $? -eq 1
// RUN: opt-tool %s --split-input-file --verify-diagnostics

func.func @parse_error() -> i32 {
  // expected-error @+1 {{use of undeclared SSA value name}}
  return %undefined : i32
}

// -----

func.func private @make() -> i32

func.func @verify_error() {
  // expected-error @+1 {{operand #0 does not dominate this use}}
  call @use(%0) : (i32) -> ()
  // expected-note @+1 {{operand defined here (op in the same block)}}
  %0 = call @make() : () -> i32
  return
}

func.func private @use(i32)

// -----

func.func @fine() {
  return
}

// CHECK: {{.*}}diagnostic-format.ours.mlir:13:10: error: use of undeclared SSA value name
// CHECK: return %undefined : i32
// CHECK: {{^.*}}^
// CHECK: {{.*}}diagnostic-format.ours.mlir:22:3: error: operand #0 does not dominate this use
// CHECK: call @use(%0) : (i32) -> ()
// CHECK: {{^.*}}^
// CHECK: {{.*}}diagnostic-format.ours.mlir:24:8: note: operand defined here (op in the same block)
// CHECK: %0 = call @make() : () -> i32
// CHECK: {{^.*}}^

// STDOUT-NOT: error
// STDOUT-NOT: note
