// func.func, func.call and func.return in their custom forms: visibility,
// declarations, argument and result attributes, `attributes {...}`, calls
// with several results, and symbol references.
//
// RUN: opt-tool %s | FileCheck %s
// RUN: opt-tool %s --emit=generic | FileCheck %s --check-prefix=GENERIC
// RUN: opt-tool %s | opt-tool - | FileCheck %s
// RUN: opt-tool %s --emit=generic | opt-tool - | FileCheck %s

func.func private @declaration(i32, f32) -> i64
func.func private @no_results(index)
func.func private @multi(i1) -> (i32, i32)
func.func private @decl_with_attrs(i32 {foo.arg}, f32) -> (i64 {foo.res = 1 : i32}) attributes {foo.fn, llvm.emit_c_interface}

func.func @empty() {
  return
}

func.func public @explicit_public(%x: i32) -> i32 {
  return %x : i32
}

func.func private @private_with_body(%x: i32, %y: i32) -> (i32, i32) {
  return %y, %x : i32, i32
}

func.func @arg_and_result_attrs(%a: i32 {foo.name = "a", foo.flag}, %b: f32, %c: index {foo.other = [1, 2]}) -> (i32 {foo.res}, f32) {
  return %a, %b : i32, f32
}

func.func @fn_attributes() attributes {foo.unit, foo.value = 3 : i64, passthrough = ["noinline"]} {
  return
}

