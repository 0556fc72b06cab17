// From the graph level to a run: lower-graph, lower-te (naive loops), LLVM, JIT.
// The function returns the buffer lower-te allocated for its result; --run
// copies it out, prints its summary and --output saves it.
//
// RUN: opt-tool %s --pass=lower-graph,lower-te --run=@main --input=random:seed=3 | FileCheck %s
// RUN: opt-tool %s --pass=lower-graph,lower-te,lower-to-llvm --emit=llvm | FileCheck %s --check-prefix=LLVM
// RUN: opt-tool %s --pass=lower-graph,lower-te --run=@main --input=random:seed=3 --output=%t.npy > /dev/null && test -s %t.npy

// CHECK: result #0: shape [8, 4] f32 checksum 15.361557 first [0.0, 0.0, 0.0, 1.8277475, 0.0, 0.008516712,
// CHECK: arg #0 (memref<8x16xf32>): shape [8, 16] f32
// CHECK: arg #1 (memref<16x4xf32>): shape [16, 4] f32

// LLVM: define void @_mlir_ciface_main(

func.func @main(%a: tensor<8x16xf32>, %b: tensor<16x4xf32>) -> tensor<8x4xf32> {
  %c = graph.matmul %a, %b : (tensor<8x16xf32>, tensor<16x4xf32>) -> tensor<8x4xf32>
  %r = graph.relu %c : (tensor<8x4xf32>) -> tensor<8x4xf32>
  return %r : tensor<8x4xf32>
}
