//! Differential tests of schedules: random te programs (matmuls with prime and large
//! extents, conv2ds with random strides/padding/dilation/groups, elementwise computes
//! before and after them, so that `compute_at` and `compute_inline` have a producer and a
//! consumer) get random schedules drawn from every step of `dialects/src/te/schedule.rs`.
//! A drawn schedule the te verifier rejects is redrawn (and counted: the test asserts
//! that a healthy share is accepted and that every kind of step gets through). The
//! scheduled program is lowered with `lower-te`, run in the JIT and in the interpreter
//! (which reports out-of-bounds accesses), and both must agree with the interpreter run of
//! the same program lowered without schedules, within [`CHECK_TOLERANCE`] (relative:
//! reductions are reordered).
//!
//! `SCHED_CASES=N` (default 300) and `SCHED_SEED=S` (default 1) choose the cases: case `i`
//! uses seed `S + i`, so `SCHED_SEED=<seed> SCHED_CASES=1` re-runs one case.
//! `SCHED_PRINT=1` prints every scheduled program; `SCHED_DUMP_DIR=DIR` writes each one,
//! lowered, to `DIR/seed-N.mlir` in the generic form (the oracle has mlir-opt verify
//! them).

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::time::Instant;

use dialects::te::{LoopInfo, LoopNest, Schedule, Step};
use driver::backend::{self, HostValue, InputSpec};
use driver::CHECK_TOLERANCE;
mod common;

use common::{conv_shape, product, tensor_type, Module};
use dialects::graph::Conv2dParams;
use rand_core::{Rng, SeedableRng};
use rand_xorshift::XorShiftRng;

/// Extents to draw matmul dimensions from: small ones, primes, and 1000 (drawn only where
/// the work budget allows).
const DIMS: &[i64] = &[1, 2, 3, 4, 5, 7, 8, 13, 16, 17, 31, 64, 127, 1000];

/// Largest element count of a tensor and multiply-add count of a reduction compute: the
/// interpreter is a debug build and runs every case twice.
const MAX_ELEMS: i64 = 4096;
const MAX_WORK: i64 = 8192;

/// Draws of one compute's schedule before it is left unscheduled.
const MAX_DRAWS: usize = 40;

/// Rejected schedules kept per case for the no-panic test.
const KEEP_REJECTED: usize = 3;

/// Every kind of step, as [`step_kind`] names them.
const STEP_KINDS: &[&str] = &[
    "split",
    "tile",
    "reorder",
    "fuse",
    "vectorize",
    "parallel",
    "unroll",
    "cache_write",
    "cache_read",
    "compute_at",
    "compute_inline",
];

fn step_kind(s: &Step) -> &'static str {
    match s {
        Step::Split { .. } => "split",
        Step::Tile { .. } => "tile",
        Step::Reorder(_) => "reorder",
        Step::Fuse { .. } => "fuse",
        Step::Vectorize(_) => "vectorize",
        Step::Parallel(_) => "parallel",
        Step::Unroll(_) => "unroll",
        Step::CacheWrite { .. } => "cache_write",
        Step::CacheRead { .. } => "cache_read",
        Step::ComputeAt { .. } => "compute_at",
        Step::ComputeInline => "compute_inline",
    }
}

// ----- programs -----

/// A tensor a compute reads: a function argument or an earlier compute.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Src {
    Arg(usize),
    Compute(usize),
}

/// One operation of an elementwise compute, applied to the running value.
#[derive(Clone, Debug)]
enum Ew {
    Relu,
    Scale(f64),
    /// Plus a vector read at the index of this dimension.
    Bias(Src, usize),
    Add(Src),
    Mul(Src),
}

#[derive(Clone, Debug)]
enum Kind {
    /// `C[i, j] = sum(k) A[i, k] * B[k, j]`, or `A[k, i]` when `a` is stored transposed.
    Matmul {
        a: Src,
        b: Src,
        transpose_a: bool,
    },
    /// NCHW input, OIHW filter; out-of-bounds (padded) reads are zero.
    Conv {
        input: Src,
        filter: Src,
        p: Conv2dParams,
    },
    Elementwise {
        input: Src,
        ops: Vec<Ew>,
    },
}

#[derive(Clone, Debug)]
struct Compute {
    shape: Vec<i64>,
    kind: Kind,
}

impl Compute {
    fn spatial(&self) -> Vec<String> {
        match self.kind {
            Kind::Matmul { .. } => vec!["i".into(), "j".into()],
            Kind::Conv { .. } => ["n", "f", "y", "x"].map(String::from).to_vec(),
            Kind::Elementwise { .. } => (0..self.shape.len()).map(|d| format!("d{d}")).collect(),
        }
    }

    /// The reduction loops and their extents (`shape_of` gives the shapes of sources).
    fn reductions(&self, shape_of: &dyn Fn(Src) -> Vec<i64>) -> Vec<(String, i64)> {
        match &self.kind {
            Kind::Matmul { b, .. } => vec![("k".into(), shape_of(*b)[0])],
            Kind::Conv { filter, .. } => {
                let f = shape_of(*filter);
                vec![("c".into(), f[1]), ("ry".into(), f[2]), ("rx".into(), f[3])]
            }
            Kind::Elementwise { .. } => Vec::new(),
        }
    }

