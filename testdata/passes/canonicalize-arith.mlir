// arith folds and canonicalization patterns, as `mlir-opt --canonicalize`.
// RUN: opt-tool %s --pass=canonicalize | FileCheck %s
// Checks recorded from mlir-opt; materialized constants are matched in any order
// (CHECK-DAG), as our greedy driver inserts them in another order.

func.func @int_consts() -> (i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8) {
  %a = arith.constant 100 : i8
  %b = arith.constant 50 : i8
  %m = arith.constant -7 : i8
  %t = arith.constant 2 : i8
  %0 = arith.addi %a, %b : i8
  %1 = arith.subi %m, %a : i8
  %2 = arith.muli %a, %t : i8
  %3 = arith.divsi %m, %t : i8
  %4 = arith.divui %m, %t : i8
  %5 = arith.remsi %m, %t : i8
  %6 = arith.remui %m, %b : i8
  %7 = arith.ceildivsi %m, %t : i8
  %8 = arith.ceildivui %a, %b : i8
  %9 = arith.floordivsi %m, %t : i8
  %10 = arith.ceildivsi %a, %m : i8
  %11 = arith.floordivsi %a, %m : i8
  return %0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11 : i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8
}

func.func @int_no_fold(%x: i32) -> (i32, i32, i32, i32, i32, i32, i32, i32, i32) {
  %zero = arith.constant 0 : i32
  %min = arith.constant -2147483648 : i32
  %neg1 = arith.constant -1 : i32
  %big = arith.constant 32 : i32
  %0 = arith.divsi %min, %neg1 : i32
  %1 = arith.divsi %x, %zero : i32
  %2 = arith.divui %neg1, %zero : i32
  %3 = arith.remsi %min, %zero : i32
  %4 = arith.ceildivsi %min, %neg1 : i32
  %5 = arith.floordivsi %min, %neg1 : i32
  %6 = arith.shli %neg1, %big : i32
  %7 = arith.shrsi %neg1, %big : i32
  %8 = arith.remsi %min, %neg1 : i32
  return %0, %1, %2, %3, %4, %5, %6, %7, %8 : i32, i32, i32, i32, i32, i32, i32, i32, i32
}

func.func @bits() -> (i16, i16, i16, i16, i16, i16, i16, i16, i16, i16, i16) {
  %a = arith.constant 0x0F0F : i16
  %b = arith.constant -256 : i16
  %s = arith.constant 4 : i16
  %0 = arith.andi %a, %b : i16
  %1 = arith.ori %a, %b : i16
  %2 = arith.xori %a, %b : i16
  %3 = arith.shli %b, %s : i16
  %4 = arith.shrsi %b, %s : i16
  %5 = arith.shrui %b, %s : i16
  %6 = arith.maxsi %a, %b : i16
  %7 = arith.minsi %a, %b : i16
  %8 = arith.maxui %a, %b : i16
  %9 = arith.minui %a, %b : i16
  %10 = arith.shli %a, %s overflow<nsw> : i16
  return %0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10 : i16, i16, i16, i16, i16, i16, i16, i16, i16, i16, i16
}

func.func @identities(%x: i32, %y: i32) -> (i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32) {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %ones = arith.constant -1 : i32
  %max = arith.constant 2147483647 : i32
  %0 = arith.andi %x, %c0 : i32
  %1 = arith.andi %x, %ones : i32
  %2 = arith.andi %x, %x : i32
  %3 = arith.ori %x, %c0 : i32
  %4 = arith.ori %ones, %x : i32
  %5 = arith.xori %x, %x : i32
  %6 = arith.xori %x, %c0 : i32
  %7 = arith.divsi %x, %c1 : i32
  %8 = arith.divui %x, %c1 : i32
  %9 = arith.remsi %x, %c1 : i32
  %10 = arith.remui %x, %c1 : i32
  %11 = arith.shli %x, %c0 : i32
  %12 = arith.shrui %x, %c0 : i32
  %13 = arith.maxsi %x, %x : i32
  %14 = arith.minui %x, %c0 : i32
  %15 = arith.maxsi %x, %max : i32
  %n = arith.xori %x, %ones : i32
  %16 = arith.andi %x, %n : i32
  %xy = arith.xori %x, %y : i32
  %17 = arith.xori %xy, %y : i32
  return %0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11, %12, %13, %14, %15, %16, %17 : i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32
}

func.func @i1_and_index(%b: i1) -> (i1, i1, index, index, i1, i1) {
  %t = arith.constant true
  %f = arith.constant false
  %i = arith.constant 7 : index
  %j = arith.constant -3 : index
  %0 = arith.addi %t, %t : i1
  %1 = arith.divsi %f, %t : i1
  %2 = arith.floordivsi %i, %j : index
  %3 = arith.remui %j, %i : index
  %4 = arith.cmpi ne, %b, %f : i1
  %5 = arith.cmpi eq, %b, %t : i1
  return %0, %1, %2, %3, %4, %5 : i1, i1, index, index, i1, i1
}

func.func @splats(%v: vector<4xi32>) -> (vector<4xi32>, vector<4xi32>, vector<4xf32>, vector<4xi1>) {
  %a = arith.constant dense<6> : vector<4xi32>
  %b = arith.constant dense<4> : vector<4xi32>
  %z = arith.constant dense<0> : vector<4xi32>
  %f = arith.constant dense<1.5> : vector<4xf32>
  %0 = arith.muli %a, %b : vector<4xi32>
  %1 = arith.addi %v, %z : vector<4xi32>
  %2 = arith.addf %f, %f : vector<4xf32>
  %3 = arith.cmpi sgt, %a, %b : vector<4xi32>
  return %0, %1, %2, %3 : vector<4xi32>, vector<4xi32>, vector<4xf32>, vector<4xi1>
}

