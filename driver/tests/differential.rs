//! Differential tests of the whole path graph -> te -> loops -> LLVM: random graph
//! programs (written as MLIR text, parsed, lowered with `lower-graph,lower-te`) run in the
//! JIT and in the reference interpreter on the same random inputs; both must agree within
//! [`CHECK_TOLERANCE`]. Since both run the same lowered loops, each result is also checked
//! against an independent host evaluation of the graph ops (f64, numpy semantics), so a
//! wrong lowering fails too.
//!
//! `DIFF_CASES=N` (default 250) and `DIFF_SEED=S` (default 1) choose the cases: case `i`
//! uses seed `S + i`, so `DIFF_SEED=<seed> DIFF_CASES=1` re-runs one case. `DIFF_PRINT=1`
//! prints every generated program.

mod common;

use common::{product, tensor_type};

use dialects::graph::broadcast_shapes as broadcast;
use driver::backend::{self, HostArray, HostValue, InputSpec};
use driver::CHECK_TOLERANCE;
use rand_core::{Rng, SeedableRng};
use rand_xorshift::XorShiftRng;

/// Lowered f32 loops against the f64 host evaluation: the relative error allowed
/// (`|a - b| / max(1, |b|)`), loose enough for f32 rounding over long sums.
const REFERENCE_TOLERANCE: f64 = 2e-3;

/// Sizes to draw dimensions from (1 twice: broadcasting needs many): small ones, primes,
/// and 1000 (drawn only where the budget allows).
const DIMS: &[i64] = &[1, 1, 2, 3, 4, 5, 7, 8, 13, 16, 31, 127, 1000];

/// Largest element count of a tensor and largest multiply-add count of one op: keeps the
/// interpreter (a debug build) fast.
const MAX_ELEMS: i64 = 2048;
const MAX_WORK: i64 = 4_000;

#[derive(Clone, Debug)]
struct ConvParams {
    strides: [i64; 2],
    /// top, left, bottom, right.
    padding: [i64; 4],
    dilation: [i64; 2],
    groups: i64,
    /// Which attributes to write, in the order dilation, groups, padding, strides (the
    /// others take their defaults).
    written: [bool; 4],
    /// Write padding as `array<i64: h, w>` (needs top == bottom, left == right).
    short_padding: bool,
}

/// One value of a graph program: its definition and shape.
#[derive(Clone, Debug)]
enum Node {
    Arg,
    Const(Vec<f64>),
    Matmul(usize, usize),
    Conv(usize, usize, ConvParams),
    Add(usize, usize),
    Mul(usize, usize),
    Relu(usize),
    /// Input, bias, axis, and whether the axis is written (it defaults to 1).
    BiasAdd(usize, usize, i64, bool),
}

struct Program {
    elem: &'static str,
    nodes: Vec<(Node, Vec<i64>)>,
    /// What `@main` returns.
    results: Vec<usize>,
}

fn conv_shape(input: &[i64], filter: &[i64], p: &ConvParams) -> Option<Vec<i64>> {
    common::conv_shape(input, filter, p.strides, p.padding, p.dilation)
}