    /// The distinct tensors the body reads, in order of first read (what `cache_read`
    /// numbers).
    fn reads(&self) -> Vec<Src> {
        let all = match &self.kind {
            Kind::Matmul { a, b, .. } => vec![*a, *b],
            Kind::Conv { input, filter, .. } => vec![*input, *filter],
            Kind::Elementwise { input, ops } => std::iter::once(*input)
                .chain(ops.iter().filter_map(|op| match op {
                    Ew::Bias(s, _) | Ew::Add(s) | Ew::Mul(s) => Some(*s),
                    Ew::Relu | Ew::Scale(_) => None,
                }))
                .collect(),
        };
        let mut distinct = Vec::new();
        for s in all {
            if !distinct.contains(&s) {
                distinct.push(s);
            }
        }
        distinct
    }
}

/// `@main(args) -> the last compute`.
#[derive(Clone, Debug)]
struct Program {
    elem: &'static str,
    args: Vec<Vec<i64>>,
    computes: Vec<Compute>,
}

/// The text of a compute's body, its values named `%<prefix>v<n>`.
struct Body {
    text: String,
    prefix: String,
    next: usize,
    indent: usize,
}

impl Body {
    fn line(&mut self, s: &str) {
        let _ = writeln!(self.text, "{:w$}{s}", "", w = self.indent);
    }
    /// `%new = rhs : ty`; returns `%new`.
    fn op(&mut self, rhs: &str, ty: &str) -> String {
        let name = format!("%{}v{}", self.prefix, self.next);
        self.next += 1;
        self.line(&format!("{name} = {rhs} : {ty}"));
        name
    }
    fn index(&mut self, v: i64) -> String {
        self.op(&format!("arith.constant {v}"), "index")
    }
    /// `sum(var * m) + c` over index values, skipping trivial terms.
    fn linear(&mut self, terms: &[(&str, i64)], c: i64) -> String {
        let mut acc: Option<String> = None;
        for &(v, m) in terms {
            let term = if m == 1 {
                v.to_string()
            } else {
                let k = self.index(m);
                self.op(&format!("arith.muli {v}, {k}"), "index")
            };
            acc = Some(match acc {
                None => term,
                Some(a) => self.op(&format!("arith.addi {a}, {term}"), "index"),
            });
        }
        let acc = acc.unwrap_or_else(|| self.index(0));
        if c == 0 {
            return acc;
        }
        let k = self.index(c.abs());
        let op = if c < 0 { "subi" } else { "addi" };
        self.op(&format!("arith.{op} {acc}, {k}"), "index")
    }
}

impl Program {
    fn shape(&self, s: Src) -> Vec<i64> {
        match s {
            Src::Arg(i) => self.args[i].clone(),
            Src::Compute(c) => self.computes[c].shape.clone(),
        }
    }

    fn src_name(s: Src) -> String {
        match s {
            Src::Arg(i) => format!("%a{i}"),
            Src::Compute(c) => format!("%c{c}"),
        }
    }

    /// The loops of compute `c` before scheduling, as the verifier sees them.
    fn loops(&self, c: usize) -> Vec<LoopInfo> {
        let comp = &self.computes[c];
        let spatial = comp
            .spatial()
            .into_iter()
            .zip(&comp.shape)
            .map(|(name, &extent)| LoopInfo {
                name,
                extent,
                reduction: false,
            });
        let reductions = comp
            .reductions(&|s| self.shape(s))
            .into_iter()
            .map(|(name, extent)| LoopInfo {
                name,
                extent,
                reduction: true,
            });
        spatial.chain(reductions).collect()
    }

    /// The first compute that reads compute `c` (the one `compute_at` places it in).
    fn consumer(&self, c: usize) -> Option<usize> {
        (c + 1..self.computes.len()).find(|&j| self.computes[j].reads().contains(&Src::Compute(c)))
    }

    /// The program as MLIR text, each compute with its schedule if it has one.
    fn text(&self, schedules: &[Option<Schedule>]) -> String {
        let params: Vec<String> = (0..self.args.len())
            .map(|i| format!("%a{i}: {}", tensor_type(&self.args[i], self.elem)))
            .collect();
        let last = self.computes.len() - 1;
        let out = tensor_type(&self.computes[last].shape, self.elem);
        let mut text = format!("func.func @main({}) -> {out} {{\n", params.join(", "));
        for c in 0..self.computes.len() {
            text += &self.compute_text(c, schedules.get(c).and_then(Option::as_ref));
        }
        text + &format!("  return %c{last} : {out}\n}}\n")
    }

    fn compute_text(&self, c: usize, schedule: Option<&Schedule>) -> String {
        let comp = &self.computes[c];
        let elem = self.elem;
        let prefix = format!("c{c}_");
        let bind: Vec<String> = comp
            .spatial()
            .iter()
            .map(|n| format!("{n} = %{prefix}{n}"))
            .collect();
        let sched = schedule
            .map(|s| format!(" schedule #te.schedule<{s}>"))
            .unwrap_or_default();
        let mut text = format!(
            "  %c{c} = te.compute [{}] : {}{sched} {{\n",
            bind.join(", "),
            tensor_type(&comp.shape, elem)
        );
        let mut b = Body {
            text: String::new(),
            prefix: prefix.clone(),
            next: 0,
            indent: 4,
        };
        let reductions = comp.reductions(&|s| self.shape(s));
        let value = if reductions.is_empty() {
            self.scalar(&mut b, c)
        } else {
            let red: Vec<String> = reductions
                .iter()
                .map(|(n, e)| format!("{n} = %{prefix}{n} in {e}"))
                .collect();
            b.line(&format!(
                "%{prefix}s = te.sum [{}] : {elem} {{",
                red.join(", ")
            ));
            b.indent += 2;
            let v = self.scalar(&mut b, c);
            b.line(&format!("te.yield {v} : {elem}"));
            b.indent -= 2;
            b.line("}");
            format!("%{prefix}s")
        };
        b.line(&format!("te.yield {value} : {elem}"));
        text += &b.text;
        text + "  }\n"
    }

