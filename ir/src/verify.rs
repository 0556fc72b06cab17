//! The verifier: structural rules every op obeys, plus what registered ops declare.
//!
//! Key type: [`VerifyCx`] (handed to op-specific verifiers: symbol lookup with a cache).
//! Key function: [`verify`]. Checks, with mlir-opt's wording:
//! - SSA dominance in regions with SSA dominance (a region is a graph region when its op
//!   is unregistered or declares `GraphRegions`, as MLIR's `mayBeGraphRegion`); blocks
//!   unreachable from the entry are not checked, as in MLIR;
//! - terminators (registered terminators last; blocks of registered ops end in one);
//! - successor operands against the successor's block arguments (`BranchOp`);
//! - symbol uniqueness in symbol tables; isolation from above; `HasParent`;
//! - declared operand/result counts and types, attributes, regions, successors;
//! - the op's own verifier.

use std::cell::RefCell;
use std::rc::Rc;

use la_arena::ArenaMap;
use rustc_hash::FxHashMap;

use crate::constraints::satisfies;
use crate::context::{Context, Type};
use crate::diag::{DiagLoc, Diagnostic};
use crate::dialect::{group_sizes, Arity, OpDef, RegionKind, Trait};
use crate::print::{print_op, print_type, PrintOptions};
use crate::structure::{BlockId, Ir, OpId, RegionId, ValueDef, ValueId};
use crate::symbol::SymbolMap;

/// What op-specific verifiers get: the IR plus cached analyses.
pub struct VerifyCx<'a> {
    pub ctx: &'a Context,
    pub ir: &'a Ir,
    positions: ArenaMap<OpId, u32>,
    symbols: RefCell<FxHashMap<OpId, Rc<SymbolMap>>>,
    dominators: RefCell<FxHashMap<RegionId, Rc<Dominators>>>,
}

/// An error at `op`'s location prefixed like MLIR's `emitOpError`: `'name' op message`.
pub fn op_error(ctx: &Context, ir: &Ir, op: OpId, message: impl std::fmt::Display) -> Diagnostic {
    Diagnostic::error(
        DiagLoc::Loc(ir.loc(op)),
        format!("'{}' op {message}", ctx.op_name_str(ir.op_name(op))),
    )
}

/// An error at `op`'s location without the op prefix (MLIR's `emitError`).
pub fn loc_error(ir: &Ir, op: OpId, message: impl Into<String>) -> Diagnostic {
    Diagnostic::error(DiagLoc::Loc(ir.loc(op)), message)
}

/// One op printed in generic form, for messages that show an op.
pub fn describe_op(ctx: &Context, ir: &Ir, op: OpId) -> String {
    print_op(
        ctx,
        ir,
        op,
        PrintOptions {
            generic: true,
            debuginfo: false,
        },
    )
    .trim_end()
    .to_string()
}

impl<'a> VerifyCx<'a> {
    pub fn new(ctx: &'a Context, ir: &'a Ir) -> Self {
        VerifyCx {
            ctx,
            ir,
            positions: ArenaMap::default(),
            symbols: RefCell::default(),
            dominators: RefCell::default(),
        }
    }

    /// The symbols of `table` (cached for the whole verification).
    pub fn symbol_map(&self, table: OpId) -> Rc<SymbolMap> {
        self.symbols
            .borrow_mut()
            .entry(table)
            .or_insert_with(|| Rc::new(SymbolMap::build(self.ctx, self.ir, table)))
            .clone()
    }

    /// Looks `name` up in the symbol table nearest to `from` (MLIR's `lookupNearestSymbolFrom`).
    pub fn lookup_symbol(&self, from: OpId, name: &[u8]) -> Option<OpId> {
        let table =
            crate::symbol::nearest_symbol_table(self.ctx, self.ir, self.ir.parent_op(from)?)?;
        self.symbol_map(table).symbols.get(name).copied()
    }

    fn position(&mut self, op: OpId) -> u32 {
        if let Some(&p) = self.positions.get(op) {
            return p;
        }
        let block = self.ir.parent_block(op).expect("op in a block");
        for (i, o) in self.ir.block_ops(block).enumerate() {
            self.positions.insert(o, i as u32);
        }
        self.positions[op]
    }

