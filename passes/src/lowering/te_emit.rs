//! Emits a compute's loop nest from its [`Plan`]: `scf.for`/`scf.parallel` loops,
//! unrolled copies, vector statements, the buffers of `cache_write`/`cache_read`, the
//! producers placed by `compute_at`, and the guards of splits that do not divide.
//!
//! Values during emission are scalars, vectors, or — for indices that depend on the
//! vector loop — lanes `base + stride * lane`, so that contiguous accesses become
//! `vector.load`/`vector.store` and others gather lane by lane. Anything the vector
//! form does not cover (a reduction inside the statement, an index op on lanes other
//! than `+`, `-`, `*` constant) emits the statement once per lane instead.

use std::collections::HashMap;

use ir::{AttrKind, Attribute, TypeKind, ValueDef, ValueId};
use ir::{Context, Type};

use super::builder::Builder;
use super::loop_plan::{box_dim, reads_of, Atom, LoopKind, Plan};
use super::te_expr::{Expr, ExprId, Exprs};

/// `arith.cmpi` predicates (MLIR's `CmpIPredicate` values).
pub(crate) const SLT: i128 = 2;
pub(crate) const SGE: i128 = 5;

/// Buffers larger than this go on the heap rather than the stack.
const MAX_STACK_BYTES: i64 = 64 * 1024;

/// Where a tensor read by a compute lives.
#[derive(Clone, Copy, Debug)]
pub enum Source {
    Buffer(ValueId),
    /// Every element is this constant.
    Splat(Attribute, Type),
}

/// `lo <= expr < hi` must hold for the statement to run.
#[derive(Clone, Debug)]
pub struct Guard {
    pub expr: ExprId,
    pub lo: Option<i64>,
    pub hi: i64,
    /// Involves reduction loops (does not apply to initialization and write-back).
    pub reduction: bool,
}

/// A compute ready to emit: its expressions, plan and statement parts.
pub struct Compute {
    pub exprs: Exprs,
    pub plan: Plan,
    pub elem: Type,
    pub shape: Vec<i64>,
    /// Output indices (the spatial names).
    pub out_index: Vec<ExprId>,
    /// The element: the body, or with memory accumulation `combine(acc, body)`.
    pub value: ExprId,
    /// The initial value of memory accumulation (`None`: no reduction in the nest).
    pub init: Option<ExprId>,
    /// Positions of the loops of the main nest (reduction loops emitted inline are not).
    pub nest: Vec<usize>,
    pub guards: Vec<Guard>,
    /// Tensors by `cache_read`'s input number.
    pub inputs: Vec<ValueId>,
    /// `Var(loop name)` for each loop of the plan (indices of a `cache_write` tile).
    pub local_index: Vec<ExprId>,
    /// [`Expr::Accumulator`]: the element at the statement's target.
    pub accumulator: ExprId,
    /// Producers computed inside a loop (`compute_at`).
    pub producers: Vec<Producer>,
}

/// A producer placed by `compute_at` at loop `at` of its consumer. Its spatial loops
/// run over the box the consumer reads, whose lower corner is bound to the names
/// [`lo_name`]`(d)` when it is emitted.
pub struct Producer {
    pub at: usize,
    pub tensor: ValueId,
    pub compute: Compute,
}

/// The name the lower corner of dimension `d` of a `compute_at` box is bound to.
pub fn lo_name(d: usize) -> String {
    format!("lo.{d}")
}

#[derive(Clone, Copy, Debug)]
enum Val {
    S(ValueId),
    Lane { base: ValueId, stride: i64 },
    V(ValueId),
}

#[derive(Clone, Debug)]
struct Redirect {
    local: ValueId,
    lo: Vec<ValueId>,
    layout: Vec<usize>,
    shape: Vec<i64>,
}

/// What is in scope at a point of the nest.
#[derive(Clone, Debug, Default)]
struct Env {
    vars: Vec<(String, Val)>,
    lanes: Option<(String, i64)>,
    redirects: Vec<(ValueId, Redirect)>,
    /// The buffer statements store to and its index expressions (the output, or the
    /// `cache_write` tile).
    target: Option<(ValueId, Vec<ExprId>)>,
    /// The output buffer and its index expressions.
    out: Option<(ValueId, Vec<ExprId>)>,
}

impl Env {
    fn with_var(&self, name: &str, v: Val) -> Env {
        let mut e = self.clone();
        e.vars.push((name.to_string(), v));
        e
    }
}

pub struct Emitter<'s> {
    pub sources: &'s HashMap<ValueId, Source>,
}

/// Emits compute `c` storing into `out` at the builder's insertion point.
pub fn emit_compute(
    b: &mut Builder<'_>,
    sources: &HashMap<ValueId, Source>,
    c: &Compute,
    out: ValueId,
) {
    let target = Some((out, c.out_index.clone()));
    let env = Env {
        target: target.clone(),
        out: target,
        ..Env::default()
    };
    Emitter { sources }.main(b, c, &env, 0);
}

