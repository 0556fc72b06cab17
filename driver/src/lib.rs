//! The `opt-tool` driver as a library, so that out-of-tree projects build their own tool
//! with their own dialects (as MLIR's `MlirOptMain`).
//!
//! Key types: [`Cli`] (the command line), [`SourceMap`]. Key function: [`opt_main`].

pub mod backend;
pub mod diagnostics;
pub mod flops;
pub mod huge_alloc;
pub mod verify_diagnostics;

use std::io::{Read, Write};
use std::path::PathBuf;
use std::time::{Duration, Instant};

use clap::{Parser, ValueEnum};
use ir::print::{print_op, PrintOptions};
use ir::{Context, Diagnostic, Ir};
use passes::manager::{Instrumentation, PassManager};
use passes::PassRegistry;

pub use diagnostics::SourceMap;

#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum Emit {
    /// Custom (readable) forms for registered ops, generic for the rest.
    Pretty,
    /// MLIR's generic operation form for every op (what mlir-opt prints with
    /// --mlir-print-op-generic).
    Generic,
    /// LLVM IR for the host CPU, optimized at -O3 (the standard dialects only).
    Llvm,
    /// Assembly for the host CPU.
    Asm,
    /// An object file for the host CPU (needs -o); see the codegen crate for the calling
    /// convention.
    Obj,
}

impl Emit {
    /// Is this a translation to machine code rather than our IR?
    pub fn is_translation(self) -> bool {
        matches!(self, Emit::Llvm | Emit::Asm | Emit::Obj)
    }
}

/// Parse, verify, transform and print IR.
#[derive(Parser, Debug, Clone)]
#[command(
    name = "opt-tool",
    version,
    about = "Parse, verify, transform and print IR (MLIR 22's textual format)"
)]
pub struct Cli {
    /// Input file; `-` or nothing reads standard input.
    pub input: Option<PathBuf>,
    /// Output file (written only when everything succeeded); standard output by default.
    #[arg(short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Output form.
    #[arg(long, value_enum, default_value_t = Emit::Pretty)]
    pub emit: Emit,
    /// Print locations (`loc(...)`) of ops and block arguments.
    #[arg(long)]
    pub print_debuginfo: bool,
    /// Process each `// -----` separated chunk of the input on its own; outputs are joined
    /// by `// -----` lines.
    #[arg(long)]
    pub split_input_file: bool,
    /// Check the diagnostics against `// expected-error @+1 {{...}}` comments in the input
    /// (and succeed when they all match) instead of reporting them.
    #[arg(long)]
    pub verify_diagnostics: bool,
    /// Accept operations, types and attributes of dialects that are not registered.
    #[arg(long)]
    pub allow_unregistered_dialect: bool,
    /// Skip the verifier (for debugging invalid IR).
    #[arg(long)]
    pub no_verify: bool,
    /// Passes to run, a comma list: `--pass=inline,symbol-dce`, options in braces
    /// `inline{max-iterations=2}`, nesting `func.func(dce)`. A pass anchored on another op
    /// kind than `builtin.module` runs on every such op of the module (`dce` is
    /// `func.func(dce)`).
    #[arg(
        long = "pass",
        value_name = "PIPELINE",
        conflicts_with = "pass_pipeline"
    )]
    pub pass: Option<String>,
    /// MLIR's explicit pipeline syntax: `builtin.module(func.func(dce),symbol-dce)`.
    #[arg(long, value_name = "PIPELINE")]
    pub pass_pipeline: Option<String>,
    /// List every pass with its anchor, description, options and statistics, and exit.
    #[arg(long)]
    pub list_passes: bool,
    /// Print the pipeline in explicit form (anchors inferred) on standard error.
    #[arg(long)]
    pub dump_pass_pipeline: bool,
    /// Print a tree of wall time per pass on standard error (as --mlir-timing).
    #[arg(long)]
    pub timing: bool,
    /// Print every pass's counters on standard error (as --mlir-pass-statistics).
    #[arg(long)]
    pub pass_statistics: bool,
    /// Print the IR before each run of this pass (repeatable).
    #[arg(long, value_name = "PASS")]
    pub print_ir_before: Vec<String>,
    /// Print the IR after each run of this pass (repeatable).
    #[arg(long, value_name = "PASS")]
    pub print_ir_after: Vec<String>,
    /// Print the IR after every pass.
    #[arg(long)]
    pub print_ir_after_all: bool,
    /// Print the IR after a pass only when it changed it.
    #[arg(long)]
    pub print_ir_after_change: bool,
    /// Do not verify the IR after each pass.
    #[arg(long)]
    pub no_verify_each: bool,
    /// Where to write the input and pipeline when a pass crashes (default: a file in the
    /// temporary directory).
    #[arg(long, value_name = "PATH")]
    pub crash_reproducer: Option<PathBuf>,
    /// Re-run on every save of the input file (polled every 200 ms) through an incremental
    /// session: prints the output, the time taken and how many functions were recomputed.
    /// Needs a FILE and --pass; Ctrl-C exits.
    #[arg(long)]
    pub watch: bool,
    /// Threads that run passes on functions (ops isolated from above) in parallel; 0: one
    /// per CPU, 1: everything on one thread. The output is the same for any number.
    #[arg(long, value_name = "N", default_value_t = 1)]
    pub threads: usize,
    /// JIT-compile the module (after the passes; graph and te ops still there are lowered
    /// with lower-graph,lower-te first) and call this function (`@main`); prints a
    /// summary of its results and buffer arguments instead of the IR.
    #[arg(long, value_name = "@FN")]
    pub run: Option<String>,
    /// The arguments of --run: `random:seed=N`, or a comma list of `.npy` files and
    /// numbers, one per argument; buffers after the list are zero-filled outputs.
    #[arg(long = "input", value_name = "SPEC", default_value = "random:seed=0")]
    pub run_input: String,
    /// Save what --run returned as `.npy` files (comma list): the returned buffers, or
    /// when it returns none, the last buffer arguments after the call.
    #[arg(long = "output", value_name = "FILES")]
    pub run_output: Option<String>,
    /// Call the --run function N times and print the median time, and the GFLOP/s where
    /// the op count of the input function is known (graph, te and arith ops).
    #[arg(long, value_name = "N", default_value_t = 1)]
    pub repeat: usize,
    /// Also run the --run function in the reference interpreter on the same inputs, and
    /// fail with the largest difference when results or buffers disagree beyond a
    /// relative tolerance of 1e-4 (floats; integers must be equal).
    #[arg(long, value_enum, value_name = "WHAT")]
    pub check: Option<Check>,
}

