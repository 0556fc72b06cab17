//! Every op registered by the standard dialects has semantics in the interpreter.

mod common;

use interp::OpTable;

#[test]
fn every_standard_op_has_semantics() {
    let ctx = dialects::context();
    let table = OpTable::standard();
    // Containers are not executed; graph and te register their semantics separately.
    let skipped = |name: &str| {
        matches!(name, "builtin.module" | "func.func")
            || name.starts_with("graph.")
            || name.starts_with("te.")
    };
    let missing: Vec<&str> = ctx
        .registry()
        .ops()
        .iter()
        .map(|d| d.name)
        .filter(|n| !skipped(n) && table.get(n).is_none())
        .collect();
    assert!(missing.is_empty(), "ops without semantics: {missing:?}");
    // And nothing in the table is misspelled.
    for name in table.names() {
        assert!(
            ctx.registry().lookup(name).is_some(),
            "'{name}' is not a registered op"
        );
    }
}

/// Parses `src` (unregistered ops allowed) and calls `@f` with `args`, after `setup`.
fn run_custom(
    src: &str,
    args: Vec<interp::Value>,
    setup: impl FnOnce(&mut interp::Interpreter<'_>),
) -> Result<Vec<interp::Value>, interp::InterpError> {
    let ctx = dialects::context();
    let mut ir = ir::Ir::new();
    let module = common::parse(&ctx, &mut ir, src, "ext.mlir", true, false);
    let mut it = interp::Interpreter::new(&ctx, &ir, module);
    setup(&mut it);
    it.call("f", args)
}

const CUSTOM: &str = r#"
func.func @f(%x: i32) -> i32 {
  %y = "mydialect.double"(%x) : (i32) -> i32
  return %y : i32
}"#;

#[test]
fn dialects_extend_the_table() {
    use interp::{ErrorKind, Flow, Value};
    // Without semantics: a located "unsupported" error.
    let e = run_custom(CUSTOM, vec![Value::i32(4)], |_| {}).unwrap_err();
    assert_eq!(e.kind, ErrorKind::Unsupported);
    assert_eq!(e.op.as_deref(), Some("mydialect.double"));
    assert_eq!(e.loc.as_deref(), Some("ext.mlir:3:8"));
    // With semantics registered the way a dialect module does it.
    let r = run_custom(CUSTOM, vec![Value::i32(21)], |it| {
        it.register("mydialect.double", |fr, op| {
            let x = fr.operand(op, 0)?.as_i64().unwrap_or(0);
            fr.set_results(op, vec![Value::int(2 * x, 32)])?;
            Ok(Flow::Next)
        })
    });
    assert_eq!(r, Ok(vec![Value::i32(42)]));
}
