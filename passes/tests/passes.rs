//! Pass infrastructure and passes through the library API: pipeline parsing and anchoring,
//! option errors, and `dce` of `Pure` ops (registered by a test dialect here, since the
//! project's dialects have no pure op with results yet).

use ir::constraints::ANY_TYPE;
use ir::print::{print_op, PrintOptions};
use passes::manager::{Instrumentation, PassManager};
use passes::pipeline::{parse_pass_list, parse_pass_pipeline};
use passes::PassRegistry;

ir::define_op! {
    /// A pure test op.
    pub struct PureOp = "test.pure" {
        operands: { inputs: Variadic(ANY_TYPE) },
        results: { out: Single(ANY_TYPE) },
        traits: [Pure],
    }
}

fn context() -> ir::Context {
    let mut ctx = dialects::context();
    let d = ir::dialect::Dialect::with_ops("test", "test ops", vec![PureOp::def()]);
    ctx.registry_mut().register(d).unwrap();
    ctx
}

fn run(pipeline: &str, input: &str) -> String {
    let ctx = context();
    let mut ir = ir::Ir::new();
    let file = parser::SourceFile {
        id: 0,
        name: "in.mlir",
        text: input,
    };
    let opts = parser::ParseOptions {
        allow_unregistered: true,
    };
    let module = parser::parse_module(&ctx, &mut ir, &file, &opts).unwrap();
    let registry = PassRegistry::with_builtin_passes();
    let p = parse_pass_list(&registry, pipeline).unwrap();
    let mut pm = PassManager::new(p, Instrumentation::default());
    pm.run(&ctx, &mut ir, module).unwrap();
    let popts = PrintOptions {
        generic: false,
        debuginfo: false,
    };
    print_op(&ctx, &ir, module, popts)
}

#[test]
fn dce_erases_pure_chains_and_keeps_used_values() {
    let out = run(
        "dce",
        r#"func.func @f(%x: i32) -> i32 {
  %0 = "test.pure"(%x) : (i32) -> i32
  %1 = "test.pure"(%0) : (i32) -> i32
  %2 = "test.pure"(%x) : (i32) -> i32
  %3 = "test.other"(%x) : (i32) -> i32
  return %2 : i32
}"#,
    );
    assert!(out.contains("%0 = \"test.pure\"(%arg0)"), "{out}");
    assert_eq!(out.matches("test.pure").count(), 1, "{out}");
    assert!(out.contains("test.other"), "{out}");
}

#[test]
fn pipeline_anchors_are_inferred_and_printed() {
    let r = PassRegistry::with_builtin_passes();
    let p = parse_pass_list(&r, "dce, inline{max-iterations=2} ,dce,dce").unwrap();
    assert_eq!(
        p.to_string(),
        "builtin.module(func.func(dce{remove-unreachable-blocks=true}),\
         inline{max-iterations=2},func.func(dce{remove-unreachable-blocks=true},\
         dce{remove-unreachable-blocks=true}))"
    );
    let p = parse_pass_pipeline(&r, "builtin.module(func.func(dce),symbol-dce)").unwrap();
    assert_eq!(
        p.to_string(),
        "builtin.module(func.func(dce{remove-unreachable-blocks=true}),symbol-dce)"
    );
    assert_eq!(
        parse_pass_list(&r, "").unwrap().to_string(),
        "builtin.module()"
    );
}

#[test]
fn pipeline_errors_point_at_the_bad_part() {
    let r = PassRegistry::with_builtin_passes();
    let e = parse_pass_list(&r, "inline,symbl-dce").err().unwrap();
    assert_eq!(
        e.message,
        "unknown pass 'symbl-dce'; did you mean 'symbol-dce'?"
    );
    assert_eq!(
        e.render("inline,symbl-dce"),
        "error: unknown pass 'symbl-dce'; did you mean 'symbol-dce'?\n\
         inline,symbl-dce\n       ^~~~~~~~~\n"
    );
    let e = parse_pass_list(&r, "symbol-dce{x=1}").err().unwrap();
    assert_eq!(
        e.message,
        "pass 'symbol-dce' has no option 'x' (it takes no options)"
    );
    assert_eq!(e.start, 11);
    let e = parse_pass_list(&r, "dce{remove-unreachable-blocks=maybe}")
        .err()
        .unwrap();
    assert!(
        e.message.contains("'maybe' is not a boolean"),
        "{}",
        e.message
    );
    let e = parse_pass_list(&r, "dce(inline)").err().unwrap();
    assert!(e.message.contains("is not an op name"), "{}", e.message);
    let e = parse_pass_list(&r, "xyzzy").err().unwrap();
    assert_eq!(e.message, "unknown pass 'xyzzy'");
}

#[test]
fn clone_remaps_values_and_blocks() {
    let ctx = context();
    let mut ir = ir::Ir::new();
    let text = r#"func.func @f(%x: i32) -> i32 {
  cf.br ^bb1(%x : i32)
^bb1(%y: i32):
  return %y : i32
}"#;
    let file = parser::SourceFile {
        id: 0,
        name: "in.mlir",
        text,
    };
    let module =
        parser::parse_module(&ctx, &mut ir, &file, &parser::ParseOptions::default()).unwrap();
    let f = ir.region_blocks(ir.regions(module)[0])[0];
    let func = ir.first_op(f).unwrap();
    let mut map = passes::clone::ValueMap::default();
    let copy = passes::clone::clone_op(&ctx, &mut ir, func, &mut map);
    ir.append_op(f, copy);
    ir.set_attr(&ctx, copy, "sym_name", None);
    let popts = PrintOptions {
        generic: true,
        debuginfo: false,
    };
    let a = print_op(&ctx, &ir, func, popts);
    let b = print_op(&ctx, &ir, copy, popts);
    assert_eq!(a, b);
    // The copy's branch goes to the copy's block.
    let region = ir.regions(copy)[0];
    let entry = ir.region_blocks(region)[0];
    let br = ir.last_op(entry).unwrap();
    assert_eq!(ir.successors(br)[0], ir.region_blocks(region)[1]);
}
