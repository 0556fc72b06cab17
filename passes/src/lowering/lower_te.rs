//! `lower-te`: te computes, with their schedules, to loops over memrefs.
//!
//! - At the function boundary, tensors become memrefs of the same shape: a tensor
//!   argument is passed as a `memref` (the caller's buffer, read only), and a tensor result
//!   is returned as the `memref` its compute allocated (the caller owns it). No
//!   `bufferization` ops are involved, so the result is plain `func`/`arith`/`scf`/
//!   `memref`/`vector` IR that mlir-opt's verifier accepts.
//! - A compute becomes `memref.alloc` plus the loop nest its schedule gives
//!   ([`super::loop_plan`], emitted by [`super::te_emit`]): `scf.for`, `scf.parallel` for
//!   `parallel`, copies for `unroll`, vector ops for `vectorize`, guards (`scf.if`) where a
//!   split factor does not divide the extent.
//! - A reduction whose loops stay innermost and in order is an `scf.for` nest carrying
//!   the accumulator (initial value 0, -inf, +inf or 1; `arith.addf`/`maximumf`/
//!   `minimumf`/`mulf`, `addi`/`maxsi`/`minsi`/`muli` for integers). When the schedule
//!   moves reduction loops, the element accumulates in memory: initialized right before
//!   the first reduction loop, updated in the innermost statement.
//! - `cache_write(l)`: the tile the loops inside `l` compute accumulates in a local
//!   buffer (`memref.alloca` when small), written back after them. `cache_read(n, l)`: the
//!   box of input `n` that the loops inside `l` read is copied into a local buffer (its
//!   dimensions permuted by the layout) at the start of `l`, and read from there.
//!   `compute_at(l)`: the producer is computed at the start of its consumer's loop `l`,
//!   over the box the loops inside read. `compute_inline`: reads of the producer become
//!   its body (a padded read keeps reading the producer's buffer).
//! - `te.read` becomes `memref.load` (`vector.load` when contiguous over the lanes); with a
//!   `padding` value, the load sits in an `scf.if` on the indices being in bounds.
//! - A dense tensor constant read by a compute: a splat reads as its scalar; another
//!   constant is stored once, after it, into an allocated buffer that the reads load from.

use std::collections::HashMap;

use dialects::te::{self, Reduction, Step};
use ir::attributes::DenseData;
use ir::verify::op_error;
use ir::{AttrKind, Attribute, Context, Diagnostic, Ir, OpId, Type, TypeKind, ValueId};

use super::builder::{float_attr, Builder};
use super::loop_plan::{box_dim, reachable_reads, reads_of, LoopKind, Plan};
use super::te_emit::{emit_compute, lo_name, Compute, Guard, Producer, Source};
use super::te_expr::{read_compute, ComputeBody, Expr, ExprId, Exprs};
use crate::{Anchor, Pass, PassOptions, PassOutcome, StatisticDef};

const STATS: &[StatisticDef] = &[StatisticDef {
    name: "num-lowered",
    help: "te ops lowered",
}];

pub struct LowerTe;

pub fn create(_: &PassOptions) -> Box<dyn Pass> {
    Box::new(LowerTe)
}

impl Pass for LowerTe {
    fn name(&self) -> &'static str {
        "lower-te"
    }
    fn description(&self) -> &'static str {
        "Lower te computes, with their schedules, to scf/vector loops over memrefs"
    }
    fn anchor(&self) -> Anchor {
        Anchor::Op("func.func")
    }
    fn statistics(&self) -> &'static [StatisticDef] {
        STATS
    }
    fn run(&mut self, ctx: &Context, ir: &mut Ir, func: OpId) -> Result<PassOutcome, Diagnostic> {
        let all = ops_named(ctx, ir, func, |n| n.starts_with("te."));
        if all.is_empty() {
            return Ok(PassOutcome::unchanged());
        }
        if let Some(&g) = ops_named(ctx, ir, func, |n| n.starts_with("graph.")).first() {
            return Err(op_error(ctx, ir, g, "lower-te: run lower-graph first"));
        }
        convert_arguments(ctx, ir, func)?;
        for c in ops_named(ctx, ir, func, |n| n == "arith.constant") {
            buffer_constant(ctx, ir, c);
        }
        lower_computes(ctx, ir, func)?;
        // Splat tensor constants were read as scalars: drop those left without uses.
        for c in ops_named(ctx, ir, func, |n| n == "arith.constant") {
            let r = ir.result(c, 0);
            if ir.uses(r).is_empty() && te::static_shape(ctx, ir.value_type(r)).is_some() {
                ir.erase_op(c);
            }
        }
        update_function_type(ctx, ir, func);
        let lowered = all.len() as u64;
        Ok(PassOutcome::from_stats(vec![("num-lowered", lowered)]))
    }
}