impl Emitter<'_> {
    // ----- loops -----

    /// The main nest from `c.nest[k]` on.
    fn main(&self, b: &mut Builder<'_>, c: &Compute, env: &Env, k: usize) {
        if k == 0 {
            self.maybe_init(b, c, env, None);
        }
        let Some(&pos) = c.nest.get(k) else {
            self.statement(b, c, env, c.value, false, &c.guards);
            return;
        };
        self.one_loop(b, c, env, pos, &mut |b, env| {
            let (env, heap) = self.prologue(b, c, env, pos);
            self.main(b, c, &env, k + 1);
            self.epilogue(b, c, &env, pos, heap);
        });
    }

    /// Loop `pos` of `c`'s plan around `body`.
    fn one_loop(
        &self,
        b: &mut Builder<'_>,
        c: &Compute,
        env: &Env,
        pos: usize,
        body: &mut dyn FnMut(&mut Builder<'_>, &Env),
    ) {
        let l = &c.plan.loops[pos];
        match l.kind {
            LoopKind::Serial => {
                let bounds = [b.index(0), b.index(l.extent), b.index(1)];
                b.for_loop(bounds, vec![], |b, iv, _| {
                    body(b, &env.with_var(&l.name, Val::S(iv)));
                    vec![]
                });
            }
            LoopKind::Parallel => {
                let bounds = vec![b.index(0), b.index(l.extent), b.index(1)];
                let segments = b.i32_array(&[1, 1, 1, 0]);
                let index = b.ctx.index_type();
                b.region_op(
                    "scf.parallel",
                    bounds,
                    vec![],
                    vec![("operandSegmentSizes", segments)],
                    &[index],
                    |b, ivs| {
                        body(b, &env.with_var(&l.name, Val::S(ivs[0])));
                        b.create("scf.reduce", vec![], vec![], vec![], vec![]);
                    },
                );
            }
            LoopKind::Unroll => {
                for j in 0..l.extent {
                    let iv = b.index(j);
                    body(b, &env.with_var(&l.name, Val::S(iv)));
                }
            }
            LoopKind::Vector => {
                let mut e = env.with_var(
                    &l.name,
                    Val::Lane {
                        base: b.index(0),
                        stride: 1,
                    },
                );
                e.lanes = Some((l.name.clone(), l.extent));
                body(b, &e);
            }
        }
    }

    /// The loops at `positions` (outermost first) around `leaf`.
    fn sub_nest(
        &self,
        b: &mut Builder<'_>,
        c: &Compute,
        env: &Env,
        positions: &[usize],
        leaf: &mut dyn FnMut(&mut Builder<'_>, &Env),
    ) {
        match positions.split_first() {
            None => leaf(b, env),
            Some((&pos, rest)) => self.one_loop(b, c, env, pos, &mut |b, env| {
                self.sub_nest(b, c, env, rest, leaf)
            }),
        }
    }

    /// Spatial loops of the main nest after position `after` (all with `None`).
    fn spatial_after(c: &Compute, after: Option<usize>) -> Vec<usize> {
        c.nest
            .iter()
            .copied()
            .filter(|&p| after.is_none_or(|a| p > a) && !c.plan.loops[p].reduction)
            .collect()
    }

    /// Memory accumulation starts right before the first reduction loop of the nest.
    fn maybe_init(&self, b: &mut Builder<'_>, c: &Compute, env: &Env, at: Option<usize>) {
        let Some(init) = c.init else { return };
        let first_reduction = c.nest.iter().position(|&p| c.plan.loops[p].reduction);
        let here = match at {
            None => first_reduction == Some(0),
            Some(pos) => first_reduction
                .and_then(|k| k.checked_sub(1))
                .is_some_and(|k| c.nest[k] == pos),
        };
        if !here {
            return;
        }
        let positions = Self::spatial_after(c, at);
        // A cache_write tile holds exactly the loops' elements: no guard needed.
        let local = env.target.as_ref().map(|t| t.0) != env.out.as_ref().map(|t| t.0);
        let guards: Vec<Guard> = if local {
            Vec::new()
        } else {
            c.guards.iter().filter(|g| !g.reduction).cloned().collect()
        };
        self.sub_nest(b, c, env, &positions, &mut |b, env| {
            self.statement(b, c, env, init, false, &guards)
        });
    }

    /// At the start of loop `pos`'s body: the buffers placed there. Returns the scope
    /// inside and the heap buffers to free at the end of the body.
    fn prologue(
        &self,
        b: &mut Builder<'_>,
        c: &Compute,
        env: &Env,
        pos: usize,
    ) -> (Env, Vec<ValueId>) {
        let mut env = env.clone();
        let mut heap = Vec::new();
        if c.plan.cache_write == Some(pos) {
            let loops = Self::spatial_after(c, Some(pos));
            let shape: Vec<i64> = loops.iter().map(|&p| c.plan.loops[p].extent).collect();
            let local = self.buffer(b, &shape, c.elem, &mut heap);
            let idx = loops.iter().map(|&p| c.local_index[p]).collect();
            env.target = Some((local, idx));
        }
        for cr in c.plan.cache_reads.iter().filter(|cr| cr.at == pos) {
            let Some(&t) = c.inputs.get(cr.input) else {
                continue;
            };
            if let Some(r) = self.cache_read(b, c, &env, t, pos, &cr.layout, &mut heap) {
                env.redirects.push((t, r));
            }
        }
        for p in c.producers.iter().filter(|p| p.at == pos) {
            let r = self.compute_at(b, c, &env, p, &mut heap);
            env.redirects.push((p.tensor, r));
        }
        self.maybe_init(b, c, &env, Some(pos));
        (env, heap)
    }

    fn epilogue(
        &self,
        b: &mut Builder<'_>,
        c: &Compute,
        env: &Env,
        pos: usize,
        heap: Vec<ValueId>,
    ) {
        if c.plan.cache_write == Some(pos) {
            // Write the local tile back to the output.
            let positions = Self::spatial_after(c, Some(pos));
            let guards: Vec<Guard> = c.guards.iter().filter(|g| !g.reduction).cloned().collect();
            self.sub_nest(b, c, env, &positions, &mut |b, env| {
                self.statement(b, c, env, c.accumulator, true, &guards)
            });
        }
        for h in heap {
            b.create("memref.dealloc", vec![h], vec![], vec![], vec![]);
        }
    }

    /// A local buffer: on the stack when small.
    fn buffer(
        &self,
        b: &mut Builder<'_>,
        shape: &[i64],
        elem: Type,
        heap: &mut Vec<ValueId>,
    ) -> ValueId {
        let ty = b.ctx.intern_type(TypeKind::MemRef {
            shape: shape.into(),
            elem,
            layout: None,
            memory_space: None,
        });
        let bytes = shape.iter().product::<i64>()
            * i64::from(b.ctx.int_or_float_width(elem).unwrap_or(64).div_ceil(8));
        let on_stack = bytes <= MAX_STACK_BYTES;
        let v = b.alloc(
            if on_stack {
                "memref.alloca"
            } else {
                "memref.alloc"
            },
            ty,
        );
        if !on_stack {
            heap.push(v);
        }
        v
    }

    /// The box of `tensor` that the loops inside `pos` read, as a local buffer with
    /// its dimensions ordered by `layout`, filled here.
    #[allow(clippy::too_many_arguments)]
    fn cache_read(
        &self,
        b: &mut Builder<'_>,
        c: &Compute,
        env: &Env,
        tensor: ValueId,
        pos: usize,
        layout: &[usize],
        heap: &mut Vec<ValueId>,
    ) -> Option<Redirect> {
        let reads = reads_of(&c.exprs, c.value, tensor);
        if reads.is_empty() {
            return None;
        }
        let (shape, elem) = self.shape_of(b.ctx, b.ir, env, tensor)?;
        let (lo, extents, within) = self.read_box(b, c, env, &reads, &shape, Some(pos));
        let layout: Vec<usize> = if layout.is_empty() {
            (0..shape.len()).collect()
        } else {
            layout.to_vec()
        };
        let local_shape: Vec<i64> = layout.iter().map(|&d| extents[d]).collect();
        let local = self.buffer(b, &local_shape, elem, heap);
        // Copy the in-bounds part of the box.
        self.copy_nest(b, &local_shape, &mut |b, ivs| {
            let mut src = vec![Val::S(ivs[0]); shape.len()];
            for (i, &d) in layout.iter().enumerate() {
                src[d] = Val::S(b.fold_index("arith.addi", lo[d], ivs[i]));
            }
            // Only the dimensions whose box may leave the tensor are checked.
            let (idx, dims): (Vec<ValueId>, Vec<i64>) = src_scalars(&src)
                .into_iter()
                .zip(shape.iter().copied())
                .zip(&within)
                .filter(|(_, &w)| !w)
                .map(|(x, _)| x)
                .unzip();
            let inside = in_bounds(b, &idx, &dims);
            let load = |b: &mut Builder<'_>| {
                let v = self.load_scalar(b, env, tensor, &src_scalars(&src), elem, None);
                b.create(
                    "memref.store",
                    [vec![v, local], ivs.to_vec()].concat(),
                    vec![],
                    vec![],
                    vec![],
                );
            };
            match inside {
                None => load(b),
                Some(cond) => b.if_then(cond, load),
            }
        });
        Some(Redirect {
            local,
            lo,
            layout,
            shape,
        })
    }

    /// Lower corners (emitted here) and static extents of the box `reads` cover inside
    /// loop `at` (whole dimensions where an index is not affine), and per dimension
    /// whether the box surely stays inside the tensor.
    fn read_box(
        &self,
        b: &mut Builder<'_>,
        c: &Compute,
        env: &Env,
        reads: &[Vec<ExprId>],
        shape: &[i64],
        at: Option<usize>,
    ) -> (Vec<ValueId>, Vec<i64>, Vec<bool>) {
        let mut lo = Vec::new();
        let mut extents = Vec::new();
        let mut within = Vec::new();
        for (d, &dim) in shape.iter().enumerate() {
            let indices: Vec<ExprId> = reads.iter().map(|r| r[d]).collect();
            match box_dim(&c.plan, &c.exprs, b.ctx, &indices, at) {
                Some(bx) => {
                    let mut v = b.index(bx.lo.c0);
                    for (atom, k) in &bx.lo.terms {
                        let a = match atom {
                            Atom::Outside(x) => *x,
                            Atom::Name(n) => self.scalar_var(b, c, env, n),
                        };
                        let kv = b.index(*k);
                        let t = b.fold_index("arith.muli", a, kv);
                        v = b.fold_index("arith.addi", v, t);
                    }
                    lo.push(v);
                    extents.push(bx.extent);
                    within.push(bx.within(&c.plan, dim));
                }
                None => {
                    lo.push(b.index(0));
                    extents.push(dim);
                    within.push(true);
                }
            }
        }
        (lo, extents, within)
    }

    /// Producer `p` computed into a local buffer at the start of loop `pos`, over the
    /// box of it that the loops inside read.
    fn compute_at(
        &self,
        b: &mut Builder<'_>,
        c: &Compute,
        env: &Env,
        p: &Producer,
        heap: &mut Vec<ValueId>,
    ) -> Redirect {
        let reads = reads_of(&c.exprs, c.value, p.tensor);
        let pc = &p.compute;
        let (lo, extents, _) = self.read_box(b, c, env, &reads, &pc.shape, Some(p.at));
        let local = self.buffer(b, &extents, pc.elem, heap);
        let target = Some((local, pc.out_index.clone()));
        let penv = Env {
            vars: lo
                .iter()
                .enumerate()
                .map(|(d, &v)| (lo_name(d), Val::S(v)))
                .collect(),
            target: target.clone(),
            out: target,
            ..Env::default()
        };
        self.main(b, pc, &penv, 0);
        Redirect {
            local,
            lo,
            layout: (0..pc.shape.len()).collect(),
            shape: pc.shape.clone(),
        }
    }

    /// A serial nest over `shape` calling `leaf` with the induction variables.
    fn copy_nest(
        &self,
        b: &mut Builder<'_>,
        shape: &[i64],
        leaf: &mut dyn FnMut(&mut Builder<'_>, &[ValueId]),
    ) {
        fn go(
            b: &mut Builder<'_>,
            shape: &[i64],
            ivs: &mut Vec<ValueId>,
            leaf: &mut dyn FnMut(&mut Builder<'_>, &[ValueId]),
        ) {
            let Some((&e, rest)) = shape.split_first() else {
                return leaf(b, ivs);
            };
            let bounds = [b.index(0), b.index(e), b.index(1)];
            b.for_loop(bounds, vec![], |b, iv, _| {
                ivs.push(iv);
                go(b, rest, ivs, leaf);
                ivs.pop();
                vec![]
            });
        }
        go(b, shape, &mut Vec::new(), leaf);
    }
}

/// The scalars of index values known to be scalars.
fn src_scalars(v: &[Val]) -> Vec<ValueId> {
    v.iter()
        .map(|x| match x {
            Val::S(s) | Val::V(s) | Val::Lane { base: s, .. } => *s,
        })
        .collect()
}

/// `0 <= idx[d] < shape[d]` for all `d` (`None`: nothing to check).
fn in_bounds(b: &mut Builder<'_>, idx: &[ValueId], shape: &[i64]) -> Option<ValueId> {
    let mut cond = None;
    for (&i, &dim) in idx.iter().zip(shape) {
        if let Some(k) = b.const_index(i) {
            if (0..dim).contains(&k) {
                continue;
            }
        }
        for (pred, bound) in [(SGE, 0), (SLT, dim)] {
            let c = b.cmpi(pred, i, bound);
            cond = Some(b.and(cond, c));
        }
    }
    cond
}

/// Per-statement evaluation: the values made so far (valid in the statement's block).
struct Eval<'a> {
    c: &'a Compute,
    env: &'a Env,
    memo: HashMap<ExprId, Val>,
}

impl Emitter<'_> {
    // ----- statements -----

    /// `target[index] = value` (or the output when `to_out`), under `guards`; with a
    /// vector loop in scope, as vector ops where possible.
    fn statement(
        &self,
        b: &mut Builder<'_>,
        c: &Compute,
        env: &Env,
        value: ExprId,
        to_out: bool,
        guards: &[Guard],
    ) {
        let Some((lane_name, lanes)) = env.lanes.clone() else {
            return self.scalar_statement(b, c, env, value, to_out, guards);
        };
        // Guards on indices that grow with the lane hold for all lanes if they hold for
        // the last one; others need the lanes one by one.
        let (lane_guards, uniform): (Vec<&Guard>, Vec<&Guard>) = guards
            .iter()
            .partition(|g| self.mentions(c, g.expr, &lane_name));
        let monotone = lane_guards
            .iter()
            .all(|g| g.lo.is_none_or(|lo| lo <= 0) && self.monotone(c, g.expr, &lane_name));
        let scratch = b.ir.create_block(&[]);
        let ok = {
            let mut sb = b.nested(scratch);
            monotone && self.vector_store(&mut sb, c, env, value, to_out).is_some()
        };
        let ops: Vec<ir::OpId> = b.ir.block_ops(scratch).collect();
        if !ok {
            for &o in ops.iter().rev() {
                b.ir.erase_op(o);
            }
            b.ir.erase_block(scratch);
            return self.per_lane(b, c, env, value, to_out, guards, &lane_name, lanes);
        }
        let mut conds = Vec::new();
        {
            let mut ev = Eval {
                c,
                env,
                memo: HashMap::new(),
            };
            for g in &uniform {
                conds.push(self.guard_cond(b, &mut ev, g));
            }
        }
        let last = env.with_var(&lane_name, Val::S(b.index(lanes - 1)));
        {
            let mut ev = Eval {
                c,
                env: &last,
                memo: HashMap::new(),
            };
            for g in &lane_guards {
                conds.push(self.guard_cond(b, &mut ev, g));
            }
        }
        let cond = conds
            .into_iter()
            .flatten()
            .fold(None, |acc, c| Some(b.and(acc, c)));
        match cond {
            None => {
                for o in ops {
                    b.adopt(o);
                }
            }
            Some(cond) => {
                let has_lane_guards = !lane_guards.is_empty();
                b.if_then_else(
                    cond,
                    |b| {
                        for &o in &ops {
                            b.adopt(o);
                        }
                    },
                    has_lane_guards.then_some(|b: &mut Builder<'_>| {
                        self.per_lane(b, c, env, value, to_out, guards, &lane_name, lanes)
                    }),
                );
            }
        }
        b.ir.erase_block(scratch);
    }

    #[allow(clippy::too_many_arguments)]
    fn per_lane(
        &self,
        b: &mut Builder<'_>,
        c: &Compute,
        env: &Env,
        value: ExprId,
        to_out: bool,
        guards: &[Guard],
        lane_name: &str,
        lanes: i64,
    ) {
        for j in 0..lanes {
            let mut e = env.with_var(lane_name, Val::S(b.index(j)));
            e.lanes = None;
            self.scalar_statement(b, c, &e, value, to_out, guards);
        }
    }

    fn scalar_statement(
        &self,
        b: &mut Builder<'_>,
        c: &Compute,
        env: &Env,
        value: ExprId,
        to_out: bool,
        guards: &[Guard],
    ) {
        let mut ev = Eval {
            c,
            env,
            memo: HashMap::new(),
        };
        let mut cond = None;
        for g in guards {
            if let Some(x) = self.guard_cond(b, &mut ev, g) {
                cond = Some(b.and(cond, x));
            }
        }
        let mut store = |b: &mut Builder<'_>| {
            let (buf, index) = if to_out { &env.out } else { &env.target }
                .clone()
                .expect("a statement has a target");
            let v = self.scalar(b, &mut ev, value);
            let idx: Vec<ValueId> = index.iter().map(|&i| self.scalar(b, &mut ev, i)).collect();
            b.create(
                "memref.store",
                [vec![v, buf], idx].concat(),
                vec![],
                vec![],
                vec![],
            );
        };
        match cond {
            None => store(b),
            Some(cond) => b.if_then(cond, store),
        }
    }

    /// The condition of `g` (`None` if it holds trivially).
    fn guard_cond(&self, b: &mut Builder<'_>, ev: &mut Eval<'_>, g: &Guard) -> Option<ValueId> {
        let v = self.scalar(b, ev, g.expr);
        let mut cond = None;
        if let Some(lo) = g.lo {
            let c = b.cmpi(SGE, v, lo);
            cond = Some(c);
        }
        let c = b.cmpi(SLT, v, g.hi);
        Some(b.and(cond, c))
    }

    /// The vector statement; `None` when some part has no vector form.
    fn vector_store(
        &self,
        b: &mut Builder<'_>,
        c: &Compute,
        env: &Env,
        value: ExprId,
        to_out: bool,
    ) -> Option<()> {
        let (buf, index) = if to_out { &env.out } else { &env.target }.clone()?;
        let mut ev = Eval {
            c,
            env,
            memo: HashMap::new(),
        };
        let (_, lanes) = env.lanes.clone()?;
        let v = self.eval(b, &mut ev, value, true)?;
        let idx = index
            .iter()
            .map(|&i| self.eval(b, &mut ev, i, true))
            .collect::<Option<Vec<_>>>()?;
        let elem = self.element_type(b, buf);
        match contiguous(&idx) {
            Some(scalars) => {
                let v = self.to_vector(b, v, elem, lanes)?;
                b.create(
                    "vector.store",
                    [vec![v, buf], scalars].concat(),
                    vec![],
                    vec![],
                    vec![],
                );
            }
            None => {
                for j in 0..lanes {
                    let x = self.lane_of(b, v, j, elem)?;
                    let at = lane_indices(b, &idx, j)?;
                    b.create(
                        "memref.store",
                        [vec![x, buf], at].concat(),
                        vec![],
                        vec![],
                        vec![],
                    );
                }
            }
        }
        Some(())
    }

    fn element_type(&self, b: &Builder<'_>, memref: ValueId) -> Type {
        match b.ctx.type_kind(b.ir.value_type(memref)) {
            TypeKind::MemRef { elem, .. } => *elem,
            _ => b.ir.value_type(memref),
        }
    }

    /// Lane `j` of a data value.
    fn lane_of(&self, b: &mut Builder<'_>, v: Val, j: i64, elem: Type) -> Option<ValueId> {
        match v {
            Val::S(s) => Some(s),
            Val::V(vec) => Some(b.extract(vec, j, elem)),
            Val::Lane { .. } => None,
        }
    }

    fn to_vector(&self, b: &mut Builder<'_>, v: Val, elem: Type, lanes: i64) -> Option<ValueId> {
        match v {
            Val::V(x) => Some(x),
            Val::S(s) => {
                let ty = vector_type(b.ctx, elem, lanes);
                Some(b.value("vector.broadcast", vec![s], ty))
            }
            Val::Lane { .. } => None,
        }
    }

    // ----- expressions -----

    fn scalar(&self, b: &mut Builder<'_>, ev: &mut Eval<'_>, id: ExprId) -> ValueId {
        match self.eval(b, ev, id, false) {
            Some(Val::S(v)) => v,
            other => unreachable!("scalar evaluation gave {other:?}"),
        }
    }

    /// A loop name's value where only scalars are in scope (box corners).
    fn scalar_var(&self, b: &mut Builder<'_>, c: &Compute, env: &Env, name: &str) -> ValueId {
        let mut ev = Eval {
            c,
            env,
            memo: HashMap::new(),
        };
        match self.var(b, &mut ev, name, false) {
            Some(Val::S(v)) => v,
            _ => b.index(0),
        }
    }

    fn var(&self, b: &mut Builder<'_>, ev: &mut Eval<'_>, name: &str, vector: bool) -> Option<Val> {
        if let Some((_, v)) = ev.env.vars.iter().rev().find(|(n, _)| n == name) {
            return Some(*v);
        }
        use super::loop_plan::Def;
        match ev.c.plan.def(name).cloned() {
            Some(Def::Split {
                outer,
                inner,
                factor,
            }) => {
                let o = self.var(b, ev, &outer, vector)?;
                let i = self.var(b, ev, &inner, vector)?;
                let scaled = self.mul_const(b, o, factor)?;
                self.add(b, scaled, i, 1)
            }
            Some(Def::FuseOuter {
                fused,
                inner_extent,
            }) => self.unfuse(b, ev, &fused, inner_extent, "arith.divui", vector),
            Some(Def::FuseInner {
                fused,
                inner_extent,
            }) => self.unfuse(b, ev, &fused, inner_extent, "arith.remui", vector),
            None => unreachable!("loop name '{name}' is not in scope"),
        }
    }

    /// One of the loops a `fuse` replaced: `fused / inner_extent` (`arith.divui`) or
    /// `fused % inner_extent` (`arith.remui`); scalar only.
    fn unfuse(
        &self,
        b: &mut Builder<'_>,
        ev: &mut Eval<'_>,
        fused: &str,
        inner_extent: i64,
        op: &str,
        vector: bool,
    ) -> Option<Val> {
        let Val::S(f) = self.var(b, ev, fused, vector)? else {
            return None;
        };
        let k = b.index(inner_extent);
        Some(Val::S(b.value(op, vec![f, k], b.ctx.index_type())))
    }

    fn eval(
        &self,
        b: &mut Builder<'_>,
        ev: &mut Eval<'_>,
        id: ExprId,
        vector: bool,
    ) -> Option<Val> {
        if let Some(&v) = ev.memo.get(&id) {
            return Some(v);
        }
        let c = ev.c;
        let v = match c.exprs.get(id).clone() {
            Expr::Var(n) => self.var(b, ev, &n, vector)?,
            Expr::Outside(v) => Val::S(v),
            Expr::Const(a, ty) => Val::S(b.constant(a, ty)),
            Expr::Accumulator => {
                let (buf, index) = ev.env.target.clone()?;
                let idx = index
                    .iter()
                    .map(|&i| self.eval(b, ev, i, vector))
                    .collect::<Option<Vec<_>>>()?;
                let elem = self.element_type(b, buf);
                self.load(b, ev.env, Target::Buffer(buf), &idx, elem, None)?
            }
            Expr::Op {
                name,
                source,
                operands,
                ty,
            } => {
                let ops = operands
                    .iter()
                    .map(|&o| self.eval(b, ev, o, vector))
                    .collect::<Option<Vec<_>>>()?;
                self.op(b, c, &name, source, &operands, &ops, ty)?
            }
            Expr::Read {
                tensor,
                indices,
                padding,
                ty,
            } => {
                let idx = indices
                    .iter()
                    .map(|&i| self.eval(b, ev, i, vector))
                    .collect::<Option<Vec<_>>>()?;
                self.load(b, ev.env, Target::Tensor(tensor), &idx, ty, padding)?
            }
            Expr::Reduce {
                kind,
                names,
                extents,
                body,
                ty,
            } => {
                if vector {
                    return None;
                }
                Val::S(self.reduce(b, ev, kind, &names, &extents, body, ty))
            }
        };
        ev.memo.insert(id, v);
        Some(v)
    }

    /// A reduction emitted in place: an `scf.for` nest carrying the accumulator.
    #[allow(clippy::too_many_arguments)]
    fn reduce(
        &self,
        b: &mut Builder<'_>,
        ev: &mut Eval<'_>,
        kind: dialects::te::Reduction,
        names: &[String],
        extents: &[i64],
        body: ExprId,
        ty: Type,
    ) -> ValueId {
        let (combine, init) =
            super::lower_te::combiner(b.ctx, kind, ty).expect("verified reduction type");
        let init = b.constant(init, ty);
        fn go(
            em: &Emitter<'_>,
            b: &mut Builder<'_>,
            ev: &mut Eval<'_>,
            loops: &[(String, i64)],
            acc: ValueId,
            body: ExprId,
            combine: &str,
            ty: Type,
        ) -> ValueId {
            let Some(((name, extent), rest)) = loops.split_first() else {
                let x = em.scalar(b, ev, body);
                return b.value(combine, vec![acc, x], ty);
            };
            let bounds = [b.index(0), b.index(*extent), b.index(1)];
            let env = ev.env;
            let c = ev.c;
            b.for_loop(bounds, vec![acc], |b, iv, carried| {
                let inner_env = env.with_var(name, Val::S(iv));
                let mut inner = Eval {
                    c,
                    env: &inner_env,
                    memo: HashMap::new(),
                };
                vec![go(em, b, &mut inner, rest, carried[0], body, combine, ty)]
            })[0]
        }
        let loops: Vec<(String, i64)> =
            names.iter().cloned().zip(extents.iter().copied()).collect();
        go(self, b, ev, &loops, init, body, combine, ty)
    }

    /// An op of the body on evaluated operands.
    #[allow(clippy::too_many_arguments)]
    fn op(
        &self,
        b: &mut Builder<'_>,
        c: &Compute,
        name: &str,
        source: Option<ir::OpId>,
        operand_exprs: &[ExprId],
        ops: &[Val],
        ty: Type,
    ) -> Option<Val> {
        if ops.iter().all(|v| matches!(v, Val::S(_))) {
            let scalars = src_scalars(ops);
            return Some(Val::S(b.copy_op(name, source, scalars, ty)));
        }
        if ty == b.ctx.index_type() {
            // Index arithmetic on lanes stays a `base + stride * lane` form.
            let constant = |k: usize| match c.exprs.get(operand_exprs[k]) {
                Expr::Const(a, _) => match b.ctx.attr_kind(*a) {
                    AttrKind::Integer { value, .. } => i64::try_from(*value).ok(),
                    _ => None,
                },
                _ => None,
            };
            return match (name, ops) {
                ("arith.addi", [x, y]) => self.add(b, *x, *y, 1),
                ("arith.subi", [x, y]) => self.add(b, *x, *y, -1),
                ("arith.muli", [x, _]) if constant(1).is_some() => {
                    self.mul_const(b, *x, constant(1)?)
                }
                ("arith.muli", [_, y]) if constant(0).is_some() => {
                    self.mul_const(b, *y, constant(0)?)
                }
                _ => None,
            };
        }
        let lanes = ops.iter().find_map(|v| match v {
            Val::V(x) => match b.ctx.type_kind(b.ir.value_type(*x)) {
                TypeKind::Vector { shape, .. } => Some(shape[0]),
                _ => None,
            },
            _ => None,
        })?;
        let vectors = ops
            .iter()
            .map(|&v| {
                let elem = match v {
                    Val::S(s) => b.ir.value_type(s),
                    _ => ty,
                };
                self.to_vector(b, v, elem, lanes)
            })
            .collect::<Option<Vec<_>>>()?;
        let vty = vector_type(b.ctx, ty, lanes);
        Some(Val::V(b.copy_op(name, source, vectors, vty)))
    }

    /// `x + sign * y` on index values.
    fn add(&self, b: &mut Builder<'_>, x: Val, y: Val, sign: i64) -> Option<Val> {
        let name = if sign > 0 { "arith.addi" } else { "arith.subi" };
        Some(match (x, y) {
            (Val::S(p), Val::S(q)) => Val::S(b.fold_index(name, p, q)),
            (Val::Lane { base, stride }, Val::S(q)) => Val::Lane {
                base: b.fold_index(name, base, q),
                stride,
            },
            (Val::S(p), Val::Lane { base, stride }) => Val::Lane {
                base: b.fold_index(name, p, base),
                stride: sign * stride,
            },
            (Val::Lane { base: p, stride: s }, Val::Lane { base: q, stride: t }) => Val::Lane {
                base: b.fold_index(name, p, q),
                stride: s + sign * t,
            },
            _ => return None,
        })
    }

    fn mul_const(&self, b: &mut Builder<'_>, x: Val, k: i64) -> Option<Val> {
        let kv = b.index(k);
        Some(match x {
            Val::S(p) => Val::S(b.fold_index("arith.muli", p, kv)),
            Val::Lane { base, stride } => Val::Lane {
                base: b.fold_index("arith.muli", base, kv),
                stride: stride * k,
            },
            Val::V(_) => return None,
        })
    }

    /// A load of `target` at `idx`: scalar when all indices are, `vector.load` when
    /// the last index runs over the lanes contiguously, else lane by lane. With
    /// `padding`, out-of-bounds elements read as it.
    fn load(
        &self,
        b: &mut Builder<'_>,
        env: &Env,
        target: Target,
        idx: &[Val],
        elem: Type,
        padding: Option<Attribute>,
    ) -> Option<Val> {
        if idx.iter().all(|v| matches!(v, Val::S(_))) {
            return Some(Val::S(self.load_scalar(
                b,
                env,
                target.value(),
                &src_scalars(idx),
                elem,
                padding,
            )));
        }
        let lanes = env.lanes.as_ref()?.1;
        if padding.is_none() {
            if let Some((buf, local)) = self.direct(b, env, target, idx) {
                if let Some(scalars) = contiguous(&local) {
                    let ty = vector_type(b.ctx, elem, lanes);
                    return Some(Val::V(b.value(
                        "vector.load",
                        [vec![buf], scalars].concat(),
                        ty,
                    )));
                }
            }
        }
        let mut vec = None;
        for j in 0..lanes {
            let at = lane_indices(b, idx, j)?;
            let x = self.load_scalar(b, env, target.value(), &at, elem, padding);
            vec = Some(match vec {
                None => {
                    let ty = vector_type(b.ctx, elem, lanes);
                    b.value("vector.broadcast", vec![x], ty)
                }
                Some(v) => b.insert_lane(x, v, j),
            });
        }
        vec.map(Val::V)
    }

    /// The memref a tensor's elements are loaded from directly (no padding), with the
    /// indices into it; `None` for splats.
    fn direct(
        &self,
        b: &mut Builder<'_>,
        env: &Env,
        target: Target,
        idx: &[Val],
    ) -> Option<(ValueId, Vec<Val>)> {
        let t = match target {
            Target::Buffer(buf) => return Some((buf, idx.to_vec())),
            Target::Tensor(t) => t,
        };
        if let Some((_, r)) = env.redirects.iter().rev().find(|(x, _)| *x == t) {
            let mut local = Vec::new();
            for &d in &r.layout {
                local.push(self.add(b, idx[d], Val::S(r.lo[d]), -1)?);
            }
            return Some((r.local, local));
        }
        match self.source(b, t)? {
            Source::Buffer(m) => Some((m, idx.to_vec())),
            Source::Splat(..) => None,
        }
    }

    fn source(&self, b: &Builder<'_>, t: ValueId) -> Option<Source> {
        if let Some(s) = self.sources.get(&t) {
            return Some(*s);
        }
        matches!(b.ctx.type_kind(b.ir.value_type(t)), TypeKind::MemRef { .. })
            .then_some(Source::Buffer(t))
    }

    /// A scalar element of tensor (or buffer) `t`, through a `cache_read`/`compute_at`
    /// buffer when one is in scope; with `padding`, guarded by the tensor's bounds.
    fn load_scalar(
        &self,
        b: &mut Builder<'_>,
        env: &Env,
        t: ValueId,
        idx: &[ValueId],
        elem: Type,
        padding: Option<Attribute>,
    ) -> ValueId {
        let idx_vals: Vec<Val> = idx.iter().map(|&i| Val::S(i)).collect();
        let direct = self.direct(b, env, Target::Tensor(t), &idx_vals);
        let Some((buf, local)) = direct else {
            // A splat: its value everywhere.
            return match self.sources.get(&t) {
                Some(Source::Splat(a, ty)) => b.constant(*a, *ty),
                _ => unreachable!("reads were resolved before emission"),
            };
        };
        let local = src_scalars(&local);
        let Some(pad) = padding else {
            return b.value("memref.load", [vec![buf], local].concat(), elem);
        };
        let shape = self.shape_of_value(b, env, t);
        match in_bounds(b, idx, &shape) {
            None => b.value("memref.load", [vec![buf], local].concat(), elem),
            Some(cond) => b.if_else_value(
                cond,
                elem,
                |b| b.value("memref.load", [vec![buf], local.clone()].concat(), elem),
                |b| b.constant(pad, elem),
            ),
        }
    }

    /// The shape of tensor `t` as read (before any local buffer).
    fn shape_of_value(&self, b: &Builder<'_>, env: &Env, t: ValueId) -> Vec<i64> {
        self.shape_of(b.ctx, b.ir, env, t)
            .map(|s| s.0)
            .unwrap_or_default()
    }

    fn shape_of(
        &self,
        ctx: &Context,
        ir: &ir::Ir,
        env: &Env,
        t: ValueId,
    ) -> Option<(Vec<i64>, Type)> {
        if let Some((_, r)) = env.redirects.iter().rev().find(|(x, _)| *x == t) {
            let elem = ctx.element_type(ir.value_type(r.local))?;
            return Some((r.shape.clone(), elem));
        }
        let (shape, elem) = ctx.shape_and_elem(ir.value_type(t))?;
        Some((shape.to_vec(), elem))
    }

    fn mentions(&self, c: &Compute, id: ExprId, lane: &str) -> bool {
        match c.exprs.get(id) {
            Expr::Var(n) => c
                .plan
                .leaves_of(n)
                .iter()
                .any(|&p| c.plan.loops[p].name == lane),
            Expr::Op { operands, .. } => operands.iter().any(|&o| self.mentions(c, o, lane)),
            _ => false,
        }
    }

    /// Does `id` grow with the lane (sums of monotone loop names and constants)?
    fn monotone(&self, c: &Compute, id: ExprId, lane: &str) -> bool {
        match c.exprs.get(id) {
            Expr::Var(n) => c.plan.monotone_in(n, lane),
            Expr::Outside(_) | Expr::Const(..) => true,
            Expr::Op { name, operands, .. } if name == "arith.addi" => {
                operands.iter().all(|&o| self.monotone(c, o, lane))
            }
            _ => false,
        }
    }
}

