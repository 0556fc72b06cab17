//! Running a pipeline, with instrumentation.
//!
//! Key types: [`PassManager`], [`Instrumentation`], [`Failure`].
//!
//! For each pass run, in order: `--print-ir-before` dump, the pass (inside
//! `catch_unwind`: a panic becomes [`Failure::Panic`] naming the pass), timing and
//! statistics, `--print-ir-after*` dumps, then verification of the op it ran on
//! (`verify_each`). Dumps print the op the pass ran on, headed as MLIR does:
//! `// -----// IR Dump After inline{max-iterations=4} (builtin.module) //----- //`.
//! A nest runs its whole nested pipeline on each matching op in turn, in program order.
//!
//! **Parallel nests.** With [`PassManager::set_threads`] above 1, a nest whose ops are
//! isolated from above (`func.func` in a module) runs on a rayon pool: each op is copied
//! into its own [`Ir`] ([`crate::parallel::clone_into`]), the nested pipeline runs on the
//! copy with fresh pass instances (the [`Context`] is shared), and the copies that changed
//! replace their originals, in program order. Dumps, failures and counters are gathered per
//! op and reported in program order, so the output is the same for any thread count. In
//! both modes a failure on one op does not stop its siblings: every failure is reported
//! ([`Failure::Several`]) in program order.

use std::fmt::Write as _;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::time::{Duration, Instant};

use ir::dialect::Trait;
use ir::print::{print_op, PrintOptions};
use ir::{Context, Diagnostic, Ir, OpId};
use rayon::prelude::*;

use crate::analysis::AnalysisManager;
use crate::parallel::{changes, clone_into, fresh_nodes, merge_nodes};
use crate::pipeline::{NestNode, Node, Pipeline, ROOT};

/// What to observe while running.
#[derive(Clone, Debug)]
pub struct Instrumentation {
    /// Verify the op a pass ran on after each pass.
    pub verify_each: bool,
    /// Pass names to dump the IR before / after.
    pub print_before: Vec<String>,
    pub print_after: Vec<String>,
    pub print_after_all: bool,
    /// Dump after a pass only when the printed IR differs from before it.
    pub print_after_change: bool,
    /// How dumps are printed.
    pub print_options: PrintOptions,
}

impl Default for Instrumentation {
    fn default() -> Self {
        Instrumentation {
            verify_each: true,
            print_before: Vec::new(),
            print_after: Vec::new(),
            print_after_all: false,
            print_after_change: false,
            print_options: PrintOptions {
                generic: false,
                debuginfo: false,
            },
        }
    }
}

/// Why a pipeline stopped.
#[derive(Debug)]
pub enum Failure {
    /// The pass reported an error.
    Pass {
        pass: String,
        anchor: String,
        diag: Diagnostic,
    },
    /// The IR did not verify after the pass.
    Verify {
        pass: String,
        anchor: String,
        diags: Vec<Diagnostic>,
    },
    /// The pass panicked.
    Panic {
        pass: String,
        anchor: String,
        message: String,
    },
    /// The pipeline's root does not match the top-level op.
    Root { found: String },
    /// Several ops of a nest failed: each failure, in program order.
    Several(Vec<Failure>),
}

impl Failure {
    /// `Ok` without failures, the failure itself for one, [`Failure::Several`] for more.
    fn collect(mut failures: Vec<Failure>) -> Result<(), Failure> {
        match failures.len() {
            0 => Ok(()),
            1 => Err(failures.pop().expect("one failure")),
            _ => Err(Failure::Several(
                failures
                    .into_iter()
                    .flat_map(|f| match f {
                        Failure::Several(v) => v,
                        f => vec![f],
                    })
                    .collect(),
            )),
        }
    }

    /// Did a pass panic (here or in any of several failures)?
    pub fn is_crash(&self) -> bool {
        match self {
            Failure::Panic { .. } => true,
            Failure::Several(v) => v.iter().any(Failure::is_crash),
            _ => false,
        }
    }

    /// The diagnostics to show the user (a summary naming the pass comes last).
    pub fn diagnostics(&self) -> Vec<Diagnostic> {
        let none = ir::DiagLoc::None;
        match self {
            Failure::Pass { pass, anchor, diag } => vec![
                diag.clone(),
                Diagnostic::error(none, format!("pass '{pass}' failed on '{anchor}'")),
            ],
            Failure::Verify {
                pass,
                anchor,
                diags,
            } => {
                let mut v = diags.clone();
                v.push(Diagnostic::error(
                    none,
                    format!("the IR does not verify after pass '{pass}' (on '{anchor}')"),
                ));
                v
            }
            Failure::Panic {
                pass,
                anchor,
                message,
            } => vec![Diagnostic::error(
                none,
                format!("pass '{pass}' crashed on '{anchor}': {message}"),
            )],
            Failure::Several(v) => v.iter().flat_map(Failure::diagnostics).collect(),
            Failure::Root { found } => vec![Diagnostic::error(
                none,
                format!(
                    "the pass pipeline runs on '{ROOT}', but the input's top-level op is '{found}'"
                ),
            )],
        }
    }
}