/// What `--check` compares the JIT with.
#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum Check {
    /// The reference interpreter (`interp/`).
    Interp,
}

/// The relative tolerance of `--check` for floats.
pub const CHECK_TOLERANCE: f64 = 1e-4;

/// Exit code when a pass crashed.
pub const EXIT_CRASH: i32 = 2;

/// The line that separates chunks with `--split-input-file`.
pub const SPLIT_MARKER: &str = "// -----";

/// Splits `text` on lines that start with `// -----`. Each chunk is returned padded with
/// the newlines that precede it, so that lines and columns stay those of the whole file.
pub fn split_input(text: &str) -> Vec<String> {
    let mut chunks = Vec::new();
    let mut current = String::new();
    let mut lines_before = 0usize;
    let mut line_count = 0usize;
    for line in text.split_inclusive('\n') {
        line_count += 1;
        if line.trim_end().starts_with(SPLIT_MARKER) {
            chunks.push(std::mem::take(&mut current));
            lines_before = line_count;
            current = "\n".repeat(lines_before);
            continue;
        }
        current.push_str(line);
    }
    let _ = lines_before;
    chunks.push(current);
    chunks
}

/// The outcome of processing one chunk.
struct ChunkResult {
    output: Option<Vec<u8>>,
    diags: Vec<Diagnostic>,
}

/// The pass manager of a run, and the time spent around it.
struct PassRun {
    pm: PassManager,
    parse: Duration,
    output: Duration,
    /// Set when a pass panicked: the process exits with [`EXIT_CRASH`].
    crashed: bool,
}