    fn dominators(&self, region: RegionId) -> Rc<Dominators> {
        self.dominators
            .borrow_mut()
            .entry(region)
            .or_insert_with(|| Rc::new(Dominators::compute(self.ir, region)))
            .clone()
    }
}

/// Verifies `root` and everything nested in it, in MLIR's order: an op's own invariants on
/// entry, then the ops nested in it (each op isolated from above, such as a function, on its
/// own), then its region invariants on exit (symbol tables, symbol uses, isolation); SSA
/// dominance last, once all of that holds. A failure stops the verification of the ops that
/// enclose it, so each function reports at most its first error, as mlir-opt does.
pub fn verify(ctx: &Context, ir: &Ir, root: OpId) -> Result<(), Vec<Diagnostic>> {
    let mut cx = VerifyCx::new(ctx, ir);
    let mut diags = Vec::new();
    if verify_tree(&mut cx, root, &mut diags) {
        verify_dominance_tree(&mut cx, root, &mut diags);
    }
    if diags.is_empty() {
        Ok(())
    } else {
        Err(diags)
    }
}

fn is_isolated(ctx: &Context, ir: &Ir, op: OpId) -> bool {
    ctx.op_def(ir.op_name(op))
        .is_some_and(|d| d.has_trait(Trait::IsolatedFromAbove))
}

/// The ops directly inside `op`'s regions, split into (others, isolated from above).
fn children(ctx: &Context, ir: &Ir, op: OpId) -> (Vec<OpId>, Vec<OpId>) {
    ir.regions(op)
        .iter()
        .flat_map(|&r| ir.region_blocks(r).iter())
        .flat_map(|&b| ir.block_ops(b))
        .partition(|&o| !is_isolated(ctx, ir, o))
}

/// MLIR's `OperationVerifier::verifyOperation`; false once a failure is recorded.
fn verify_tree(cx: &mut VerifyCx<'_>, op: OpId, diags: &mut Vec<Diagnostic>) -> bool {
    if let Err(d) = verify_on_entrance(cx, op) {
        diags.push(d);
        return false;
    }
    let (nested, isolated) = children(cx.ctx, cx.ir, op);
    for child in nested {
        if !verify_tree(cx, child, diags) {
            return false;
        }
    }
    let mut ok = true;
    for child in isolated {
        ok &= verify_tree(cx, child, diags);
    }
    if !ok {
        return false;
    }
    if let Err(d) = verify_on_exit(cx, op) {
        diags.push(d);
        return false;
    }
    true
}

/// MLIR's `verifyDominanceOfContainedRegions`; false once a failure is recorded.
fn verify_dominance_tree(cx: &mut VerifyCx<'_>, op: OpId, diags: &mut Vec<Diagnostic>) -> bool {
    let (ctx, ir) = (cx.ctx, cx.ir);
    let mut isolated = Vec::new();
    for &region in ir.regions(op) {
        for &block in ir.region_blocks(region) {
            for child in ir.block_ops(block) {
                if let Err(d) = verify_dominance(cx, child) {
                    diags.push(d);
                    return false;
                }
                if ir.regions(child).is_empty() {
                    continue;
                }
                if is_isolated(ctx, ir, child) {
                    isolated.push(child);
                } else if !verify_dominance_tree(cx, child, diags) {
                    return false;
                }
            }
        }
    }
    let mut ok = true;
    for child in isolated {
        ok &= verify_dominance_tree(cx, child, diags);
    }
    ok
}

fn is_graph_region(ctx: &Context, ir: &Ir, region: RegionId) -> bool {
    match ir.region_parent(region) {
        Some(op) => match ctx.op_def(ir.op_name(op)) {
            None => true,
            Some(def) => def.has_trait(Trait::GraphRegions),
        },
        None => true,
    }
}

/// What MLIR checks when it enters an op: its blocks, its declared invariants, its verifier.
fn verify_on_entrance(cx: &mut VerifyCx<'_>, op: OpId) -> Result<(), Diagnostic> {
    let (ctx, ir) = (cx.ctx, cx.ir);
    let def = ctx.op_def(ir.op_name(op));
    if !ir.successors(op).is_empty() && ir.next_op(op).is_some() {
        return Err(loc_error(
            ir,
            op,
            "operation with block successors must terminate its parent block",
        ));
    }
    verify_blocks(cx, op, def)?;
    if let Some(def) = def {
        verify_declared(cx, op, def)?;
        if let Some(verify) = def.verify {
            verify(cx, op)?;
        }
    }
    Ok(())
}

