//! Folding, rewrite patterns and the greedy pattern driver (MLIR's `PatternRewriter`,
//! `RewritePattern` and `applyPatternsGreedily`).
//!
//! Key types: [`PatternRewriter`] (create, replace, erase, modify in place; every change
//! goes through a [`Listener`]), [`RewritePattern`] (a root op name, a benefit and
//! `match_and_rewrite`), [`FoldResult`], [`GreedyConfig`]. Key functions:
//! [`apply_patterns_greedily`], [`op_constant_value`], [`is_trivially_dead`].
//!
//! Hooks: an op folds through [`crate::dialect::OpDef::fold`] ([`FoldFn`]: the constant
//! values of its operands in, attributes or existing values out); an attribute becomes an
//! op again through its dialect's [`crate::dialect::Dialect::constant_materializer`].
//!
//! **Architecture Invariant:** the driver always terminates: a rewrite that keeps changing
//! the IR is reported as a [`Diagnostic`] naming `max_iterations`, never a hang.

use rustc_hash::{FxHashMap, FxHashSet};

use crate::context::{Attribute, Context, Type};
use crate::diag::{DiagLoc, Diagnostic};
use crate::dialect::Trait;
use crate::structure::{BlockId, Ir, OpId, OperationState, RegionId, ValueDef, ValueId};

/// One folded result: a constant (to be materialized) or an existing value.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum FoldResult {
    Attr(Attribute),
    Value(ValueId),
}

/// Folds `op` given the constant value of each operand (`None` when not constant).
/// Returns one [`FoldResult`] per result, or `None` when the op does not fold.
pub type FoldFn = fn(&Context, &Ir, OpId, &[Option<Attribute>]) -> Option<Vec<FoldResult>>;

/// Builds a detached constant op of type `ty` holding `value` at `loc`; `None` when the
/// dialect cannot represent it.
pub type MaterializeFn = fn(&Context, &mut Ir, Attribute, Type, Attribute) -> Option<OpId>;

/// Adds an op's canonicalization patterns.
pub type PatternsFn = fn(&mut Vec<Box<dyn RewritePattern>>);

/// Is the op registered with trait `t`?
pub fn has_trait(ctx: &Context, ir: &Ir, op: OpId, t: Trait) -> bool {
    ctx.op_def(ir.op_name(op)).is_some_and(|d| d.has_trait(t))
}

pub use crate::effects::is_trivially_dead;

/// The value of a `ConstantLike` op (its fold with no operands), if `op` is one.
pub fn op_constant_value(ctx: &Context, ir: &Ir, op: OpId) -> Option<Attribute> {
    let def = ctx.op_def(ir.op_name(op))?;
    if !def.has_trait(Trait::ConstantLike) || ir.num_results(op) != 1 {
        return None;
    }
    match def.fold?(ctx, ir, op, &[])?.as_slice() {
        [FoldResult::Attr(a)] => Some(*a),
        _ => None,
    }
}

/// The constant value of `v`, when it is the result of a `ConstantLike` op.
pub fn value_constant(ctx: &Context, ir: &Ir, v: ValueId) -> Option<Attribute> {
    match ir.value_def(v) {
        ValueDef::OpResult { op, .. } => op_constant_value(ctx, ir, op),
        ValueDef::BlockArg { .. } => None,
    }
}

/// Receives every change a [`PatternRewriter`] makes (MLIR's `RewriterBase::Listener`).
pub trait Listener {
    /// `op` was created and inserted.
    fn op_inserted(&mut self, _ir: &Ir, _op: OpId) {}
    /// `op` was changed in place (operands, attributes), or one of its operands was replaced.
    fn op_modified(&mut self, _ir: &Ir, _op: OpId) {}
    /// `op` is about to be erased (its operands are still readable).
    fn op_erased(&mut self, _ir: &Ir, _op: OpId) {}
}

/// A listener that ignores everything.
pub struct NoListener;
impl Listener for NoListener {}

/// Where new ops go.
#[derive(Copy, Clone, Debug)]
pub enum InsertPoint {
    Before(OpId),
    After(OpId),
    BlockStart(BlockId),
    BlockEnd(BlockId),
}

