//! Error messages (mlir-opt 22's wording where it has one) and their byte spans.

mod common;

use common::errors;
use expect_test::expect;

fn check(text: &str, expect: expect_test::Expect) {
    let ctx = ir::Context::new();
    expect.assert_eq(&errors(&ctx, text, true));
}

#[test]
fn undeclared_value() {
    check(
        r#""foo.bar"(%x) : (i32) -> ()"#,
        expect![[r#"
            1:11-1:13: error: use of undeclared SSA value name
        "#]],
    );
}

#[test]
fn redefinition() {
    check(
        "%x = \"foo.a\"() : () -> i32\n%x = \"foo.a\"() : () -> i32\n",
        expect![[r#"
            2:1-2:3: error: redefinition of SSA value '%x'
              1:1-1:3: note: previously defined here
        "#]],
    );
}

#[test]
fn result_count_mismatch() {
    check(
        r#"%x = "foo.a"() : () -> (i32, i32)"#,
        expect![[r#"
            1:1-1:3: error: operation defines 2 results but was provided 1 to bind
        "#]],
    );
    check(
        r#"%x:2 = "foo.a"() : () -> i32"#,
        expect![[r#"
            1:1-1:3: error: operation defines 1 results but was provided 2 to bind
        "#]],
    );
}

#[test]
fn type_mismatch_between_uses() {
    check(
        "\"foo.a\"(%x, %x) : (i32, f32) -> ()\n%x = \"foo.a\"() : () -> i32\n",
        expect![[r#"
            1:13-1:15: error: use of value '%x' expects different type than prior uses: 'f32' vs 'i32'
              1:9-1:11: note: prior use here
        "#]],
    );
    check(
        "\"foo.a\"(%x) : (f32) -> ()\n%x = \"foo.a\"() : () -> i32\n",
        expect![[r#"
            2:1-2:3: error: definition of SSA value '%x#0' has type 'i32'
              1:9-1:11: note: previously used here with type 'f32'
        "#]],
    );
}

#[test]
fn undefined_block() {
    check(
        r#""foo.a"() ({ "foo.b"() [^bb1] : () -> () }) : () -> ()"#,
        expect![[r#"
            1:25-1:29: error: reference to an undefined block
        "#]],
    );
    check(
        "\"foo.a\"() ({\n^bb0:\n\"foo.b\"() : () -> ()\n^bb0:\n\"foo.b\"() : () -> ()\n}) : () -> ()",
        expect![[r#"
            4:1-4:5: error: redefinition of block '^bb0'
        "#]],
    );
}

#[test]
fn expected_tokens() {
    check(
        r#""foo.a"(%x : () -> ()"#,
        expect![[r#"
            1:11: error: expected ')' to end operand list, found ':'
        "#]],
    );
    check(
        "\"foo.a\"()\n",
        expect![[r#"
            1:10: error: expected ':' followed by operation type
        "#]],
    );
    check(
        r#""foo.a"() : () -> "#,
        expect![[r#"
            1:18: error: expected non-function type
        "#]],
    );
    check(
        r#""foo.a"() : i32"#,
        expect![[r#"
            1:13-1:16: error: expected function type
        "#]],
    );
    check(
        r#""foo.a"() : (i32) -> ()"#,
        expect![[r#"
            1:13-1:24: error: expected 0 operand types but had 1
        "#]],
    );
    check(
        r#""foo.a"() : () -> i32 , "#,
        expect![[r#"
            1:22: error: expected operation name in quotes, found ','
        "#]],
    );
}

#[test]
fn lexer_errors() {
    check(
        r#""foo.a"() : () -> !foo.a<]>"#,
        expect![[r#"
            1:25-1:26: error: unbalanced '<' character in pretty dialect name
        "#]],
    );
    check(
        r#""foo.a"() {a = "a\q"} : () -> ()"#,
        expect![[r#"
            1:18-1:19: error: unknown escape in string literal
        "#]],
    );
    check(
        "\"foo.a\"() {a = \"abc\n} : () -> ()",
        expect![[r#"
            1:20: error: expected '"' in string literal
        "#]],
    );
    check(
        "\"foo.a\"() : () -> () $",
        expect![[r#"
            1:22-1:23: error: unexpected character
        "#]],
    );
}

#[test]
fn attribute_errors() {
    check(
        r#""foo.a"() {a = 1, a = 2} : () -> ()"#,
        expect![[r#"
            1:19-1:20: error: duplicate key 'a' in dictionary attribute
        "#]],
    );
    check(
        r#""foo.a"() {"" = 1} : () -> ()"#,
        expect![[r#"
            1:12-1:14: error: expected valid attribute name
        "#]],
    );
    check(
        r#""foo.a"() {a = } : () -> ()"#,
        expect![[r#"
            1:15: error: expected attribute value, found '}'
        "#]],
    );
    check(
        r#""foo.a"() {a = 300 : i8} : () -> ()"#,
        expect![[r#"
            1:16-1:19: error: integer constant out of range for attribute
        "#]],
    );
    check(
        r#""foo.a"() {a = 1 : f32} : () -> ()"#,
        expect![[r#"
            1:16-1:17: error: unexpected decimal integer literal for a floating point value
              1:16-1:17: note: add a trailing dot to make the literal a float
        "#]],
    );
    check(
        r#""foo.a"() {a = #x} : () -> ()"#,
        expect![[r#"
            1:18: error: undefined symbol alias id 'x'
        "#]],
    );
    check(
        "#x.y = 1",
        expect![[r#"
            1:1-1:5: error: attribute names with a '.' are reserved for dialect-defined names
        "#]],
    );
    check(
        r#""foo.a"() {a = dense<[1, 2]> : tensor<3xi32>} : () -> ()"#,
        expect![[r#"
            1:16-1:21: error: inferred shape of elements literal ([2]) does not match type ([3])
        "#]],
    );
    check(
        r#""foo.a"() {a = dense<[[1], 2]> : tensor<2xi32>} : () -> ()"#,
        expect![[r#"
            1:29-1:30: error: tensor literal is invalid; ranks are not consistent between elements
        "#]],
    );
    check(
        r#""foo.a"() {a = dense<"0x0102"> : tensor<2xi1>} : () -> ()"#,
        expect![[r#"
            1:16-1:21: error: elements hex data size is invalid for provided type: 'tensor<2xi1>'
        "#]],
    );
    check(
        r#""foo.a"() {a = affine_map<(d0) -> (d1)>} : () -> ()"#,
        expect![[r#"
            1:36: error: use of undeclared identifier
        "#]],
    );
    check(
        r#""foo.a"() {a = affine_map<(d0, d1) -> (d0 * d1)>} : () -> ()"#,
        expect![[r#"
            1:43-1:44: error: non-affine expression: at least one of the multiply operands has to be either a constant or symbolic
        "#]],
    );
}

#[test]
fn type_errors() {
    check(
        r#""foo.a"() : () -> i99999999"#,
        expect![[r#"
            1:19-1:28: error: integer bitwidth is limited to 16777215 bits
        "#]],
    );
    check(
        r#""foo.a"() : () -> tensor<4f32>"#,
        expect![[r#"
            1:27: error: expected 'x' in dimension list, found 'f32'
        "#]],
    );
    check(
        r#""foo.a"() : () -> vector<?xf32>"#,
        expect![[r#"
            1:26: error: expected non-function type, found '?'
        "#]],
    );
    check(
        r#""foo.a"() : () -> !x"#,
        expect![[r#"
            1:20: error: undefined symbol alias id 'x'
        "#]],
    );
}

#[test]
fn locations() {
    check(
        r#""foo.a"() : () -> () loc(#l)"#,
        expect![[r#"
            1:26-1:28: error: operation location alias was never defined
        "#]],
    );
    check(
        "\"foo.a\"() : () -> () loc(#l)\n#l = \"x\"\n",
        expect![[r#"
            1:26-1:28: error: expected location, but found '"x"'
        "#]],
    );
    check(
        r#""foo.a"() : () -> () loc("f":1 to 3)"#,
        expect![[r#"
            1:31: error: expected ')' in location, found 'to'
        "#]],
    );
}

#[test]
fn unregistered() {
    let ctx = ir::Context::new();
    expect![[r#"
        1:10-1:11: error: operation being parsed with an unregistered dialect. If this is intended, please use -allow-unregistered-dialect with the MLIR tool used
    "#]]
    .assert_eq(&errors(&ctx, r#""foo.bar"() : () -> ()"#, false));
    // (A bare context registers no dialect, not even builtin: MLIR's wording for that.)
    check(
        "foo.bar",
        expect![[r#"
            1:1-1:8: error: Dialect `foo' not found for custom op 'foo.bar' 
              1:1-1:8: note: Available dialects:  ; for more info on dialect registration see https://mlir.llvm.org/getting_started/Faq/#registered-loaded-dependent-whats-up-with-dialects-management
        "#]],
    );
    check(
        "return",
        expect![[r#"
            1:1-1:7: error: Dialect `builtin' not found for custom op 'return'  (tried 'builtin.return' as well)
              1:1-1:7: note: Available dialects:  ; for more info on dialect registration see https://mlir.llvm.org/getting_started/Faq/#registered-loaded-dependent-whats-up-with-dialects-management
        "#]],
    );
}

#[test]
fn unregistered_types_and_attributes() {
    let ctx = ir::Context::new();
    expect![[r#"
        1:11: error: `!"foo"<"t<1>">` type created with unregistered dialect. If this is intended, please call allowUnregisteredDialects() on the MLIRContext, or use -allow-unregistered-dialect with the MLIR opt tool used
    "#]]
    .assert_eq(&errors(&ctx, "!t = !foo.t<1>", false));
    expect![[r#"
        1:6: error: #"foo"<""x""> : 'none' attribute created with unregistered dialect. If this is intended, please call allowUnregisteredDialects() on the MLIRContext, or use -allow-unregistered-dialect with the MLIR opt tool used
    "#]]
    .assert_eq(&errors(&ctx, "#a = #foo<\"x\">", false));
}

#[test]
fn lexer_errors_in_mlir_words() {
    check(
        "\"foo.a\"() {a = @0} : () -> ()",
        expect![[r#"
            1:17: error: @ identifier expected to start with letter or '_'
        "#]],
    );
    check(
        "\"foo.a\"() {a = #} : () -> ()",
        expect![[r#"
            1:16-1:17: error: invalid attribute name
        "#]],
    );
    check(
        "\"foo.a\"(%) : () -> ()",
        expect![[r#"
            1:9-1:10: error: invalid SSA name
        "#]],
    );
    check(
        "\"foo.a\"() : () -> () . ",
        expect![[r#"
            1:23: error: expected three consecutive dots for an ellipsis
        "#]],
    );
}

#[test]
fn wrong_token_errors_point_after_the_previous_text() {
    // As MLIR's `emitWrongTokenError`: back over blank lines and a `//` comment.
    check(
        "\"foo.a\"() : // the type\n\n  \n\"foo.b\"() : () -> ()\n",
        expect![[r#"
            1:12: error: expected non-function type, found '"foo.b"'
        "#]],
    );
    // With nothing before the token, the token itself.
    check(
        "\n  )",
        expect![[r#"
            2:3: error: expected operation name in quotes, found ')'
        "#]],
    );
    // At the end of the input, mlir-opt starts from its last character.
    check(
        "\"foo.a\"() : () -> !x",
        expect![[r#"
            1:20: error: undefined symbol alias id 'x'
        "#]],
    );
}

#[test]
fn recovery_reports_several_errors_without_cascades() {
    check(
        "%a = \"foo.a\"(%nope) : (i32) -> i32\n\"foo.b\"(%a) : (i32) -> ()\n%c = \"foo.c\"() : () -> \n\"foo.d\"(%c) : (i32) -> ()\n\"foo.e\"() : () -> i32 {\n",
        expect![[r#"
            3:23: error: expected non-function type, found '"foo.d"'
            5:22: error: expected operation name in quotes, found '{'
            1:14-1:19: error: use of undeclared SSA value name
        "#]],
    );
}

#[test]
fn nesting_is_capped() {
    let ctx = ir::Context::new();
    let deep = format!(
        "\"foo.a\"() {{a = {}1{}}} : () -> ()",
        "[".repeat(5000),
        "]".repeat(5000)
    );
    let got = errors(&ctx, &deep, true);
    assert!(got.contains("nesting too deep"), "{got}");
    let mut regions = String::new();
    for _ in 0..2000 {
        regions.push_str("\"foo.a\"() ({\n");
    }
    let got = errors(&ctx, &regions, true);
    assert!(got.contains("nesting too deep"), "{got}");
}

#[test]
fn dense_float_elements_need_a_dot() {
    check(
        r#""foo.a"() {a = dense<[1.0, 2]> : tensor<2xf32>} : () -> ()"#,
        expect![[r#"
            1:28-1:29: error: unexpected decimal integer literal for a floating point value
              1:28-1:29: note: add a trailing dot to make the literal a float
        "#]],
    );
}

#[test]
fn forward_location_alias_defined_twice() {
    check(
        "\"foo.a\"() : () -> () loc(#l)\n#l = loc(unknown)\n#l = loc(unknown)\n",
        expect![[r#"
            3:1-3:3: error: redefinition of attribute alias id 'l'
        "#]],
    );
}
