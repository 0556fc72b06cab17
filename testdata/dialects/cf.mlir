// cf: cf.assert (cf.br and cf.cond_br are covered by roundtrip/cf.mlir;
// cf.switch, whose custom form opt-tool cannot parse yet, by cf-switch.mlir).
//
// RUN: opt-tool %s | FileCheck %s
// RUN: opt-tool %s --emit=generic | FileCheck %s --check-prefix=GENERIC
// RUN: opt-tool %s | opt-tool - | FileCheck %s
// RUN: opt-tool %s --emit=generic | opt-tool - | FileCheck %s

func.func @asserts(%c: i1) {
  cf.assert %c, "plain"
  cf.assert %c, "escapes: \22quoted\22 \n and \\" {tag}
  cf.br ^next
^next:
  cf.assert %c, ""
  return
}

// CHECK:      module {
// CHECK-LABEL:  func.func @asserts(%arg0: i1) {
// CHECK-NEXT:     cf.assert %arg0, "plain"
// CHECK-NEXT:     cf.assert %arg0, "escapes: \22quoted\22 \0A and \\" {tag}
// CHECK-NEXT:     cf.br ^bb1
// CHECK-NEXT:   ^bb1:  // pred: ^bb0
// CHECK-NEXT:     cf.assert %arg0, ""
// CHECK-NEXT:     return
// CHECK-NEXT:   }
// CHECK-NEXT: }

// GENERIC:      "builtin.module"() ({
// GENERIC-LABEL:  "func.func"() <{function_type = (i1) -> (), sym_name = "asserts"}> ({
// GENERIC-NEXT:   ^bb0(%arg0: i1):
// GENERIC-NEXT:     "cf.assert"(%arg0) <{msg = "plain"}> : (i1) -> ()
// GENERIC-NEXT:     "cf.assert"(%arg0) <{msg = "escapes: \22quoted\22 \0A and \\"}> {tag} : (i1) -> ()
// GENERIC-NEXT:     "cf.br"()[^bb1] : () -> ()
// GENERIC-NEXT:   ^bb1:  // pred: ^bb0
// GENERIC-NEXT:     "cf.assert"(%arg0) <{msg = ""}> : (i1) -> ()
// GENERIC-NEXT:     "func.return"() : () -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-NEXT: }) : () -> ()
