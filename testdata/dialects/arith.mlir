// arith: every op in its custom form, with and without flags, on scalars,
// vectors and tensors.
// RUN: opt-tool %s | FileCheck %s
// RUN: opt-tool %s --emit=generic | FileCheck %s --check-prefix=GENERIC
// RUN: opt-tool %s | opt-tool - | FileCheck %s
// RUN: opt-tool %s --emit=generic | opt-tool - | FileCheck %s

func.func @constants() -> (i32, i1, index, f16, bf16, f64, vector<4xi32>, tensor<2xf32>) {
  %0 = arith.constant -7 : i32
  %1 = arith.constant false
  %2 = arith.constant 3 : index
  %3 = arith.constant 1.5 : f16
  %4 = arith.constant -2.0 : bf16
  %5 = arith.constant 0x7FF0000000000000 : f64
  %6 = arith.constant dense<1> : vector<4xi32>
  %7 = arith.constant {tag} dense<[1.0, 2.0]> : tensor<2xf32>
  return %0, %1, %2, %3, %4, %5, %6, %7 : i32, i1, index, f16, bf16, f64, vector<4xi32>, tensor<2xf32>
}

func.func @integer(%a: i32, %b: i32, %v: vector<4xi64>, %t: tensor<?xindex>) -> (i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, vector<4xi64>, vector<4xi64>, tensor<?xindex>, tensor<?xindex>, i32, i32, i32, i32, i32, i32, vector<4xi64>) {
  %0 = arith.addi %a, %b : i32
  %1 = arith.subi %a, %b overflow<nsw> : i32
  %2 = arith.muli %a, %b overflow<nsw, nuw> : i32
  %3 = arith.divsi %a, %b : i32
  %4 = arith.divui %a, %b {tag = 1 : i64} : i32
  %5 = arith.remsi %a, %b : i32
  %6 = arith.remui %a, %b : i32
  %7 = arith.ceildivsi %a, %b : i32
  %8 = arith.ceildivui %a, %b : i32
  %9 = arith.floordivsi %a, %b : i32
  %10 = arith.maxsi %v, %v : vector<4xi64>
  %11 = arith.minsi %v, %v : vector<4xi64>
  %12 = arith.maxui %t, %t : tensor<?xindex>
  %13 = arith.minui %t, %t : tensor<?xindex>
  %14 = arith.andi %a, %b : i32
  %15 = arith.ori %a, %b : i32
  %16 = arith.xori %a, %b : i32
  %17 = arith.shli %a, %b overflow<nuw> : i32
  %18 = arith.shrsi %a, %b : i32
  %19 = arith.shrui %a, %b : i32
  %20 = arith.addi %v, %v overflow<none> : vector<4xi64>
  return %0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11, %12, %13, %14, %15, %16, %17, %18, %19, %20 : i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, vector<4xi64>, vector<4xi64>, tensor<?xindex>, tensor<?xindex>, i32, i32, i32, i32, i32, i32, vector<4xi64>
}

func.func @float(%x: f32, %y: f32, %h: vector<2xf16>, %b: tensor<bf16>) -> (f32, f32, f32, f32, f32, f32, vector<2xf16>, f32, vector<2xf16>, tensor<bf16>, f32, f32) {
  %0 = arith.addf %x, %y : f32
  %1 = arith.subf %x, %y fastmath<nnan> : f32
  %2 = arith.mulf %x, %y fastmath<nnan,ninf> : f32
  %3 = arith.divf %x, %y fastmath<fast> : f32
  %4 = arith.remf %x, %y : f32
  %5 = arith.negf %x : f32
  %6 = arith.negf %h fastmath<nsz> : vector<2xf16>
  %7 = arith.maximumf %x, %y : f32
  %8 = arith.minimumf %h, %h fastmath<reassoc,contract> : vector<2xf16>
  %9 = arith.maxnumf %b, %b : tensor<bf16>
  %10 = arith.minnumf %x, %y {tag} : f32
  %11 = arith.addf %x, %y fastmath<none> : f32
  return %0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11 : f32, f32, f32, f32, f32, f32, vector<2xf16>, f32, vector<2xf16>, tensor<bf16>, f32, f32
}

func.func @compare(%a: i32, %i: index, %v: vector<4xi8>, %x: f32, %w: tensor<2xf64>) -> (i1, i1, i1, i1, i1, i1, i1, i1, vector<4xi1>, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, tensor<2xi1>) {
  %0 = arith.cmpi eq, %a, %a : i32
  %1 = arith.cmpi ne, %i, %i : index
  %2 = arith.cmpi slt, %a, %a : i32
  %3 = arith.cmpi sle, %a, %a : i32
  %4 = arith.cmpi sgt, %a, %a : i32
  %5 = arith.cmpi sge, %a, %a : i32
  %6 = arith.cmpi ult, %a, %a : i32
  %7 = arith.cmpi ule, %a, %a : i32
  %8 = arith.cmpi ugt, %v, %v : vector<4xi8>
  %9 = arith.cmpi uge, %a, %a {tag} : i32
  %10 = arith.cmpf false, %x, %x : f32
  %11 = arith.cmpf oeq, %x, %x : f32
  %12 = arith.cmpf ogt, %x, %x : f32
  %13 = arith.cmpf oge, %x, %x : f32
  %14 = arith.cmpf olt, %x, %x : f32
  %15 = arith.cmpf ole, %x, %x : f32
  %16 = arith.cmpf one, %x, %x : f32
  %17 = arith.cmpf ord, %x, %x : f32
  %18 = arith.cmpf ueq, %x, %x : f32
  %19 = arith.cmpf ugt, %x, %x : f32
  %20 = arith.cmpf uge, %x, %x : f32
  %21 = arith.cmpf ult, %x, %x : f32
  %22 = arith.cmpf ule, %x, %x : f32
  %23 = arith.cmpf une, %x, %x : f32
  %24 = arith.cmpf uno, %x, %x : f32
  %25 = arith.cmpf true, %w, %w fastmath<nnan> : tensor<2xf64>
  return %0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11, %12, %13, %14, %15, %16, %17, %18, %19, %20, %21, %22, %23, %24, %25 : i1, i1, i1, i1, i1, i1, i1, i1, vector<4xi1>, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, tensor<2xi1>
}

