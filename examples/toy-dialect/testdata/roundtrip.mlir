// RUN: toy-opt %s | FileCheck %s
// RUN: toy-opt %s --emit=generic | FileCheck %s --check-prefix=GENERIC
// Printing is a fixed point: what toy-opt prints, it reads back to the same text.
// RUN: toy-opt %s | toy-opt - | FileCheck %s
// RUN: toy-opt %s --emit=generic | toy-opt - | FileCheck %s

// toy.scale has a declarative format: `$input : type($input) by $factor attr-dict`. Its
// result type is its operand's (SameOperandsAndResultType); the factor is an i64 attribute
// (`2` defaults to i64, and prints with its type).

// CHECK-LABEL: func.func @scale_and_print(%arg0: i32) -> i32 {
// CHECK-NEXT:    %0 = toy.scale %arg0 : i32 by 2 : i64
// CHECK-NEXT:    %1 = toy.scale %0 : i32 by -3 : i64 {note = "discardable"}
// CHECK-NEXT:    "toy.print"(%1) : (i32) -> ()
// CHECK-NEXT:    return %1 : i32

// GENERIC-LABEL: sym_name = "scale_and_print"
// GENERIC:       ^bb0(%[[X:.*]]: i32):
// GENERIC-NEXT:  %[[A:.*]] = "toy.scale"(%[[X]]) <{factor = 2 : i64}> : (i32) -> i32
// GENERIC-NEXT:  %[[B:.*]] = "toy.scale"(%[[A]]) <{factor = -3 : i64}> {note = "discardable"} : (i32) -> i32
// GENERIC-NEXT:  "toy.print"(%[[B]]) : (i32) -> ()
func.func @scale_and_print(%x: i32) -> i32 {
  %0 = toy.scale %x : i32 by 2
  %1 = "toy.scale"(%0) <{factor = -3 : i64}> {note = "discardable"} : (i32) -> i32
  "toy.print"(%1) : (i32) -> ()
  return %1 : i32
}

// toy.print takes any type; toy.scale any integer type.
// CHECK-LABEL: func.func @other_types(%arg0: i64, %arg1: f32) {
// CHECK-NEXT:    %0 = toy.scale %arg0 : i64 by 7 : i64
// CHECK-NEXT:    "toy.print"(%0) : (i64) -> ()
// CHECK-NEXT:    "toy.print"(%arg1) : (f32) -> ()
func.func @other_types(%a: i64, %b: f32) {
  %0 = toy.scale %a : i64 by 7 : i64
  "toy.print"(%0) : (i64) -> ()
  "toy.print"(%b) : (f32) -> ()
  return
}
