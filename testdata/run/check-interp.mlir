// --check=interp runs the --run function in the reference interpreter too, on the
// same inputs, and compares every result and buffer argument.
//
// RUN: opt-tool %s --run=@main --input=random:seed=11 --check=interp | FileCheck %s
// CHECK: result #0: i32 =
// CHECK: check: JIT and interpreter agree exactly
//
// Undefined behaviour (here a shift by more than the bit width, poison in MLIR)
// is an error in the interpreter, so the check fails and says why.
// RUN: not opt-tool %s --run=@poison --input=40 --check=interp 2>&1 | FileCheck %s --check-prefix=POISON
// POISON: error: --check=interp: the interpreter failed: {{.*}}poison

func.func @main(%a: memref<16xi32>, %b: memref<16xf32>, %out: memref<16xf32>) -> i32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c16 = arith.constant 16 : index
  %z = arith.constant 0 : i32
  %s = scf.for %i = %c0 to %c16 step %c1 iter_args(%acc = %z) -> (i32) {
    %x = memref.load %a[%i] : memref<16xi32>
    %y = memref.load %b[%i] : memref<16xf32>
    %f = arith.sitofp %x : i32 to f32
    %p = arith.mulf %f, %y : f32
    %e = math.exp %p : f32
    memref.store %e, %out[%i] : memref<16xf32>
    %n = arith.addi %acc, %x : i32
    scf.yield %n : i32
  }
  return %s : i32
}

func.func @poison(%k: i32) -> i32 {
  %one = arith.constant 1 : i32
  %r = arith.shli %one, %k : i32
  return %r : i32
}