    /// `te.read %src[indices]`, with a zero padding value when it may be out of bounds.
    fn read(&self, b: &mut Body, s: Src, indices: &[String], padded: bool) -> String {
        let pad = if padded {
            format!(" {{padding = 0.0 : {}}}", self.elem)
        } else {
            String::new()
        };
        let rhs = format!("te.read {}[{}]{pad}", Self::src_name(s), indices.join(", "));
        b.op(&rhs, &tensor_type(&self.shape(s), self.elem))
    }

    /// The scalar a compute's body (or its reduction's body) yields.
    fn scalar(&self, b: &mut Body, c: usize) -> String {
        let comp = &self.computes[c];
        let elem = self.elem;
        let iv = |n: &str| format!("%{}{n}", b.prefix);
        let ivs: Vec<String> = comp.spatial().iter().map(|n| iv(n)).collect();
        match &comp.kind {
            Kind::Matmul {
                a,
                b: bm,
                transpose_a,
            } => {
                let (i, j, k) = (iv("i"), iv("j"), iv("k"));
                let ia = if *transpose_a {
                    [k.clone(), i]
                } else {
                    [i, k.clone()]
                };
                let x = self.read(b, *a, &ia, false);
                let y = self.read(b, *bm, &[k, j], false);
                b.op(&format!("arith.mulf {x}, {y}"), elem)
            }
            Kind::Conv { input, filter, p } => {
                let [n, f, y, x] = [0, 1, 2, 3].map(|d| ivs[d].clone());
                let [rc, ry, rx] = ["c", "ry", "rx"].map(iv);
                let fshape = self.shape(*filter);
                let channel = if p.groups == 1 {
                    rc.clone()
                } else {
                    let pg = b.index(fshape[0] / p.groups);
                    let g = b.op(&format!("arith.divui {f}, {pg}"), "index");
                    b.linear(&[(&g, fshape[1]), (&rc, 1)], 0)
                };
                let h = b.linear(&[(&y, p.strides[0]), (&ry, p.dilation[0])], -p.padding[0]);
                let w = b.linear(&[(&x, p.strides[1]), (&rx, p.dilation[1])], -p.padding[1]);
                let padded = p.padding != [0; 4];
                let v = self.read(b, *input, &[n, channel, h, w], padded);
                let k = self.read(b, *filter, &[f, rc, ry, rx], false);
                b.op(&format!("arith.mulf {v}, {k}"), elem)
            }
            Kind::Elementwise { input, ops } => {
                let mut v = self.read(b, *input, &ivs, false);
                for op in ops {
                    v = match op {
                        Ew::Relu => {
                            let z = b.op("arith.constant 0.0", elem);
                            b.op(&format!("arith.maximumf {v}, {z}"), elem)
                        }
                        Ew::Scale(s) => {
                            let k = b.op(&format!("arith.constant {s:?}"), elem);
                            b.op(&format!("arith.mulf {v}, {k}"), elem)
                        }
                        Ew::Bias(s, axis) => {
                            let x = self.read(b, *s, &[ivs[*axis].clone()], false);
                            b.op(&format!("arith.addf {v}, {x}"), elem)
                        }
                        Ew::Add(s) | Ew::Mul(s) => {
                            let x = self.read(b, *s, &ivs, false);
                            let f = if matches!(op, Ew::Add(_)) {
                                "addf"
                            } else {
                                "mulf"
                            };
                            b.op(&format!("arith.{f} {v}, {x}"), elem)
                        }
                    };
                }
                v
            }
        }
    }
}

// ----- random programs -----

struct Gen {
    rng: XorShiftRng,
}