fn process_chunk(
    ctx: &Context,
    cli: &Cli,
    file: &parser::SourceFile,
    passes: &mut Option<PassRun>,
    implicit: &mut Option<PassManager>,
) -> ChunkResult {
    let parse_start = Instant::now();
    let mut ir = Ir::new();
    let opts = parser::ParseOptions {
        allow_unregistered: cli.allow_unregistered_dialect,
    };
    let module = match parser::parse_module(ctx, &mut ir, file, &opts) {
        Ok(m) => m,
        Err(diags) => {
            return ChunkResult {
                output: None,
                diags,
            }
        }
    };
    if !cli.no_verify {
        if let Err(diags) = ir::verify::verify(ctx, &ir, module) {
            return ChunkResult {
                output: None,
                diags,
            };
        }
    }
    if let Some(run) = passes {
        run.parse += parse_start.elapsed();
        let result = run.pm.run(ctx, &mut ir, module);
        eprint!("{}", run.pm.take_dumps());
        if let Err(failure) = result {
            let mut diags = failure.diagnostics();
            if failure.is_crash() {
                run.crashed = true;
                diags.extend(write_reproducer(cli, &run.pm, file.text));
            }
            return ChunkResult {
                output: None,
                diags,
            };
        }
    }
    let output_start = Instant::now();
    if cli.run.is_some() || cli.emit.is_translation() {
        // graph and te ops left after --pass are lowered to loops first.
        let lowered = match implicit {
            Some(pm) if has_tensor_level_ops(ctx, &ir, module) => {
                if let Err(failure) = pm.run(ctx, &mut ir, module) {
                    return ChunkResult {
                        output: None,
                        diags: failure.diagnostics(),
                    };
                }
                true
            }
            _ => false,
        };
        // `--check` and `--repeat` look at the input too, when the passes changed it.
        let input = (passes.is_some() || lowered).then_some(file);
        let result = translate_or_run(ctx, cli, &ir, module, input);
        if let Some(run) = passes {
            run.output += output_start.elapsed();
        }
        return match result {
            Ok(bytes) => ChunkResult {
                output: Some(bytes),
                diags: Vec::new(),
            },
            Err(d) => ChunkResult {
                output: None,
                diags: vec![d],
            },
        };
    }
    let popts = PrintOptions {
        generic: cli.emit == Emit::Generic,
        debuginfo: cli.print_debuginfo,
    };
    // mlir-opt ends each printed module with an empty line; we print the same bytes.
    let mut text = print_op(ctx, &ir, module, popts);
    text.push('\n');
    if let Some(run) = passes {
        run.output += output_start.elapsed();
    }
    ChunkResult {
        output: Some(text.into_bytes()),
        diags: Vec::new(),
    }
}