/// Makes changes to the IR on behalf of a pattern, telling the listener about each.
pub struct PatternRewriter<'a> {
    pub ctx: &'a Context,
    pub ir: &'a mut Ir,
    listener: &'a mut dyn Listener,
    insert: Option<InsertPoint>,
}

impl<'a> PatternRewriter<'a> {
    pub fn new(ctx: &'a Context, ir: &'a mut Ir, listener: &'a mut dyn Listener) -> Self {
        PatternRewriter {
            ctx,
            ir,
            listener,
            insert: None,
        }
    }
    pub fn set_insertion_point(&mut self, at: InsertPoint) {
        self.insert = Some(at);
    }
    /// Inserts the detached `op` at the insertion point (and keeps inserting after it when
    /// the point is `After`).
    pub fn insert(&mut self, op: OpId) {
        match self.insert.expect("PatternRewriter: no insertion point") {
            InsertPoint::Before(a) => self.ir.insert_op_before(a, op),
            InsertPoint::After(a) => {
                self.ir.insert_op_after(a, op);
                self.insert = Some(InsertPoint::After(op));
            }
            InsertPoint::BlockStart(b) => {
                self.ir.prepend_op(b, op);
                self.insert = Some(InsertPoint::After(op));
            }
            InsertPoint::BlockEnd(b) => self.ir.append_op(b, op),
        }
        self.listener.op_inserted(self.ir, op);
    }
    /// Creates an op from `state` and inserts it at the insertion point.
    pub fn create(&mut self, state: OperationState) -> OpId {
        let op = self.ir.create_op(self.ctx, state);
        self.insert(op);
        op
    }
    /// Replaces every use of `op`'s results with `values` and erases `op`.
    pub fn replace_op(&mut self, op: OpId, values: &[ValueId]) {
        let results = self.ir.results(op).to_vec();
        assert_eq!(
            results.len(),
            values.len(),
            "replace_op: result count mismatch"
        );
        for (&r, &v) in results.iter().zip(values) {
            self.replace_all_uses(r, v);
        }
        self.erase_op(op);
    }
    /// Replaces every use of `old` with `new`, notifying each user.
    pub fn replace_all_uses(&mut self, old: ValueId, new: ValueId) {
        // MLIR's use lists hold the newest use first: users are notified in that order.
        let users: Vec<OpId> = self.ir.uses(old).iter().rev().map(|u| u.op).collect();
        self.ir.replace_all_uses(old, new);
        for u in users {
            self.listener.op_modified(self.ir, u);
        }
    }
    /// Erases `op` (its results must be unused).
    pub fn erase_op(&mut self, op: OpId) {
        // Users before definitions, as MLIR's `eraseOp`: nested ops last block first,
        // last op first, then `op`.
        fn erase_order(ir: &Ir, op: OpId, out: &mut Vec<OpId>) {
            for &r in ir.regions(op).iter().rev() {
                for &b in ir.region_blocks(r).iter().rev() {
                    let ops: Vec<OpId> = ir.block_ops(b).collect();
                    for &o in ops.iter().rev() {
                        erase_order(ir, o, out);
                    }
                }
            }
            out.push(op);
        }
        let mut order = Vec::new();
        erase_order(self.ir, op, &mut order);
        for o in order {
            self.listener.op_erased(self.ir, o);
        }
        self.ir.erase_op(op);
    }
    /// Changes `op` in place through `f`, then notifies the listener.
    pub fn modify_op_in_place(&mut self, op: OpId, f: impl FnOnce(&mut Ir)) {
        f(self.ir);
        self.listener.op_modified(self.ir, op);
    }
}

