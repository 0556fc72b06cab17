//! Schedules of `te.compute`: `#te.schedule<[step, ...]>`, steps applied in order.
//!
//! Loops are named: a compute's spatial loops by its `names`, the reduction loops by the
//! `names` of the reductions in its body; steps create new names. The steps:
//!
//! | step | meaning |
//! | ---- | ------- |
//! | `split(l, f) -> (o, i)` | splits loop `l` by factor `f > 0` into outer `o` and inner `i` (extents a factor does not divide are guarded) |
//! | `tile(a, b, fa, fb) -> (ao, bo, ai, bi)` | splits `a` and `b` and orders the four loops `ao, bo, ai, bi` |
//! | `reorder(l, ...)` | puts the named loops, in this order, in the positions they occupy |
//! | `fuse(a, b) -> (f)` | fuses adjacent loops `a` (outer) and `b` of the same kind into `f` |
//! | `vectorize(l)` | vectorizes a spatial loop |
//! | `parallel(l)` | runs a spatial loop in parallel |
//! | `unroll(l)` | unrolls loop `l` |
//! | `cache_write(l)` | accumulates the output tile of loop `l` in a local buffer, written back after `l` |
//! | `cache_read(n, l)`, `cache_read(n, l, [p, ...])` | copies input `n` (the `n`-th distinct tensor the body reads, in order of first read) into a local buffer at loop `l`, with its dimensions permuted by `p` |
//! | `compute_at(l)` | computes this compute inside loop `l` of its consumer (the compute reading its result) |
//! | `compute_inline` | inlines the compute into its consumers (no reduction; the only step) |
//!
//! An invalid step is a diagnostic naming the step: `schedule step 3 'vectorize(k)':
//! cannot vectorize reduction loop 'k'`.

use std::fmt;

use ir::verify::op_error;
use ir::{AttrKind, Context, Diagnostic, Ir, OpId};

use super::{i64_array, static_shape, string_array, ComputeOp, ReadOp, Reduction};

/// One schedule step.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    Split {
        axis: String,
        factor: i64,
        outer: String,
        inner: String,
    },
    Tile {
        axes: [String; 2],
        factors: [i64; 2],
        outer: [String; 2],
        inner: [String; 2],
    },
    Reorder(Vec<String>),
    Fuse {
        axes: [String; 2],
        fused: String,
    },
    Vectorize(String),
    Parallel(String),
    Unroll(String),
    CacheWrite {
        at: String,
    },
    CacheRead {
        input: usize,
        at: String,
        layout: Vec<usize>,
    },
    ComputeAt {
        axis: String,
    },
    ComputeInline,
}

/// A schedule: its steps in order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Schedule {
    pub steps: Vec<Step>,
}

/// A loop of a compute: its name, extent and whether it is a reduction loop.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoopInfo {
    pub name: String,
    pub extent: i64,
    pub reduction: bool,
}

fn list(f: &mut fmt::Formatter<'_>, items: &[impl fmt::Display]) -> fmt::Result {
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            f.write_str(", ")?;
        }
        write!(f, "{x}")?;
    }
    Ok(())
}

impl fmt::Display for Step {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Step::Split {
                axis,
                factor,
                outer,
                inner,
            } => write!(f, "split({axis}, {factor}) -> ({outer}, {inner})"),
            Step::Tile {
                axes: [a, b],
                factors: [fa, fb],
                outer: [ao, bo],
                inner: [ai, bi],
            } => write!(f, "tile({a}, {b}, {fa}, {fb}) -> ({ao}, {bo}, {ai}, {bi})"),
            Step::Reorder(axes) => {
                f.write_str("reorder(")?;
                list(f, axes)?;
                f.write_str(")")
            }
            Step::Fuse {
                axes: [a, b],
                fused,
            } => write!(f, "fuse({a}, {b}) -> ({fused})"),
            Step::Vectorize(l) => write!(f, "vectorize({l})"),
            Step::Parallel(l) => write!(f, "parallel({l})"),
            Step::Unroll(l) => write!(f, "unroll({l})"),
            Step::CacheWrite { at } => write!(f, "cache_write({at})"),
            Step::CacheRead { input, at, layout } => {
                write!(f, "cache_read({input}, {at}")?;
                if !layout.is_empty() {
                    f.write_str(", [")?;
                    list(f, layout)?;
                    f.write_str("]")?;
                }
                f.write_str(")")
            }
            Step::ComputeAt { axis } => write!(f, "compute_at({axis})"),
            Step::ComputeInline => f.write_str("compute_inline"),
        }
    }
}