/// `--emit=llvm|asm|obj` or `--run`: the bytes to print (or write with -o). `input` is
/// the source when passes ran on it: `--check=interp` interprets it and `--repeat` counts
/// its ops.
fn translate_or_run(
    ctx: &Context,
    cli: &Cli,
    ir: &Ir,
    module: ir::OpId,
    input: Option<&parser::SourceFile>,
) -> Result<Vec<u8>, Diagnostic> {
    let Some(target) = &cli.run else {
        return backend::emit(ctx, ir, module, cli.emit);
    };
    // Problems with the command line have no place in the input.
    let err = |m: String| Diagnostic::error(ir::DiagLoc::None, m);
    let fname = target.strip_prefix('@').unwrap_or(target);
    let (_, params) = backend::find_function(ctx, ir, module, fname).map_err(err)?;
    let spec = backend::parse_input_spec(&cli.run_input).map_err(err)?;
    let args = backend::make_inputs(&params, &spec, fname).map_err(err)?;
    let threads = cli.threads.max(1);
    let run = backend::run_jit(ctx, ir, module, fname, &args, cli.repeat, threads)
        .map_err(|m| err(format!("--run: {m}")))?;
    let mut out = String::new();
    use std::fmt::Write as _;
    for (i, r) in run.results.iter().enumerate() {
        let _ = writeln!(out, "result #{i}: {}", backend::summarize(r));
    }
    for (i, (a, p)) in run.args.iter().zip(&params).enumerate() {
        if let backend::HostValue::Array(_) = a {
            let _ = writeln!(out, "arg #{i} ({p}): {}", backend::summarize(a));
        }
    }
    // The input IR again (the passes changed it in place); it parsed before, so a failure
    // here only loses what it is used for.
    let mut input_ir = Ir::new();
    let input_module = input.and_then(|file| {
        let opts = parser::ParseOptions {
            allow_unregistered: cli.allow_unregistered_dialect,
        };
        parser::parse_module(ctx, &mut input_ir, file, &opts).ok()
    });
    let input = input_module.map(|m| (&input_ir, m));
    if cli.check == Some(Check::Interp) {
        let src = backend::CheckSource {
            ctx,
            lowered: (ir, module),
            input,
        };
        let check = backend::check_interp(&src, fname, &args, &run)
            .map_err(|m| err(format!("--check=interp: {m}")))?;
        let which = format!("interpreted {}", check.interpreted);
        match check.worst {
            Some((place, a, b, e)) if e > CHECK_TOLERANCE => {
                return Err(err(format!(
                    "--check=interp: the JIT and the interpreter disagree: largest difference at {place}: JIT {a}, interpreter {b} (relative error {e:.3e} > {CHECK_TOLERANCE:e}; {which})"
                )));
            }
            Some((_, _, _, 0.0)) => {
                let _ = writeln!(out, "check: JIT and interpreter agree exactly ({which})");
            }
            Some((place, _, _, e)) => {
                let _ = writeln!(out, "check: JIT and interpreter agree (largest relative difference {e:.3e}, at {place}; {which})");
            }
            None => {
                let _ = writeln!(
                    out,
                    "check: JIT and interpreter agree (nothing to compare; {which})"
                );
            }
        }
    }
    if cli.repeat > 1 {
        let (counted, counted_module) = input.unwrap_or((ir, module));
        let flops = flops::function_flops(ctx, counted, counted_module, fname);
        if let Some(line) = flops::timing_line(&run.times, flops) {
            let _ = writeln!(out, "{line}");
        }
    }
    if let Some(files) = &cli.run_output {
        let files: Vec<&str> = files.split(',').filter(|f| !f.is_empty()).collect();
        // Returned buffers if there are any, else the buffer arguments (destination-passing
        // style).
        let arrays = |vs: &'_ [backend::HostValue]| -> Vec<backend::HostArray> {
            vs.iter()
                .filter_map(|a| match a {
                    backend::HostValue::Array(a) => Some(a.clone()),
                    backend::HostValue::Scalar(_) => None,
                })
                .collect()
        };
        let returned = arrays(&run.results);
        let buffers = if returned.is_empty() {
            arrays(&run.args)
        } else {
            returned
        };
        if files.len() > buffers.len() {
            return Err(err(format!(
                "--output: {} files for {} buffers of @{fname}",
                files.len(),
                buffers.len()
            )));
        }
        for (f, a) in files.iter().zip(&buffers[buffers.len() - files.len()..]) {
            backend::write_npy(std::path::Path::new(f), a).map_err(err)?;
        }
    }
    Ok(out.into_bytes())
}

/// Runs opt-tool with a context made by `make_context` (register your dialects there).
/// Returns the process exit code: 0 on success, 1 on any error.
pub fn opt_main(make_context: impl Fn() -> Context, cli: &Cli) -> i32 {
    opt_main_with_passes(make_context, &PassRegistry::with_builtin_passes(), cli)
}