/// Runs a [`Pipeline`]; keeps timing and statistics over all its runs.
pub struct PassManager {
    pub pipeline: Pipeline,
    pub instrumentation: Instrumentation,
    /// IR dumps written so far (for standard error), in order.
    dumps: String,
    /// Wall time of all runs.
    pub total: Duration,
    /// The workers of parallel nests; `None` runs everything on the calling thread.
    pool: Option<rayon::ThreadPool>,
}

struct RunCx<'a> {
    ctx: &'a Context,
    instr: &'a Instrumentation,
    dumps: &'a mut String,
    /// Analyses cached for the ops of the `Ir` being run on.
    analyses: AnalysisManager,
    /// Where nests of isolated ops run in parallel (`None` inside a worker).
    pool: Option<&'a rayon::ThreadPool>,
}

impl PassManager {
    pub fn new(pipeline: Pipeline, instrumentation: Instrumentation) -> Self {
        PassManager {
            pipeline,
            instrumentation,
            dumps: String::new(),
            total: Duration::ZERO,
            pool: None,
        }
    }

    /// Runs nests of ops isolated from above on `threads` threads (0: one per CPU); 1 (the
    /// default) runs everything on the calling thread, without copying.
    pub fn set_threads(&mut self, threads: usize) {
        let threads = if threads == 0 {
            std::thread::available_parallelism().map_or(1, |n| n.get())
        } else {
            threads
        };
        self.pool = if threads > 1 {
            rayon::ThreadPoolBuilder::new()
                .num_threads(threads)
                .thread_name(|i| format!("pass-worker-{i}"))
                .build()
                .ok()
        } else {
            None
        };
    }

    /// The number of threads nests run on.
    pub fn threads(&self) -> usize {
        self.pool.as_ref().map_or(1, |p| p.current_num_threads())
    }

    /// Runs the pipeline on `root` (a `builtin.module`).
    pub fn run(&mut self, ctx: &Context, ir: &mut Ir, root: OpId) -> Result<(), Failure> {
        let found = ctx.op_name_str(ir.op_name(root));
        if found != ROOT {
            return Err(Failure::Root {
                found: found.to_string(),
            });
        }
        let start = Instant::now();
        let mut cx = RunCx {
            ctx,
            instr: &self.instrumentation,
            dumps: &mut self.dumps,
            analyses: AnalysisManager::new(),
            pool: self.pool.as_ref(),
        };
        let result = run_nodes(&mut cx, &mut self.pipeline.nodes, ir, root);
        self.total += start.elapsed();
        result
    }

    /// The IR dumps written since the last call.
    pub fn take_dumps(&mut self) -> String {
        std::mem::take(&mut self.dumps)
    }

    /// A tree of wall times as `--mlir-timing` prints it; `before`/`after` are extra
    /// top-level entries (the driver's parser and printer).
    pub fn timing_report(&self, before: &[(&str, Duration)], after: &[(&str, Duration)]) -> String {
        let total: Duration = self.total
            + before
                .iter()
                .chain(after)
                .map(|(_, d)| *d)
                .sum::<Duration>();
        let mut out = String::new();
        report_header(&mut out, "Execution time report");
        let _ = writeln!(
            out,
            "  Total Execution Time: {:.4} seconds\n",
            total.as_secs_f64()
        );
        let _ = writeln!(out, "  ----Wall Time----  ----Name----");
        let line = |out: &mut String, d: Duration, depth: usize, name: &str| {
            let pct = if total.is_zero() {
                0.0
            } else {
                100.0 * d.as_secs_f64() / total.as_secs_f64()
            };
            let _ = writeln!(
                out,
                "  {:>8.4} ({:>5.1}%)  {}{name}",
                d.as_secs_f64(),
                pct,
                "  ".repeat(depth)
            );
        };
        for (name, d) in before {
            line(&mut out, *d, 0, name);
        }
        fn walk(
            nodes: &[Node],
            depth: usize,
            out: &mut String,
            line: &dyn Fn(&mut String, Duration, usize, &str),
        ) {
            for n in nodes {
                match n {
                    Node::Pass(p) => line(out, p.time, depth, &p.spec()),
                    Node::Nest(n) => {
                        line(out, n.time, depth, &nest_title(n));
                        walk(&n.nodes, depth + 1, out, line);
                    }
                }
            }
        }
        walk(&self.pipeline.nodes, 0, &mut out, &line);
        for (name, d) in after {
            line(&mut out, *d, 0, name);
        }
        line(&mut out, total, 0, "Total");
        out
    }