/// What MLIR checks when it leaves an op, its nested ops verified: region traits.
fn verify_on_exit(cx: &mut VerifyCx<'_>, op: OpId) -> Result<(), Diagnostic> {
    let (ctx, ir) = (cx.ctx, cx.ir);
    let Some(def) = ctx.op_def(ir.op_name(op)) else {
        return Ok(());
    };
    // Region traits in the order MLIR's ops declare them: isolation, then the symbol table.
    if def.has_trait(Trait::IsolatedFromAbove) {
        verify_isolated(ctx, ir, op)?;
    }
    if def.has_trait(Trait::SymbolTable) {
        let map = cx.symbol_map(op);
        if let Some(&(first, dup)) = map.duplicates.first() {
            let name = crate::symbol::symbol_name(ctx, ir, dup)
                .map(|n| String::from_utf8_lossy(n).into_owned())
                .unwrap_or_default();
            return Err(
                loc_error(ir, dup, format!("redefinition of symbol named '{name}'")).with_note(
                    DiagLoc::Loc(ir.loc(first)),
                    "see existing symbol definition here",
                ),
            );
        }
        verify_symbol_uses(cx, op)?;
    }
    Ok(())
}

/// Runs the symbol-use checks (`verify_symbol_uses` of each op's declaration) of the ops
/// inside the symbol table `table`, not descending into nested symbol tables.
fn verify_symbol_uses(cx: &mut VerifyCx<'_>, table: OpId) -> Result<(), Diagnostic> {
    let (ctx, ir) = (cx.ctx, cx.ir);
    let mut stack: Vec<OpId> = children(ctx, ir, table)
        .0
        .into_iter()
        .chain(children(ctx, ir, table).1)
        .collect();
    stack.reverse();
    let mut ordered = Vec::new();
    while let Some(op) = stack.pop() {
        ordered.push(op);
        if crate::symbol::is_symbol_table(ctx, ir, op) {
            continue;
        }
        let mut inner: Vec<OpId> = ir
            .regions(op)
            .iter()
            .flat_map(|&r| ir.region_blocks(r).iter())
            .flat_map(|&b| ir.block_ops(b))
            .collect();
        inner.reverse();
        stack.extend(inner);
    }
    for op in ordered {
        if let Some(check) = ctx
            .op_def(ir.op_name(op))
            .and_then(|d| d.verify_symbol_uses)
        {
            check(cx, op)?;
        }
    }
    Ok(())
}

// ----- dominance -----

fn verify_dominance(cx: &mut VerifyCx<'_>, op: OpId) -> Result<(), Diagnostic> {
    let (ctx, ir) = (cx.ctx, cx.ir);
    let Some(block) = ir.parent_block(op) else {
        return Ok(());
    };
    if let Some(region) = ir
        .block_parent_region(block)
        .filter(|&r| ir.region_blocks(r).len() > 1)
    {
        if !cx.dominators(region).is_reachable(block) {
            return Ok(());
        }
    }
    for (i, &v) in ir.operands(op).iter().enumerate() {
        if !dominates(cx, v, op) {
            let mut d = Diagnostic::error(
                DiagLoc::Loc(ir.loc(op)),
                format!("operand #{i} does not dominate this use"),
            );
            let note = match ir.value_def(v) {
                ValueDef::OpResult { op: def_op, .. } => {
                    let (b1, b2) = (ir.parent_block(op), ir.parent_block(def_op));
                    let (r1, r2) = (
                        b1.and_then(|b| ir.block_parent_region(b)),
                        b2.and_then(|b| ir.block_parent_region(b)),
                    );
                    let where_ = if b1 == b2 {
                        "op in the same block"
                    } else if r1 == r2 {
                        "op in the same region"
                    } else if r2.is_some_and(|r2| region_is_proper_ancestor(ir, r2, r1)) {
                        "op in a parent region"
                    } else if r1.is_some_and(|r1| region_is_proper_ancestor(ir, r1, r2)) {
                        "op in a child region"
                    } else {
                        "op is neither in a parent nor in a child region"
                    };
                    Diagnostic::note(
                        DiagLoc::Loc(ir.loc(def_op)),
                        format!("operand defined here ({where_})"),
                    )
                }
                ValueDef::BlockArg { block, index } => {
                    let loc = ir.arg_loc(v).map(DiagLoc::Loc).unwrap_or(DiagLoc::None);
                    let n = ir
                        .block_parent_region(block)
                        .map(|r| {
                            ir.region_blocks(r)
                                .iter()
                                .position(|&b| b == block)
                                .unwrap_or(0)
                        })
                        .unwrap_or(0);
                    Diagnostic::note(
                        loc,
                        format!(
                            "operand defined as a block argument (block #{n}, argument #{index})"
                        ),
                    )
                }
            };
            d.notes.push(note);
            let _ = ctx;
            return Err(d);
        }
    }
    Ok(())
}