impl Gen {
    fn below(&mut self, n: u64) -> u64 {
        self.rng.next_u64() % n.max(1)
    }
    fn range(&mut self, lo: i64, hi: i64) -> i64 {
        lo + self.below((hi - lo + 1).max(1) as u64) as i64
    }
    fn chance(&mut self, one_in: u64) -> bool {
        self.below(one_in) == 0
    }
    fn pick<T: Clone>(&mut self, items: &[T]) -> T {
        items[self.below(items.len() as u64) as usize].clone()
    }
    fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.below(i as u64 + 1) as usize;
            items.swap(i, j);
        }
    }

    fn program(&mut self) -> Program {
        let mut p = Program {
            elem: if self.chance(6) { "f64" } else { "f32" },
            args: Vec::new(),
            computes: Vec::new(),
        };
        let main = if self.chance(3) {
            self.conv(&mut p)
        } else {
            self.matmul(&mut p)
        };
        // Elementwise computes after it, reading it (and sometimes an earlier compute too,
        // which then has two consumers).
        let mut v = main;
        for _ in 0..self.range(0, 2) {
            let shape = p.computes[v].shape.clone();
            let mut ops = Vec::new();
            for _ in 0..self.range(1, 2) {
                ops.push(self.elementwise_op(&mut p, &shape, v));
            }
            v = push(
                &mut p,
                shape,
                Kind::Elementwise {
                    input: Src::Compute(v),
                    ops,
                },
            );
        }
        p
    }

    fn arg(p: &mut Program, shape: Vec<i64>) -> Src {
        p.args.push(shape);
        Src::Arg(p.args.len() - 1)
    }

    fn elementwise_op(&mut self, p: &mut Program, shape: &[i64], input: usize) -> Ew {
        match self.below(5) {
            0 => Ew::Scale(self.range(-8, 8) as f64 / 4.0),
            1 => {
                let axis = self.below(shape.len() as u64) as usize;
                Ew::Bias(Self::arg(p, vec![shape[axis]]), axis)
            }
            2 | 3 => {
                let same: Vec<usize> = (0..=input)
                    .filter(|&c| p.computes[c].shape == shape)
                    .collect();
                let s = if self.chance(2) {
                    Self::arg(p, shape.to_vec())
                } else {
                    Src::Compute(self.pick(&same))
                };
                if self.chance(2) {
                    Ew::Add(s)
                } else {
                    Ew::Mul(s)
                }
            }
            _ => Ew::Relu,
        }
    }

    /// A matmul of an argument (or of an elementwise compute of one) and an argument.
    fn matmul(&mut self, p: &mut Program) -> usize {
        let mut mkn = [1, 1, 1];
        for _ in 0..200 {
            let d = [0; 3].map(|_| self.pick(DIMS));
            let [m, k, n] = d;
            if m * k * n <= MAX_WORK && [m * k, k * n, m * n].iter().all(|&e| e <= MAX_ELEMS) {
                mkn = d;
                break;
            }
        }
        let [m, k, n] = mkn;
        let transpose_a = self.chance(3);
        let a_shape = if transpose_a { vec![k, m] } else { vec![m, k] };
        let mut a = Self::arg(p, a_shape.clone());
        if self.chance(3) {
            let ops = vec![match self.below(3) {
                0 => Ew::Relu,
                1 => Ew::Scale(0.5),
                _ => Ew::Add(Self::arg(p, a_shape.clone())),
            }];
            a = Src::Compute(push(p, a_shape, Kind::Elementwise { input: a, ops }));
        }
        let b = Self::arg(p, vec![k, n]);
        push(p, vec![m, n], Kind::Matmul { a, b, transpose_a })
    }

    /// A conv2d of random attributes that fit the budget.
    fn conv(&mut self, p: &mut Program) -> usize {
        loop {
            let groups = self.range(1, 3);
            let c = groups * self.range(1, 2);
            let input = vec![
                self.range(1, 2),
                c,
                self.pick(&[1, 2, 3, 5, 7, 8, 11]),
                self.pick(&[1, 2, 3, 4, 6, 9, 13]),
            ];
            let filter = vec![
                groups * self.range(1, 3),
                c / groups,
                self.range(1, 3),
                self.range(1, 3),
            ];
            let pc = Conv2dParams {
                strides: [self.range(1, 3), self.range(1, 3)],
                padding: [0; 4].map(|_| self.range(0, 2)),
                dilation: [self.range(1, 2), self.range(1, 2)],
                groups,
            };
            let Some(out) = conv_shape(&input, &filter, pc.strides, pc.padding, pc.dilation) else {
                continue;
            };
            if product(&out) > MAX_ELEMS || product(&out) * product(&filter[1..]) > MAX_WORK {
                continue;
            }
            let input = Self::arg(p, input);
            let filter = Self::arg(p, filter);
            return push(
                p,
                out,
                Kind::Conv {
                    input,
                    filter,
                    p: pc,
                },
            );
        }
    }
}

fn push(p: &mut Program, shape: Vec<i64>, kind: Kind) -> usize {
    p.computes.push(Compute { shape, kind });
    p.computes.len() - 1
}

// ----- random schedules -----

/// The kinds of steps a drawer draws (`compute_at` only where there is a consumer).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Draw {
    Split,
    Tile,
    Reorder,
    Fuse,
    Vectorize,
    Parallel,
    Unroll,
    CacheWrite,
    CacheRead,
    ComputeAt,
}

/// Steps that change the loops, and steps that annotate them or place buffers and
/// computes at them, with their weights.
const SHAPING: &[(u64, Draw)] = &[
    (4, Draw::Split),
    (2, Draw::Tile),
    (3, Draw::Reorder),
    (2, Draw::Fuse),
];
const ANNOTATIONS: &[(u64, Draw)] = &[
    (2, Draw::Parallel),
    (2, Draw::Unroll),
    (1, Draw::CacheWrite),
    (2, Draw::CacheRead),
    (2, Draw::ComputeAt),
];

/// Draws the steps of one compute's schedule, tracking the loops they leave.
struct Drawer<'a> {
    g: &'a mut Gen,
    nest: LoopNest,
    /// Numbers the loops the steps create.
    fresh: usize,
    /// Ranks of the tensors the body reads (for `cache_read`).
    inputs: Vec<usize>,
    /// The consumer's loops after its schedule (for `compute_at`).
    consumer: Option<Vec<LoopInfo>>,
}