func.func @select(%c: i1, %vc: vector<4xi1>, %a: i32, %v: vector<4xf32>, %t: tensor<2xi8>) -> (i32, vector<4xf32>, tensor<2xi8>) {
  %0 = arith.select %c, %a, %a : i32
  %1 = arith.select %vc, %v, %v : vector<4xi1>, vector<4xf32>
  %2 = arith.select %c, %t, %t {tag} : tensor<2xi8>
  return %0, %1, %2 : i32, vector<4xf32>, tensor<2xi8>
}

func.func @casts(%a: i32, %i: index, %f: f32, %h: f16, %v: vector<4xi16>, %t: tensor<?xf64>, %m: memref<4xi32>) -> (i64, vector<4xi32>, i8, i1, f32, f64, f16, bf16, tensor<?xf32>, f16, f16, f16, f32, vector<4xf16>, i64, tensor<?xi8>, index, i64, index, i16, f32, vector<4xbf16>, memref<4xf32>, memref<4xindex>) {
  %0 = arith.extsi %a : i32 to i64
  %1 = arith.extui %v : vector<4xi16> to vector<4xi32>
  %2 = arith.trunci %a : i32 to i8
  %3 = arith.trunci %a overflow<nsw> : i32 to i1
  %4 = arith.extf %h : f16 to f32
  %5 = arith.extf %h fastmath<fast> : f16 to f64
  %6 = arith.truncf %f : f32 to f16
  %7 = arith.truncf %f downward : f32 to bf16
  %8 = arith.truncf %t upward fastmath<nnan> : tensor<?xf64> to tensor<?xf32>
  %9 = arith.truncf %f toward_zero : f32 to f16
  %10 = arith.truncf %f to_nearest_away : f32 to f16
  %11 = arith.truncf %f to_nearest_even : f32 to f16
  %12 = arith.sitofp %a : i32 to f32
  %13 = arith.uitofp %v : vector<4xi16> to vector<4xf16>
  %14 = arith.fptosi %f : f32 to i64
  %15 = arith.fptoui %t : tensor<?xf64> to tensor<?xi8>
  %16 = arith.index_cast %a : i32 to index
  %17 = arith.index_cast %i : index to i64
  %18 = arith.index_castui %a : i32 to index
  %19 = arith.index_castui %i {tag} : index to i16
  %20 = arith.bitcast %a : i32 to f32
  %21 = arith.bitcast %v : vector<4xi16> to vector<4xbf16>
  %22 = arith.bitcast %m : memref<4xi32> to memref<4xf32>
  %23 = arith.index_cast %m : memref<4xi32> to memref<4xindex>
  return %0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11, %12, %13, %14, %15, %16, %17, %18, %19, %20, %21, %22, %23 : i64, vector<4xi32>, i8, i1, f32, f64, f16, bf16, tensor<?xf32>, f16, f16, f16, f32, vector<4xf16>, i64, tensor<?xi8>, index, i64, index, i16, f32, vector<4xbf16>, memref<4xf32>, memref<4xindex>
}