fn region_is_proper_ancestor(ir: &Ir, ancestor: RegionId, region: Option<RegionId>) -> bool {
    let mut cur = region;
    while let Some(r) = cur {
        let parent_op = ir.region_parent(r);
        let up = parent_op
            .and_then(|o| ir.parent_block(o))
            .and_then(|b| ir.block_parent_region(b));
        if up == Some(ancestor) {
            return true;
        }
        cur = up;
    }
    false
}

/// Does value `v` properly dominate its use by `user` (MLIR's `properlyDominates`)?
fn dominates(cx: &mut VerifyCx<'_>, v: ValueId, user: OpId) -> bool {
    let ir = cx.ir;
    let (def_block, def_op) = match ir.value_def(v) {
        ValueDef::OpResult { op, .. } => match ir.parent_block(op) {
            Some(b) => (b, Some(op)),
            None => return false,
        },
        ValueDef::BlockArg { block, .. } => (block, None),
    };
    let Some(def_region) = ir.block_parent_region(def_block) else {
        return false;
    };
    // The ancestor of `user` that sits in the def's region.
    let mut anc = user;
    loop {
        let Some(b) = ir.parent_block(anc) else {
            return false;
        };
        if ir.block_parent_region(b) == Some(def_region) {
            break;
        }
        match ir.parent_op(anc) {
            Some(p) => anc = p,
            None => return false,
        }
    }
    let anc_block = ir.parent_block(anc).expect("ancestor is in a block");
    let graph = is_graph_region(cx.ctx, ir, def_region);
    if let Some(def_op) = def_op {
        if def_op == anc {
            return false; // an op's results are not visible inside its own regions
        }
        if anc_block == def_block {
            return graph || cx.position(def_op) < cx.position(anc);
        }
    } else if anc_block == def_block {
        return true;
    }
    graph || cx.dominators(def_region).dominates(def_block, anc_block)
}

/// Block dominators of one region (Cooper, Harvey & Kennedy's iterative algorithm).
/// Written by hand: no crate works on our arena CFGs without copying them into its graph.
pub struct Dominators {
    index: FxHashMap<BlockId, usize>,
    /// Immediate dominator per block index, `usize::MAX` for unreachable blocks.
    idom: Vec<usize>,
}

impl Dominators {
    pub fn compute(ir: &Ir, region: RegionId) -> Dominators {
        let blocks = ir.region_blocks(region);
        let index: FxHashMap<BlockId, usize> =
            blocks.iter().enumerate().map(|(i, &b)| (b, i)).collect();
        let n = blocks.len();
        let succs: Vec<Vec<usize>> = blocks
            .iter()
            .map(|&b| {
                ir.last_op(b)
                    .map(|t| {
                        ir.successors(t)
                            .iter()
                            .filter_map(|s| index.get(s).copied())
                            .collect()
                    })
                    .unwrap_or_default()
            })
            .collect();
        // Reverse post-order from the entry.
        let mut order = Vec::with_capacity(n);
        let mut seen = vec![false; n];
        if n > 0 {
            let mut stack = vec![(0usize, 0usize)];
            seen[0] = true;
            while let Some((b, i)) = stack.pop() {
                if i < succs[b].len() {
                    stack.push((b, i + 1));
                    let s = succs[b][i];
                    if !seen[s] {
                        seen[s] = true;
                        stack.push((s, 0));
                    }
                } else {
                    order.push(b);
                }
            }
        }
        order.reverse();
        let mut rpo = vec![usize::MAX; n];
        for (i, &b) in order.iter().enumerate() {
            rpo[b] = i;
        }
        let mut preds = vec![Vec::new(); n];
        for (b, ss) in succs.iter().enumerate() {
            for &s in ss {
                preds[s].push(b);
            }
        }
        let mut idom = vec![usize::MAX; n];
        if n > 0 {
            idom[0] = 0;
        }
        let mut changed = true;
        while changed {
            changed = false;
            for &b in order.iter().skip(1) {
                let mut new = usize::MAX;
                for &p in &preds[b] {
                    if idom[p] == usize::MAX {
                        continue;
                    }
                    new = if new == usize::MAX {
                        p
                    } else {
                        intersect(&idom, &rpo, p, new)
                    };
                }
                if new != usize::MAX && idom[b] != new {
                    idom[b] = new;
                    changed = true;
                }
            }
        }
        Dominators { index, idom }
    }

