//! `lower-te` (naive): te computes to loops over memrefs, schedules not applied yet.
//!
//! - At the function boundary, tensors become memrefs of the same shape: a tensor
//!   argument is passed as a `memref` (the caller's buffer, read only), and a tensor result
//!   is returned as the `memref` its compute allocated (the caller owns it). No
//!   `bufferization` ops are involved, so the result is plain `func`/`arith`/`scf`/`memref`
//!   IR that mlir-opt's verifier accepts.
//! - `te.compute` becomes `memref.alloc` plus an `scf.for` nest over its output indices,
//!   the body moved into the innermost loop and its `te.yield` a `memref.store`.
//! - A reduction becomes an `scf.for` nest carrying the accumulator through `iter_args`
//!   (initial value 0, -inf, +inf or 1), combined with `arith.addf`/`maximumf`/
//!   `minimumf`/`mulf` (`addi`/`maxsi`/`minsi`/`muli` for integers).
//! - `te.read` becomes `memref.load`; with a `padding` value, the load sits in an
//!   `scf.if` on the indices being in bounds, and the padding is yielded otherwise.
//! - A dense tensor constant (`graph.constant` after `lower-graph`) read by a compute:
//!   a splat reads as its scalar; another constant is stored once, after it, into an
//!   allocated buffer that the reads load from.
//!
//! The schedule attribute is ignored here (the scheduled lowering comes next).

use dialects::te::{self, Reduction};
use ir::attributes::DenseData;
use ir::verify::op_error;
use ir::{AttrKind, Attribute, Context, Diagnostic, Ir, OpId, Type, TypeKind, ValueId};

use super::builder::{float_attr, Builder};
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
        "Lower te computes to scf loops over memrefs (naive: schedules not applied)"
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
        for c in ops_named(ctx, ir, func, |n| n == te::ComputeOp::NAME) {
            lower_compute(ctx, ir, c)?;
        }
        let mut reductions = Vec::new();
        ir.walk_postorder(func, &mut |o| {
            if Reduction::of(ctx.op_name_str(ir.op_name(o))).is_some() {
                reductions.push(o);
            }
        });
        for r in reductions {
            lower_reduction(ctx, ir, r)?;
        }
        for r in ops_named(ctx, ir, func, |n| n == te::ReadOp::NAME) {
            lower_read(ctx, ir, r)?;
        }
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

/// `memref.alloc() : memref<...>`.
fn alloc(b: &mut Builder<'_>, ty: Type) -> ValueId {
    let segments = ctx_i32_array(b.ctx, &[0, 0]);
    let op = b.create(
        "memref.alloc",
        vec![],
        vec![ty],
        vec![("operandSegmentSizes", segments)],
        vec![],
    );
    b.ir.result(op, 0)
}

fn ctx_i32_array(ctx: &Context, v: &[i128]) -> Attribute {
    ctx.intern_attr(AttrKind::DenseArray {
        elem: ctx.integer_type(32),
        data: DenseData::Int(v.into()),
    })
}

/// The innermost body of a loop nest: given the induction variables and the carried
/// values, builds the body and returns the values to carry on.
type LoopBody<'f> = dyn FnMut(&mut Builder<'_>, &[ValueId], &[ValueId]) -> Vec<ValueId> + 'f;

/// An `scf.for` nest over `extents` (bounds made once, before the nest); `body` runs in
/// the innermost loop with the induction variables and the carried values and returns
/// the values to carry on.
fn loop_nest(
    b: &mut Builder<'_>,
    extents: &[i64],
    inits: Vec<ValueId>,
    body: &mut LoopBody<'_>,
) -> Vec<ValueId> {
    let (zero, one) = (b.index(0), b.index(1));
    let bounds: Vec<[ValueId; 3]> = extents.iter().map(|&e| [zero, b.index(e), one]).collect();
    nest(b, &bounds, inits, &mut Vec::new(), body)
}

fn nest(
    b: &mut Builder<'_>,
    bounds: &[[ValueId; 3]],
    inits: Vec<ValueId>,
    ivs: &mut Vec<ValueId>,
    body: &mut LoopBody<'_>,
) -> Vec<ValueId> {
    let Some((&first, rest)) = bounds.split_first() else {
        return body(b, ivs, &inits);
    };
    b.for_loop(first, inits, |b, iv, carried| {
        ivs.push(iv);
        let out = nest(b, rest, carried.to_vec(), ivs, body);
        ivs.pop();
        out
    })
}