/// A rewrite rooted at ops of one name (or any op when `root` is `None`).
pub trait RewritePattern {
    fn root(&self) -> Option<&'static str>;
    /// Higher first.
    fn benefit(&self) -> u16 {
        1
    }
    /// Rewrites `op` and returns true, or returns false having changed nothing.
    fn match_and_rewrite(&self, op: OpId, rewriter: &mut PatternRewriter<'_>) -> bool;
}

/// Knobs of [`apply_patterns_greedily`] (MLIR's `GreedyRewriteConfig`).
#[derive(Copy, Clone, Debug)]
pub struct GreedyConfig {
    /// Sweeps over the IR before giving up (MLIR's default: 10).
    pub max_iterations: u32,
    /// Fold ops (MLIR's `fold` hooks) before trying patterns.
    pub fold: bool,
    /// After each sweep, erase unreachable blocks, dead ops and block arguments, and
    /// arguments that always receive the same value (MLIR's `enableRegionSimplification`).
    pub region_simplification: bool,
}

impl Default for GreedyConfig {
    fn default() -> Self {
        GreedyConfig {
            max_iterations: 10,
            fold: true,
            region_simplification: true,
        }
    }
}

/// The greedy driver's worklist, with MLIR's notification rules.
struct Worklist {
    list: Vec<OpId>,
    set: FxHashSet<OpId>,
    erased: FxHashSet<OpId>,
    /// The op whose regions the driver works on: never itself on the worklist.
    root: OpId,
}

impl Worklist {
    fn new(root: OpId) -> Self {
        Worklist {
            list: Vec::new(),
            set: FxHashSet::default(),
            erased: FxHashSet::default(),
            root,
        }
    }
    fn push(&mut self, op: OpId) {
        if op != self.root && !self.erased.contains(&op) && self.set.insert(op) {
            self.list.push(op);
        }
    }
    /// `op` and its ancestors below the root (MLIR's `addToWorklist`): a change inside a
    /// region may enable a pattern on the op that holds it.
    fn push_with_ancestors(&mut self, ir: &Ir, op: OpId) {
        let mut cur = Some(op);
        while let Some(o) = cur.filter(|&o| o != self.root) {
            self.push(o);
            cur = ir.parent_op(o);
        }
    }
    fn pop(&mut self) -> Option<OpId> {
        let op = self.list.pop()?;
        self.set.remove(&op);
        Some(op)
    }
}

impl Listener for Worklist {
    fn op_inserted(&mut self, ir: &Ir, op: OpId) {
        self.push_with_ancestors(ir, op);
    }
    fn op_modified(&mut self, ir: &Ir, op: OpId) {
        self.push_with_ancestors(ir, op);
    }
    /// The defining ops of `op`'s operands that keep at most one other user may have
    /// become dead or simpler (MLIR's `addOperandsToWorklist`).
    fn op_erased(&mut self, ir: &Ir, op: OpId) {
        for &v in ir.operands(op) {
            let ValueDef::OpResult { op: def, .. } = ir.value_def(v) else {
                continue;
            };
            let mut others = ir.uses(v).iter().map(|u| u.op).filter(|&u| u != op);
            let first = others.next();
            if others.any(|u| Some(u) != first) {
                continue;
            }
            self.push_with_ancestors(ir, def);
        }
        self.erased.insert(op);
        if self.set.remove(&op) {
            self.list.retain(|&o| o != op);
        }
    }
}

/// Creates and uniques constants in the entry block of their insertion region (MLIR's
/// `OperationFolder`): one constant op per region, value, type and dialect. The constants
/// it created or adopted are "owned"; a run of owned constants at the top of a block keeps
/// its order.
#[derive(Default)]
pub struct ConstantFolder {
    map: FxHashMap<(RegionId, Attribute, Type, &'static str), OpId>,
    owned: FxHashSet<OpId>,
}

impl ConstantFolder {
    /// The constant op of `dialect` for `value : ty` in `region`, materialized by the
    /// dialect and prepended to the region's entry block if there is none yet (MLIR's
    /// `getOrCreateConstant`); with whether it was created. `None` when the dialect
    /// cannot materialize it.
    pub fn get_or_create(
        &mut self,
        ctx: &Context,
        ir: &mut Ir,
        region: RegionId,
        dialect: &'static str,
        (value, ty): (Attribute, Type),
        loc: Attribute,
    ) -> Option<(OpId, bool)> {
        if let Some(c) = self.lookup(ir, (region, value, ty, dialect)) {
            return Some((c, false));
        }
        let c = ctx.registry().constant_materializer(dialect)?(ctx, ir, value, ty, loc)?;
        let entry = ir.region_blocks(region)[0];
        ir.prepend_op(entry, c);
        self.map.insert((region, value, ty, dialect), c);
        self.owned.insert(c);
        Some((c, true))
    }