func.func @floats() -> (f32, f32, f32, f32, f32, f32, f32, f16, bf16, f64, f32, f32) {
  %a = arith.constant 5.5 : f32
  %b = arith.constant -2.0 : f32
  %nan = arith.constant 0x7FC00000 : f32
  %nz = arith.constant -0.0 : f32
  %pz = arith.constant 0.0 : f32
  %h1 = arith.constant 1.0 : f16
  %h2 = arith.constant 0.0009765625 : f16
  %g1 = arith.constant 1.0 : bf16
  %g2 = arith.constant 0.00390625 : bf16
  %d1 = arith.constant 0.1 : f64
  %d2 = arith.constant 0.2 : f64
  %0 = arith.remf %a, %b : f32
  %1 = arith.negf %a : f32
  %2 = arith.maximumf %a, %nan : f32
  %3 = arith.minimumf %nz, %pz : f32
  %4 = arith.maxnumf %nan, %b : f32
  %5 = arith.minnumf %a, %b : f32
  %6 = arith.maximumf %nz, %pz : f32
  %7 = arith.addf %h1, %h2 : f16
  %8 = arith.addf %g1, %g2 : bf16
  %9 = arith.addf %d1, %d2 : f64
  %10 = arith.divf %pz, %pz : f32
  %11 = arith.mulf %a, %b : f32
  return %0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11 : f32, f32, f32, f32, f32, f32, f32, f16, bf16, f64, f32, f32
}

func.func @float_identities(%x: f32, %y: f32) -> (f32, f32, f32, f32, f32, f32, f32) {
  %ninf = arith.constant 0xFF800000 : f32
  %inf = arith.constant 0x7F800000 : f32
  %nan = arith.constant 0x7FC00000 : f32
  %n = arith.negf %x : f32
  %0 = arith.negf %n : f32
  %1 = arith.maximumf %x, %x : f32
  %2 = arith.maximumf %x, %ninf : f32
  %3 = arith.minimumf %x, %inf : f32
  %4 = arith.maxnumf %x, %nan : f32
  %5 = arith.minnumf %x, %nan : f32
  %6 = arith.minnumf %y, %y : f32
  return %0, %1, %2, %3, %4, %5, %6 : f32, f32, f32, f32, f32, f32, f32
}

func.func @cmpf() -> (i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1) {
  %a = arith.constant 1.0 : f32
  %b = arith.constant 2.0 : f32
  %nan = arith.constant 0x7FC00000 : f32
  %0 = arith.cmpf false, %a, %b : f32
  %1 = arith.cmpf oeq, %a, %a : f32
  %2 = arith.cmpf ogt, %a, %b : f32
  %3 = arith.cmpf oge, %b, %a : f32
  %4 = arith.cmpf olt, %a, %nan : f32
  %5 = arith.cmpf ole, %a, %b : f32
  %6 = arith.cmpf one, %a, %b : f32
  %7 = arith.cmpf ord, %a, %nan : f32
  %8 = arith.cmpf ueq, %nan, %a : f32
  %9 = arith.cmpf ugt, %a, %b : f32
  %10 = arith.cmpf uge, %a, %a : f32
  %11 = arith.cmpf ult, %a, %b : f32
  %12 = arith.cmpf ule, %b, %a : f32
  %13 = arith.cmpf une, %a, %a : f32
  %14 = arith.cmpf uno, %a, %b : f32
  %15 = arith.cmpf true, %a, %b : f32
  %16 = arith.cmpf one, %nan, %nan : f32
  return %0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11, %12, %13, %14, %15, %16 : i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1
}

func.func @casts() -> (i64, i64, i8, f32, f16, f32, f64, i32, i8, i32, f32, i16, index, i32, f16, f64) {
  %m = arith.constant -5 : i32
  %t = arith.constant true
  %f = arith.constant 3.75 : f32
  %big = arith.constant 1.0e10 : f32
  %h = arith.constant 0.1 : f32
  %bits = arith.constant 0x3F800000 : i32
  %i64 = arith.constant 300 : i64
  %0 = arith.extsi %m : i32 to i64
  %1 = arith.extui %m : i32 to i64
  %2 = arith.trunci %i64 : i64 to i8
  %3 = arith.sitofp %m : i32 to f32
  %4 = arith.truncf %f : f32 to f16
  %5 = arith.uitofp %m : i32 to f32
  %6 = arith.extf %f : f32 to f64
  %7 = arith.fptosi %f : f32 to i32
  %8 = arith.fptoui %big : f32 to i8
  %9 = arith.fptosi %big : f32 to i32
  %10 = arith.bitcast %bits : i32 to f32
  %11 = arith.extui %t : i1 to i16
  %12 = arith.index_castui %m : i32 to index
  %13 = arith.bitcast %f : f32 to i32
  %14 = arith.truncf %h : f32 to f16
  %15 = arith.uitofp %i64 : i64 to f64
  return %0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11, %12, %13, %14, %15 : i64, i64, i8, f32, f16, f32, f64, i32, i8, i32, f32, i16, index, i32, f16, f64
}

func.func @cast_chains(%x: i8, %h: f16, %i: i32, %f: f32) -> (i8, i8, f16, i32, f32, i64) {
  %0 = arith.extsi %x : i8 to i32
  %1 = arith.trunci %0 : i32 to i8
  %2 = arith.extui %x : i8 to i64
  %3 = arith.trunci %2 : i64 to i8
  %4 = arith.extf %h : f16 to f64
  %5 = arith.truncf %4 : f64 to f16
  %6 = arith.index_cast %i : i32 to index
  %7 = arith.index_cast %6 : index to i32
  %8 = arith.bitcast %f : f32 to i32
  %9 = arith.bitcast %8 : i32 to f32
  %10 = arith.extsi %x : i8 to i16
  %11 = arith.extsi %10 : i16 to i64
  return %1, %3, %5, %7, %9, %11 : i8, i8, f16, i32, f32, i64
}

func.func @select_and_cmp(%c: i1, %a: i32, %b: i32) -> (i1, i1, i32, i32, i1, i1) {
  %t = arith.constant true
  %f = arith.constant false
  %0 = arith.select %c, %t, %f : i1
  %1 = arith.select %c, %f, %t : i1
  %eq = arith.cmpi eq, %a, %b : i32
  %2 = arith.select %eq, %a, %b : i32
  %ne = arith.cmpi ne, %a, %b : i32
  %3 = arith.select %ne, %a, %b : i32
  %lt = arith.cmpi slt, %a, %b : i32
  %4 = arith.xori %lt, %t : i1
  %5 = arith.cmpi ult, %a, %a : i32
  return %0, %1, %2, %3, %4, %5 : i1, i1, i32, i32, i1, i1
}

