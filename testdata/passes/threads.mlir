// RUN: opt-tool %s --allow-unregistered-dialect --pass=dce,symbol-dce,dce --threads=1 | FileCheck %s
// RUN: opt-tool %s --allow-unregistered-dialect --pass=dce,symbol-dce,dce --threads=2 | FileCheck %s
// RUN: opt-tool %s --allow-unregistered-dialect --pass=dce,symbol-dce,dce --threads=4 | FileCheck %s
// RUN: opt-tool %s --allow-unregistered-dialect --pass=dce --threads=4 --print-ir-after-all \
// RUN:   2>&1 >/dev/null | FileCheck %s --check-prefix=DUMP
// RUN: opt-tool %s --allow-unregistered-dialect --pass=dce --threads=4 --pass-statistics \
// RUN:   2>&1 >/dev/null | FileCheck %s --check-prefix=STATS

// --threads=N runs func.func nests on N threads; the output, the dumps (one per function,
// in program order) and the statistics (summed over the functions) do not depend on N.
// CHECK-LABEL: func.func @a
// CHECK-NEXT: "test.keep"() : () -> i32
// CHECK-NEXT: return
// CHECK-LABEL: func.func @b
// CHECK-NEXT: "test.keep"() : () -> i32
// CHECK-NEXT: cf.br ^bb1
// CHECK-NEXT: ^bb1:
// CHECK-NEXT: return
// CHECK-NOT: ^bb2
// CHECK-NOT: @dead
// CHECK-LABEL: func.func @c
// CHECK-NEXT: return
// DUMP: IR Dump After dce{remove-unreachable-blocks=true} (func.func)
// DUMP-NEXT: func.func @a
// DUMP: IR Dump After dce{remove-unreachable-blocks=true} (func.func)
// DUMP-NEXT: func.func @b
// DUMP: IR Dump After dce{remove-unreachable-blocks=true} (func.func)
// DUMP-NEXT: func.func private @dead
// DUMP: IR Dump After dce{remove-unreachable-blocks=true} (func.func)
// DUMP-NEXT: func.func @c
// STATS: 'func.func' Pipeline (4 ops matched, anchor inferred)
// STATS-NEXT: dce{remove-unreachable-blocks=true} (ran 4 times, changed the IR 2)
// STATS: (S) 2 erased-blocks
func.func @a() {
  %0 = "test.keep"() : () -> i32
  return
^bb1:
  return
}
func.func @b() {
  %0 = "test.keep"() : () -> i32
  cf.br ^bb1
^bb1:
  return
^bb2:
  %1 = "test.gone"() : () -> i32
  cf.br ^bb1
}
func.func private @dead() {
  return
}
func.func @c() {
  return
}
