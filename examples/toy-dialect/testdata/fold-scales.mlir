// RUN: toy-opt %s --pass=toy-fold-scales | FileCheck %s
// RUN: toy-opt %s --pass='toy-fold-scales{factor-limit=10}' | FileCheck %s --check-prefix=LIMIT
// RUN: toy-opt %s --pass=toy-fold-scales --pass-statistics 2>&1 >/dev/null \
// RUN:   | FileCheck %s --check-prefix=STATS
// RUN: toy-opt %s --pass=toy-fold-scales --dump-pass-pipeline 2>&1 >/dev/null \
// RUN:   | FileCheck %s --check-prefix=PIPELINE
// The toy pass composes with the project's passes in one pipeline.
// RUN: toy-opt %s --pass=toy-fold-scales,dce | FileCheck %s --check-prefix=DCE
// RUN: toy-opt --list-passes | FileCheck %s --check-prefix=LIST

// A chain folds into one scale by the product of its factors.
// CHECK-LABEL: func.func @chain(%arg0: i32) -> i32 {
// CHECK-NEXT:    %0 = toy.scale %arg0 : i32 by 30 : i64 {tag}
// CHECK-NEXT:    "toy.print"(%0) : (i32) -> ()
// CHECK-NEXT:    return %0 : i32

// With factor-limit=10, 2*3 folds but 6*5 would exceed the limit.
// LIMIT-LABEL: func.func @chain(%arg0: i32) -> i32 {
// LIMIT-NEXT:    %0 = toy.scale %arg0 : i32 by 6 : i64
// LIMIT-NEXT:    %1 = toy.scale %0 : i32 by 5 : i64 {tag}
// LIMIT-NEXT:    "toy.print"(%1) : (i32) -> ()
func.func @chain(%x: i32) -> i32 {
  %0 = toy.scale %x : i32 by 2
  %1 = toy.scale %0 : i32 by 3
  %2 = toy.scale %1 : i32 by 5 {tag}
  "toy.print"(%2) : (i32) -> ()
  return %2 : i32
}

// A scale that something else uses stays; the outer one is rewritten all the same.
// CHECK-LABEL: func.func @shared(%arg0: i32) -> i32 {
// CHECK-NEXT:    %0 = toy.scale %arg0 : i32 by -4 : i64
// CHECK-NEXT:    "toy.print"(%0) : (i32) -> ()
// CHECK-NEXT:    %1 = toy.scale %arg0 : i32 by -12 : i64
// CHECK-NEXT:    return %1 : i32
func.func @shared(%x: i32) -> i32 {
  %0 = toy.scale %x : i32 by -4
  "toy.print"(%0) : (i32) -> ()
  %1 = toy.scale %0 : i32 by 3
  return %1 : i32
}

// Only toy.scale of a toy.scale folds; a block argument input is left alone.
// CHECK-LABEL: func.func @nothing_to_fold(%arg0: i32) -> i32 {
// CHECK-NEXT:    %0 = toy.scale %arg0 : i32 by 9 : i64
// CHECK-NEXT:    return %0 : i32
func.func @nothing_to_fold(%x: i32) -> i32 {
  %0 = toy.scale %x : i32 by 9
  return %0 : i32
}

// A scale whose result is unused is not the pass's business (it is Pure: dce erases it).
// DCE-LABEL: func.func @unused(%arg0: i32) {
// DCE-NEXT:    return
func.func @unused(%x: i32) {
  %0 = toy.scale %x : i32 by 2
  %1 = toy.scale %0 : i32 by 2
  return
}

// STATS:      'func.func' Pipeline (4 ops matched, anchor inferred)
// STATS-NEXT:   toy-fold-scales{factor-limit=1000} (ran 4 times, changed the IR 3)
// STATS-NEXT:     (S) 4 num-folded - Number of scales merged into the scale of their input
// STATS-NEXT:     (S) 3 num-erased - Number of scales erased once nothing used them

// PIPELINE: builtin.module(func.func(toy-fold-scales{factor-limit=1000}))

// The project's passes are all there, with ours (the list is sorted by name).
// LIST: dce (func.func)
// LIST: toy-fold-scales (func.func): Merge chains of toy.scale
// LIST-NEXT: factor-limit=<uint> (default: 1000)