    fn lookup(&self, ir: &Ir, key: (RegionId, Attribute, Type, &'static str)) -> Option<OpId> {
        self.map.get(&key).copied().filter(|&c| !ir.is_erased(c))
    }

    /// Adopts the constant `op` of value `value` (MLIR's `insertKnownConstant`): when the
    /// folder has an equal constant for its insertion region, returns it (the caller
    /// replaces `op` by it); otherwise `op` becomes the region's constant for that value
    /// and moves to the top of the region's entry block, unless it is there already or
    /// right after another owned constant.
    pub fn insert_known(
        &mut self,
        ctx: &Context,
        ir: &mut Ir,
        root: OpId,
        op: OpId,
        value: Attribute,
    ) -> Option<OpId> {
        let block = ir.parent_block(op)?;
        let settled = ir.first_op(block) == Some(op)
            || ir.prev_op(op).is_some_and(|p| self.owned.contains(&p));
        if self.owned.contains(&op) {
            if !settled {
                ir.detach_op(op);
                ir.prepend_op(block, op);
            }
            return None;
        }
        let region = insertion_region(ctx, ir, root, op)?;
        let dialect = ctx.op_def(ir.op_name(op))?.dialect();
        let key = (region, value, ir.value_type(ir.result(op, 0)), dialect);
        if let Some(c) = self.lookup(ir, key).filter(|&c| c != op) {
            return Some(c);
        }
        let entry = ir.region_blocks(region)[0];
        if block != entry || !settled {
            ir.detach_op(op);
            ir.prepend_op(entry, op);
        }
        self.map.insert(key, op);
        self.owned.insert(op);
        None
    }
}

/// The region where constants used by `op` live: the entry block of the region of the
/// nearest isolated-from-above ancestor (or of `root`).
pub fn insertion_region(ctx: &Context, ir: &Ir, root: OpId, op: OpId) -> Option<RegionId> {
    let mut cur = op;
    loop {
        let block = ir.parent_block(cur)?;
        let region = ir.block_parent_region(block)?;
        let parent = ir.region_parent(region)?;
        if parent == root || has_trait(ctx, ir, parent, Trait::IsolatedFromAbove) {
            return Some(region);
        }
        cur = parent;
    }
}

/// Applies folds and `patterns` to every op nested in `root` (not `root` itself) until
/// nothing changes, as MLIR's `applyPatternsGreedily`: ops are visited from a worklist
/// (initially every op, top-down); a trivially dead `Pure` op is erased; otherwise the op
/// is folded (constants are materialized, deduplicated and hoisted to the entry block of
/// the enclosing isolated-from-above region); otherwise the patterns rooted at its name
/// (or at any op) are tried by decreasing benefit. The users and operand definitions of
/// every changed op go back on the worklist. Returns whether the IR changed; an error
/// when it still changed after `config.max_iterations` sweeps.
pub fn apply_patterns_greedily(
    ctx: &Context,
    ir: &mut Ir,
    root: OpId,
    patterns: &[Box<dyn RewritePattern>],
    config: GreedyConfig,
) -> Result<bool, Diagnostic> {
    let mut by_root: FxHashMap<&'static str, Vec<&dyn RewritePattern>> = FxHashMap::default();
    let mut any_root: Vec<&dyn RewritePattern> = Vec::new();
    for p in patterns {
        match p.root() {
            Some(name) => by_root.entry(name).or_default().push(p.as_ref()),
            None => any_root.push(p.as_ref()),
        }
    }
    for v in by_root.values_mut() {
        v.extend(any_root.iter().copied());
        v.sort_by_key(|p| std::cmp::Reverse(p.benefit()));
    }
    any_root.sort_by_key(|p| std::cmp::Reverse(p.benefit()));

    let mut changed_any = false;
    for _ in 0..config.max_iterations.max(1) {
        // As MLIR's driver: a new folder per sweep, which first adopts the constants in
        // program order (so that their order survives) and replaces duplicates.
        let mut cache = ConstantFolder::default();
        let mut wl = Worklist::new(root);
        let mut order = Vec::new();
        ir.walk_preorder(root, &mut |o| order.push(o));
        let mut kept = Vec::with_capacity(order.len());
        for &o in order.iter().skip(1) {
            if ir.is_erased(o) {
                continue;
            }
            if let Some(value) = op_constant_value(ctx, ir, o) {
                if let Some(existing) = cache.insert_known(ctx, ir, root, o, value) {
                    let mut quiet = NoListener;
                    let mut rw = PatternRewriter::new(ctx, ir, &mut quiet);
                    rw.replace_op(o, &[ir_result(rw.ir, existing)]);
                    changed_any = true;
                    continue;
                }
            }
            kept.push(o);
        }
        // Pop from the end: push in reverse so the first op is processed first.
        for &o in kept.iter().rev() {
            wl.push(o);
        }
        let mut changed = false;
        // A rewrite that keeps recreating work must not loop forever inside one sweep:
        // past this budget the sweep ends and counts towards `max_iterations`.
        let mut budget = 16 * order.len() + 1024;
        while let Some(op) = wl.pop() {
            if ir.is_erased(op) {
                continue;
            }
            if budget == 0 {
                changed = true;
                break;
            }
            budget -= 1;
            if is_trivially_dead(ctx, ir, op) {
                let mut rw = PatternRewriter::new(ctx, ir, &mut wl);
                rw.erase_op(op);
                changed = true;
                continue;
            }
            if config.fold && try_fold(ctx, ir, op, &mut wl) {
                changed = true;
                continue;
            }
            let name = ctx.op_name_str(ir.op_name(op));
            let list = by_root.get(name).unwrap_or(&any_root);
            for p in list {
                let mut rw = PatternRewriter::new(ctx, ir, &mut wl);
                if p.match_and_rewrite(op, &mut rw) {
                    changed = true;
                    break;
                }
            }
        }
        if config.region_simplification {
            changed |= crate::region_simplify::simplify_regions(ctx, ir, root);
        }
        changed_any |= changed;
        if !changed {
            return Ok(changed_any);
        }
    }
    Err(Diagnostic::error(
        DiagLoc::Loc(ir.loc(root)),
        format!(
            "greedy pattern rewriter did not converge after max-iterations={} iterations",
            config.max_iterations
        ),
    ))
}

/// Folds `op`; true when the IR changed.
fn try_fold(ctx: &Context, ir: &mut Ir, op: OpId, wl: &mut Worklist) -> bool {
    let Some(def) = ctx.op_def(ir.op_name(op)) else {
        return false;
    };
    let Some(fold) = def.fold else {
        return false;
    };
    // Constants do not fold (they would fold to themselves); the folder adopts them when
    // the next sweep starts.
    if def.has_trait(Trait::ConstantLike) {
        return false;
    }
    let operands: Vec<Option<Attribute>> = ir
        .operands(op)
        .iter()
        .map(|&v| value_constant(ctx, ir, v))
        .collect();
    let Some(results) = fold(ctx, ir, op, &operands) else {
        return def.has_trait(Trait::Commutative) && move_constants_right(ir, op, &operands, wl);
    };
    if results.len() != ir.num_results(op) {
        return false;
    }
    let mut values = Vec::with_capacity(results.len());
    let mut created = Vec::new();
    for (i, r) in results.iter().enumerate() {
        match *r {
            FoldResult::Value(v) => values.push(v),
            FoldResult::Attr(a) => {
                // As MLIR's driver: materialized right before the op; the next sweep's
                // folder deduplicates and hoists it.
                let ty = ir.value_type(ir.result(op, i));
                let made = ctx
                    .registry()
                    .constant_materializer(def.dialect())
                    .and_then(|m| m(ctx, ir, a, ty, ir.loc(op)));
                let Some(c) = made else {
                    for c in created {
                        ir.erase_op(c);
                    }
                    return false;
                };
                ir.insert_op_before(op, c);
                created.push(c);
                values.push(ir.result(c, 0));
            }
        }
    }
    if values
        .iter()
        .enumerate()
        .all(|(i, &v)| v == ir.result(op, i))
    {
        return false; // folded to itself: nothing changed
    }
    for c in created {
        wl.op_inserted(ir, c);
    }
    let mut rw = PatternRewriter::new(ctx, ir, wl);
    rw.replace_op(op, &values);
    true
}

/// The fold of the `Commutative` trait, tried when the op's own fold fails (MLIR's
/// `foldCommutative`): constant operands move after the others, in order.
fn move_constants_right(
    ir: &mut Ir,
    op: OpId,
    consts: &[Option<Attribute>],
    wl: &mut Worklist,
) -> bool {
    let operands = ir.operands(op);
    let Some(first_const) = consts.iter().position(Option::is_some) else {
        return false;
    };
    if consts[first_const..].iter().all(Option::is_some) {
        return false;
    }
    let (mut reordered, mut constants) = (operands[..first_const].to_vec(), Vec::new());
    for (i, &v) in operands.iter().enumerate().skip(first_const) {
        if consts[i].is_some() {
            constants.push(v);
        } else {
            reordered.push(v);
        }
    }
    reordered.extend(constants);
    ir.set_operands(op, &reordered);
    wl.op_modified(ir, op);
    true
}

fn ir_result(ir: &Ir, op: OpId) -> ValueId {
    ir.result(op, 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Replaces every `test.flip` with a fresh `test.flip`: never converges.
    struct Flip;
    impl RewritePattern for Flip {
        fn root(&self) -> Option<&'static str> {
            Some("test.flip")
        }
        fn match_and_rewrite(&self, op: OpId, rw: &mut PatternRewriter<'_>) -> bool {
            let loc = rw.ir.loc(op);
            let state = OperationState::new(rw.ctx.op_name("test.flip"), loc);
            rw.set_insertion_point(InsertPoint::Before(op));
            rw.create(state);
            rw.erase_op(op);
            true
        }
    }

    /// Erases `test.once` (converges after one change).
    struct EraseOnce;
    impl RewritePattern for EraseOnce {
        fn root(&self) -> Option<&'static str> {
            Some("test.once")
        }
        fn match_and_rewrite(&self, op: OpId, rw: &mut PatternRewriter<'_>) -> bool {
            rw.erase_op(op);
            true
        }
    }