impl fmt::Display for Schedule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[")?;
        list(f, &self.steps)?;
        f.write_str("]")
    }
}

// ----- parsing -----

#[derive(Clone, Debug, PartialEq, Eq)]
enum Tok {
    Ident(String),
    Int(i64),
    Punct(&'static str),
}

fn tokenize(text: &str) -> Result<Vec<Tok>, String> {
    let mut toks = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        let start = i;
        if c.is_ascii_whitespace() {
            i += 1;
        } else if c.is_ascii_alphabetic() || c == b'_' {
            while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_') {
                i += 1;
            }
            toks.push(Tok::Ident(text[start..i].to_string()));
        } else if c.is_ascii_digit()
            || (c == b'-' && bytes.get(i + 1).is_some_and(u8::is_ascii_digit))
        {
            i += 1;
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                i += 1;
            }
            let v = text[start..i]
                .parse()
                .map_err(|_| format!("integer '{}' out of range", &text[start..i]))?;
            toks.push(Tok::Int(v));
        } else if text[i..].starts_with("->") {
            toks.push(Tok::Punct("->"));
            i += 2;
        } else {
            let p = ["(", ")", "[", "]", ","]
                .into_iter()
                .find(|p| p.as_bytes()[0] == c)
                .ok_or_else(|| {
                    format!(
                        "unexpected character '{}'",
                        &text[i..].chars().next().unwrap_or('?')
                    )
                })?;
            toks.push(Tok::Punct(p));
            i += 1;
        }
    }
    Ok(toks)
}

/// An argument of a step: a loop name, an integer or a list of integers.
#[derive(Clone, Debug)]
enum Arg {
    Name(String),
    Int(i64),
    List(Vec<i64>),
}

struct Cursor {
    toks: Vec<Tok>,
    pos: usize,
}

impl Cursor {
    fn peek(&self) -> Option<&Tok> {
        self.toks.get(self.pos)
    }
    fn eat(&mut self, p: &'static str) -> bool {
        if self.peek() == Some(&Tok::Punct(p)) {
            self.pos += 1;
            true
        } else {
            false
        }
    }
    fn expect(&mut self, p: &'static str) -> Result<(), String> {
        if self.eat(p) {
            Ok(())
        } else {
            Err(format!("expected '{p}'{}", self.found()))
        }
    }
    fn found(&self) -> String {
        match self.peek() {
            None => " at the end".into(),
            Some(Tok::Ident(s)) => format!(", found '{s}'"),
            Some(Tok::Int(v)) => format!(", found '{v}'"),
            Some(Tok::Punct(p)) => format!(", found '{p}'"),
        }
    }
    fn ident(&mut self) -> Result<String, String> {
        match self.peek() {
            Some(Tok::Ident(s)) => {
                let s = s.clone();
                self.pos += 1;
                Ok(s)
            }
            _ => Err(format!("expected a name{}", self.found())),
        }
    }
    fn int(&mut self) -> Result<i64, String> {
        match self.peek() {
            Some(&Tok::Int(v)) => {
                self.pos += 1;
                Ok(v)
            }
            _ => Err(format!("expected an integer{}", self.found())),
        }
    }
    /// `item (, item)*` up to `close` (consumed).
    fn until<T>(
        &mut self,
        close: &'static str,
        mut item: impl FnMut(&mut Self) -> Result<T, String>,
    ) -> Result<Vec<T>, String> {
        let mut out = Vec::new();
        if self.eat(close) {
            return Ok(out);
        }
        loop {
            out.push(item(self)?);
            if !self.eat(",") {
                break;
            }
        }
        self.expect(close)?;
        Ok(out)
    }
    fn arg(&mut self) -> Result<Arg, String> {
        if self.eat("[") {
            return Ok(Arg::List(self.until("]", Self::int)?));
        }
        match self.peek() {
            Some(Tok::Int(_)) => self.int().map(Arg::Int),
            _ => self.ident().map(Arg::Name),
        }
    }
}