func.func @adds(%x: i32, %y: i32) -> (i32, i32, i32) {
  %s = arith.subi %x, %y : i32
  %0 = arith.addi %s, %y : i32
  %a = arith.addi %x, %y : i32
  %1 = arith.subi %a, %y : i32
  %2 = arith.subi %a, %x : i32
  return %0, %1, %2 : i32, i32, i32
}

func.func @reassoc(%x: i32) -> (i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i1, i1) {
  %c0 = arith.constant 5 : i32
  %c1 = arith.constant 3 : i32
  %a = arith.addi %x, %c0 : i32
  %0 = arith.addi %a, %c1 : i32
  %s = arith.subi %x, %c0 : i32
  %1 = arith.addi %s, %c1 : i32
  %n = arith.subi %c0, %x : i32
  %2 = arith.addi %n, %c1 : i32
  %3 = arith.subi %a, %c1 : i32
  %4 = arith.subi %c1, %a : i32
  %5 = arith.subi %s, %c1 : i32
  %6 = arith.subi %n, %c1 : i32
  %7 = arith.subi %c1, %s : i32
  %8 = arith.subi %c1, %n : i32
  %m = arith.muli %x, %c0 : i32
  %9 = arith.muli %m, %c1 : i32
  %10 = arith.cmpi slt, %c0, %x : i32
  %11 = arith.cmpi uge, %c1, %x : i32
  return %0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11 : i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i1, i1
}

func.func @edge_cases() -> (i32, i32, f32, f16, bf16, f16, f32, i8) {
  %min = arith.constant -2147483648 : i32
  %c7 = arith.constant 7 : i32
  %ones = arith.constant -1 : i32
  %h = arith.constant -1 : i16
  %big = arith.constant 9223372036854775807 : i64
  %huge = arith.constant 70000 : i32
  %f = arith.constant 0x7F800000 : f32
  %n = arith.constant -2.5 : f32
  %0 = arith.ceildivsi %min, %c7 : i32
  %1 = arith.ceildivsi %c7, %min : i32
  %2 = arith.bitcast %ones : i32 to f32
  %3 = arith.bitcast %h : i16 to f16
  %4 = arith.sitofp %big : i64 to bf16
  %5 = arith.sitofp %huge : i32 to f16
  %6 = arith.negf %f : f32
  %7 = arith.fptosi %n : f32 to i8
  return %0, %1, %2, %3, %4, %5, %6, %7 : i32, i32, f32, f16, bf16, f16, f32, i8
}

func.func @chains(%x: i8, %h: i16, %v: vector<4xi1>) -> (i32, i16, bf16, vector<4xi1>) {
  %t = arith.constant dense<true> : vector<4xi1>
  %f = arith.constant dense<false> : vector<4xi1>
  %0 = arith.extui %x : i8 to i16
  %1 = arith.extsi %0 : i16 to i32
  %2 = arith.extsi %x : i8 to i32
  %3 = arith.trunci %2 : i32 to i16
  %4 = arith.bitcast %h : i16 to f16
  %5 = arith.bitcast %4 : f16 to bf16
  %6 = arith.select %v, %t, %f : vector<4xi1>, vector<4xi1>
  return %1, %3, %5, %6 : i32, i16, bf16, vector<4xi1>
}

func.func @select_and_ext_patterns(%c: i1, %d: i1, %x: i32, %y: i32, %a: i8, %b: i8) -> (i32, i32, i32, i32, i32, i1, i32, i32, i32, i32, i1) {
  %c1 = arith.constant 1 : i32
  %c0 = arith.constant 0 : i32
  %m1 = arith.constant -1 : i32
  %t = arith.constant true
  %0 = arith.select %c, %c1, %c0 : i32
  %1 = arith.select %c, %c0, %c1 : i32
  %n = arith.xori %c, %t : i1
  %2 = arith.select %n, %x, %y : i32
  %s = arith.select %c, %x, %y : i32
  %3 = arith.select %c, %s, %x : i32
  %mm = arith.muli %y, %m1 : i32
  %4 = arith.addi %x, %mm : i32
  %ea = arith.extui %a : i8 to i32
  %eb = arith.extui %b : i8 to i32
  %5 = arith.cmpi eq, %ea, %eb : i32
  %6 = arith.andi %ea, %eb : i32
  %7 = arith.divsi %x, %x : i32
  %8 = arith.divui %x, %x : i32
  %9 = arith.remui %x, %x : i32
  %10 = arith.cmpi ne, %c, %d : i1
  return %0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10 : i32, i32, i32, i32, i32, i1, i32, i32, i32, i32, i1
}

func.func @sub_xor_index_patterns(%a: i32, %b: i32, %x: i8, %y: i8, %c: i1, %p: i1, %q: i1) -> (i32, i32, index, index, i32, i32, i32, i32, i32) {
  %one = arith.constant 1 : i32
  %s = arith.subi %a, %b : i32
  %0 = arith.subi %s, %a : i32
  %ex = arith.extui %x : i8 to i32
  %ey = arith.extui %y : i8 to i32
  %1 = arith.xori %ex, %ey : i32
  %es = arith.extsi %x : i8 to i32
  %2 = arith.index_cast %es : i32 to index
  %3 = arith.index_castui %ex : i32 to index
  %ec = arith.extui %c : i1 to i32
  %4 = arith.andi %ec, %one : i32
  %i = arith.select %q, %a, %b : i32
  %5 = arith.select %p, %i, %b : i32
  %6 = arith.select %p, %a, %i : i32
  %j = arith.select %q, %b, %a : i32
  %7 = arith.select %p, %j, %b : i32
  %8 = arith.select %p, %a, %j : i32
  return %0, %1, %2, %3, %4, %5, %6, %7, %8 : i32, i32, index, index, i32, i32, i32, i32, i32
}

