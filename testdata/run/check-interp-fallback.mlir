// --check=interp interprets the input IR only when the interpreter has semantics
// for every op in it; otherwise it interprets the IR after the passes and says
// why. Here symbol-dce removes the only op it lacks (an unregistered one).
//
// RUN: opt-tool %s --allow-unregistered-dialect --pass=symbol-dce --run=@main --input=random:seed=3 --check=interp | FileCheck %s
// CHECK: result #0: f32 =
// CHECK: check: JIT and interpreter agree exactly (interpreted the IR after the passes: the interpreter has no semantics for 'foo.opaque')

func.func @main(%a: f32, %b: f32) -> f32 {
  %0 = arith.mulf %a, %b : f32
  %1 = arith.addf %0, %a : f32
  return %1 : f32
}

func.func private @unused() {
  "foo.opaque"() : () -> ()
  return
}