    pub fn is_reachable(&self, b: BlockId) -> bool {
        self.index
            .get(&b)
            .is_some_and(|&i| self.idom[i] != usize::MAX)
    }

    /// Does `a` dominate `b`? Unreachable `b` is dominated by everything (as in MLIR).
    pub fn dominates(&self, a: BlockId, b: BlockId) -> bool {
        let (Some(&a), Some(&b)) = (self.index.get(&a), self.index.get(&b)) else {
            return false;
        };
        if self.idom[b] == usize::MAX {
            return true;
        }
        let mut cur = b;
        loop {
            if cur == a {
                return true;
            }
            if cur == 0 {
                return false;
            }
            cur = self.idom[cur];
        }
    }
}

fn intersect(idom: &[usize], rpo: &[usize], mut a: usize, mut b: usize) -> usize {
    while a != b {
        while rpo[a] > rpo[b] {
            a = idom[a];
        }
        while rpo[b] > rpo[a] {
            b = idom[b];
        }
    }
    a
}

// ----- blocks, terminators, successors -----

fn verify_blocks(
    cx: &mut VerifyCx<'_>,
    op: OpId,
    def: Option<&'static OpDef>,
) -> Result<(), Diagnostic> {
    let (ctx, ir) = (cx.ctx, cx.ir);
    let needs_terminator = def.is_some_and(|d| !d.has_trait(Trait::NoTerminator));
    for (ri, &region) in ir.regions(op).iter().enumerate() {
        let blocks = ir.region_blocks(region);
        for (bi, &block) in blocks.iter().enumerate() {
            if needs_terminator {
                match ir.last_op(block) {
                    None => {
                        return Err(Diagnostic::error(
                            DiagLoc::Loc(ir.loc(op)),
                            "empty block: expect at least a terminator",
                        ));
                    }
                    Some(last) => {
                        if ctx
                            .op_def(ir.op_name(last))
                            .is_some_and(|d| !d.is_terminator())
                        {
                            return Err(loc_error(
                                ir,
                                last,
                                format!(
                                    "block with no terminator, has {}",
                                    describe_op(ctx, ir, last)
                                ),
                            ));
                        }
                    }
                }
            }
            for o in ir.block_ops(block) {
                // Successors must be blocks of the same region, never its entry block.
                for &s in ir.successors(o) {
                    if ir.block_parent_region(s) != Some(region) {
                        return Err(op_error(
                            ctx,
                            ir,
                            o,
                            "reference to block defined in another region",
                        ));
                    }
                    if blocks.first() == Some(&s) {
                        return Err(op_error(
                            ctx,
                            ir,
                            op,
                            format!("entry block of region #{ri} may not have predecessors"),
                        ));
                    }
                }
            }
            let _ = bi;
        }
    }
    Ok(())
}

// ----- declared constraints -----

fn count_words(groups: &[crate::dialect::ArgDef]) -> String {
    let fixed = groups.iter().filter(|g| g.arity == Arity::Single).count();
    if groups.iter().any(|g| g.arity != Arity::Single) {
        format!("{fixed} or more")
    } else {
        fixed.to_string()
    }
}