func.func @dense() -> (vector<3xi32>, vector<3xi32>, vector<3xf32>, vector<3xi1>, tensor<2xi8>, vector<2xi32>, vector<2xf16>) {
  %a = arith.constant dense<[1, 2, 3]> : vector<3xi32>
  %b = arith.constant dense<[4, 5, 6]> : vector<3xi32>
  %s = arith.constant dense<2> : vector<3xi32>
  %z = arith.constant dense<[0, 1, 2]> : vector<3xi32>
  %f = arith.constant dense<[1.5, 2.5, -1.0]> : vector<3xf32>
  %g = arith.constant dense<[0.1, 0.2]> : vector<2xf16>
  %t = arith.constant dense<[100, -100]> : tensor<2xi8>
  %e = arith.constant dense<[3, 1]> : vector<2xi32>
  %q = arith.constant dense<[3, 1]> : vector<2xi32>
  %0 = arith.addi %a, %b : vector<3xi32>
  %1 = arith.muli %a, %s : vector<3xi32>
  %2 = arith.mulf %f, %f : vector<3xf32>
  %3 = arith.cmpi slt, %a, %s : vector<3xi32>
  %4 = arith.addi %t, %t : tensor<2xi8>
  %5 = arith.divsi %b, %z : vector<3xi32>
  %6 = arith.subi %e, %q : vector<2xi32>
  %7 = arith.addf %g, %g : vector<2xf16>
  return %0, %5, %2, %3, %4, %6, %7 : vector<3xi32>, vector<3xi32>, vector<3xf32>, vector<3xi1>, tensor<2xi8>, vector<2xi32>, vector<2xf16>
}

func.func @dense_casts() -> (vector<3xf32>, vector<3xi64>, vector<3xi8>, vector<3xi32>, vector<3xi1>, vector<2xf16>, vector<2xi32>) {
  %a = arith.constant dense<[1, -2, 300]> : vector<3xi32>
  %f = arith.constant dense<[1.5, -2.5, 0x7FC00000]> : vector<3xf32>
  %g = arith.constant dense<[1.0, 2.0, 3.0]> : vector<3xf32>
  %h = arith.constant dense<[0.1, 1.0]> : vector<2xf32>
  %n = arith.constant dense<[2.5, -7.9]> : vector<2xf32>
  %0 = arith.sitofp %a : vector<3xi32> to vector<3xf32>
  %1 = arith.extsi %a : vector<3xi32> to vector<3xi64>
  %2 = arith.trunci %a : vector<3xi32> to vector<3xi8>
  %3 = arith.bitcast %g : vector<3xf32> to vector<3xi32>
  %4 = arith.cmpf olt, %f, %g : vector<3xf32>
  %5 = arith.truncf %h : vector<2xf32> to vector<2xf16>
  %6 = arith.fptosi %n : vector<2xf32> to vector<2xi32>
  return %0, %1, %2, %3, %4, %5, %6 : vector<3xf32>, vector<3xi64>, vector<3xi8>, vector<3xi32>, vector<3xi1>, vector<2xf16>, vector<2xi32>
}

