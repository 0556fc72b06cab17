//! The cf dialect (MLIR's unstructured control flow): `cf.br`, `cf.cond_br`, `cf.switch`,
//! `cf.assert`, with MLIR's cheap canonicalizations (constant conditions and flags,
//! identical destinations, a branch to a block with a single predecessor, asserts that
//! always hold).

use ir::asm::{AsmParser, PResult, Punct};
use ir::attributes::{AttrKind, DenseData};
use ir::constraints::{ANY_INTEGER, ANY_TYPE, DENSE_I32_ARRAY, I1, STR_ATTR};
use ir::define_op;
use ir::dialect::{operand_group_range, AttrConstraint, AttrSyntax, CustomAsm, Dialect};
use ir::print::{print_type, AsmPrinter};
use ir::rewrite::{value_constant, InsertPoint, PatternRewriter};
use ir::verify::{op_error, verify_successor_operands, VerifyCx};
use ir::{Attribute, BlockId, Context, Diagnostic, Ir, OpId, OperationState, ValueId};

use crate::common::{
    dense_i32_attr, elem_or_self, fn_pattern, named, parse_typed_operands, replace_op_with_new,
    segment_sizes, wrap_to_width,
};

define_op! {
    /// Branches to `dest`, passing `destOperands` as its block arguments.
    pub struct BranchOp = "cf.br" {
        operands: { destOperands: Variadic(ANY_TYPE) },
        successors: { dest: Single },
        traits: [Pure, Terminator, BranchOp],
        format: "$dest (`(` $destOperands^ `:` type($destOperands) `)`)? attr-dict",
        canonicalize: |p| {
            p.push(fn_pattern(crate::cf::BranchOp::NAME, branch_to_single_predecessor));
            p.push(fn_pattern(crate::cf::BranchOp::NAME, pass_through));
        },
    }
}

define_op! {
    /// Branches to `trueDest` if `condition` holds, else to `falseDest`.
    pub struct CondBranchOp = "cf.cond_br" {
        operands: { condition: Single(I1), trueDestOperands: Variadic(ANY_TYPE), falseDestOperands: Variadic(ANY_TYPE) },
        successors: { trueDest: Single, falseDest: Single },
        traits: [AttrSizedOperandSegments, Pure, Terminator, BranchOp],
        format: "$condition `,` $trueDest (`(` $trueDestOperands^ `:` type($trueDestOperands) `)`)? `,` $falseDest (`(` $falseDestOperands^ `:` type($falseDestOperands) `)`)? attr-dict",
        canonicalize: |p| {
            p.push(fn_pattern(CondBranchOp::NAME, simplify_cond_branch));
            p.push(fn_pattern(CondBranchOp::NAME, pass_through));
        },
        successor_for_constants: |ctx, _, _, c| Some(usize::from(attr_int(ctx, c[0]?)? == 0)),
    }
}

const INT_ELEMENTS_ATTR: AttrConstraint = AttrConstraint {
    syntax: AttrSyntax::Attribute,
    description: "integer elements attribute",
    check: |ctx, a| {
        matches!(
            ctx.attr_kind(a),
            AttrKind::DenseElements {
                data: DenseData::Int(_),
                ..
            }
        )
    },
};

define_op! {
    /// Branches to the destination whose case value equals `flag`, else to
    /// `defaultDestination`. `caseOperands` holds each case's block arguments in turn,
    /// `case_operand_segments` their counts.
    pub struct SwitchOp = "cf.switch" {
        operands: { flag: Single(ANY_INTEGER), defaultOperands: Variadic(ANY_TYPE), caseOperands: Variadic(ANY_TYPE) },
        attributes: { case_values: Optional(INT_ELEMENTS_ATTR), case_operand_segments: Required(DENSE_I32_ARRAY) },
        successors: { defaultDestination: Single, caseDestinations: Variadic },
        traits: [AttrSizedOperandSegments, Pure, Terminator],
        custom_asm: CustomAsm { print: print_switch, parse: parse_switch },
        verify: verify_switch,
        canonicalize: |p| {
            p.push(fn_pattern(SwitchOp::NAME, simplify_switch));
            p.push(fn_pattern(SwitchOp::NAME, simplify_switch_cases));
        },
        successor_for_constants: switch_successor,
    }
}

