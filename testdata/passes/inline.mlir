// RUN: opt-tool %s --allow-unregistered-dialect --pass=inline | FileCheck %s
// RUN: opt-tool %s --allow-unregistered-dialect --pass='inline{max-iterations=0}' | FileCheck %s --check-prefix=ONE

// A private callee is inlined and erased; the call chain @a -> @b is inlined in two rounds.
func.func private @add(%a: i32, %b: i32) -> (i32, i32) {
  %0 = "test.add"(%a, %b) : (i32, i32) -> i32
  return %0, %a : i32, i32
}
func.func private @b(%x: i32) -> i32 {
  %0:2 = call @add(%x, %x) : (i32, i32) -> (i32, i32)
  return %0#0 : i32
}
// A public callee stays after inlining.
func.func @pub(%x: i32) -> i32 {
  return %x : i32
}
// A recursive function is left alone, and so are calls of it.
func.func private @rec(%x: i32) -> i32 {
  %0 = call @rec(%x) : (i32) -> i32
  return %0 : i32
}
// A declaration has no body to inline.
func.func private @decl(i32) -> i32

// CHECK-NOT: func.func private @add
// CHECK-NOT: func.func private @b(
// CHECK-LABEL: func.func @pub
// CHECK-LABEL: func.func private @rec
// CHECK: call @rec
// CHECK-LABEL: func.func @main(%arg0: i32)
// CHECK-NEXT: %0 = "test.add"(%arg0, %arg0) : (i32, i32) -> i32
// CHECK-NEXT: %1 = call @rec(%arg0) : (i32) -> i32
// CHECK-NEXT: %2 = call @decl(%arg0) : (i32) -> i32
// CHECK-NEXT: return %0, %arg0, %1, %2 : i32, i32, i32, i32

// ONE-LABEL: func.func @main(%arg0: i32)
// ONE-NEXT: %0 = call @b(%arg0) : (i32) -> i32
// ONE-NEXT: %1 = call @rec
func.func @main(%x: i32) -> (i32, i32, i32, i32) {
  %0 = call @b(%x) : (i32) -> i32
  %1 = call @rec(%x) : (i32) -> i32
  %2 = call @decl(%x) : (i32) -> i32
  %3 = call @pub(%0) : (i32) -> i32
  return %3, %x, %1, %2 : i32, i32, i32, i32
}
