// Declarations may name their arguments; the names are not kept (mlir-opt does the same).
// RUN: opt-tool %s | FileCheck %s
// RUN: opt-tool %s | opt-tool - | FileCheck %s

func.func private @named(%a: i32 {foo.x}) -> i32
func.func private @unnamed(i32, f32)

// CHECK-LABEL: module {
// CHECK-NEXT:    func.func private @named(i32 {foo.x}) -> i32
// CHECK-NEXT:    func.func private @unnamed(i32, f32)
// CHECK-NEXT:  }
