//! Parallel nests: the same output, dumps, statistics and failures whatever the number of
//! threads, and `clone_into` copies an op across arenas faithfully.

use std::fmt::Write as _;

use ir::constraints::ANY_TYPE;
use ir::print::{print_op, PrintOptions};
use ir::{Context, Diagnostic, Ir, OpId};
use passes::manager::{Failure, Instrumentation, PassManager};
use passes::pipeline::parse_pass_list;
use passes::{Anchor, Pass, PassInfo, PassOutcome, PassRegistry, StatisticDef};

ir::define_op! {
    /// A pure test op.
    pub struct PureOp = "test.pure" {
        operands: { inputs: Variadic(ANY_TYPE) },
        results: { out: Single(ANY_TYPE) },
        traits: [Pure],
    }
}

fn context() -> Context {
    let mut ctx = dialects::context();
    let d = ir::dialect::Dialect::with_ops("test", "test ops", vec![PureOp::def()]);
    ctx.registry_mut().register(d).unwrap();
    ctx
}

const POPTS: PrintOptions = PrintOptions {
    generic: false,
    debuginfo: false,
};

/// A func.func pass that fails on functions whose name starts with `bad`, panics on those
/// starting with `boom`, and otherwise counts the ops of the function.
struct Picky;

const PICKY_STATS: &[StatisticDef] = &[StatisticDef {
    name: "ops",
    help: "ops seen",
}];

impl Pass for Picky {
    fn name(&self) -> &'static str {
        "test-picky"
    }
    fn description(&self) -> &'static str {
        "fails on @bad*, panics on @boom*"
    }
    fn anchor(&self) -> Anchor {
        Anchor::Op("func.func")
    }
    fn statistics(&self) -> &'static [StatisticDef] {
        PICKY_STATS
    }
    fn run(&mut self, ctx: &Context, ir: &mut Ir, op: OpId) -> Result<PassOutcome, Diagnostic> {
        let name = ir::symbol::symbol_name(ctx, ir, op).unwrap_or_default();
        if name.starts_with(b"bad") {
            return Err(Diagnostic::error(
                ir::DiagLoc::Loc(ir.loc(op)),
                format!("bad function {}", String::from_utf8_lossy(name)),
            ));
        }
        if name.starts_with(b"boom") {
            panic!("boom in {}", String::from_utf8_lossy(name));
        }
        let mut n = 0;
        ir.walk_preorder(op, &mut |_| n += 1);
        Ok(PassOutcome {
            changed: false,
            stats: vec![("ops", n)],
        })
    }
}

fn registry() -> PassRegistry {
    let mut r = PassRegistry::with_builtin_passes();
    r.register(PassInfo::of(|_| Box::new(Picky), &[]));
    r
}

/// `n` functions, each with dead pure chains, a live value and an unreachable block.
fn module(n: usize) -> String {
    let mut s = String::from("module {\n");
    for i in 0..n {
        let _ = write!(
            s,
            r#"  func.func @f{i}(%x: i32) -> i32 {{
    %0 = "test.pure"(%x) : (i32) -> i32
    %1 = "test.pure"(%0) : (i32) -> i32
    %2 = "test.pure"(%x) {{k = {i} : i64}} : (i32) -> i32
    %3 = "test.other"(%2) : (i32) -> i32
    cf.br ^bb1(%2 : i32)
  ^bb1(%a: i32):
    return %a : i32
  ^bb2:
    %4 = "test.pure"(%x) : (i32) -> i32
    return %4 : i32
  }}
"#
        );
    }
    s.push_str("}\n");
    s
}

struct Run {
    output: Result<String, Failure>,
    dumps: String,
    stats: String,
}

fn run(pipeline: &str, input: &str, threads: usize, instr: Instrumentation) -> Run {
    let ctx = context();
    let mut ir = Ir::new();
    let file = parser::SourceFile {
        id: 0,
        name: "in.mlir",
        text: input,
    };
    let opts = parser::ParseOptions {
        allow_unregistered: true,
    };
    let module = parser::parse_module(&ctx, &mut ir, &file, &opts).unwrap();
    let p = parse_pass_list(&registry(), pipeline).unwrap();
    let mut pm = PassManager::new(p, instr);
    pm.set_threads(threads);
    assert_eq!(pm.threads(), threads);
    let output = pm
        .run(&ctx, &mut ir, module)
        .map(|()| print_op(&ctx, &ir, module, POPTS));
    Run {
        output,
        dumps: pm.take_dumps(),
        stats: pm.statistics_report(),
    }
}

