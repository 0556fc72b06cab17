//! Region simplification, run by the greedy rewriter after its worklist empties (MLIR's
//! `simplifyRegions`): erase blocks that cannot be reached, then a liveness-based dead
//! code elimination that also drops dead block arguments (with the operands branches pass
//! to them), then merge blocks that do the same thing, then drop block arguments that
//! receive the same value from every predecessor.
//!
//! Regions of unregistered ops and graph regions are left alone: nothing is known of
//! their control flow.

use rustc_hash::FxHashSet;

use crate::attributes::{AttrKind, DenseData};
use crate::dialect::{operand_group_range, successor_operand_range, successor_operands, Trait};
use crate::effects::would_be_trivially_dead;
use crate::{BlockId, Context, Ir, OpId, RegionId, ValueId};

/// Simplifies every region nested in `root`; true when the IR changed.
pub fn simplify_regions(ctx: &Context, ir: &mut Ir, root: OpId) -> bool {
    let mut changed = false;
    for r in cfg_regions(ctx, ir, root) {
        changed |= erase_unreachable_blocks(ir, r) > 0;
    }
    changed |= region_dce(ctx, ir, root);
    for r in cfg_regions(ctx, ir, root) {
        changed |= merge_identical_blocks(ctx, ir, r);
        changed |= drop_redundant_block_args(ctx, ir, r);
    }
    changed
}

/// The regions nested in `root` (its own included) whose control flow is known: regions
/// of registered ops without graph regions.
pub fn cfg_regions(ctx: &Context, ir: &Ir, root: OpId) -> Vec<RegionId> {
    let mut regions = Vec::new();
    ir.walk_preorder(root, &mut |o| {
        if has_cfg_regions(ctx, ir, o) {
            regions.extend_from_slice(ir.regions(o));
        }
    });
    regions
}

fn has_cfg_regions(ctx: &Context, ir: &Ir, op: OpId) -> bool {
    ctx.op_def(ir.op_name(op))
        .is_some_and(|d| !d.has_trait(Trait::GraphRegions))
}

/// Erases the blocks of `region` that its entry block cannot reach; returns how many.
pub fn erase_unreachable_blocks(ir: &mut Ir, region: RegionId) -> u64 {
    let blocks = ir.region_blocks(region).to_vec();
    if blocks.len() < 2 {
        return 0;
    }
    let mut seen: FxHashSet<BlockId> = FxHashSet::default();
    let mut stack = vec![blocks[0]];
    while let Some(b) = stack.pop() {
        if !seen.insert(b) {
            continue;
        }
        if let Some(t) = ir.last_op(b) {
            stack.extend(ir.successors(t).iter().copied());
        }
    }
    let dead: Vec<BlockId> = blocks.into_iter().filter(|b| !seen.contains(b)).collect();
    for &b in &dead {
        ir.erase_block(b);
    }
    dead.len() as u64
}

/// The predecessors of `block`: (terminator, successor index), one per edge.
fn predecessor_edges(ir: &Ir, region: RegionId, block: BlockId) -> Vec<(OpId, usize)> {
    let mut edges = Vec::new();
    for &b in ir.region_blocks(region) {
        if let Some(t) = ir.last_op(b) {
            for (i, &s) in ir.successors(t).iter().enumerate() {
                if s == block {
                    edges.push((t, i));
                }
            }
        }
    }
    edges
}

/// Can every predecessor edge of `block` drop operands (the `BranchOp` layout)?
fn edges_are_branches(ctx: &Context, ir: &Ir, edges: &[(OpId, usize)], args: usize) -> bool {
    edges
        .iter()
        .all(|&(t, i)| successor_operands(ctx, ir, t, i).is_some_and(|v| v.len() == args))
}

/// Removes operand `index` of the operands `branch` passes to successor `succ`, keeping
/// `operandSegmentSizes` in step.
pub fn erase_successor_operand(
    ctx: &Context,
    ir: &mut Ir,
    branch: OpId,
    succ: usize,
    index: usize,
) {
    let Some(def) = ctx.op_def(ir.op_name(branch)) else {
        return;
    };
    let group = def.operands.len() - ir.successors(branch).len() + succ;
    let Some(range) = operand_group_range(ctx, ir, branch, def, group) else {
        return;
    };
    let mut operands = ir.operands(branch).to_vec();
    operands.remove(range.start + index);
    ir.set_operands(branch, &operands);
    if def.has_trait(Trait::AttrSizedOperandSegments) {
        let Some(sizes) = ir.attr(ctx, branch, "operandSegmentSizes") else {
            return;
        };
        let AttrKind::DenseArray {
            elem,
            data: DenseData::Int(v),
        } = ctx.attr_kind(sizes).clone()
        else {
            return;
        };
        let mut v = v.to_vec();
        v[group] -= 1;
        let new = ctx.intern_attr(AttrKind::DenseArray {
            elem,
            data: DenseData::Int(v.into()),
        });
        ir.set_prop(ctx, branch, "operandSegmentSizes", Some(new));
    }
}