/// [`opt_main`] with your own passes (start from [`PassRegistry::with_builtin_passes`]).
/// Exit codes: 0 on success, 1 on any error, 2 when a pass crashed.
pub fn opt_main_with_passes(
    make_context: impl Fn() -> Context,
    registry: &PassRegistry,
    cli: &Cli,
) -> i32 {
    if cli.list_passes {
        print!("{}", registry.describe());
        return 0;
    }
    if cli.watch {
        return watch(make_context, registry, cli);
    }
    let stripped;
    let cli = match strip_translation(cli) {
        Ok(Some(c)) => {
            stripped = c;
            &stripped
        }
        Ok(None) => cli,
        Err(e) => {
            eprintln!("error: {e}");
            return 1;
        }
    };
    let to_terminal = cli.output.as_deref().is_none_or(|p| p.as_os_str() == "-");
    if cli.emit == Emit::Obj && to_terminal && cli.run.is_none() {
        eprintln!("error: --emit=obj writes an object file: give -o FILE");
        return 1;
    }
    let mut passes = match build_pass_manager(registry, cli) {
        Ok(p) => p,
        Err(rendered) => {
            eprint!("{rendered}");
            return 1;
        }
    };
    if let (true, Some(run)) = (cli.dump_pass_pipeline, &passes) {
        eprintln!("{}", run.pm.pipeline);
    }
    let mut implicit = implicit_lowering(registry, cli);
    let ctx = make_context();
    let (name, text) = match read_input(cli) {
        Ok(v) => v,
        Err(e) => {
            eprintln!("error: {e}");
            return 1;
        }
    };
    let chunks = if cli.split_input_file {
        split_input(&text)
    } else {
        vec![text]
    };
    let mut sources = SourceMap::new();
    let mut outputs = Vec::new();
    let mut failed = false;
    let mut stderr = String::new();
    for chunk in chunks {
        let id = sources.add(&name, chunk.clone());
        let file = parser::SourceFile {
            id,
            name: &name,
            text: &chunk,
        };
        let result = process_chunk(&ctx, cli, &file, &mut passes, &mut implicit);
        if cli.verify_diagnostics {
            let problems = verify_diagnostics::check(&ctx, &sources, id, &chunk, &result.diags);
            for p in &problems {
                stderr.push_str(&sources.render(&ctx, p));
            }
            failed |= !problems.is_empty();
        } else {
            for d in &result.diags {
                stderr.push_str(&sources.render(&ctx, d));
            }
            failed |= result
                .diags
                .iter()
                .any(|d| d.severity == ir::Severity::Error);
        }
        outputs.push(result.output.unwrap_or_default());
    }
    eprint!("{stderr}");
    if let Some(run) = &passes {
        if cli.pass_statistics {
            eprint!("{}", run.pm.statistics_report());
        }
        if cli.timing {
            eprint!(
                "{}",
                run.pm
                    .timing_report(&[("Parser", run.parse)], &[("Output", run.output)])
            );
        }
        if run.crashed {
            return EXIT_CRASH;
        }
    }
    let joined = outputs.join(format!("{SPLIT_MARKER}\n").as_bytes());
    if cli.verify_diagnostics {
        return i32::from(failed);
    }
    if failed && cli.output.is_some() {
        return 1; // never overwrite an output file with partial results
    }
    if let Err(e) = write_output(cli, &joined) {
        eprintln!("error: {e}");
        return 1;
    }
    i32::from(failed)
}

/// `--pass=...,lower-to-llvm`: LLVM IR is not our IR, so `lower-to-llvm` is not a pass but
/// the translation `--emit=llvm|asm|obj` (or `--run`) performs after the pipeline; as the
/// last item of `--pass` it is accepted and stands for that translation. Returns the
/// command line without it, or `None` when there is nothing to strip.
fn strip_translation(cli: &Cli) -> Result<Option<Cli>, String> {
    const NAME: &str = "lower-to-llvm";
    let Some(text) = cli.pass.as_deref() else {
        return Ok(None);
    };
    let rest = match text.rsplit_once(',') {
        Some((rest, last)) if last.trim() == NAME => rest,
        None if text.trim() == NAME => "",
        _ => return Ok(None),
    };
    if !cli.emit.is_translation() && cli.run.is_none() {
        return Err(format!(
            "{NAME} translates the module to LLVM IR after the passes: add --emit=llvm, --emit=asm, --emit=obj or --run=@FN"
        ));
    }
    let mut cli = cli.clone();
    cli.pass = (!rest.trim().is_empty()).then(|| rest.to_string());
    Ok(Some(cli))
}

