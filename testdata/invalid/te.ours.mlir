// te verifier and schedule diagnostics (ours: mlir-opt does not know the te dialect).
// RUN: opt-tool %s --split-input-file --verify-diagnostics --allow-unregistered-dialect

func.func @unknown_loop(%t: tensor<8x8xf32>) {
  // expected-error @+1 {{'te.compute' op schedule step 2 'split(z, 4) -> (zo, zi)': unknown loop 'z'}}
  %0 = te.compute [y = %y, x = %x] : tensor<8x8xf32> schedule #te.schedule<[split(y, 4) -> (yo, yi), split(z, 4) -> (zo, zi)]> {
    %v = te.read %t[%y, %x] : tensor<8x8xf32>
    te.yield %v : f32
  }
  return
}

// -----

func.func @split_loop_is_gone(%t: tensor<8x8xf32>) {
  // expected-error @+1 {{'te.compute' op schedule step 2 'vectorize(y)': unknown loop 'y'}}
  %0 = te.compute [y = %y, x = %x] : tensor<8x8xf32> schedule #te.schedule<[split(y, 4) -> (yo, yi), vectorize(y)]> {
    %v = te.read %t[%y, %x] : tensor<8x8xf32>
    te.yield %v : f32
  }
  return
}

// -----

func.func @split_zero(%t: tensor<8x8xf32>) {
  // expected-error @+1 {{'te.compute' op schedule step 1 'split(y, 0) -> (yo, yi)': split factor must be positive, got 0}}
  %0 = te.compute [y = %y, x = %x] : tensor<8x8xf32> schedule #te.schedule<[split(y, 0) -> (yo, yi)]> {
    %v = te.read %t[%y, %x] : tensor<8x8xf32>
    te.yield %v : f32
  }
  return
}

// -----

func.func @vectorize_reduction(%A: tensor<8x8xf32>) {
  // expected-error @+1 {{'te.compute' op schedule step 2 'vectorize(ki)': cannot vectorize reduction loop 'ki'}}
  %0 = te.compute [y = %y] : tensor<8xf32> schedule #te.schedule<[split(k, 4) -> (ko, ki), vectorize(ki)]> {
    %s = te.sum [k = %k in 8] : f32 {
      %v = te.read %A[%y, %k] : tensor<8x8xf32>
      te.yield %v : f32
    }
    te.yield %s : f32
  }
  return
}

// -----

func.func @parallel_reduction(%A: tensor<8x8xf32>) {
  // expected-error @+1 {{'te.compute' op schedule step 1 'parallel(k)': cannot parallelize reduction loop 'k'}}
  %0 = te.compute [y = %y] : tensor<8xf32> schedule #te.schedule<[parallel(k)]> {
    %s = te.sum [k = %k in 8] : f32 {
      %v = te.read %A[%y, %k] : tensor<8x8xf32>
      te.yield %v : f32
    }
    te.yield %s : f32
  }
  return
}

// -----

func.func @name_reused(%t: tensor<8x8xf32>) {
  // expected-error @+1 {{'te.compute' op schedule step 1 'split(y, 2) -> (x, yi)': loop name 'x' is already used}}
  %0 = te.compute [y = %y, x = %x] : tensor<8x8xf32> schedule #te.schedule<[split(y, 2) -> (x, yi)]> {
    %v = te.read %t[%y, %x] : tensor<8x8xf32>
    te.yield %v : f32
  }
  return
}

// -----

func.func @fuse_not_adjacent(%t: tensor<8x8x8xf32>) {
  // expected-error @+1 {{'te.compute' op schedule step 1 'fuse(a, c) -> (f)': can only fuse adjacent loops, 'c' is not right inside 'a'}}
  %0 = te.compute [a = %a, b = %b, c = %c] : tensor<8x8x8xf32> schedule #te.schedule<[fuse(a, c) -> (f)]> {
    %v = te.read %t[%a, %b, %c] : tensor<8x8x8xf32>
    te.yield %v : f32
  }
  return
}

// -----

func.func @tile_twice(%t: tensor<8x8xf32>) {
  // expected-error @+1 {{'te.compute' op schedule step 1 'tile(y, y, 2, 2) -> (a, b, c, d)': tiles loop 'y' twice}}
  %0 = te.compute [y = %y, x = %x] : tensor<8x8xf32> schedule #te.schedule<[tile(y, y, 2, 2) -> (a, b, c, d)]> {
    %v = te.read %t[%y, %x] : tensor<8x8xf32>
    te.yield %v : f32
  }
  return
}

