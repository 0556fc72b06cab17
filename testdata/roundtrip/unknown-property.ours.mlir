// A property that a registered op does not declare is kept as a discardable attribute
// (mlir-opt drops it silently), so the pretty and generic forms agree and nothing is lost.
// RUN: opt-tool %s --emit=generic | FileCheck %s --check-prefix=GENERIC
// RUN: opt-tool %s | FileCheck %s
// RUN: opt-tool %s | opt-tool - --emit=generic | FileCheck %s --check-prefix=GENERIC

"func.func"() <{function_type = () -> (), sym_name = "g", typo_type = () -> ()}> ({
  "func.return"() : () -> ()
}) : () -> ()

// GENERIC: "func.func"() <{function_type = () -> (), sym_name = "g"}> ({
// GENERIC: }) {typo_type = () -> ()} : () -> ()
// CHECK:   func.func @g() attributes {typo_type = () -> ()} {