#[test]
fn output_dumps_and_statistics_do_not_depend_on_threads() {
    let input = module(64);
    let instr = Instrumentation {
        print_after_all: true,
        print_before: vec!["dce".into()],
        ..Instrumentation::default()
    };
    let runs: Vec<Run> = [1, 2, 4]
        .iter()
        .map(|&t| run("dce,test-picky,dce", &input, t, instr.clone()))
        .collect();
    let first = runs[0].output.as_ref().unwrap();
    assert_eq!(first.matches("test.pure").count(), 64, "{first}");
    assert!(!first.contains("^bb2"), "{first}");
    for r in &runs[1..] {
        assert_eq!(r.output.as_ref().unwrap(), first);
        assert_eq!(r.dumps, runs[0].dumps);
        assert_eq!(r.stats, runs[0].stats);
    }
    // Dumps per function, in program order.
    let dumps = &runs[0].dumps;
    let positions: Vec<usize> = (0..64)
        .map(|i| dumps.find(&format!("func.func @f{i}(")).unwrap())
        .collect();
    assert!(positions.windows(2).all(|w| w[0] < w[1]));
    assert_eq!(
        dumps
            .matches("// -----// IR Dump After test-picky (func.func) //----- //")
            .count(),
        64
    );
}

#[test]
fn statistics_sum_across_threads() {
    let input = module(40);
    let r = run("dce,test-picky", &input, 4, Instrumentation::default());
    r.output.unwrap();
    // Per function: 2 dead pure ops in the entry block (%1, then %0) and one unreachable
    // block (its op goes with it).
    assert!(
        r.stats.contains("'func.func' Pipeline (40 ops matched"),
        "{}",
        r.stats
    );
    assert!(r.stats.contains("(S) 80 erased-ops"), "{}", r.stats);
    assert!(r.stats.contains("(S) 40 erased-blocks"), "{}", r.stats);
    assert!(r.stats.contains("test-picky (ran 40 times"), "{}", r.stats);
    // func, %2, %3, cf.br, return: 5 ops per function.
    assert!(r.stats.contains("(S) 200 ops"), "{}", r.stats);
}

fn named_module(names: &[&str]) -> String {
    let mut s = String::from("module {\n");
    for n in names {
        let _ = writeln!(s, "  func.func @{n}() {{\n    return\n  }}");
    }
    s.push_str("}\n");
    s
}

fn messages(f: &Failure) -> Vec<String> {
    f.diagnostics().into_iter().map(|d| d.message).collect()
}

#[test]
fn failures_of_several_functions_come_in_program_order() {
    let input = named_module(&["a", "bad1", "b", "bad2", "c", "bad3"]);
    let mut seen = Vec::new();
    for threads in [1, 2, 4] {
        let r = run("test-picky", &input, threads, Instrumentation::default());
        let f = r.output.unwrap_err();
        assert!(!f.is_crash());
        seen.push(messages(&f));
    }
    assert_eq!(
        seen[0],
        [
            "bad function bad1",
            "pass 'test-picky' failed on 'func.func'",
            "bad function bad2",
            "pass 'test-picky' failed on 'func.func'",
            "bad function bad3",
            "pass 'test-picky' failed on 'func.func'",
        ]
    );
    assert!(seen.iter().all(|m| *m == seen[0]));
}

#[test]
fn a_panic_on_a_worker_is_a_crash_naming_the_pass() {
    let input = named_module(&["a", "b", "boom", "c"]);
    for threads in [1, 4] {
        let r = run("test-picky", &input, threads, Instrumentation::default());
        let f = r.output.unwrap_err();
        assert!(f.is_crash());
        assert_eq!(
            messages(&f),
            ["pass 'test-picky' crashed on 'func.func': boom in boom"]
        );
    }
}

#[test]
fn clone_into_copies_regions_blocks_and_forward_uses() {
    let ctx = context();
    let mut ir = Ir::new();
    let text = r#"func.func @g(%x: i32) -> i32 {
  cf.br ^bb2
^bb1(%y: i32):
  "test.use"(%z) : (i32) -> ()
  return %y : i32
^bb2:
  %z = "test.graph"() ({
    %b = "test.b"(%a) : (i32) -> i32
    %a = "test.a"(%x) : (i32) -> i32
  }) {attr = 1 : i64} : () -> i32
  cf.br ^bb1(%z : i32)
}"#;
    let file = parser::SourceFile {
        id: 0,
        name: "in.mlir",
        text,
    };
    let opts = parser::ParseOptions {
        allow_unregistered: true,
    };
    let module = parser::parse_module(&ctx, &mut ir, &file, &opts).unwrap();
    let func = ir
        .block_ops(ir.region_blocks(ir.regions(module)[0])[0])
        .next()
        .unwrap();
    let mut copy = Ir::new();
    let new = passes::parallel::clone_into(&ctx, &ir, func, &mut copy);
    assert_eq!(
        print_op(&ctx, &copy, new, POPTS),
        print_op(&ctx, &ir, func, POPTS)
    );
    ir::verify::verify(&ctx, &copy, new).unwrap();
}

