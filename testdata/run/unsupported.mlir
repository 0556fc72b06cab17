// What codegen cannot translate is an error at the op or function, and --run
// checks the argument types it can pass before anything is compiled.
//
// RUN: not opt-tool %s --run=@tensor 2>&1 | FileCheck %s --check-prefix=TENSOR
// TENSOR: error: --run: argument #0 of @tensor has type tensor<4xf32>, which --run cannot pass
//
// RUN: not opt-tool %s --emit=llvm 2>&1 | FileCheck %s --check-prefix=LOWER
// LOWER: error: lower-to-llvm: unsupported type 'tensor<4xf32>'

func.func @tensor(%a: tensor<4xf32>) {
  return
}
