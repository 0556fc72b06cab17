// canonicalize on cf.switch: destinations that only branch on are skipped,
// cases that end up where the default goes are dropped, a switch on a constant
// or with only a default becomes cf.br (as mlir-opt --canonicalize).
//
// RUN: opt-tool %s --pass=canonicalize | FileCheck %s

func.func @pass_through(%flag: i32, %a: f32, %b: f32) -> f32 {
  cf.switch %flag : i32, [
    default: ^bb3(%a : f32),
    0: ^bb1,
    1: ^bb2(%b : f32),
    -1: ^bb3(%a : f32)
  ]
^bb1:
  cf.br ^bb3(%a : f32)
^bb2(%x: f32):
  cf.br ^bb3(%x : f32)
^bb3(%r: f32):
  return %r : f32
}

func.func @constant_flag(%a: f32, %b: f32) -> f32 {
  %c = arith.constant 7 : i32
  cf.switch %c : i32, [
    default: ^bb1(%a : f32),
    7: ^bb1(%b : f32)
  ]
^bb1(%r: f32):
  return %r : f32
}

// CHECK:      module {
// CHECK-LABEL:  func.func @pass_through(%arg0: i32, %arg1: f32, %arg2: f32) -> f32 {
// CHECK-NEXT:     cf.switch %arg0 : i32, [
// CHECK-NEXT:       default: ^bb1(%arg1 : f32),
// CHECK-NEXT:       1: ^bb1(%arg2 : f32)
// CHECK-NEXT:     ]
// CHECK-NEXT:   ^bb1(%0: f32):  // 2 preds: ^bb0, ^bb0
// CHECK-NEXT:     return %0 : f32
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @constant_flag(%arg0: f32, %arg1: f32) -> f32 {
// CHECK-NEXT:     return %arg1 : f32
// CHECK-NEXT:   }
// CHECK-NEXT: }