/// Counts the ops of the op it is computed on; counts its computations.
struct OpCount(usize);

static COMPUTED: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

impl passes::analysis::Analysis for OpCount {
    fn compute(_: &Context, ir: &Ir, op: OpId) -> Self {
        COMPUTED.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        let mut n = 0;
        ir.walk_preorder(op, &mut |_| n += 1);
        OpCount(n)
    }
}

/// Requests `OpCount` (twice); then, with `change`, says it changed the IR, preserving
/// `OpCount` when `preserve`.
struct UsesCount {
    change: bool,
    preserve: bool,
}

impl Pass for UsesCount {
    fn name(&self) -> &'static str {
        "test-uses-count"
    }
    fn description(&self) -> &'static str {
        "requests the op count"
    }
    fn anchor(&self) -> Anchor {
        Anchor::Op("func.func")
    }
    fn run(&mut self, ctx: &Context, ir: &mut Ir, op: OpId) -> Result<PassOutcome, Diagnostic> {
        self.run_with_analyses(ctx, ir, op, &mut passes::analysis::AnalysisManager::new())
    }
    fn run_with_analyses(
        &mut self,
        ctx: &Context,
        ir: &mut Ir,
        op: OpId,
        am: &mut passes::analysis::AnalysisManager,
    ) -> Result<PassOutcome, Diagnostic> {
        let a = am.get::<OpCount>(ctx, ir, op).0;
        let b = am.get::<OpCount>(ctx, ir, op).0;
        assert_eq!(a, b);
        assert!(am.cached::<OpCount>(op).is_some());
        Ok(PassOutcome {
            changed: self.change,
            stats: Vec::new(),
        })
    }
    fn preserved_analyses(&self) -> Vec<std::any::TypeId> {
        if self.preserve {
            vec![std::any::TypeId::of::<OpCount>()]
        } else {
            Vec::new()
        }
    }
}

#[test]
fn analyses_are_cached_and_invalidated_unless_preserved() {
    let mut r = PassRegistry::with_builtin_passes();
    let opts = &[];
    r.register(PassInfo::of(
        |_| {
            Box::new(UsesCount {
                change: false,
                preserve: false,
            })
        },
        opts,
    ));
    let keep = PassInfo {
        name: "test-change-preserve",
        create: |_| {
            Box::new(UsesCount {
                change: true,
                preserve: true,
            })
        },
        ..r.get("test-uses-count").unwrap().clone()
    };
    let drop = PassInfo {
        name: "test-change-drop",
        create: |_| {
            Box::new(UsesCount {
                change: true,
                preserve: false,
            })
        },
        ..keep.clone()
    };
    r.register(keep);
    r.register(drop);
    let input = named_module(&["a", "b"]);
    let ctx = context();
    let count = |pipeline: &str, threads: usize| {
        let mut ir = Ir::new();
        let file = parser::SourceFile {
            id: 0,
            name: "in.mlir",
            text: &input,
        };
        let opts = parser::ParseOptions {
            allow_unregistered: true,
        };
        let module = parser::parse_module(&ctx, &mut ir, &file, &opts).unwrap();
        let mut pm = PassManager::new(
            parse_pass_list(&r, pipeline).unwrap(),
            Instrumentation::default(),
        );
        pm.set_threads(threads);
        let before = COMPUTED.load(std::sync::atomic::Ordering::SeqCst);
        pm.run(&ctx, &mut ir, module).unwrap();
        COMPUTED.load(std::sync::atomic::Ordering::SeqCst) - before
    };
    // (`COMPUTED` is counted by this test only.)
    for threads in [1, 2] {
        // Unchanged IR: computed once per function.
        assert_eq!(count("test-uses-count,test-uses-count", threads), 2);
        // Preserved across a change.
        assert_eq!(
            count(
                "test-uses-count,test-change-preserve,test-uses-count",
                threads
            ),
            2
        );
        // Dropped after a change that does not preserve it.
        assert_eq!(
            count("test-uses-count,test-change-drop,test-uses-count", threads),
            4
        );
    }
}