impl Program {
    /// The program as MLIR text: `func.func @main` returning the results.
    fn text(&self) -> String {
        let ty = |i: usize| tensor_type(&self.nodes[i].1, self.elem);
        let name = |i: usize| match self.nodes[i].0 {
            Node::Arg => format!("%a{i}"),
            _ => format!("%v{i}"),
        };
        let params: Vec<String> = (0..self.nodes.len())
            .filter(|&i| matches!(self.nodes[i].0, Node::Arg))
            .map(|i| format!("{}: {}", name(i), ty(i)))
            .collect();
        let types: Vec<String> = self.results.iter().map(|&r| ty(r)).collect();
        let names: Vec<String> = self.results.iter().map(|&r| name(r)).collect();
        let returns = match &types[..] {
            [one] => one.clone(),
            _ => format!("({})", types.join(", ")),
        };
        let mut out = format!("func.func @main({}) -> {returns} {{\n", params.join(", "));
        for (i, (node, shape)) in self.nodes.iter().enumerate() {
            let binary = |op: &str, a: usize, b: usize, attrs: String| {
                format!(
                    "  {} = graph.{op} {}, {}{attrs} : ({}, {}) -> {}\n",
                    name(i),
                    name(a),
                    name(b),
                    ty(a),
                    ty(b),
                    ty(i)
                )
            };
            out += &match node {
                Node::Arg => continue,
                Node::Const(values) => format!(
                    "  {} = graph.constant dense<{}> : {}\n",
                    name(i),
                    dense_literal(shape, values),
                    ty(i)
                ),
                Node::Matmul(a, b) => binary("matmul", *a, *b, String::new()),
                Node::Add(a, b) => binary("add", *a, *b, String::new()),
                Node::Mul(a, b) => binary("mul", *a, *b, String::new()),
                Node::Conv(a, b, p) => binary("conv2d", *a, *b, conv_attrs(p)),
                Node::BiasAdd(a, b, axis, written) => {
                    let attrs = if *written {
                        format!(" {{axis = {axis} : i64}}")
                    } else {
                        String::new()
                    };
                    binary("bias_add", *a, *b, attrs)
                }
                Node::Relu(a) => format!(
                    "  {} = graph.relu {} : ({}) -> {}\n",
                    name(i),
                    name(*a),
                    ty(*a),
                    ty(i)
                ),
            };
        }
        out + &format!("  return {} : {}\n}}\n", names.join(", "), types.join(", "))
    }

    /// The results computed on the host in f64 from the arguments, in order.
    fn evaluate(&self, args: &[HostValue]) -> Vec<Tensor> {
        let mut args = args.iter();
        let mut values: Vec<Tensor> = Vec::new();
        for (node, shape) in &self.nodes {
            let v = match node {
                Node::Arg => match args.next() {
                    Some(HostValue::Array(a)) => Tensor::from_host(a),
                    other => panic!("expected an array argument, got {other:?}"),
                },
                Node::Const(data) => Tensor {
                    shape: shape.clone(),
                    data: data.clone(),
                },
                Node::Matmul(a, b) => matmul(&values[*a], &values[*b]),
                Node::Conv(a, b, p) => conv2d(&values[*a], &values[*b], p, shape),
                Node::Add(a, b) => elementwise(&values[*a], &values[*b], shape, |x, y| x + y),
                Node::Mul(a, b) => elementwise(&values[*a], &values[*b], shape, |x, y| x * y),
                Node::Relu(a) => relu(&values[*a]),
                Node::BiasAdd(a, b, axis, _) => bias_add(&values[*a], &values[*b], *axis),
            };
            // f32 programs round every intermediate to f32.
            let v = if self.elem == "f32" {
                Tensor {
                    data: v.data.iter().map(|&x| x as f32 as f64).collect(),
                    ..v
                }
            } else {
                v
            };
            values.push(v);
        }
        self.results.iter().map(|&r| values[r].clone()).collect()
    }
}

fn conv_attrs(p: &ConvParams) -> String {
    let pair = |v: [i64; 2]| format!("array<i64: {}, {}>", v[0], v[1]);
    let mut attrs = Vec::new();
    if p.written[0] {
        attrs.push(format!("dilation = {}", pair(p.dilation)));
    }
    if p.written[1] {
        attrs.push(format!("groups = {} : i64", p.groups));
    }
    if p.written[2] {
        let pad = if p.short_padding {
            pair([p.padding[0], p.padding[1]])
        } else {
            let [t, l, b, r] = p.padding;
            format!("array<i64: {t}, {l}, {b}, {r}>")
        };
        attrs.push(format!("padding = {pad}"));
    }
    if p.written[3] {
        attrs.push(format!("strides = {}", pair(p.strides)));
    }
    if attrs.is_empty() {
        String::new()
    } else {
        format!(" {{{}}}", attrs.join(", "))
    }
}

