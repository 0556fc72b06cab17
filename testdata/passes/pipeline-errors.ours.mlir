// Errors in pipeline text: the flag, the column, a caret, a suggestion.
// RUN: not opt-tool %s --pass=canonicalise 2>&1 | FileCheck %s --check-prefix=ERR
// ERR: <--pass>:1:1: error: unknown pass 'canonicalise'
// ERR-NEXT: canonicalise
// ERR-NEXT: ^~~~~~~~~~~
// RUN: not opt-tool %s --pass=inline,symbol-dec 2>&1 | FileCheck %s --check-prefix=SUGGEST
// SUGGEST: <--pass>:1:8: error: unknown pass 'symbol-dec'; did you mean 'symbol-dce'?
// SUGGEST-NEXT: inline,symbol-dec
// SUGGEST-NEXT: ^~~~~~~~~~
// RUN: not opt-tool %s --pass='inline{max-iteration=2}' 2>&1 | FileCheck %s --check-prefix=OPT
// OPT: <--pass>:1:8: error: pass 'inline' has no option 'max-iteration'; did you mean 'max-iterations'?
// RUN: not opt-tool %s --pass='inline{max-iterations=x}' 2>&1 | FileCheck %s --check-prefix=VALUE
// VALUE: <--pass>:1:23: error: invalid value for option 'max-iterations' of pass 'inline': 'x' is not a non-negative integer
// RUN: not opt-tool %s --pass-pipeline='builtin.module(dce)' 2>&1 | FileCheck %s --check-prefix=ANCHOR
// ANCHOR: <--pass-pipeline>:1:16: error: pass 'dce' runs on 'func.func' ops, not on 'builtin.module'; nest it: 'func.func(dce)'
// RUN: not opt-tool %s --pass='func.func(dce' 2>&1 | FileCheck %s --check-prefix=PAREN
// PAREN: <--pass>:1:14: error: expected ')' to close 'func.func(' but found the end of the pipeline
// RUN: not opt-tool %s --pass-pipeline='dce' 2>&1 | FileCheck %s --check-prefix=ROOT
// ROOT: error: a pass pipeline must be nested on an op: write 'builtin.module(dce)' (or use --pass)
// RUN: not opt-tool %s --pass=dce --print-ir-after=inlin 2>&1 | FileCheck %s --check-prefix=PRINT
// PRINT: error: --print-ir-before/--print-ir-after: unknown pass 'inlin'; did you mean 'inline'?
func.func @f() {
  return
}
