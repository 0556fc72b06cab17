// lower-te applies schedules: each function pins what one group of steps becomes, and
// the --check=interp runs compare the JIT run of the lowered function with the
// interpreter's run of the te program (schedules do not change results).
// RUN: opt-tool %s --pass=lower-te,canonicalize | FileCheck %s
// RUN: opt-tool %s --pass=lower-te --run=@par_vec --input=random:seed=1 --check=interp | FileCheck %s --check-prefix=AGREE
// RUN: opt-tool %s --pass=lower-te --run=@guard --input=random:seed=2 --check=interp | FileCheck %s --check-prefix=AGREE
// RUN: opt-tool %s --pass=lower-te --run=@tile --input=random:seed=3 --check=interp | FileCheck %s --check-prefix=AGREE
// RUN: opt-tool %s --pass=lower-te --run=@placed --input=random:seed=4 --check=interp | FileCheck %s --check-prefix=AGREE
// AGREE: check: JIT and interpreter agree {{.*}}(interpreted the input IR)

// Parallel outer loop, vectorized inner loop over contiguous columns.
func.func @par_vec(%A: tensor<16x32xf32>, %B: tensor<32x16xf32>) -> tensor<16x16xf32> {
  %C = te.compute [i = %i, j = %j] : tensor<16x16xf32> schedule #te.schedule<[split(j, 8) -> (jo, ji), reorder(i, jo, k, ji), vectorize(ji), parallel(i)]> {
    %s = te.sum [k = %k in 32] : f32 {
      %a = te.read %A[%i, %k] : tensor<16x32xf32>
      %b = te.read %B[%k, %j] : tensor<32x16xf32>
      %p = arith.mulf %a, %b : f32
      te.yield %p : f32
    }
    te.yield %s : f32
  }
  return %C : tensor<16x16xf32>
}

// A split factor that does not divide the extent (7 = 3 + 3 + 1): a guard.
func.func @guard(%A: tensor<7xf32>) -> tensor<7xf32> {
  %C = te.compute [i = %i] : tensor<7xf32> schedule #te.schedule<[split(i, 3) -> (io, ii), unroll(ii)]> {
    %a = te.read %A[%i] : tensor<7xf32>
    %b = arith.addf %a, %a : f32
    te.yield %b : f32
  }
  return %C : tensor<7xf32>
}

// A register tile: cache_write accumulates a 2x8 tile locally; cache_read packs B.
func.func @tile(%A: tensor<8x16xf32>, %B: tensor<16x16xf32>) -> tensor<8x16xf32> {
  %C = te.compute [i = %i, j = %j] : tensor<8x16xf32> schedule #te.schedule<[tile(i, j, 2, 8) -> (io, jo, ii, ji), reorder(io, jo, k, ii, ji), unroll(ii), vectorize(ji), cache_write(jo), cache_read(1, jo, [1, 0])]> {
    %s = te.sum [k = %k in 16] : f32 {
      %a = te.read %A[%i, %k] : tensor<8x16xf32>
      %b = te.read %B[%k, %j] : tensor<16x16xf32>
      %p = arith.mulf %a, %b : f32
      te.yield %p : f32
    }
    te.yield %s : f32
  }
  return %C : tensor<8x16xf32>
}

// compute_at: the producer is computed, per row, into a local buffer of one row;
// compute_inline: the other producer has no buffer at all.
func.func @placed(%A: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %P = te.compute [i = %i, j = %j] : tensor<4x8xf32> schedule #te.schedule<[compute_at(i)]> {
    %a = te.read %A[%i, %j] : tensor<4x8xf32>
    %b = arith.mulf %a, %a : f32
    te.yield %b : f32
  }
  %Q = te.compute [i = %i, j = %j] : tensor<4x8xf32> schedule #te.schedule<[compute_inline]> {
    %a = te.read %A[%i, %j] : tensor<4x8xf32>
    %b = arith.negf %a : f32
    te.yield %b : f32
  }
  %R = te.compute [i = %i, j = %j] : tensor<4x8xf32> {
    %p = te.read %P[%i, %j] : tensor<4x8xf32>
    %q = te.read %Q[%i, %j] : tensor<4x8xf32>
    %r = arith.addf %p, %q : f32
    te.yield %r : f32
  }
  return %R : tensor<4x8xf32>
}

// parallel(i) is an scf.parallel; vectorize(ji) makes the statement a vector one: B's
// row is contiguous over ji (vector.load), A's element is the same for every lane
// (vector.broadcast); the sum accumulates in the output since k is not innermost.
// CHECK-LABEL: func.func @par_vec(
// CHECK:         scf.parallel (%[[I:.*]]) = (%c0) to (%c16) step (%c1) {
// CHECK-NEXT:      scf.for %[[JO:.*]] = %c0 to %c2 step %c1 {
// CHECK:             vector.store %cst, %alloc[%[[I]], %{{.*}}] : memref<16x16xf32>, vector<8xf32>
// CHECK-NEXT:        scf.for %[[K:.*]] = %c0 to %c32 step %c1 {
// CHECK:               %[[ACC:.*]] = vector.load %alloc[%[[I]], %{{.*}}] : memref<16x16xf32>, vector<8xf32>
// CHECK-NEXT:          %[[A:.*]] = memref.load %arg0[%[[I]], %[[K]]] : memref<16x32xf32>
// CHECK:               %[[B:.*]] = vector.load %arg1[%[[K]], %{{.*}}] : memref<32x16xf32>, vector<8xf32>
// CHECK-NEXT:          %[[AV:.*]] = vector.broadcast %[[A]] : f32 to vector<8xf32>
// CHECK-NEXT:          %[[P:.*]] = arith.mulf %[[AV]], %[[B]] : vector<8xf32>
// CHECK-NEXT:          %[[S:.*]] = arith.addf %[[ACC]], %[[P]] : vector<8xf32>
// CHECK-NEXT:          vector.store %[[S]], %alloc
// CHECK:           scf.reduce