/// Moves the ops of `region`'s entry block (its terminator aside) to the builder's
/// insertion point, with the block arguments replaced by `ivs`; returns the value the
/// terminator yielded.
fn inline_body(b: &mut Builder<'_>, region: ir::RegionId, ivs: &[ValueId]) -> Option<ValueId> {
    let &block = b.ir.region_blocks(region).first()?;
    for (&arg, &iv) in b.ir.block_args(block).to_vec().iter().zip(ivs) {
        b.ir.replace_all_uses(arg, iv);
    }
    let ops: Vec<OpId> = b.ir.block_ops(block).collect();
    let (&terminator, body) = ops.split_last()?;
    for &o in body {
        b.adopt(o);
    }
    Some(b.ir.operand(terminator, 0))
}

fn lower_compute(ctx: &Context, ir: &mut Ir, op: OpId) -> Result<(), Diagnostic> {
    let result = ir.result(op, 0);
    let ty = ir.value_type(result);
    let (Some(mty), Some((shape, _))) = (memref_type(ctx, ty), te::static_shape(ctx, ty)) else {
        return Err(op_error(
            ctx,
            ir,
            op,
            "lower-te: expects a statically shaped result",
        ));
    };
    let region = ir.regions(op)[0];
    let Some(mut b) = Builder::before(ctx, ir, op) else {
        return Ok(());
    };
    let buffer = alloc(&mut b, mty);
    let mut missing = false;
    loop_nest(&mut b, &shape, vec![], &mut |b, ivs, _| {
        match inline_body(b, region, ivs) {
            Some(element) => {
                let mut operands = vec![element, buffer];
                operands.extend(ivs);
                b.create("memref.store", operands, vec![], vec![], vec![]);
            }
            None => missing = true,
        }
        vec![]
    });
    if missing {
        return Err(op_error(
            ctx,
            ir,
            op,
            "lower-te: body must end in 'te.yield'",
        ));
    }
    // Readers of the tensor now read the buffer (te.read becomes memref.load below).
    ir.replace_all_uses(result, buffer);
    ir.erase_op(op);
    Ok(())
}

