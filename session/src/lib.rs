//! Incremental sessions: a [salsa](https://docs.rs/salsa) database that re-runs a pass
//! pipeline only on the functions an edit touched (rust-analyzer is the model).
//!
//! Key type: [`Session`] (`new(pipeline)`, `set_source(text)`, `output()`,
//! [`Session::recomputed`]).
//!
//! The database:
//!
//! - inputs: [`SourceInput`] (the whole file text), one [`FuncSource`] per top-level
//!   `func.func` (its text) and [`ModuleInput`] (the module header, the alias definitions
//!   and the list of functions). [`Session::set_source`] splits the text lexically (only
//!   around the edit: the common prefix and suffix with the previous text keep their
//!   functions) and sets only the inputs whose value changed;
//! - tracked `signature` (per function): its name and a `func.func private @f(...)`
//!   declaration -- the "ItemTree-like" summary firewall: a body edit leaves it equal, so
//!   callers are not recomputed;
//! - tracked `func_output` (per function + the declarations of the symbols it
//!   references): parse, verify, run the pipeline, print; this is what
//!   [`Session::recomputed`] counts;
//! - tracked `module_output`: the header plus every function's output; `cold_output`:
//!   the whole module parsed and run at once (what `opt-tool` does).
//!
//! **When it is not incremental** (falls back to `cold_output`, memoized on the whole
//! text, so an unchanged file still costs nothing): a pipeline with a pass anchored on
//! `builtin.module` (`symbol-dce`, `inline` look across functions); a module with other
//! top-level ops than `func.func`, or text the lexical split does not recognize; a
//! function whose printed form needs alias definitions (`#map = ...`); and any error (the
//! cold run then yields the diagnostics exactly as `opt-tool` reports them).
//!
//! **Architecture Invariant:** `output()` returns exactly what a cold run of the same
//! pipeline on the same text prints (`tests/incremental.rs` checks it after edits).

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use ir::print::{print_op, PrintOptions};
use ir::{Context, Diagnostic, Ir, OpId};
use passes::manager::{Instrumentation, PassManager};
use passes::pipeline::{parse_pass_list, Node, Pipeline};
use passes::PassRegistry;
use salsa::Setter;

/// A module of `n` functions for tests and benchmarks: each has a dead block for `dce`,
/// an unregistered op and (but the first) a call to the previous function; `variant`
/// changes the body of function `edited` only.
pub fn example_module(n: usize, edited: usize, variant: u32) -> String {
    let mut s = String::from("module {\n");
    for i in 0..n {
        let v = if i == edited { variant } else { 0 };
        s.push_str(&format!("  func.func @f{i}(%a: i32) -> i32 {{\n"));
        s.push_str(&format!(
            "    %0 = \"test.op\"(%a) {{k = {v} : i32}} : (i32) -> i32\n"
        ));
        if i > 0 {
            s.push_str(&format!("    %1 = call @f{}(%0) : (i32) -> i32\n", i - 1));
        } else {
            s.push_str("    %1 = \"test.op\"(%0) : (i32) -> i32\n");
        }
        for j in 0..8 {
            s.push_str(&format!(
                "    %x{j} = \"test.work\"(%1) {{n = {j} : i64}} : (i32) -> i32\n"
            ));
        }
        s.push_str("    cf.br ^bb2\n  ^bb1:\n    %d = \"test.dead\"() : () -> i32\n    cf.br ^bb2\n  ^bb2:\n    return %1 : i32\n  }\n");
    }
    s.push_str("}\n");
    s
}

/// The whole source file (what the cold path and its diagnostics read).
#[salsa::input]
pub struct SourceInput {
    #[returns(ref)]
    pub text: String,
}

/// The text of one top-level function: one input per function, set only when that
/// function's text changed.
#[salsa::input]
pub struct FuncSource {
    #[returns(ref)]
    pub text: String,
}

/// How the file is laid out: the module header, the alias definitions and the functions
/// in order (`None`: not a module of functions the session can split).
#[salsa::input]
pub struct ModuleInput {
    #[returns(ref)]
    pub layout: Option<Layout>,
}

#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Layout {
    /// `module attributes {...}` (without the body brace); `None` for an implicit module.
    pub open: Option<String>,
    /// Alias definitions, one per line (part of every function's input).
    pub prefix: String,
    pub funcs: Vec<FuncSource>,
}

/// One function with what else its result depends on: the aliases and the declarations
/// of the functions it references.
#[salsa::interned]
struct FuncUnit<'db> {
    func: FuncSource,
    #[returns(ref)]
    prefix: String,
    #[returns(ref)]
    decls: Vec<String>,
}

/// The result of a cold run (diagnostics are not `Eq`: never backdated).
#[derive(Debug)]
pub struct ColdResult(pub Result<String, Vec<Diagnostic>>);

/// What tracked functions need besides their inputs (constant for a database's life).
#[salsa::db]
pub trait Db: salsa::Database {
    fn env(&self) -> &Env;
}

/// The context, the pipeline and the counters of a database.
pub struct Env {
    pub ctx: Context,
    pub registry: PassRegistry,
    /// `--pass` text of the pipeline.
    pub pipeline: String,
    /// The file name in locations and diagnostics.
    pub name: String,
    pub parse: parser::ParseOptions,
    /// Every top-level node is a `func.func` nest: functions can be run one by one.
    pub per_function: bool,
    /// How many times `func_output` ran.
    pub recomputed: AtomicUsize,
    /// How many times `cold_output` ran.
    pub cold_runs: AtomicUsize,
}

#[salsa::db]
#[derive(Clone)]
pub struct SessionDb {
    storage: salsa::Storage<Self>,
    env: Arc<Env>,
}

#[salsa::db]
impl salsa::Database for SessionDb {}

#[salsa::db]
impl Db for SessionDb {
    fn env(&self) -> &Env {
        &self.env
    }
}

/// The inputs of a session and the text they were split from.
struct Inputs {
    source: SourceInput,
    module: ModuleInput,
    spans: Option<Spans>,
    funcs: Vec<FuncSource>,
}

/// An incremental compilation session: set the source, ask for the output, repeat.
pub struct Session {
    db: SessionDb,
    inputs: Option<Inputs>,
    last_recomputed: usize,
    last_cold: bool,
}

impl Session {
    /// A session for a `--pass`-style pipeline (`dce`, `func.func(dce)`, `inline,dce`) with
    /// every dialect of `dialects` and the builtin passes; unregistered ops are accepted.
    pub fn new(pipeline: &str) -> Result<Session, String> {
        Session::with(
            dialects::context(),
            PassRegistry::with_builtin_passes(),
            pipeline,
            parser::ParseOptions {
                allow_unregistered: true,
            },
        )
    }

    /// A session with your context, passes and parser options.
    pub fn with(
        ctx: Context,
        registry: PassRegistry,
        pipeline: &str,
        parse: parser::ParseOptions,
    ) -> Result<Session, String> {
        let parsed = parse_pass_list(&registry, pipeline).map_err(|e| e.render(pipeline))?;
        let per_function = parsed
            .nodes
            .iter()
            .all(|n| matches!(n, Node::Nest(n) if n.anchor == "func.func"));
        let env = Env {
            ctx,
            registry,
            pipeline: pipeline.to_string(),
            name: "<session>".to_string(),
            parse,
            per_function,
            recomputed: AtomicUsize::new(0),
            cold_runs: AtomicUsize::new(0),
        };
        Ok(Session {
            db: SessionDb {
                storage: salsa::Storage::default(),
                env: Arc::new(env),
            },
            inputs: None,
            last_recomputed: 0,
            last_cold: false,
        })
    }

    /// Names the file (in locations and diagnostics); call before the first
    /// [`Session::set_source`].
    pub fn named(mut self, name: &str) -> Session {
        if let Some(env) = Arc::get_mut(&mut self.db.env) {
            env.name = name.to_string();
        }
        self
    }

    /// Sets the file text. Only the functions whose text changed get a new input value
    /// (an edit is located by the common prefix and suffix with the previous text, and
    /// only the functions it touches are split again).
    pub fn set_source(&mut self, text: &str) {
        let Some(mut inputs) = self.inputs.take() else {
            let spans = split_spans(text);
            let funcs: Vec<FuncSource> = spans
                .iter()
                .flat_map(|s| &s.funcs)
                .map(|&(a, b)| FuncSource::new(&self.db, text[a..b].to_string()))
                .collect();
            let layout = spans.as_ref().map(|s| Layout {
                open: s.open.clone(),
                prefix: s.prefix.clone(),
                funcs: funcs.clone(),
            });
            self.inputs = Some(Inputs {
                source: SourceInput::new(&self.db, text.to_string()),
                module: ModuleInput::new(&self.db, layout),
                spans,
                funcs,
            });
            return;
        };
        let old_text = inputs.source.text(&self.db);
        if old_text == text {
            self.inputs = Some(inputs);
            return;
        }
        let spans = match &inputs.spans {
            Some(old) => respan(old_text, old, text).or_else(|| split_spans(text)),
            None => split_spans(text),
        };
        inputs.source.set_text(&mut self.db).to(text.to_string());
        let Some(new_spans) = &spans else {
            // Not splittable now (say, half-typed): the cold path answers; keep the
            // function inputs for when the text is whole again.
            if inputs.module.layout(&self.db).is_some() {
                inputs.module.set_layout(&mut self.db).to(None);
            }
            inputs.spans = None;
            self.inputs = Some(inputs);
            return;
        };
        let new_funcs = &new_spans.funcs[..];
        // Keep the inputs of the unchanged functions before and after the edit (so an
        // inserted or deleted function shifts nothing); reuse the others by position and
        // set only those whose text differs.
        let texts: Vec<&str> = new_funcs.iter().map(|&(a, b)| &text[a..b]).collect();
        let old = &inputs.funcs;
        let same = |f: FuncSource, t: &str| f.text(&self.db) == t;
        let front = old
            .iter()
            .zip(&texts)
            .take_while(|(&f, t)| same(f, t))
            .count();
        let back = old[front..]
            .iter()
            .rev()
            .zip(texts[front..].iter().rev())
            .take_while(|(&f, t)| same(f, t))
            .count();
        let (old, mut funcs) = (old.clone(), old[..front].to_vec());
        // In between: an input with the same text if there is one (a moved function),
        // else a leftover input with a new text, else a new input.
        let mut by_text: std::collections::HashMap<&str, Vec<FuncSource>> = Default::default();
        for &f in old[front..old.len() - back].iter().rev() {
            by_text
                .entry(f.text(&self.db).as_str())
                .or_default()
                .push(f);
        }
        let middle = &texts[front..texts.len() - back];
        let mut chosen: Vec<Option<FuncSource>> = middle
            .iter()
            .map(|t| by_text.get_mut(t).and_then(|v| v.pop()))
            .collect();
        let mut leftovers: Vec<FuncSource> = by_text.into_values().flatten().collect();
        leftovers.reverse();
        for (slot, t) in chosen.iter_mut().zip(middle) {
            if slot.is_none() {
                *slot = Some(match leftovers.pop() {
                    Some(f) => {
                        f.set_text(&mut self.db).to(t.to_string());
                        f
                    }
                    None => FuncSource::new(&self.db, t.to_string()),
                });
            }
        }
        funcs.extend(chosen.into_iter().flatten());
        funcs.extend_from_slice(&old[old.len() - back..]);
        let layout = spans.as_ref().map(|s| Layout {
            open: s.open.clone(),
            prefix: s.prefix.clone(),
            funcs: funcs.clone(),
        });
        if *inputs.module.layout(&self.db) != layout {
            inputs.module.set_layout(&mut self.db).to(layout);
        }
        inputs.spans = spans;
        inputs.funcs = funcs;
        self.inputs = Some(inputs);
    }

    /// What `opt-tool FILE --pass=PIPELINE` prints, or its diagnostics (file id 0).
    pub fn output(&mut self) -> Result<String, Vec<Diagnostic>> {
        let Some(inputs) = &self.inputs else {
            return Err(vec![Diagnostic::error(
                ir::DiagLoc::None,
                "no source set".to_string(),
            )]);
        };
        let env = self.db.env();
        let (r0, c0) = (
            env.recomputed.load(Ordering::Relaxed),
            env.cold_runs.load(Ordering::Relaxed),
        );
        let result = match module_output(&self.db, inputs.module) {
            Some(text) => Ok(text.clone()),
            None => cold_output(&self.db, inputs.source).0.clone(),
        };
        let env = self.db.env();
        self.last_recomputed = env.recomputed.load(Ordering::Relaxed) - r0;
        self.last_cold = env.cold_runs.load(Ordering::Relaxed) > c0;
        result
    }

    /// The whole module run at once, as `opt-tool` does (memoized on the text; for
    /// comparisons and benchmarks).
    pub fn cold_output(&self) -> Result<String, Vec<Diagnostic>> {
        match &self.inputs {
            Some(inputs) => cold_output(&self.db, inputs.source).0.clone(),
            None => Err(Vec::new()),
        }
    }

    /// Functions recomputed by the last [`Session::output`].
    pub fn recomputed(&self) -> usize {
        self.last_recomputed
    }

    /// Did the last [`Session::output`] run the whole module at once (not incremental)?
    pub fn ran_cold(&self) -> bool {
        self.last_cold
    }

    /// Can this session's pipeline run function by function?
    pub fn is_incremental(&self) -> bool {
        self.db.env().per_function
    }
}

/// Parses, verifies and runs the pipeline on `text`: what opt-tool does to one file.
fn run_text(env: &Env, text: &str) -> Result<(Ir, OpId), Vec<Diagnostic>> {
    let mut ir = Ir::new();
    let file = parser::SourceFile {
        id: 0,
        name: &env.name,
        text,
    };
    let module = parser::parse_module(&env.ctx, &mut ir, &file, &env.parse)?;
    ir::verify::verify(&env.ctx, &ir, module)?;
    let pipeline: Pipeline = parse_pass_list(&env.registry, &env.pipeline)
        .expect("the pipeline was checked by Session::with");
    let mut pm = PassManager::new(pipeline, Instrumentation::default());
    pm.run(&env.ctx, &mut ir, module)
        .map_err(|f| f.diagnostics())?;
    Ok((ir, module))
}

fn print_options() -> PrintOptions {
    PrintOptions {
        generic: false,
        debuginfo: false,
    }
}

/// The whole module at once (the non-incremental path; also the source of diagnostics).
#[salsa::tracked(returns(ref), no_eq)]
fn cold_output(db: &dyn Db, input: SourceInput) -> ColdResult {
    let env = db.env();
    env.cold_runs.fetch_add(1, Ordering::Relaxed);
    ColdResult(run_text(env, input.text(db)).map(|(ir, module)| {
        let mut text = print_op(&env.ctx, &ir, module, print_options());
        text.push('\n');
        text
    }))
}

/// `(name as written after '@', declaration)` of a function, from its own text alone
/// (lexically: a parse here would double the cost of a cold run). A wrong declaration
/// cannot go unnoticed: the functions that use it fail to verify and the cold run decides.
/// This is the firewall: a body edit leaves it equal, so callers are not recomputed.
#[salsa::tracked(returns(ref))]
fn signature(db: &dyn Db, func: FuncSource) -> Option<(String, String)> {
    declaration(func.text(db))
}

/// The symbols (`@name`) a function's text mentions, its own name excluded.
#[salsa::tracked(returns(ref))]
fn references(db: &dyn Db, func: FuncSource) -> Vec<String> {
    let text = func.text(db);
    let own = func_name(text);
    let mut names: Vec<String> = symbol_refs(text)
        .into_iter()
        .filter(|n| Some(n) != own.as_ref())
        .collect();
    names.sort();
    names.dedup();
    names
}

/// One function's printed output after the pipeline (indented as in the module), or
/// `None` on any error.
#[salsa::tracked(returns(ref))]
fn func_output<'db>(db: &'db dyn Db, unit: FuncUnit<'db>) -> Option<String> {
    let env = db.env();
    env.recomputed.fetch_add(1, Ordering::Relaxed);
    let mut text = unit.prefix(db).clone();
    for d in unit.decls(db) {
        text.push_str(d);
        text.push('\n');
    }
    text.push_str(unit.func(db).text(db));
    let (ir, module) = run_text(env, &text).ok()?;
    let op = last_top_level_op(&ir, module)?;
    let printed = print_op(&env.ctx, &ir, op, print_options());
    // Alias definitions would belong at the top of the module: not incremental.
    if !printed.starts_with("func.func") {
        return None;
    }
    let mut indented = String::with_capacity(printed.len() + printed.len() / 16);
    for line in printed.lines() {
        if !line.is_empty() {
            indented.push_str("  ");
        }
        indented.push_str(line);
        indented.push('\n');
    }
    Some(indented)
}

/// The module header line (`module attributes {...} {`) as the printer writes it.
#[salsa::tracked(returns(ref))]
fn header_line(db: &dyn Db, module: ModuleInput) -> Option<String> {
    let layout = module.layout(db).as_ref()?;
    let Some(open) = &layout.open else {
        return Some("module {".to_string());
    };
    let env = db.env();
    let text = format!("{}{open} {{\n}}\n", layout.prefix);
    let mut ir = Ir::new();
    let file = parser::SourceFile {
        id: 0,
        name: "<session>",
        text: &text,
    };
    let module = parser::parse_module(&env.ctx, &mut ir, &file, &env.parse).ok()?;
    let printed = print_op(&env.ctx, &ir, module, print_options());
    let line = printed.strip_suffix(" {\n}\n")?;
    (!line.contains('\n')).then(|| format!("{line} {{"))
}

/// The incremental output, or `None` when this file or pipeline needs the cold path.
#[salsa::tracked(returns(ref))]
fn module_output(db: &dyn Db, module: ModuleInput) -> Option<String> {
    if !db.env().per_function {
        return None;
    }
    let layout = module.layout(db).as_ref()?;
    let header = header_line(db, module).as_ref()?;
    let mut sigs = std::collections::HashMap::new();
    for &f in &layout.funcs {
        let (name, decl) = signature(db, f).as_ref()?;
        if sigs.insert(name.as_str(), decl.as_str()).is_some() {
            return None; // a redefinition: let the cold run report it
        }
    }
    let mut out = String::new();
    out.push_str(header);
    out.push('\n');
    for &f in &layout.funcs {
        let mut decls = Vec::new();
        for r in references(db, f) {
            // An unknown symbol: the cold run reports it.
            decls.push(sigs.get(r.as_str())?.to_string());
        }
        let unit = FuncUnit::new(db, f, layout.prefix.clone(), decls);
        out.push_str(func_output(db, unit).as_ref()?);
    }
    out.push_str("}\n\n");
    Some(out)
}

fn last_top_level_op(ir: &Ir, module: OpId) -> Option<OpId> {
    let region = *ir.regions(module).first()?;
    let block = *ir.region_blocks(region).first()?;
    ir.last_op(block)
}

// ----- the lexical split -----

/// A file split into its parts.
#[derive(Debug, PartialEq, Eq)]
pub struct SplitText {
    /// `module ...` before the body brace; `None` when the functions are at top level.
    pub open: Option<String>,
    /// Alias definitions (`#a = ...`), one per line.
    pub prefix: String,
    /// The text of each top-level `func.func`.
    pub funcs: Vec<String>,
}

/// Where the parts of a file are.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Spans {
    open: Option<String>,
    prefix: String,
    /// Where the functions start (after the module's `{`); text before it is the header.
    body_start: usize,
    /// `start..end` of each top-level function.
    funcs: Vec<(usize, usize)>,
}

fn is_ident(c: u8) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, b'_' | b'$' | b'.' | b'-')
}

fn skip_trivia(b: &[u8], mut i: usize) -> usize {
    loop {
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        if b[i..].starts_with(b"//") {
            while i < b.len() && b[i] != b'\n' {
                i += 1;
            }
            continue;
        }
        return i;
    }
}

/// Skips a string literal starting at `i` (a `"`); returns the index after it.
fn skip_string(b: &[u8], i: usize) -> Option<usize> {
    let mut j = i + 1;
    loop {
        j += b.get(j..)?.iter().position(|&c| c == b'"' || c == b'\\')?;
        if b[j] == b'"' {
            return Some(j + 1);
        }
        j += 2;
    }
}

/// Bytes `op_end` must look at: inside brackets (depth > 0) and at the top (depth 0).
const fn byte_class(top: bool) -> [bool; 256] {
    let mut t = [false; 256];
    let special: &[u8] = b"\"()[]{}";
    let mut k = 0;
    while k < special.len() {
        t[special[k] as usize] = true;
        k += 1;
    }
    if top {
        t[b'\n' as usize] = true;
        t[b'/' as usize] = true;
    }
    t
}
static NESTED: [bool; 256] = byte_class(false);
static TOP: [bool; 256] = byte_class(true);

/// The end of the op starting at `i`: the first newline (or `}` closing the enclosing
/// region) with `(`, `[` and `{` balanced. `None` on unbalanced text.
fn op_end(b: &[u8], mut i: usize) -> Option<usize> {
    let mut depth = 0i64;
    loop {
        let table = if depth == 0 { &TOP } else { &NESTED };
        match b[i..].iter().position(|&c| table[c as usize]) {
            None => return (depth == 0).then_some(b.len()),
            Some(k) => i += k,
        }
        match b[i] {
            b'"' => {
                i = skip_string(b, i)?;
                continue;
            }
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => {
                if depth == 0 {
                    return Some(i);
                }
                depth -= 1;
            }
            b'/' if b[i..].starts_with(b"//") => return Some(i),
            b'\n' => return Some(i),
            _ => {}
        }
        i += 1;
    }
}

/// The index after the bracketed group that starts at `i`.
fn group_end(b: &[u8], i: usize) -> Option<usize> {
    let mut depth = 0i64;
    let mut j = i;
    while j < b.len() {
        match b[j] {
            b'"' => {
                j = skip_string(b, j)?;
                continue;
            }
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => {
                depth -= 1;
                if depth == 0 {
                    return Some(j + 1);
                }
            }
            _ => {}
        }
        j += 1;
    }
    None
}

fn is_func(b: &[u8], i: usize) -> bool {
    let rest = &b[i..];
    (rest.starts_with(b"func.func") && rest.get(9).is_none_or(|&c| !is_ident(c)))
        || rest.starts_with(b"\"func.func\"")
}

/// Scans top-level functions from `i`: up to `until` exactly when given (else `None`),
/// otherwise up to the end of the text or a `}`. Returns their spans and where it stopped.
fn scan_funcs(
    b: &[u8],
    mut i: usize,
    until: Option<usize>,
) -> Option<(Vec<(usize, usize)>, usize)> {
    let mut funcs = Vec::new();
    loop {
        i = skip_trivia(b, i);
        match until {
            Some(u) if i == u => return Some((funcs, i)),
            Some(u) if i > u => return None,
            None if i >= b.len() || b[i] == b'}' => return Some((funcs, i)),
            _ => {}
        }
        if i >= b.len() || !is_func(b, i) {
            return None;
        }
        let end = op_end(b, i)?;
        funcs.push((i, end));
        i = end;
    }
}

fn split_spans(text: &str) -> Option<Spans> {
    let b = text.as_bytes();
    let mut prefix = String::new();
    let mut i = skip_trivia(b, 0);
    while i < b.len() && matches!(b[i], b'#' | b'!') {
        let end = op_end(b, i)?;
        if end == i {
            return None;
        }
        prefix.push_str(&text[i..end]);
        prefix.push('\n');
        i = skip_trivia(b, end);
    }
    if b[i..].starts_with(b"module") && b.get(i + 6).is_none_or(|&c| !is_ident(c)) {
        let start = i;
        let mut j = skip_trivia(b, i + 6);
        if b.get(j) == Some(&b'@') {
            j += 1;
            if b.get(j) == Some(&b'"') {
                j = skip_string(b, j)?;
            } else {
                while j < b.len() && is_ident(b[j]) {
                    j += 1;
                }
            }
            j = skip_trivia(b, j);
        }
        if b[j..].starts_with(b"attributes") {
            j = skip_trivia(b, j + "attributes".len());
            if b.get(j) != Some(&b'{') {
                return None;
            }
            j = skip_trivia(b, group_end(b, j)?);
        }
        if b.get(j) != Some(&b'{') {
            return None;
        }
        let open = text[start..j].trim_end().to_string();
        let (funcs, close) = scan_funcs(b, j + 1, None)?;
        if b.get(close) != Some(&b'}') || skip_trivia(b, close + 1) != b.len() {
            return None;
        }
        Some(Spans {
            open: Some(open),
            prefix,
            body_start: j + 1,
            funcs,
        })
    } else {
        let (funcs, end) = scan_funcs(b, i, None)?;
        (end == b.len()).then_some(Spans {
            open: None,
            prefix,
            body_start: i,
            funcs,
        })
    }
}

/// Re-splits `new`, an edit of `old` (split as `spans`), rescanning only the functions
/// the edited bytes touch. `None` when the edit reaches the header (split it all again).
fn respan(old: &str, spans: &Spans, new: &str) -> Option<Spans> {
    let (ob, nb) = (old.as_bytes(), new.as_bytes());
    let p = common_prefix(ob, nb);
    let max_q = ob.len().min(nb.len()) - p;
    let q = common_suffix(&ob[p..], &nb[p..]).min(max_q);
    if p < spans.body_start {
        return None;
    }
    let delta = nb.len() as isize - ob.len() as isize;
    // Functions wholly before the edit (with the byte that ended them) and wholly after it.
    let k1 = spans.funcs.iter().take_while(|&&(_, e)| e < p).count();
    let k2 = spans.funcs.len()
        - spans
            .funcs
            .iter()
            .rev()
            .take_while(|&&(s, _)| s >= ob.len() - q)
            .count();
    let k2 = k2.max(k1);
    let from = if k1 > 0 {
        spans.funcs[k1 - 1].1
    } else {
        spans.body_start
    };
    let shift =
        |(s, e): (usize, usize)| ((s as isize + delta) as usize, (e as isize + delta) as usize);
    let mut funcs = spans.funcs[..k1].to_vec();
    if k2 < spans.funcs.len() {
        let until = shift(spans.funcs[k2]).0;
        let (middle, _) = scan_funcs(nb, from, Some(until))?;
        funcs.extend(middle);
        funcs.extend(spans.funcs[k2..].iter().map(|&f| shift(f)));
    } else {
        let (middle, close) = scan_funcs(nb, from, None)?;
        let closed = match spans.open {
            Some(_) => nb.get(close) == Some(&b'}') && skip_trivia(nb, close + 1) == nb.len(),
            None => close == nb.len(),
        };
        if !closed {
            return None;
        }
        funcs.extend(middle);
    }
    Some(Spans {
        open: spans.open.clone(),
        prefix: spans.prefix.clone(),
        body_start: spans.body_start,
        funcs,
    })
}

/// The length of the common prefix (compared 64 bytes at a time first).
fn common_prefix(a: &[u8], b: &[u8]) -> usize {
    let n = a.len().min(b.len());
    let mut i = 0;
    while i + 64 <= n && a[i..i + 64] == b[i..i + 64] {
        i += 64;
    }
    while i < n && a[i] == b[i] {
        i += 1;
    }
    i
}

/// The length of the common suffix.
fn common_suffix(a: &[u8], b: &[u8]) -> usize {
    let n = a.len().min(b.len());
    let (a, b) = (&a[a.len() - n..], &b[b.len() - n..]);
    let mut i = 0;
    while i + 64 <= n && a[n - i - 64..n - i] == b[n - i - 64..n - i] {
        i += 64;
    }
    while i < n && a[n - i - 1] == b[n - i - 1] {
        i += 1;
    }
    i
}

/// Splits `text` into the module header, aliases and top-level functions; `None` when it
/// holds anything else (the caller then runs the whole module).
pub fn split_text(text: &str) -> Option<SplitText> {
    let s = split_spans(text)?;
    Some(SplitText {
        open: s.open,
        prefix: s.prefix,
        funcs: s
            .funcs
            .iter()
            .map(|&(a, b)| text[a..b].to_string())
            .collect(),
    })
}

/// `func.func private @name(types) -> results attributes {...}` from a function's text:
/// the header with argument names dropped and the visibility made private.
pub fn declaration(text: &str) -> Option<(String, String)> {
    let b = text.as_bytes();
    let rest = text.strip_prefix("func.func")?.trim_start();
    let rest = ["public ", "private ", "nested "]
        .iter()
        .find_map(|v| rest.strip_prefix(v))
        .unwrap_or(rest)
        .trim_start();
    let at = b.len() - rest.len();
    if b.get(at) != Some(&b'@') {
        return None;
    }
    let (name, name_end) = symbol_at(b, at + 1)?;
    if b.get(name_end) != Some(&b'(') {
        return None;
    }
    let args_end = group_end(b, name_end)?;
    // The arguments: `%a: i32 {attrs}` becomes `i32 {attrs}`.
    let mut args = Vec::new();
    let inner = &text[name_end + 1..args_end - 1];
    let mut depth = 0i64;
    let mut start = 0;
    let ib = inner.as_bytes();
    let mut i = 0;
    while i <= ib.len() {
        let c = ib.get(i).copied().unwrap_or(b',');
        match c {
            b'"' => {
                i = skip_string(ib, i)?;
                continue;
            }
            b'(' | b'[' | b'{' | b'<' => depth += 1,
            b')' | b']' | b'}' | b'>' if !(c == b'>' && i > 0 && ib[i - 1] == b'-') => depth -= 1,
            b',' if depth == 0 => {
                let arg = inner[start..i.min(ib.len())].trim();
                if !arg.is_empty() {
                    let ty = match arg.strip_prefix('%') {
                        Some(named) => named.split_once(':')?.1.trim(),
                        None => arg,
                    };
                    if ty.contains("loc(") {
                        return None;
                    }
                    args.push(ty);
                }
                start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    // The rest of the header: up to the body's `{` (not the one after `attributes`).
    let mut j = args_end;
    let mut end = b.len();
    while j < b.len() {
        match b[j] {
            b'"' => {
                j = skip_string(b, j)?;
                continue;
            }
            b'{' if !text[..j].trim_end().ends_with("attributes") => {
                end = j;
                break;
            }
            b'{' | b'(' | b'[' => j = group_end(b, j)?,
            _ => j += 1,
        }
    }
    let tail = text[args_end..end].trim();
    if tail.contains("loc(") {
        return None;
    }
    let decl = format!("func.func private @{name}({}) {tail}", args.join(", "));
    Some((name, decl.trim_end().to_string()))
}

/// The name a function's text defines (`func.func private @name`), as written.
fn func_name(text: &str) -> Option<String> {
    let at = text.find('@')?;
    symbol_at(text.as_bytes(), at + 1).map(|(n, _)| n)
}

fn symbol_at(b: &[u8], i: usize) -> Option<(String, usize)> {
    if b.get(i) == Some(&b'"') {
        let end = skip_string(b, i)?;
        return Some((String::from_utf8_lossy(&b[i..end]).into_owned(), end));
    }
    let mut j = i;
    while j < b.len() && (b[j].is_ascii_alphanumeric() || matches!(b[j], b'_' | b'$' | b'.' | b'-'))
    {
        j += 1;
    }
    (j > i).then(|| (String::from_utf8_lossy(&b[i..j]).into_owned(), j))
}

/// Every `@name` outside string literals.
fn symbol_refs(text: &str) -> Vec<String> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'"' => i = skip_string(b, i).unwrap_or(b.len()),
            b'@' => match symbol_at(b, i + 1) {
                Some((n, end)) => {
                    out.push(n);
                    i = end;
                }
                None => i += 1,
            },
            _ => i += 1,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_modules() {
        let s = split_text("#a = 1\nmodule attributes {x = \"}\"} {\n  func.func @f() {\n    return\n  }\n  // c\n  func.func private @g(i32)\n}\n").unwrap();
        assert_eq!(s.open.as_deref(), Some("module attributes {x = \"}\"}"));
        assert_eq!(s.prefix, "#a = 1\n");
        assert_eq!(
            s.funcs,
            vec![
                "func.func @f() {\n    return\n  }".to_string(),
                "func.func private @g(i32)".to_string()
            ]
        );
        let s = split_text("func.func @f() {\n  return\n}\n").unwrap();
        assert_eq!(s.open, None);
        assert_eq!(s.funcs.len(), 1);
        assert!(split_text("module {\n  \"test.op\"() : () -> ()\n}\n").is_none());
        assert_eq!(
            declaration("func.func public @f(%a: i32, %b: memref<?xf32> {t.x}) -> (i32, i64) attributes {t.y = {}} {\n  return\n}"),
            Some(("f".to_string(), "func.func private @f(i32, memref<?xf32> {t.x}) -> (i32, i64) attributes {t.y = {}}".to_string()))
        );
        assert_eq!(
            declaration("func.func private @g(i32)").unwrap().1,
            "func.func private @g(i32)"
        );
        assert_eq!(symbol_refs("call @a(%x) {s = \"@no\"} @b"), vec!["a", "b"]);
    }

    /// `respan` after an edit agrees with splitting the whole new text.
    #[test]
    fn respan_agrees_with_a_full_split() {
        let base = example_module(12, 0, 0);
        let edits: Vec<(usize, usize, &str)> = vec![
            (0, 0, "// c\n"),
            (300, 310, "x"),
            (500, 500, "}\n  func.func @new() {\n    return\n"),
            (700, 900, ""),
            (
                base.len() - 2,
                base.len() - 2,
                "  func.func @tail() {\n    return\n  }\n",
            ),
            (400, 400, "\"unclosed"),
            (1000, 1000, "{"),
            (1000, 1000, "  // a comment }\n"),
        ];
        let mut seed = 7u64;
        let mut all = edits.clone();
        for _ in 0..300 {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let at = (seed >> 33) as usize % base.len();
            let len = (seed >> 20) as usize % 40;
            let pick = [
                "",
                "}",
                "{",
                "\n",
                "func.func @z() {\n  return\n}\n",
                "\"",
                "// x\n",
                "(",
                "a",
            ];
            all.push((
                at,
                (at + len).min(base.len()),
                pick[(seed >> 50) as usize % pick.len()],
            ));
        }
        let old_spans = split_spans(&base).unwrap();
        for (a, b, ins) in all {
            if !base.is_char_boundary(a) || !base.is_char_boundary(b) {
                continue;
            }
            let new = format!("{}{ins}{}", &base[..a], &base[b..]);
            if let Some(r) = respan(&base, &old_spans, &new) {
                assert_eq!(Some(r), split_spans(&new), "edit {a}..{b} -> {ins:?}");
            }
        }
    }
}
