// --split-input-file: each chunk between split markers is parsed and printed
// on its own, as its own module, and the outputs are joined by marker lines.
// Aliases, value numbers and symbol tables do not carry over from one chunk to
// the next. An empty chunk prints an empty module. (The marker is recognized
// anywhere in a line, even inside a comment, so this text does not spell it.)
//
// RUN: opt-tool %s --split-input-file --allow-unregistered-dialect | FileCheck %s
// RUN: opt-tool %s --split-input-file --allow-unregistered-dialect --emit=generic | FileCheck %s --check-prefix=GENERIC
// RUN: opt-tool %s --split-input-file --allow-unregistered-dialect | opt-tool --split-input-file --allow-unregistered-dialect - | FileCheck %s

#map = affine_map<(d0) -> (d0 * 2)>
func.func @first(%a: i32) -> memref<4xf32, #map> {
  %0 = "foo.first"(%a) : (i32) -> memref<4xf32, #map>
  return %0 : memref<4xf32, #map>
}

// -----

// The same symbol name again: a new chunk is a new module.
func.func @first() {
  %0 = "foo.second"() {m = affine_map<(d0) -> (d0 + 1)>} : () -> i32
  return
}

// -----

module @explicit attributes {foo.chunk = 3} {
  "foo.third"() : () -> ()
}

// -----

// -----
%0:2 = "foo.top_level"() : () -> (i1, i1)
"foo.user"(%0#1) : (i1) -> ()

// CHECK:      #map = affine_map<(d0) -> (d0 * 2)>
// CHECK-NEXT: module {
// CHECK-LABEL:  func.func @first(%arg0: i32) -> memref<4xf32, #map> {
// CHECK-NEXT:     %0 = "foo.first"(%arg0) : (i32) -> memref<4xf32, #map>
// CHECK-NEXT:     return %0 : memref<4xf32, #map>
// CHECK-NEXT:   }
// CHECK-NEXT: }
// CHECK:      {{//}} -----
// CHECK-NEXT: #map = affine_map<(d0) -> (d0 + 1)>
// CHECK-NEXT: module {
// CHECK-LABEL:  func.func @first() {
// CHECK-NEXT:     %0 = "foo.second"() {m = #map} : () -> i32
// CHECK-NEXT:     return
// CHECK-NEXT:   }
// CHECK-NEXT: }
// CHECK:      {{//}} -----
// CHECK-NEXT: module @explicit attributes {foo.chunk = 3 : i64} {
// CHECK-NEXT:   "foo.third"() : () -> ()
// CHECK-NEXT: }
// CHECK:      {{//}} -----
// CHECK-NEXT: module {
// CHECK-NEXT: }
// CHECK:      {{//}} -----
// CHECK-NEXT: module {
// CHECK-NEXT:   %0:2 = "foo.top_level"() : () -> (i1, i1)
// CHECK-NEXT:   "foo.user"(%0#1) : (i1) -> ()
// CHECK-NEXT: }

// GENERIC:      #map = affine_map<(d0) -> (d0 * 2)>
// GENERIC-NEXT: "builtin.module"() ({
// GENERIC-LABEL:  "func.func"() <{function_type = (i32) -> memref<4xf32, #map>, sym_name = "first"}> ({
// GENERIC-NEXT:   ^bb0(%arg0: i32):
// GENERIC-NEXT:     %0 = "foo.first"(%arg0) : (i32) -> memref<4xf32, #map>
// GENERIC-NEXT:     "func.return"(%0) : (memref<4xf32, #map>) -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-NEXT: }) : () -> ()
// GENERIC:      {{//}} -----
// GENERIC-NEXT: #map = affine_map<(d0) -> (d0 + 1)>
// GENERIC-NEXT: "builtin.module"() ({
// GENERIC-LABEL:  "func.func"() <{function_type = () -> (), sym_name = "first"}> ({
// GENERIC-NEXT:     %0 = "foo.second"() {m = #map} : () -> i32
// GENERIC-NEXT:     "func.return"() : () -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-NEXT: }) : () -> ()
// GENERIC:      {{//}} -----
// GENERIC-NEXT: "builtin.module"() <{sym_name = "explicit"}> ({
// GENERIC-NEXT:   "foo.third"() : () -> ()
// GENERIC-NEXT: }) {foo.chunk = 3 : i64} : () -> ()
// GENERIC:      {{//}} -----
// GENERIC-NEXT: "builtin.module"() ({
// GENERIC-NEXT: ^bb0:
// GENERIC-NEXT: }) : () -> ()
// GENERIC:      {{//}} -----
// GENERIC-NEXT: "builtin.module"() ({
// GENERIC-NEXT:   %0:2 = "foo.top_level"() : () -> (i1, i1)
// GENERIC-NEXT:   "foo.user"(%0#1) : (i1) -> ()
// GENERIC-NEXT: }) : () -> ()
