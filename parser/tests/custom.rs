//! Custom op forms through `ir::asm::AsmParser`, with small op definitions of our own:
//! name resolution (default dialect), isolated-from-above scoping, entry arguments,
//! result binding.

mod common;

use common::{errors, generic};
use expect_test::expect;
use ir::asm::{AsmParser, PResult, Punct};
use ir::dialect::{CustomAsm, Dialect, OpDef, Trait};
use ir::{Context, OperationState};

fn no_print(_: &mut ir::print::AsmPrinter<'_>, _: ir::OpId) {}

const fn def(name: &'static str, traits: &'static [Trait], parse: ParseFn) -> OpDef {
    OpDef {
        name,
        summary: "",
        operands: &[],
        results: &[],
        attributes: &[],
        regions: &[],
        successors: &[],
        traits,
        format: None,
        custom_asm: Some(CustomAsm {
            print: no_print,
            parse,
        }),
        verify: None,
        verify_symbol_uses: None,
        fold: None,
        canonicalize: None,
        defaults: None,
        region_branch: None,
        result_names: None,
        successor_for_constants: None,
    }
}

type ParseFn = fn(&mut dyn AsmParser, &mut OperationState) -> PResult<()>;

/// `test.func @name(%a: t, ...) { ... }`
fn parse_func(p: &mut dyn AsmParser, state: &mut OperationState) -> PResult<()> {
    let Some(name) = p.parse_optional_symbol_name()? else {
        return Err(p.error("expected symbol name"));
    };
    let ctx = p.ctx();
    state.attrs.push(ir::NamedAttr {
        name: ctx.ident("sym_name"),
        value: ctx.string_attr(&name),
    });
    p.parse_punct(Punct::LParen)?;
    let mut args = Vec::new();
    if !p.parse_optional_punct(Punct::RParen) {
        loop {
            args.push(p.parse_argument(true, true)?);
            if !p.parse_optional_punct(Punct::Comma) {
                break;
            }
        }
        p.parse_punct(Punct::RParen)?;
    }
    let region = p.parse_region(&args)?;
    state.regions.push(region);
    Ok(())
}

/// `test.ret %a, %b : t1, t2`
fn parse_ret(p: &mut dyn AsmParser, state: &mut OperationState) -> PResult<()> {
    let at = p.offset();
    let operands = p.parse_operand_list()?;
    let types = if operands.is_empty() {
        Vec::new()
    } else {
        p.parse_punct(Punct::Colon)?;
        p.parse_type_list()?
    };
    state.operands = p.resolve_operands(&operands, &types, at)?;
    Ok(())
}

/// `test.make : t1, t2` (results)
fn parse_make(p: &mut dyn AsmParser, state: &mut OperationState) -> PResult<()> {
    p.parse_punct(Punct::Colon)?;
    state.result_types = p.parse_type_list()?;
    let attrs = p.parse_optional_attr_dict()?;
    state.attrs.extend(attrs);
    Ok(())
}

/// `test.wrap { ... }` — a region that is not isolated, without a default dialect.
fn parse_wrap(p: &mut dyn AsmParser, state: &mut OperationState) -> PResult<()> {
    let r = p.parse_region(&[])?;
    p.ensure_entry_block(r);
    state.regions.push(r);
    Ok(())
}

static FUNC: OpDef = def(
    "test.func",
    &[Trait::IsolatedFromAbove, Trait::DefaultDialect("test")],
    parse_func,
);
static RET: OpDef = def("test.ret", &[Trait::Terminator], parse_ret);
static MAKE: OpDef = def("test.make", &[], parse_make);
static WRAP: OpDef = def("test.wrap", &[], parse_wrap);

fn ctx() -> Context {
    let mut ctx = Context::new();
    ctx.registry_mut()
        .register(Dialect::with_ops(
            "test",
            "parser tests",
            vec![&FUNC, &RET, &MAKE, &WRAP],
        ))
        .expect("register");
    ctx
}

#[test]
fn custom_forms_and_default_dialect() {
    let ctx = ctx();
    let text = r#"%m:2 = test.make : i32, f32 {k = 1}
test.func @f(%a: i32 {arg.attr}, %b: f32 loc("b":1:1)) {
  %x = test.make : i32
  ret %a, %x : i32, i32
}
"#;
    expect![[r##"
        #loc3 = loc("t.mlir":2:14)
        #loc4 = loc("b":1:1)
        "builtin.module"() ({
          %0:2 = "test.make"() {k = 1 : i64} : () -> (i32, f32) loc(#loc1)
          "test.func"() ({
          ^bb0(%arg0: i32 loc("t.mlir":2:14), %arg1: f32 loc("b":1:1)):
            %1 = "test.make"() : () -> i32 loc(#loc5)
            "test.ret"(%arg0, %1) : (i32, i32) -> () loc(#loc6)
          }) {sym_name = "f"} : () -> () loc(#loc2)
        }) : () -> () loc(#loc)
        #loc = loc("t.mlir":0:0)
        #loc1 = loc("t.mlir":1:8)
        #loc2 = loc("t.mlir":2:1)
        #loc5 = loc("t.mlir":3:8)
        #loc6 = loc("t.mlir":4:3)
    "##]]
    .assert_eq(&generic(&ctx, text));
}

#[test]
fn isolated_regions_share_the_names_of_the_enclosing_scope() {
    // As MLIR's parser (regions parsed without name shadowing): an isolated op's region
    // may not reuse a name defined above it...
    let ctx = ctx();
    let text =
        "%x = test.make : i32\ntest.func @f() {\n  %x = test.make : f32\n  ret %x : f32\n}\n";
    expect![[r#"
        3:3-3:5: error: redefinition of SSA value '%x'
          1:1-1:3: note: previously defined here
    "#]]
    .assert_eq(&errors(&ctx, text, true));
    // ...and sees the names above it; using them is the verifier's to report, in the
    // custom form as in the generic one.
    for text in [
        "%y = test.make : i32\ntest.func @f() {\n  ret %y : i32\n}\n",
        "%y = test.make : i32\ntest.wrap {\n  test.ret %y : i32\n}\n",
        "%y = test.make : i32\n\"test.func\"() ({\n  \"test.ret\"(%y) : (i32) -> ()\n}) : () -> ()\n",
    ] {
        let got = generic(&ctx, text);
        assert!(!got.contains("error"), "{got}");
    }
}

#[test]
fn custom_op_errors() {
    let ctx = ctx();
    expect![[r#"
        1:1-1:3: error: operation defines 2 results but was provided 1 to bind
    "#]]
    .assert_eq(&errors(&ctx, "%a = test.make : i32, i32\n", true));
    expect![[r#"
        1:1-1:9: error: custom op 'test.foo' is unknown
    "#]]
    .assert_eq(&errors(&ctx, "test.foo\n", true));
    // Inside test.wrap (no default dialect) a bare `ret` is not resolved.
    expect![[r#"
        1:13-1:16: error: Dialect `' not found for custom op 'ret'  (tried '.ret' as well)
          1:13-1:16: note: Available dialects: test ; for more info on dialect registration see https://mlir.llvm.org/getting_started/Faq/#registered-loaded-dependent-whats-up-with-dialects-management
    "#]]
    .assert_eq(&errors(&ctx, "test.wrap { ret }\n", true));
    expect![[r#"
        2:26-2:28: error: region entry argument '%x' is already in use
          1:1-1:3: note: previously referenced here
    "#]]
    .assert_eq(&errors(
        &ctx,
        "%x = test.make : i32\ntest.wrap { test.func @g(%x: i32) { } }\n",
        true,
    ));
    expect![[r#"
        1:10-1:12: error: custom op 'test.ret' 1 operands present, but expected 2
    "#]]
    .assert_eq(&errors(&ctx, "test.ret %a : i32, i32\n", true));
    // An unknown op of a registered dialect is an error, unless unregistered dialects are
    // allowed: our dialects declare a subset of MLIR's ops, so it is then kept generic.
    expect![[r#"
        1:1-1:15: error: unregistered operation 'test.unknown' found in dialect ('test') that does not allow unknown operations
    "#]]
    .assert_eq(&errors(&ctx, "\"test.unknown\"() : () -> ()\n", false));
    expect![[r#"
        "builtin.module"() ({
          "test.unknown"() : () -> () loc(#loc1)
        }) : () -> () loc(#loc)
        #loc = loc("t.mlir":0:0)
        #loc1 = loc("t.mlir":1:1)
    "#]]
    .assert_eq(&generic(&ctx, "\"test.unknown\"() : () -> ()\n"));
    // Types and attributes of a registered dialect are checked against its definitions.
    expect![[r#"
        1:16-1:29: error: dialect 'test' has no attribute named 'nope'
        2:19-2:30: error: dialect 'test' has no type named 'thing'
    "#]]
    .assert_eq(&errors(
        &ctx,
        "\"foo.a\"() {a = #test.nope<1>} : () -> ()\n\"foo.b\"() : () -> !test.thing\n",
        true,
    ));
}
