// RUN: opt-tool %s --pass=symbol-dce | FileCheck %s
// RUN: opt-tool %s --pass=symbol-dce --pass-statistics 2>&1 >/dev/null | FileCheck %s --check-prefix=STATS

// Private symbols that nothing live references go, transitively (@dead_a calls @dead_b);
// those a public function references stay (@used, @used2 through @used).
// CHECK-NOT: @dead_a
// CHECK-NOT: @dead_b
// CHECK-LABEL: func.func private @used2()
// CHECK-LABEL: func.func private @used()
// CHECK-NEXT: call @used2()
// CHECK-LABEL: func.func @public()
// CHECK-NEXT: call @used()
// STATS: symbol-dce (ran 1 time, changed the IR 1)
// STATS-NEXT: (S) 2 num-dce'd - Number of symbols DCE'd
func.func private @dead_b()
func.func private @dead_a() {
  call @dead_b() : () -> ()
  return
}
func.func private @used2()
func.func private @used() {
  call @used2() : () -> ()
  return
}
func.func @public() {
  call @used() : () -> ()
  return
}
