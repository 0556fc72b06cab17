// Shape errors name the shapes (ours: mlir-opt does not know the graph dialect).
// RUN: opt-tool %s --split-input-file --verify-diagnostics

func.func @matmul_inner(%a: tensor<4x5xf32>, %b: tensor<6x7xf32>) {
  // expected-error @+1 {{'graph.matmul' op inner dimensions differ: tensor<4x5xf32> and tensor<6x7xf32>}}
  %0 = graph.matmul %a, %b : (tensor<4x5xf32>, tensor<6x7xf32>) -> tensor<4x7xf32>
  return
}

// -----

func.func @matmul_rank(%a: tensor<4x5x2xf32>, %b: tensor<5x7xf32>) {
  // expected-error @+1 {{'graph.matmul' op expects rank-2 operands, got tensor<4x5x2xf32> and tensor<5x7xf32>}}
  %0 = graph.matmul %a, %b : (tensor<4x5x2xf32>, tensor<5x7xf32>) -> tensor<4x7xf32>
  return
}

// -----

func.func @matmul_result(%a: tensor<4x5xf32>, %b: tensor<5x7xf32>) {
  // expected-error @+1 {{'graph.matmul' op result type tensor<4x8xf32> differs from the inferred type tensor<4x7xf32>}}
  %0 = graph.matmul %a, %b : (tensor<4x5xf32>, tensor<5x7xf32>) -> tensor<4x8xf32>
  return
}

// -----

func.func @element_types(%a: tensor<4x5xf32>, %b: tensor<5x7xf64>) {
  // expected-error @+1 {{'graph.matmul' op element types differ: tensor<4x5xf32> and tensor<5x7xf64>}}
  %0 = graph.matmul %a, %b : (tensor<4x5xf32>, tensor<5x7xf64>) -> tensor<4x7xf32>
  return
}

// -----

func.func @dynamic(%a: tensor<?x5xf32>, %b: tensor<5x7xf32>) {
  // expected-error @+1 {{'graph.matmul' op operand #0 must be statically shaped tensor of floating-point values, but got 'tensor<?x5xf32>'}}
  %0 = graph.matmul %a, %b : (tensor<?x5xf32>, tensor<5x7xf32>) -> tensor<4x7xf32>
  return
}

// -----

func.func @broadcast(%a: tensor<2x3xf32>, %b: tensor<2xf32>) {
  // expected-error @+1 {{'graph.add' op operands are not broadcast-compatible: tensor<2x3xf32> and tensor<2xf32>}}
  %0 = graph.add %a, %b : (tensor<2x3xf32>, tensor<2xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @broadcast_result(%a: tensor<2x1xf32>, %b: tensor<3xf32>) {
  // expected-error @+1 {{'graph.mul' op result type tensor<2x1xf32> differs from the inferred type tensor<2x3xf32>}}
  %0 = graph.mul %a, %b : (tensor<2x1xf32>, tensor<3xf32>) -> tensor<2x1xf32>
  return
}

// -----

func.func @relu(%a: tensor<2x3xf32>) {
  // expected-error @+1 {{'graph.relu' op result type tensor<3x2xf32> differs from the inferred type tensor<2x3xf32>}}
  %0 = graph.relu %a : (tensor<2x3xf32>) -> tensor<3x2xf32>
  return
}

// -----

func.func @bias(%x: tensor<1x4x8x8xf32>, %b: tensor<3xf32>) {
  // expected-error @+1 {{'graph.bias_add' op bias must be rank 1 with the size of dimension 1 (4): tensor<1x4x8x8xf32> and tensor<3xf32>}}
  %0 = graph.bias_add %x, %b : (tensor<1x4x8x8xf32>, tensor<3xf32>) -> tensor<1x4x8x8xf32>
  return
}

// -----

func.func @bias_axis(%x: tensor<1x4xf32>, %b: tensor<4xf32>) {
  // expected-error @+1 {{'graph.bias_add' op axis 2 is out of range for tensor<1x4xf32>}}
  %0 = graph.bias_add %x, %b {axis = 2 : i64} : (tensor<1x4xf32>, tensor<4xf32>) -> tensor<1x4xf32>
  return
}

// -----

func.func @conv_channels(%x: tensor<1x3x8x8xf32>, %w: tensor<4x2x3x3xf32>) {
  // expected-error @+1 {{'graph.conv2d' op input channels (3) differ from filter input channels (2) times groups (1): tensor<1x3x8x8xf32> and tensor<4x2x3x3xf32>}}
  %0 = graph.conv2d %x, %w : (tensor<1x3x8x8xf32>, tensor<4x2x3x3xf32>) -> tensor<1x4x6x6xf32>
  return
}

// -----

func.func @conv_groups(%x: tensor<1x4x8x8xf32>, %w: tensor<3x2x3x3xf32>) {
  // expected-error @+1 {{'graph.conv2d' op filter count (3) is not a multiple of groups (2)}}
  %0 = graph.conv2d %x, %w {groups = 2 : i64} : (tensor<1x4x8x8xf32>, tensor<3x2x3x3xf32>) -> tensor<1x3x6x6xf32>
  return
}

// -----

func.func @conv_padding(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>) {
  // expected-error @+1 {{'graph.conv2d' op padding must have 2 or 4 values, got [1, 1, 1]}}
  %0 = graph.conv2d %x, %w {padding = array<i64: 1, 1, 1>} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x8x8xf32>
  return
}

// -----

func.func @conv_strides(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>) {
  // expected-error @+1 {{'graph.conv2d' op strides must be two positive integers, got [0, 1]}}
  %0 = graph.conv2d %x, %w {strides = array<i64: 0, 1>} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x8x8xf32>
  return
}

// -----

func.func @conv_window(%x: tensor<1x3x2x2xf32>, %w: tensor<4x3x3x3xf32>) {
  // expected-error @+1 {{'graph.conv2d' op the dilated filter is larger than the padded input: tensor<1x3x2x2xf32> and tensor<4x3x3x3xf32>}}
  %0 = graph.conv2d %x, %w : (tensor<1x3x2x2xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x1x1xf32>
  return
}

// -----

func.func @conv_result(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>) {
  // expected-error @+1 {{'graph.conv2d' op result type tensor<1x4x8x8xf32> differs from the inferred type tensor<1x4x6x6xf32>}}
  %0 = graph.conv2d %x, %w : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x8x8xf32>
  return
}

// -----

func.func @conv_attr_kind(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>) {
  // expected-error @+1 {{'graph.conv2d' op attribute 'groups' failed to satisfy constraint: 64-bit signless integer attribute}}
  %0 = graph.conv2d %x, %w {groups = 1 : i32} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32>
  return
}

// -----

func.func @constant() {
  // expected-error @+1 {{expected a dense elements attribute}}
  %0 = graph.constant 1.0 : f32
  return
}