func.func @calls(%arg0: i32, %arg1: i1) -> i64 {
  %f = call @make_f32() : () -> f32
  %i = call @make_index() : () -> index
  %0 = call @declaration(%arg0, %f) : (i32, f32) -> i64
  func.call @no_results(%i) : (index) -> ()
  %1:2 = call @multi(%arg1) : (i1) -> (i32, i32)
  %2 = func.call @declaration(%1#1, %f) {foo.call_attr} : (i32, f32) -> i64
  %3 = call @recursive(%2) : (i64) -> i64
  return %3 : i64
}

func.func private @make_f32() -> f32
func.func private @make_index() -> index

func.func @recursive(%n: i64) -> i64 {
  %r = call @recursive(%n) : (i64) -> i64
  return %r : i64
}

func.func @function_types_in_signature(%f: (i32) -> i32, %g: () -> ()) -> ((i32) -> i32) {
  return %f : (i32) -> i32
}

module @named_module attributes {foo.module_attr = "x"} {
  func.func @inside_named_module() {
    return
  }
  module {
    func.func nested @nested_visibility() {
      return
    }
  }
}

// CHECK:      module {
// CHECK-LABEL:  func.func private @declaration(i32, f32) -> i64
// CHECK-LABEL:  func.func private @no_results(index)
// CHECK-LABEL:  func.func private @multi(i1) -> (i32, i32)
// CHECK-LABEL:  func.func private @decl_with_attrs(i32 {foo.arg}, f32) -> (i64 {foo.res = 1 : i32}) attributes {foo.fn, llvm.emit_c_interface}
// CHECK-LABEL:  func.func @empty() {
// CHECK-NEXT:     return
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func public @explicit_public(%arg0: i32) -> i32 {
// CHECK-NEXT:     return %arg0 : i32
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func private @private_with_body(%arg0: i32, %arg1: i32) -> (i32, i32) {
// CHECK-NEXT:     return %arg1, %arg0 : i32, i32
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @arg_and_result_attrs(%arg0: i32 {foo.flag, foo.name = "a"}, %arg1: f32, %arg2: index {foo.other = [1, 2]}) -> (i32 {foo.res}, f32) {
// CHECK-NEXT:     return %arg0, %arg1 : i32, f32
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @fn_attributes() attributes {foo.unit, foo.value = 3 : i64, passthrough = ["noinline"]} {
// CHECK-NEXT:     return
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @calls(%arg0: i32, %arg1: i1) -> i64 {
// CHECK-NEXT:     %0 = call @make_f32() : () -> f32
// CHECK-NEXT:     %1 = call @make_index() : () -> index
// CHECK-NEXT:     %2 = call @declaration(%arg0, %0) : (i32, f32) -> i64
// CHECK-NEXT:     call @no_results(%1) : (index) -> ()
// CHECK-NEXT:     %3:2 = call @multi(%arg1) : (i1) -> (i32, i32)
// CHECK-NEXT:     %4 = call @declaration(%3#1, %0) {foo.call_attr} : (i32, f32) -> i64
// CHECK-NEXT:     %5 = call @recursive(%4) : (i64) -> i64
// CHECK-NEXT:     return %5 : i64
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func private @make_f32() -> f32
// CHECK-LABEL:  func.func private @make_index() -> index
// CHECK-LABEL:  func.func @recursive(%arg0: i64) -> i64 {
// CHECK-NEXT:     %0 = call @recursive(%arg0) : (i64) -> i64
// CHECK-NEXT:     return %0 : i64
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @function_types_in_signature(%arg0: (i32) -> i32, %arg1: () -> ()) -> ((i32) -> i32) {
// CHECK-NEXT:     return %arg0 : (i32) -> i32
// CHECK-NEXT:   }
// CHECK-NEXT:   module @named_module attributes {foo.module_attr = "x"} {
// CHECK-LABEL:    func.func @inside_named_module() {
// CHECK-NEXT:       return
// CHECK-NEXT:     }
// CHECK-NEXT:     module {
// CHECK-LABEL:      func.func nested @nested_visibility() {
// CHECK-NEXT:         return
// CHECK-NEXT:       }
// CHECK-NEXT:     }
// CHECK-NEXT:   }
// CHECK-NEXT: }

// GENERIC:      "builtin.module"() ({
// GENERIC-LABEL:  "func.func"() <{function_type = (i32, f32) -> i64, sym_name = "declaration", sym_visibility = "private"}> ({
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-LABEL:  "func.func"() <{function_type = (index) -> (), sym_name = "no_results", sym_visibility = "private"}> ({
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-LABEL:  "func.func"() <{function_type = (i1) -> (i32, i32), sym_name = "multi", sym_visibility = "private"}> ({
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-LABEL:  "func.func"() <{arg_attrs = [{foo.arg}, {}], function_type = (i32, f32) -> i64, res_attrs = [{foo.res = 1 : i32}], sym_name = "decl_with_attrs", sym_visibility = "private"}> ({
// GENERIC-NEXT:   }) {foo.fn, llvm.emit_c_interface} : () -> ()
// GENERIC-LABEL:  "func.func"() <{function_type = () -> (), sym_name = "empty"}> ({
// GENERIC-NEXT:     "func.return"() : () -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-LABEL:  "func.func"() <{function_type = (i32) -> i32, sym_name = "explicit_public", sym_visibility = "public"}> ({
// GENERIC-NEXT:   ^bb0(%arg10: i32):
// GENERIC-NEXT:     "func.return"(%arg10) : (i32) -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-LABEL:  "func.func"() <{function_type = (i32, i32) -> (i32, i32), sym_name = "private_with_body", sym_visibility = "private"}> ({
// GENERIC-NEXT:   ^bb0(%arg8: i32, %arg9: i32):
// GENERIC-NEXT:     "func.return"(%arg9, %arg8) : (i32, i32) -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-LABEL:  "func.func"() <{arg_attrs = [{foo.flag, foo.name = "a"}, {}, {foo.other = [1, 2]}], function_type = (i32, f32, index) -> (i32, f32), res_attrs = [{foo.res}, {}], sym_name = "arg_and_result_attrs"}> ({
// GENERIC-NEXT:   ^bb0(%arg5: i32, %arg6: f32, %arg7: index):
// GENERIC-NEXT:     "func.return"(%arg5, %arg6) : (i32, f32) -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-LABEL:  "func.func"() <{function_type = () -> (), sym_name = "fn_attributes"}> ({
// GENERIC-NEXT:     "func.return"() : () -> ()
// GENERIC-NEXT:   }) {foo.unit, foo.value = 3 : i64, passthrough = ["noinline"]} : () -> ()
// GENERIC-LABEL:  "func.func"() <{function_type = (i32, i1) -> i64, sym_name = "calls"}> ({
// GENERIC-NEXT:   ^bb0(%arg3: i32, %arg4: i1):
// GENERIC-NEXT:     %1 = "func.call"() <{callee = @make_f32}> : () -> f32
// GENERIC-NEXT:     %2 = "func.call"() <{callee = @make_index}> : () -> index
// GENERIC-NEXT:     %3 = "func.call"(%arg3, %1) <{callee = @declaration}> : (i32, f32) -> i64
// GENERIC-NEXT:     "func.call"(%2) <{callee = @no_results}> : (index) -> ()
// GENERIC-NEXT:     %4:2 = "func.call"(%arg4) <{callee = @multi}> : (i1) -> (i32, i32)
// GENERIC-NEXT:     %5 = "func.call"(%4#1, %1) <{callee = @declaration}> {foo.call_attr} : (i32, f32) -> i64
// GENERIC-NEXT:     %6 = "func.call"(%5) <{callee = @recursive}> : (i64) -> i64
// GENERIC-NEXT:     "func.return"(%6) : (i64) -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-LABEL:  "func.func"() <{function_type = () -> f32, sym_name = "make_f32", sym_visibility = "private"}> ({
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-LABEL:  "func.func"() <{function_type = () -> index, sym_name = "make_index", sym_visibility = "private"}> ({
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-LABEL:  "func.func"() <{function_type = (i64) -> i64, sym_name = "recursive"}> ({
// GENERIC-NEXT:   ^bb0(%arg2: i64):
// GENERIC-NEXT:     %0 = "func.call"(%arg2) <{callee = @recursive}> : (i64) -> i64
// GENERIC-NEXT:     "func.return"(%0) : (i64) -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-LABEL:  "func.func"() <{function_type = ((i32) -> i32, () -> ()) -> ((i32) -> i32), sym_name = "function_types_in_signature"}> ({
// GENERIC-NEXT:   ^bb0(%arg0: (i32) -> i32, %arg1: () -> ()):
// GENERIC-NEXT:     "func.return"(%arg0) : ((i32) -> i32) -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-NEXT:   "builtin.module"() <{sym_name = "named_module"}> ({
// GENERIC-LABEL:    "func.func"() <{function_type = () -> (), sym_name = "inside_named_module"}> ({
// GENERIC-NEXT:       "func.return"() : () -> ()
// GENERIC-NEXT:     }) : () -> ()
// GENERIC-NEXT:     "builtin.module"() ({
// GENERIC-LABEL:      "func.func"() <{function_type = () -> (), sym_name = "nested_visibility", sym_visibility = "nested"}> ({
// GENERIC-NEXT:         "func.return"() : () -> ()
// GENERIC-NEXT:       }) : () -> ()
// GENERIC-NEXT:     }) : () -> ()
// GENERIC-NEXT:   }) {foo.module_attr = "x"} : () -> ()
// GENERIC-NEXT: }) : () -> ()
