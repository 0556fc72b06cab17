// RUN: opt-tool %s --allow-unregistered-dialect --pass=dce | FileCheck %s
// RUN: opt-tool %s --allow-unregistered-dialect --pass='dce{remove-unreachable-blocks=false}' \
// RUN:   | FileCheck %s --check-prefix=KEEP
// RUN: opt-tool %s --allow-unregistered-dialect --pass=dce --dump-pass-pipeline 2>&1 >/dev/null \
// RUN:   | FileCheck %s --check-prefix=PIPE

// `dce` is anchored on func.func: in a --pass list it runs on every function.
// PIPE: builtin.module(func.func(dce{remove-unreachable-blocks=true}))

// Unreachable blocks go; ops without the Pure trait (unregistered, calls) stay.
// CHECK-LABEL: func.func @f
// CHECK-NEXT: "test.effect"() : () -> i32
// CHECK-NEXT: cf.br ^bb1
// CHECK-NEXT: ^bb1:
// CHECK-NEXT: return
// CHECK-NOT: ^bb
// KEEP-LABEL: func.func @f
// KEEP: ^bb1:
// KEEP-NEXT: "test.dead"
// KEEP: ^bb2:
func.func @f(%x: i32) {
  %0 = "test.effect"() : () -> i32
  cf.br ^bb2
^bb1:
  %1 = "test.dead"() : () -> i32
  cf.br ^bb2
^bb2:
  return
}