/// `[[1.0, 2.0], [3.0, 4.0]]`, or a splat when all values are equal.
fn dense_literal(shape: &[i64], values: &[f64]) -> String {
    if values.iter().all(|&v| v == values[0]) {
        return format!("{:?}", values[0]);
    }
    fn nest(shape: &[i64], values: &[f64]) -> String {
        match shape {
            [] => format!("{:?}", values[0]),
            [d, rest @ ..] => {
                let n = product(rest) as usize;
                let parts: Vec<String> = (0..*d as usize)
                    .map(|i| nest(rest, &values[i * n..(i + 1) * n]))
                    .collect();
                format!("[{}]", parts.join(", "))
            }
        }
    }
    nest(shape, values)
}

/// A row-major f64 tensor of the host evaluation.
#[derive(Clone, Debug)]
struct Tensor {
    shape: Vec<i64>,
    data: Vec<f64>,
}

impl Tensor {
    fn from_host(a: &HostArray) -> Tensor {
        Tensor {
            shape: a.shape.iter().map(|&d| d as i64).collect(),
            data: (0..a.data.len()).map(|i| a.data.get_f64(i)).collect(),
        }
    }
    /// The row-major offset of `index` (right-aligned; size-1 dimensions broadcast).
    fn offset(&self, index: &[i64]) -> usize {
        let skip = index.len() - self.shape.len();
        let mut off = 0;
        for (d, &size) in self.shape.iter().enumerate() {
            off = off * size + if size == 1 { 0 } else { index[skip + d] };
        }
        off as usize
    }
}

/// The multi-index of row-major offset `k` in `shape`.
fn unravel(mut k: i64, shape: &[i64]) -> Vec<i64> {
    let mut index = vec![0; shape.len()];
    for d in (0..shape.len()).rev() {
        index[d] = k % shape[d];
        k /= shape[d];
    }
    index
}

fn elementwise(a: &Tensor, b: &Tensor, shape: &[i64], f: fn(f64, f64) -> f64) -> Tensor {
    let data = (0..product(shape))
        .map(|k| {
            let index = unravel(k, shape);
            f(a.data[a.offset(&index)], b.data[b.offset(&index)])
        })
        .collect();
    Tensor {
        shape: shape.to_vec(),
        data,
    }
}

fn relu(x: &Tensor) -> Tensor {
    Tensor {
        shape: x.shape.clone(),
        data: x.data.iter().map(|&v| v.max(0.0)).collect(),
    }
}

fn bias_add(x: &Tensor, bias: &Tensor, axis: i64) -> Tensor {
    let axis = axis as usize;
    let inner = product(&x.shape[axis + 1..]);
    let data = (0..x.data.len())
        .map(|k| x.data[k] + bias.data[(k as i64 / inner % x.shape[axis]) as usize])
        .collect();
    Tensor {
        shape: x.shape.clone(),
        data,
    }
}

fn matmul(a: &Tensor, b: &Tensor) -> Tensor {
    let (m, k, n) = (
        a.shape[0] as usize,
        a.shape[1] as usize,
        b.shape[1] as usize,
    );
    let mut data = vec![0.0; m * n];
    for i in 0..m {
        for j in 0..n {
            data[i * n + j] = (0..k).map(|l| a.data[i * k + l] * b.data[l * n + j]).sum();
        }
    }
    Tensor {
        shape: vec![m as i64, n as i64],
        data,
    }
}

