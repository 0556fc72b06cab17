// opt-tool's command line: input from a file, from `-` or from stdin when no
// file is given, `-o FILE`, `--emit=pretty` (the default) and
// `--emit=generic`, and the name mlir-opt gives stdin in locations.
//
// RUN: opt-tool %s -o %t && FileCheck %s --input-file=%t --check-prefixes=CHECK,PRETTY
// RUN: opt-tool < %s | FileCheck %s --check-prefixes=CHECK,PRETTY
// RUN: cat %s | opt-tool - --emit=pretty | FileCheck %s --check-prefixes=CHECK,PRETTY
// RUN: opt-tool %s --emit=generic -o %t.generic && opt-tool %t.generic | FileCheck %s --check-prefixes=CHECK,PRETTY
// RUN: opt-tool --emit=generic %s | FileCheck %s --check-prefixes=CHECK,GENERIC
// RUN: opt-tool --print-debuginfo < %s | FileCheck %s --check-prefix=STDIN

func.func @main(%arg0: i32) -> i32 {
  return %arg0 : i32
}

// CHECK-NOT:     error
// PRETTY:        module {
// PRETTY-NEXT:     func.func @main(%arg0: i32) -> i32 {
// PRETTY-NEXT:       return %arg0 : i32
// PRETTY-NEXT:     }
// PRETTY-NEXT:   }
// GENERIC:       "builtin.module"() ({
// GENERIC-NEXT:    "func.func"() <{function_type = (i32) -> i32, sym_name = "main"}> ({
// GENERIC-NEXT:    ^bb0(%arg0: i32):
// GENERIC-NEXT:      "func.return"(%arg0) : (i32) -> ()
// GENERIC-NEXT:    }) : () -> ()
// GENERIC-NEXT:  }) : () -> ()
// STDIN:         #loc2 = loc("<stdin>":12:17)
// STDIN-NEXT:    module {
// STDIN-NEXT:      func.func @main(%arg0: i32 loc("<stdin>":12:17)) -> i32 {
// STDIN-NEXT:        return %arg0 : i32 loc(#loc3)
// STDIN-NEXT:      } loc(#loc1)
// STDIN-NEXT:    } loc(#loc)
// STDIN-NEXT:    #loc = loc("<stdin>":0:0)
// STDIN-NEXT:    #loc1 = loc("<stdin>":12:1)
// STDIN-NEXT:    #loc3 = loc("<stdin>":13:3)