/// The ops under `root` whose name satisfies `pred`, in pre-order.
fn ops_named(ctx: &Context, ir: &Ir, root: OpId, pred: impl Fn(&str) -> bool) -> Vec<OpId> {
    let mut out = Vec::new();
    ir.walk_preorder(root, &mut |o| {
        if pred(ctx.op_name_str(ir.op_name(o))) {
            out.push(o);
        }
    });
    out
}

/// `memref<shape x elem>` for a statically shaped tensor type.
fn memref_type(ctx: &Context, ty: Type) -> Option<Type> {
    let (shape, elem) = te::static_shape(ctx, ty)?;
    Some(ctx.intern_type(TypeKind::MemRef {
        shape: shape.into(),
        elem,
        layout: None,
        memory_space: None,
    }))
}

/// Tensor arguments become memrefs of the same shape.
fn convert_arguments(ctx: &Context, ir: &mut Ir, func: OpId) -> Result<(), Diagnostic> {
    let Some(&entry) = ir
        .regions(func)
        .first()
        .and_then(|&r| ir.region_blocks(r).first())
    else {
        return Ok(());
    };
    for arg in ir.block_args(entry).to_vec() {
        let ty = ir.value_type(arg);
        if !matches!(
            ctx.type_kind(ty),
            TypeKind::RankedTensor { .. } | TypeKind::UnrankedTensor { .. }
        ) {
            continue;
        }
        let Some(m) = memref_type(ctx, ty) else {
            return Err(op_error(
                ctx,
                ir,
                func,
                format!(
                    "lower-te: argument of type {} is not a statically shaped tensor",
                    ir::print::print_type(ctx, ty)
                ),
            ));
        };
        ir.set_value_type(arg, m);
    }
    Ok(())
}

/// The function type from its entry block arguments and what its `func.return` returns.
fn update_function_type(ctx: &Context, ir: &mut Ir, func: OpId) {
    let Some(&entry) = ir
        .regions(func)
        .first()
        .and_then(|&r| ir.region_blocks(r).first())
    else {
        return;
    };
    let inputs: Vec<Type> = ir
        .block_args(entry)
        .iter()
        .map(|&a| ir.value_type(a))
        .collect();
    let returns = ops_named(ctx, ir, func, |n| n == "func.return");
    let results: Vec<Type> = match returns.first() {
        Some(&r) => ir.operands(r).iter().map(|&v| ir.value_type(v)).collect(),
        None => Vec::new(),
    };
    let fty = ctx.function_type(&inputs, &results);
    ir.set_prop(ctx, func, "function_type", Some(ctx.type_attr(fty)));
}

/// The combining op and the initial value of a reduction over `ty`.
pub(crate) fn combiner(
    ctx: &Context,
    kind: Reduction,
    ty: Type,
) -> Option<(&'static str, Attribute)> {
    if ctx.is_float(ty) {
        return Some((
            kind.float_combiner(),
            float_attr(ctx, kind.float_init(), ty),
        ));
    }
    let width = ctx
        .int_or_float_width(ty)
        .filter(|w| (1..=64).contains(w))?;
    let max = (1i128 << (width - 1)) - 1;
    let (name, init) = match kind {
        Reduction::Sum => ("arith.addi", 0),
        Reduction::Prod => ("arith.muli", 1),
        Reduction::Max => ("arith.maxsi", -max - 1),
        Reduction::Min => ("arith.minsi", max),
    };
    Some((name, ctx.integer_attr(init, ty)))
}