fn conv2d(input: &Tensor, filter: &Tensor, p: &ConvParams, shape: &[i64]) -> Tensor {
    let (h, w) = (input.shape[2], input.shape[3]);
    let [_, ci, kh, kw] = filter.shape[..] else {
        unreachable!("rank-4 filter")
    };
    let per_group = filter.shape[0] / p.groups;
    let data = (0..product(shape))
        .map(|k| {
            let [n, o, y, x] = unravel(k, shape)[..] else {
                unreachable!("rank-4 output")
            };
            let g = o / per_group;
            let mut sum = 0.0;
            for c in 0..ci {
                for ry in 0..kh {
                    for rx in 0..kw {
                        let iy = y * p.strides[0] + ry * p.dilation[0] - p.padding[0];
                        let ix = x * p.strides[1] + rx * p.dilation[1] - p.padding[1];
                        if (0..h).contains(&iy) && (0..w).contains(&ix) {
                            sum += input.data[input.offset(&[n, g * ci + c, iy, ix])]
                                * filter.data[filter.offset(&[o, c, ry, rx])];
                        }
                    }
                }
            }
            sum
        })
        .collect();
    Tensor {
        shape: shape.to_vec(),
        data,
    }
}

/// Builds a random program.
struct Gen {
    rng: XorShiftRng,
    nodes: Vec<(Node, Vec<i64>)>,
}

impl Gen {
    fn below(&mut self, n: u64) -> u64 {
        self.rng.next_u64() % n
    }
    fn range(&mut self, lo: i64, hi: i64) -> i64 {
        lo + self.below((hi - lo + 1) as u64) as i64
    }
    fn chance(&mut self, one_in: u64) -> bool {
        self.below(one_in) == 0
    }
    fn dim(&mut self) -> i64 {
        DIMS[self.below(DIMS.len() as u64) as usize]
    }
    /// Random dimensions, redrawn until `ok` holds (falling back to all ones).
    fn dims(&mut self, n: usize, ok: impl Fn(&[i64]) -> bool) -> Vec<i64> {
        for _ in 0..200 {
            let d: Vec<i64> = (0..n).map(|_| self.dim()).collect();
            if ok(&d) {
                return d;
            }
        }
        vec![1; n]
    }
    fn push(&mut self, node: Node, shape: Vec<i64>) -> usize {
        self.nodes.push((node, shape));
        self.nodes.len() - 1
    }
    fn arg(&mut self, shape: Vec<i64>) -> usize {
        self.push(Node::Arg, shape)
    }
    fn shape(&self, v: usize) -> Vec<i64> {
        self.nodes[v].1.clone()
    }

    fn program(seed: u64) -> Program {
        let mut g = Gen {
            rng: XorShiftRng::seed_from_u64(seed),
            nodes: Vec::new(),
        };
        let elem = if g.chance(5) { "f64" } else { "f32" };
        let mut v = match g.below(3) {
            0 => {
                // A chain of matmuls.
                let s = g.dims(2, |d| product(d) <= MAX_ELEMS);
                let mut v = g.arg(s);
                for _ in 0..g.range(1, 3) {
                    v = g.matmul(v).unwrap_or(v);
                }
                v
            }
            1 => {
                let s = g.dims(4, |d| d[1] <= 6 && product(d) <= MAX_ELEMS / 4);
                let input = g.arg(s);
                g.conv(input).unwrap_or(input)
            }
            _ => {
                let rank = g.below(5) as usize;
                let s = g.dims(rank, |d| product(d) <= MAX_ELEMS);
                g.arg(s)
            }
        };
        for _ in 0..g.range(1, 4) {
            let next = match g.below(9) {
                0 | 1 => g.matmul(v),
                2 => g.conv(v),
                3 => g.broadcast_op(v, false),
                4 => g.broadcast_op(v, true),
                5 => g.bias_add(v),
                6 => g.combine(v),
                _ => Some(g.push(Node::Relu(v), g.shape(v))),
            };
            v = next.unwrap_or(v);
        }
        if matches!(g.nodes[v].0, Node::Arg) {
            v = g.push(Node::Relu(v), g.shape(v));
        }
        // One result: the JIT returns at most one memref (see `two_results`).
        Program {
            elem,
            nodes: g.nodes,
            results: vec![v],
        }
    }