    fn module_with(ctx: &Context, ir: &mut Ir, names: &[&str]) -> OpId {
        let loc = ctx.unknown_loc();
        let region = ir.create_region();
        let block = ir.create_block(&[]);
        ir.append_block(region, block);
        for n in names {
            let op = ir.create_op(ctx, OperationState::new(ctx.op_name(n), loc));
            ir.append_op(block, op);
        }
        let mut st = OperationState::new(ctx.op_name("test.root"), loc);
        st.regions.push(region);
        ir.create_op(ctx, st)
    }

    #[test]
    fn iteration_limit_is_a_diagnostic() {
        let ctx = Context::new();
        let mut ir = Ir::new();
        let root = module_with(&ctx, &mut ir, &["test.flip"]);
        let patterns: Vec<Box<dyn RewritePattern>> = vec![Box::new(Flip)];
        let config = GreedyConfig {
            max_iterations: 3,
            ..GreedyConfig::default()
        };
        let err = apply_patterns_greedily(&ctx, &mut ir, root, &patterns, config).unwrap_err();
        assert!(err.message.contains("max-iterations=3"), "{}", err.message);
    }

    #[test]
    fn converges_and_reports_change() {
        let ctx = Context::new();
        let mut ir = Ir::new();
        let root = module_with(&ctx, &mut ir, &["test.once", "test.other"]);
        let patterns: Vec<Box<dyn RewritePattern>> = vec![Box::new(EraseOnce)];
        let changed =
            apply_patterns_greedily(&ctx, &mut ir, root, &patterns, GreedyConfig::default());
        assert!(changed.unwrap());
        assert_eq!(ir.num_ops(), 2);
        let again =
            apply_patterns_greedily(&ctx, &mut ir, root, &patterns, GreedyConfig::default());
        assert!(!again.unwrap());
    }
}