define_op! {
    /// Aborts with `msg` at run time unless `arg` holds.
    pub struct AssertOp = "cf.assert" {
        operands: { arg: Single(I1) },
        attributes: { msg: Required(STR_ATTR) },
        traits: [MemWrite],
        format: "$arg `,` $msg attr-dict",
        canonicalize: |p| p.push(fn_pattern(AssertOp::NAME, erase_assert_true)),
    }
}

pub fn dialect() -> Dialect {
    Dialect::with_ops(
        "cf",
        "MLIR's unstructured control flow dialect",
        vec![
            BranchOp::def(),
            CondBranchOp::def(),
            SwitchOp::def(),
            AssertOp::def(),
        ],
    )
}

// ----- cf.switch -----

/// `cf.switch %flag : i32, [` then one line per destination, `default: ^bb1(%a : f32)`
/// first, then `42: ^bb2`, and `]` (MLIR prints case values unsigned: `-1 : i32` is
/// `4294967295`).
fn print_switch(p: &mut AsmPrinter<'_>, op: OpId) {
    let s = SwitchOp {
        ctx: p.ctx,
        ir: p.ir,
        op,
    };
    let flag_ty = p.ir.value_type(s.flag());
    p.write("cf.switch ");
    p.print_value(s.flag());
    p.write(" : ");
    p.print_type(flag_ty);
    p.write(", [");
    p.print_newline();
    p.write("  default: ");
    p.print_successor_and_operands(s.defaultDestination(), s.defaultOperands());
    if s.case_values().is_some() {
        let width = p.ctx.int_or_float_width(flag_ty).unwrap_or(64).min(64);
        let mask = if width == 64 {
            u64::MAX
        } else {
            (1u64 << width) - 1
        };
        let groups = s.case_operand_groups();
        let values = case_values(p.ctx, s.case_values());
        for (i, v) in values.iter().enumerate() {
            p.write(",");
            p.print_newline();
            p.write(&format!("  {}: ", (*v as u64) & mask));
            p.print_successor_and_operands(
                s.caseDestinations()[i],
                groups.get(i).copied().unwrap_or(&[]),
            );
        }
        p.print_newline();
    }
    p.write("]");
    let entries = p.op_attr_entries(op);
    p.print_optional_attr_dict(
        &entries,
        &[
            "case_values",
            "case_operand_segments",
            "operandSegmentSizes",
        ],
    );
}

/// `^bb1` or `^bb1(%a, %b : f32, i32)`; returns the block and the resolved operands.
fn parse_successor_and_operands(p: &mut dyn AsmParser) -> PResult<(BlockId, Vec<ValueId>)> {
    let dest = p.parse_successor()?;
    if !p.parse_optional_punct(Punct::LParen) {
        return Ok((dest, Vec::new()));
    }
    Ok((dest, parse_typed_operands(p)?))
}

fn parse_switch(p: &mut dyn AsmParser, state: &mut OperationState) -> PResult<()> {
    let flag = p.parse_operand()?;
    let at = p.offset();
    p.parse_punct(Punct::Colon)?;
    let flag_ty = p.parse_type()?;
    let flag = p.resolve_operands(&[flag], &[flag_ty], at)?[0];
    p.parse_punct(Punct::Comma)?;
    p.parse_punct(Punct::LSquare)?;
    p.parse_keyword("default")?;
    p.parse_punct(Punct::Colon)?;
    let (default_dest, default_operands) = parse_successor_and_operands(p)?;
    let width = p.ctx().int_or_float_width(flag_ty).unwrap_or(64);
    let (mut values, mut dests, mut case_groups) = (vec![], vec![], vec![]);
    while p.parse_optional_punct(Punct::Comma) {
        let Some(v) = p.parse_optional_integer()? else {
            return Err(p.error("expected integer value"));
        };
        // As MLIR's `APInt(width, value, isSigned)`: the value wraps to the flag's width.
        values.push(wrap_to_width(v, width));
        p.parse_punct(Punct::Colon)?;
        let (dest, ops) = parse_successor_and_operands(p)?;
        dests.push(dest);
        case_groups.push(ops);
    }
    p.parse_punct(Punct::RSquare)?;
    state.attrs.extend(p.parse_optional_attr_dict()?);
    let cases = values
        .into_iter()
        .zip(dests)
        .zip(case_groups)
        .map(|((v, d), o)| (v, d, o));
    fill_switch_state(
        p.ctx(),
        state,
        (flag, flag_ty),
        (default_dest, default_operands),
        cases.collect(),
    );
    Ok(())
}