/// `--watch`: runs `--pass` on the input file through a [`session::Session`] each time its
/// modification time changes; never returns but on an error at the start.
fn watch(make_context: impl Fn() -> Context, registry: &PassRegistry, cli: &Cli) -> i32 {
    let (Some(path), Some(pipeline)) = (cli.input.as_ref(), cli.pass.as_deref()) else {
        eprintln!("error: --watch needs an input file and --pass=PIPELINE");
        return 1;
    };
    let name = path.display().to_string();
    let parse = parser::ParseOptions {
        allow_unregistered: cli.allow_unregistered_dialect,
    };
    let mut session =
        match session::Session::with(make_context(), registry.clone(), pipeline, parse) {
            Ok(s) => s.named(&name),
            Err(rendered) => {
                eprint!("{rendered}");
                return 1;
            }
        };
    let render_ctx = make_context();
    let mut seen = None;
    loop {
        let mtime = std::fs::metadata(path).and_then(|m| m.modified()).ok();
        if mtime.is_some() && mtime != seen {
            seen = mtime;
            match std::fs::read_to_string(path) {
                Ok(text) => {
                    let start = Instant::now();
                    session.set_source(&text);
                    let result = session.output();
                    let took = start.elapsed();
                    match result {
                        Ok(out) => print!("{out}"),
                        Err(diags) => {
                            let mut sources = SourceMap::new();
                            sources.add(&name, text);
                            for d in &diags {
                                eprint!("{}", sources.render(&render_ctx, d));
                            }
                        }
                    }
                    println!(
                        "// --watch: {:.3} ms, {} function(s) recomputed{}",
                        took.as_secs_f64() * 1e3,
                        session.recomputed(),
                        if session.ran_cold() {
                            " (whole module run)"
                        } else {
                            ""
                        }
                    );
                    let _ = std::io::stdout().flush();
                }
                Err(e) => eprintln!("error: cannot read '{name}': {e}"),
            }
        }
        std::thread::sleep(Duration::from_millis(200));
    }
}

/// The passes that `--run` and `--emit=llvm|asm|obj` apply to graph and te ops still
/// in the IR after `--pass` (`lower-graph,lower-te`), so that `opt-tool net.mlir
/// --run=@main` runs a graph program as it is; `None` when not translating, or when
/// the registry (a custom opt-tool's) lacks those passes.
fn implicit_lowering(registry: &PassRegistry, cli: &Cli) -> Option<PassManager> {
    if cli.run.is_none() && !cli.emit.is_translation() {
        return None;
    }
    let pipeline = passes::pipeline::parse_pass_list(registry, IMPLICIT_LOWERING).ok()?;
    let mut pm = PassManager::new(
        pipeline,
        Instrumentation {
            verify_each: !cli.no_verify_each,
            ..Default::default()
        },
    );
    pm.set_threads(cli.threads);
    Some(pm)
}

/// What [`implicit_lowering`] runs.
pub const IMPLICIT_LOWERING: &str = "lower-graph,lower-te";

/// Whether `module` holds `graph` or `te` ops.
fn has_tensor_level_ops(ctx: &Context, ir: &Ir, module: ir::OpId) -> bool {
    let mut found = false;
    ir.walk_preorder(module, &mut |op| {
        let name = ctx.op_name_str(ir.op_name(op));
        found |= name.starts_with("graph.") || name.starts_with("te.");
    });
    found
}

/// The pass manager for `--pass`/`--pass-pipeline`, or the rendered pipeline error.
fn build_pass_manager(registry: &PassRegistry, cli: &Cli) -> Result<Option<PassRun>, String> {
    let (flag, text, parsed) = match (&cli.pass, &cli.pass_pipeline) {
        (Some(t), _) => ("--pass", t, passes::pipeline::parse_pass_list(registry, t)),
        (None, Some(t)) => (
            "--pass-pipeline",
            t,
            passes::pipeline::parse_pass_pipeline(registry, t),
        ),
        (None, None) => return Ok(None),
    };
    let pipeline = parsed.map_err(|e| {
        let mut sources = SourceMap::new();
        let id = sources.add(&format!("<{flag}>"), text.clone());
        let diag = Diagnostic::error(
            ir::DiagLoc::Span {
                file: id,
                start: e.start as u32,
                end: e.end.min(text.len()).max(e.start) as u32,
            },
            e.message,
        );
        sources.render(&Context::new(), &diag)
    })?;
    for name in cli.print_ir_before.iter().chain(&cli.print_ir_after) {
        if registry.get(name).is_none() {
            let hint = registry
                .suggest(name)
                .map(|s| format!("; did you mean '{s}'?"))
                .unwrap_or_default();
            return Err(format!(
                "error: --print-ir-before/--print-ir-after: unknown pass '{name}'{hint}\n"
            ));
        }
    }
    let instrumentation = Instrumentation {
        verify_each: !cli.no_verify_each,
        print_before: cli.print_ir_before.clone(),
        print_after: cli.print_ir_after.clone(),
        print_after_all: cli.print_ir_after_all,
        print_after_change: cli.print_ir_after_change,
        print_options: PrintOptions {
            generic: cli.emit == Emit::Generic,
            debuginfo: cli.print_debuginfo,
        },
    };
    let mut pm = PassManager::new(pipeline, instrumentation);
    pm.set_threads(cli.threads);
    Ok(Some(PassRun {
        pm,
        parse: Duration::ZERO,
        output: Duration::ZERO,
        crashed: false,
    }))
}