/// Parses the parameters of `#te.schedule<...>`: `<[step, ...]>`.
pub fn parse_attr_params(params: &str) -> Result<Schedule, String> {
    let inner = params
        .trim()
        .strip_prefix('<')
        .and_then(|s| s.strip_suffix('>'))
        .ok_or("expected '<[step, ...]>'")?;
    inner.parse()
}

impl std::str::FromStr for Schedule {
    type Err = String;
    /// Parses `[step, ...]`.
    fn from_str(text: &str) -> Result<Schedule, String> {
        let mut c = Cursor {
            toks: tokenize(text)?,
            pos: 0,
        };
        c.expect("[")?;
        let steps = c.until("]", parse_step)?;
        if c.peek().is_some() {
            return Err(format!("unexpected text after the step list{}", c.found()));
        }
        Ok(Schedule { steps })
    }
}

fn parse_step(c: &mut Cursor) -> Result<Step, String> {
    let name = c.ident()?;
    let args = if c.eat("(") {
        c.until(")", Cursor::arg)?
    } else {
        Vec::new()
    };
    let outs = if c.eat("->") {
        c.expect("(")?;
        c.until(")", Cursor::ident)?
    } else {
        Vec::new()
    };
    build_step(&name, &args, &outs).map_err(|e| format!("step '{name}': {e}"))
}

/// The loop name at `args[i]`.
fn name_at(args: &[Arg], i: usize) -> Result<String, String> {
    match args.get(i) {
        Some(Arg::Name(n)) => Ok(n.clone()),
        _ => Err(format!("argument {} must be a loop name", i + 1)),
    }
}

fn int_at(args: &[Arg], i: usize) -> Result<i64, String> {
    match args.get(i) {
        Some(Arg::Int(v)) => Ok(*v),
        _ => Err(format!("argument {} must be an integer", i + 1)),
    }
}