/// The elements of a dense constant tensor op (one for a splat) and their type.
fn dense_elements(ctx: &Context, ir: &Ir, op: OpId) -> Option<(Vec<Attribute>, Type)> {
    let value = ir.attr(ctx, op, "value")?;
    let AttrKind::DenseElements { ty, data, .. } = ctx.attr_kind(value) else {
        return None;
    };
    let elem = ctx.element_type(*ty)?;
    let elements = match data {
        DenseData::Float(v) => v
            .iter()
            .map(|&bits| ctx.intern_attr(AttrKind::Float { bits, ty: elem }))
            .collect(),
        DenseData::Int(v) => v.iter().map(|&x| ctx.integer_attr(x, elem)).collect(),
        _ => return None,
    };
    Some((elements, elem))
}

/// A dense tensor constant (not a splat) that computes read is stored once into a buffer
/// right after it, and the reads read the buffer; the constant goes when nothing else
/// uses it.
fn buffer_constant(ctx: &Context, ir: &mut Ir, op: OpId) {
    let result = ir.result(op, 0);
    let readers: Vec<OpId> = ir
        .uses(result)
        .iter()
        .filter(|u| u.index == 0 && ctx.op_name_str(ir.op_name(u.op)) == te::ReadOp::NAME)
        .map(|u| u.op)
        .collect();
    let ty = ir.value_type(result);
    let (Some((elements, elem)), Some(mty), Some((shape, _))) = (
        dense_elements(ctx, ir, op),
        memref_type(ctx, ty),
        te::static_shape(ctx, ty),
    ) else {
        return;
    };
    let Some(next) = ir.next_op(op) else {
        return;
    };
    if readers.is_empty() || elements.len() == 1 {
        return;
    }
    let Some(mut b) = Builder::before(ctx, ir, next) else {
        return;
    };
    let buffer = b.alloc("memref.alloc", mty);
    for (i, v) in elements.into_iter().enumerate() {
        let mut operands = vec![b.constant(v, elem), buffer];
        let mut rest = i as i64;
        let mut index = vec![0; shape.len()];
        for d in (0..shape.len()).rev() {
            index[d] = rest % shape[d];
            rest /= shape[d];
        }
        operands.extend(index.into_iter().map(|x| b.index(x)));
        b.create("memref.store", operands, vec![], vec![], vec![]);
    }
    for r in readers {
        ir.set_operand(r, 0, buffer);
    }
    if ir.uses(result).is_empty() {
        ir.erase_op(op);
    }
}

/// Where a compute goes: lowered into its own buffer, or placed by its schedule.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Placement {
    Own,
    Inline,
    At(String),
}

/// A compute of the function being lowered.
struct ComputeInfo {
    op: OpId,
    body: ComputeBody,
    schedule: te::Schedule,
    placement: Placement,
    /// Lowered into its own buffer (also when placed but used elsewhere too).
    materialize: bool,
}