impl Drawer<'_> {
    /// A new loop name: `i_3` for a loop made from `i` (or from `i_1`).
    fn name(&mut self, from: &str) -> String {
        self.fresh += 1;
        let root = from.split('_').next().unwrap_or(from);
        format!("{root}_{}", self.fresh)
    }

    fn any_loop(&mut self) -> (String, i64) {
        let l = self.g.pick(&self.nest.loops);
        (l.name, l.extent)
    }

    /// A split factor: often one that does not divide the extent or exceeds it.
    fn factor(&mut self, extent: i64) -> i64 {
        match self.g.below(8) {
            0 => self.g.range(1, extent + 2),
            1 => {
                let divisors: Vec<i64> = (1..=extent).filter(|d| extent % d == 0).collect();
                self.g.pick(&divisors)
            }
            2 => extent,
            3 => extent + self.g.range(1, 4),
            _ => self.g.pick(&[2, 3, 4, 8, 16]),
        }
    }

    fn split(&mut self, axis: &str, factor: i64) -> (Step, String, String) {
        let (outer, inner) = (self.name(axis), self.name(axis));
        let step = Step::Split {
            axis: axis.to_string(),
            factor,
            outer: outer.clone(),
            inner: inner.clone(),
        };
        (step, outer, inner)
    }

    /// A kind drawn with the given weights.
    fn pick_kind(&mut self, weights: &[(u64, Draw)]) -> Draw {
        let weights: Vec<(u64, Draw)> = weights
            .iter()
            .map(|&(w, k)| {
                (
                    if k == Draw::ComputeAt && self.consumer.is_none() {
                        0
                    } else {
                        w
                    },
                    k,
                )
            })
            .collect();
        let mut roll = self.g.below(weights.iter().map(|w| w.0).sum());
        for &(w, k) in &weights {
            if roll < w {
                return k;
            }
            roll -= w;
        }
        Draw::Split
    }

    /// The steps of one kind (vectorizing may split and reorder first).
    fn steps(&mut self, kind: Draw) -> Vec<Step> {
        let n = self.nest.loops.len();
        match kind {
            Draw::Split => {
                let (axis, extent) = self.any_loop();
                let f = self.factor(extent);
                vec![self.split(&axis, f).0]
            }
            Draw::Tile => {
                let (a, ea) = self.any_loop();
                let (mut b, mut eb) = self.any_loop();
                // Mostly two different loops (tiling one loop twice is rejected).
                for _ in 0..4 {
                    if b != a || self.g.chance(10) {
                        break;
                    }
                    (b, eb) = self.any_loop();
                }
                let factors = [self.factor(ea), self.factor(eb)];
                let outer = [self.name(&a), self.name(&b)];
                let inner = [self.name(&a), self.name(&b)];
                vec![Step::Tile {
                    axes: [a, b],
                    factors,
                    outer,
                    inner,
                }]
            }
            Draw::Reorder => {
                let mut names: Vec<String> =
                    self.nest.loops.iter().map(|l| l.name.clone()).collect();
                self.g.shuffle(&mut names);
                let keep = self.g.range(2.min(n as i64), n as i64) as usize;
                names.truncate(keep);
                vec![Step::Reorder(names)]
            }
            Draw::Fuse => {
                let i = self.g.below(n.saturating_sub(1) as u64) as usize;
                let (a, b) = (self.nest.loops[i].name.clone(), {
                    let j = (i + 1).min(n - 1);
                    self.nest.loops[j].name.clone()
                });
                let fused = self.name(&format!("{}{}", a.split('_').next().unwrap_or(&a), b));
                vec![Step::Fuse {
                    axes: [a, b],
                    fused,
                }]
            }
            Draw::Vectorize => self.vectorize(),
            Draw::Parallel => {
                let l = if self.g.chance(3) {
                    self.any_loop().0
                } else {
                    self.nest.loops[0].name.clone()
                };
                vec![Step::Parallel(l)]
            }
            Draw::Unroll => {
                let small: Vec<String> = self
                    .nest
                    .loops
                    .iter()
                    .filter(|l| l.extent <= 16)
                    .map(|l| l.name.clone())
                    .collect();
                let l = if small.is_empty() || self.g.chance(5) {
                    self.any_loop().0
                } else {
                    self.g.pick(&small)
                };
                vec![Step::Unroll(l)]
            }
            Draw::CacheWrite => {
                let spatial: Vec<String> = self
                    .nest
                    .loops
                    .iter()
                    .take_while(|l| !l.reduction)
                    .map(|l| l.name.clone())
                    .collect();
                let at = if spatial.is_empty() || self.g.chance(5) {
                    self.any_loop().0
                } else {
                    self.g.pick(&spatial)
                };
                vec![Step::CacheWrite { at }]
            }
            Draw::CacheRead => {
                // Rarely one past the last input (rejected).
                let input = if self.g.chance(10) {
                    self.inputs.len()
                } else {
                    self.g.below(self.inputs.len() as u64) as usize
                };
                let rank = self.inputs.get(input).copied().unwrap_or(2);
                let mut layout: Vec<usize> = (0..rank).collect();
                match self.g.below(5) {
                    0 | 1 => layout.clear(),
                    2 | 3 => self.g.shuffle(&mut layout),
                    _ => {
                        self.g.shuffle(&mut layout);
                        layout.pop();
                    }
                }
                let at = self.any_loop().0;
                vec![Step::CacheRead { input, at, layout }]
            }
            Draw::ComputeAt => {
                let loops = self.consumer.clone().unwrap_or_default();
                let axis = self.g.pick(&loops).name;
                vec![Step::ComputeAt { axis }]
            }
        }
    }

    /// Usually a split of a spatial loop into lanes, the lanes moved innermost and
    /// vectorized; sometimes a vectorize of any loop.
    fn vectorize(&mut self) -> Vec<Step> {
        let spatial: Vec<(String, i64)> = self
            .nest
            .loops
            .iter()
            .filter(|l| !l.reduction)
            .map(|l| (l.name.clone(), l.extent))
            .collect();
        if spatial.is_empty() || self.g.chance(4) {
            return vec![Step::Vectorize(self.any_loop().0)];
        }
        let (axis, extent) = self.g.pick(&spatial);
        let mut steps = Vec::new();
        let mut lanes = axis.clone();
        if extent > 16 || self.g.chance(2) {
            let lanes_count = self.g.pick(&[2, 3, 4, 8, 16]);
            let (split, _, inner) = self.split(&axis, lanes_count);
            steps.push(split);
            lanes = inner;
        }
        let mut trial = self.nest.clone();
        if steps.iter().all(|s| trial.apply(s).is_ok()) {
            let last = trial.loops.last().map(|l| l.name.clone());
            if let Some(last) = last.filter(|l| *l != lanes) {
                // Swaps the two: reorder puts the loops named, in this order, in the
                // positions the two occupy.
                steps.push(Step::Reorder(vec![last, lanes.clone()]));
            }
        }
        steps.push(Step::Vectorize(lanes));
        steps
    }

    fn apply(&mut self, step: &Step) {
        // A step that does not apply leaves the loops alone (the verifier rejects it).
        let mut trial = self.nest.clone();
        if trial.apply(step).is_ok() {
            self.nest = trial;
        }
    }
}