// -----

func.func @reorder_twice(%t: tensor<8x8xf32>) {
  // expected-error @+1 {{'te.compute' op schedule step 1 'reorder(x, x)': loop 'x' appears twice}}
  %0 = te.compute [y = %y, x = %x] : tensor<8x8xf32> schedule #te.schedule<[reorder(x, x)]> {
    %v = te.read %t[%y, %x] : tensor<8x8xf32>
    te.yield %v : f32
  }
  return
}

// -----

func.func @cache_read_input(%t: tensor<8x8xf32>) {
  // expected-error @+1 {{'te.compute' op schedule step 1 'cache_read(1, y)': input 1 does not exist (the body reads 1 tensors)}}
  %0 = te.compute [y = %y, x = %x] : tensor<8x8xf32> schedule #te.schedule<[cache_read(1, y)]> {
    %v = te.read %t[%y, %x] : tensor<8x8xf32>
    te.yield %v : f32
  }
  return
}

// -----

func.func @cache_read_layout(%t: tensor<8x8xf32>) {
  // expected-error @+1 {{'te.compute' op schedule step 1 'cache_read(0, y, [0, 0])': layout must be a permutation of 0..2}}
  %0 = te.compute [y = %y, x = %x] : tensor<8x8xf32> schedule #te.schedule<[cache_read(0, y, [0, 0])]> {
    %v = te.read %t[%y, %x] : tensor<8x8xf32>
    te.yield %v : f32
  }
  return
}

// -----

func.func @compute_at_no_consumer(%t: tensor<8x8xf32>) {
  // expected-error @+1 {{'te.compute' op schedule step 1 'compute_at(y)': the result is not read by another te.compute}}
  %0 = te.compute [y = %y, x = %x] : tensor<8x8xf32> schedule #te.schedule<[compute_at(y)]> {
    %v = te.read %t[%y, %x] : tensor<8x8xf32>
    te.yield %v : f32
  }
  return
}

// -----

func.func @inline_reduction(%A: tensor<8x8xf32>) {
  // expected-error @+1 {{'te.compute' op schedule step 1 'compute_inline': cannot inline a compute with a reduction}}
  %0 = te.compute [y = %y] : tensor<8xf32> schedule #te.schedule<[compute_inline]> {
    %s = te.sum [k = %k in 8] : f32 {
      %v = te.read %A[%y, %k] : tensor<8x8xf32>
      te.yield %v : f32
    }
    te.yield %s : f32
  }
  return
}

// -----

func.func @inline_not_alone(%t: tensor<8x8xf32>) {
  // expected-error @+1 {{'te.compute' op schedule step 2 'compute_inline': compute_inline must be the only step}}
  %0 = te.compute [y = %y, x = %x] : tensor<8x8xf32> schedule #te.schedule<[unroll(x), compute_inline]> {
    %v = te.read %t[%y, %x] : tensor<8x8xf32>
    te.yield %v : f32
  }
  return
}

// -----

func.func @schedule_syntax(%t: tensor<8x8xf32>) {
  // expected-error @+1 {{invalid attribute 'te.schedule': step 'split': expects 2 arguments, got 1}}
  %0 = te.compute [y = %y, x = %x] : tensor<8x8xf32> schedule #te.schedule<[split(y) -> (a, b)]> {
    %v = te.read %t[%y, %x] : tensor<8x8xf32>
    te.yield %v : f32
  }
  return
}

// -----

func.func @unknown_primitive(%t: tensor<8x8xf32>) {
  // expected-error @+1 {{invalid attribute 'te.schedule': step 'spilt': unknown schedule primitive}}
  %0 = te.compute [y = %y, x = %x] : tensor<8x8xf32> schedule #te.schedule<[spilt(y, 2) -> (a, b)]> {
    %v = te.read %t[%y, %x] : tensor<8x8xf32>
    te.yield %v : f32
  }
  return
}

// -----

func.func @duplicate_names(%A: tensor<8x8xf32>) {
  %0 = te.compute [y = %y] : tensor<8xf32> {
    // expected-error @+1 {{'te.sum' op loop name 'y' is used twice}}
    %s = te.sum [y = %k in 8] : f32 {
      %v = te.read %A[%y, %k] : tensor<8x8xf32>
      te.yield %v : f32
    }
    te.yield %s : f32
  }
  return
}