    /// Every pass's counters, in pipeline order (as `--mlir-pass-statistics`).
    pub fn statistics_report(&self) -> String {
        let mut out = String::new();
        report_header(&mut out, "Pass statistics report");
        fn walk(nodes: &[Node], depth: usize, out: &mut String) {
            let pad = "  ".repeat(depth);
            for n in nodes {
                match n {
                    Node::Pass(p) => {
                        let _ = writeln!(
                            out,
                            "{pad}{} (ran {} time{}, changed the IR {})",
                            p.spec(),
                            p.runs,
                            if p.runs == 1 { "" } else { "s" },
                            p.changed
                        );
                        for s in p.pass.statistics() {
                            let n = p.stats.get(s.name).copied().unwrap_or(0);
                            let _ = writeln!(out, "{pad}  (S) {n} {} - {}", s.name, s.help);
                        }
                    }
                    Node::Nest(n) => {
                        let _ = writeln!(out, "{pad}{}", nest_title(n));
                        walk(&n.nodes, depth + 1, out);
                    }
                }
            }
        }
        walk(&self.pipeline.nodes, 0, &mut out);
        out
    }
}

fn nest_title(n: &crate::pipeline::NestNode) -> String {
    format!(
        "'{}' Pipeline ({} op{} matched{})",
        n.anchor,
        n.matched,
        if n.matched == 1 { "" } else { "s" },
        if n.inferred { ", anchor inferred" } else { "" }
    )
}

fn dump(cx: &mut RunCx<'_>, ir: &Ir, op: OpId, when: &str, title: &str) {
    let _ = writeln!(cx.dumps, "// -----// IR Dump {when} {title} //----- //");
    cx.dumps
        .push_str(&print_op(cx.ctx, ir, op, cx.instr.print_options));
    cx.dumps.push('\n');
}

fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        s.to_string()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "(a panic without a message)".to_string()
    }
}

fn run_nodes(cx: &mut RunCx<'_>, nodes: &mut [Node], ir: &mut Ir, op: OpId) -> Result<(), Failure> {
    for node in nodes {
        match node {
            Node::Nest(nest) => {
                let start = Instant::now();
                let targets: Vec<OpId> = ir
                    .regions(op)
                    .iter()
                    .flat_map(|&r| ir.region_blocks(r).iter())
                    .flat_map(|&b| ir.block_ops(b))
                    .filter(|&o| cx.ctx.op_name_str(ir.op_name(o)) == nest.anchor)
                    .collect();
                nest.matched += targets.len() as u64;
                let result = match cx.pool {
                    Some(pool)
                        if targets.len() > 1
                            && targets.iter().all(|&t| is_isolated(cx.ctx, ir, t)) =>
                    {
                        run_nest_parallel(cx, pool, nest, ir, &targets)
                    }
                    _ => {
                        let mut failures = Vec::new();
                        for t in targets {
                            if ir.is_erased(t) {
                                continue;
                            }
                            if let Err(f) = run_nodes(cx, &mut nest.nodes, ir, t) {
                                failures.push(f);
                            }
                        }
                        Failure::collect(failures)
                    }
                };
                nest.time += start.elapsed();
                result?;
            }
            Node::Pass(p) => {
                let name = p.pass.name();
                let anchor = cx.ctx.op_name_str(ir.op_name(op)).to_string();
                let title = format!("{} ({anchor})", p.spec());
                let instr = cx.instr;
                if instr.print_before.iter().any(|n| n == name) {
                    dump(cx, ir, op, "Before", &title);
                }
                let before = instr
                    .print_after_change
                    .then(|| print_op(cx.ctx, ir, op, instr.print_options));
                let start = Instant::now();
                let ctx = cx.ctx;
                let am = &mut cx.analyses;
                let result = catch_unwind(AssertUnwindSafe(|| {
                    p.pass.run_with_analyses(ctx, ir, op, am)
                }));
                p.time += start.elapsed();
                p.runs += 1;
                let outcome = match result {
                    Err(payload) => {
                        return Err(Failure::Panic {
                            pass: p.spec(),
                            anchor,
                            message: panic_message(payload.as_ref()),
                        })
                    }
                    Ok(Err(diag)) => {
                        return Err(Failure::Pass {
                            pass: p.spec(),
                            anchor,
                            diag,
                        })
                    }
                    Ok(Ok(outcome)) => outcome,
                };
                p.changed += u64::from(outcome.changed);
                if outcome.changed {
                    cx.analyses.invalidate(&p.pass.preserved_analyses());
                }
                for (k, v) in outcome.stats {
                    *p.stats.entry(k).or_insert(0) += v;
                }
                let changed_text = before.is_some_and(|b| {
                    outcome.changed && b != print_op(cx.ctx, ir, op, instr.print_options)
                });
                if instr.print_after_all
                    || instr.print_after.iter().any(|n| n == name)
                    || changed_text
                {
                    dump(cx, ir, op, "After", &title);
                }
                if instr.verify_each {
                    if let Err(diags) = ir::verify::verify(cx.ctx, ir, op) {
                        return Err(Failure::Verify {
                            pass: p.spec(),
                            anchor,
                            diags,
                        });
                    }
                }
            }
        }
    }
    Ok(())
}