    /// `v` times a new matrix (or a new matrix times `v`).
    fn matmul(&mut self, v: usize) -> Option<usize> {
        let s = self.shape(v);
        let [m, k] = s[..] else { return None };
        let n = self.dims(1, |d| m * k * d[0] <= MAX_WORK && k * d[0] <= MAX_ELEMS)[0];
        if self.chance(2) {
            let b = self.arg(vec![k, n]);
            Some(self.push(Node::Matmul(v, b), vec![m, n]))
        } else {
            let p = self.dims(1, |d| d[0] * m * k <= MAX_WORK && d[0] * m <= MAX_ELEMS)[0];
            let a = self.arg(vec![p, m]);
            Some(self.push(Node::Matmul(a, v), vec![p, k]))
        }
    }

    /// A conv2d of `v` (NCHW) with a new filter and random attributes that fit.
    fn conv(&mut self, v: usize) -> Option<usize> {
        let s = self.shape(v);
        let [_, c, h, w] = s[..] else { return None };
        for _ in 0..50 {
            let groups = self.range(1, 3);
            if c % groups != 0 {
                continue;
            }
            let mut p = ConvParams {
                strides: [self.range(1, 3), self.range(1, 3)],
                padding: [0; 4].map(|_| self.range(0, 2)),
                dilation: [self.range(1, 2), self.range(1, 2)],
                groups,
                written: [0; 4].map(|_| self.chance(2)),
                short_padding: self.chance(2),
            };
            if p.short_padding {
                p.padding[2] = p.padding[0];
                p.padding[3] = p.padding[1];
            }
            // Attributes that differ from their defaults must be written.
            p.written[0] |= p.dilation != [1, 1];
            p.written[1] |= p.groups != 1;
            p.written[2] |= p.padding != [0; 4];
            p.written[3] |= p.strides != [1, 1];
            let filter = vec![
                groups * self.range(1, 3),
                c / groups,
                self.range(1, 3.min(h + 2)),
                self.range(1, 3.min(w + 2)),
            ];
            let Some(out) = conv_shape(&s, &filter, &p) else {
                continue;
            };
            let work = product(&out) * product(&filter[1..]);
            if work > MAX_WORK || product(&out) > MAX_ELEMS {
                continue;
            }
            let f = self.arg(filter);
            return Some(self.push(Node::Conv(v, f, p), out));
        }
        None
    }

    /// `v` plus or times a broadcast-compatible operand: a new argument or a small
    /// constant, with dimensions dropped or set to 1, or larger than `v` where `v` has 1s.
    fn broadcast_op(&mut self, v: usize, constant: bool) -> Option<usize> {
        let s = self.shape(v);
        let mut other: Vec<i64> = s[self.below(s.len() as u64 + 1) as usize..].to_vec();
        for d in other.iter_mut() {
            if self.chance(3) {
                *d = 1;
            } else if *d == 1 && !constant && self.chance(2) {
                *d = self.range(2, 5);
            }
        }
        if !constant && other.len() == s.len() && s.len() < 4 && self.chance(4) {
            other.insert(0, self.range(2, 3));
        }
        if constant {
            while product(&other) > 8 {
                let big = (0..other.len())
                    .max_by_key(|&i| other[i])
                    .expect("nonempty");
                other[big] = 1;
            }
        }
        let out = broadcast(&s, &other).expect("compatible by construction");
        if product(&out) > MAX_ELEMS {
            return None;
        }
        let o = if constant {
            let values = (0..product(&other))
                .map(|_| self.range(-8, 8) as f64 / 4.0)
                .collect();
            self.push(Node::Const(values), other)
        } else {
            self.arg(other)
        };
        Some(self.add_or_mul(v, o, out))
    }

    /// `v` plus or times itself or an earlier computed value of a broadcast-compatible
    /// shape, so that values have several uses.
    fn combine(&mut self, v: usize) -> Option<usize> {
        let s = self.shape(v);
        let fits: Vec<(usize, Vec<i64>)> = (0..=v)
            .filter(|&u| !matches!(self.nodes[u].0, Node::Arg))
            .filter_map(|u| Some((u, broadcast(&s, &self.nodes[u].1)?)))
            .filter(|(_, out)| product(out) <= MAX_ELEMS)
            .collect();
        if fits.is_empty() {
            return None;
        }
        let (u, out) = fits[self.below(fits.len() as u64) as usize].clone();
        Some(self.add_or_mul(v, u, out))
    }