func.func @flag_spellings(%a: i32, %x: f32, %d: f64) -> (i32, f64, f32, f32, i16) {
  %0 = arith.addi %a, %a {predicate = 1 : i64, roundingmode = 2 : i64} : i32
  %1 = arith.extf %x fastmath<none> : f32 to f64
  %2 = arith.truncf %d fastmath<none> : f64 to f32
  %3 = "arith.mulf"(%x, %x) : (f32, f32) -> f32
  %4 = "arith.trunci"(%a) <{overflowFlags = #arith.overflow<nuw>}> : (i32) -> i16
  return %0, %1, %2, %3, %4 : i32, f64, f32, f32, i16
}

// CHECK:      module {
// CHECK-LABEL:  func.func @constants() -> (i32, i1, index, f16, bf16, f64, vector<4xi32>, tensor<2xf32>) {
// CHECK-NEXT:     %c-7_i32 = arith.constant -7 : i32
// CHECK-NEXT:     %false = arith.constant false
// CHECK-NEXT:     %c3 = arith.constant 3 : index
// CHECK-NEXT:     %cst = arith.constant 1.500000e+00 : f16
// CHECK-NEXT:     %cst_0 = arith.constant -2.000000e+00 : bf16
// CHECK-NEXT:     %cst_1 = arith.constant 0x7FF0000000000000 : f64
// CHECK-NEXT:     %cst_2 = arith.constant dense<1> : vector<4xi32>
// CHECK-NEXT:     %cst_3 = arith.constant {tag} dense<[1.000000e+00, 2.000000e+00]> : tensor<2xf32>
// CHECK-NEXT:     return %c-7_i32, %false, %c3, %cst, %cst_0, %cst_1, %cst_2, %cst_3 : i32, i1, index, f16, bf16, f64, vector<4xi32>, tensor<2xf32>
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @integer(%arg0: i32, %arg1: i32, %arg2: vector<4xi64>, %arg3: tensor<?xindex>) -> (i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, vector<4xi64>, vector<4xi64>, tensor<?xindex>, tensor<?xindex>, i32, i32, i32, i32, i32, i32, vector<4xi64>) {
// CHECK-NEXT:     %0 = arith.addi %arg0, %arg1 : i32
// CHECK-NEXT:     %1 = arith.subi %arg0, %arg1 overflow<nsw> : i32
// CHECK-NEXT:     %2 = arith.muli %arg0, %arg1 overflow<nsw, nuw> : i32
// CHECK-NEXT:     %3 = arith.divsi %arg0, %arg1 : i32
// CHECK-NEXT:     %4 = arith.divui %arg0, %arg1 {tag = 1 : i64} : i32
// CHECK-NEXT:     %5 = arith.remsi %arg0, %arg1 : i32
// CHECK-NEXT:     %6 = arith.remui %arg0, %arg1 : i32
// CHECK-NEXT:     %7 = arith.ceildivsi %arg0, %arg1 : i32
// CHECK-NEXT:     %8 = arith.ceildivui %arg0, %arg1 : i32
// CHECK-NEXT:     %9 = arith.floordivsi %arg0, %arg1 : i32
// CHECK-NEXT:     %10 = arith.maxsi %arg2, %arg2 : vector<4xi64>
// CHECK-NEXT:     %11 = arith.minsi %arg2, %arg2 : vector<4xi64>
// CHECK-NEXT:     %12 = arith.maxui %arg3, %arg3 : tensor<?xindex>
// CHECK-NEXT:     %13 = arith.minui %arg3, %arg3 : tensor<?xindex>
// CHECK-NEXT:     %14 = arith.andi %arg0, %arg1 : i32
// CHECK-NEXT:     %15 = arith.ori %arg0, %arg1 : i32
// CHECK-NEXT:     %16 = arith.xori %arg0, %arg1 : i32
// CHECK-NEXT:     %17 = arith.shli %arg0, %arg1 overflow<nuw> : i32
// CHECK-NEXT:     %18 = arith.shrsi %arg0, %arg1 : i32
// CHECK-NEXT:     %19 = arith.shrui %arg0, %arg1 : i32
// CHECK-NEXT:     %20 = arith.addi %arg2, %arg2 : vector<4xi64>
// CHECK-NEXT:     return %0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11, %12, %13, %14, %15, %16, %17, %18, %19, %20 : i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, vector<4xi64>, vector<4xi64>, tensor<?xindex>, tensor<?xindex>, i32, i32, i32, i32, i32, i32, vector<4xi64>
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @float(%arg0: f32, %arg1: f32, %arg2: vector<2xf16>, %arg3: tensor<bf16>) -> (f32, f32, f32, f32, f32, f32, vector<2xf16>, f32, vector<2xf16>, tensor<bf16>, f32, f32) {
// CHECK-NEXT:     %0 = arith.addf %arg0, %arg1 : f32
// CHECK-NEXT:     %1 = arith.subf %arg0, %arg1 fastmath<nnan> : f32
// CHECK-NEXT:     %2 = arith.mulf %arg0, %arg1 fastmath<nnan,ninf> : f32
// CHECK-NEXT:     %3 = arith.divf %arg0, %arg1 fastmath<fast> : f32
// CHECK-NEXT:     %4 = arith.remf %arg0, %arg1 : f32
// CHECK-NEXT:     %5 = arith.negf %arg0 : f32
// CHECK-NEXT:     %6 = arith.negf %arg2 fastmath<nsz> : vector<2xf16>
// CHECK-NEXT:     %7 = arith.maximumf %arg0, %arg1 : f32
// CHECK-NEXT:     %8 = arith.minimumf %arg2, %arg2 fastmath<reassoc,contract> : vector<2xf16>
// CHECK-NEXT:     %9 = arith.maxnumf %arg3, %arg3 : tensor<bf16>
// CHECK-NEXT:     %10 = arith.minnumf %arg0, %arg1 {tag} : f32
// CHECK-NEXT:     %11 = arith.addf %arg0, %arg1 : f32
// CHECK-NEXT:     return %0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11 : f32, f32, f32, f32, f32, f32, vector<2xf16>, f32, vector<2xf16>, tensor<bf16>, f32, f32
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @compare(%arg0: i32, %arg1: index, %arg2: vector<4xi8>, %arg3: f32, %arg4: tensor<2xf64>) -> (i1, i1, i1, i1, i1, i1, i1, i1, vector<4xi1>, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, tensor<2xi1>) {
// CHECK-NEXT:     %0 = arith.cmpi eq, %arg0, %arg0 : i32
// CHECK-NEXT:     %1 = arith.cmpi ne, %arg1, %arg1 : index
// CHECK-NEXT:     %2 = arith.cmpi slt, %arg0, %arg0 : i32
// CHECK-NEXT:     %3 = arith.cmpi sle, %arg0, %arg0 : i32
// CHECK-NEXT:     %4 = arith.cmpi sgt, %arg0, %arg0 : i32
// CHECK-NEXT:     %5 = arith.cmpi sge, %arg0, %arg0 : i32
// CHECK-NEXT:     %6 = arith.cmpi ult, %arg0, %arg0 : i32
// CHECK-NEXT:     %7 = arith.cmpi ule, %arg0, %arg0 : i32
// CHECK-NEXT:     %8 = arith.cmpi ugt, %arg2, %arg2 : vector<4xi8>
// CHECK-NEXT:     %9 = arith.cmpi uge, %arg0, %arg0 {tag} : i32
// CHECK-NEXT:     %10 = arith.cmpf false, %arg3, %arg3 : f32
// CHECK-NEXT:     %11 = arith.cmpf oeq, %arg3, %arg3 : f32
// CHECK-NEXT:     %12 = arith.cmpf ogt, %arg3, %arg3 : f32
// CHECK-NEXT:     %13 = arith.cmpf oge, %arg3, %arg3 : f32
// CHECK-NEXT:     %14 = arith.cmpf olt, %arg3, %arg3 : f32
// CHECK-NEXT:     %15 = arith.cmpf ole, %arg3, %arg3 : f32
// CHECK-NEXT:     %16 = arith.cmpf one, %arg3, %arg3 : f32
// CHECK-NEXT:     %17 = arith.cmpf ord, %arg3, %arg3 : f32
// CHECK-NEXT:     %18 = arith.cmpf ueq, %arg3, %arg3 : f32
// CHECK-NEXT:     %19 = arith.cmpf ugt, %arg3, %arg3 : f32
// CHECK-NEXT:     %20 = arith.cmpf uge, %arg3, %arg3 : f32
// CHECK-NEXT:     %21 = arith.cmpf ult, %arg3, %arg3 : f32
// CHECK-NEXT:     %22 = arith.cmpf ule, %arg3, %arg3 : f32
// CHECK-NEXT:     %23 = arith.cmpf une, %arg3, %arg3 : f32
// CHECK-NEXT:     %24 = arith.cmpf uno, %arg3, %arg3 : f32
// CHECK-NEXT:     %25 = arith.cmpf true, %arg4, %arg4 fastmath<nnan> : tensor<2xf64>
// CHECK-NEXT:     return %0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11, %12, %13, %14, %15, %16, %17, %18, %19, %20, %21, %22, %23, %24, %25 : i1, i1, i1, i1, i1, i1, i1, i1, vector<4xi1>, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, tensor<2xi1>
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @select(%arg0: i1, %arg1: vector<4xi1>, %arg2: i32, %arg3: vector<4xf32>, %arg4: tensor<2xi8>) -> (i32, vector<4xf32>, tensor<2xi8>) {
// CHECK-NEXT:     %0 = arith.select %arg0, %arg2, %arg2 : i32
// CHECK-NEXT:     %1 = arith.select %arg1, %arg3, %arg3 : vector<4xi1>, vector<4xf32>
// CHECK-NEXT:     %2 = arith.select %arg0, %arg4, %arg4 {tag} : tensor<2xi8>
// CHECK-NEXT:     return %0, %1, %2 : i32, vector<4xf32>, tensor<2xi8>
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @casts(%arg0: i32, %arg1: index, %arg2: f32, %arg3: f16, %arg4: vector<4xi16>, %arg5: tensor<?xf64>, %arg6: memref<4xi32>) -> (i64, vector<4xi32>, i8, i1, f32, f64, f16, bf16, tensor<?xf32>, f16, f16, f16, f32, vector<4xf16>, i64, tensor<?xi8>, index, i64, index, i16, f32, vector<4xbf16>, memref<4xf32>, memref<4xindex>) {
// CHECK-NEXT:     %0 = arith.extsi %arg0 : i32 to i64
// CHECK-NEXT:     %1 = arith.extui %arg4 : vector<4xi16> to vector<4xi32>
// CHECK-NEXT:     %2 = arith.trunci %arg0 : i32 to i8
// CHECK-NEXT:     %3 = arith.trunci %arg0 overflow<nsw> : i32 to i1
// CHECK-NEXT:     %4 = arith.extf %arg3 : f16 to f32
// CHECK-NEXT:     %5 = arith.extf %arg3 fastmath<fast> : f16 to f64
// CHECK-NEXT:     %6 = arith.truncf %arg2 : f32 to f16
// CHECK-NEXT:     %7 = arith.truncf %arg2 downward : f32 to bf16
// CHECK-NEXT:     %8 = arith.truncf %arg5 upward fastmath<nnan> : tensor<?xf64> to tensor<?xf32>
// CHECK-NEXT:     %9 = arith.truncf %arg2 toward_zero : f32 to f16
// CHECK-NEXT:     %10 = arith.truncf %arg2 to_nearest_away : f32 to f16
// CHECK-NEXT:     %11 = arith.truncf %arg2 to_nearest_even : f32 to f16
// CHECK-NEXT:     %12 = arith.sitofp %arg0 : i32 to f32
// CHECK-NEXT:     %13 = arith.uitofp %arg4 : vector<4xi16> to vector<4xf16>
// CHECK-NEXT:     %14 = arith.fptosi %arg2 : f32 to i64
// CHECK-NEXT:     %15 = arith.fptoui %arg5 : tensor<?xf64> to tensor<?xi8>
// CHECK-NEXT:     %16 = arith.index_cast %arg0 : i32 to index
// CHECK-NEXT:     %17 = arith.index_cast %arg1 : index to i64
// CHECK-NEXT:     %18 = arith.index_castui %arg0 : i32 to index
// CHECK-NEXT:     %19 = arith.index_castui %arg1 {tag} : index to i16
// CHECK-NEXT:     %20 = arith.bitcast %arg0 : i32 to f32
// CHECK-NEXT:     %21 = arith.bitcast %arg4 : vector<4xi16> to vector<4xbf16>
// CHECK-NEXT:     %22 = arith.bitcast %arg6 : memref<4xi32> to memref<4xf32>
// CHECK-NEXT:     %23 = arith.index_cast %arg6 : memref<4xi32> to memref<4xindex>
// CHECK-NEXT:     return %0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11, %12, %13, %14, %15, %16, %17, %18, %19, %20, %21, %22, %23 : i64, vector<4xi32>, i8, i1, f32, f64, f16, bf16, tensor<?xf32>, f16, f16, f16, f32, vector<4xf16>, i64, tensor<?xi8>, index, i64, index, i16, f32, vector<4xbf16>, memref<4xf32>, memref<4xindex>
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @flag_spellings(%arg0: i32, %arg1: f32, %arg2: f64) -> (i32, f64, f32, f32, i16) {
// CHECK-NEXT:     %0 = arith.addi %arg0, %arg0 {predicate = 1 : i64, roundingmode = 2 : i64} : i32
// CHECK-NEXT:     %1 = arith.extf %arg1 fastmath<none> : f32 to f64
// CHECK-NEXT:     %2 = arith.truncf %arg2 fastmath<none> : f64 to f32
// CHECK-NEXT:     %3 = arith.mulf %arg1, %arg1 : f32
// CHECK-NEXT:     %4 = arith.trunci %arg0 overflow<nuw> : i32 to i16
// CHECK-NEXT:     return %0, %1, %2, %3, %4 : i32, f64, f32, f32, i16
// CHECK-NEXT:   }
// CHECK-NEXT: }

// GENERIC:      "builtin.module"() ({
// GENERIC-LABEL:  "func.func"() <{function_type = () -> (i32, i1, index, f16, bf16, f64, vector<4xi32>, tensor<2xf32>), sym_name = "constants"}> ({
// GENERIC-NEXT:     %91 = "arith.constant"() <{value = -7 : i32}> : () -> i32
// GENERIC-NEXT:     %92 = "arith.constant"() <{value = false}> : () -> i1
// GENERIC-NEXT:     %93 = "arith.constant"() <{value = 3 : index}> : () -> index
// GENERIC-NEXT:     %94 = "arith.constant"() <{value = 1.500000e+00 : f16}> : () -> f16
// GENERIC-NEXT:     %95 = "arith.constant"() <{value = -2.000000e+00 : bf16}> : () -> bf16
// GENERIC-NEXT:     %96 = "arith.constant"() <{value = 0x7FF0000000000000 : f64}> : () -> f64
// GENERIC-NEXT:     %97 = "arith.constant"() <{value = dense<1> : vector<4xi32>}> : () -> vector<4xi32>
// GENERIC-NEXT:     %98 = "arith.constant"() <{value = dense<[1.000000e+00, 2.000000e+00]> : tensor<2xf32>}> {tag} : () -> tensor<2xf32>
// GENERIC-NEXT:     "func.return"(%91, %92, %93, %94, %95, %96, %97, %98) : (i32, i1, index, f16, bf16, f64, vector<4xi32>, tensor<2xf32>) -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-LABEL:  "func.func"() <{function_type = (i32, i32, vector<4xi64>, tensor<?xindex>) -> (i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, vector<4xi64>, vector<4xi64>, tensor<?xindex>, tensor<?xindex>, i32, i32, i32, i32, i32, i32, vector<4xi64>), sym_name = "integer"}> ({
// GENERIC-NEXT:   ^bb0(%arg24: i32, %arg25: i32, %arg26: vector<4xi64>, %arg27: tensor<?xindex>):
// GENERIC-NEXT:     %70 = "arith.addi"(%arg24, %arg25) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
// GENERIC-NEXT:     %71 = "arith.subi"(%arg24, %arg25) <{overflowFlags = #arith.overflow<nsw>}> : (i32, i32) -> i32
// GENERIC-NEXT:     %72 = "arith.muli"(%arg24, %arg25) <{overflowFlags = #arith.overflow<nsw, nuw>}> : (i32, i32) -> i32
// GENERIC-NEXT:     %73 = "arith.divsi"(%arg24, %arg25) : (i32, i32) -> i32
// GENERIC-NEXT:     %74 = "arith.divui"(%arg24, %arg25) {tag = 1 : i64} : (i32, i32) -> i32
// GENERIC-NEXT:     %75 = "arith.remsi"(%arg24, %arg25) : (i32, i32) -> i32
// GENERIC-NEXT:     %76 = "arith.remui"(%arg24, %arg25) : (i32, i32) -> i32
// GENERIC-NEXT:     %77 = "arith.ceildivsi"(%arg24, %arg25) : (i32, i32) -> i32
// GENERIC-NEXT:     %78 = "arith.ceildivui"(%arg24, %arg25) : (i32, i32) -> i32
// GENERIC-NEXT:     %79 = "arith.floordivsi"(%arg24, %arg25) : (i32, i32) -> i32
// GENERIC-NEXT:     %80 = "arith.maxsi"(%arg26, %arg26) : (vector<4xi64>, vector<4xi64>) -> vector<4xi64>
// GENERIC-NEXT:     %81 = "arith.minsi"(%arg26, %arg26) : (vector<4xi64>, vector<4xi64>) -> vector<4xi64>
// GENERIC-NEXT:     %82 = "arith.maxui"(%arg27, %arg27) : (tensor<?xindex>, tensor<?xindex>) -> tensor<?xindex>
// GENERIC-NEXT:     %83 = "arith.minui"(%arg27, %arg27) : (tensor<?xindex>, tensor<?xindex>) -> tensor<?xindex>
// GENERIC-NEXT:     %84 = "arith.andi"(%arg24, %arg25) : (i32, i32) -> i32
// GENERIC-NEXT:     %85 = "arith.ori"(%arg24, %arg25) : (i32, i32) -> i32
// GENERIC-NEXT:     %86 = "arith.xori"(%arg24, %arg25) : (i32, i32) -> i32
// GENERIC-NEXT:     %87 = "arith.shli"(%arg24, %arg25) <{overflowFlags = #arith.overflow<nuw>}> : (i32, i32) -> i32
// GENERIC-NEXT:     %88 = "arith.shrsi"(%arg24, %arg25) : (i32, i32) -> i32
// GENERIC-NEXT:     %89 = "arith.shrui"(%arg24, %arg25) : (i32, i32) -> i32
// GENERIC-NEXT:     %90 = "arith.addi"(%arg26, %arg26) <{overflowFlags = #arith.overflow<none>}> : (vector<4xi64>, vector<4xi64>) -> vector<4xi64>
// GENERIC-NEXT:     "func.return"(%70, %71, %72, %73, %74, %75, %76, %77, %78, %79, %80, %81, %82, %83, %84, %85, %86, %87, %88, %89, %90) : (i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, vector<4xi64>, vector<4xi64>, tensor<?xindex>, tensor<?xindex>, i32, i32, i32, i32, i32, i32, vector<4xi64>) -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-LABEL:  "func.func"() <{function_type = (f32, f32, vector<2xf16>, tensor<bf16>) -> (f32, f32, f32, f32, f32, f32, vector<2xf16>, f32, vector<2xf16>, tensor<bf16>, f32, f32), sym_name = "float"}> ({
// GENERIC-NEXT:   ^bb0(%arg20: f32, %arg21: f32, %arg22: vector<2xf16>, %arg23: tensor<bf16>):
// GENERIC-NEXT:     %58 = "arith.addf"(%arg20, %arg21) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
// GENERIC-NEXT:     %59 = "arith.subf"(%arg20, %arg21) <{fastmath = #arith.fastmath<nnan>}> : (f32, f32) -> f32
// GENERIC-NEXT:     %60 = "arith.mulf"(%arg20, %arg21) <{fastmath = #arith.fastmath<nnan,ninf>}> : (f32, f32) -> f32
// GENERIC-NEXT:     %61 = "arith.divf"(%arg20, %arg21) <{fastmath = #arith.fastmath<fast>}> : (f32, f32) -> f32
// GENERIC-NEXT:     %62 = "arith.remf"(%arg20, %arg21) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
// GENERIC-NEXT:     %63 = "arith.negf"(%arg20) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
// GENERIC-NEXT:     %64 = "arith.negf"(%arg22) <{fastmath = #arith.fastmath<nsz>}> : (vector<2xf16>) -> vector<2xf16>
// GENERIC-NEXT:     %65 = "arith.maximumf"(%arg20, %arg21) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
// GENERIC-NEXT:     %66 = "arith.minimumf"(%arg22, %arg22) <{fastmath = #arith.fastmath<reassoc,contract>}> : (vector<2xf16>, vector<2xf16>) -> vector<2xf16>
// GENERIC-NEXT:     %67 = "arith.maxnumf"(%arg23, %arg23) <{fastmath = #arith.fastmath<none>}> : (tensor<bf16>, tensor<bf16>) -> tensor<bf16>
// GENERIC-NEXT:     %68 = "arith.minnumf"(%arg20, %arg21) <{fastmath = #arith.fastmath<none>}> {tag} : (f32, f32) -> f32
// GENERIC-NEXT:     %69 = "arith.addf"(%arg20, %arg21) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
// GENERIC-NEXT:     "func.return"(%58, %59, %60, %61, %62, %63, %64, %65, %66, %67, %68, %69) : (f32, f32, f32, f32, f32, f32, vector<2xf16>, f32, vector<2xf16>, tensor<bf16>, f32, f32) -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-LABEL:  "func.func"() <{function_type = (i32, index, vector<4xi8>, f32, tensor<2xf64>) -> (i1, i1, i1, i1, i1, i1, i1, i1, vector<4xi1>, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, tensor<2xi1>), sym_name = "compare"}> ({
// GENERIC-NEXT:   ^bb0(%arg15: i32, %arg16: index, %arg17: vector<4xi8>, %arg18: f32, %arg19: tensor<2xf64>):
// GENERIC-NEXT:     %32 = "arith.cmpi"(%arg15, %arg15) <{predicate = 0 : i64}> : (i32, i32) -> i1
// GENERIC-NEXT:     %33 = "arith.cmpi"(%arg16, %arg16) <{predicate = 1 : i64}> : (index, index) -> i1
// GENERIC-NEXT:     %34 = "arith.cmpi"(%arg15, %arg15) <{predicate = 2 : i64}> : (i32, i32) -> i1
// GENERIC-NEXT:     %35 = "arith.cmpi"(%arg15, %arg15) <{predicate = 3 : i64}> : (i32, i32) -> i1
// GENERIC-NEXT:     %36 = "arith.cmpi"(%arg15, %arg15) <{predicate = 4 : i64}> : (i32, i32) -> i1
// GENERIC-NEXT:     %37 = "arith.cmpi"(%arg15, %arg15) <{predicate = 5 : i64}> : (i32, i32) -> i1
// GENERIC-NEXT:     %38 = "arith.cmpi"(%arg15, %arg15) <{predicate = 6 : i64}> : (i32, i32) -> i1
// GENERIC-NEXT:     %39 = "arith.cmpi"(%arg15, %arg15) <{predicate = 7 : i64}> : (i32, i32) -> i1
// GENERIC-NEXT:     %40 = "arith.cmpi"(%arg17, %arg17) <{predicate = 8 : i64}> : (vector<4xi8>, vector<4xi8>) -> vector<4xi1>
// GENERIC-NEXT:     %41 = "arith.cmpi"(%arg15, %arg15) <{predicate = 9 : i64}> {tag} : (i32, i32) -> i1
// GENERIC-NEXT:     %42 = "arith.cmpf"(%arg18, %arg18) <{fastmath = #arith.fastmath<none>, predicate = 0 : i64}> : (f32, f32) -> i1
// GENERIC-NEXT:     %43 = "arith.cmpf"(%arg18, %arg18) <{fastmath = #arith.fastmath<none>, predicate = 1 : i64}> : (f32, f32) -> i1
// GENERIC-NEXT:     %44 = "arith.cmpf"(%arg18, %arg18) <{fastmath = #arith.fastmath<none>, predicate = 2 : i64}> : (f32, f32) -> i1
// GENERIC-NEXT:     %45 = "arith.cmpf"(%arg18, %arg18) <{fastmath = #arith.fastmath<none>, predicate = 3 : i64}> : (f32, f32) -> i1
// GENERIC-NEXT:     %46 = "arith.cmpf"(%arg18, %arg18) <{fastmath = #arith.fastmath<none>, predicate = 4 : i64}> : (f32, f32) -> i1
// GENERIC-NEXT:     %47 = "arith.cmpf"(%arg18, %arg18) <{fastmath = #arith.fastmath<none>, predicate = 5 : i64}> : (f32, f32) -> i1
// GENERIC-NEXT:     %48 = "arith.cmpf"(%arg18, %arg18) <{fastmath = #arith.fastmath<none>, predicate = 6 : i64}> : (f32, f32) -> i1
// GENERIC-NEXT:     %49 = "arith.cmpf"(%arg18, %arg18) <{fastmath = #arith.fastmath<none>, predicate = 7 : i64}> : (f32, f32) -> i1
// GENERIC-NEXT:     %50 = "arith.cmpf"(%arg18, %arg18) <{fastmath = #arith.fastmath<none>, predicate = 8 : i64}> : (f32, f32) -> i1
// GENERIC-NEXT:     %51 = "arith.cmpf"(%arg18, %arg18) <{fastmath = #arith.fastmath<none>, predicate = 9 : i64}> : (f32, f32) -> i1
// GENERIC-NEXT:     %52 = "arith.cmpf"(%arg18, %arg18) <{fastmath = #arith.fastmath<none>, predicate = 10 : i64}> : (f32, f32) -> i1
// GENERIC-NEXT:     %53 = "arith.cmpf"(%arg18, %arg18) <{fastmath = #arith.fastmath<none>, predicate = 11 : i64}> : (f32, f32) -> i1
// GENERIC-NEXT:     %54 = "arith.cmpf"(%arg18, %arg18) <{fastmath = #arith.fastmath<none>, predicate = 12 : i64}> : (f32, f32) -> i1
// GENERIC-NEXT:     %55 = "arith.cmpf"(%arg18, %arg18) <{fastmath = #arith.fastmath<none>, predicate = 13 : i64}> : (f32, f32) -> i1
// GENERIC-NEXT:     %56 = "arith.cmpf"(%arg18, %arg18) <{fastmath = #arith.fastmath<none>, predicate = 14 : i64}> : (f32, f32) -> i1
// GENERIC-NEXT:     %57 = "arith.cmpf"(%arg19, %arg19) <{fastmath = #arith.fastmath<nnan>, predicate = 15 : i64}> : (tensor<2xf64>, tensor<2xf64>) -> tensor<2xi1>
// GENERIC-NEXT:     "func.return"(%32, %33, %34, %35, %36, %37, %38, %39, %40, %41, %42, %43, %44, %45, %46, %47, %48, %49, %50, %51, %52, %53, %54, %55, %56, %57) : (i1, i1, i1, i1, i1, i1, i1, i1, vector<4xi1>, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, tensor<2xi1>) -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-LABEL:  "func.func"() <{function_type = (i1, vector<4xi1>, i32, vector<4xf32>, tensor<2xi8>) -> (i32, vector<4xf32>, tensor<2xi8>), sym_name = "select"}> ({
// GENERIC-NEXT:   ^bb0(%arg10: i1, %arg11: vector<4xi1>, %arg12: i32, %arg13: vector<4xf32>, %arg14: tensor<2xi8>):
// GENERIC-NEXT:     %29 = "arith.select"(%arg10, %arg12, %arg12) : (i1, i32, i32) -> i32
// GENERIC-NEXT:     %30 = "arith.select"(%arg11, %arg13, %arg13) : (vector<4xi1>, vector<4xf32>, vector<4xf32>) -> vector<4xf32>
// GENERIC-NEXT:     %31 = "arith.select"(%arg10, %arg14, %arg14) {tag} : (i1, tensor<2xi8>, tensor<2xi8>) -> tensor<2xi8>
// GENERIC-NEXT:     "func.return"(%29, %30, %31) : (i32, vector<4xf32>, tensor<2xi8>) -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-LABEL:  "func.func"() <{function_type = (i32, index, f32, f16, vector<4xi16>, tensor<?xf64>, memref<4xi32>) -> (i64, vector<4xi32>, i8, i1, f32, f64, f16, bf16, tensor<?xf32>, f16, f16, f16, f32, vector<4xf16>, i64, tensor<?xi8>, index, i64, index, i16, f32, vector<4xbf16>, memref<4xf32>, memref<4xindex>), sym_name = "casts"}> ({
// GENERIC-NEXT:   ^bb0(%arg3: i32, %arg4: index, %arg5: f32, %arg6: f16, %arg7: vector<4xi16>, %arg8: tensor<?xf64>, %arg9: memref<4xi32>):
// GENERIC-NEXT:     %5 = "arith.extsi"(%arg3) : (i32) -> i64
// GENERIC-NEXT:     %6 = "arith.extui"(%arg7) : (vector<4xi16>) -> vector<4xi32>
// GENERIC-NEXT:     %7 = "arith.trunci"(%arg3) <{overflowFlags = #arith.overflow<none>}> : (i32) -> i8
// GENERIC-NEXT:     %8 = "arith.trunci"(%arg3) <{overflowFlags = #arith.overflow<nsw>}> : (i32) -> i1
// GENERIC-NEXT:     %9 = "arith.extf"(%arg6) : (f16) -> f32
// GENERIC-NEXT:     %10 = "arith.extf"(%arg6) <{fastmath = #arith.fastmath<fast>}> : (f16) -> f64
// GENERIC-NEXT:     %11 = "arith.truncf"(%arg5) : (f32) -> f16
// GENERIC-NEXT:     %12 = "arith.truncf"(%arg5) <{roundingmode = 1 : i32}> : (f32) -> bf16
// GENERIC-NEXT:     %13 = "arith.truncf"(%arg8) <{fastmath = #arith.fastmath<nnan>, roundingmode = 2 : i32}> : (tensor<?xf64>) -> tensor<?xf32>
// GENERIC-NEXT:     %14 = "arith.truncf"(%arg5) <{roundingmode = 3 : i32}> : (f32) -> f16
// GENERIC-NEXT:     %15 = "arith.truncf"(%arg5) <{roundingmode = 4 : i32}> : (f32) -> f16
// GENERIC-NEXT:     %16 = "arith.truncf"(%arg5) <{roundingmode = 0 : i32}> : (f32) -> f16
// GENERIC-NEXT:     %17 = "arith.sitofp"(%arg3) : (i32) -> f32
// GENERIC-NEXT:     %18 = "arith.uitofp"(%arg7) : (vector<4xi16>) -> vector<4xf16>
// GENERIC-NEXT:     %19 = "arith.fptosi"(%arg5) : (f32) -> i64
// GENERIC-NEXT:     %20 = "arith.fptoui"(%arg8) : (tensor<?xf64>) -> tensor<?xi8>
// GENERIC-NEXT:     %21 = "arith.index_cast"(%arg3) : (i32) -> index
// GENERIC-NEXT:     %22 = "arith.index_cast"(%arg4) : (index) -> i64
// GENERIC-NEXT:     %23 = "arith.index_castui"(%arg3) : (i32) -> index
// GENERIC-NEXT:     %24 = "arith.index_castui"(%arg4) {tag} : (index) -> i16
// GENERIC-NEXT:     %25 = "arith.bitcast"(%arg3) : (i32) -> f32
// GENERIC-NEXT:     %26 = "arith.bitcast"(%arg7) : (vector<4xi16>) -> vector<4xbf16>
// GENERIC-NEXT:     %27 = "arith.bitcast"(%arg9) : (memref<4xi32>) -> memref<4xf32>
// GENERIC-NEXT:     %28 = "arith.index_cast"(%arg9) : (memref<4xi32>) -> memref<4xindex>
// GENERIC-NEXT:     "func.return"(%5, %6, %7, %8, %9, %10, %11, %12, %13, %14, %15, %16, %17, %18, %19, %20, %21, %22, %23, %24, %25, %26, %27, %28) : (i64, vector<4xi32>, i8, i1, f32, f64, f16, bf16, tensor<?xf32>, f16, f16, f16, f32, vector<4xf16>, i64, tensor<?xi8>, index, i64, index, i16, f32, vector<4xbf16>, memref<4xf32>, memref<4xindex>) -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-LABEL:  "func.func"() <{function_type = (i32, f32, f64) -> (i32, f64, f32, f32, i16), sym_name = "flag_spellings"}> ({
// GENERIC-NEXT:   ^bb0(%arg0: i32, %arg1: f32, %arg2: f64):
// GENERIC-NEXT:     %0 = "arith.addi"(%arg0, %arg0) <{overflowFlags = #arith.overflow<none>}> {predicate = 1 : i64, roundingmode = 2 : i64} : (i32, i32) -> i32
// GENERIC-NEXT:     %1 = "arith.extf"(%arg1) <{fastmath = #arith.fastmath<none>}> : (f32) -> f64
// GENERIC-NEXT:     %2 = "arith.truncf"(%arg2) <{fastmath = #arith.fastmath<none>}> : (f64) -> f32
// GENERIC-NEXT:     %3 = "arith.mulf"(%arg1, %arg1) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
// GENERIC-NEXT:     %4 = "arith.trunci"(%arg0) <{overflowFlags = #arith.overflow<nuw>}> : (i32) -> i16
// GENERIC-NEXT:     "func.return"(%0, %1, %2, %3, %4) : (i32, f64, f32, f32, i16) -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-NEXT: }) : () -> ()