/// A switch edge: its destination and the operands passed to it.
type Edge = (BlockId, Vec<ValueId>);

/// Fills the operands, successors and properties of a `cf.switch` on `flag` with these
/// cases (value, destination, operands).
fn fill_switch_state(
    ctx: &Context,
    state: &mut OperationState,
    (flag, flag_ty): (ValueId, ir::Type),
    default: Edge,
    cases: Vec<(i128, BlockId, Vec<ValueId>)>,
) {
    let segments: Vec<i128> = cases.iter().map(|c| c.2.len() as i128).collect();
    let case_total: i128 = segments.iter().sum();
    let mut props = vec![named(
        ctx,
        "case_operand_segments",
        dense_i32_attr(ctx, &segments),
    )];
    let values: Vec<i128> = cases.iter().map(|c| c.0).collect();
    if !values.is_empty() {
        let ty = ctx.intern_type(ir::TypeKind::Vector {
            shape: [values.len() as i64].into(),
            scalable: [false].into(),
            elem: flag_ty,
        });
        let splat = values.iter().all(|&v| v == values[0]);
        let data = DenseData::Int(if splat {
            values[..1].into()
        } else {
            values.into()
        });
        props.push(named(
            ctx,
            "case_values",
            ctx.intern_attr(AttrKind::DenseElements { ty, splat, data }),
        ));
    }
    props.push(segment_sizes(
        ctx,
        &[1, default.1.len() as i128, case_total],
    ));
    state.props.get_or_insert_with(Vec::new).extend(props);
    state.operands.push(flag);
    state.operands.extend(default.1);
    state.successors.push(default.0);
    for (_, dest, operands) in cases {
        state.operands.extend(operands);
        state.successors.push(dest);
    }
}

/// The case values of a switch (none when `case_values` is absent).
fn case_values(ctx: &Context, a: Option<Attribute>) -> Vec<i128> {
    match a.map(|a| ctx.attr_kind(a)) {
        Some(AttrKind::DenseElements {
            ty,
            splat,
            data: DenseData::Int(v),
        }) => {
            let n = ctx
                .shape_and_elem(*ty)
                .map_or(v.len(), |(s, _)| s.iter().product::<i64>().max(0) as usize);
            if *splat {
                vec![v.first().copied().unwrap_or(0); n]
            } else {
                v.to_vec()
            }
        }
        _ => Vec::new(),
    }
}

impl SwitchOp<'_> {
    /// The block arguments passed to each case destination.
    pub fn case_operand_groups(&self) -> Vec<&[ValueId]> {
        let all = self.caseOperands();
        let sizes = match self.case_operand_segments().map(|a| self.ctx.attr_kind(a)) {
            Some(AttrKind::DenseArray {
                data: DenseData::Int(v),
                ..
            }) => v.to_vec(),
            _ => Vec::new(),
        };
        let mut start = 0;
        sizes
            .iter()
            .map(|&n| {
                let end = (start + n.max(0) as usize).min(all.len());
                let group = &all[start.min(end)..end];
                start = end;
                group
            })
            .collect()
    }

    /// `(destination, operands)` taken when `flag` has value `v`.
    fn target(&self, v: i128) -> (BlockId, Vec<ValueId>) {
        let values = case_values(self.ctx, self.case_values());
        let groups = self.case_operand_groups();
        match values.iter().position(|&c| c == v) {
            Some(i) => (self.caseDestinations()[i], groups[i].to_vec()),
            None => (self.defaultDestination(), self.defaultOperands().to_vec()),
        }
    }
}