fn build_step(name: &str, args: &[Arg], outs: &[String]) -> Result<Step, String> {
    let arity = |n: usize, o: usize| {
        if args.len() != n {
            Err(format!("expects {n} arguments, got {}", args.len()))
        } else if outs.len() != o {
            Err(format!("expects {o} result loop names, got {}", outs.len()))
        } else {
            Ok(())
        }
    };
    let one = |make: fn(String) -> Step| -> Result<Step, String> {
        arity(1, 0)?;
        Ok(make(name_at(args, 0)?))
    };
    match name {
        "split" => {
            arity(2, 2)?;
            Ok(Step::Split {
                axis: name_at(args, 0)?,
                factor: int_at(args, 1)?,
                outer: outs[0].clone(),
                inner: outs[1].clone(),
            })
        }
        "tile" => {
            arity(4, 4)?;
            Ok(Step::Tile {
                axes: [name_at(args, 0)?, name_at(args, 1)?],
                factors: [int_at(args, 2)?, int_at(args, 3)?],
                outer: [outs[0].clone(), outs[1].clone()],
                inner: [outs[2].clone(), outs[3].clone()],
            })
        }
        "reorder" => {
            if !outs.is_empty() || args.is_empty() {
                return Err("expects one or more loop names and no results".into());
            }
            let names = (0..args.len()).map(|i| name_at(args, i));
            Ok(Step::Reorder(names.collect::<Result<_, _>>()?))
        }
        "fuse" => {
            arity(2, 1)?;
            Ok(Step::Fuse {
                axes: [name_at(args, 0)?, name_at(args, 1)?],
                fused: outs[0].clone(),
            })
        }
        "vectorize" => one(Step::Vectorize),
        "parallel" => one(Step::Parallel),
        "unroll" => one(Step::Unroll),
        "cache_write" => one(|at| Step::CacheWrite { at }),
        "compute_at" => one(|axis| Step::ComputeAt { axis }),
        "compute_inline" => {
            arity(0, 0)?;
            Ok(Step::ComputeInline)
        }
        "cache_read" => {
            if !(2..=3).contains(&args.len()) || !outs.is_empty() {
                return Err("expects (input, loop) or (input, loop, [layout])".into());
            }
            let input = usize::try_from(int_at(args, 0)?)
                .map_err(|_| "the input number must not be negative".to_string())?;
            let layout = match args.get(2) {
                None => Vec::new(),
                Some(Arg::List(v)) => v
                    .iter()
                    .map(|&d| usize::try_from(d).map_err(|_| format!("bad layout dimension {d}")))
                    .collect::<Result<_, _>>()?,
                Some(_) => return Err("argument 3 must be a list of dimensions".into()),
            };
            Ok(Step::CacheRead {
                input,
                at: name_at(args, 1)?,
                layout,
            })
        }
        _ => Err("unknown schedule primitive".into()),
    }
}

// ----- applying steps to loops -----

/// The loops of a compute as a schedule transforms them.
#[derive(Clone, Debug)]
pub struct LoopNest {
    /// The current loops, outermost first (spatial loops, then reduction loops).
    pub loops: Vec<LoopInfo>,
    /// Every name given so far (split loops keep their names reserved).
    used: Vec<String>,
}

impl LoopNest {
    pub fn new(loops: Vec<LoopInfo>) -> Self {
        let used = loops.iter().map(|l| l.name.clone()).collect();
        LoopNest { loops, used }
    }

    pub fn position(&self, name: &str) -> Result<usize, String> {
        self.loops
            .iter()
            .position(|l| l.name == name)
            .ok_or_else(|| format!("unknown loop '{name}'"))
    }

    fn fresh(&mut self, name: &str) -> Result<(), String> {
        if self.used.iter().any(|u| u == name) {
            return Err(format!("loop name '{name}' is already used"));
        }
        self.used.push(name.to_string());
        Ok(())
    }

    fn split(&mut self, axis: &str, factor: i64, outer: &str, inner: &str) -> Result<(), String> {
        let i = self.position(axis)?;
        if factor <= 0 {
            return Err(format!("split factor must be positive, got {factor}"));
        }
        self.fresh(outer)?;
        self.fresh(inner)?;
        let l = self.loops.remove(i);
        let extents = [(l.extent - 1).max(0) / factor + 1, factor.min(l.extent)];
        for (k, name) in [outer, inner].into_iter().enumerate() {
            self.loops.insert(
                i + k,
                LoopInfo {
                    name: name.to_string(),
                    extent: extents[k],
                    reduction: l.reduction,
                },
            );
        }
        Ok(())
    }

    fn reorder(&mut self, names: &[String]) -> Result<(), String> {
        let mut positions = Vec::new();
        for n in names {
            let p = self.position(n)?;
            if positions.contains(&p) {
                return Err(format!("loop '{n}' appears twice"));
            }
            positions.push(p);
        }
        let moved: Vec<LoopInfo> = positions.iter().map(|&p| self.loops[p].clone()).collect();
        positions.sort_unstable();
        for (p, l) in positions.into_iter().zip(moved) {
            self.loops[p] = l;
        }
        Ok(())
    }

    fn spatial(&self, name: &str, what: &str) -> Result<(), String> {
        let l = &self.loops[self.position(name)?];
        if l.reduction {
            return Err(format!("cannot {what} reduction loop '{name}'"));
        }
        Ok(())
    }