// CHECK:      module {
// CHECK-LABEL:  func.func @int_consts() -> (i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8) {
// CHECK-DAG:     [[Cc_106_i8:%[A-Za-z0-9_-]+]] = arith.constant -106 : i8
// CHECK-DAG:     [[Cc_107_i8:%[A-Za-z0-9_-]+]] = arith.constant -107 : i8
// CHECK-DAG:     [[Cc_56_i8:%[A-Za-z0-9_-]+]] = arith.constant -56 : i8
// CHECK-DAG:     [[Cc_3_i8:%[A-Za-z0-9_-]+]] = arith.constant -3 : i8
// CHECK-DAG:     [[Cc124_i8:%[A-Za-z0-9_-]+]] = arith.constant 124 : i8
// CHECK-DAG:     [[Cc_1_i8:%[A-Za-z0-9_-]+]] = arith.constant -1 : i8
// CHECK-DAG:     [[Cc49_i8:%[A-Za-z0-9_-]+]] = arith.constant 49 : i8
// CHECK-DAG:     [[Cc2_i8:%[A-Za-z0-9_-]+]] = arith.constant 2 : i8
// CHECK-DAG:     [[Cc_4_i8:%[A-Za-z0-9_-]+]] = arith.constant -4 : i8
// CHECK-DAG:     [[Cc_14_i8:%[A-Za-z0-9_-]+]] = arith.constant -14 : i8
// CHECK-DAG:     [[Cc_15_i8:%[A-Za-z0-9_-]+]] = arith.constant -15 : i8
// CHECK:          return [[Cc_106_i8]], [[Cc_107_i8]], [[Cc_56_i8]], [[Cc_3_i8]], [[Cc124_i8]], [[Cc_1_i8]], [[Cc49_i8]], [[Cc_3_i8]], [[Cc2_i8]], [[Cc_4_i8]], [[Cc_14_i8]], [[Cc_15_i8]] : i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @int_no_fold(%arg0: i32) -> (i32, i32, i32, i32, i32, i32, i32, i32, i32) {
// CHECK-DAG:     [[Cc0_i32:%[A-Za-z0-9_-]+]] = arith.constant 0 : i32
// CHECK-DAG:     [[Cc_2147483648_i32:%[A-Za-z0-9_-]+]] = arith.constant -2147483648 : i32
// CHECK-DAG:     [[Cc_1_i32:%[A-Za-z0-9_-]+]] = arith.constant -1 : i32
// CHECK-DAG:     [[Cc32_i32:%[A-Za-z0-9_-]+]] = arith.constant 32 : i32
// CHECK:          %0 = arith.divsi [[Cc_2147483648_i32]], [[Cc_1_i32]] : i32
// CHECK-NEXT:     %1 = arith.divsi %arg0, [[Cc0_i32]] : i32
// CHECK-NEXT:     %2 = arith.divui [[Cc_1_i32]], [[Cc0_i32]] : i32
// CHECK-NEXT:     %3 = arith.remsi [[Cc_2147483648_i32]], [[Cc0_i32]] : i32
// CHECK-NEXT:     %4 = arith.ceildivsi [[Cc_2147483648_i32]], [[Cc_1_i32]] : i32
// CHECK-NEXT:     %5 = arith.floordivsi [[Cc_2147483648_i32]], [[Cc_1_i32]] : i32
// CHECK-NEXT:     %6 = arith.shli [[Cc_1_i32]], [[Cc32_i32]] : i32
// CHECK-NEXT:     %7 = arith.shrsi [[Cc_1_i32]], [[Cc32_i32]] : i32
// CHECK-NEXT:     return %0, %1, %2, %3, %4, %5, %6, %7, [[Cc0_i32]] : i32, i32, i32, i32, i32, i32, i32, i32, i32
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @bits() -> (i16, i16, i16, i16, i16, i16, i16, i16, i16, i16, i16) {
// CHECK-DAG:     [[Cc3840_i16:%[A-Za-z0-9_-]+]] = arith.constant 3840 : i16
// CHECK-DAG:     [[Cc_241_i16:%[A-Za-z0-9_-]+]] = arith.constant -241 : i16
// CHECK-DAG:     [[Cc_4081_i16:%[A-Za-z0-9_-]+]] = arith.constant -4081 : i16
// CHECK-DAG:     [[Cc_4096_i16:%[A-Za-z0-9_-]+]] = arith.constant -4096 : i16
// CHECK-DAG:     [[Cc_16_i16:%[A-Za-z0-9_-]+]] = arith.constant -16 : i16
// CHECK-DAG:     [[Cc4080_i16:%[A-Za-z0-9_-]+]] = arith.constant 4080 : i16
// CHECK-DAG:     [[Cc3855_i16:%[A-Za-z0-9_-]+]] = arith.constant 3855 : i16
// CHECK-DAG:     [[Cc_256_i16:%[A-Za-z0-9_-]+]] = arith.constant -256 : i16
// CHECK-DAG:     [[Cc_3856_i16:%[A-Za-z0-9_-]+]] = arith.constant -3856 : i16
// CHECK:          return [[Cc3840_i16]], [[Cc_241_i16]], [[Cc_4081_i16]], [[Cc_4096_i16]], [[Cc_16_i16]], [[Cc4080_i16]], [[Cc3855_i16]], [[Cc_256_i16]], [[Cc_256_i16]], [[Cc3855_i16]], [[Cc_3856_i16]] : i16, i16, i16, i16, i16, i16, i16, i16, i16, i16, i16
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @identities(%arg0: i32, %arg1: i32) -> (i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32) {
// CHECK-DAG:     [[Cc0_i32:%[A-Za-z0-9_-]+]] = arith.constant 0 : i32
// CHECK-DAG:     [[Cc2147483647_i32:%[A-Za-z0-9_-]+]] = arith.constant 2147483647 : i32
// CHECK-DAG:     [[Cc_1_i32:%[A-Za-z0-9_-]+]] = arith.constant -1 : i32
// CHECK:          return [[Cc0_i32]], %arg0, %arg0, %arg0, [[Cc_1_i32]], [[Cc0_i32]], %arg0, %arg0, %arg0, [[Cc0_i32]], [[Cc0_i32]], %arg0, %arg0, %arg0, [[Cc0_i32]], [[Cc2147483647_i32]], [[Cc0_i32]], %arg0 : i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @i1_and_index(%arg0: i1) -> (i1, i1, index, index, i1, i1) {
// CHECK-DAG:     [[Cfalse:%[A-Za-z0-9_-]+]] = arith.constant false
// CHECK-DAG:     [[Cc_3:%[A-Za-z0-9_-]+]] = arith.constant -3 : index
// CHECK-DAG:     [[Cc6:%[A-Za-z0-9_-]+]] = arith.constant 6 : index
// CHECK:          return [[Cfalse]], [[Cfalse]], [[Cc_3]], [[Cc6]], %arg0, %arg0 : i1, i1, index, index, i1, i1
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @splats(%arg0: vector<4xi32>) -> (vector<4xi32>, vector<4xi32>, vector<4xf32>, vector<4xi1>) {
// CHECK-DAG:     [[Ccst:%[A-Za-z0-9_-]+]] = arith.constant dense<24> : vector<4xi32>
// CHECK-DAG:     [[Ccst_0:%[A-Za-z0-9_-]+]] = arith.constant dense<3.000000e+00> : vector<4xf32>
// CHECK-DAG:     [[Ccst_1:%[A-Za-z0-9_-]+]] = arith.constant dense<true> : vector<4xi1>
// CHECK:          return [[Ccst]], %arg0, [[Ccst_0]], [[Ccst_1]] : vector<4xi32>, vector<4xi32>, vector<4xf32>, vector<4xi1>
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @floats() -> (f32, f32, f32, f32, f32, f32, f32, f16, bf16, f64, f32, f32) {
// CHECK-DAG:     [[Ccst:%[A-Za-z0-9_-]+]] = arith.constant 1.500000e+00 : f32
// CHECK-DAG:     [[Ccst_0:%[A-Za-z0-9_-]+]] = arith.constant -5.500000e+00 : f32
// CHECK-DAG:     [[Ccst_1:%[A-Za-z0-9_-]+]] = arith.constant 0x7FC00000 : f32
// CHECK-DAG:     [[Ccst_2:%[A-Za-z0-9_-]+]] = arith.constant -0.000000e+00 : f32
// CHECK-DAG:     [[Ccst_3:%[A-Za-z0-9_-]+]] = arith.constant -2.000000e+00 : f32
// CHECK-DAG:     [[Ccst_4:%[A-Za-z0-9_-]+]] = arith.constant 0.000000e+00 : f32
// CHECK-DAG:     [[Ccst_5:%[A-Za-z0-9_-]+]] = arith.constant 1.000980e+00 : f16
// CHECK-DAG:     [[Ccst_6:%[A-Za-z0-9_-]+]] = arith.constant 1.000000e+00 : bf16
// CHECK-DAG:     [[Ccst_7:%[A-Za-z0-9_-]+]] = arith.constant 0.30000000000000004 : f64
// CHECK-DAG:     [[Ccst_8:%[A-Za-z0-9_-]+]] = arith.constant -1.100000e+01 : f32
// CHECK:          return [[Ccst]], [[Ccst_0]], [[Ccst_1]], [[Ccst_2]], [[Ccst_3]], [[Ccst_3]], [[Ccst_4]], [[Ccst_5]], [[Ccst_6]], [[Ccst_7]], [[Ccst_1]], [[Ccst_8]] : f32, f32, f32, f32, f32, f32, f32, f16, bf16, f64, f32, f32
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @float_identities(%arg0: f32, %arg1: f32) -> (f32, f32, f32, f32, f32, f32, f32) {
// CHECK-NEXT:     return %arg0, %arg0, %arg0, %arg0, %arg0, %arg0, %arg1 : f32, f32, f32, f32, f32, f32, f32
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @cmpf() -> (i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1) {
// CHECK-DAG:     [[Cfalse:%[A-Za-z0-9_-]+]] = arith.constant false
// CHECK-DAG:     [[Ctrue:%[A-Za-z0-9_-]+]] = arith.constant true
// CHECK:          return [[Cfalse]], [[Ctrue]], [[Cfalse]], [[Ctrue]], [[Cfalse]], [[Ctrue]], [[Ctrue]], [[Cfalse]], [[Ctrue]], [[Cfalse]], [[Ctrue]], [[Ctrue]], [[Cfalse]], [[Cfalse]], [[Cfalse]], [[Ctrue]], [[Cfalse]] : i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @casts() -> (i64, i64, i8, f32, f16, f32, f64, i32, i8, i32, f32, i16, index, i32, f16, f64) {
// CHECK-DAG:     [[Ccst:%[A-Za-z0-9_-]+]] = arith.constant 3.000000e+02 : f64
// CHECK-DAG:     [[Cc1081081856_i32:%[A-Za-z0-9_-]+]] = arith.constant 1081081856 : i32
// CHECK-DAG:     [[Cc4294967291:%[A-Za-z0-9_-]+]] = arith.constant 4294967291 : index
// CHECK-DAG:     [[Cc1_i16:%[A-Za-z0-9_-]+]] = arith.constant 1 : i16
// CHECK-DAG:     [[Ccst_0:%[A-Za-z0-9_-]+]] = arith.constant 1.000000e+00 : f32
// CHECK-DAG:     [[Ccst_1:%[A-Za-z0-9_-]+]] = arith.constant 1.000000e+10 : f32
// CHECK-DAG:     [[Ccst_2:%[A-Za-z0-9_-]+]] = arith.constant 1.000000e-01 : f32
// CHECK-DAG:     [[Cc_5_i64:%[A-Za-z0-9_-]+]] = arith.constant -5 : i64
// CHECK-DAG:     [[Cc4294967291_i64:%[A-Za-z0-9_-]+]] = arith.constant 4294967291 : i64
// CHECK-DAG:     [[Cc44_i8:%[A-Za-z0-9_-]+]] = arith.constant 44 : i8
// CHECK-DAG:     [[Ccst_3:%[A-Za-z0-9_-]+]] = arith.constant -5.000000e+00 : f32
// CHECK-DAG:     [[Ccst_4:%[A-Za-z0-9_-]+]] = arith.constant 3.750000e+00 : f16
// CHECK-DAG:     [[Ccst_5:%[A-Za-z0-9_-]+]] = arith.constant 4.2949673E+9 : f32
// CHECK-DAG:     [[Ccst_6:%[A-Za-z0-9_-]+]] = arith.constant 3.750000e+00 : f64
// CHECK-DAG:     [[Cc3_i32:%[A-Za-z0-9_-]+]] = arith.constant 3 : i32
// CHECK:          %0 = arith.fptoui [[Ccst_1]] : f32 to i8
// CHECK-NEXT:     %1 = arith.fptosi [[Ccst_1]] : f32 to i32
// CHECK-NEXT:     %2 = arith.truncf [[Ccst_2]] : f32 to f16
// CHECK-NEXT:     return [[Cc_5_i64]], [[Cc4294967291_i64]], [[Cc44_i8]], [[Ccst_3]], [[Ccst_4]], [[Ccst_5]], [[Ccst_6]], [[Cc3_i32]], %0, %1, [[Ccst_0]], [[Cc1_i16]], [[Cc4294967291]], [[Cc1081081856_i32]], %2, [[Ccst]] : i64, i64, i8, f32, f16, f32, f64, i32, i8, i32, f32, i16, index, i32, f16, f64
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @cast_chains(%arg0: i8, %arg1: f16, %arg2: i32, %arg3: f32) -> (i8, i8, f16, i32, f32, i64) {
// CHECK-NEXT:     %0 = arith.extsi %arg0 : i8 to i64
// CHECK-NEXT:     return %arg0, %arg0, %arg1, %arg2, %arg3, %0 : i8, i8, f16, i32, f32, i64
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @select_and_cmp(%arg0: i1, %arg1: i32, %arg2: i32) -> (i1, i1, i32, i32, i1, i1) {
// CHECK-DAG:     [[Cfalse:%[A-Za-z0-9_-]+]] = arith.constant false
// CHECK-DAG:     [[Ctrue:%[A-Za-z0-9_-]+]] = arith.constant true
// CHECK:          %0 = arith.xori %arg0, [[Ctrue]] : i1
// CHECK-NEXT:     %1 = arith.cmpi sge, %arg1, %arg2 : i32
// CHECK-NEXT:     return %arg0, %0, %arg2, %arg1, %1, [[Cfalse]] : i1, i1, i32, i32, i1, i1
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @adds(%arg0: i32, %arg1: i32) -> (i32, i32, i32) {
// CHECK-NEXT:     return %arg0, %arg0, %arg1 : i32, i32, i32
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @reassoc(%arg0: i32) -> (i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i1, i1) {
// CHECK-DAG:     [[Cc15_i32:%[A-Za-z0-9_-]+]] = arith.constant 15 : i32
// CHECK-DAG:     [[Cc2_i32:%[A-Za-z0-9_-]+]] = arith.constant 2 : i32
// CHECK-DAG:     [[Cc_2_i32:%[A-Za-z0-9_-]+]] = arith.constant -2 : i32
// CHECK-DAG:     [[Cc5_i32:%[A-Za-z0-9_-]+]] = arith.constant 5 : i32
// CHECK-DAG:     [[Cc3_i32:%[A-Za-z0-9_-]+]] = arith.constant 3 : i32
// CHECK-DAG:     [[Cc8_i32:%[A-Za-z0-9_-]+]] = arith.constant 8 : i32
// CHECK:          %0 = arith.addi %arg0, [[Cc8_i32]] : i32
// CHECK-NEXT:     %1 = arith.addi %arg0, [[Cc_2_i32]] : i32
// CHECK-NEXT:     %2 = arith.subi [[Cc8_i32]], %arg0 : i32
// CHECK-NEXT:     %3 = arith.addi %arg0, [[Cc2_i32]] : i32
// CHECK-NEXT:     %4 = arith.subi [[Cc_2_i32]], %arg0 : i32
// CHECK-NEXT:     %5 = arith.subi %arg0, [[Cc8_i32]] : i32
// CHECK-NEXT:     %6 = arith.subi [[Cc2_i32]], %arg0 : i32
// CHECK-NEXT:     %7 = arith.subi [[Cc8_i32]], %arg0 : i32
// CHECK-NEXT:     %8 = arith.addi %arg0, [[Cc_2_i32]] : i32
// CHECK-NEXT:     %9 = arith.muli %arg0, [[Cc15_i32]] : i32
// CHECK-NEXT:     %10 = arith.cmpi sgt, %arg0, [[Cc5_i32]] : i32
// CHECK-NEXT:     %11 = arith.cmpi ule, %arg0, [[Cc3_i32]] : i32
// CHECK-NEXT:     return %0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11 : i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i1, i1
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @edge_cases() -> (i32, i32, f32, f16, bf16, f16, f32, i8) {
// CHECK-DAG:     [[Cc_2_i8:%[A-Za-z0-9_-]+]] = arith.constant -2 : i8
// CHECK-DAG:     [[Ccst:%[A-Za-z0-9_-]+]] = arith.constant 0xFF800000 : f32
// CHECK-DAG:     [[Ccst_0:%[A-Za-z0-9_-]+]] = arith.constant 0x7C00 : f16
// CHECK-DAG:     [[Ccst_1:%[A-Za-z0-9_-]+]] = arith.constant 9.223370e+18 : bf16
// CHECK-DAG:     [[Ccst_2:%[A-Za-z0-9_-]+]] = arith.constant 0xFFFF : f16
// CHECK-DAG:     [[Ccst_3:%[A-Za-z0-9_-]+]] = arith.constant 0xFFFFFFFF : f32
// CHECK-DAG:     [[Cc_2147483648_i32:%[A-Za-z0-9_-]+]] = arith.constant -2147483648 : i32
// CHECK-DAG:     [[Cc7_i32:%[A-Za-z0-9_-]+]] = arith.constant 7 : i32
// CHECK:          %0 = arith.ceildivsi [[Cc_2147483648_i32]], [[Cc7_i32]] : i32
// CHECK-NEXT:     %1 = arith.ceildivsi [[Cc7_i32]], [[Cc_2147483648_i32]] : i32
// CHECK-NEXT:     return %0, %1, [[Ccst_3]], [[Ccst_2]], [[Ccst_1]], [[Ccst_0]], [[Ccst]], [[Cc_2_i8]] : i32, i32, f32, f16, bf16, f16, f32, i8
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @chains(%arg0: i8, %arg1: i16, %arg2: vector<4xi1>) -> (i32, i16, bf16, vector<4xi1>) {
// CHECK-DAG:     [[Ccst:%[A-Za-z0-9_-]+]] = arith.constant dense<true> : vector<4xi1>
// CHECK-DAG:     [[Ccst_0:%[A-Za-z0-9_-]+]] = arith.constant dense<false> : vector<4xi1>
// CHECK:          %0 = arith.extui %arg0 : i8 to i32
// CHECK-NEXT:     %1 = arith.extsi %arg0 : i8 to i16
// CHECK-NEXT:     %2 = arith.bitcast %arg1 : i16 to bf16
// CHECK-NEXT:     %3 = arith.select %arg2, [[Ccst]], [[Ccst_0]] : vector<4xi1>, vector<4xi1>
// CHECK-NEXT:     return %0, %1, %2, %3 : i32, i16, bf16, vector<4xi1>
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @select_and_ext_patterns(%arg0: i1, %arg1: i1, %arg2: i32, %arg3: i32, %arg4: i8, %arg5: i8) -> (i32, i32, i32, i32, i32, i1, i32, i32, i32, i32, i1) {
// CHECK-DAG:     [[Ctrue:%[A-Za-z0-9_-]+]] = arith.constant true
// CHECK:          %0 = arith.extui %arg0 : i1 to i32
// CHECK-NEXT:     %1 = arith.xori %arg0, [[Ctrue]] : i1
// CHECK-NEXT:     %2 = arith.extui %1 : i1 to i32
// CHECK-NEXT:     %3 = arith.select %arg0, %arg3, %arg2 : i32
// CHECK-NEXT:     %4 = arith.subi %arg2, %arg3 : i32
// CHECK-NEXT:     %5 = arith.cmpi eq, %arg4, %arg5 : i8
// CHECK-NEXT:     %6 = arith.andi %arg4, %arg5 : i8
// CHECK-NEXT:     %7 = arith.extui %6 : i8 to i32
// CHECK-NEXT:     %8 = arith.divsi %arg2, %arg2 : i32
// CHECK-NEXT:     %9 = arith.divui %arg2, %arg2 : i32
// CHECK-NEXT:     %10 = arith.remui %arg2, %arg2 : i32
// CHECK-NEXT:     %11 = arith.cmpi ne, %arg0, %arg1 : i1
// CHECK-NEXT:     return %0, %2, %3, %arg2, %4, %5, %7, %8, %9, %10, %11 : i32, i32, i32, i32, i32, i1, i32, i32, i32, i32, i1
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @sub_xor_index_patterns(%arg0: i32, %arg1: i32, %arg2: i8, %arg3: i8, %arg4: i1, %arg5: i1, %arg6: i1) -> (i32, i32, index, index, i32, i32, i32, i32, i32) {
// CHECK-DAG:     [[Cc1_i32:%[A-Za-z0-9_-]+]] = arith.constant 1 : i32
// CHECK-DAG:     [[Cc0_i32:%[A-Za-z0-9_-]+]] = arith.constant 0 : i32
// CHECK:          %0 = arith.subi [[Cc0_i32]], %arg1 : i32
// CHECK-NEXT:     %1 = arith.xori %arg2, %arg3 : i8
// CHECK-NEXT:     %2 = arith.extui %1 : i8 to i32
// CHECK-NEXT:     %3 = arith.index_cast %arg2 : i8 to index
// CHECK-NEXT:     %4 = arith.index_castui %arg2 : i8 to index
// CHECK-NEXT:     %5 = arith.extui %arg4 : i1 to i32
// CHECK-NEXT:     %6 = arith.andi %5, [[Cc1_i32]] : i32
// CHECK-NEXT:     %7 = arith.select %arg6, %arg0, %arg1 : i32
// CHECK-NEXT:     %8 = arith.select %arg5, %7, %arg1 : i32
// CHECK-NEXT:     %9 = arith.select %arg5, %arg0, %7 : i32
// CHECK-NEXT:     %10 = arith.select %arg6, %arg1, %arg0 : i32
// CHECK-NEXT:     %11 = arith.select %arg5, %10, %arg1 : i32
// CHECK-NEXT:     %12 = arith.select %arg5, %arg0, %10 : i32
// CHECK-NEXT:     return %0, %2, %3, %4, %6, %8, %9, %11, %12 : i32, i32, index, index, i32, i32, i32, i32, i32
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @dense() -> (vector<3xi32>, vector<3xi32>, vector<3xf32>, vector<3xi1>, tensor<2xi8>, vector<2xi32>, vector<2xf16>) {
// CHECK-DAG:     [[Ccst:%[A-Za-z0-9_-]+]] = arith.constant dense<[1.999510e-01, 3.999020e-01]> : vector<2xf16>
// CHECK-DAG:     [[Ccst_0:%[A-Za-z0-9_-]+]] = arith.constant dense<0> : vector<2xi32>
// CHECK-DAG:     [[Ccst_1:%[A-Za-z0-9_-]+]] = arith.constant dense<[4, 5, 6]> : vector<3xi32>
// CHECK-DAG:     [[Ccst_2:%[A-Za-z0-9_-]+]] = arith.constant dense<[0, 1, 2]> : vector<3xi32>
// CHECK-DAG:     [[Ccst_3:%[A-Za-z0-9_-]+]] = arith.constant dense<[5, 7, 9]> : vector<3xi32>
// CHECK-DAG:     [[Ccst_4:%[A-Za-z0-9_-]+]] = arith.constant dense<[2.250000e+00, 6.250000e+00, 1.000000e+00]> : vector<3xf32>
// CHECK-DAG:     [[Ccst_5:%[A-Za-z0-9_-]+]] = arith.constant dense<[true, false, false]> : vector<3xi1>
// CHECK-DAG:     [[Ccst_6:%[A-Za-z0-9_-]+]] = arith.constant dense<[-56, 56]> : tensor<2xi8>
// CHECK:          %0 = arith.divsi [[Ccst_1]], [[Ccst_2]] : vector<3xi32>
// CHECK-NEXT:     return [[Ccst_3]], %0, [[Ccst_4]], [[Ccst_5]], [[Ccst_6]], [[Ccst_0]], [[Ccst]] : vector<3xi32>, vector<3xi32>, vector<3xf32>, vector<3xi1>, tensor<2xi8>, vector<2xi32>, vector<2xf16>
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @dense_casts() -> (vector<3xf32>, vector<3xi64>, vector<3xi8>, vector<3xi32>, vector<3xi1>, vector<2xf16>, vector<2xi32>) {
// CHECK-DAG:     [[Ccst:%[A-Za-z0-9_-]+]] = arith.constant dense<[2, -7]> : vector<2xi32>
// CHECK-DAG:     [[Ccst_0:%[A-Za-z0-9_-]+]] = arith.constant dense<[1.500000e+00, -2.500000e+00, 0x7FC00000]> : vector<3xf32>
// CHECK-DAG:     [[Ccst_1:%[A-Za-z0-9_-]+]] = arith.constant dense<[1.000000e+00, 2.000000e+00, 3.000000e+00]> : vector<3xf32>
// CHECK-DAG:     [[Ccst_2:%[A-Za-z0-9_-]+]] = arith.constant dense<[1.000000e-01, 1.000000e+00]> : vector<2xf32>
// CHECK-DAG:     [[Ccst_3:%[A-Za-z0-9_-]+]] = arith.constant dense<[1.000000e+00, -2.000000e+00, 3.000000e+02]> : vector<3xf32>
// CHECK-DAG:     [[Ccst_4:%[A-Za-z0-9_-]+]] = arith.constant dense<[1, -2, 300]> : vector<3xi64>
// CHECK-DAG:     [[Ccst_5:%[A-Za-z0-9_-]+]] = arith.constant dense<[1, -2, 44]> : vector<3xi8>
// CHECK-DAG:     [[Ccst_6:%[A-Za-z0-9_-]+]] = arith.constant dense<[1065353216, 1073741824, 1077936128]> : vector<3xi32>
// CHECK:          %0 = arith.cmpf olt, [[Ccst_0]], [[Ccst_1]] : vector<3xf32>
// CHECK-NEXT:     %1 = arith.truncf [[Ccst_2]] : vector<2xf32> to vector<2xf16>
// CHECK-NEXT:     return [[Ccst_3]], [[Ccst_4]], [[Ccst_5]], [[Ccst_6]], %0, %1, [[Ccst]] : vector<3xf32>, vector<3xi64>, vector<3xi8>, vector<3xi32>, vector<3xi1>, vector<2xf16>, vector<2xi32>
// CHECK-NEXT:   }
// CHECK-NEXT: }