fn verify_declared(cx: &mut VerifyCx<'_>, op: OpId, def: &'static OpDef) -> Result<(), Diagnostic> {
    let (ctx, ir) = (cx.ctx, cx.ir);
    // Parent and position.
    if let Some(parents) = def.traits.iter().find_map(|t| match t {
        Trait::HasParent(p) => Some(*p),
        _ => None,
    }) {
        let parent = ir.parent_op(op).map(|p| ctx.op_name_str(ir.op_name(p)));
        if !parent.is_some_and(|p| parents.contains(&p)) {
            // MLIR quotes the list as a whole: `one of 'a, b'`.
            let msg = if parents.len() == 1 {
                format!("expects parent op '{}'", parents[0])
            } else {
                format!("expects parent op to be one of '{}'", parents.join(", "))
            };
            return Err(op_error(ctx, ir, op, msg));
        }
    }
    if def.is_terminator() && ir.next_op(op).is_some() {
        return Err(op_error(
            ctx,
            ir,
            op,
            "must be the last operation in the parent block",
        ));
    }
    // Operands.
    let segmented = def.has_trait(Trait::AttrSizedOperandSegments);
    let n_operands = ir.operands(op).len();
    let Some(sizes) = group_sizes(
        ctx,
        ir,
        op,
        def.operands,
        n_operands,
        segmented,
        "operandSegmentSizes",
    ) else {
        if segmented {
            return Err(op_error(ctx, ir, op, format!("operand count ({n_operands}) does not match with the total size specified in attribute 'operandSegmentSizes'")));
        }
        return Err(op_error(
            ctx,
            ir,
            op,
            format!(
                "expected {} operands, but found {n_operands}",
                count_words(def.operands)
            ),
        ));
    };
    let operand_types: Vec<Type> = ir.operands(op).iter().map(|&v| ir.value_type(v)).collect();
    check_group_types(ctx, ir, op, "operand", def.operands, &sizes, &operand_types)?;
    // Results.
    let n_results = ir.num_results(op);
    let Some(sizes) = group_sizes(
        ctx,
        ir,
        op,
        def.results,
        n_results,
        false,
        "resultSegmentSizes",
    ) else {
        return Err(op_error(
            ctx,
            ir,
            op,
            format!(
                "expected {} results, but found {n_results}",
                count_words(def.results)
            ),
        ));
    };
    let result_types: Vec<Type> = ir.results(op).iter().map(|v| ir.value_type(v)).collect();
    check_group_types(ctx, ir, op, "result", def.results, &sizes, &result_types)?;
    // Attributes.
    for a in def.attributes {
        match ir.attr(ctx, op, a.name) {
            None if !a.optional => {
                return Err(op_error(
                    ctx,
                    ir,
                    op,
                    format!("requires attribute '{}'", a.name),
                ))
            }
            Some(v) if !(a.constraint.check)(ctx, v) => {
                return Err(op_error(
                    ctx,
                    ir,
                    op,
                    format!(
                        "attribute '{}' failed to satisfy constraint: {}",
                        a.name, a.constraint.description
                    ),
                ));
            }
            _ => {}
        }
    }
    // Regions.
    let regions = ir.regions(op);
    let variadic_regions = def.regions.iter().any(|r| r.variadic);
    if (!variadic_regions && regions.len() != def.regions.len())
        || (variadic_regions && regions.len() + 1 < def.regions.len())
    {
        return Err(op_error(
            ctx,
            ir,
            op,
            format!("requires {} regions", def.regions.len()),
        ));
    }
    for (i, (r, rd)) in regions.iter().zip(def.regions).enumerate() {
        if rd.kind == RegionKind::SingleBlock && ir.region_blocks(*r).len() != 1 {
            return Err(op_error(
                ctx,
                ir,
                op,
                format!(
                    "region #{i} ('{}') failed to verify constraint: region with 1 blocks",
                    rd.name
                ),
            ));
        }
    }
    // Successors.
    let succs = ir.successors(op);
    let variadic_succs = def.successors.iter().any(|s| s.variadic);
    if (!variadic_succs && succs.len() != def.successors.len())
        || (variadic_succs && succs.len() + 1 < def.successors.len())
    {
        let s = if def.successors.len() == 1 { "" } else { "s" };
        return Err(op_error(
            ctx,
            ir,
            op,
            format!(
                "requires {} successor{s} but found {}",
                def.successors.len(),
                succs.len()
            ),
        ));
    }
    // Traits.
    if def.has_trait(Trait::SameOperandsAndResultType) {
        let mut tys = ir
            .operands(op)
            .iter()
            .map(|&v| ir.value_type(v))
            .chain(ir.results(op).iter().map(|v| ir.value_type(v)));
        if let Some(first) = tys.next() {
            if tys.any(|t| t != first) {
                return Err(op_error(
                    ctx,
                    ir,
                    op,
                    "requires the same type for all operands and results",
                ));
            }
        }
    }
    if def.has_trait(Trait::BranchOp) {
        verify_branch(cx, op, def)?;
    }
    if def.has_trait(Trait::Symbol) && !def.has_trait(Trait::SymbolTable) {
        if let Some(parent) = ir.parent_op(op) {
            // An unregistered parent might be a symbol table (MLIR's `mightHaveTrait`).
            let registered = ctx.op_def(ir.op_name(parent)).is_some();
            if registered && !crate::symbol::is_symbol_table(ctx, ir, parent) {
                return Err(op_error(
                    ctx,
                    ir,
                    op,
                    "symbol's parent must have the SymbolTable trait",
                ));
            }
        }
    }
    Ok(())
}