fn lower_computes(ctx: &Context, ir: &mut Ir, func: OpId) -> Result<(), Diagnostic> {
    let ops = ops_named(ctx, ir, func, |n| n == te::ComputeOp::NAME);
    let mut infos: Vec<ComputeInfo> = Vec::new();
    for &op in &ops {
        te::schedule::verify_compute_schedule(ctx, ir, op)?;
        let schedule = te::compute_schedule(ctx, ir, op)
            .map_err(|e| op_error(ctx, ir, op, format!("schedule: {e}")))?;
        let placement = match schedule.steps.as_slice() {
            [Step::ComputeInline] => Placement::Inline,
            steps => steps
                .iter()
                .find_map(|s| match s {
                    Step::ComputeAt { axis } => Some(Placement::At(axis.clone())),
                    _ => None,
                })
                .unwrap_or(Placement::Own),
        };
        let mut body = read_compute(ctx, ir, op)?;
        // Inline the producers marked so (read as expressions, not through buffers).
        let producers: Vec<&ComputeInfo> = infos
            .iter()
            .filter(|p| p.placement == Placement::Inline)
            .collect();
        body.root = inline_reads(
            ir,
            &mut body.exprs,
            body.root,
            &producers,
            &mut HashMap::new(),
        );
        let materialize = placement == Placement::Own;
        infos.push(ComputeInfo {
            op,
            body,
            schedule,
            placement,
            materialize,
        });
    }
    // A placed compute that something else reads too gets its own buffer as well.
    for info in &mut infos {
        if info.placement == Placement::Own {
            continue;
        }
        let result = ir.result(info.op, 0);
        let consumer = consumer_of(ctx, ir, info.op);
        let placement = &info.placement;
        let served = |u: &ir::Use| {
            let in_compute = enclosing_compute(ctx, ir, u.op);
            match placement {
                Placement::At(_) => in_compute.is_some() && in_compute == consumer,
                _ => {
                    // Inlined unless padded: look for the read in its consumer's body.
                    ctx.op_name_str(ir.op_name(u.op)) == te::ReadOp::NAME
                        && ir.attr(ctx, u.op, "padding").is_none()
                        && in_compute.is_some()
                }
            }
        };
        if !ir.uses(result).iter().all(served) {
            info.materialize = true;
        }
    }
    let mut sources: HashMap<ValueId, Source> = HashMap::new();
    for (op, src) in splat_sources(ctx, ir, func) {
        sources.insert(op, src);
    }
    for k in 0..infos.len() {
        if !infos[k].materialize {
            continue;
        }
        let op = infos[k].op;
        let compute = build_placed(ctx, ir, &infos, k, None)?;
        check_reads(ctx, ir, op, &compute, &sources)?;
        let result = ir.result(op, 0);
        let Some(mty) = memref_type(ctx, ir.value_type(result)) else {
            return Err(op_error(
                ctx,
                ir,
                op,
                "lower-te: expects a statically shaped result",
            ));
        };
        let Some(mut b) = Builder::before(ctx, ir, op) else {
            continue;
        };
        let out = b.alloc("memref.alloc", mty);
        emit_compute(&mut b, &sources, &compute, out);
        sources.insert(result, Source::Buffer(out));
    }
    // Results now live in buffers: what still uses a tensor (func.return) uses those.
    for info in infos.iter().rev() {
        let result = ir.result(info.op, 0);
        if let Some(&Source::Buffer(buf)) = sources.get(&result) {
            ir.replace_all_uses(result, buf);
        }
    }
    for info in infos.iter().rev() {
        ir.erase_op(info.op);
    }
    Ok(())
}

/// Builds compute `infos[k]` (over a box of `placed` extents when it is itself placed
/// by `compute_at`) with the producers placed at its loops, recursively: a producer
/// placed in a producer placed here is built here too.
fn build_placed(
    ctx: &Context,
    ir: &Ir,
    infos: &[ComputeInfo],
    k: usize,
    placed: Option<&[(i64, bool)]>,
) -> Result<Compute, Diagnostic> {
    let info = &infos[k];
    let op = info.op;
    let producers: Vec<(usize, &String)> = infos
        .iter()
        .enumerate()
        .filter_map(|(j, p)| match &p.placement {
            Placement::At(axis) if consumer_of(ctx, ir, p.op) == Some(op) => Some((j, axis)),
            _ => None,
        })
        .collect();
    let anchored: Vec<&str> = producers.iter().map(|(_, a)| a.as_str()).collect();
    let mut compute = build_compute(ctx, ir, op, &info.body, &info.schedule, placed, &anchored)
        .map_err(|e| op_error(ctx, ir, op, format!("lower-te: {e}")))?;
    for (j, axis) in producers {
        let p = &infos[j];
        let tensor = ir.result(p.op, 0);
        let Some(at) = compute.plan.position(axis) else {
            return Err(op_error(
                ctx,
                ir,
                p.op,
                format!("lower-te: compute_at: the consumer has no loop '{axis}'"),
            ));
        };
        let reads = reads_of(&compute.exprs, compute.value, tensor);
        // Per dimension: the extent of the box, and whether it surely stays inside the
        // producer's shape (then its indices need no guard).
        let boxes: Vec<(i64, bool)> = (0..p.body.shape.len())
            .map(|d| {
                let idx: Vec<ExprId> = reads.iter().map(|r| r[d]).collect();
                let dim = p.body.shape[d];
                box_dim(&compute.plan, &compute.exprs, ctx, &idx, Some(at))
                    .map_or((dim, true), |b| (b.extent, b.within(&compute.plan, dim)))
            })
            .collect();
        let pc = build_placed(ctx, ir, infos, j, Some(&boxes))?;
        compute.producers.push(Producer {
            at,
            tensor,
            compute: pc,
        });
    }
    Ok(compute)
}