fn verify_switch(cx: &VerifyCx<'_>, op: OpId) -> Result<(), Diagnostic> {
    let (ctx, ir) = (cx.ctx, cx.ir);
    let s = SwitchOp { ctx, ir, op };
    let groups = s.case_operand_groups();
    let total: usize = groups.iter().map(|g| g.len()).sum();
    if total != s.caseOperands().len() {
        return Err(op_error(ctx, ir, op, format!(
            "caseOperands count ({}) does not match with the total size ({total}) specified in attribute 'case_operand_segments'",
            s.caseOperands().len()
        )));
    }
    let ncases = s.caseDestinations().len();
    if let Some(values) = s.case_values() {
        let flag_ty = ir.value_type(s.flag());
        if let AttrKind::DenseElements { ty, .. } = ctx.attr_kind(values) {
            let elem = elem_or_self(ctx, *ty);
            if elem != flag_ty {
                return Err(op_error(
                    ctx,
                    ir,
                    op,
                    format!(
                        "'flag' type ('{}') should match case value type ('{}')",
                        print_type(ctx, flag_ty),
                        print_type(ctx, elem)
                    ),
                ));
            }
        }
        let n = case_values(ctx, Some(values)).len();
        if n != ncases {
            return Err(op_error(
                ctx,
                ir,
                op,
                format!(
                    "number of case values ({n}) should match number of case destinations ({ncases})"
                ),
            ));
        }
    } else if ncases != 0 {
        return Err(op_error(
            ctx,
            ir,
            op,
            format!(
                "number of case values (0) should match number of case destinations ({ncases})"
            ),
        ));
    }
    let mut edges = vec![(s.defaultDestination(), s.defaultOperands())];
    edges.extend(s.caseDestinations().iter().copied().zip(groups));
    for (si, (block, operands)) in edges.into_iter().enumerate() {
        verify_successor_operands(ir, op, si, block, operands)?;
    }
    Ok(())
}

// ----- canonicalizations -----

/// The value of an integer or `i1` attribute.
fn attr_int(ctx: &Context, a: Attribute) -> Option<i128> {
    match ctx.attr_kind(a) {
        AttrKind::Integer { value, .. } => Some(*value),
        AttrKind::Bool(b) => Some(i128::from(*b)),
        _ => None,
    }
}

/// The integer value of a constant `i1`/integer operand.
fn constant_int(ctx: &Context, ir: &Ir, v: ValueId) -> Option<i128> {
    attr_int(ctx, value_constant(ctx, ir, v)?)
}

/// The successor a switch on a constant flag takes: its case's, else the default (0).
fn switch_successor(ctx: &Context, ir: &Ir, op: OpId, c: &[Option<Attribute>]) -> Option<usize> {
    let flag = attr_int(ctx, c[0]?)?;
    let s = SwitchOp { ctx, ir, op };
    let values = case_values(ctx, s.case_values());
    Some(values.iter().position(|&v| v == flag).map_or(0, |i| i + 1))
}

/// Replaces the terminator `op` by `cf.br dest(operands)`.
fn replace_with_br(rw: &mut PatternRewriter<'_>, op: OpId, dest: BlockId, operands: Vec<ValueId>) {
    let mut st = OperationState::new(rw.ctx.op_name(BranchOp::NAME), rw.ir.loc(op));
    st.operands = operands;
    st.successors.push(dest);
    replace_op_with_new(rw, op, st);
}

/// The number of branch edges into `block` from the terminators of its region.
fn predecessor_edges(ir: &Ir, block: BlockId) -> usize {
    let Some(region) = ir.block_parent_region(block) else {
        return 0;
    };
    ir.region_blocks(region)
        .iter()
        .filter_map(|&b| ir.last_op(b))
        .map(|t| ir.successors(t).iter().filter(|&&s| s == block).count())
        .sum()
}

/// `cf.br ^bb1(...)` where `^bb1` has no other predecessor: `^bb1` is merged into the
/// branching block (MLIR's `SimplifyBrToBlockWithSinglePred`).
fn branch_to_single_predecessor(op: OpId, rw: &mut PatternRewriter<'_>) -> bool {
    let ir = &*rw.ir;
    let (Some(block), Some(&dest)) = (ir.parent_block(op), ir.successors(op).first()) else {
        return false;
    };
    let entry = ir
        .block_parent_region(dest)
        .and_then(|r| ir.region_blocks(r).first().copied());
    if dest == block || entry == Some(dest) || predecessor_edges(ir, dest) != 1 {
        return false;
    }
    let operands = ir.operands(op).to_vec();
    let users: Vec<OpId> = ir
        .block_args(dest)
        .iter()
        .flat_map(|&a| ir.uses(a).iter().map(|u| u.op))
        .collect();
    rw.erase_op(op);
    rw.ir.merge_blocks(dest, block, &operands);
    for u in users {
        rw.modify_op_in_place(u, |_| {});
    }
    true
}

