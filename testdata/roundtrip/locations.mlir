// Source locations: printed only with --print-debuginfo (mlir-opt's
// --mlir-print-debuginfo). Ops without a written location get the position of
// their first token in this file; the implicit module gets line 0, column 0.
// Locations used by ops print as `loc(#locN)` with the `#locN = loc(...)`
// definitions at the end of the output; block-argument locations print inline
// (their aliases still appear at the top).
//
// RUN: opt-tool %s --allow-unregistered-dialect --print-debuginfo | FileCheck %s
// RUN: opt-tool %s --allow-unregistered-dialect --print-debuginfo --emit=generic | FileCheck %s --check-prefix=GENERIC
// RUN: opt-tool %s --allow-unregistered-dialect --print-debuginfo | opt-tool --allow-unregistered-dialect --print-debuginfo - | FileCheck %s
// RUN: opt-tool %s --allow-unregistered-dialect | FileCheck %s --check-prefix=NOLOC

#named_alias = loc("aliased.mlir":7:9)

func.func @explicit_locations(%arg0: i32 loc("args.mlir":1:20), %arg1: f32 loc(unknown)) -> i32 {
  "foo.file_line_col"() : () -> () loc("file.mlir":10:8)
  "foo.unknown"() : () -> () loc(unknown)
  "foo.named"() : () -> () loc("just_a_name")
  "foo.named_child"() : () -> () loc("name"("child.mlir":3:4))
  "foo.fused"() : () -> () loc(fused["a.mlir":1:1, "b.mlir":2:2])
  "foo.fused_meta"() : () -> () loc(fused<"metadata">["a.mlir":1:1, "b"])
  "foo.callsite"() : () -> () loc(callsite("callee.mlir":5:6 at "caller.mlir":7:8))
  "foo.alias"() : () -> () loc(#named_alias)
  "foo.same_as_alias"() : () -> () loc("aliased.mlir":7:9)
  "foo.range"() : () -> () loc("range.mlir":1:2 to 3:4)
  return %arg0 : i32 loc("ret.mlir":99:1)
} loc("func.mlir":1:1)

func.func @implicit_locations(%a: i32) {
  %0 = "foo.implicit"(%a) : (i32) -> i32
  "foo.region"() ({
  ^bb0(%b: i32 loc("blockarg.mlir":4:4), %c: i32):
    "foo.inside"(%b, %c) : (i32, i32) -> ()
  }) : () -> ()
  return
}

// NOLOC-NOT: loc(
// NOLOC-NOT: #loc

// CHECK:      #loc2 = loc("args.mlir":1:20)
// CHECK-NEXT: #loc3 = loc(unknown)
// CHECK-NEXT: #loc16 = loc("{{.*}}locations.mlir":29:31)
// CHECK-NEXT: #loc19 = loc("blockarg.mlir":4:4)
// CHECK-NEXT: #loc20 = loc("{{.*}}locations.mlir":32:42)
// CHECK-NEXT: module {
// CHECK-LABEL:  func.func @explicit_locations(%arg0: i32 loc("args.mlir":1:20), %arg1: f32 loc(unknown)) -> i32 {
// CHECK-NEXT:     "foo.file_line_col"() : () -> () loc(#loc4)
// CHECK-NEXT:     "foo.unknown"() : () -> () loc(#loc3)
// CHECK-NEXT:     "foo.named"() : () -> () loc(#loc5)
// CHECK-NEXT:     "foo.named_child"() : () -> () loc(#loc23)
// CHECK-NEXT:     "foo.fused"() : () -> () loc(#loc24)
// CHECK-NEXT:     "foo.fused_meta"() : () -> () loc(#loc25)
// CHECK-NEXT:     "foo.callsite"() : () -> () loc(#loc26)
// CHECK-NEXT:     "foo.alias"() : () -> () loc(#loc12)
// CHECK-NEXT:     "foo.same_as_alias"() : () -> () loc(#loc12)
// CHECK-NEXT:     "foo.range"() : () -> () loc(#loc13)
// CHECK-NEXT:     return %arg0 : i32 loc(#loc14)
// CHECK-NEXT:   } loc(#loc1)
// CHECK-LABEL:  func.func @implicit_locations(%arg0: i32 loc("{{.*}}locations.mlir":29:31)) {
// CHECK-NEXT:     %0 = "foo.implicit"(%arg0) : (i32) -> i32 loc(#loc17)
// CHECK-NEXT:     "foo.region"() ({
// CHECK-NEXT:     ^bb0(%arg1: i32 loc("blockarg.mlir":4:4), %arg2: i32 loc("{{.*}}locations.mlir":32:42)):
// CHECK-NEXT:       "foo.inside"(%arg1, %arg2) : (i32, i32) -> () loc(#loc21)
// CHECK-NEXT:     }) : () -> () loc(#loc18)
// CHECK-NEXT:     return loc(#loc22)
// CHECK-NEXT:   } loc(#loc15)
// CHECK-NEXT: } loc(#loc)
// CHECK-NEXT: #loc = loc("{{.*}}locations.mlir":0:0)
// CHECK-NEXT: #loc1 = loc("func.mlir":1:1)
// CHECK-NEXT: #loc4 = loc("file.mlir":10:8)
// CHECK-NEXT: #loc5 = loc("just_a_name")
// CHECK-NEXT: #loc6 = loc("child.mlir":3:4)
// CHECK-NEXT: #loc7 = loc("a.mlir":1:1)
// CHECK-NEXT: #loc8 = loc("b.mlir":2:2)
// CHECK-NEXT: #loc9 = loc("b")
// CHECK-NEXT: #loc10 = loc("callee.mlir":5:6)
// CHECK-NEXT: #loc11 = loc("caller.mlir":7:8)
// CHECK-NEXT: #loc12 = loc("aliased.mlir":7:9)
// CHECK-NEXT: #loc13 = loc("range.mlir":1:2 to 3:4)
// CHECK-NEXT: #loc14 = loc("ret.mlir":99:1)
// CHECK-NEXT: #loc15 = loc("{{.*}}locations.mlir":29:1)
// CHECK-NEXT: #loc17 = loc("{{.*}}locations.mlir":30:8)
// CHECK-NEXT: #loc18 = loc("{{.*}}locations.mlir":31:3)
// CHECK-NEXT: #loc21 = loc("{{.*}}locations.mlir":33:5)
// CHECK-NEXT: #loc22 = loc("{{.*}}locations.mlir":35:3)
// CHECK-NEXT: #loc23 = loc("name"(#loc6))
// CHECK-NEXT: #loc24 = loc(fused[#loc7, #loc8])
// CHECK-NEXT: #loc25 = loc(fused<"metadata">[#loc7, #loc9])
// CHECK-NEXT: #loc26 = loc(callsite(#loc10 at #loc11))

// GENERIC:      #loc2 = loc("args.mlir":1:20)
// GENERIC-NEXT: #loc3 = loc(unknown)
// GENERIC-NEXT: #loc16 = loc("{{.*}}locations.mlir":29:31)
// GENERIC-NEXT: #loc19 = loc("blockarg.mlir":4:4)
// GENERIC-NEXT: #loc20 = loc("{{.*}}locations.mlir":32:42)
// GENERIC-NEXT: "builtin.module"() ({
// GENERIC-LABEL:  "func.func"() <{function_type = (i32, f32) -> i32, sym_name = "explicit_locations"}> ({
// GENERIC-NEXT:   ^bb0(%arg3: i32 loc("args.mlir":1:20), %arg4: f32 loc(unknown)):
// GENERIC-NEXT:     "foo.file_line_col"() : () -> () loc(#loc4)
// GENERIC-NEXT:     "foo.unknown"() : () -> () loc(#loc3)
// GENERIC-NEXT:     "foo.named"() : () -> () loc(#loc5)
// GENERIC-NEXT:     "foo.named_child"() : () -> () loc(#loc23)
// GENERIC-NEXT:     "foo.fused"() : () -> () loc(#loc24)
// GENERIC-NEXT:     "foo.fused_meta"() : () -> () loc(#loc25)
// GENERIC-NEXT:     "foo.callsite"() : () -> () loc(#loc26)
// GENERIC-NEXT:     "foo.alias"() : () -> () loc(#loc12)
// GENERIC-NEXT:     "foo.same_as_alias"() : () -> () loc(#loc12)
// GENERIC-NEXT:     "foo.range"() : () -> () loc(#loc13)
// GENERIC-NEXT:     "func.return"(%arg3) : (i32) -> () loc(#loc14)
// GENERIC-NEXT:   }) : () -> () loc(#loc1)
// GENERIC-LABEL:  "func.func"() <{function_type = (i32) -> (), sym_name = "implicit_locations"}> ({
// GENERIC-NEXT:   ^bb0(%arg0: i32 loc("{{.*}}locations.mlir":29:31)):
// GENERIC-NEXT:     %0 = "foo.implicit"(%arg0) : (i32) -> i32 loc(#loc17)
// GENERIC-NEXT:     "foo.region"() ({
// GENERIC-NEXT:     ^bb0(%arg1: i32 loc("blockarg.mlir":4:4), %arg2: i32 loc("{{.*}}locations.mlir":32:42)):
// GENERIC-NEXT:       "foo.inside"(%arg1, %arg2) : (i32, i32) -> () loc(#loc21)
// GENERIC-NEXT:     }) : () -> () loc(#loc18)
// GENERIC-NEXT:     "func.return"() : () -> () loc(#loc22)
// GENERIC-NEXT:   }) : () -> () loc(#loc15)
// GENERIC-NEXT: }) : () -> () loc(#loc)
// GENERIC-NEXT: #loc = loc("{{.*}}locations.mlir":0:0)
// GENERIC-NEXT: #loc1 = loc("func.mlir":1:1)
// GENERIC-NEXT: #loc4 = loc("file.mlir":10:8)
// GENERIC-NEXT: #loc5 = loc("just_a_name")
// GENERIC-NEXT: #loc6 = loc("child.mlir":3:4)
// GENERIC-NEXT: #loc7 = loc("a.mlir":1:1)
// GENERIC-NEXT: #loc8 = loc("b.mlir":2:2)
// GENERIC-NEXT: #loc9 = loc("b")
// GENERIC-NEXT: #loc10 = loc("callee.mlir":5:6)
// GENERIC-NEXT: #loc11 = loc("caller.mlir":7:8)
// GENERIC-NEXT: #loc12 = loc("aliased.mlir":7:9)
// GENERIC-NEXT: #loc13 = loc("range.mlir":1:2 to 3:4)
// GENERIC-NEXT: #loc14 = loc("ret.mlir":99:1)
// GENERIC-NEXT: #loc15 = loc("{{.*}}locations.mlir":29:1)
// GENERIC-NEXT: #loc17 = loc("{{.*}}locations.mlir":30:8)
// GENERIC-NEXT: #loc18 = loc("{{.*}}locations.mlir":31:3)
// GENERIC-NEXT: #loc21 = loc("{{.*}}locations.mlir":33:5)
// GENERIC-NEXT: #loc22 = loc("{{.*}}locations.mlir":35:3)
// GENERIC-NEXT: #loc23 = loc("name"(#loc6))
// GENERIC-NEXT: #loc24 = loc(fused[#loc7, #loc8])
// GENERIC-NEXT: #loc25 = loc(fused<"metadata">[#loc7, #loc9])
// GENERIC-NEXT: #loc26 = loc(callsite(#loc10 at #loc11))