    /// Applies a loop step (steps about buffers and placement only check their loop here).
    pub fn apply(&mut self, step: &Step) -> Result<(), String> {
        match step {
            Step::Split {
                axis,
                factor,
                outer,
                inner,
            } => self.split(axis, *factor, outer, inner),
            Step::Tile {
                axes,
                factors,
                outer,
                inner,
            } => {
                if axes[0] == axes[1] {
                    return Err(format!("tiles loop '{}' twice", axes[0]));
                }
                for k in 0..2 {
                    self.split(&axes[k], factors[k], &outer[k], &inner[k])?;
                }
                let order = [&outer[0], &outer[1], &inner[0], &inner[1]].map(|s| s.to_string());
                self.reorder(&order)
            }
            Step::Reorder(names) => self.reorder(names),
            Step::Fuse { axes, fused } => {
                let (i, j) = (self.position(&axes[0])?, self.position(&axes[1])?);
                if j != i + 1 {
                    return Err(format!(
                        "can only fuse adjacent loops, '{}' is not right inside '{}'",
                        axes[1], axes[0]
                    ));
                }
                if self.loops[i].reduction != self.loops[j].reduction {
                    return Err("cannot fuse a spatial loop with a reduction loop".into());
                }
                self.fresh(fused)?;
                let inner = self.loops.remove(j);
                let outer = &mut self.loops[i];
                outer.name = fused.clone();
                outer.extent = outer.extent.saturating_mul(inner.extent);
                Ok(())
            }
            Step::Vectorize(l) => self.spatial(l, "vectorize"),
            Step::Parallel(l) => self.spatial(l, "parallelize"),
            Step::Unroll(l) | Step::CacheWrite { at: l } | Step::CacheRead { at: l, .. } => {
                self.position(l).map(|_| ())
            }
            Step::ComputeAt { .. } | Step::ComputeInline => Ok(()),
        }
    }
}

// ----- the schedule of a compute -----

/// The reductions in `compute`'s body (pre-order).
pub fn reductions_in(ctx: &Context, ir: &Ir, compute: OpId) -> Vec<OpId> {
    let mut found = Vec::new();
    ir.walk_preorder(compute, &mut |o| {
        if Reduction::of(ctx.op_name_str(ir.op_name(o))).is_some() {
            found.push(o);
        }
    });
    found
}

/// The loops of `compute` before scheduling: its spatial loops (extents from its result
/// shape), then the loops of its reductions.
pub fn compute_loops(ctx: &Context, ir: &Ir, compute: OpId) -> Vec<LoopInfo> {
    let c = ComputeOp {
        ctx,
        ir,
        op: compute,
    };
    let shape = static_shape(ctx, ir.value_type(c.result()))
        .map(|s| s.0)
        .unwrap_or_default();
    let mut loops: Vec<LoopInfo> = string_array(ctx, c.names())
        .into_iter()
        .zip(shape)
        .map(|(name, extent)| LoopInfo {
            name,
            extent,
            reduction: false,
        })
        .collect();
    for r in reductions_in(ctx, ir, compute) {
        let names = string_array(ctx, ir.attr(ctx, r, "names"));
        let extents = i64_array(ctx, ir.attr(ctx, r, "extents"));
        loops.extend(
            names
                .into_iter()
                .zip(extents)
                .map(|(name, extent)| LoopInfo {
                    name,
                    extent,
                    reduction: true,
                }),
        );
    }
    loops
}

/// The schedule of `compute` (empty without one), or why its text does not parse.
pub fn compute_schedule(ctx: &Context, ir: &Ir, compute: OpId) -> Result<Schedule, String> {
    let Some(attr) = ir.attr(ctx, compute, "schedule") else {
        return Ok(Schedule::default());
    };
    match ctx.attr_kind(attr) {
        AttrKind::Opaque { body, .. } => {
            parse_attr_params(body.strip_prefix("schedule").unwrap_or(body))
        }
        _ => Err("expected #te.schedule".into()),
    }
}