/// Splat tensor constants read as their scalar.
fn splat_sources(ctx: &Context, ir: &Ir, func: OpId) -> Vec<(ValueId, Source)> {
    ops_named(ctx, ir, func, |n| n == "arith.constant")
        .into_iter()
        .filter_map(|c| {
            let (elements, elem) = dense_elements(ctx, ir, c)?;
            match elements.as_slice() {
                [splat] => Some((ir.result(c, 0), Source::Splat(*splat, elem))),
                _ => None,
            }
        })
        .collect()
}

/// Every read that `compute` (and the producers placed in it) will emit reads
/// something emission can find: a buffer, a constant, or a producer placed in it.
fn check_reads(
    ctx: &Context,
    ir: &Ir,
    op: OpId,
    c: &Compute,
    sources: &HashMap<ValueId, Source>,
) -> Result<(), Diagnostic> {
    for (tensor, _) in reachable_reads(&c.exprs, c.value) {
        let placed = c.producers.iter().any(|p| p.tensor == tensor);
        let memref = matches!(
            ctx.type_kind(ir.value_type(tensor)),
            TypeKind::MemRef { .. }
        );
        if !(placed || memref || sources.contains_key(&tensor)) {
            return Err(op_error(
                ctx,
                ir,
                op,
                "lower-te: reads a tensor that is neither an argument, a compute nor a constant",
            ));
        }
    }
    c.producers
        .iter()
        .try_for_each(|p| check_reads(ctx, ir, op, &p.compute, sources))
}

/// The compute whose body contains `op`.
fn enclosing_compute(ctx: &Context, ir: &Ir, op: OpId) -> Option<OpId> {
    let mut cur = ir.parent_op(op);
    while let Some(o) = cur {
        if ctx.op_name_str(ir.op_name(o)) == te::ComputeOp::NAME {
            return Some(o);
        }
        cur = ir.parent_op(o);
    }
    None
}

/// The first compute reading `producer`'s result (where `compute_at` places it).
fn consumer_of(ctx: &Context, ir: &Ir, producer: OpId) -> Option<OpId> {
    ir.uses(ir.result(producer, 0))
        .iter()
        .find_map(|u| enclosing_compute(ctx, ir, u.op))
}

/// `id` with reads (not padded) of inlined producers replaced by their bodies; `done`
/// maps the nodes rewritten so far, so that shared subexpressions stay shared.
fn inline_reads(
    ir: &Ir,
    exprs: &mut Exprs,
    id: ExprId,
    producers: &[&ComputeInfo],
    done: &mut HashMap<ExprId, ExprId>,
) -> ExprId {
    if let Some(&e) = done.get(&id) {
        return e;
    }
    let node = exprs.get(id).clone();
    if !matches!(
        node,
        Expr::Read { .. } | Expr::Op { .. } | Expr::Reduce { .. }
    ) {
        return id;
    }
    let node = node.map_children(|c| inline_reads(ir, exprs, c, producers, done));
    let producer = match &node {
        Expr::Read {
            tensor,
            padding: None,
            ..
        } => producers.iter().find(|p| ir.result(p.op, 0) == *tensor),
        _ => None,
    };
    let out = match (producer, &node) {
        (Some(p), Expr::Read { indices, .. }) => {
            let root = exprs.import(&p.body.exprs, p.body.root);
            let subst: Vec<(String, ExprId)> = p
                .body
                .names
                .iter()
                .cloned()
                .zip(indices.iter().copied())
                .collect();
            exprs.substitute(root, &subst)
        }
        _ => exprs.add(node),
    };
    done.insert(id, out);
    out
}