// -----

func.func @rank_mismatch(%t: tensor<8x8xf32>) {
  // expected-error @+1 {{'te.compute' op has 1 loop names for a result of rank 2}}
  %0 = "te.compute"() <{names = ["y"]}> ({
  ^bb0(%y: index):
    %v = te.read %t[%y, %y] : tensor<8x8xf32>
    te.yield %v : f32
  }) : () -> tensor<8x8xf32>
  return
}

// -----

func.func @block_args(%t: tensor<8x8xf32>) {
  // expected-error @+1 {{'te.compute' op expects 2 index block arguments (one per loop), got 1}}
  %0 = "te.compute"() <{names = ["y", "x"]}> ({
  ^bb0(%y: index):
    %v = te.read %t[%y, %y] : tensor<8x8xf32>
    te.yield %v : f32
  }) : () -> tensor<8x8xf32>
  return
}

// -----

func.func @index_args(%t: tensor<8xf32>) {
  // expected-error @+1 {{'te.compute' op block arguments must be of index type, got i32}}
  %0 = "te.compute"() <{names = ["y"]}> ({
  ^bb0(%y: i32):
    %c0 = arith.constant 0 : index
    %v = te.read %t[%c0] : tensor<8xf32>
    te.yield %v : f32
  }) : () -> tensor<8xf32>
  return
}

// -----

func.func @dynamic_result(%t: tensor<8xf32>) {
  // expected-error @+1 {{'te.compute' op result must be a statically shaped tensor, got tensor<?xf32>}}
  %0 = "te.compute"() <{names = ["y"]}> ({
  ^bb0(%y: index):
    %v = te.read %t[%y] : tensor<8xf32>
    te.yield %v : f32
  }) : () -> tensor<?xf32>
  return
}

// -----

func.func @yield_type(%t: tensor<8xf32>) {
  // expected-error @+1 {{'te.compute' op yields f32 but its element type is f64}}
  %0 = te.compute [y = %y] : tensor<8xf64> {
    %v = te.read %t[%y] : tensor<8xf32>
    te.yield %v : f32
  }
  return
}

// -----

func.func @no_yield(%t: tensor<8xf32>) {
  // expected-error @+1 {{'te.compute' op body must end in 'te.yield'}}
  %0 = "te.compute"() <{names = ["y"]}> ({
  ^bb0(%y: index):
    "test.op"() : () -> ()
  }) : () -> tensor<8xf32>
  return
}

// -----

func.func @read_indices(%t: tensor<8x8xf32>, %i: index) {
  // expected-error @+1 {{'te.read' op expects 2 indices for tensor<8x8xf32>, got 1}}
  %v = te.read %t[%i] : tensor<8x8xf32>
  return
}

// -----

func.func @read_result(%t: tensor<8xf32>, %i: index) {
  // expected-error @+1 {{'te.read' op result type f64 differs from the element type of tensor<8xf32>}}
  %v = "te.read"(%t, %i) : (tensor<8xf32>, index) -> f64
  return
}

// -----

func.func @read_padding(%t: tensor<8xf32>, %i: index) {
  // expected-error @+1 {{'te.read' op padding of type f64 differs from the element type f32}}
  %v = te.read %t[%i] {padding = 0.0 : f64} : tensor<8xf32>
  return
}

// -----

func.func @extents(%t: tensor<8xf32>) {
  %0 = te.compute [y = %y] : tensor<8xf32> {
    // expected-error @+1 {{'te.sum' op extents must be positive, got 0}}
    %s = te.sum [k = %k in 0] : f32 {
      %v = te.read %t[%k] : tensor<8xf32>
      te.yield %v : f32
    }
    te.yield %s : f32
  }
  return
}

// -----

func.func @reduction_type(%t: tensor<8xf32>) {
  %0 = te.compute [y = %y] : tensor<8xf64> {
    // expected-error @+1 {{'te.max' op yields f32 but its element type is f64}}
    %s = te.max [k = %k in 8] : f64 {
      %v = te.read %t[%k] : tensor<8xf32>
      te.yield %v : f32
    }
    te.yield %s : f64
  }
  return
}

// -----

func.func @yield_parent(%v: f32) {
  // expected-error @+1 {{'te.yield' op expects parent op to be one of 'te.compute, te.sum, te.max, te.min, te.prod'}}
  te.yield %v : f32
}
