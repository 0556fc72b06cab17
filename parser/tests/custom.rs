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
fn isolated_regions_do_not_see_outer_names() {
    let ctx = ctx();
    // Inside an isolated op a name may be reused...
    let text =
        "%x = test.make : i32\ntest.func @f() {\n  %x = test.make : f32\n  ret %x : f32\n}\n";
    assert!(
        !generic(&ctx, text).contains("error"),
        "{}",
        generic(&ctx, text)
    );
    // ...but outer names are not visible.
    let text = "%y = test.make : i32\ntest.func @f() {\n  ret %y : i32\n}\n";
    expect![[r#"
        3:7-3:9: error: use of undeclared SSA value name
          2:1: note: '%y' is defined outside of this op, whose regions are isolated from above
    "#]]
    .assert_eq(&errors(&ctx, text, true));
    // A non-isolated region sees them; the generic form of an isolated op does not.
    let text = "%y = test.make : i32\ntest.wrap {\n  test.ret %y : i32\n}\n";
    assert!(!generic(&ctx, text).contains("error"));
    let text = "%y = test.make : i32\n\"test.func\"() ({\n  \"test.ret\"(%y) : (i32) -> ()\n}) : () -> ()\n";
    assert!(generic(&ctx, text).contains("use of undeclared SSA value name"));
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
        1:13-1:16: error: custom op 'ret' is unknown (tried '.ret' as well)
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
        1:10-1:12: error: 1 operands present, but expected 2
    "#]]
    .assert_eq(&errors(&ctx, "test.ret %a : i32, i32\n", true));
    expect![[r#"
        1:1-1:15: error: unregistered operation 'test.unknown' found in dialect ('test') that does not allow unknown operations
    "#]]
    .assert_eq(&errors(&ctx, "\"test.unknown\"() : () -> ()\n", true));
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