/// Prepares a compute for emission: its plan, statement and guards. With `placed`
/// (`compute_at`), its spatial loops run over a box of these extents whose lower corner
/// is bound at emission, guarded where the box may leave the compute's shape.
fn build_compute(
    ctx: &Context,
    ir: &Ir,
    op: OpId,
    body: &ComputeBody,
    schedule: &te::Schedule,
    placed: Option<&[(i64, bool)]>,
    anchored: &[&str],
) -> Result<Compute, String> {
    let mut exprs = body.exprs.clone();
    let mut root = body.root;
    let mut loops = te::compute_loops(ctx, ir, op);
    let spatial = body.names.len();
    let mut guards = Vec::new();
    if let Some(boxes) = placed {
        let mut subst = Vec::new();
        for (d, name) in body.names.iter().enumerate() {
            let (extent, within) = boxes[d];
            loops[d].extent = extent;
            let var = exprs.add(Expr::Var(name.clone()));
            let lo = exprs.add(Expr::Var(lo_name(d)));
            let real = exprs.op("arith.addi", vec![var, lo], ctx.index_type());
            subst.push((name.clone(), real));
            if !within {
                guards.push(Guard {
                    expr: real,
                    lo: Some(0),
                    hi: body.shape[d],
                    reduction: false,
                });
            }
        }
        root = exprs.substitute(root, &subst);
    }
    let reduction_names: Vec<String> = loops[spatial..].iter().map(|l| l.name.clone()).collect();
    let plan = Plan::new(loops, schedule)?;
    // Reductions stay in place (an scf.for nest carrying the accumulator) when the
    // schedule left their loops innermost, in order and serial.
    let tail = plan.loops.len().saturating_sub(reduction_names.len());
    // Something placed at a reduction loop (a cache_read, a producer's compute_at)
    // needs that loop in the nest, so the element accumulates in memory.
    let placed_at_reduction = plan
        .cache_reads
        .iter()
        .map(|cr| cr.at)
        .chain(anchored.iter().filter_map(|a| plan.position(a)))
        .any(|p| plan.loops[p].reduction);
    let untouched = plan.loops[tail..]
        .iter()
        .map(|l| &l.name)
        .eq(reduction_names.iter())
        && plan.loops[tail..]
            .iter()
            .all(|l| l.kind == LoopKind::Serial)
        && !placed_at_reduction;
    let top = match exprs.get(root) {
        Expr::Reduce { kind, body, ty, .. } => Some((*kind, *body, *ty)),
        _ => None,
    };
    let memory = top.is_some() && !untouched;
    if !untouched && top.is_none() {
        return Err(
            "a schedule that moves reduction loops needs the compute to yield its reduction".into(),
        );
    }
    let accumulator = exprs.add(Expr::Accumulator);
    let (value, init) = match top {
        Some((kind, rbody, ty)) if memory => {
            let (combine, init) = combiner(ctx, kind, ty).ok_or("cannot reduce this type")?;
            let value = exprs.op(combine, vec![accumulator, rbody], ty);
            (value, Some(exprs.add(Expr::Const(init, ty))))
        }
        _ => (root, None),
    };
    let nest: Vec<usize> = (0..plan.loops.len())
        .filter(|&p| memory || !plan.loops[p].reduction)
        .collect();
    for (name, extent) in &plan.guards {
        let reduction = plan
            .leaves_of(name)
            .first()
            .is_some_and(|&p| plan.loops[p].reduction);
        guards.push(Guard {
            expr: exprs.add(Expr::Var(name.clone())),
            lo: None,
            hi: *extent,
            reduction,
        });
    }
    let out_index = body
        .names
        .iter()
        .map(|n| exprs.add(Expr::Var(n.clone())))
        .collect();
    let local_index = plan
        .loops
        .iter()
        .map(|l| exprs.add(Expr::Var(l.name.clone())))
        .collect();
    Ok(Compute {
        inputs: te::compute_inputs(ctx, ir, op),
        exprs,
        plan,
        elem: body.elem,
        shape: body.shape.clone(),
        out_index,
        value,
        init,
        nest,
        guards,
        local_index,
        accumulator,
        producers: Vec::new(),
    })
}