/// The distinct tensors `compute`'s body reads, in order of first read (what
/// `cache_read`'s input number counts).
pub fn compute_inputs(ctx: &Context, ir: &Ir, compute: OpId) -> Vec<ir::ValueId> {
    let mut inputs = Vec::new();
    ir.walk_preorder(compute, &mut |o| {
        if let Some(r) = ReadOp::cast(ctx, ir, o) {
            if !inputs.contains(&r.tensor()) {
                inputs.push(r.tensor());
            }
        }
    });
    inputs
}

/// The te.compute whose body reads `compute`'s result first.
fn consumer(ctx: &Context, ir: &Ir, compute: OpId) -> Option<OpId> {
    ir.uses(ir.result(compute, 0)).iter().find_map(|u| {
        let mut op = ir.parent_op(u.op);
        while let Some(o) = op {
            if ComputeOp::cast(ctx, ir, o).is_some() {
                return Some(o);
            }
            op = ir.parent_op(o);
        }
        None
    })
}

/// The loops of `compute` after its schedule (its initial loops if the schedule is
/// invalid: that is reported on it).
pub fn scheduled_loops(ctx: &Context, ir: &Ir, compute: OpId) -> Vec<LoopInfo> {
    let mut nest = LoopNest::new(compute_loops(ctx, ir, compute));
    if let Ok(s) = compute_schedule(ctx, ir, compute) {
        let mut trial = nest.clone();
        if s.steps.iter().all(|st| trial.apply(st).is_ok()) {
            nest = trial;
        }
    }
    nest.loops
}

/// Checks the steps that concern more than the loops themselves.
fn check_step_context(
    ctx: &Context,
    ir: &Ir,
    op: OpId,
    step: &Step,
    steps: &[Step],
) -> Result<(), String> {
    match step {
        Step::CacheRead { input, layout, .. } => {
            let inputs = compute_inputs(ctx, ir, op);
            let Some(&t) = inputs.get(*input) else {
                return Err(format!(
                    "input {input} does not exist (the body reads {} tensors)",
                    inputs.len()
                ));
            };
            let rank = ctx
                .shape_and_elem(ir.value_type(t))
                .map_or(0, |s| s.0.len());
            let mut sorted = layout.clone();
            sorted.sort_unstable();
            if !layout.is_empty() && sorted != (0..rank).collect::<Vec<_>>() {
                return Err(format!("layout must be a permutation of 0..{rank}"));
            }
            // A producer placed here by compute_at already lives in a local buffer
            // over the box this compute reads: there is nothing left to cache.
            let placed_here = match ir.value_def(t) {
                ir::ValueDef::OpResult { op: p, .. } => {
                    ComputeOp::cast(ctx, ir, p).is_some()
                        && consumer(ctx, ir, p) == Some(op)
                        && compute_schedule(ctx, ir, p).is_ok_and(|s| {
                            s.steps.iter().any(|s| matches!(s, Step::ComputeAt { .. }))
                        })
                }
                ir::ValueDef::BlockArg { .. } => false,
            };
            if placed_here {
                return Err(format!(
                    "input {input} is computed here by its compute_at, in a local buffer already"
                ));
            }
            Ok(())
        }
        Step::ComputeAt { .. }
            if steps
                .iter()
                .filter(|s| matches!(s, Step::ComputeAt { .. }))
                .count()
                > 1 =>
        {
            Err("only one compute_at per compute".into())
        }
        Step::ComputeAt { axis } => {
            let Some(c) = consumer(ctx, ir, op) else {
                return Err("the result is not read by another te.compute".into());
            };
            let consumer_steps = compute_schedule(ctx, ir, c).unwrap_or_default().steps;
            if consumer_steps.contains(&Step::ComputeInline) {
                return Err("the consumer is inlined (compute_inline): it has no loops".into());
            }
            if consumer_steps.contains(&Step::Vectorize(axis.clone())) {
                return Err(format!(
                    "the consumer's loop '{axis}' is vectorized: its iterations are lanes"
                ));
            }
            if scheduled_loops(ctx, ir, c).iter().any(|l| &l.name == axis) {
                Ok(())
            } else {
                Err(format!("the consumer has no loop '{axis}'"))
            }
        }
        Step::ComputeInline if steps.len() != 1 => {
            Err("compute_inline must be the only step".into())
        }
        Step::ComputeInline if !reductions_in(ctx, ir, op).is_empty() => {
            Err("cannot inline a compute with a reduction".into())
        }
        _ => Ok(()),
    }
}

