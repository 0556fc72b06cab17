// The generic operation form: result groups, properties, attribute
// dictionaries, regions with entry and labelled blocks, successors, nested
// regions, and use-before-definition where the region allows it.
//
// RUN: opt-tool %s --allow-unregistered-dialect | FileCheck %s
// RUN: opt-tool %s --allow-unregistered-dialect --emit=generic | FileCheck %s --check-prefix=GENERIC
// RUN: opt-tool %s --allow-unregistered-dialect | opt-tool --allow-unregistered-dialect - | FileCheck %s
// RUN: opt-tool %s --allow-unregistered-dialect --emit=generic | opt-tool --allow-unregistered-dialect - | FileCheck %s

// The module body is a graph region: a value may be used before it is defined.
%late = "foo.use_later"(%early#1) : (i32) -> f32
%early:3 = "foo.three"() : () -> (i1, i32, f32)
"foo.top"(%early#0, %early#2, %late) : (i1, f32, f32) -> ()

func.func @result_groups() -> (i32, i32) {
  %a:2 = "foo.pair"() : () -> (i32, i32)
  %b = "foo.one"(%a#1, %a#0) : (i32, i32) -> i32
  %c:4 = "foo.four"(%b) : (i32) -> (i32, i32, i32, i32)
  "foo.none"() : () -> ()
  return %c#3, %a#0 : i32, i32
}

func.func @properties() {
  "foo.props"() <{a = 1 : i32, b}> : () -> ()
  "foo.props_and_attrs"() <{z = "p"}> {z = 2, y = 3} : () -> ()
  %0 = "foo.empty_dicts"() {} : () -> i8
  "foo.nested_props"() <{list = [1, 2], sub = {k = @sym}, seg = array<i32: 1, 0>}> : () -> ()
  return
}

func.func @regions(%cond: i1) -> i32 {
  %0 = "foo.if"(%cond) ({
    %1 = "foo.then"() : () -> i32
    "foo.yield"(%1) : (i32) -> ()
  }, {
    %2 = "foo.else"() : () -> i32
    "foo.yield"(%2) : (i32) -> ()
  }) : (i1) -> i32
  "foo.empty_region"() ({
  }) : () -> ()
  "foo.two_empty_regions"() ({}, {}) : () -> ()
  return %0 : i32
}

func.func @blocks_and_args() {
  "foo.with_entry_args"() ({
  ^bb0(%x: i32, %y: f32):
    "foo.consume"(%x, %y) : (i32, f32) -> ()
    "foo.br"()[^next] : () -> ()
  ^next:
    "foo.br_args"(%x)[^last] : (i32) -> ()
  ^last(%z: i32):
    "foo.ret"(%z) : (i32) -> ()
  }) : () -> ()
  "foo.unnamed_entry"() ({
  ^entry:
    "foo.ret"() : () -> ()
  }) : () -> ()
  return
}

func.func @successors(%c: i1, %v: i32) {
  "foo.cond"(%c, %v)[^bb1, ^bb2] {weights = [1, 2]} : (i1, i32) -> ()
^bb1:
  "foo.switch"(%v)[^bb2, ^bb3, ^bb1] : (i32) -> ()
^bb2:
  "foo.br"()[^bb3] : () -> ()
^bb3:
  return
}

func.func @forward_reference_across_blocks() -> i32 {
  cf.br ^def
^use:
  %r = "foo.add"(%x, %x) : (i32, i32) -> i32
  return %r : i32
^def:
  %x = "foo.def"() : () -> i32
  cf.br ^use
}

func.func @nested_regions() {
  "foo.outer"() ({
    %0 = "foo.a"() : () -> i32
    "foo.middle"() ({
    ^bb0(%arg: i32):
      %1 = "foo.b"(%0, %arg) : (i32, i32) -> i32
      "foo.inner"() ({
        "foo.c"(%1, %0) : (i32, i32) -> ()
      }) : () -> ()
    }) : () -> ()
    %2 = "foo.d"(%0) : (i32) -> i32
  }) : () -> ()
  %3 = "foo.after"() : () -> i32
  return
}

func.func @graph_region() {
  "foo.graph"() ({
    %b = "foo.node"(%a) : (i32) -> i32
    %a = "foo.node"(%b) : (i32) -> i32
  }) : () -> ()
  return
}

func.func @quoted_and_odd_names() {
  "foo.op.with.dots"() : () -> ()
  "foo.$weird-name"() : () -> ()
  %x_1 = "foo.named"() : () -> i32
  %0 = "foo.numbered"() : () -> i32
  return
}

// CHECK:      module {
// CHECK-NEXT:   %0 = "foo.use_later"(%1#1) : (i32) -> f32
// CHECK-NEXT:   %1:3 = "foo.three"() : () -> (i1, i32, f32)
// CHECK-NEXT:   "foo.top"(%1#0, %1#2, %0) : (i1, f32, f32) -> ()
// CHECK-LABEL:  func.func @result_groups() -> (i32, i32) {
// CHECK-NEXT:     %2:2 = "foo.pair"() : () -> (i32, i32)
// CHECK-NEXT:     %3 = "foo.one"(%2#1, %2#0) : (i32, i32) -> i32
// CHECK-NEXT:     %4:4 = "foo.four"(%3) : (i32) -> (i32, i32, i32, i32)
// CHECK-NEXT:     "foo.none"() : () -> ()
// CHECK-NEXT:     return %4#3, %2#0 : i32, i32
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @properties() {
// CHECK-NEXT:     "foo.props"() <{a = 1 : i32, b}> : () -> ()
// CHECK-NEXT:     "foo.props_and_attrs"() <{z = "p"}> {y = 3 : i64, z = 2 : i64} : () -> ()
// CHECK-NEXT:     %2 = "foo.empty_dicts"() : () -> i8
// CHECK-NEXT:     "foo.nested_props"() <{list = [1, 2], seg = array<i32: 1, 0>, sub = {k = @sym}}> : () -> ()
// CHECK-NEXT:     return
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @regions(%arg0: i1) -> i32 {
// CHECK-NEXT:     %2 = "foo.if"(%arg0) ({
// CHECK-NEXT:       %3 = "foo.then"() : () -> i32
// CHECK-NEXT:       "foo.yield"(%3) : (i32) -> ()
// CHECK-NEXT:     }, {
// CHECK-NEXT:       %3 = "foo.else"() : () -> i32
// CHECK-NEXT:       "foo.yield"(%3) : (i32) -> ()
// CHECK-NEXT:     }) : (i1) -> i32
// CHECK-NEXT:     "foo.empty_region"() ({
// CHECK-NEXT:     }) : () -> ()
// CHECK-NEXT:     "foo.two_empty_regions"() ({
// CHECK-NEXT:     }, {
// CHECK-NEXT:     }) : () -> ()
// CHECK-NEXT:     return %2 : i32
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @blocks_and_args() {
// CHECK-NEXT:     "foo.with_entry_args"() ({
// CHECK-NEXT:     ^bb0(%arg0: i32, %arg1: f32):
// CHECK-NEXT:       "foo.consume"(%arg0, %arg1) : (i32, f32) -> ()
// CHECK-NEXT:       "foo.br"()[^bb1] : () -> ()
// CHECK-NEXT:     ^bb1:  // pred: ^bb0
// CHECK-NEXT:       "foo.br_args"(%arg0)[^bb2] : (i32) -> ()
// CHECK-NEXT:     ^bb2(%2: i32):  // pred: ^bb1
// CHECK-NEXT:       "foo.ret"(%2) : (i32) -> ()
// CHECK-NEXT:     }) : () -> ()
// CHECK-NEXT:     "foo.unnamed_entry"() ({
// CHECK-NEXT:       "foo.ret"() : () -> ()
// CHECK-NEXT:     }) : () -> ()
// CHECK-NEXT:     return
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @successors(%arg0: i1, %arg1: i32) {
// CHECK-NEXT:     "foo.cond"(%arg0, %arg1)[^bb1, ^bb2] {weights = [1, 2]} : (i1, i32) -> ()
// CHECK-NEXT:   ^bb1:  // 2 preds: ^bb0, ^bb1
// CHECK-NEXT:     "foo.switch"(%arg1)[^bb2, ^bb3, ^bb1] : (i32) -> ()
// CHECK-NEXT:   ^bb2:  // 2 preds: ^bb0, ^bb1
// CHECK-NEXT:     "foo.br"()[^bb3] : () -> ()
// CHECK-NEXT:   ^bb3:  // 2 preds: ^bb1, ^bb2
// CHECK-NEXT:     return
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @forward_reference_across_blocks() -> i32 {
// CHECK-NEXT:     cf.br ^bb2
// CHECK-NEXT:   ^bb1:  // pred: ^bb2
// CHECK-NEXT:     %2 = "foo.add"(%3, %3) : (i32, i32) -> i32
// CHECK-NEXT:     return %2 : i32
// CHECK-NEXT:   ^bb2:  // pred: ^bb0
// CHECK-NEXT:     %3 = "foo.def"() : () -> i32
// CHECK-NEXT:     cf.br ^bb1
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @nested_regions() {
// CHECK-NEXT:     "foo.outer"() ({
// CHECK-NEXT:       %3 = "foo.a"() : () -> i32
// CHECK-NEXT:       "foo.middle"() ({
// CHECK-NEXT:       ^bb0(%arg0: i32):
// CHECK-NEXT:         %5 = "foo.b"(%3, %arg0) : (i32, i32) -> i32
// CHECK-NEXT:         "foo.inner"() ({
// CHECK-NEXT:           "foo.c"(%5, %3) : (i32, i32) -> ()
// CHECK-NEXT:         }) : () -> ()
// CHECK-NEXT:       }) : () -> ()
// CHECK-NEXT:       %4 = "foo.d"(%3) : (i32) -> i32
// CHECK-NEXT:     }) : () -> ()
// CHECK-NEXT:     %2 = "foo.after"() : () -> i32
// CHECK-NEXT:     return
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @graph_region() {
// CHECK-NEXT:     "foo.graph"() ({
// CHECK-NEXT:       %2 = "foo.node"(%3) : (i32) -> i32
// CHECK-NEXT:       %3 = "foo.node"(%2) : (i32) -> i32
// CHECK-NEXT:     }) : () -> ()
// CHECK-NEXT:     return
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @quoted_and_odd_names() {
// CHECK-NEXT:     "foo.op.with.dots"() : () -> ()
// CHECK-NEXT:     "foo.$weird-name"() : () -> ()
// CHECK-NEXT:     %2 = "foo.named"() : () -> i32
// CHECK-NEXT:     %3 = "foo.numbered"() : () -> i32
// CHECK-NEXT:     return
// CHECK-NEXT:   }
// CHECK-NEXT: }

// GENERIC:      "builtin.module"() ({
// GENERIC-NEXT:   %0 = "foo.use_later"(%1#1) : (i32) -> f32
// GENERIC-NEXT:   %1:3 = "foo.three"() : () -> (i1, i32, f32)
// GENERIC-NEXT:   "foo.top"(%1#0, %1#2, %0) : (i1, f32, f32) -> ()
// GENERIC-LABEL:  "func.func"() <{function_type = () -> (i32, i32), sym_name = "result_groups"}> ({
// GENERIC-NEXT:     %17:2 = "foo.pair"() : () -> (i32, i32)
// GENERIC-NEXT:     %18 = "foo.one"(%17#1, %17#0) : (i32, i32) -> i32
// GENERIC-NEXT:     %19:4 = "foo.four"(%18) : (i32) -> (i32, i32, i32, i32)
// GENERIC-NEXT:     "foo.none"() : () -> ()
// GENERIC-NEXT:     "func.return"(%19#3, %17#0) : (i32, i32) -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-LABEL:  "func.func"() <{function_type = () -> (), sym_name = "properties"}> ({
// GENERIC-NEXT:     "foo.props"() <{a = 1 : i32, b}> : () -> ()
// GENERIC-NEXT:     "foo.props_and_attrs"() <{z = "p"}> {y = 3 : i64, z = 2 : i64} : () -> ()
// GENERIC-NEXT:     %16 = "foo.empty_dicts"() : () -> i8
// GENERIC-NEXT:     "foo.nested_props"() <{list = [1, 2], seg = array<i32: 1, 0>, sub = {k = @sym}}> : () -> ()
// GENERIC-NEXT:     "func.return"() : () -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-LABEL:  "func.func"() <{function_type = (i1) -> i32, sym_name = "regions"}> ({
// GENERIC-NEXT:   ^bb0(%arg5: i1):
// GENERIC-NEXT:     %13 = "foo.if"(%arg5) ({
// GENERIC-NEXT:       %15 = "foo.then"() : () -> i32
// GENERIC-NEXT:       "foo.yield"(%15) : (i32) -> ()
// GENERIC-NEXT:     }, {
// GENERIC-NEXT:       %14 = "foo.else"() : () -> i32
// GENERIC-NEXT:       "foo.yield"(%14) : (i32) -> ()
// GENERIC-NEXT:     }) : (i1) -> i32
// GENERIC-NEXT:     "foo.empty_region"() ({
// GENERIC-NEXT:     }) : () -> ()
// GENERIC-NEXT:     "foo.two_empty_regions"() ({
// GENERIC-NEXT:     }, {
// GENERIC-NEXT:     }) : () -> ()
// GENERIC-NEXT:     "func.return"(%13) : (i32) -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-LABEL:  "func.func"() <{function_type = () -> (), sym_name = "blocks_and_args"}> ({
// GENERIC-NEXT:     "foo.with_entry_args"() ({
// GENERIC-NEXT:     ^bb0(%arg3: i32, %arg4: f32):
// GENERIC-NEXT:       "foo.consume"(%arg3, %arg4) : (i32, f32) -> ()
// GENERIC-NEXT:       "foo.br"()[^bb1] : () -> ()
// GENERIC-NEXT:     ^bb1:  // pred: ^bb0
// GENERIC-NEXT:       "foo.br_args"(%arg3)[^bb2] : (i32) -> ()
// GENERIC-NEXT:     ^bb2(%12: i32):  // pred: ^bb1
// GENERIC-NEXT:       "foo.ret"(%12) : (i32) -> ()
// GENERIC-NEXT:     }) : () -> ()
// GENERIC-NEXT:     "foo.unnamed_entry"() ({
// GENERIC-NEXT:       "foo.ret"() : () -> ()
// GENERIC-NEXT:     }) : () -> ()
// GENERIC-NEXT:     "func.return"() : () -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-LABEL:  "func.func"() <{function_type = (i1, i32) -> (), sym_name = "successors"}> ({
// GENERIC-NEXT:   ^bb0(%arg1: i1, %arg2: i32):
// GENERIC-NEXT:     "foo.cond"(%arg1, %arg2)[^bb1, ^bb2] {weights = [1, 2]} : (i1, i32) -> ()
// GENERIC-NEXT:   ^bb1:  // 2 preds: ^bb0, ^bb1
// GENERIC-NEXT:     "foo.switch"(%arg2)[^bb2, ^bb3, ^bb1] : (i32) -> ()
// GENERIC-NEXT:   ^bb2:  // 2 preds: ^bb0, ^bb1
// GENERIC-NEXT:     "foo.br"()[^bb3] : () -> ()
// GENERIC-NEXT:   ^bb3:  // 2 preds: ^bb1, ^bb2
// GENERIC-NEXT:     "func.return"() : () -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-LABEL:  "func.func"() <{function_type = () -> i32, sym_name = "forward_reference_across_blocks"}> ({
// GENERIC-NEXT:     "cf.br"()[^bb2] : () -> ()
// GENERIC-NEXT:   ^bb1:  // pred: ^bb2
// GENERIC-NEXT:     %10 = "foo.add"(%11, %11) : (i32, i32) -> i32
// GENERIC-NEXT:     "func.return"(%10) : (i32) -> ()
// GENERIC-NEXT:   ^bb2:  // pred: ^bb0
// GENERIC-NEXT:     %11 = "foo.def"() : () -> i32
// GENERIC-NEXT:     "cf.br"()[^bb1] : () -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-LABEL:  "func.func"() <{function_type = () -> (), sym_name = "nested_regions"}> ({
// GENERIC-NEXT:     "foo.outer"() ({
// GENERIC-NEXT:       %7 = "foo.a"() : () -> i32
// GENERIC-NEXT:       "foo.middle"() ({
// GENERIC-NEXT:       ^bb0(%arg0: i32):
// GENERIC-NEXT:         %9 = "foo.b"(%7, %arg0) : (i32, i32) -> i32
// GENERIC-NEXT:         "foo.inner"() ({
// GENERIC-NEXT:           "foo.c"(%9, %7) : (i32, i32) -> ()
// GENERIC-NEXT:         }) : () -> ()
// GENERIC-NEXT:       }) : () -> ()
// GENERIC-NEXT:       %8 = "foo.d"(%7) : (i32) -> i32
// GENERIC-NEXT:     }) : () -> ()
// GENERIC-NEXT:     %6 = "foo.after"() : () -> i32
// GENERIC-NEXT:     "func.return"() : () -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-LABEL:  "func.func"() <{function_type = () -> (), sym_name = "graph_region"}> ({
// GENERIC-NEXT:     "foo.graph"() ({
// GENERIC-NEXT:       %4 = "foo.node"(%5) : (i32) -> i32
// GENERIC-NEXT:       %5 = "foo.node"(%4) : (i32) -> i32
// GENERIC-NEXT:     }) : () -> ()
// GENERIC-NEXT:     "func.return"() : () -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-LABEL:  "func.func"() <{function_type = () -> (), sym_name = "quoted_and_odd_names"}> ({
// GENERIC-NEXT:     "foo.op.with.dots"() : () -> ()
// GENERIC-NEXT:     "foo.$weird-name"() : () -> ()
// GENERIC-NEXT:     %2 = "foo.named"() : () -> i32
// GENERIC-NEXT:     %3 = "foo.numbered"() : () -> i32
// GENERIC-NEXT:     "func.return"() : () -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-NEXT: }) : () -> ()
