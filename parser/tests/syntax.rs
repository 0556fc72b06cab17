//! What each area of the syntax parses to: goldens of the printed generic form (with
//! locations) and of the interned type/attribute structures.

mod common;

use common::{body_ops, generic, parse_in};
use expect_test::expect;
use ir::{AttrKind, Context, Ir};

/// The `Debug` of the result type of the single op in `text`.
fn result_type_debug(text: &str) -> String {
    let ctx = Context::new();
    let mut ir = Ir::new();
    let m = parse_in(&ctx, &mut ir, text, true).unwrap_or_else(|d| panic!("{d:?}"));
    let op = body_ops(&ir, m)[0];
    let ty = ir.value_type(ir.result(op, 0));
    let mut s = format!("{:?}", ctx.type_kind(ty));
    // Spell out attributes referenced by the type.
    if let ir::TypeKind::MemRef {
        layout,
        memory_space,
        ..
    } = ctx.type_kind(ty)
    {
        for a in [layout, memory_space].into_iter().flatten() {
            s.push_str(&format!("\n{:?}", ctx.attr_kind(*a)));
        }
    }
    s
}

/// The `Debug` of attribute `a` of the single op in `text`.
fn attr_debug(text: &str) -> String {
    let ctx = Context::new();
    let mut ir = Ir::new();
    let m = parse_in(&ctx, &mut ir, text, true).unwrap_or_else(|d| panic!("{d:?}"));
    let op = body_ops(&ir, m)[0];
    let a = ir.attr(&ctx, op, "a").expect("attribute a");
    let kind = ctx.attr_kind(a);
    match kind {
        AttrKind::Float { bits, ty } => {
            format!("Float {} : {:?}", f64::from_bits(*bits), ctx.type_kind(*ty))
        }
        AttrKind::Integer { value, ty } => format!("Integer {value} : {:?}", ctx.type_kind(*ty)),
        AttrKind::DenseElements { ty, splat, data } => {
            format!(
                "Dense splat={splat} {:?} : {:?}",
                data,
                ir::print::print_type(&ctx, *ty)
            )
        }
        other => format!("{other:?}"),
    }
}