/// Removes argument `index` of non-entry `block` and the operand every predecessor passes
/// to it. The argument must be unused.
fn erase_block_arg_and_operands(
    ctx: &Context,
    ir: &mut Ir,
    region: RegionId,
    block: BlockId,
    index: usize,
) {
    for (t, i) in predecessor_edges(ir, region, block) {
        erase_successor_operand(ctx, ir, t, i, index);
    }
    ir.erase_block_arg(block, index);
}

/// Liveness-based dead code elimination (MLIR's `runRegionDCE`): an op is live when it
/// has effects (or is a terminator) or a live op uses its results; a branch keeps an
/// operand alive only if the block argument it feeds is live. Dead ops and dead
/// arguments of non-entry blocks go.
fn region_dce(ctx: &Context, ir: &mut Ir, root: OpId) -> bool {
    let regions = cfg_regions(ctx, ir, root);
    let mut ops = Vec::new();
    for &r in &regions {
        for &b in ir.region_blocks(r) {
            ops.extend(ir.block_ops(b));
        }
    }
    let mut live: FxHashSet<ValueId> = FxHashSet::default();
    let mut live_ops: FxHashSet<OpId> = FxHashSet::default();
    loop {
        let before = (live.len(), live_ops.len());
        for &op in ops.iter().rev() {
            let intrinsically_live = !would_be_trivially_dead(ctx, ir, op)
                || ctx.op_def(ir.op_name(op)).is_none()
                || !ir.successors(op).is_empty();
            if !intrinsically_live && !ir.results(op).iter().any(|r| live.contains(&r)) {
                continue;
            }
            live_ops.insert(op);
            let mut forwarded: FxHashSet<usize> = FxHashSet::default();
            for (i, &s) in ir.successors(op).iter().enumerate() {
                let Some(range) = successor_operand_range(ctx, ir, op, i) else {
                    continue;
                };
                for (j, k) in range.enumerate() {
                    forwarded.insert(k);
                    if ir.block_args(s).get(j).is_some_and(|a| live.contains(a)) {
                        live.insert(ir.operands(op)[k]);
                    }
                }
            }
            for (k, &v) in ir.operands(op).iter().enumerate() {
                if !forwarded.contains(&k) {
                    live.insert(v);
                }
            }
            // Nothing is known of the regions of unregistered ops and graph regions: all
            // they use stays.
            if !ir.regions(op).is_empty() && !has_cfg_regions(ctx, ir, op) {
                ir.walk_preorder(op, &mut |o| live.extend(ir.operands(o).iter().copied()));
            }
        }
        if (live.len(), live_ops.len()) == before {
            break;
        }
    }
    let mut changed = false;
    // Dead arguments first, so that the branches passing them no longer use anything.
    for &r in &regions {
        for &b in ir.region_blocks(r).to_vec().iter().skip(1) {
            let edges = predecessor_edges(ir, r, b);
            if !edges_are_branches(ctx, ir, &edges, ir.block_args(b).len()) {
                continue;
            }
            for index in (0..ir.block_args(b).len()).rev() {
                let arg = ir.block_args(b)[index];
                if !live.contains(&arg) && ir.uses(arg).iter().all(|u| !live_ops.contains(&u.op)) {
                    for u in ir.uses(arg).to_vec() {
                        ir.drop_all_references(u.op);
                    }
                    erase_block_arg_and_operands(ctx, ir, r, b, index);
                    changed = true;
                }
            }
        }
    }
    for &op in ops.iter().rev() {
        if !live_ops.contains(&op) && !ir.is_erased(op) && ir.parent_block(op).is_some() {
            ir.drop_all_references(op);
            for r in ir.results(op).to_vec() {
                for u in ir.uses(r).to_vec() {
                    ir.drop_all_references(u.op);
                }
            }
            ir.erase_op(op);
            changed = true;
        }
    }
    changed
}