/// Each value of each group satisfies the group's type constraint (ODS's wording).
fn check_group_types(
    ctx: &Context,
    ir: &Ir,
    op: OpId,
    what: &str,
    groups: &[crate::dialect::ArgDef],
    sizes: &[usize],
    types: &[Type],
) -> Result<(), Diagnostic> {
    let mut index = 0;
    for (g, &size) in groups.iter().zip(sizes) {
        for &ty in &types[index..index + size] {
            if !satisfies(ctx, &g.constraint, ty) {
                return Err(op_error(
                    ctx,
                    ir,
                    op,
                    format!(
                        "{what} #{index} must be {}, but got '{}'",
                        g.constraint.description,
                        print_type(ctx, ty)
                    ),
                ));
            }
            index += 1;
        }
    }
    Ok(())
}

fn verify_branch(cx: &mut VerifyCx<'_>, op: OpId, def: &OpDef) -> Result<(), Diagnostic> {
    let (ctx, ir) = (cx.ctx, cx.ir);
    let first_group = def.operands.len() - def.successors.len();
    for (si, &s) in ir.successors(op).iter().enumerate() {
        let range =
            crate::dialect::operand_group_range(ctx, ir, op, def, first_group + si).unwrap_or(0..0);
        verify_successor_operands(ir, op, si, s, &ir.operands(op)[range])?;
    }
    Ok(())
}

/// Checks that `operands`, which `op` passes to its successor `si` (block `dest`), match
/// the block's arguments in number and types (MLIR's `BranchOpInterface` verifier).
pub fn verify_successor_operands(
    ir: &Ir,
    op: OpId,
    si: usize,
    dest: BlockId,
    operands: &[ValueId],
) -> Result<(), Diagnostic> {
    let args = ir.block_args(dest);
    if operands.len() != args.len() {
        return Err(loc_error(
            ir,
            op,
            format!(
                "branch has {} operands for successor #{si}, but target block has {}",
                operands.len(),
                args.len()
            ),
        ));
    }
    for (i, (&v, &a)) in operands.iter().zip(args).enumerate() {
        if ir.value_type(v) != ir.value_type(a) {
            return Err(loc_error(
                ir,
                op,
                format!("type mismatch for bb argument #{i} of successor #{si}"),
            ));
        }
    }
    Ok(())
}

fn verify_isolated(ctx: &Context, ir: &Ir, isolated: OpId) -> Result<(), Diagnostic> {
    let mut result = Ok(());
    for &region in ir.regions(isolated) {
        for &block in ir.region_blocks(region) {
            for op in ir.block_ops(block) {
                ir.walk_preorder(op, &mut |inner| {
                    if result.is_err() {
                        return;
                    }
                    for &v in ir.operands(inner) {
                        let Some(def_block) = ir.value_block(v) else {
                            continue;
                        };
                        let inside = ir
                            .block_parent_op(def_block)
                            .is_some_and(|p| p == isolated || ir.is_ancestor(isolated, p));
                        if !inside {
                            result = Err(op_error(
                                ctx,
                                ir,
                                inner,
                                "using value defined outside the region",
                            )
                            .with_note(
                                DiagLoc::Loc(ir.loc(isolated)),
                                "required by region isolation constraints",
                            ));
                            return;
                        }
                    }
                });
            }
        }
    }
    result
}