/// The most lanes a vectorized loop may have (one `vector<N x T>` per loop).
pub const MAX_VECTOR_LANES: i64 = 64;
/// The largest extent `unroll` accepts (the body is copied that many times).
pub const MAX_UNROLL: i64 = 256;

/// The loop a step annotates or places something at, if any.
fn step_loop(step: &Step) -> Option<&str> {
    match step {
        Step::Vectorize(l)
        | Step::Parallel(l)
        | Step::Unroll(l)
        | Step::CacheWrite { at: l }
        | Step::CacheRead { at: l, .. } => Some(l),
        _ => None,
    }
}

/// Checks what only the final loop order decides: annotated loops still exist (a later
/// split or fuse would leave the annotation on nothing), a loop has at most one of
/// vectorize/parallel/unroll, the vectorized loop is the innermost one with at most
/// [`MAX_VECTOR_LANES`] lanes, unrolled loops have at most [`MAX_UNROLL`] iterations, and
/// `cache_write`'s loop encloses every reduction loop. The error names the step (index).
pub fn check_final_nest(nest: &LoopNest, steps: &[Step]) -> Result<(), (usize, String)> {
    let mut kinds: Vec<(&str, usize)> = Vec::new();
    let mut seen_vector = false;
    let mut seen_cache_write = false;
    for (i, step) in steps.iter().enumerate() {
        let Some(name) = step_loop(step) else {
            continue;
        };
        let fail = |msg: String| Err((i, msg));
        let Ok(pos) = nest.position(name) else {
            return fail(format!("loop '{name}' is split or fused by a later step"));
        };
        let l = &nest.loops[pos];
        match step {
            Step::Vectorize(_) | Step::Parallel(_) | Step::Unroll(_) => {
                if let Some(&(_, j)) = kinds.iter().find(|(n, _)| *n == name) {
                    return fail(format!(
                        "loop '{name}' is already annotated by step {} '{}'",
                        j + 1,
                        steps[j]
                    ));
                }
                kinds.push((name, i));
            }
            _ => {}
        }
        match step {
            Step::Vectorize(_) => {
                if seen_vector {
                    return fail("only one loop can be vectorized".into());
                }
                seen_vector = true;
                if pos + 1 != nest.loops.len() {
                    return fail(format!(
                        "the vectorized loop must be the innermost one, '{}' is inside it",
                        nest.loops[pos + 1].name
                    ));
                }
                if l.extent > MAX_VECTOR_LANES {
                    return fail(format!(
                        "{} lanes, more than {MAX_VECTOR_LANES}: split the loop first",
                        l.extent
                    ));
                }
            }
            Step::CacheRead { .. } | Step::CacheWrite { .. }
                if steps.contains(&Step::Vectorize(name.to_string())) =>
            {
                return fail(format!(
                    "loop '{name}' is vectorized: its iterations are lanes, with no start to place a buffer at"
                ));
            }
            Step::Unroll(_) if l.extent > MAX_UNROLL => {
                return fail(format!(
                    "{} iterations, more than {MAX_UNROLL}: split the loop first",
                    l.extent
                ));
            }
            Step::CacheWrite { .. } => {
                if seen_cache_write {
                    return fail("only one cache_write per compute".into());
                }
                seen_cache_write = true;
                if l.reduction {
                    return fail(format!("'{name}' is a reduction loop"));
                }
                if let Some(r) = nest.loops[..pos].iter().find(|r| r.reduction) {
                    return fail(format!("reduction loop '{}' is outside '{name}'", r.name));
                }
            }
            _ => {}
        }
    }
    Ok(())
}