    /// `graph.add` or `graph.mul` of `v` and `o` in either order.
    fn add_or_mul(&mut self, v: usize, o: usize, out: Vec<i64>) -> usize {
        let (a, b) = if self.chance(2) { (v, o) } else { (o, v) };
        let node = if self.chance(2) {
            Node::Add(a, b)
        } else {
            Node::Mul(a, b)
        };
        self.push(node, out)
    }

    fn bias_add(&mut self, v: usize) -> Option<usize> {
        let s = self.shape(v);
        if s.is_empty() {
            return None;
        }
        let axis = self.below(s.len() as u64) as i64;
        let bias = self.arg(vec![s[axis as usize]]);
        let written = axis != 1 || self.chance(2);
        Some(self.push(Node::BiasAdd(v, bias, axis, written), s))
    }
}

/// Parses `text`, lowers it, runs `@main` in the JIT and the interpreter on random inputs
/// from `seed`, and checks both against each other and the JIT against `reference` (the
/// host evaluation of the arguments). The error says what differs.
fn check(
    text: &str,
    seed: u64,
    reference: &dyn Fn(&[HostValue]) -> Vec<Tensor>,
) -> Result<(), String> {
    let mut m = common::parse(text).map_err(|d| format!("does not parse: {d:?}"))?;
    common::run_passes(&mut m, "lower-graph,lower-te")
        .map_err(|f| format!("the passes failed: {:?}", f.diagnostics()))?;
    let (ctx, ir, module) = (&m.ctx, &m.ir, m.module);
    let (_, params) = backend::find_function(ctx, ir, module, "main")?;
    let args = backend::make_inputs(&params, &InputSpec::Random { seed }, "main")?;
    let jit = backend::run_jit(ctx, ir, module, "main", &args, 1, 1)?;
    let (results, after) = backend::run_interp(ctx, ir, module, "main", &args, &jit)?;
    let shapes = |v: &[HostValue]| -> Vec<Option<Vec<usize>>> {
        v.iter()
            .map(|x| match x {
                HostValue::Array(a) => Some(a.shape.clone()),
                HostValue::Scalar(_) => None,
            })
            .collect()
    };
    if shapes(&jit.results) != shapes(&results) {
        return Err(format!(
            "result shapes differ: JIT {:?}, interpreter {:?}",
            shapes(&jit.results),
            shapes(&results)
        ));
    }
    let worst = [
        backend::largest_difference(&jit.results, &results, "result"),
        backend::largest_difference(&jit.args, &after, "arg"),
    ];
    for (place, a, b, e) in worst.into_iter().flatten() {
        if e > CHECK_TOLERANCE {
            return Err(format!(
                "JIT and interpreter disagree at {place}{}: JIT {a}, interpreter {b} \
                 (relative error {e:.3e} > {CHECK_TOLERANCE:e})",
                index_of(&place, &jit.results)
            ));
        }
    }
    let expected = reference(&args);
    let expected_shapes: Vec<Option<Vec<usize>>> = expected
        .iter()
        .map(|t| Some(t.shape.iter().map(|&d| d as usize).collect()))
        .collect();
    if shapes(&jit.results) != expected_shapes {
        return Err(format!(
            "result shapes {:?} differ from the host evaluation's {expected_shapes:?}",
            shapes(&jit.results)
        ));
    }
    let expected: Vec<HostValue> = expected
        .into_iter()
        .map(|t| {
            HostValue::Array(HostArray {
                shape: t.shape.iter().map(|&d| d as usize).collect(),
                data: backend::HostData::F64(t.data),
            })
        })
        .collect();
    let worst = backend::largest_difference(&jit.results, &expected, "result");
    if let Some((place, a, b, e)) = worst.filter(|w| w.3 > REFERENCE_TOLERANCE) {
        return Err(format!(
            "the JIT and the host evaluation of the graph disagree at {place}{}: JIT {a}, \
             host {b} (relative error {e:.3e} > {REFERENCE_TOLERANCE:e})",
            index_of(&place, &jit.results)
        ));
    }
    Ok(())
}