#[derive(Clone, Copy, Debug)]
enum Target {
    /// A tensor read by the body (resolved through sources and local buffers).
    Tensor(ValueId),
    /// A memref statements store to.
    Buffer(ValueId),
}

impl Target {
    fn value(self) -> ValueId {
        match self {
            Target::Tensor(v) | Target::Buffer(v) => v,
        }
    }
}

/// The scalar indices of an access whose last index runs over the lanes with stride 1
/// and whose others are uniform.
fn contiguous(idx: &[Val]) -> Option<Vec<ValueId>> {
    let (last, rest) = idx.split_last()?;
    let Val::Lane { base, stride: 1 } = last else {
        return None;
    };
    let mut out = Vec::new();
    for v in rest {
        match v {
            Val::S(s) => out.push(*s),
            _ => return None,
        }
    }
    out.push(*base);
    Some(out)
}

/// The scalar indices of lane `j`.
fn lane_indices(b: &mut Builder<'_>, idx: &[Val], j: i64) -> Option<Vec<ValueId>> {
    idx.iter()
        .map(|v| match *v {
            Val::S(s) => Some(s),
            Val::Lane { base, stride } => {
                let k = b.index(stride * j);
                Some(b.fold_index("arith.addi", base, k))
            }
            Val::V(_) => None,
        })
        .collect()
}

pub(crate) fn vector_type(ctx: &Context, elem: Type, lanes: i64) -> Type {
    ctx.intern_type(TypeKind::Vector {
        shape: [lanes].into(),
        scalable: [false].into(),
        elem,
    })
}

/// The value of an `arith.constant` of index type.
pub(crate) fn index_constant(ctx: &Context, ir: &ir::Ir, v: ValueId) -> Option<i64> {
    let ValueDef::OpResult { op, .. } = ir.value_def(v) else {
        return None;
    };
    if ctx.op_name_str(ir.op_name(op)) != "arith.constant" {
        return None;
    }
    match ir.attr(ctx, op, "value").map(|a| ctx.attr_kind(a)) {
        Some(AttrKind::Integer { value, .. }) => i64::try_from(*value).ok(),
        _ => None,
    }
}
