// RUN: opt-tool %s --pass='inline,func.func(dce),symbol-dce' --print-ir-after-all 2>&1 >/dev/null \
// RUN:   | FileCheck %s --check-prefix=ALL
// ALL: {{//}} -----// IR Dump After inline{max-iterations=4} (builtin.module) //----- //
// ALL-NEXT: module {
// ALL: {{//}} -----// IR Dump After dce{remove-unreachable-blocks=true} (func.func) //----- //
// ALL-NEXT: func.func @main() {
// ALL: {{//}} -----// IR Dump After symbol-dce (builtin.module) //----- //

// Only the passes that changed something are dumped.
// RUN: opt-tool %s --pass=dce,inline,symbol-dce --print-ir-after-change 2>&1 >/dev/null \
// RUN:   | FileCheck %s --check-prefix=CHANGE
// CHANGE-NOT: IR Dump After dce
// CHANGE: IR Dump After inline{max-iterations=4} (builtin.module)
// CHANGE-NOT: IR Dump After symbol-dce

// RUN: opt-tool %s --pass=inline --print-ir-before=inline --print-ir-after=inline 2>&1 >/dev/null \
// RUN:   | FileCheck %s --check-prefix=BEFORE
// BEFORE: IR Dump Before inline{max-iterations=4} (builtin.module)
// BEFORE: call @callee
// BEFORE: IR Dump After inline{max-iterations=4} (builtin.module)
// BEFORE-NOT: call @callee

// A nest that matched nothing says so, in the timing tree and the statistics.
// RUN: opt-tool %s --pass='inline,builtin.module(symbol-dce),func.func(dce)' --timing --pass-statistics 2>&1 >/dev/null \
// RUN:   | FileCheck %s --check-prefix=TIMING
// TIMING: Pass statistics report
// TIMING: inline{max-iterations=4} (ran 1 time, changed the IR 1)
// TIMING-NEXT: (S) 1 inlined-calls - calls inlined
// TIMING-NEXT: (S) 1 erased-callees - private callees erased once unused
// TIMING-NEXT: 'builtin.module' Pipeline (0 ops matched)
// TIMING-NEXT: symbol-dce (ran 0 times, changed the IR 0)
// TIMING: 'func.func' Pipeline (1 op matched)
// TIMING: Execution time report
// TIMING: Total Execution Time: {{[0-9.]+}} seconds
// TIMING: ----Wall Time----  ----Name----
// TIMING-NEXT: ({{.*}}%)  Parser
// TIMING-NEXT: ({{.*}}%)  inline{max-iterations=4}
// TIMING-NEXT: ({{.*}}%)  'builtin.module' Pipeline (0 ops matched)
// TIMING-NEXT: ({{.*}}%)    symbol-dce
// TIMING-NEXT: ({{.*}}%)  'func.func' Pipeline (1 op matched)
// TIMING-NEXT: ({{.*}}%)    dce{remove-unreachable-blocks=true}
// TIMING-NEXT: ({{.*}}%)  Output
// TIMING-NEXT: (100.0%)  Total

// Verification after each pass names the pass that broke the IR; --no-verify-each skips it.
// RUN: not opt-tool %s --pass=test-pass-invalid-ir 2>&1 | FileCheck %s --check-prefix=VERIFY
// VERIFY: error: empty block: expect at least a terminator
// VERIFY: error: the IR does not verify after pass 'test-pass-invalid-ir' (on 'func.func')
// RUN: opt-tool %s --pass=test-pass-invalid-ir --no-verify-each --no-verify | FileCheck %s --check-prefix=NOVERIFY
// NOVERIFY: func.func @main

// A crash writes a reproducer and exits 2.
// RUN: opt-tool %s --pass=inline,test-pass-crash --crash-reproducer=%t.repro.mlir >/dev/null 2>&1; test $? -eq 2
// RUN: not opt-tool %s --pass=inline,test-pass-crash --crash-reproducer=%t.repro.mlir 2>&1 | FileCheck %s --check-prefix=CRASH
// CRASH: error: pass 'test-pass-crash' crashed on 'builtin.module': test-pass-crash: crashing on purpose
// CRASH: note: the input and pipeline were written to '{{.*}}.repro.mlir'; reproduce with:
// CRASH-NEXT: opt-tool {{.*}}.repro.mlir --pass-pipeline='builtin.module(inline{max-iterations=4},test-pass-crash)'
// RUN: FileCheck %s --check-prefix=REPRO < %t.repro.mlir
// REPRO: // opt-tool crash reproducer: opt-tool THIS_FILE --pass-pipeline='builtin.module(inline{max-iterations=4},test-pass-crash)'
// REPRO: func.func private @callee

// RUN: opt-tool --list-passes | FileCheck %s --check-prefix=LIST
// LIST: dce (func.func): Erase unused side-effect-free ops and unreachable blocks
// LIST-NEXT: remove-unreachable-blocks=<bool> (default: true)
// LIST: inline (builtin.module):
// LIST-NEXT: max-iterations=<uint> (default: 4)
// LIST: symbol-dce (builtin.module):
func.func private @callee() {
  return
}
func.func @main() {
  call @callee() : () -> ()
  return
}