/// Verifies `compute`'s schedule step by step (the te.compute verifier; `lower-te`
/// runs it too, since it may be handed IR that was not verified).
pub fn verify_compute_schedule(ctx: &Context, ir: &Ir, op: OpId) -> Result<(), Diagnostic> {
    let schedule = compute_schedule(ctx, ir, op)
        .map_err(|e| op_error(ctx, ir, op, format!("schedule: {e}")))?;
    let mut nest = LoopNest::new(compute_loops(ctx, ir, op));
    for (i, step) in schedule.steps.iter().enumerate() {
        nest.apply(step)
            .and_then(|()| check_step_context(ctx, ir, op, step, &schedule.steps))
            .map_err(|e| {
                op_error(
                    ctx,
                    ir,
                    op,
                    format!("schedule step {} '{step}': {e}", i + 1),
                )
            })?;
    }
    check_final_nest(&nest, &schedule.steps).map_err(|(i, e)| {
        let step = &schedule.steps[i];
        op_error(
            ctx,
            ir,
            op,
            format!("schedule step {} '{step}': {e}", i + 1),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints_every_step() {
        let text = "[split(y, 32) -> (yo, yi), tile(a, b, 8, 4) -> (ao, bo, ai, bi), \
                    reorder(yo, x, yi), fuse(ao, bo) -> (f), vectorize(yi), parallel(yo), \
                    unroll(k), cache_write(x), cache_read(0, yo), cache_read(1, k, [1, 0]), \
                    compute_at(x), compute_inline]";
        let s: Schedule = text.parse().unwrap();
        assert_eq!(s.steps.len(), 12);
        assert_eq!(s.to_string(), text.replace("  ", ""));
        assert_eq!(s.to_string().parse::<Schedule>().unwrap(), s);
    }

    #[test]
    fn syntax_errors_are_messages() {
        for (text, msg) in [
            (
                "[split(y) -> (a, b)]",
                "step 'split': expects 2 arguments, got 1",
            ),
            (
                "[spilt(y, 2) -> (a, b)]",
                "step 'spilt': unknown schedule primitive",
            ),
            ("[split(y, 2) -> (a, b)", "expected ']' at the end"),
            (
                "[vectorize(1)]",
                "step 'vectorize': argument 1 must be a loop name",
            ),
            (
                "[split(y, 2) -> (a, b)] x",
                "unexpected text after the step list, found 'x'",
            ),
            ("[cache_read(0, y, [a])]", "expected an integer, found 'a'"),
        ] {
            assert_eq!(text.parse::<Schedule>().unwrap_err(), msg, "{text}");
        }
    }

    #[test]
    fn loop_nest_follows_the_steps() {
        let l = |name: &str, extent, reduction| LoopInfo {
            name: name.into(),
            extent,
            reduction,
        };
        let mut nest = LoopNest::new(vec![l("y", 100, false), l("x", 64, false), l("k", 7, true)]);
        let s: Schedule = "[split(y, 32) -> (yo, yi), reorder(yo, x, yi), fuse(yo, x) -> (f)]"
            .parse()
            .unwrap();
        for st in &s.steps {
            nest.apply(st).unwrap();
        }
        assert_eq!(
            nest.loops,
            vec![l("f", 256, false), l("yi", 32, false), l("k", 7, true)]
        );
        assert_eq!(
            nest.apply(&Step::Vectorize("k".into())).unwrap_err(),
            "cannot vectorize reduction loop 'k'"
        );
        assert_eq!(
            nest.apply(&Step::Unroll("y".into())).unwrap_err(),
            "unknown loop 'y'"
        );
    }
}