/// `cf.cond_br` on a constant condition, or to one destination with the same operands
/// either way, is a `cf.br` (MLIR's `SimplifyConstCondBranchPred` and
/// `SimplifyCondBranchIdenticalSuccessors`).
fn simplify_cond_branch(op: OpId, rw: &mut PatternRewriter<'_>) -> bool {
    let (ctx, ir) = (rw.ctx, &*rw.ir);
    let b = CondBranchOp { ctx, ir, op };
    let (t, f) = (
        b.trueDestOperands().to_vec(),
        b.falseDestOperands().to_vec(),
    );
    let (td, fd) = (b.trueDest(), b.falseDest());
    let (dest, operands) = match constant_int(ctx, ir, b.condition()) {
        Some(0) => (fd, f),
        Some(_) => (td, t),
        None if td == fd && t == f => (td, t),
        // Different operands to one destination become selects, when nothing else
        // branches there (MLIR's `SimplifyCondBranchIdenticalSuccessors`).
        None if td == fd && unique_predecessor(ir, td) == ir.parent_block(op) => {
            let cond = b.condition();
            rw.set_insertion_point(InsertPoint::Before(op));
            let merged = t
                .iter()
                .zip(&f)
                .map(|(&x, &y)| {
                    if x == y {
                        x
                    } else {
                        create_select(rw, op, cond, x, y)
                    }
                })
                .collect();
            (td, merged)
        }
        None => return false,
    };
    replace_with_br(rw, op, dest, operands);
    true
}

/// `arith.select %cond, %x, %y` before the insertion point, at `op`'s location.
fn create_select(
    rw: &mut PatternRewriter<'_>,
    op: OpId,
    cond: ValueId,
    x: ValueId,
    y: ValueId,
) -> ValueId {
    let mut st = OperationState::new(rw.ctx.op_name("arith.select"), rw.ir.loc(op));
    st.operands = vec![cond, x, y];
    st.result_types.push(rw.ir.value_type(x));
    let select = rw.create(st);
    rw.ir.result(select, 0)
}

/// The block every branch into `block` comes from, if there is exactly one such block
/// (MLIR's `getUniquePredecessor`).
fn unique_predecessor(ir: &Ir, block: BlockId) -> Option<BlockId> {
    let region = ir.block_parent_region(block)?;
    let mut preds = ir.region_blocks(region).iter().copied().filter(|&b| {
        ir.last_op(b)
            .is_some_and(|t| ir.successors(t).contains(&block))
    });
    let first = preds.next()?;
    preds.next().is_none().then_some(first)
}

/// Where a branch to `block` with `operands` can go directly when `block` only forwards
/// its arguments with a `cf.br` (MLIR's `collapseBranch`).
fn collapse_branch(
    ctx: &Context,
    ir: &Ir,
    block: BlockId,
    operands: &[ValueId],
) -> Option<(BlockId, Vec<ValueId>)> {
    let br = ir.first_op(block)?;
    if ir.last_op(block) != Some(br) || BranchOp::cast(ctx, ir, br).is_none() {
        return None;
    }
    let args = ir.block_args(block);
    if args.iter().any(|&a| ir.uses(a).iter().any(|u| u.op != br)) {
        return None;
    }
    let dest = *ir.successors(br).first()?;
    if dest == block {
        return None;
    }
    let forwarded = ir
        .operands(br)
        .iter()
        .map(|v| match args.iter().position(|a| a == v) {
            Some(i) => operands.get(i).copied(),
            None => Some(*v),
        })
        .collect::<Option<_>>()?;
    Some((dest, forwarded))
}