/// ` (index [0, 2, 1] of shape [8, 2, 1, 6])` for a place `result #I element K`, or
/// nothing.
fn index_of(place: &str, results: &[HostValue]) -> String {
    let parsed = place
        .strip_prefix("result #")
        .and_then(|rest| rest.split_once(" element "))
        .and_then(|(i, k)| Some((i.parse::<usize>().ok()?, k.parse::<i64>().ok()?)));
    match parsed.and_then(|(i, k)| Some((results.get(i)?, k))) {
        Some((HostValue::Array(a), k)) if !a.shape.is_empty() => {
            let shape: Vec<i64> = a.shape.iter().map(|&d| d as i64).collect();
            format!(" (index {:?} of shape {shape:?})", unravel(k, &shape))
        }
        _ => String::new(),
    }
}

fn env_u64(name: &str, default: u64) -> u64 {
    match std::env::var(name) {
        Ok(v) => v
            .parse()
            .unwrap_or_else(|_| panic!("{name} must be a number, got '{v}'")),
        Err(_) => default,
    }
}

#[test]
fn random_graph_programs() {
    let cases = env_u64("DIFF_CASES", 250);
    let base = env_u64("DIFF_SEED", 1);
    let print = std::env::var_os("DIFF_PRINT").is_some();
    let start = std::time::Instant::now();
    let mut failures = Vec::new();
    for seed in base..base + cases {
        let program = Gen::program(seed);
        let text = program.text();
        if print {
            eprintln!("// seed {seed}\n{text}");
        }
        let host = |args: &[HostValue]| program.evaluate(args);
        if let Err(e) = check(&text, seed, &host) {
            failures.push(format!(
                "case seed {seed}: {e}\n--- program ---\n{text}--- re-run with: \
                 DIFF_SEED={seed} DIFF_CASES=1 cargo test -p driver --test differential \
                 random_graph_programs"
            ));
        }
    }
    eprintln!(
        "{cases} random graph programs (seeds {base}..{}) in {:.1} s",
        base + cases,
        start.elapsed().as_secs_f64()
    );
    assert!(
        failures.is_empty(),
        "{} of {cases} cases failed; the first:\n{}",
        failures.len(),
        failures[0]
    );
}

/// One fixed program per graph op, checked against the interpreter and by hand.
fn check_fixed(text: &str, expected: &dyn Fn(&[HostValue]) -> Tensor) {
    if let Err(e) = check(text, 7, &|args| vec![expected(args)]) {
        panic!("{e}\n--- program ---\n{text}");
    }
}

/// The host tensor of argument `i`.
fn arg(args: &[HostValue], i: usize) -> Tensor {
    match &args[i] {
        HostValue::Array(a) => Tensor::from_host(a),
        other => panic!("argument #{i} is not an array: {other:?}"),
    }
}

#[test]
fn op_matmul() {
    check_fixed(
        "func.func @main(%a: tensor<3x7xf32>, %b: tensor<7x5xf32>) -> tensor<3x5xf32> {
  %c = graph.matmul %a, %b : (tensor<3x7xf32>, tensor<7x5xf32>) -> tensor<3x5xf32>
  return %c : tensor<3x5xf32>
}",
        &|args| matmul(&arg(args, 0), &arg(args, 1)),
    );
}