// unroll(ii) copies the body three times, each behind the guard io * 3 + ii < 7.
// CHECK-LABEL: func.func @guard(
// CHECK:         scf.for %[[IO:.*]] = %c0 to %c3 step %c1 {
// CHECK-NEXT:      %[[X0:.*]] = arith.muli %[[IO]], %c3 : index
// CHECK-NEXT:      %[[G0:.*]] = arith.cmpi slt, %[[X0]], %c7 : index
// CHECK-NEXT:      scf.if %[[G0]] {
// CHECK:           arith.addi %{{.*}}, %c1 : index
// CHECK-NEXT:      %[[G1:.*]] = arith.cmpi slt, %{{.*}}, %c7 : index
// CHECK-NEXT:      scf.if %[[G1]] {
// CHECK:           arith.addi %{{.*}}, %c2 : index
// CHECK-NEXT:      %[[G2:.*]] = arith.cmpi slt, %{{.*}}, %c7 : index
// CHECK-NEXT:      scf.if %[[G2]] {
// CHECK-NOT:     scf.for
// CHECK:         return

// cache_write(jo): a 2x8 tile on the stack, zeroed, accumulated over k (the two rows
// unrolled), written back after k. cache_read(1, jo, [1, 0]): the 16x8 box of B that
// the loops inside jo read, copied transposed (8x16) at the start of jo.
// CHECK-LABEL: func.func @tile(
// CHECK:         scf.for %[[IO:.*]] = %c0 to %c4 step %c1 {
// CHECK-NEXT:      scf.for %[[JO:.*]] = %c0 to %c2 step %c1 {
// CHECK-NEXT:        %[[TILE:.*]] = memref.alloca() : memref<2x8xf32>
// The box stays inside B, so the copy has no bounds check.
// CHECK:             %[[PACK:.*]] = memref.alloca() : memref<8x16xf32>
// CHECK-NEXT:        scf.for %[[R:.*]] = %c0 to %c8 step %c1 {
// CHECK-NEXT:          scf.for %[[K:.*]] = %c0 to %c16 step %c1 {
// CHECK-NEXT:            %[[COL:.*]] = arith.addi %{{.*}}, %[[R]] : index
// CHECK-NEXT:            %[[B:.*]] = memref.load %arg1[%[[K]], %[[COL]]] : memref<16x16xf32>
// CHECK-NEXT:            memref.store %[[B]], %[[PACK]][%[[R]], %[[K]]] : memref<8x16xf32>
// CHECK:             vector.store %cst, %[[TILE]][%c0, %c0] : memref<2x8xf32>, vector<8xf32>
// CHECK-NEXT:        vector.store %cst, %[[TILE]][%c1, %c0] : memref<2x8xf32>, vector<8xf32>
// CHECK-NEXT:        scf.for %{{.*}} = %c0 to %c16 step %c1 {
// CHECK-NEXT:          vector.load %[[TILE]][%c0, %c0]
// CHECK:               memref.load %[[PACK]]
// CHECK:               vector.store %{{.*}}, %[[TILE]][%c0, %c0]
// CHECK-NEXT:          vector.load %[[TILE]][%c1, %c0]
// CHECK:               vector.store %{{.*}}, %[[TILE]][%c1, %c0]
// CHECK-NEXT:        }
// CHECK-NEXT:        %[[R0:.*]] = vector.load %[[TILE]][%c0, %c0] : memref<2x8xf32>, vector<8xf32>
// CHECK:             vector.store %[[R0]], %alloc[
// CHECK:             %[[R1:.*]] = vector.load %[[TILE]][%c1, %c0] : memref<2x8xf32>, vector<8xf32>
// CHECK:             vector.store %[[R1]], %alloc[

// compute_at(i): %P is computed for one row at the start of each iteration of i, into a
// 1x8 buffer; compute_inline: %Q is recomputed where it is read (no buffer, a negf).
// CHECK-LABEL: func.func @placed(
// CHECK:         %[[OUT:.*]] = memref.alloc() : memref<4x8xf32>
// CHECK-NOT:     memref.alloc()
// The row is inside %P: no bounds check; the read of %A, used twice, is loaded once.
// CHECK:         scf.for %[[I:.*]] = %c0 to %c4 step %c1 {
// CHECK-NEXT:      %[[ROW:.*]] = memref.alloca() : memref<1x8xf32>
// CHECK-NEXT:      scf.for %[[J0:.*]] = %c0 to %c8 step %c1 {
// CHECK-NEXT:        %[[X:.*]] = memref.load %arg0[%[[I]], %[[J0]]] : memref<4x8xf32>
// CHECK-NEXT:        %[[SQ:.*]] = arith.mulf %[[X]], %[[X]] : f32
// CHECK-NEXT:        memref.store %[[SQ]], %[[ROW]][%c0, %[[J0]]] : memref<1x8xf32>
// CHECK:           scf.for %[[J:.*]] = %c0 to %c8 step %c1 {
// CHECK-NEXT:        %[[P:.*]] = memref.load %[[ROW]][%c0, %[[J]]] : memref<1x8xf32>
// CHECK-NEXT:        %[[A:.*]] = memref.load %arg0[%[[I]], %[[J]]] : memref<4x8xf32>
// CHECK-NEXT:        %[[Q:.*]] = arith.negf %[[A]] : f32
// CHECK-NEXT:        %[[R:.*]] = arith.addf %[[P]], %[[Q]] : f32
// CHECK-NEXT:        memref.store %[[R]], %[[OUT]][%[[I]], %[[J]]] : memref<4x8xf32>