/// A random schedule of compute `c` of `p`: steps from every primitive, not all valid.
fn draw_schedule(g: &mut Gen, p: &Program, c: usize, consumer: Option<Vec<LoopInfo>>) -> Schedule {
    let inlinable = consumer.is_some() && p.computes[c].reductions(&|s| p.shape(s)).is_empty();
    if inlinable && g.chance(3) {
        let mut steps = vec![Step::ComputeInline];
        if g.chance(8) {
            // Not the only step: rejected.
            steps.push(Step::Unroll(p.computes[c].spatial()[0].clone()));
        }
        return Schedule { steps };
    }
    let inputs = p.computes[c]
        .reads()
        .into_iter()
        .map(|s| p.shape(s).len())
        .collect();
    let mut d = Drawer {
        g,
        nest: LoopNest::new(p.loops(c)),
        fresh: 0,
        inputs,
        consumer,
    };
    // Loops are shaped first, then annotated (an annotated loop must survive the later
    // steps); one step in any place now and then is mostly rejected.
    let mut kinds = Vec::new();
    for _ in 0..d.g.range(0, 3) {
        kinds.push(d.pick_kind(SHAPING));
    }
    if d.g.chance(2) {
        kinds.push(Draw::Vectorize);
    }
    for _ in 0..d.g.range(0, 2) {
        kinds.push(d.pick_kind(ANNOTATIONS));
    }
    if kinds.is_empty() || d.g.chance(5) {
        let k = d.pick_kind(&[SHAPING, &[(3, Draw::Vectorize)], ANNOTATIONS].concat());
        let at = d.g.below(kinds.len() as u64 + 1) as usize;
        kinds.insert(at, k);
    }
    let mut steps = Vec::new();
    for k in kinds {
        for s in d.steps(k) {
            d.apply(&s);
            steps.push(s);
        }
    }
    Schedule { steps }
}

/// The loops of compute `c` after `schedule` (its own loops where a step does not apply).
fn loops_after(p: &Program, c: usize, schedule: Option<&Schedule>) -> Vec<LoopInfo> {
    let mut nest = LoopNest::new(p.loops(c));
    for s in schedule.map_or(&[][..], |s| &s.steps) {
        let mut trial = nest.clone();
        if trial.apply(s).is_ok() {
            nest = trial;
        }
    }
    nest.loops
}

/// What drawing the schedules of the cases gave.
#[derive(Default)]
struct DrawStats {
    draws: usize,
    accepted: usize,
    /// Computes left unscheduled after [`MAX_DRAWS`] rejected draws.
    given_up: usize,
    /// Rejections by message (loop names and numbers elided).
    reasons: BTreeMap<String, usize>,
    /// Steps in accepted schedules, by kind.
    kinds: BTreeMap<&'static str, usize>,
}

impl DrawStats {
    fn rate(&self) -> f64 {
        self.accepted as f64 / self.draws.max(1) as f64
    }

    fn report(&self) -> String {
        let mut reasons: Vec<(&String, &usize)> = self.reasons.iter().collect();
        reasons.sort_by(|a, b| b.1.cmp(a.1));
        let top: Vec<String> = reasons
            .iter()
            .take(8)
            .map(|(r, n)| format!("    {n:5}  {r}"))
            .collect();
        format!(
            "{} schedules drawn, {} accepted ({:.0}%), {} computes left unscheduled; \
             accepted steps by kind: {:?}\n  most frequent rejections:\n{}",
            self.draws,
            self.accepted,
            100.0 * self.rate(),
            self.given_up,
            self.kinds,
            top.join("\n")
        )
    }
}

/// A verifier message without its loop names and numbers, to count rejections by kind.
fn reason(message: &str) -> String {
    let tail = message.split_once("': ").map_or(message, |(_, rest)| rest);
    let mut out = String::new();
    let mut quoted = false;
    for ch in tail.chars() {
        match ch {
            '\'' => {
                quoted = !quoted;
                if quoted {
                    out.push_str("'_'");
                }
            }
            _ if quoted => {}
            '0'..='9' => {
                if !out.ends_with('N') {
                    out.push('N');
                }
            }
            _ => out.push(ch),
        }
    }
    out
}

/// A program with accepted schedules, and some of the schedules the verifier rejected.
struct Case {
    program: Program,
    schedules: Vec<Option<Schedule>>,
    rejected: Vec<Vec<Option<Schedule>>>,
}

