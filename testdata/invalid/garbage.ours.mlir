// Broken input of every kind must give diagnostics and a non-zero exit
// status, never a crash or a panic (`not` fails on those: a signal or Rust's
// exit status 101). Not checked against mlir-opt, hence `.ours.mlir`.
//
// RUN: not opt-tool %s --split-input-file 2>&1 | FileCheck %s
// RUN: not opt-tool %s --split-input-file --allow-unregistered-dialect 2>&1 | FileCheck %s
// RUN: not opt-tool %s --split-input-file --allow-unregistered-dialect --emit=generic --print-debuginfo 2>&1 | FileCheck %s
"
// -----
%
// -----
^
// -----
#
// -----
!
// -----
@
// -----
0x
// -----
{-#
// -----
((((((((((((((((((((
// -----
}}}}
// -----
"foo.op"(
// -----
"foo.op"() : (
// -----
"foo.op"() ({
// -----
"foo.op"() ({ ^bb0(
// -----
"foo.op"() <{
// -----
"foo.op"()[
// -----
func.func
// -----
func.func @f(
// -----
func.func @f() -> (
// -----
func.func @f() {
// -----
func.func @f() { cf.br ^
// -----
func.func @f() { cf.cond_br
// -----
module {
// -----
module @
// -----
#map = affine_map<(d0) -> (d0 floordiv)>
// -----
#map = affine_map<(d0) -> (
// -----
#set = affine_set<(d0) : (d0 >= 0
// -----
!t = tensor<
// -----
!t = memref<4xf32, strided<[
// -----
!t = vector<[
// -----
"foo.op"() {a = dense<[[[[1]]]]> : tensor<1xi32>} : () -> ()
// -----
"foo.op"() {a = 99999999999999999999999999999999999999999 : i32} : () -> ()
// -----
"foo.op"() {a = "\\u00e9\"} : () -> ()
// -----
"foo.op"() : () -> () loc(fused[
// -----
"foo.op"() : () -> () loc(callsite(
// -----
%0:99999999999999999999 = "foo.op"() : () -> ()
// -----
"foo.op"(%0#99999999999999999999) : (i32) -> ()
// -----
func.func @f(%a: i32) { cf.br ^bb1(%a : i32) ^bb1(%b: i32, %c: i32): return }
// -----

// -----
éè
// -----
"foo.op"() : () -> () // ok line
"bar
// -----
// Every chunk above reports at least one error.
// CHECK-COUNT-41: error:
