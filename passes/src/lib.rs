//! Passes and the pass manager: pipelines written as text, options, nesting on op kinds,
//! instrumentation (timing, IR dumps, statistics, verification after each pass, crash
//! recovery), and the generic passes that need no dialect of their own.
//!
//! Key types: [`Pass`] (what a pass implements), [`PassOutcome`], [`OptionDef`] /
//! [`PassOptions`] (typed options with defaults and help), [`PassRegistry`] (passes by
//! name), [`pipeline::Pipeline`] (a parsed, anchored pipeline), [`manager::PassManager`]
//! (runs a pipeline with [`manager::Instrumentation`]). Key functions:
//! [`PassRegistry::with_builtin_passes`], [`pipeline::parse_pass_list`] (`--pass=a,b`),
//! [`pipeline::parse_pass_pipeline`] (`--pass-pipeline='builtin.module(...)'`),
//! [`clone::clone_op`].
//!
//! **Architecture Invariant:** a pass never runs silently on nothing: every nest reports
//! how many ops it matched (`--pass-statistics`, `--timing`), and a pass whose anchor
//! cannot be reached from where it is written is a pipeline error, not a no-op.
//!
//! Passes (in [`transforms`]): `dce`, `symbol-dce`, `inline`, and the test passes
//! `test-pass-crash` and `test-pass-invalid-ir` that exercise the crash reproducer and
//! verification after each pass (as mlir-opt's test passes do).

pub mod analysis;
pub mod clone;
pub mod lowering;
pub mod manager;
pub mod parallel;
pub mod pipeline;
pub mod transforms;

use std::collections::BTreeMap;
use std::fmt;

use ir::{Context, Diagnostic, Ir, OpId};

/// What a pass reports after running on one op.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PassOutcome {
    /// Did the pass change the IR? (Drives `--print-ir-after-change`'s fast path and
    /// statistics; a pass that says `false` must not have changed anything.)
    pub changed: bool,
    /// Counters, by the names the pass declares in [`Pass::statistics`].
    pub stats: Vec<(&'static str, u64)>,
}

impl PassOutcome {
    pub fn unchanged() -> Self {
        Self::default()
    }
    /// An outcome whose `changed` is true when any counter is non-zero.
    pub fn from_stats(stats: Vec<(&'static str, u64)>) -> Self {
        PassOutcome {
            changed: stats.iter().any(|&(_, n)| n > 0),
            stats,
        }
    }
}

/// Where a pass runs.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Anchor {
    /// On ops of this name (`builtin.module`, `func.func`).
    Op(&'static str),
    /// On whatever op the pipeline hands it.
    Any,
}

impl fmt::Display for Anchor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Anchor::Op(name) => f.write_str(name),
            Anchor::Any => f.write_str("any op"),
        }
    }
}

/// The type of an option.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum OptionKind {
    Bool,
    /// A non-negative integer.
    UInt,
    String,
}

impl OptionKind {
    fn describe(self) -> &'static str {
        match self {
            OptionKind::Bool => "a boolean (true, false, 1, 0)",
            OptionKind::UInt => "a non-negative integer",
            OptionKind::String => "a string",
        }
    }
    fn type_name(self) -> &'static str {
        match self {
            OptionKind::Bool => "bool",
            OptionKind::UInt => "uint",
            OptionKind::String => "string",
        }
    }
}

/// One option a pass declares.
#[derive(Copy, Clone, Debug)]
pub struct OptionDef {
    pub name: &'static str,
    pub kind: OptionKind,
    /// The default, written as it would be in a pipeline.
    pub default: &'static str,
    pub help: &'static str,
}

/// A typed option value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OptionValue {
    Bool(bool),
    UInt(u64),
    String(String),
}

impl fmt::Display for OptionValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            OptionValue::Bool(b) => write!(f, "{b}"),
            OptionValue::UInt(n) => write!(f, "{n}"),
            OptionValue::String(s) if s.is_empty() || s.contains([' ', '{', '}', ',']) => {
                write!(f, "\"{s}\"")
            }
            OptionValue::String(s) => f.write_str(s),
        }
    }
}

impl OptionValue {
    /// Parses `text` as a value of `kind`.
    pub fn parse(kind: OptionKind, text: &str) -> Result<OptionValue, String> {
        let bad = || format!("'{text}' is not {}", kind.describe());
        match kind {
            OptionKind::Bool => match text {
                "true" | "1" | "" => Ok(OptionValue::Bool(true)),
                "false" | "0" => Ok(OptionValue::Bool(false)),
                _ => Err(bad()),
            },
            OptionKind::UInt => text.parse().map(OptionValue::UInt).map_err(|_| bad()),
            OptionKind::String => {
                let unquoted = text
                    .strip_prefix('"')
                    .and_then(|t| t.strip_suffix('"'))
                    .unwrap_or(text);
                Ok(OptionValue::String(unquoted.to_string()))
            }
        }
    }
}

/// The values of a pass's options: every declared option, defaults filled in, in
/// declaration order.
#[derive(Clone, Debug, Default)]
pub struct PassOptions {
    values: BTreeMap<&'static str, OptionValue>,
    order: Vec<&'static str>,
}

impl PassOptions {
    /// The defaults of `defs`.
    pub fn defaults(defs: &[OptionDef]) -> PassOptions {
        let mut opts = PassOptions::default();
        for d in defs {
            let v = OptionValue::parse(d.kind, d.default)
                .unwrap_or_else(|e| panic!("default of option '{}': {e}", d.name));
            opts.values.insert(d.name, v);
            opts.order.push(d.name);
        }
        opts
    }
    pub fn set(&mut self, name: &'static str, value: OptionValue) {
        self.values.insert(name, value);
    }
    pub fn get(&self, name: &str) -> Option<&OptionValue> {
        self.values.get(name)
    }
    /// A boolean option (false when absent or of another type).
    pub fn bool(&self, name: &str) -> bool {
        matches!(self.get(name), Some(OptionValue::Bool(true)))
    }
    /// An integer option (0 when absent or of another type).
    pub fn uint(&self, name: &str) -> u64 {
        match self.get(name) {
            Some(OptionValue::UInt(n)) => *n,
            _ => 0,
        }
    }
    /// A string option (empty when absent or of another type).
    pub fn string(&self, name: &str) -> &str {
        match self.get(name) {
            Some(OptionValue::String(s)) => s,
            _ => "",
        }
    }
    pub fn is_empty(&self) -> bool {
        self.order.is_empty()
    }
}

/// `{a=1 b=true}` (every option, in declaration order); empty without options.
impl fmt::Display for PassOptions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.order.is_empty() {
            return Ok(());
        }
        f.write_str("{")?;
        for (i, name) in self.order.iter().enumerate() {
            if i > 0 {
                f.write_str(" ")?;
            }
            write!(f, "{name}={}", self.values[name])?;
        }
        f.write_str("}")
    }
}

/// A statistic a pass declares: a counter name and what it counts.
#[derive(Copy, Clone, Debug)]
pub struct StatisticDef {
    pub name: &'static str,
    pub help: &'static str,
}

/// A transformation or analysis run on one op at a time.
pub trait Pass: Send {
    /// The name used in pipelines (`symbol-dce`).
    fn name(&self) -> &'static str;
    fn description(&self) -> &'static str;
    /// The ops it runs on.
    fn anchor(&self) -> Anchor;
    /// The options it accepts (parsed from `name{key=value}` into [`PassOptions`]).
    fn options(&self) -> &'static [OptionDef] {
        &[]
    }
    /// The counters it reports in [`PassOutcome::stats`].
    fn statistics(&self) -> &'static [StatisticDef] {
        &[]
    }
    /// Runs on `op` (an op matching [`Pass::anchor`]); an `Err` stops the pipeline.
    fn run(&mut self, ctx: &Context, ir: &mut Ir, op: OpId) -> Result<PassOutcome, Diagnostic>;
    /// [`Pass::run`] with access to cached analyses; what the pass manager calls. Override
    /// it (and make `run` call it with a fresh manager) to use analyses.
    fn run_with_analyses(
        &mut self,
        ctx: &Context,
        ir: &mut Ir,
        op: OpId,
        am: &mut analysis::AnalysisManager,
    ) -> Result<PassOutcome, Diagnostic> {
        let _ = am;
        self.run(ctx, ir, op)
    }
    /// The analyses (by `TypeId`) still valid after this pass changed the IR; the others
    /// are dropped. A run that reports no change preserves everything.
    fn preserved_analyses(&self) -> Vec<std::any::TypeId> {
        Vec::new()
    }
}

/// How the registry makes a pass: from its (validated) options.
pub type PassConstructor = fn(&PassOptions) -> Box<dyn Pass>;

/// A registered pass: its static description and a constructor.
#[derive(Clone)]
pub struct PassInfo {
    pub name: &'static str,
    pub description: &'static str,
    pub anchor: Anchor,
    pub options: &'static [OptionDef],
    pub statistics: &'static [StatisticDef],
    pub create: PassConstructor,
}

impl PassInfo {
    /// Describes a pass from an instance made with default options.
    pub fn of(create: PassConstructor, options: &'static [OptionDef]) -> PassInfo {
        let pass = create(&PassOptions::defaults(options));
        PassInfo {
            name: pass.name(),
            description: pass.description(),
            anchor: pass.anchor(),
            options: pass.options(),
            statistics: pass.statistics(),
            create,
        }
    }
}

/// Passes by name.
#[derive(Clone, Default)]
pub struct PassRegistry {
    passes: BTreeMap<&'static str, PassInfo>,
}

impl PassRegistry {
    pub fn new() -> Self {
        Self::default()
    }
    /// The passes of this crate.
    pub fn with_builtin_passes() -> Self {
        let mut r = Self::new();
        transforms::register_all(&mut r);
        lowering::register_all(&mut r);
        r
    }
    /// Registers a pass; a second pass with the same name replaces the first.
    pub fn register(&mut self, info: PassInfo) {
        self.passes.insert(info.name, info);
    }
    pub fn get(&self, name: &str) -> Option<&PassInfo> {
        self.passes.get(name)
    }
    /// Every pass, by name.
    pub fn iter(&self) -> impl Iterator<Item = &PassInfo> {
        self.passes.values()
    }
    /// The registered name closest to `name`, if it is close enough to be a misspelling.
    pub fn suggest(&self, name: &str) -> Option<&'static str> {
        closest(name, self.passes.keys().copied())
    }

    /// `--list-passes`: every pass with its anchor, description, options and statistics.
    pub fn describe(&self) -> String {
        use std::fmt::Write;
        let mut out = String::from("Passes:\n");
        for p in self.iter() {
            let _ = writeln!(out, "  {} ({}): {}", p.name, p.anchor, p.description);
            for o in p.options {
                let _ = writeln!(
                    out,
                    "      {}=<{}> (default: {}) - {}",
                    o.name,
                    o.kind.type_name(),
                    if o.default.is_empty() {
                        "\"\""
                    } else {
                        o.default
                    },
                    o.help
                );
            }
            for s in p.statistics {
                let _ = writeln!(out, "      statistic ({}) - {}", s.name, s.help);
            }
        }
        out
    }
}

/// Levenshtein distance.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, &cb) in b.iter().enumerate() {
            cur[j + 1] = (prev[j] + usize::from(ca != cb))
                .min(prev[j + 1] + 1)
                .min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

/// The candidate closest to `name` within a third of its length (at least 1, at most 3 edits).
pub fn closest<'a>(name: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let limit = (name.chars().count() / 3).clamp(1, 3);
    candidates
        .map(|c| (edit_distance(name, c), c))
        .filter(|&(d, _)| d <= limit)
        .min()
        .map(|(_, c)| c)
}