/// Branches through a block that only branches on skip it (MLIR's
/// `SimplifyPassThroughBr` and `SimplifyPassThroughCondBranch`).
fn pass_through(op: OpId, rw: &mut PatternRewriter<'_>) -> bool {
    let (ctx, ir) = (rw.ctx, &*rw.ir);
    let Some(def) = ctx.op_def(ir.op_name(op)) else {
        return false;
    };
    let succs = ir.successors(op).to_vec();
    let first_group = def.operands.len() - succs.len();
    let mut changed = false;
    let mut edges = Vec::new();
    for (i, &s) in succs.iter().enumerate() {
        let Some(range) = operand_group_range(ctx, ir, op, def, first_group + i) else {
            return false;
        };
        let operands = ir.operands(op)[range].to_vec();
        match collapse_branch(ctx, ir, s, &operands) {
            Some(edge) => {
                changed = true;
                edges.push(edge);
            }
            None => edges.push((s, operands)),
        }
    }
    if !changed {
        return false;
    }
    let mut st = OperationState::new(ir.op_name(op), ir.loc(op));
    st.operands = ir.operands(op)[..first_group].to_vec();
    let mut sizes = vec![1i128; first_group];
    for (block, operands) in edges {
        sizes.push(operands.len() as i128);
        st.operands.extend(operands);
        st.successors.push(block);
    }
    if def.has_trait(ir::dialect::Trait::AttrSizedOperandSegments) {
        st.props = Some(vec![segment_sizes(ctx, &sizes)]);
    }
    st.attrs = ctx.dict_entries(ir.attrs(op)).to_vec();
    replace_op_with_new(rw, op, st);
    true
}

/// A `cf.switch` destination that only branches on is skipped, and cases that go where
/// the default goes are dropped (MLIR's `SimplifyPassThroughSwitch` and
/// `DropSwitchCasesThatMatchDefault`).
fn simplify_switch_cases(op: OpId, rw: &mut PatternRewriter<'_>) -> bool {
    let (ctx, ir) = (rw.ctx, &*rw.ir);
    let s = SwitchOp { ctx, ir, op };
    let mut collapsed = 0;
    let mut through = |dest: BlockId, operands: &[ValueId]| -> Edge {
        match collapse_branch(ctx, ir, dest, operands) {
            Some(edge) => {
                collapsed += 1;
                edge
            }
            None => (dest, operands.to_vec()),
        }
    };
    let mut dropped = 0;
    let default = through(s.defaultDestination(), s.defaultOperands());
    let values = case_values(ctx, s.case_values());
    let groups = s.case_operand_groups();
    let mut cases = Vec::new();
    for (i, &v) in values.iter().enumerate() {
        let edge = through(
            s.caseDestinations()[i],
            groups.get(i).copied().unwrap_or(&[]),
        );
        if edge == default {
            dropped += 1;
            continue;
        }
        cases.push((v, edge.0, edge.1));
    }
    if collapsed + dropped == 0 {
        return false;
    }
    let flag = (s.flag(), ir.value_type(s.flag()));
    let mut st = OperationState::new(ir.op_name(op), ir.loc(op));
    st.attrs = ctx.dict_entries(ir.attrs(op)).to_vec();
    fill_switch_state(ctx, &mut st, flag, default, cases);
    replace_op_with_new(rw, op, st);
    true
}

/// `cf.switch` with only a default, or on a constant flag, is a `cf.br` (MLIR's
/// `SimplifySwitchWithOnlyDefault` and `SimplifyConstSwitchValue`).
fn simplify_switch(op: OpId, rw: &mut PatternRewriter<'_>) -> bool {
    let (ctx, ir) = (rw.ctx, &*rw.ir);
    let s = SwitchOp { ctx, ir, op };
    let (dest, operands) = if s.caseDestinations().is_empty() {
        (s.defaultDestination(), s.defaultOperands().to_vec())
    } else {
        match constant_int(ctx, ir, s.flag()) {
            Some(v) => s.target(v),
            None => return false,
        }
    };
    replace_with_br(rw, op, dest, operands);
    true
}

/// `cf.assert` of a constant `true` never fires (MLIR's `EraseRedundantAssertions`).
fn erase_assert_true(op: OpId, rw: &mut PatternRewriter<'_>) -> bool {
    if constant_int(rw.ctx, rw.ir, rw.ir.operand(op, 0)) != Some(1) {
        return false;
    }
    rw.erase_op(op);
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splat_case_values_expand_to_every_case() {
        let ctx = crate::context();
        let ty = ctx.intern_type(ir::TypeKind::Vector {
            shape: [3].into(),
            scalable: [false].into(),
            elem: ctx.integer_type(32),
        });
        let a = ctx.intern_attr(AttrKind::DenseElements {
            ty,
            splat: true,
            data: DenseData::Int([7].into()),
        });
        assert_eq!(case_values(&ctx, Some(a)), vec![7, 7, 7]);
        assert!(case_values(&ctx, None).is_empty());
    }
}