#[test]
fn op_conv2d() {
    let p = ConvParams {
        strides: [2, 1],
        padding: [1, 0, 2, 1],
        dilation: [1, 2],
        groups: 2,
        written: [true; 4],
        short_padding: false,
    };
    check_fixed(
        "func.func @main(%x: tensor<1x4x7x6xf32>, %w: tensor<6x2x3x2xf32>) -> tensor<1x6x4x5xf32> {
  %y = graph.conv2d %x, %w {dilation = array<i64: 1, 2>, groups = 2 : i64,
                            padding = array<i64: 1, 0, 2, 1>, strides = array<i64: 2, 1>}
       : (tensor<1x4x7x6xf32>, tensor<6x2x3x2xf32>) -> tensor<1x6x4x5xf32>
  return %y : tensor<1x6x4x5xf32>
}",
        &|args| conv2d(&arg(args, 0), &arg(args, 1), &p, &[1, 6, 4, 5]),
    );
}

#[test]
fn op_add_broadcast() {
    check_fixed(
        "func.func @main(%a: tensor<2x1x5xf32>, %b: tensor<3x1xf32>) -> tensor<2x3x5xf32> {
  %c = graph.add %a, %b : (tensor<2x1x5xf32>, tensor<3x1xf32>) -> tensor<2x3x5xf32>
  return %c : tensor<2x3x5xf32>
}",
        &|args| elementwise(&arg(args, 0), &arg(args, 1), &[2, 3, 5], |x, y| x + y),
    );
}

#[test]
fn op_mul_broadcast() {
    check_fixed(
        "func.func @main(%a: tensor<7xf64>, %b: tensor<3x1xf64>) -> tensor<3x7xf64> {
  %c = graph.mul %a, %b : (tensor<7xf64>, tensor<3x1xf64>) -> tensor<3x7xf64>
  return %c : tensor<3x7xf64>
}",
        &|args| elementwise(&arg(args, 0), &arg(args, 1), &[3, 7], |x, y| x * y),
    );
}

#[test]
fn op_relu() {
    check_fixed(
        "func.func @main(%a: tensor<4x31xf32>) -> tensor<4x31xf32> {
  %r = graph.relu %a : (tensor<4x31xf32>) -> tensor<4x31xf32>
  return %r : tensor<4x31xf32>
}",
        &|args| relu(&arg(args, 0)),
    );
}

#[test]
fn op_bias_add() {
    // The default axis, 1: the channels of NCHW.
    check_fixed(
        "func.func @main(%x: tensor<2x3x4x5xf32>, %b: tensor<3xf32>) -> tensor<2x3x4x5xf32> {
  %y = graph.bias_add %x, %b : (tensor<2x3x4x5xf32>, tensor<3xf32>) -> tensor<2x3x4x5xf32>
  return %y : tensor<2x3x4x5xf32>
}",
        &|args| bias_add(&arg(args, 0), &arg(args, 1), 1),
    );
}

#[test]
fn op_constant() {
    check_fixed(
        "func.func @main(%a: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %c = graph.constant dense<[[0.5, -1.0, 2.0], [0.25, 0.0, -3.5]]> : tensor<2x3xf32>
  %r = graph.add %a, %c : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  return %r : tensor<2x3xf32>
}",
        &|args| {
            let c = Tensor {
                shape: vec![2, 3],
                data: vec![0.5, -1.0, 2.0, 0.25, 0.0, -3.5],
            };
            elementwise(&arg(args, 0), &c, &[2, 3], |x, y| x + y)
        },
    );
}

/// Two returned tensors: the interpreter runs this, the JIT does not yet.
#[test]
#[ignore = "Jit::call_returning supports one memref result only (codegen/src/jit.rs, \
            Results::Memref): `main: unsupported result type for Jit::call`"]
fn two_results() {
    let program = Program {
        elem: "f32",
        nodes: vec![(Node::Arg, vec![2, 3]), (Node::Relu(0), vec![2, 3])],
        results: vec![1, 1],
    };
    let text = program.text();
    if let Err(e) = check(&text, 7, &|args| program.evaluate(args)) {
        panic!("{e}\n--- program ---\n{text}");
    }
}
