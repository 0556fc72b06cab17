// --check=interp on a graph-level program interprets the INPUT IR (graph ops on
// tensors), not the loops lower-graph,lower-te made of it, so the check covers
// both lowerings: tensors in and memrefs out are compared by position (results,
// then buffer arguments). --repeat counts the input's ops for GFLOP/s.
//
// RUN: opt-tool %s --pass=lower-graph,lower-te --run=@main --input=random:seed=5 --check=interp | FileCheck %s
// CHECK: result #0: shape [4, 8] f32
// CHECK: check: JIT and interpreter agree {{.*}}interpreted the input IR)
//
// RUN: opt-tool %s --pass=lower-graph,lower-te --run=@conv --input=random:seed=6 --check=interp | FileCheck %s --check-prefix=CONV
// CONV: result #0: shape [1, 4, 3, 3] f32
// CONV: check: JIT and interpreter agree {{.*}}interpreted the input IR)
//
// A te-level input: te.compute, a padded te.read and te.max are interpreted too.
// RUN: opt-tool %s --pass=lower-graph,lower-te --run=@te --input=random:seed=7 --check=interp | FileCheck %s --check-prefix=TE
// TE: check: JIT and interpreter agree {{.*}}interpreted the input IR)
//
// RUN: opt-tool %s --pass=lower-graph,lower-te --run=@main --repeat=3 | FileCheck %s --check-prefix=TIME
// TIME: median time over 3 runs: {{[0-9]+\.[0-9]+ (s|ms|us)}}, {{[0-9.]+}} GFLOP/s ({{[0-9]\.[0-9]+e[0-9]+}} flop)

// matmul + bias_add + relu: 2*4*8*16 + 32 + 32 flop.
func.func @main(%x: tensor<4x16xf32>, %w: tensor<16x8xf32>, %b: tensor<8xf32>) -> tensor<4x8xf32> {
  %0 = graph.matmul %x, %w : (tensor<4x16xf32>, tensor<16x8xf32>) -> tensor<4x8xf32>
  %1 = graph.bias_add %0, %b : (tensor<4x8xf32>, tensor<8xf32>) -> tensor<4x8xf32>
  %2 = graph.relu %1 : (tensor<4x8xf32>) -> tensor<4x8xf32>
  return %2 : tensor<4x8xf32>
}

// Strides, asymmetric padding, dilation and groups.
func.func @conv(%x: tensor<1x4x7x6xf32>, %w: tensor<4x2x3x2xf32>) -> tensor<1x4x3x3xf32> {
  %0 = graph.conv2d %x, %w {dilation = array<i64: 2, 1>, groups = 2 : i64, padding = array<i64: 1, 0, 2, 1>, strides = array<i64: 2, 2>} : (tensor<1x4x7x6xf32>, tensor<4x2x3x2xf32>) -> tensor<1x4x3x3xf32>
  return %0 : tensor<1x4x3x3xf32>
}

// A te compute with a padded read and a max reduction.
func.func @te(%t: tensor<6x5xf32>) -> tensor<6xf32> {
  %r = te.compute [i = %i] : tensor<6xf32> {
    %m = te.max [k = %k in 6] : f32 {
      %c1 = arith.constant 1 : index
      %j = arith.subi %k, %c1 : index
      %v = te.read %t[%i, %j] {padding = 0.5 : f32} : tensor<6x5xf32>
      te.yield %v : f32
    }
    te.yield %m : f32
  }
  return %r : tensor<6xf32>
}