/// Writes the input and the pipeline that crashed to the reproducer file; returns notes
/// saying where it is and how to run it.
fn write_reproducer(cli: &Cli, pm: &PassManager, input: &str) -> Vec<Diagnostic> {
    let path = cli.crash_reproducer.clone().unwrap_or_else(|| {
        std::env::temp_dir().join(format!("opt-tool-reproducer-{}.mlir", std::process::id()))
    });
    let pipeline = pm.pipeline.to_string();
    let mut flags = format!("--pass-pipeline='{pipeline}'");
    if cli.allow_unregistered_dialect {
        flags.push_str(" --allow-unregistered-dialect");
    }
    if cli.no_verify_each {
        flags.push_str(" --no-verify-each");
    }
    let text = format!(
        "// opt-tool crash reproducer: opt-tool THIS_FILE {flags}\n{}",
        input.trim_start_matches('\n')
    );
    let none = ir::DiagLoc::None;
    match std::fs::write(&path, text) {
        Ok(()) => vec![Diagnostic::note(
            none,
            format!(
                "the input and pipeline were written to '{}'; reproduce with:\n  opt-tool {} {flags}",
                path.display(),
                path.display()
            ),
        )],
        Err(e) => vec![Diagnostic::error(
            none,
            format!("cannot write the crash reproducer '{}': {e}", path.display()),
        )],
    }
}

fn read_input(cli: &Cli) -> Result<(String, String), String> {
    match cli.input.as_deref() {
        None => read_stdin(),
        Some(p) if p.as_os_str() == "-" => read_stdin(),
        Some(p) => {
            let bytes =
                std::fs::read(p).map_err(|e| format!("cannot read '{}': {e}", p.display()))?;
            let text = String::from_utf8(bytes).map_err(|e| {
                format!(
                    "'{}' is not valid UTF-8 (byte {})",
                    p.display(),
                    e.utf8_error().valid_up_to()
                )
            })?;
            Ok((p.display().to_string(), text))
        }
    }
}

fn read_stdin() -> Result<(String, String), String> {
    let mut text = String::new();
    std::io::stdin()
        .read_to_string(&mut text)
        .map_err(|e| format!("cannot read standard input: {e}"))?;
    Ok(("<stdin>".to_string(), text))
}

/// Writes the output; a file is written to a temporary sibling and renamed into place, so
/// an interrupted run never leaves a truncated file.
fn write_output(cli: &Cli, text: &[u8]) -> Result<(), String> {
    match cli.output.as_deref() {
        None => {
            let mut out = std::io::stdout().lock();
            out.write_all(text)
                .map_err(|e| format!("cannot write standard output: {e}"))
        }
        Some(p) if p.as_os_str() == "-" => {
            let mut out = std::io::stdout().lock();
            out.write_all(text)
                .map_err(|e| format!("cannot write standard output: {e}"))
        }
        Some(p) => {
            let tmp = p.with_extension("opt-tool-tmp");
            std::fs::write(&tmp, text)
                .map_err(|e| format!("cannot write '{}': {e}", tmp.display()))?;
            std::fs::rename(&tmp, p).map_err(|e| format!("cannot write '{}': {e}", p.display()))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_keeps_line_numbers() {
        let chunks = split_input("a\n// -----\nb\nc\n// -----\nd");
        assert_eq!(
            chunks,
            vec![
                "a\n".to_string(),
                "\n\nb\nc\n".to_string(),
                "\n\n\n\n\nd".to_string()
            ]
        );
    }
}
