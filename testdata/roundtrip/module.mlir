// builtin.module: a file holding a single module op is that module; anything
// else is wrapped in an implicit one. Module names, attributes and nesting.
//
// RUN: opt-tool %s --split-input-file --allow-unregistered-dialect | FileCheck %s
// RUN: opt-tool %s --split-input-file --allow-unregistered-dialect --emit=generic | FileCheck %s --check-prefix=GENERIC
// RUN: opt-tool %s --split-input-file --allow-unregistered-dialect | opt-tool --split-input-file --allow-unregistered-dialect - | FileCheck %s

module {
}

// -----

module @named attributes {foo.version = 2 : i32, foo.name = "m"} {
  "foo.op"() : () -> ()
}

// -----

"builtin.module"() ({
  "foo.op"() : () -> ()
}) {foo.generic} : () -> ()

// -----

module @first {
}
module @second {
}

// -----

module attributes {foo.outer} {
  module @a {
    module @b {
      func.func private @deep()
    }
  }
  "foo.ref"() {target = @a::@b::@deep} : () -> ()
}

// -----

// Comments and blank lines only: an empty module.

// CHECK:      module {
// CHECK-NEXT: }
// CHECK:      {{//}} -----
// CHECK-NEXT: module @named attributes {foo.name = "m", foo.version = 2 : i32} {
// CHECK-NEXT:   "foo.op"() : () -> ()
// CHECK-NEXT: }
// CHECK:      {{//}} -----
// CHECK-NEXT: module attributes {foo.generic} {
// CHECK-NEXT:   "foo.op"() : () -> ()
// CHECK-NEXT: }
// CHECK:      {{//}} -----
// CHECK-NEXT: module {
// CHECK-NEXT:   module @first {
// CHECK-NEXT:   }
// CHECK-NEXT:   module @second {
// CHECK-NEXT:   }
// CHECK-NEXT: }
// CHECK:      {{//}} -----
// CHECK-NEXT: module attributes {foo.outer} {
// CHECK-NEXT:   module @a {
// CHECK-NEXT:     module @b {
// CHECK-LABEL:      func.func private @deep()
// CHECK-NEXT:     }
// CHECK-NEXT:   }
// CHECK-NEXT:   "foo.ref"() {target = @a::@b::@deep} : () -> ()
// CHECK-NEXT: }
// CHECK:      {{//}} -----
// CHECK-NEXT: module {
// CHECK-NEXT: }

// GENERIC:      "builtin.module"() ({
// GENERIC-NEXT: ^bb0:
// GENERIC-NEXT: }) : () -> ()
// GENERIC:      {{//}} -----
// GENERIC-NEXT: "builtin.module"() <{sym_name = "named"}> ({
// GENERIC-NEXT:   "foo.op"() : () -> ()
// GENERIC-NEXT: }) {foo.name = "m", foo.version = 2 : i32} : () -> ()
// GENERIC:      {{//}} -----
// GENERIC-NEXT: "builtin.module"() ({
// GENERIC-NEXT:   "foo.op"() : () -> ()
// GENERIC-NEXT: }) {foo.generic} : () -> ()
// GENERIC:      {{//}} -----
// GENERIC-NEXT: "builtin.module"() ({
// GENERIC-NEXT:   "builtin.module"() <{sym_name = "first"}> ({
// GENERIC-NEXT:   ^bb0:
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-NEXT:   "builtin.module"() <{sym_name = "second"}> ({
// GENERIC-NEXT:   ^bb0:
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-NEXT: }) : () -> ()
// GENERIC:      {{//}} -----
// GENERIC-NEXT: "builtin.module"() ({
// GENERIC-NEXT:   "builtin.module"() <{sym_name = "a"}> ({
// GENERIC-NEXT:     "builtin.module"() <{sym_name = "b"}> ({
// GENERIC-LABEL:      "func.func"() <{function_type = () -> (), sym_name = "deep", sym_visibility = "private"}> ({
// GENERIC-NEXT:       }) : () -> ()
// GENERIC-NEXT:     }) : () -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-NEXT:   "foo.ref"() {target = @a::@b::@deep} : () -> ()
// GENERIC-NEXT: }) {foo.outer} : () -> ()
// GENERIC:      {{//}} -----
// GENERIC-NEXT: "builtin.module"() ({
// GENERIC-NEXT: ^bb0:
// GENERIC-NEXT: }) : () -> ()
