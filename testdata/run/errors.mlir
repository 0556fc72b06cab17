// Mistakes in --run, --input, --output and --emit are errors that say what is
// wrong, with exit code 1.
//
// RUN: not opt-tool %s --run=@nope 2>&1 | FileCheck %s --check-prefix=NOFN
// NOFN: error: --run: no function @nope in the module
//
// RUN: opt-tool %s --run=@copy --input=random:seed=1 --output=%t.a.npy > /dev/null
// RUN: not opt-tool %s --run=@wide --input=%t.a.npy 2>&1 | FileCheck %s --check-prefix=SHAPE
// SHAPE: error: --input: argument #0 of @wide is memref<2x8xf32>, but '{{.*}}.a.npy' holds f32 of shape [2, 4]
//
// RUN: not opt-tool %s --run=@dynamic 2>&1 | FileCheck %s --check-prefix=DYN
// DYN: error: --input: argument #0 of @dynamic (memref<?xf32>) has a dynamic dimension: random inputs need static shapes (give a .npy file)
//
// RUN: not opt-tool %s --run=@copy --input=1.5 2>&1 | FileCheck %s --check-prefix=NUMBER
// NUMBER: error: --input: argument #0 of @copy is memref<2x4xf32>: give a .npy file, not a number
//
// RUN: not opt-tool %s --run=@copy --input=a.npy,b.npy,c.npy 2>&1 | FileCheck %s --check-prefix=COUNT
// COUNT: error: --input: 3 inputs for @copy, which takes 2 arguments
//
// RUN: not opt-tool %s --run=@copy --input=%t.missing.npy 2>&1 | FileCheck %s --check-prefix=MISSING
// MISSING: error: --input: cannot read '{{.*}}.missing.npy'
//
// RUN: not opt-tool %s --emit=obj 2>&1 | FileCheck %s --check-prefix=OBJ
// OBJ: error: --emit=obj writes an object file: give -o FILE
//
// RUN: not opt-tool %s --pass=canonicalize,lower-to-llvm 2>&1 | FileCheck %s --check-prefix=TRANSLATE
// TRANSLATE: error: lower-to-llvm translates the module to LLVM IR after the passes: add --emit=llvm, --emit=asm, --emit=obj or --run=@FN

func.func @copy(%a: memref<2x4xf32>, %b: memref<2x4xf32>) {
  memref.copy %a, %b : memref<2x4xf32> to memref<2x4xf32>
  return
}

func.func @wide(%a: memref<2x8xf32>) {
  return
}

func.func @dynamic(%a: memref<?xf32>) {
  return
}
