// Attributes on unregistered ops. mlir-opt sorts attribute dictionaries by
// name, gives untyped integers `i64` and untyped floats `f64`, prints floats
// as `%e` with six digits (hex when that would not read back exactly),
// escapes strings as `\XX` hex, and puts affine maps and sets behind
// `#map`/`#set` aliases.
//
// RUN: opt-tool %s --allow-unregistered-dialect | FileCheck %s
// RUN: opt-tool %s --allow-unregistered-dialect --emit=generic | FileCheck %s --check-prefix=GENERIC
// RUN: opt-tool %s --allow-unregistered-dialect | opt-tool --allow-unregistered-dialect - | FileCheck %s
// RUN: opt-tool %s --allow-unregistered-dialect --emit=generic | opt-tool --allow-unregistered-dialect - | FileCheck %s

func.func @integers() {
  "foo.ints"() {a = 1, b = -1, c = 0 : i8, d = -128 : i8, e = 255 : ui8, f = -5 : si32, g = 7 : index} : () -> ()
  "foo.wide_ints"() {l = 18446744073709551615 : ui64, n = 170141183460469231731687303715884105727 : i128, m = 0x10 : i32, o = -9223372036854775808 : i64} : () -> ()
  "foo.bools"() {h = true, i = false, j = 1 : i1, k = 0 : i1} : () -> ()
  return
}

func.func @floats() {
  "foo.floats"() {a = 1.5, b = -0.0 : f32, c = 1.0e10 : f64, d = 0.1 : f32, o = 100.0 : f32, j = 2.5e-3 : f64, m = 1.0e-300 : f64} : () -> ()
  "foo.small_floats"() {g = 3.0 : f16, h = 1.0 : bf16, n = 0x0001 : f16, p = 1.0 : f80, q = 65504.0 : f16} : () -> ()
  "foo.hex_floats"() {nan = 0x7FC00000 : f32, inf = 0x7FF0000000000000 : f64, ninf = 0xFF800000 : f32, long = 123456789.0 : f64, third = 0.333333333333 : f64} : () -> ()
  "foo.overflow_to_inf"() {a = 1.0e99999 : f32, b = -1.0e400 : f64} : () -> ()
  "foo.precise_floats"() {a = 123456789.5 : f64, b = 1.23456789e-5 : f64, e = 3.14159265358979 : f64, f = 1234567.0 : f32, l = 1.0e-5 : f32, s = 4.9e-324 : f64, g = 0.1 : f16, i = 1.0e100 : f64} : () -> ()
  return
}

func.func @strings() {
  "foo.strings"() {a = "hello", b = "quote\"q", c = "nl\n", d = "tab\t", e = "bs\\", f = "\00\ff", g = "", h = "unicode é", i = "a\7Fb", j = "hex \41\42"} : () -> ()
  return
}

func.func @unit_array_dict() {
  "foo.unit"() {unit, flag = unit} : () -> ()
  "foo.array"() {arr = [1, "two", [3.0 : f32]], empty = [], nested = [[], [[]]]} : () -> ()
  "foo.dict"() {dict = {x = 1, a = "b", z = {nested}}, empty = {}} : () -> ()
  return
}

func.func @type_and_symbol_attrs() {
  "foo.types"() {t = i32, t2 = tensor<4xf32>, t3 = !foo.type, t4 = (i32) -> f32, t5 = memref<?xf32, strided<[?], offset: ?>>} : () -> ()
  "foo.symbols"() {sym = @foo, nsym = @a::@b::@c, qsym = @"with space", qnested = @"x y"::@z, arr = [@a, @b::@c]} : () -> ()
  return
}

func.func @dense() {
  "foo.splat"() {a = dense<1.0> : tensor<4xf32>, d = dense<true> : tensor<3xi1>, j = dense<5> : tensor<i64>, l = dense<0xFF> : tensor<2xi8>, z = dense<0> : vector<4xi32>} : () -> ()
  "foo.lists"() {b = dense<[[1, 2], [3, 4]]> : tensor<2x2xi32>, e = dense<[true, false]> : tensor<2xi1>, g = dense<[1.5, 2.5]> : vector<2xf64>, k = dense<[[1, 2, 3]]> : tensor<1x3xi8>, n = dense<[-1, 0, 1]> : tensor<3xsi8>} : () -> ()
  "foo.hex"() {c = dense<"0x0000803F00000040"> : tensor<2xf32>, i32 = dense<"0x0100000002000000"> : tensor<2xi32>} : () -> ()
  "foo.other"() {f = dense<> : tensor<0xf32>, h = dense<(1.0, 2.0)> : tensor<complex<f32>>, s = dense<["a", "bc"]> : tensor<2x!foo.str>, idx = dense<[0, 7]> : tensor<2xindex>, big = dense<[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]> : tensor<20xi32>} : () -> ()
  return
}