impl Case {
    fn text(&self) -> String {
        self.program.text(&self.schedules)
    }

    fn describe(&self) -> String {
        let mut out = String::new();
        for (c, s) in self.schedules.iter().enumerate() {
            let s = s.as_ref().map_or("(none)".to_string(), Schedule::to_string);
            let _ = writeln!(out, "  %c{c}: {s}");
        }
        out
    }
}

/// The program of `seed` with a schedule per compute (consumers first, so that
/// `compute_at` names a loop the consumer has), each redrawn until the verifier accepts it.
fn make_case(seed: u64, stats: &mut DrawStats) -> Case {
    let mut g = Gen {
        rng: XorShiftRng::seed_from_u64(seed),
    };
    let program = g.program();
    let n = program.computes.len();
    let mut schedules: Vec<Option<Schedule>> = vec![None; n];
    let mut rejected = Vec::new();
    for c in (0..n).rev() {
        if g.chance(6) {
            continue;
        }
        let consumer = program
            .consumer(c)
            .map(|j| loops_after(&program, j, schedules[j].as_ref()));
        for _ in 0..MAX_DRAWS {
            let s = draw_schedule(&mut g, &program, c, consumer.clone());
            schedules[c] = Some(s.clone());
            stats.draws += 1;
            match verify(&program.text(&schedules)) {
                Ok(()) => {
                    stats.accepted += 1;
                    for st in &s.steps {
                        *stats.kinds.entry(step_kind(st)).or_insert(0) += 1;
                    }
                    break;
                }
                Err(e) => {
                    *stats.reasons.entry(reason(&e)).or_insert(0) += 1;
                    if rejected.len() < KEEP_REJECTED {
                        rejected.push(schedules.clone());
                    }
                    schedules[c] = None;
                }
            }
        }
        if schedules[c].is_none() {
            stats.given_up += 1;
        }
    }
    Case {
        program,
        schedules,
        rejected,
    }
}

// ----- lowering and running -----

fn messages(diags: &[ir::Diagnostic]) -> String {
    let m: Vec<&str> = diags.iter().map(|d| d.message.as_str()).collect();
    m.join("; ")
}

/// Parses and verifies `text`; the verifier's message otherwise.
fn verify(text: &str) -> Result<(), String> {
    let m = parse(text)?;
    ir::verify::verify(&m.ctx, &m.ir, m.module).map_err(|d| messages(&d))
}

/// How lowering a module ended when it did not succeed.
enum LowerError {
    /// Did not parse or verify before lowering.
    Input(String),
    /// A diagnostic (or a module that does not verify after the pass).
    Diagnostic(String),
    /// The pass panicked (the pass manager caught it).
    Crash(String),
}

/// Parses `text`, verifies it if `verify_input`, and runs `lower-te` on it.
fn lower(text: &str, verify_input: bool) -> Result<Module, LowerError> {
    let mut m = parse(text).map_err(LowerError::Input)?;
    if verify_input {
        ir::verify::verify(&m.ctx, &m.ir, m.module).map_err(|d| LowerError::Input(messages(&d)))?;
    }
    match common::run_passes(&mut m, "lower-te") {
        Ok(()) => Ok(m),
        Err(f) if f.is_crash() => Err(LowerError::Crash(format!("{f:?}"))),
        Err(f) => Err(LowerError::Diagnostic(messages(&f.diagnostics()))),
    }
}

/// [`common::parse`] with the messages as one string.
fn parse(text: &str) -> Result<Module, String> {
    common::parse(text).map_err(|d| format!("does not parse: {}", messages(&d)))
}

/// The largest relative difference of `got` from `expected`, as an error above the
/// tolerance.
fn compare(got: &[HostValue], expected: &[HostValue], what: &str) -> Result<(), String> {
    match backend::largest_difference(got, expected, "result") {
        Some((place, a, b, e)) if e > CHECK_TOLERANCE => Err(format!(
            "{what} disagrees with the unscheduled program at {place}: {a} instead of {b} \
             (relative error {e:.3e} > {CHECK_TOLERANCE:e})"
        )),
        _ => Ok(()),
    }
}

