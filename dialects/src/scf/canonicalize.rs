//! Canonicalization patterns of the scf ops, as MLIR's: `scf.for` loops that run zero
//! times or once, forwarded iteration arguments; `scf.if` on a constant condition, unused
//! results, results that need no branch (`ConvertTrivialIfToSelect`), an empty `else`;
//! single-block `scf.execute_region` inlined.

use ir::attributes::NamedAttr;
use ir::rewrite::{value_constant, InsertPoint, PatternRewriter, RewritePattern};
use ir::{OpId, OperationState, RegionId, Type, ValueId};

use crate::common::{fn_pattern, replace_op_with_new, segment_sizes};

use super::{
    const_int, entry, op_results, terminator, ExecuteRegionOp, ForOp, IfOp, ParallelOp, WhileOp,
    YieldOp,
};

fn add(
    patterns: &mut Vec<Box<dyn RewritePattern>>,
    root: &'static str,
    rewrites: &[fn(OpId, &mut PatternRewriter<'_>) -> bool],
) {
    for &rewrite in rewrites {
        patterns.push(fn_pattern(root, rewrite));
    }
}

pub fn for_patterns(patterns: &mut Vec<Box<dyn RewritePattern>>) {
    add(
        patterns,
        ForOp::NAME,
        &[simplify_trivial_loop, fold_iter_args],
    );
}

pub fn if_patterns(patterns: &mut Vec<Box<dyn RewritePattern>>) {
    add(
        patterns,
        IfOp::NAME,
        &[
            remove_static_condition,
            combine_ifs,
            remove_unused_results,
            convert_trivial_if_to_select,
            remove_empty_else,
        ],
    );
}

pub fn while_patterns(patterns: &mut Vec<Box<dyn RewritePattern>>) {
    add(
        patterns,
        WhileOp::NAME,
        &[
            remove_invariant_before_args,
            remove_invariant_condition_args,
            remove_unused_results_of_while,
            remove_unused_before_args,
        ],
    );
}

pub fn parallel_patterns(patterns: &mut Vec<Box<dyn RewritePattern>>) {
    add(
        patterns,
        ParallelOp::NAME,
        &[fold_single_or_zero_iteration_dims],
    );
}

pub fn execute_region_patterns(patterns: &mut Vec<Box<dyn RewritePattern>>) {
    add(
        patterns,
        ExecuteRegionOp::NAME,
        &[inline_execute_region, forward_execute_region_values],
    );
}

// ----- shared rewrites -----

/// Moves the ops of `region`'s single block before `op` with its arguments replaced by
/// `args`, and replaces `op` with the values its terminator yields (MLIR's
/// `replaceOpWithRegion`).
fn replace_op_with_region(
    rw: &mut PatternRewriter<'_>,
    op: OpId,
    region: RegionId,
    args: &[ValueId],
) {
    let Some(block) = entry(rw.ir, region) else {
        return;
    };
    let block_args = rw.ir.block_args(block).to_vec();
    for (&a, &v) in block_args.iter().zip(args) {
        rw.replace_all_uses(a, v);
    }
    let Some(term) = rw.ir.last_op(block) else {
        return;
    };
    move_before(rw, block, term, op);
    let yielded = rw.ir.operands(term).to_vec();
    rw.replace_op(op, &yielded);
}

/// Moves the blocks of `from` into the empty region `to`, each block's arguments kept
/// (as new arguments of the same types) and branches retargeted to the moved blocks.
fn take_body(rw: &mut PatternRewriter<'_>, from: RegionId, to: RegionId) {
    let old_blocks = rw.ir.region_blocks(from).to_vec();
    let mut new_blocks = Vec::new();
    for &block in &old_blocks {
        let args: Vec<_> = rw
            .ir
            .block_args(block)
            .iter()
            .map(|&a| (rw.ir.value_type(a), rw.ir.arg_loc(a)))
            .collect();
        let new_block = rw.ir.create_block(&args);
        rw.ir.append_block(to, new_block);
        new_blocks.push(new_block);
    }
    for (&block, &new_block) in old_blocks.iter().zip(&new_blocks) {
        let new_args = rw.ir.block_args(new_block).to_vec();
        rw.ir.merge_blocks(block, new_block, &new_args);
    }
    for &block in &new_blocks {
        let Some(term) = rw.ir.last_op(block) else {
            continue;
        };
        for (i, succ) in rw.ir.successors(term).to_vec().into_iter().enumerate() {
            if let Some(k) = old_blocks.iter().position(|&b| b == succ) {
                rw.ir.set_successor(term, i, new_blocks[k]);
            }
        }
    }
}

/// Keeps the operands of the `scf.yield` ending `region` where `keep` says so.
fn trim_yield(rw: &mut PatternRewriter<'_>, region: RegionId, keep: &[bool]) {
    if let Some(t) = terminator(rw.ir, region) {
        let kept = kept(rw.ir.operands(t), keep);
        rw.modify_op_in_place(t, |ir| ir.set_operands(t, &kept));
    }
}

fn kept<T: Copy>(items: &[T], keep: &[bool]) -> Vec<T> {
    items
        .iter()
        .zip(keep)
        .filter(|(_, &k)| k)
        .map(|(&x, _)| x)
        .collect()
}

/// A state for a copy of `op` (name, location, attributes and properties), without
/// operands, results or regions.
fn clone_state(rw: &PatternRewriter<'_>, op: OpId) -> OperationState {
    let (ctx, ir) = (rw.ctx, &*rw.ir);
    let mut state = OperationState::new(ir.op_name(op), ir.loc(op));
    state.attrs = ctx.dict_entries(ir.attrs(op)).to_vec();
    state.props = ir
        .props(op)
        .map(|p| ctx.dict_entries(p).to_vec() as Vec<NamedAttr>);
    state
}

/// The types of the `results` that `keep` selects.
fn kept_types(rw: &PatternRewriter<'_>, results: &[ValueId], keep: &[bool]) -> Vec<Type> {
    kept(results, keep)
        .iter()
        .map(|&r| rw.ir.value_type(r))
        .collect()
}

/// A new region with one block that takes over the ops of `block`: it has the arguments
/// of `block` where `drops` holds `None` (same types and locations), and each other
/// argument is replaced by the value `drops` holds for it.
fn rebuild_block(
    rw: &mut PatternRewriter<'_>,
    block: ir::BlockId,
    drops: &[Option<ValueId>],
) -> RegionId {
    let args = rw.ir.block_args(block).to_vec();
    let kept_args: Vec<_> = kept(&args, &keep_from(drops))
        .iter()
        .map(|&a| (rw.ir.value_type(a), rw.ir.arg_loc(a)))
        .collect();
    let region = rw.ir.create_region();
    let new_block = rw.ir.create_block(&kept_args);
    rw.ir.append_block(region, new_block);
    let mut new_args = rw.ir.block_args(new_block).to_vec().into_iter();
    let mapping: Vec<ValueId> = args
        .iter()
        .zip(drops)
        .map(|(&a, d)| d.or_else(|| new_args.next()).unwrap_or(a))
        .collect();
    rw.ir.merge_blocks(block, new_block, &mapping);
    region
}

/// Creates `state` before `op` and replaces `op` with the new op: each result of `op`
/// becomes the value `dropped` gives for it or, where that is `None`, the next result of
/// the new op (so the new op has one result per `None`).
fn replace_with_new_op(
    rw: &mut PatternRewriter<'_>,
    op: OpId,
    state: OperationState,
    dropped: &[Option<ValueId>],
) {
    rw.set_insertion_point(InsertPoint::Before(op));
    let new_op = rw.create(state);
    let mut new_results = op_results(rw.ir, new_op).into_iter();
    let replacements: Vec<ValueId> = op_results(rw.ir, op)
        .iter()
        .zip(dropped)
        .map(|(&r, d)| d.or_else(|| new_results.next()).unwrap_or(r))
        .collect();
    rw.replace_op(op, &replacements);
}

fn const_of(rw: &PatternRewriter<'_>, v: ValueId) -> Option<i128> {
    const_int(rw.ctx, value_constant(rw.ctx, rw.ir, v))
}

// ----- scf.for -----

/// MLIR's `SimplifyTrivialLoops`: a loop that runs zero times is replaced by its inits,
/// one that runs once by its body, and one whose body only yields values defined outside
/// (and that runs at least once) by those values.
fn simplify_trivial_loop(op: OpId, rw: &mut PatternRewriter<'_>) -> bool {
    let f = ForOp {
        ctx: rw.ctx,
        ir: rw.ir,
        op,
    };
    let (lb, ub, step) = (f.lowerBound(), f.upperBound(), f.step());
    let inits = f.initArgs().to_vec();
    let region = f.region();
    let unsigned = f.unsignedCmp().is_some();
    if lb == ub {
        rw.replace_op(op, &inits);
        return true;
    }
    let (Some(l), Some(u)) = (const_of(rw, lb), const_of(rw, ub)) else {
        return false;
    };
    let width = rw
        .ctx
        .int_or_float_width(rw.ir.value_type(lb))
        .unwrap_or(64);
    // Compare as MLIR does, on the bound type's width.
    let Some(trips_if_step_one) = super::trip_count(l, u, 1, width, unsigned) else {
        return false;
    };
    if trips_if_step_one == 0 {
        rw.replace_op(op, &inits);
        return true;
    }
    let Some(s) = const_of(rw, step) else {
        return false;
    };
    if super::trip_count(l, u, s, width, unsigned) == Some(1) {
        let mut args = vec![lb];
        args.extend(&inits);
        replace_op_with_region(rw, op, region, &args);
        return true;
    }
    let Some(block) = entry(rw.ir, region) else {
        return false;
    };
    if rw.ir.first_op(block) != rw.ir.last_op(block) {
        return false;
    }
    let yielded = super::yielded(rw.ctx, rw.ir, region).unwrap_or_default();
    let outside = yielded.iter().all(|&v| rw.ir.value_block(v) != Some(block));
    if !outside || yielded.len() != rw.ir.num_results(op) {
        return false;
    }
    rw.replace_op(op, &yielded);
    true
}

/// MLIR's `ForOpIterArgsFolder`: an iteration argument is dropped when the body yields it
/// unchanged, when the body yields its init, or when neither it nor its result is used;
/// its result becomes the init.
fn fold_iter_args(op: OpId, rw: &mut PatternRewriter<'_>) -> bool {
    let f = ForOp {
        ctx: rw.ctx,
        ir: rw.ir,
        op,
    };
    let region = f.region();
    let bounds = vec![f.lowerBound(), f.upperBound(), f.step()];
    let Some(block) = entry(rw.ir, region) else {
        return false;
    };
    let inits = f.initArgs().to_vec();
    let args = rw.ir.block_args(block).to_vec();
    let iter_args = &args[1..];
    let results = op_results(rw.ir, op);
    let Some(yielded) = super::yielded(rw.ctx, rw.ir, region) else {
        return false;
    };
    if yielded.len() != inits.len() || iter_args.len() != inits.len() {
        return false;
    }
    let keep: Vec<bool> = (0..inits.len())
        .map(|i| {
            let forwarded = iter_args[i] == yielded[i]
                || inits[i] == yielded[i]
                || (rw.ir.uses(iter_args[i]).is_empty() && rw.ir.uses(results[i]).is_empty());
            !forwarded
        })
        .collect();
    if keep.iter().all(|&k| k) {
        return false;
    }
    let types = kept_types(rw, &results, &keep);
    // The new body: the induction variable and the kept arguments; a dropped argument
    // becomes its init.
    let drops = drops_from(&keep, &inits);
    let new_region = rebuild_block(rw, block, &[&[None], &drops[..]].concat());
    trim_yield(rw, new_region, &keep);
    let mut state = clone_state(rw, op);
    state.operands = bounds;
    state.operands.extend(kept(&inits, &keep));
    state.result_types = types;
    state.regions = vec![new_region];
    replace_with_new_op(rw, op, state, &drops);
    true
}

// ----- scf.if -----

/// MLIR's `RemoveStaticCondition`: a constant condition inlines the branch it takes.
fn remove_static_condition(op: OpId, rw: &mut PatternRewriter<'_>) -> bool {
    let f = IfOp {
        ctx: rw.ctx,
        ir: rw.ir,
        op,
    };
    let Some(c) = const_of(rw, f.condition()) else {
        return false;
    };
    let (then_region, else_region) = (f.thenRegion(), f.elseRegion());
    if c != 0 {
        replace_op_with_region(rw, op, then_region, &[]);
    } else if !rw.ir.region_blocks(else_region).is_empty() {
        replace_op_with_region(rw, op, else_region, &[]);
    } else {
        rw.erase_op(op);
    }
    true
}

/// A copy of `scf.if` `op` taking over its regions, with the results (and yielded
/// values) `keep` selects.
fn rebuild_if(rw: &mut PatternRewriter<'_>, op: OpId, keep: &[bool]) -> OpId {
    let f = IfOp {
        ctx: rw.ctx,
        ir: rw.ir,
        op,
    };
    let (cond, old_then, old_else) = (f.condition(), f.thenRegion(), f.elseRegion());
    let types = kept_types(rw, &op_results(rw.ir, op), keep);
    // A new op, as MLIR builds it: its discardable attributes are not carried over.
    let mut state = OperationState::new(rw.ir.op_name(op), rw.ir.loc(op));
    state.operands = vec![cond];
    state.result_types = types;
    for old in [old_then, old_else] {
        let r = rw.ir.create_region();
        take_body(rw, old, r);
        trim_yield(rw, r, keep);
        state.regions.push(r);
    }
    rw.set_insertion_point(InsertPoint::Before(op));
    rw.create(state)
}

/// Is `op` nested (at any depth) in `region`?
fn in_region(ir: &ir::Ir, region: RegionId, op: OpId) -> bool {
    let mut cur = op;
    while let Some(block) = ir.parent_block(cur) {
        if ir.block_parent_region(block) == Some(region) {
            return true;
        }
        match ir.parent_op(cur) {
            Some(p) => cur = p,
            None => return false,
        }
    }
    false
}

/// Appends the ops of `src` (the single block of a region) to the end of `dest`, and
/// ends `dest` with one `scf.yield` of both yields' operands, `dest`'s first.
fn merge_yielding_blocks(rw: &mut PatternRewriter<'_>, src: ir::BlockId, dest: ir::BlockId) {
    let (Some(first), Some(second)) = (rw.ir.last_op(dest), rw.ir.last_op(src)) else {
        return;
    };
    rw.ir.merge_blocks(src, dest, &[]);
    let mut operands = rw.ir.operands(first).to_vec();
    operands.extend_from_slice(rw.ir.operands(second));
    let mut state = OperationState::new(rw.ir.op_name(second), rw.ir.loc(second));
    state.operands = operands;
    rw.erase_op(first);
    rw.erase_op(second);
    rw.set_insertion_point(InsertPoint::BlockEnd(dest));
    rw.create(state);
}

/// MLIR's `CombineIfs` (for the same condition): two adjacent `scf.if` on one condition
/// become one, the second's uses of the first's results taking the yielded values.
fn combine_ifs(next: OpId, rw: &mut PatternRewriter<'_>) -> bool {
    let Some(prev) = rw
        .ir
        .prev_op(next)
        .filter(|&p| IfOp::cast(rw.ctx, rw.ir, p).is_some())
    else {
        return false;
    };
    let view = |op| IfOp {
        ctx: rw.ctx,
        ir: rw.ir,
        op,
    };
    let (p, n) = (view(prev), view(next));
    if p.condition() != n.condition() {
        return false;
    }
    let cond = p.condition();
    let (p_then, p_else, n_then, n_else) = (
        p.thenRegion(),
        p.elseRegion(),
        n.thenRegion(),
        n.elseRegion(),
    );
    let prev_results = op_results(rw.ir, prev);
    let then_vals = super::yielded(rw.ctx, rw.ir, p_then).unwrap_or_default();
    let else_vals = super::yielded(rw.ctx, rw.ir, p_else).unwrap_or_default();
    for (i, &r) in prev_results.iter().enumerate() {
        let users: Vec<(OpId, usize)> = rw
            .ir
            .uses(r)
            .iter()
            .map(|u| (u.op, u.index as usize))
            .collect();
        for (user, index) in users {
            let value = if in_region(rw.ir, n_then, user) {
                then_vals.get(i)
            } else if in_region(rw.ir, n_else, user) {
                else_vals.get(i)
            } else {
                None
            };
            if let Some(&v) = value {
                rw.modify_op_in_place(user, |ir| ir.set_operand(user, index, v));
            }
        }
    }
    let mut types: Vec<Type> = prev_results.iter().map(|&r| rw.ir.value_type(r)).collect();
    let next_results = op_results(rw.ir, next);
    types.extend(next_results.iter().map(|&r| rw.ir.value_type(r)));
    let mut state = OperationState::new(rw.ir.op_name(next), rw.ir.loc(next));
    state.operands = vec![cond];
    state.result_types = types;
    for (first, second) in [(p_then, n_then), (p_else, n_else)] {
        let region = rw.ir.create_region();
        let source = if rw.ir.region_blocks(first).is_empty() {
            second
        } else {
            first
        };
        take_body(rw, source, region);
        if source == first {
            if let (Some(dest), Some(src)) = (entry(rw.ir, region), entry(rw.ir, second)) {
                merge_yielding_blocks(rw, src, dest);
            }
        }
        state.regions.push(region);
    }
    rw.set_insertion_point(InsertPoint::Before(next));
    let combined = rw.create(state);
    let results = op_results(rw.ir, combined);
    let (prev_values, next_values) = results.split_at(prev_results.len());
    rw.replace_op(prev, prev_values);
    rw.replace_op(next, next_values);
    true
}

/// MLIR's `RemoveUnusedResults`.
fn remove_unused_results(op: OpId, rw: &mut PatternRewriter<'_>) -> bool {
    let results = op_results(rw.ir, op);
    let keep: Vec<bool> = results.iter().map(|&r| !rw.ir.uses(r).is_empty()).collect();
    if keep.iter().all(|&k| k) {
        return false;
    }
    let new_op = rebuild_if(rw, op, &keep);
    let mut new_results = op_results(rw.ir, new_op).into_iter();
    for (&r, &k) in results.iter().zip(&keep) {
        if k {
            if let Some(n) = new_results.next() {
                rw.replace_all_uses(r, n);
            }
        }
    }
    rw.erase_op(op);
    true
}

/// MLIR's `ConvertTrivialIfToSelect`: a result whose yielded values are both defined
/// outside the `scf.if` becomes that value (when the same) or an `arith.select`.
fn convert_trivial_if_to_select(op: OpId, rw: &mut PatternRewriter<'_>) -> bool {
    let f = IfOp {
        ctx: rw.ctx,
        ir: rw.ir,
        op,
    };
    let (cond, then_region, else_region) = (f.condition(), f.thenRegion(), f.elseRegion());
    let results = op_results(rw.ir, op);
    if results.is_empty() {
        return false;
    }
    let (Some(then_vals), Some(else_vals)) = (
        super::yielded(rw.ctx, rw.ir, then_region),
        super::yielded(rw.ctx, rw.ir, else_region),
    ) else {
        return false;
    };
    if then_vals.len() != results.len() || else_vals.len() != results.len() {
        return false;
    }
    let (then_block, else_block) = (entry(rw.ir, then_region), entry(rw.ir, else_region));
    let keep: Vec<bool> = then_vals
        .iter()
        .zip(&else_vals)
        .map(|(&t, &e)| rw.ir.value_block(t) == then_block || rw.ir.value_block(e) == else_block)
        .collect();
    if keep.iter().all(|&k| k) {
        return false;
    }
    let new_op = rebuild_if(rw, op, &keep);
    let mut new_results = op_results(rw.ir, new_op).into_iter();
    let select = rw.ctx.op_name("arith.select");
    let mut replacements = Vec::new();
    for (i, &k) in keep.iter().enumerate() {
        let (t, e) = (then_vals[i], else_vals[i]);
        let v = if k {
            new_results.next().unwrap_or(t)
        } else if t == e {
            t
        } else {
            let mut state = OperationState::new(select, rw.ir.loc(op));
            state.operands = vec![cond, t, e];
            state.result_types = vec![rw.ir.value_type(results[i])];
            // Before the new `scf.if`, as MLIR's pattern inserts them.
            rw.set_insertion_point(InsertPoint::Before(new_op));
            let s = rw.create(state);
            rw.ir.result(s, 0)
        };
        replacements.push(v);
    }
    rw.replace_op(op, &replacements);
    true
}

/// MLIR's `RemoveEmptyElseBranch`: an `else` that only yields nothing is dropped.
fn remove_empty_else(op: OpId, rw: &mut PatternRewriter<'_>) -> bool {
    if rw.ir.num_results(op) != 0 {
        return false;
    }
    let f = IfOp {
        ctx: rw.ctx,
        ir: rw.ir,
        op,
    };
    let else_region = f.elseRegion();
    let Some(block) = entry(rw.ir, else_region) else {
        return false;
    };
    let only_yield = rw.ir.first_op(block).is_some_and(|o| {
        Some(o) == rw.ir.last_op(block) && rw.ctx.op_name_str(rw.ir.op_name(o)) == YieldOp::NAME
    });
    if !only_yield {
        return false;
    }
    rw.modify_op_in_place(op, |ir| ir.erase_block(block));
    true
}

// ----- scf.while -----

/// The parts of an `scf.while` the patterns look at.
struct WhileParts {
    inits: Vec<ValueId>,
    before: ir::BlockId,
    after: ir::BlockId,
    condition: OpId,
    yield_op: OpId,
}

fn while_parts(rw: &PatternRewriter<'_>, op: OpId) -> Option<WhileParts> {
    let w = WhileOp {
        ctx: rw.ctx,
        ir: rw.ir,
        op,
    };
    let before = entry(rw.ir, w.before())?;
    let after = entry(rw.ir, w.after())?;
    let condition = rw.ir.last_op(before)?;
    let yield_op = rw.ir.last_op(after)?;
    let (n_before, n_after) = (
        rw.ir.block_args(before).len(),
        rw.ir.block_args(after).len(),
    );
    // Only well-formed loops: the verifier has checked these counts.
    let ok = w.inits().len() == n_before
        && rw.ir.operands(yield_op).len() == n_before
        && rw.ir.operands(condition).len() == n_after + 1
        && rw.ir.num_results(op) == n_after;
    ok.then(|| WhileParts {
        inits: w.inits().to_vec(),
        before,
        after,
        condition,
        yield_op,
    })
}

/// A copy of `scf.while` `op` without the `before` arguments `drop_before` removes (each
/// replaced by the given value) and without the forwarded values `drop_after` removes
/// (condition operands, `after` arguments and results, each replaced by the given value).
fn rebuild_while(
    rw: &mut PatternRewriter<'_>,
    op: OpId,
    parts: &WhileParts,
    drop_before: &[Option<ValueId>],
    drop_after: &[Option<ValueId>],
) {
    let (keep_before, keep_after) = (keep_from(drop_before), keep_from(drop_after));
    let mut regions = Vec::new();
    for (block, drops) in [(parts.before, drop_before), (parts.after, drop_after)] {
        regions.push(rebuild_block(rw, block, drops));
    }
    let cond_operands = rw.ir.operands(parts.condition).to_vec();
    let mut new_cond = vec![cond_operands[0]];
    new_cond.extend(kept(&cond_operands[1..], &keep_after));
    let c = parts.condition;
    rw.modify_op_in_place(c, |ir| ir.set_operands(c, &new_cond));
    let yielded = kept(rw.ir.operands(parts.yield_op), &keep_before);
    let y = parts.yield_op;
    rw.modify_op_in_place(y, |ir| ir.set_operands(y, &yielded));
    let mut state = clone_state(rw, op);
    state.operands = kept(&parts.inits, &keep_before);
    state.result_types = kept_types(rw, &op_results(rw.ir, op), &keep_after);
    state.regions = regions;
    replace_with_new_op(rw, op, state, drop_after);
}

fn keep_from(drops: &[Option<ValueId>]) -> Vec<bool> {
    drops.iter().map(Option::is_none).collect()
}

/// The inverse of [`keep_from`]: what `keep` drops becomes the matching value of `values`.
fn drops_from(keep: &[bool], values: &[ValueId]) -> Vec<Option<ValueId>> {
    keep.iter()
        .zip(values)
        .map(|(&k, &v)| (!k).then_some(v))
        .collect()
}

/// MLIR's `RemoveLoopInvariantArgsFromBeforeBlock`: a `before` argument that the loop
/// passes back unchanged is its init.
fn remove_invariant_before_args(op: OpId, rw: &mut PatternRewriter<'_>) -> bool {
    let Some(parts) = while_parts(rw, op) else {
        return false;
    };
    let ir = &*rw.ir;
    let before_args = ir.block_args(parts.before);
    let after_args = ir.block_args(parts.after);
    let cond_args = &ir.operands(parts.condition)[1..];
    let drops: Vec<Option<ValueId>> = ir
        .operands(parts.yield_op)
        .iter()
        .enumerate()
        .map(|(i, &y)| {
            let init = parts.inits[i];
            let forwarded = after_args
                .iter()
                .position(|&a| a == y)
                .is_some_and(|k| cond_args[k] == before_args[i] || cond_args[k] == init);
            (y == init || forwarded).then_some(init)
        })
        .collect();
    if drops.iter().all(Option::is_none) {
        return false;
    }
    rebuild_while(rw, op, &parts, &drops, &vec![None; after_args.len()]);
    true
}

/// MLIR's `RemoveLoopInvariantValueYielded`: a value defined outside the loop that
/// `scf.condition` forwards is used directly, in the `after` region and after the loop.
fn remove_invariant_condition_args(op: OpId, rw: &mut PatternRewriter<'_>) -> bool {
    let Some(parts) = while_parts(rw, op) else {
        return false;
    };
    let ir = &*rw.ir;
    let drops: Vec<Option<ValueId>> = ir.operands(parts.condition)[1..]
        .iter()
        .map(|&v| defined_outside(ir, op, v).then_some(v))
        .collect();
    if drops.iter().all(Option::is_none) {
        return false;
    }
    let n_before = parts.inits.len();
    rebuild_while(rw, op, &parts, &vec![None; n_before], &drops);
    true
}

/// Is `v` defined outside `op`?
fn defined_outside(ir: &ir::Ir, op: OpId, v: ValueId) -> bool {
    let def_op = match ir.value_def(v) {
        ir::ValueDef::OpResult { op: d, .. } => Some(d),
        ir::ValueDef::BlockArg { block, .. } => ir.block_parent_op(block),
    };
    def_op.is_none_or(|d| d != op && !ir.is_ancestor(op, d))
}

/// MLIR's `WhileUnusedResult`: a forwarded value that neither the `after` region nor the
/// users of the loop read is not forwarded.
fn remove_unused_results_of_while(op: OpId, rw: &mut PatternRewriter<'_>) -> bool {
    let Some(parts) = while_parts(rw, op) else {
        return false;
    };
    let ir = &*rw.ir;
    let cond_args = &ir.operands(parts.condition)[1..];
    let drops: Vec<Option<ValueId>> = op_results(ir, op)
        .iter()
        .zip(ir.block_args(parts.after))
        .zip(cond_args)
        .map(|((&r, &a), &c)| (ir.uses(r).is_empty() && ir.uses(a).is_empty()).then_some(c))
        .collect();
    if drops.iter().all(Option::is_none) {
        return false;
    }
    let n_before = parts.inits.len();
    rebuild_while(rw, op, &parts, &vec![None; n_before], &drops);
    true
}

/// MLIR's `WhileRemoveUnusedArgs`: a `before` argument nothing reads is dropped.
fn remove_unused_before_args(op: OpId, rw: &mut PatternRewriter<'_>) -> bool {
    let Some(parts) = while_parts(rw, op) else {
        return false;
    };
    let ir = &*rw.ir;
    let drops: Vec<Option<ValueId>> = ir
        .block_args(parts.before)
        .iter()
        .zip(&parts.inits)
        .map(|(&a, &init)| ir.uses(a).is_empty().then_some(init))
        .collect();
    if drops.iter().all(Option::is_none) {
        return false;
    }
    let n_after = ir.block_args(parts.after).len();
    rebuild_while(rw, op, &parts, &drops, &vec![None; n_after]);
    true
}

// ----- scf.parallel -----

/// MLIR's `ParallelOpSingleOrZeroIterationDimsFolder`: a dimension without iterations
/// removes the loop (its results are the inits); one with a single iteration is dropped,
/// its induction variable replaced by the lower bound; when none is left, the body and
/// its reductions are inlined.
fn fold_single_or_zero_iteration_dims(op: OpId, rw: &mut PatternRewriter<'_>) -> bool {
    let f = ParallelOp {
        ctx: rw.ctx,
        ir: rw.ir,
        op,
    };
    let (lbs, ubs, steps) = (
        f.lowerBound().to_vec(),
        f.upperBound().to_vec(),
        f.step().to_vec(),
    );
    let inits = f.initVals().to_vec();
    let Some(body) = entry(rw.ir, f.region()) else {
        return false;
    };
    let ivs = rw.ir.block_args(body).to_vec();
    if ivs.len() != lbs.len() {
        return false;
    }
    let mut single = Vec::new();
    for i in 0..lbs.len() {
        let trips = if lbs[i] == ubs[i] {
            Some(0)
        } else {
            (|| {
                let (l, u, s) = (
                    const_of(rw, lbs[i])?,
                    const_of(rw, ubs[i])?,
                    const_of(rw, steps[i])?,
                );
                super::trip_count(l, u, s, 64, false)
            })()
        };
        match trips {
            Some(0) => {
                rw.replace_op(op, &inits);
                return true;
            }
            Some(1) => single.push(true),
            _ => single.push(false),
        }
    }
    if !single.contains(&true) {
        return false;
    }
    let Some(reduce) = rw.ir.last_op(body) else {
        return false;
    };
    if single.iter().all(|&s| s) {
        return inline_parallel(rw, op, body, reduce, &ivs, &lbs, &inits);
    }
    // A lower-dimensional loop over the remaining dimensions.
    let keep: Vec<bool> = single.iter().map(|&s| !s).collect();
    let region = rebuild_block(rw, body, &drops_from(&keep, &lbs));
    let (lbs, ubs, steps) = (kept(&lbs, &keep), kept(&ubs, &keep), kept(&steps, &keep));
    let sizes = [lbs.len(), ubs.len(), steps.len(), inits.len()].map(|n| n as i128);
    // A new op, as MLIR builds it: its discardable attributes are not carried over.
    let mut state = OperationState::new(rw.ir.op_name(op), rw.ir.loc(op));
    state.props = Some(vec![segment_sizes(rw.ctx, &sizes)]);
    state.operands = [lbs, ubs, steps, inits].concat();
    state.result_types = op_results(rw.ir, op)
        .iter()
        .map(|&r| rw.ir.value_type(r))
        .collect();
    state.regions = vec![region];
    replace_op_with_new(rw, op, state);
    true
}

/// Inlines the body of a parallel loop that runs once, then each reduction applied to its
/// init and the reduced value.
fn inline_parallel(
    rw: &mut PatternRewriter<'_>,
    op: OpId,
    body: ir::BlockId,
    reduce: OpId,
    ivs: &[ValueId],
    lbs: &[ValueId],
    inits: &[ValueId],
) -> bool {
    let values = rw.ir.operands(reduce).to_vec();
    let regions = rw.ir.regions(reduce).to_vec();
    if values.len() != regions.len() || inits.len() != regions.len() {
        return false;
    }
    for (&iv, &lb) in ivs.iter().zip(lbs) {
        rw.replace_all_uses(iv, lb);
    }
    move_before(rw, body, reduce, op);
    let mut results = Vec::new();
    for ((r, &init), &value) in regions.into_iter().zip(inits).zip(&values) {
        let Some(block) = entry(rw.ir, r) else {
            return false;
        };
        let args = rw.ir.block_args(block).to_vec();
        for (&a, v) in args.iter().zip([init, value]) {
            rw.replace_all_uses(a, v);
        }
        let Some(ret) = rw.ir.last_op(block) else {
            return false;
        };
        move_before(rw, block, ret, op);
        results.push(rw.ir.operand(ret, 0));
    }
    rw.replace_op(op, &results);
    true
}

/// Moves the ops of `block` before its terminator `term` to just before `op`.
fn move_before(rw: &mut PatternRewriter<'_>, block: ir::BlockId, term: OpId, op: OpId) {
    let body: Vec<OpId> = rw.ir.block_ops(block).filter(|&o| o != term).collect();
    rw.set_insertion_point(InsertPoint::Before(op));
    for o in body {
        rw.ir.detach_op(o);
        rw.insert(o);
    }
}

// ----- scf.execute_region -----

/// MLIR's `SingleBlockExecuteInliner`.
fn inline_execute_region(op: OpId, rw: &mut PatternRewriter<'_>) -> bool {
    let e = ExecuteRegionOp {
        ctx: rw.ctx,
        ir: rw.ir,
        op,
    };
    let region = e.region();
    if e.no_inline().is_some() || rw.ir.region_blocks(region).len() != 1 {
        return false;
    }
    replace_op_with_region(rw, op, region, &[]);
    true
}

/// MLIR's `ExecuteRegionForwardingEliminator`: a result that every `scf.yield` of the
/// region gives the same value defined outside the op is that value.
fn forward_execute_region_values(op: OpId, rw: &mut PatternRewriter<'_>) -> bool {
    let results = op_results(rw.ir, op);
    if results.is_empty() {
        return false;
    }
    let region = rw.ir.regions(op)[0];
    let yields: Vec<Vec<ValueId>> = rw
        .ir
        .region_blocks(region)
        .iter()
        .filter_map(|&b| rw.ir.last_op(b))
        .filter(|&t| rw.ctx.op_name_str(rw.ir.op_name(t)) == YieldOp::NAME)
        .map(|t| rw.ir.operands(t).to_vec())
        .collect();
    let Some(first) = yields.first() else {
        return false;
    };
    if first.len() != results.len() || yields.iter().any(|y| y.len() != results.len()) {
        return false;
    }
    let keep: Vec<bool> = (0..results.len())
        .map(|i| {
            let v = first[i];
            !(defined_outside(rw.ir, op, v) && yields.iter().all(|y| y[i] == v))
        })
        .collect();
    if keep.iter().all(|&k| k) {
        return false;
    }
    let new_region = rw.ir.create_region();
    take_body(rw, region, new_region);
    for block in rw.ir.region_blocks(new_region).to_vec() {
        if let Some(t) = rw.ir.last_op(block) {
            if rw.ctx.op_name_str(rw.ir.op_name(t)) == YieldOp::NAME {
                let kept_values = kept(rw.ir.operands(t), &keep);
                rw.modify_op_in_place(t, |ir| ir.set_operands(t, &kept_values));
            }
        }
    }
    let mut state = clone_state(rw, op);
    state.result_types = kept_types(rw, &results, &keep);
    state.regions = vec![new_region];
    replace_with_new_op(rw, op, state, &drops_from(&keep, first));
    true
}
