// lower-te refuses what it cannot lower, with a diagnostic.
// RUN: not opt-tool %s --pass=lower-te 2>&1 | FileCheck %s

func.func @graph_left(%a: tensor<4xf32>) -> tensor<4xf32> {
  %0 = te.compute [i = %i] : tensor<4xf32> {
    %v = te.read %a[%i] : tensor<4xf32>
    te.yield %v : f32
  }
  // CHECK: lower-te.ours.mlir:[[@LINE+1]]:8: error: 'graph.relu' op lower-te: run lower-graph first
  %1 = graph.relu %0 : (tensor<4xf32>) -> tensor<4xf32>
  return %1 : tensor<4xf32>
}