func.func @dense_arrays() {
  "foo.arrays"() {a = array<i64: 1, 2>, b = array<i32>, c = array<f32: 1.0, 2.5>, d = array<i1: true, false>, e = array<i8: -1>, f = array<f64: 0.1>, g = array<i16: 3>} : () -> ()
  return
}

func.func @affine() {
  "foo.maps"() {a = affine_map<(d0, d1) -> (d0 + d1, d0 * 2, d1 mod 4, d0 floordiv 2, d1 ceildiv 3)>, b = affine_map<()[s0] -> (s0)>, c = affine_map<(i, j)[N] -> (i + N, j - 1)>, e = affine_map<() -> (0)>} : () -> ()
  "foo.more_maps"() {f = affine_map<(d0, d1) -> (d1, d0)>, g = affine_map<(d0, d1) -> (d0 + d1, d0 * 2, d1 mod 4, d0 floordiv 2, d1 ceildiv 3)>, h = affine_map<(d0) -> (d0 * 4 + 3, -d0)>} : () -> ()
  "foo.sets"() {s = affine_set<(d0)[s0] : (d0 - 1 >= 0, s0 - d0 == 0)>, t = affine_set<(d0, d1) : (d0 >= 0, d1 - 10 >= 0)>} : () -> ()
  return
}