#[test]
fn memref_type_structure() {
    expect![[r#"
        MemRef { shape: [4, -9223372036854775808], elem: Type(0), layout: Some(Attribute(1)), memory_space: Some(Attribute(2)) }
        Strided { strides: [-9223372036854775808, 1], offset: -9223372036854775808 }
        Integer { value: 1, ty: Type(1) }"#]]
    .assert_eq(&result_type_debug(r#""foo.a"() : () -> memref<4x?xf32, strided<[?, 1], offset: ?>, 1>"#));
}

#[test]
fn shapes_split_like_mlir() {
    expect![[r#"RankedTensor { shape: [0, 1, 2], elem: Type(0), encoding: None }"#]]
        .assert_eq(&result_type_debug(r#""foo.a"() : () -> tensor<0x1x2xf32>"#));
    expect![[r#"RankedTensor { shape: [0], elem: Type(0), encoding: None }"#]]
        .assert_eq(&result_type_debug(r#""foo.a"() : () -> tensor<0xf32>"#));
    expect![[r#"Vector { shape: [4, 8], scalable: [false, true], elem: Type(0) }"#]]
        .assert_eq(&result_type_debug(r#""foo.a"() : () -> vector<4x[8]xf32>"#));
    expect![[r#"
        MemRef { shape: [2], elem: Type(0), layout: Some(Attribute(1)), memory_space: None }
        AffineMap(AffineMap { num_dims: 1, num_symbols: 0, results: [Add(Dim(0), Const(1))] })"#]]
    .assert_eq(&result_type_debug(
        r#""foo.a"() : () -> memref<2xf32, affine_map<(d0) -> (d0 + 1)>>"#,
    ));
}

#[test]
fn types_round_trip_through_the_printer() {
    let ctx = Context::new();
    let text = r#"!alias = !llvm.struct<(i32, ptr)>
"foo.a"() : () -> (i1, si8, ui16, i64, index, f16, bf16, f32, f64, f80, f128, tf32, f8E5M2, f8E4M3FN, none)
"foo.b"() : () -> (complex<f32>, tuple<i32, f32>, tuple<>, (i32, f32) -> i64, () -> ())
"foo.c"() : () -> (tensor<2x?xf32>, tensor<*xf32>, tensor<f32>, tensor<4xf32, #foo.enc<"x">>, memref<*xf32, 1>, memref<f32>, vector<f32>, vector<[4]xi8>)
"foo.d"() : () -> (!alias, !foo<"opaque">, !foo.bar, !foo.bar<[1, {a}], "x>">)
"#;
    expect![[r#"
        "builtin.module"() ({
          %0:15 = "foo.a"() : () -> (i1, si8, ui16, i64, index, f16, bf16, f32, f64, f80, f128, tf32, f8E5M2, f8E4M3FN, none) loc(#loc1)
          %1:5 = "foo.b"() : () -> (complex<f32>, tuple<i32, f32>, tuple<>, (i32, f32) -> i64, () -> ()) loc(#loc2)
          %2:8 = "foo.c"() : () -> (tensor<2x?xf32>, tensor<*xf32>, tensor<f32>, tensor<4xf32, #foo.enc<"x">>, memref<*xf32, 1>, memref<f32>, vector<f32>, vector<[4]xi8>) loc(#loc3)
          %3:4 = "foo.d"() : () -> (!llvm.struct<(i32, ptr)>, !foo<"opaque">, !foo.bar, !foo.bar<[1, {a}], "x>">) loc(#loc4)
        }) : () -> () loc(#loc)
        #loc = loc("t.mlir":0:0)
        #loc1 = loc("t.mlir":2:1)
        #loc2 = loc("t.mlir":3:1)
        #loc3 = loc("t.mlir":4:1)
        #loc4 = loc("t.mlir":5:1)
    "#]]
    .assert_eq(&generic(&ctx, text));
}

#[test]
fn attributes() {
    let ctx = Context::new();
    let text = r#"#map = affine_map<(d0, d1)[s0] -> (d0 + s0 * 2, d1 floordiv 4)>
#set = affine_set<(d0)[s0] : (d0 - s0 >= 0, d0 == 0)>
"foo.a"() {unit, b = true, c = false, i = 42, n = -7 : i8, h = 0xFF : i32, f = 1.5, g = 2.5e-1 : f32,
  s = "str\n\"q\"\41", st = "t" : i32, arr = [1 : i32, "x", [], {}], d = {k = 1, "quoted key" = 2, u},
  ty = i32, fty = (i32) -> f32, sym = @a::@b::@"c d", m = #map, m2 = affine_map<() -> (0)>, set = #set,
  da = array<i64: 1, -2>, df = array<f32: 1.0, 2.5>, de = array<i32>, sd = strided<[?, 1], offset: ?>, s2 = strided<[4, 1]>,
  op = #foo.bar<"x", [1, 2]>, op2 = #foo<"opaque">, lc = loc("x":1:2)} : () -> ()
"#;
    expect![[r##"
        #map = affine_map<(d0, d1)[s0] -> (d0 + s0 * 2, d1 floordiv 4)>
        #map1 = affine_map<() -> (0)>
        #set = affine_set<(d0)[s0] : (d0 - s0 >= 0, d0 == 0)>
        "builtin.module"() ({
          "foo.a"() {arr = [1 : i32, "x", [], {}], b = true, c = false, d = {k = 1 : i64, "quoted key" = 2 : i64, u}, da = array<i64: 1, -2>, de = array<i32>, df = array<f32: 1.000000e+00, 2.500000e+00>, f = 1.500000e+00 : f64, fty = (i32) -> f32, g = 2.500000e-01 : f32, h = 255 : i32, i = 42 : i64, lc = loc("x":1:2), m = #map, m2 = #map1, n = -7 : i8, op = #foo.bar<"x", [1, 2]>, op2 = #foo<"opaque">, s = "str\0A\22q\22A", s2 = strided<[4, 1]>, sd = strided<[?, 1], offset: ?>, set = #set, st = "t" : i32, sym = @a::@b::@"c d", ty = i32, unit} : () -> () loc(#loc1)
        }) : () -> () loc(#loc)
        #loc = loc("t.mlir":0:0)
        #loc1 = loc("t.mlir":3:1)
    "##]]
    .assert_eq(&generic(&ctx, text));
}

#[test]
fn number_attributes() {
    expect![[r#"Float NaN : Float(F32)"#]].assert_eq(&attr_debug(
        r#""foo.a"() {a = 0x7FC00000 : f32} : () -> ()"#,
    ));
    expect![[r#"Float 1 : Float(F16)"#]]
        .assert_eq(&attr_debug(r#""foo.a"() {a = 0x3C00 : f16} : () -> ()"#));
    expect![[r#"Float 0.10000000149011612 : Float(F32)"#]]
        .assert_eq(&attr_debug(r#""foo.a"() {a = 0.1 : f32} : () -> ()"#));
    expect![[r#"Float -0 : Float(F16)"#]]
        .assert_eq(&attr_debug(r#""foo.a"() {a = -0.0 : f16} : () -> ()"#));
    expect![[r#"Float inf : Float(F64)"#]]
        .assert_eq(&attr_debug(r#""foo.a"() {a = 1.0e400} : () -> ()"#));
    expect![[r#"Integer -1 : Integer { width: 8, signedness: Signless }"#]]
        .assert_eq(&attr_debug(r#""foo.a"() {a = 255 : i8} : () -> ()"#));
    expect![[r#"Integer -128 : Integer { width: 8, signedness: Signed }"#]]
        .assert_eq(&attr_debug(r#""foo.a"() {a = -128 : si8} : () -> ()"#));
    expect![[r#"Integer 1 : Integer { width: 1, signedness: Signless }"#]]
        .assert_eq(&attr_debug(r#""foo.a"() {a = 1 : i1} : () -> ()"#));
    expect![[r#"Integer 5 : Index"#]]
        .assert_eq(&attr_debug(r#""foo.a"() {a = 5 : index} : () -> ()"#));
}

#[test]
fn dense_attributes() {
    let check = |text: &str, e: expect_test::Expect| {
        e.assert_eq(&attr_debug(&format!(
            "\"foo.a\"() {{a = {text}}} : () -> ()"
        )))
    };
    check(
        "dense<[[1, 2], [3, 4]]> : tensor<2x2xi32>",
        expect![[r#"Dense splat=false Int([1, 2, 3, 4]) : "tensor<2x2xi32>""#]],
    );
    check(
        "dense<[1, 1, 1]> : tensor<3xi32>",
        expect![[r#"Dense splat=true Int([1]) : "tensor<3xi32>""#]],
    );
    check(
        "dense<-1.5> : tensor<2x3xf32>",
        expect![[r#"Dense splat=true Float([13832806255468478464]) : "tensor<2x3xf32>""#]],
    );
    check(
        "dense<[true, false]> : vector<2xi1>",
        expect![[r#"Dense splat=false Int([1, 0]) : "vector<2xi1>""#]],
    );
    check(
        "dense<[1.0, 2.0]> : tensor<2xf32>",
        expect![[
            r#"Dense splat=false Float([4607182418800017408, 4611686018427387904]) : "tensor<2xf32>""#
        ]],
    );
    check(
        "dense<(1, 2)> : tensor<2xcomplex<i32>>",
        expect![[r#"Dense splat=true ComplexInt([(1, 2)]) : "tensor<2xcomplex<i32>>""#]],
    );
    check(
        r#"dense<"0x01020304"> : tensor<2xi16>"#,
        expect![[r#"Dense splat=false Int([513, 1027]) : "tensor<2xi16>""#]],
    );
    check(
        r#"dense<"0x0000803F"> : tensor<4xf32>"#,
        expect![[r#"Dense splat=true Float([4607182418800017408]) : "tensor<4xf32>""#]],
    );
    check(
        r#"dense<["a", "b"]> : tensor<2x!foo.string>"#,
        expect![[r#"Dense splat=false String([[97], [98]]) : "tensor<2x!foo.string>""#]],
    );
    check(
        "dense<> : tensor<0xi32>",
        expect![[r#"Dense splat=false Int([]) : "tensor<0xi32>""#]],
    );
    check(
        "dense<[]> : tensor<0xi32>",
        expect![[r#"Dense splat=false Int([]) : "tensor<0xi32>""#]],
    );
}

#[test]
fn ops_regions_blocks_and_forward_references() {
    let ctx = Context::new();
    let text = r#"%0:2, %1 = "foo.a"() : () -> (i32, f32, i64)
"foo.b"(%0#1, %0, %later) <{p = 1 : i32}> ({
^bb0(%a: i32 loc("arg":1:2), %b: f32):
  "foo.br"(%b) [^bb2] : (f32) -> ()
^bb2(%c: f32):
  "foo.use"(%a, %c, %1) : (i32, f32, i64) -> ()
}, {
}, {
  "foo.entry"() : () -> ()
}) {attr = "x"} : (f32, i32, i8) -> () loc("named"("f":3:4))
%later = "foo.c"() : () -> i8
"#;
    expect![[r##"
        #loc3 = loc("arg":1:2)
        #loc4 = loc("t.mlir":3:30)
        #loc6 = loc("t.mlir":5:6)
        "builtin.module"() ({
          %0:3 = "foo.a"() : () -> (i32, f32, i64) loc(#loc1)
          "foo.b"(%0#1, %0#0, %1) <{p = 1 : i32}> ({
          ^bb0(%arg0: i32 loc("arg":1:2), %arg1: f32 loc("t.mlir":3:30)):
            "foo.br"(%arg1)[^bb1] : (f32) -> () loc(#loc5)
          ^bb1(%2: f32 loc("t.mlir":5:6)):  // pred: ^bb0
            "foo.use"(%arg0, %2, %0#2) : (i32, f32, i64) -> () loc(#loc7)
          }, {
          }, {
            "foo.entry"() : () -> () loc(#loc8)
          }) {attr = "x"} : (f32, i32, i8) -> () loc(#loc10)
          %1 = "foo.c"() : () -> i8 loc(#loc9)
        }) : () -> () loc(#loc)
        #loc = loc("t.mlir":0:0)
        #loc1 = loc("t.mlir":1:12)
        #loc2 = loc("f":3:4)
        #loc5 = loc("t.mlir":4:3)
        #loc7 = loc("t.mlir":6:3)
        #loc8 = loc("t.mlir":9:3)
        #loc9 = loc("t.mlir":11:10)
        #loc10 = loc("named"(#loc2))
    "##]]
    .assert_eq(&generic(&ctx, text));
}

#[test]
fn single_module_is_the_result() {
    let ctx = Context::new();
    let text =
        "\"builtin.module\"() ({\n  \"foo.a\"() : () -> ()\n}) {sym_name = \"m\"} : () -> ()\n";
    expect![[r#"
        "builtin.module"() ({
          "foo.a"() : () -> () loc(#loc1)
        }) {sym_name = "m"} : () -> () loc(#loc)
        #loc = loc("t.mlir":1:1)
        #loc1 = loc("t.mlir":2:3)
    "#]]
    .assert_eq(&generic(&ctx, text));
}

#[test]
fn locations_and_forward_location_aliases() {
    let ctx = Context::new();
    let text = r#""foo.a"() ({
^bb0(%x: i32 loc(#loc2)):
  "foo.b"() : () -> () loc(#loc3)
}) : () -> () loc(#loc1)
"foo.c"() : () -> () loc(fused<#foo.meta>[unknown, "a":1:2 to 3:4, "b":5:6 to :9, "line":7])
"foo.d"() : () -> () loc(callsite("callee" at "caller":1:1))
#loc1 = loc("file.mlir":10:20)
#loc2 = loc("arg"(#loc1))
#loc3 = loc(fused[#loc1, #loc2])
"#;
    expect![[r##"
        #loc1 = loc("file.mlir":10:20)
        #loc8 = loc("arg"(#loc1))
        "builtin.module"() ({
          "foo.a"() ({
          ^bb0(%arg0: i32 loc("arg"(#loc1))):
            "foo.b"() : () -> () loc(#loc11)
          }) : () -> () loc(#loc1)
          "foo.c"() : () -> () loc(#loc9)
          "foo.d"() : () -> () loc(#loc10)
        }) : () -> () loc(#loc)
        #loc = loc("t.mlir":0:0)
        #loc2 = loc(unknown)
        #loc3 = loc("a":1:2 to 3:4)
        #loc4 = loc("b":5:6 to :9)
        #loc5 = loc("line":7:0)
        #loc6 = loc("callee")
        #loc7 = loc("caller":1:1)
        #loc9 = loc(fused<#foo.meta>[#loc2, #loc3, #loc4, #loc5])
        #loc10 = loc(callsite(#loc6 at #loc7))
        #loc11 = loc(fused[#loc1, #loc8])
    "##]]
    .assert_eq(&generic(&ctx, text));
}

#[test]
fn nested_regions_see_outer_names_but_not_after() {
    let ctx = Context::new();
    let ok = "%x = \"foo.a\"() : () -> i32\n\"foo.r\"() ({\n  \"foo.u\"(%x) : (i32) -> ()\n  %y = \"foo.d\"() : () -> i32\n}) : () -> ()\n";
    assert!(!generic(&ctx, ok).contains("error"));
    let bad = format!("{ok}\"foo.u\"(%y) : (i32) -> ()\n");
    expect![[r#"
        6:9-6:11: error: use of undeclared SSA value name
    "#]]
    .assert_eq(&generic(&ctx, &bad));
}