/// Replaces block arguments that receive the same value from every predecessor by that
/// value (MLIR's `dropRedundantArguments`).
fn drop_redundant_block_args(ctx: &Context, ir: &mut Ir, region: RegionId) -> bool {
    let mut changed = false;
    for &b in ir.region_blocks(region).to_vec().iter().skip(1) {
        let edges = predecessor_edges(ir, region, b);
        if edges.is_empty() || !edges_are_branches(ctx, ir, &edges, ir.block_args(b).len()) {
            continue;
        }
        for index in (0..ir.block_args(b).len()).rev() {
            let incoming: FxHashSet<ValueId> = edges
                .iter()
                .filter_map(|&(t, i)| successor_operands(ctx, ir, t, i).map(|v| v[index]))
                .collect();
            if incoming.len() != 1 {
                continue;
            }
            let common = *incoming.iter().next().unwrap();
            let arg = ir.block_args(b)[index];
            if common == arg {
                continue;
            }
            ir.replace_all_uses(arg, common);
            erase_block_arg_and_operands(ctx, ir, region, b, index);
            changed = true;
        }
    }
    changed
}

/// Merges non-entry blocks that are identical (same argument types, same ops with the same
/// attributes, operands equal or defined at the same place in each block, same
/// successors) into the first of them, redirecting the branches to the others. MLIR's
/// `mergeIdenticalBlocks` also merges blocks that differ in values defined outside them,
/// by passing those values as new arguments; we do not.
fn merge_identical_blocks(ctx: &Context, ir: &mut Ir, region: RegionId) -> bool {
    let blocks = ir.region_blocks(region).to_vec();
    let mut changed = false;
    let mut kept: Vec<BlockId> = Vec::new();
    for &b in blocks.iter().skip(1) {
        let edges = predecessor_edges(ir, region, b);
        if edges.is_empty() || !edges_are_branches(ctx, ir, &edges, ir.block_args(b).len()) {
            continue;
        }
        match kept.iter().copied().find(|&k| blocks_identical(ir, k, b)) {
            Some(k) => {
                for (t, i) in edges {
                    ir.set_successor(t, i, k);
                }
                ir.erase_block(b);
                changed = true;
            }
            None => kept.push(b),
        }
    }
    changed
}

/// Do blocks `a` and `b` compute the same thing? (See [`merge_identical_blocks`].)
fn blocks_identical(ir: &Ir, a: BlockId, b: BlockId) -> bool {
    let (args_a, args_b) = (ir.block_args(a), ir.block_args(b));
    if args_a.len() != args_b.len()
        || args_a
            .iter()
            .zip(args_b)
            .any(|(&x, &y)| ir.value_type(x) != ir.value_type(y))
    {
        return false;
    }
    let used_only_in_b = |v: ValueId| ir.uses(v).iter().all(|u| ir.parent_block(u.op) == Some(b));
    if !args_b.iter().all(|&v| used_only_in_b(v)) {
        return false;
    }
    let mut map: rustc_hash::FxHashMap<ValueId, ValueId> =
        args_b.iter().copied().zip(args_a.iter().copied()).collect();
    let mut ops_a = ir.block_ops(a);
    let mut ops_b = ir.block_ops(b);
    loop {
        match (ops_a.next(), ops_b.next()) {
            (None, None) => return true,
            (Some(x), Some(y)) => {
                let same = ir.op_name(x) == ir.op_name(y)
                    && ir.attrs(x) == ir.attrs(y)
                    && ir.props(x) == ir.props(y)
                    && ir.regions(x).is_empty()
                    && ir.regions(y).is_empty()
                    && ir.successors(x) == ir.successors(y)
                    && ir.num_results(x) == ir.num_results(y)
                    && ir.operands(x).len() == ir.operands(y).len()
                    && ir
                        .operands(x)
                        .iter()
                        .zip(ir.operands(y))
                        .all(|(&u, &v)| map.get(&v).copied().unwrap_or(v) == u)
                    && ir
                        .results(x)
                        .iter()
                        .zip(ir.results(y).iter())
                        .all(|(u, v)| ir.value_type(u) == ir.value_type(v));
                if !same {
                    return false;
                }
                // A value defined in `b` may be used only inside `b` for the merge to hold.
                for (u, v) in ir.results(x).iter().zip(ir.results(y).iter()) {
                    if !used_only_in_b(v) {
                        return false;
                    }
                    map.insert(v, u);
                }
            }
            _ => return false,
        }
    }
}