/// Lowers the case with and without its schedules, runs the scheduled program in the
/// JIT and the interpreter and the unscheduled one in the interpreter, and compares.
fn run_case(case: &Case, seed: u64) -> Result<(), String> {
    let lowered = |text: &str, what: &str| {
        lower(text, true).map_err(|e| match e {
            LowerError::Input(m) => format!("the {what} program is invalid: {m}"),
            LowerError::Diagnostic(m) => format!("lower-te failed on the {what} program: {m}"),
            LowerError::Crash(m) => format!("lower-te panicked on the {what} program: {m}"),
        })
    };
    let scheduled = lowered(&case.text(), "scheduled")?;
    if let Some(dir) = std::env::var_os("SCHED_DUMP_DIR") {
        // For the oracle: mlir-opt must verify every lowered program (.ci/oracle.sh).
        let opts = ir::print::PrintOptions {
            generic: true,
            ..Default::default()
        };
        let text = ir::print::print_op(&scheduled.ctx, &scheduled.ir, scheduled.module, opts);
        let path = std::path::Path::new(&dir).join(format!("seed-{seed}.mlir"));
        std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    let naive = lowered(&case.program.text(&[]), "unscheduled")?;
    let s = &scheduled;
    let (_, params) = backend::find_function(&s.ctx, &s.ir, s.module, "main")?;
    let args = backend::make_inputs(&params, &InputSpec::Random { seed }, "main")?;
    let jit = backend::run_jit(&s.ctx, &s.ir, s.module, "main", &args, 1, 2)
        .map_err(|e| format!("the JIT failed: {e}"))?;
    let (expected, _) =
        backend::run_interp(&naive.ctx, &naive.ir, naive.module, "main", &args, &jit)
            .map_err(|e| format!("unscheduled program: {e}"))?;
    compare(
        &jit.results,
        &expected,
        "the JIT run of the scheduled program",
    )?;
    // The interpreter also catches out-of-bounds accesses (wrong guards of split loops).
    let (interp, _) = backend::run_interp(&s.ctx, &s.ir, s.module, "main", &args, &jit)
        .map_err(|e| format!("scheduled program: {e}"))?;
    compare(
        &interp,
        &expected,
        "the interpreter run of the scheduled program",
    )
}

fn env_u64(name: &str, default: u64) -> u64 {
    std::env::var(name).map_or(default, |v| {
        v.parse()
            .unwrap_or_else(|_| panic!("{name} must be a number, got '{v}'"))
    })
}

/// The seeds `SCHED_SEED..SCHED_SEED + SCHED_CASES`.
fn seeds() -> std::ops::Range<u64> {
    let base = env_u64("SCHED_SEED", 1);
    base..base + env_u64("SCHED_CASES", 300)
}

fn panic_text(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<String>()
        .cloned()
        .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
        .unwrap_or_else(|| "(no message)".into())
}

/// Checks the counts that show the cases tested something: a healthy share of drawn
/// schedules is accepted, and (over enough cases) every kind of step gets through.
fn check_draws(stats: &DrawStats, cases: usize) {
    assert!(
        stats.rate() >= 0.25,
        "too few drawn schedules are accepted: {}",
        stats.report()
    );
    if cases >= 100 {
        let missing: Vec<&&str> = STEP_KINDS
            .iter()
            .filter(|k| !stats.kinds.contains_key(*k))
            .collect();
        assert!(
            missing.is_empty(),
            "no accepted schedule has a step of kind {missing:?}: {}",
            stats.report()
        );
    }
}

#[test]
fn random_schedules() {
    let print = std::env::var_os("SCHED_PRINT").is_some();
    let start = Instant::now();
    let mut stats = DrawStats::default();
    let mut failures = Vec::new();
    let seeds = seeds();
    for seed in seeds.clone() {
        let case = make_case(seed, &mut stats);
        let text = case.text();
        if print {
            eprintln!("// seed {seed}\n{text}");
        }
        let result = catch_unwind(AssertUnwindSafe(|| run_case(&case, seed)))
            .unwrap_or_else(|p| Err(format!("panicked: {}", panic_text(p.as_ref()))));
        if let Err(e) = result {
            failures.push(format!(
                "case seed {seed}: {e}\n--- schedules ---\n{}--- program ---\n{text}--- re-run \
                 with: SCHED_SEED={seed} SCHED_CASES=1 cargo test -p driver --test \
                 differential_schedules random_schedules",
                case.describe()
            ));
        }
    }
    let cases = seeds.end - seeds.start;
    eprintln!(
        "{cases} scheduled programs (seeds {seeds:?}) in {:.1} s; {}",
        start.elapsed().as_secs_f64(),
        stats.report()
    );
    if !failures.is_empty() {
        let seeds: Vec<&str> = failures
            .iter()
            .filter_map(|f| f.split(':').next())
            .collect();
        panic!(
            "{} of {cases} cases failed ({}); the first:\n{}",
            failures.len(),
            seeds.join(", "),
            failures[0]
        );
    }
    check_draws(&stats, cases as usize);
}

/// `lower-te` reports what it cannot lower as a diagnostic, never as a panic: on every
/// accepted schedule and on schedules the verifier rejected (lowered without verifying).
#[test]
fn lowering_never_panics() {
    let mut stats = DrawStats::default();
    let (mut lowered, mut diagnostics) = (0, 0);
    let mut crashes = Vec::new();
    let seeds = seeds();
    for seed in seeds.clone() {
        let case = make_case(seed, &mut stats);
        let accepted = std::iter::once((true, case.schedules.clone()));
        let rejected = case.rejected.iter().map(|s| (false, s.clone()));
        for (valid, schedules) in accepted.chain(rejected) {
            let text = case.program.text(&schedules);
            let outcome = catch_unwind(AssertUnwindSafe(|| lower(&text, false)));
            let crash = match outcome {
                Err(p) => Some(panic_text(p.as_ref())),
                Ok(Err(LowerError::Crash(m))) => Some(m),
                Ok(Err(LowerError::Input(m))) => Some(format!("the program does not parse: {m}")),
                Ok(Err(LowerError::Diagnostic(_))) => {
                    diagnostics += 1;
                    None
                }
                Ok(Ok(_)) => {
                    lowered += 1;
                    None
                }
            };
            if let Some(m) = crash {
                let which = if valid { "an accepted" } else { "a rejected" };
                crashes.push(format!(
                    "case seed {seed}, {which} schedule: {m}\n--- program ---\n{text}"
                ));
            }
        }
    }
    eprintln!(
        "lower-te on {} cases: {lowered} lowered, {diagnostics} diagnostics, {} crashes",
        seeds.end - seeds.start,
        crashes.len()
    );
    assert!(
        crashes.is_empty(),
        "{} lowerings panicked; the first:\n{}",
        crashes.len(),
        crashes[0]
    );
    check_draws(&stats, (seeds.end - seeds.start) as usize);
}