fn is_isolated(ctx: &Context, ir: &Ir, op: OpId) -> bool {
    ctx.op_def(ir.op_name(op))
        .is_some_and(|d| d.has_trait(Trait::IsolatedFromAbove))
}

/// What a worker hands back for one op.
struct Work {
    nodes: Vec<Node>,
    ir: Ir,
    op: OpId,
    dumps: String,
    result: Result<(), Failure>,
}

/// Runs `nest` on each of `targets` (ops isolated from above) on `pool`, each on a copy;
/// then, in program order, gathers dumps, counters and failures and puts the copies that
/// changed in place of their originals.
fn run_nest_parallel(
    cx: &mut RunCx<'_>,
    pool: &rayon::ThreadPool,
    nest: &mut NestNode,
    ir: &mut Ir,
    targets: &[OpId],
) -> Result<(), Failure> {
    let (ctx, instr) = (cx.ctx, cx.instr);
    // Pass instances are `Send` but not `Sync`: make each op's on this thread.
    let pipelines: Vec<Vec<Node>> = targets.iter().map(|_| fresh_nodes(&nest.nodes)).collect();
    let src: &Ir = ir;
    let works: Vec<Work> = pool.install(|| {
        pipelines
            .into_par_iter()
            .zip(targets.par_iter())
            .map(|(mut nodes, &t)| {
                let mut wir = Ir::new();
                let op = clone_into(ctx, src, t, &mut wir);
                let mut dumps = String::new();
                let mut wcx = RunCx {
                    ctx,
                    instr,
                    dumps: &mut dumps,
                    analyses: AnalysisManager::new(),
                    pool: None,
                };
                let result = run_nodes(&mut wcx, &mut nodes, &mut wir, op);
                Work {
                    nodes,
                    ir: wir,
                    op,
                    dumps,
                    result,
                }
            })
            .collect()
    });
    // The workers' passes changed ops of this IR too: drop what they did not preserve.
    fn invalidate(am: &mut AnalysisManager, nodes: &[Node]) {
        for n in nodes {
            match n {
                Node::Pass(p) if p.changed > 0 => am.invalidate(&p.pass.preserved_analyses()),
                Node::Pass(_) => {}
                Node::Nest(n) => invalidate(am, &n.nodes),
            }
        }
    }
    let mut failures = Vec::new();
    for (work, &t) in works.into_iter().zip(targets) {
        invalidate(&mut cx.analyses, &work.nodes);
        cx.dumps.push_str(&work.dumps);
        merge_nodes(&mut nest.nodes, &work.nodes);
        match work.result {
            Err(f) => failures.push(f),
            Ok(()) if changes(&work.nodes) > 0 => {
                let new = clone_into(ctx, &work.ir, work.op, ir);
                ir.insert_op_before(t, new);
                for (r, nr) in ir.results(t).iter().zip(ir.results(new).iter()) {
                    ir.replace_all_uses(r, nr);
                }
                ir.erase_op(t);
            }
            Ok(()) => {}
        }
    }
    Failure::collect(failures)
}

/// The banner MLIR puts above its timing and statistics reports.
fn report_header(out: &mut String, title: &str) {
    let rule = "===-------------------------------------------------------------------------===";
    let _ = writeln!(out, "{rule}");
    let _ = writeln!(out, "                         ... {title} ...");
    let _ = writeln!(out, "{rule}");
}