func.func @strided_and_dialect_attrs() {
  "foo.strided"() {a = strided<[1, ?], offset: ?>, b = strided<[4, 1]>, c = strided<[], offset: 5>} : () -> ()
  "foo.dialect"() {d = #foo.attr<1, "x">, e = #foo<"opaque">, f = #foo.nested<<[1, 2]>>, h = #foo.x, i = #foo.p<{a = 1}>} : () -> ()
  return
}

// CHECK:      #map = affine_map<(d0, d1) -> (d0 + d1, d0 * 2, d1 mod 4, d0 floordiv 2, d1 ceildiv 3)>
// CHECK-NEXT: #map1 = affine_map<()[s0] -> (s0)>
// CHECK-NEXT: #map2 = affine_map<(d0, d1)[s0] -> (d0 + s0, d1 - 1)>
// CHECK-NEXT: #map3 = affine_map<() -> (0)>
// CHECK-NEXT: #map4 = affine_map<(d0, d1) -> (d1, d0)>
// CHECK-NEXT: #map5 = affine_map<(d0) -> (d0 * 4 + 3, -d0)>
// CHECK-NEXT: #set = affine_set<(d0)[s0] : (d0 - 1 >= 0, -d0 + s0 == 0)>
// CHECK-NEXT: #set1 = affine_set<(d0, d1) : (d0 >= 0, d1 - 10 >= 0)>
// CHECK-NEXT: module {
// CHECK-LABEL:  func.func @integers() {
// CHECK-NEXT:     "foo.ints"() {a = 1 : i64, b = -1 : i64, c = 0 : i8, d = -128 : i8, e = 255 : ui8, f = -5 : si32, g = 7 : index} : () -> ()
// CHECK-NEXT:     "foo.wide_ints"() {l = 18446744073709551615 : ui64, m = 16 : i32, n = 170141183460469231731687303715884105727 : i128, o = -9223372036854775808 : i64} : () -> ()
// CHECK-NEXT:     "foo.bools"() {h = true, i = false, j = true, k = false} : () -> ()
// CHECK-NEXT:     return
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @floats() {
// CHECK-NEXT:     "foo.floats"() {a = 1.500000e+00 : f64, b = -0.000000e+00 : f32, c = 1.000000e+10 : f64, d = 1.000000e-01 : f32, j = 2.500000e-03 : f64, m = 1.000000e-300 : f64, o = 1.000000e+02 : f32} : () -> ()
// CHECK-NEXT:     "foo.small_floats"() {g = 3.000000e+00 : f16, h = 1.000000e+00 : bf16, n = 5.960460e-08 : f16, p = 1.000000e+00 : f80, q = 6.550400e+04 : f16} : () -> ()
// CHECK-NEXT:     "foo.hex_floats"() {inf = 0x7FF0000000000000 : f64, long = 0x419D6F3454000000 : f64, nan = 0x7FC00000 : f32, ninf = 0xFF800000 : f32, third = 0.33333333333300003 : f64} : () -> ()
// CHECK-NEXT:     "foo.overflow_to_inf"() {a = 0x7F800000 : f32, b = 0xFFF0000000000000 : f64} : () -> ()
// CHECK-NEXT:     "foo.precise_floats"() {a = 123456789.5 : f64, b = 1.23456789E-5 : f64, e = 3.14159265358979 : f64, f = 0x4996B438 : f32, g = 9.997550e-02 : f16, i = 1.000000e+100 : f64, l = 9.99999974E-6 : f32, s = 4.940660e-324 : f64} : () -> ()
// CHECK-NEXT:     return
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @strings() {
// CHECK-NEXT:     "foo.strings"() {a = "hello", b = "quote\22q", c = "nl\0A", d = "tab\09", e = "bs\\", f = "\00\FF", g = "", h = "unicode \C3\A9", i = "a\7Fb", j = "hex AB"} : () -> ()
// CHECK-NEXT:     return
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @unit_array_dict() {
// CHECK-NEXT:     "foo.unit"() {flag, unit} : () -> ()
// CHECK-NEXT:     "foo.array"() {arr = [1, "two", [3.000000e+00 : f32]], empty = [], nested = {{\[\[}}], {{\[\[}}]]]} : () -> ()
// CHECK-NEXT:     "foo.dict"() {dict = {a = "b", x = 1 : i64, z = {nested}}, empty = {}} : () -> ()
// CHECK-NEXT:     return
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @type_and_symbol_attrs() {
// CHECK-NEXT:     "foo.types"() {t = i32, t2 = tensor<4xf32>, t3 = !foo.type, t4 = (i32) -> f32, t5 = memref<?xf32, strided<[?], offset: ?>>} : () -> ()
// CHECK-NEXT:     "foo.symbols"() {arr = [@a, @b::@c], nsym = @a::@b::@c, qnested = @"x y"::@z, qsym = @"with space", sym = @foo} : () -> ()
// CHECK-NEXT:     return
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @dense() {
// CHECK-NEXT:     "foo.splat"() {a = dense<1.000000e+00> : tensor<4xf32>, d = dense<true> : tensor<3xi1>, j = dense<5> : tensor<i64>, l = dense<-1> : tensor<2xi8>, z = dense<0> : vector<4xi32>} : () -> ()
// CHECK-NEXT:     "foo.lists"() {b = dense<{{\[\[}}1, 2], [3, 4]]> : tensor<2x2xi32>, e = dense<[true, false]> : tensor<2xi1>, g = dense<[1.500000e+00, 2.500000e+00]> : vector<2xf64>, k = dense<{{\[\[}}1, 2, 3]]> : tensor<1x3xi8>, n = dense<[-1, 0, 1]> : tensor<3xsi8>} : () -> ()
// CHECK-NEXT:     "foo.hex"() {c = dense<[1.000000e+00, 2.000000e+00]> : tensor<2xf32>, i32 = dense<[1, 2]> : tensor<2xi32>} : () -> ()
// CHECK-NEXT:     "foo.other"() {big = dense<[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]> : tensor<20xi32>, f = dense<> : tensor<0xf32>, h = dense<(1.000000e+00,2.000000e+00)> : tensor<complex<f32>>, idx = dense<[0, 7]> : tensor<2xindex>, s = dense<["a", "bc"]> : tensor<2x!foo.str>} : () -> ()
// CHECK-NEXT:     return
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @dense_arrays() {
// CHECK-NEXT:     "foo.arrays"() {a = array<i64: 1, 2>, b = array<i32>, c = array<f32: 1.000000e+00, 2.500000e+00>, d = array<i1: true, false>, e = array<i8: -1>, f = array<f64: 1.000000e-01>, g = array<i16: 3>} : () -> ()
// CHECK-NEXT:     return
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @affine() {
// CHECK-NEXT:     "foo.maps"() {a = #map, b = #map1, c = #map2, e = #map3} : () -> ()
// CHECK-NEXT:     "foo.more_maps"() {f = #map4, g = #map, h = #map5} : () -> ()
// CHECK-NEXT:     "foo.sets"() {s = #set, t = #set1} : () -> ()
// CHECK-NEXT:     return
// CHECK-NEXT:   }
// CHECK-LABEL:  func.func @strided_and_dialect_attrs() {
// CHECK-NEXT:     "foo.strided"() {a = strided<[1, ?], offset: ?>, b = strided<[4, 1]>, c = strided<[], offset: 5>} : () -> ()
// CHECK-NEXT:     "foo.dialect"() {d = #foo.attr<1, "x">, e = #foo<"opaque">, f = #foo.nested<<[1, 2]>>, h = #foo.x, i = #foo.p<{a = 1}>} : () -> ()
// CHECK-NEXT:     return
// CHECK-NEXT:   }
// CHECK-NEXT: }

// GENERIC:      #map = affine_map<(d0, d1) -> (d0 + d1, d0 * 2, d1 mod 4, d0 floordiv 2, d1 ceildiv 3)>
// GENERIC-NEXT: #map1 = affine_map<()[s0] -> (s0)>
// GENERIC-NEXT: #map2 = affine_map<(d0, d1)[s0] -> (d0 + s0, d1 - 1)>
// GENERIC-NEXT: #map3 = affine_map<() -> (0)>
// GENERIC-NEXT: #map4 = affine_map<(d0, d1) -> (d1, d0)>
// GENERIC-NEXT: #map5 = affine_map<(d0) -> (d0 * 4 + 3, -d0)>
// GENERIC-NEXT: #set = affine_set<(d0)[s0] : (d0 - 1 >= 0, -d0 + s0 == 0)>
// GENERIC-NEXT: #set1 = affine_set<(d0, d1) : (d0 >= 0, d1 - 10 >= 0)>
// GENERIC-NEXT: "builtin.module"() ({
// GENERIC-LABEL:  "func.func"() <{function_type = () -> (), sym_name = "integers"}> ({
// GENERIC-NEXT:     "foo.ints"() {a = 1 : i64, b = -1 : i64, c = 0 : i8, d = -128 : i8, e = 255 : ui8, f = -5 : si32, g = 7 : index} : () -> ()
// GENERIC-NEXT:     "foo.wide_ints"() {l = 18446744073709551615 : ui64, m = 16 : i32, n = 170141183460469231731687303715884105727 : i128, o = -9223372036854775808 : i64} : () -> ()
// GENERIC-NEXT:     "foo.bools"() {h = true, i = false, j = true, k = false} : () -> ()
// GENERIC-NEXT:     "func.return"() : () -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-LABEL:  "func.func"() <{function_type = () -> (), sym_name = "floats"}> ({
// GENERIC-NEXT:     "foo.floats"() {a = 1.500000e+00 : f64, b = -0.000000e+00 : f32, c = 1.000000e+10 : f64, d = 1.000000e-01 : f32, j = 2.500000e-03 : f64, m = 1.000000e-300 : f64, o = 1.000000e+02 : f32} : () -> ()
// GENERIC-NEXT:     "foo.small_floats"() {g = 3.000000e+00 : f16, h = 1.000000e+00 : bf16, n = 5.960460e-08 : f16, p = 1.000000e+00 : f80, q = 6.550400e+04 : f16} : () -> ()
// GENERIC-NEXT:     "foo.hex_floats"() {inf = 0x7FF0000000000000 : f64, long = 0x419D6F3454000000 : f64, nan = 0x7FC00000 : f32, ninf = 0xFF800000 : f32, third = 0.33333333333300003 : f64} : () -> ()
// GENERIC-NEXT:     "foo.overflow_to_inf"() {a = 0x7F800000 : f32, b = 0xFFF0000000000000 : f64} : () -> ()
// GENERIC-NEXT:     "foo.precise_floats"() {a = 123456789.5 : f64, b = 1.23456789E-5 : f64, e = 3.14159265358979 : f64, f = 0x4996B438 : f32, g = 9.997550e-02 : f16, i = 1.000000e+100 : f64, l = 9.99999974E-6 : f32, s = 4.940660e-324 : f64} : () -> ()
// GENERIC-NEXT:     "func.return"() : () -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-LABEL:  "func.func"() <{function_type = () -> (), sym_name = "strings"}> ({
// GENERIC-NEXT:     "foo.strings"() {a = "hello", b = "quote\22q", c = "nl\0A", d = "tab\09", e = "bs\\", f = "\00\FF", g = "", h = "unicode \C3\A9", i = "a\7Fb", j = "hex AB"} : () -> ()
// GENERIC-NEXT:     "func.return"() : () -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-LABEL:  "func.func"() <{function_type = () -> (), sym_name = "unit_array_dict"}> ({
// GENERIC-NEXT:     "foo.unit"() {flag, unit} : () -> ()
// GENERIC-NEXT:     "foo.array"() {arr = [1, "two", [3.000000e+00 : f32]], empty = [], nested = {{\[\[}}], {{\[\[}}]]]} : () -> ()
// GENERIC-NEXT:     "foo.dict"() {dict = {a = "b", x = 1 : i64, z = {nested}}, empty = {}} : () -> ()
// GENERIC-NEXT:     "func.return"() : () -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-LABEL:  "func.func"() <{function_type = () -> (), sym_name = "type_and_symbol_attrs"}> ({
// GENERIC-NEXT:     "foo.types"() {t = i32, t2 = tensor<4xf32>, t3 = !foo.type, t4 = (i32) -> f32, t5 = memref<?xf32, strided<[?], offset: ?>>} : () -> ()
// GENERIC-NEXT:     "foo.symbols"() {arr = [@a, @b::@c], nsym = @a::@b::@c, qnested = @"x y"::@z, qsym = @"with space", sym = @foo} : () -> ()
// GENERIC-NEXT:     "func.return"() : () -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-LABEL:  "func.func"() <{function_type = () -> (), sym_name = "dense"}> ({
// GENERIC-NEXT:     "foo.splat"() {a = dense<1.000000e+00> : tensor<4xf32>, d = dense<true> : tensor<3xi1>, j = dense<5> : tensor<i64>, l = dense<-1> : tensor<2xi8>, z = dense<0> : vector<4xi32>} : () -> ()
// GENERIC-NEXT:     "foo.lists"() {b = dense<{{\[\[}}1, 2], [3, 4]]> : tensor<2x2xi32>, e = dense<[true, false]> : tensor<2xi1>, g = dense<[1.500000e+00, 2.500000e+00]> : vector<2xf64>, k = dense<{{\[\[}}1, 2, 3]]> : tensor<1x3xi8>, n = dense<[-1, 0, 1]> : tensor<3xsi8>} : () -> ()
// GENERIC-NEXT:     "foo.hex"() {c = dense<[1.000000e+00, 2.000000e+00]> : tensor<2xf32>, i32 = dense<[1, 2]> : tensor<2xi32>} : () -> ()
// GENERIC-NEXT:     "foo.other"() {big = dense<[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]> : tensor<20xi32>, f = dense<> : tensor<0xf32>, h = dense<(1.000000e+00,2.000000e+00)> : tensor<complex<f32>>, idx = dense<[0, 7]> : tensor<2xindex>, s = dense<["a", "bc"]> : tensor<2x!foo.str>} : () -> ()
// GENERIC-NEXT:     "func.return"() : () -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-LABEL:  "func.func"() <{function_type = () -> (), sym_name = "dense_arrays"}> ({
// GENERIC-NEXT:     "foo.arrays"() {a = array<i64: 1, 2>, b = array<i32>, c = array<f32: 1.000000e+00, 2.500000e+00>, d = array<i1: true, false>, e = array<i8: -1>, f = array<f64: 1.000000e-01>, g = array<i16: 3>} : () -> ()
// GENERIC-NEXT:     "func.return"() : () -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-LABEL:  "func.func"() <{function_type = () -> (), sym_name = "affine"}> ({
// GENERIC-NEXT:     "foo.maps"() {a = #map, b = #map1, c = #map2, e = #map3} : () -> ()
// GENERIC-NEXT:     "foo.more_maps"() {f = #map4, g = #map, h = #map5} : () -> ()
// GENERIC-NEXT:     "foo.sets"() {s = #set, t = #set1} : () -> ()
// GENERIC-NEXT:     "func.return"() : () -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-LABEL:  "func.func"() <{function_type = () -> (), sym_name = "strided_and_dialect_attrs"}> ({
// GENERIC-NEXT:     "foo.strided"() {a = strided<[1, ?], offset: ?>, b = strided<[4, 1]>, c = strided<[], offset: 5>} : () -> ()
// GENERIC-NEXT:     "foo.dialect"() {d = #foo.attr<1, "x">, e = #foo<"opaque">, f = #foo.nested<<[1, 2]>>, h = #foo.x, i = #foo.p<{a = 1}>} : () -> ()
// GENERIC-NEXT:     "func.return"() : () -> ()
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-NEXT: }) : () -> ()
