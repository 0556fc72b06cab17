// --run: JIT-compile the module and call a function on random inputs, .npy files
// or numbers; buffers are printed as shape, element type, checksum (the sum of
// the elements) and first elements. --output saves the last buffer arguments.
// --emit=llvm|asm|obj translates the module for the host CPU at -O3, also as
// the last item of --pass (`lower-to-llvm`).
//
// RUN: opt-tool %s --run=@main --input=random:seed=7 | FileCheck %s --check-prefix=CALL
// RUN: opt-tool %s --pass=canonicalize,lower-to-llvm --run=@main --input=random:seed=7 | FileCheck %s --check-prefix=CALL
// RUN: opt-tool %s --run=@main --input=random:seed=7 --output=%t.c.npy > /dev/null
// RUN: opt-tool %s --run=@sum --input=%t.c.npy | FileCheck %s --check-prefix=SUM
// RUN: opt-tool %s --run=@square --input=1.5 --repeat=3 | FileCheck %s --check-prefix=SQUARE
// RUN: opt-tool %s --emit=llvm | FileCheck %s --check-prefix=LLVM
// RUN: opt-tool %s --pass=lower-to-llvm --emit=obj -o %t.o && test -s %t.o

// CALL-NOT: result
// CALL: arg #0 (memref<4x3xf32>): shape [4, 3] f32 checksum 2.252224
// CALL: arg #1 (memref<3x5xf32>): shape [3, 5] f32 checksum -1.148442
// CALL: arg #2 (memref<4x5xf32>): shape [4, 5] f32 checksum 1.016579 first [-0.83599764, 0.47913688,

// The sum of the matmul's output is its checksum.
// SUM: result #0: f32 = 1.01657

// SQUARE: result #0: f32 = 2.25
// SQUARE: median time over 3 runs:

// LLVM: target triple = "x86_64
// LLVM: define void @main(
// LLVM: define float @square(float
// LLVM: define void @_mlir_ciface_main(

func.func @main(%a: memref<4x3xf32>, %b: memref<3x5xf32>, %c: memref<4x5xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c3 = arith.constant 3 : index
  %c4 = arith.constant 4 : index
  %c5 = arith.constant 5 : index
  scf.for %i = %c0 to %c4 step %c1 {
    scf.for %j = %c0 to %c5 step %c1 {
      %z = arith.constant 0.0 : f32
      %s = scf.for %k = %c0 to %c3 step %c1 iter_args(%acc = %z) -> (f32) {
        %x = memref.load %a[%i, %k] : memref<4x3xf32>
        %y = memref.load %b[%k, %j] : memref<3x5xf32>
        %m = arith.mulf %x, %y : f32
        %n = arith.addf %acc, %m : f32
        scf.yield %n : f32
      }
      memref.store %s, %c[%i, %j] : memref<4x5xf32>
    }
  }
  return
}

func.func @sum(%m: memref<4x5xf32>) -> f32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %c5 = arith.constant 5 : index
  %z = arith.constant 0.0 : f32
  %r = scf.for %i = %c0 to %c4 step %c1 iter_args(%acc = %z) -> (f32) {
    %row = scf.for %j = %c0 to %c5 step %c1 iter_args(%acc2 = %acc) -> (f32) {
      %x = memref.load %m[%i, %j] : memref<4x5xf32>
      %n = arith.addf %acc2, %x : f32
      scf.yield %n : f32
    }
    scf.yield %row : f32
  }
  return %r : f32
}

func.func @square(%x: f32) -> f32 {
  %y = arith.mulf %x, %x : f32
  return %y : f32
}