/// The combining op and the initial value of a reduction over `ty`.
fn combiner(ctx: &Context, kind: Reduction, ty: Type) -> Option<(&'static str, Attribute)> {
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

fn lower_reduction(ctx: &Context, ir: &mut Ir, op: OpId) -> Result<(), Diagnostic> {
    let kind = Reduction::of(ctx.op_name_str(ir.op_name(op)));
    let ty = ir.value_type(ir.result(op, 0));
    let Some((combine, init)) = kind.and_then(|k| combiner(ctx, k, ty)) else {
        return Err(op_error(ctx, ir, op, "lower-te: cannot reduce this type"));
    };
    let extents = te::i64_array(ctx, ir.attr(ctx, op, "extents"));
    let region = ir.regions(op)[0];
    let Some(mut b) = Builder::before(ctx, ir, op) else {
        return Ok(());
    };
    let init = b.constant(init, ty);
    let mut missing = false;
    let results = loop_nest(&mut b, &extents, vec![init], &mut |b, ivs, acc| {
        let Some(element) = inline_body(b, region, ivs) else {
            missing = true;
            return acc.to_vec();
        };
        vec![b.value(combine, vec![acc[0], element], ty)]
    });
    if missing {
        return Err(op_error(
            ctx,
            ir,
            op,
            "lower-te: body must end in 'te.yield'",
        ));
    }
    ir.replace_all_uses(ir.result(op, 0), results[0]);
    ir.erase_op(op);
    Ok(())
}

/// `arith.cmpi` predicates (MLIR's `CmpIPredicate` values).
const SLT: i128 = 2;
const SGE: i128 = 5;

fn lower_read(ctx: &Context, ir: &mut Ir, op: OpId) -> Result<(), Diagnostic> {
    let operands = ir.operands(op).to_vec();
    let (source, indices) = (operands[0], &operands[1..]);
    let ty = ir.value_type(ir.result(op, 0));
    let padding = ir.attr(ctx, op, "padding");
    let Some(mut b) = Builder::before(ctx, ir, op) else {
        return Ok(());
    };
    let Some(memref) = readable_buffer(&mut b, source) else {
        return Err(op_error(
            ctx,
            b.ir,
            op,
            "lower-te: reads a tensor that is neither an argument, a compute nor a constant",
        ));
    };
    let value = match memref {
        Readable::Scalar(v) => v,
        Readable::Buffer(m) => match padding {
            None => load(&mut b, m, indices, ty),
            Some(pad) => guarded_load(&mut b, m, indices, ty, pad),
        },
    };
    ir.replace_all_uses(ir.result(op, 0), value);
    ir.erase_op(op);
    Ok(())
}

enum Readable {
    Buffer(ValueId),
    /// Every element is this value (a splat constant).
    Scalar(ValueId),
}

/// What a read of `source` reads: a memref (an argument, a compute's or a constant's
/// buffer), or the scalar of a splat constant (made at the read).
fn readable_buffer(b: &mut Builder<'_>, source: ValueId) -> Option<Readable> {
    let ty = b.ir.value_type(source);
    if matches!(b.ctx.type_kind(ty), TypeKind::MemRef { .. }) {
        return Some(Readable::Buffer(source));
    }
    let ir::ValueDef::OpResult { op: def, .. } = b.ir.value_def(source) else {
        return None;
    };
    let (elements, elem) = dense_elements(b.ctx, b.ir, def)?;
    match elements.as_slice() {
        [splat] => Some(Readable::Scalar(b.constant(*splat, elem))),
        _ => None,
    }
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
    let buffer = alloc(&mut b, mty);
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

fn load(b: &mut Builder<'_>, memref: ValueId, indices: &[ValueId], ty: Type) -> ValueId {
    let mut operands = vec![memref];
    operands.extend(indices);
    b.value("memref.load", operands, ty)
}

/// `scf.if (all indices in bounds) { load } else { padding }`.
fn guarded_load(
    b: &mut Builder<'_>,
    memref: ValueId,
    indices: &[ValueId],
    ty: Type,
    padding: Attribute,
) -> ValueId {
    let shape = match b.ctx.type_kind(b.ir.value_type(memref)) {
        TypeKind::MemRef { shape, .. } => shape.to_vec(),
        _ => Vec::new(),
    };
    let i1 = b.ctx.integer_type(1);
    let i64t = b.ctx.integer_type(64);
    let mut cond: Option<ValueId> = None;
    for (&idx, &dim) in indices.iter().zip(&shape) {
        if known_in_bounds(b.ctx, b.ir, idx, dim) {
            continue;
        }
        for (pred, bound) in [(SGE, 0), (SLT, dim)] {
            let bound = b.index(bound);
            let p = b.ctx.integer_attr(pred, i64t);
            let c = b.create(
                "arith.cmpi",
                vec![idx, bound],
                vec![i1],
                vec![("predicate", p)],
                vec![],
            );
            let c = b.ir.result(c, 0);
            cond = Some(match cond {
                None => c,
                Some(prev) => b.value("arith.andi", vec![prev, c], i1),
            });
        }
    }
    let Some(cond) = cond else {
        return load(b, memref, indices, ty);
    };
    let branch = |b: &mut Builder<'_>, inside: bool| {
        let region = b.ir.create_region();
        let block = b.ir.create_block(&[]);
        b.ir.append_block(region, block);
        let mut nb = b.nested(block);
        let v = if inside {
            load(&mut nb, memref, indices, ty)
        } else {
            nb.constant(padding, ty)
        };
        nb.create("scf.yield", vec![v], vec![], vec![], vec![]);
        region
    };
    let then_region = branch(b, true);
    let else_region = branch(b, false);
    let op = b.create(
        "scf.if",
        vec![cond],
        vec![ty],
        vec![],
        vec![then_region, else_region],
    );
    b.ir.result(op, 0)
}

/// Is `idx` the induction variable of an `scf.for` from a constant `>= 0` to a constant
/// `<= dim` (so that no guard is needed)?
fn known_in_bounds(ctx: &Context, ir: &Ir, idx: ValueId, dim: i64) -> bool {
    let ir::ValueDef::BlockArg { block, index: 0 } = ir.value_def(idx) else {
        return false;
    };
    let Some(for_op) = ir.block_parent_op(block) else {
        return false;
    };
    if ctx.op_name_str(ir.op_name(for_op)) != "scf.for" {
        return false;
    }
    let constant = |v: ValueId| match ir.value_def(v) {
        ir::ValueDef::OpResult { op, .. }
            if ctx.op_name_str(ir.op_name(op)) == "arith.constant" =>
        {
            match ir.attr(ctx, op, "value").map(|a| ctx.attr_kind(a)) {
                Some(AttrKind::Integer { value, .. }) => Some(*value),
                _ => None,
            }
        }
        _ => None,
    };
    let ops = ir.operands(for_op);
    matches!((constant(ops[0]), constant(ops[1])), (Some(lb), Some(ub)) if lb >= 0 && ub <= i128::from(dim))
}
