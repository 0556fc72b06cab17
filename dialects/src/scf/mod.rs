//! The scf dialect (MLIR's structured control flow): `scf.for`, `scf.if`, `scf.while`
//! with `scf.condition`, `scf.parallel` with `scf.reduce` and `scf.reduce.return`,
//! `scf.execute_region` and their terminator `scf.yield`, with MLIR's syntax, verifiers,
//! region-branch edges and canonicalizations.

mod canonicalize;

use ir::asm::{Argument, AsmParser, PResult, Punct, UnresolvedOperand};
use ir::attributes::NamedAttr;
use ir::constraints::{ANY_TYPE, I1, INDEX, UNIT_ATTR};
use ir::dialect::{CustomAsm, Dialect, TypeConstraint};
use ir::effects::{RegionFlow, RegionPoint};
use ir::print::{print_type, AsmPrinter};
use ir::verify::{op_error, VerifyCx};
use ir::{
    define_op, Attribute, Context, DiagLoc, Diagnostic, Ir, OpId, OperationState, RegionId, Type,
    ValueId,
};

use crate::common::{int_value, named, parse_operands_in, parse_typed_operands, segment_sizes};

/// ODS's `AnySignlessIntegerOrIndex`.
const INT_OR_INDEX: TypeConstraint = TypeConstraint {
    description: "signless integer or index",
    check: |ctx, ty| ctx.is_index(ty) || ctx.is_signless_integer(ty, None),
    buildable: None,
};

define_op! {
    /// A counted loop from `lowerBound` to `upperBound` by `step`, carrying `initArgs`
    /// through its iterations into its results.
    pub struct ForOp = "scf.for" {
        operands: {
            lowerBound: Single(INT_OR_INDEX),
            upperBound: Single(INT_OR_INDEX),
            step: Single(INT_OR_INDEX),
            initArgs: Variadic(ANY_TYPE),
        },
        results: { results: Variadic(ANY_TYPE) },
        attributes: { unsignedCmp: Optional(UNIT_ATTR) },
        regions: { region: SingleBlock },
        traits: [RecursiveMemoryEffects, SingleBlockImplicitTerminator("scf.yield"), LoopLike],
        custom_asm: CustomAsm { print: print_for, parse: parse_for },
        verify: verify_for,
        canonicalize: canonicalize::for_patterns,
        region_branch: for_branches,
    }
}

define_op! {
    /// Runs `thenRegion` if `condition` holds, else `elseRegion` (which may be empty when
    /// the op has no results).
    pub struct IfOp = "scf.if" {
        operands: { condition: Single(I1) },
        results: { results: Variadic(ANY_TYPE) },
        regions: { thenRegion: SingleBlock, elseRegion: Any },
        traits: [RecursiveMemoryEffects, SingleBlockImplicitTerminator("scf.yield")],
        custom_asm: CustomAsm { print: print_if, parse: parse_if },
        verify: verify_if,
        canonicalize: canonicalize::if_patterns,
        region_branch: if_branches,
    }
}

define_op! {
    /// A loop that runs `before` (ending in `scf.condition`) and, while the condition
    /// holds, `after` (ending in `scf.yield`, whose values go back to `before`).
    pub struct WhileOp = "scf.while" {
        operands: { inits: Variadic(ANY_TYPE) },
        results: { results: Variadic(ANY_TYPE) },
        regions: { before: SingleBlock, after: SingleBlock },
        traits: [RecursiveMemoryEffects, LoopLike],
        custom_asm: CustomAsm { print: print_while, parse: parse_while },
        verify: verify_while,
        canonicalize: canonicalize::while_patterns,
        region_branch: while_branches,
    }
}

define_op! {
    /// Ends the `before` region of `scf.while`: continue with `args` if `condition` holds,
    /// else leave the loop with them.
    pub struct ConditionOp = "scf.condition" {
        operands: { condition: Single(I1), args: Variadic(ANY_TYPE) },
        traits: [Pure, Terminator, HasParent(&["scf.while"])],
        format: "`(` $condition `)` attr-dict ($args^ `:` type($args))?",
    }
}

define_op! {
    /// Ends a region of an scf op, passing `results` on.
    pub struct YieldOp = "scf.yield" {
        operands: { results: Variadic(ANY_TYPE) },
        traits: [Pure, Terminator, ReturnLike],
        format: "attr-dict ($results^ `:` type($results))?",
        verify: verify_yield,
    }
}

define_op! {
    /// A parallel loop nest over the index space `[lowerBound, upperBound)` by `step`,
    /// combining values through the reductions of its `scf.reduce` terminator.
    pub struct ParallelOp = "scf.parallel" {
        operands: {
            lowerBound: Variadic(INDEX),
            upperBound: Variadic(INDEX),
            step: Variadic(INDEX),
            initVals: Variadic(ANY_TYPE),
        },
        results: { results: Variadic(ANY_TYPE) },
        regions: { region: SingleBlock },
        traits: [
            AttrSizedOperandSegments,
            RecursiveMemoryEffects,
            SingleBlockImplicitTerminator("scf.reduce"),
            LoopLike,
        ],
        custom_asm: CustomAsm { print: print_parallel, parse: parse_parallel },
        verify: verify_parallel,
        canonicalize: canonicalize::parallel_patterns,
    }
}

define_op! {
    /// Ends `scf.parallel`: combines each operand into the matching result through one
    /// reduction region.
    pub struct ReduceOp = "scf.reduce" {
        operands: { operands: Variadic(ANY_TYPE) },
        regions: { reductions: Variadic },
        traits: [RecursiveMemoryEffects, Terminator, HasParent(&["scf.parallel"])],
        custom_asm: CustomAsm { print: print_reduce, parse: parse_reduce },
        verify: verify_reduce,
    }
}

define_op! {
    /// Ends a reduction region of `scf.reduce` with the combined value.
    pub struct ReduceReturnOp = "scf.reduce.return" {
        operands: { result: Single(ANY_TYPE) },
        traits: [Pure, Terminator, HasParent(&["scf.reduce"])],
        format: "$result attr-dict `:` type($result)",
        verify: verify_reduce_return,
    }
}

define_op! {
    /// Runs its region once (which may have several blocks) and yields its results.
    pub struct ExecuteRegionOp = "scf.execute_region" {
        results: { results: Variadic(ANY_TYPE) },
        attributes: { no_inline: Optional(UNIT_ATTR) },
        regions: { region: Any },
        traits: [RecursiveMemoryEffects],
        custom_asm: CustomAsm { print: print_execute_region, parse: parse_execute_region },
        verify: verify_execute_region,
        canonicalize: canonicalize::execute_region_patterns,
        region_branch: execute_region_branches,
    }
}

pub fn dialect() -> Dialect {
    Dialect::with_ops(
        "scf",
        "MLIR's structured control flow dialect",
        vec![
            ForOp::def(),
            IfOp::def(),
            WhileOp::def(),
            ConditionOp::def(),
            YieldOp::def(),
            ParallelOp::def(),
            ReduceOp::def(),
            ReduceReturnOp::def(),
            ExecuteRegionOp::def(),
        ],
    )
}

// ----- shared helpers -----

/// The entry block of `region`, if it has one.
fn entry(ir: &Ir, region: RegionId) -> Option<ir::BlockId> {
    ir.region_blocks(region).first().copied()
}

/// The last op of `region`'s entry block.
fn terminator(ir: &Ir, region: RegionId) -> Option<OpId> {
    entry(ir, region).and_then(|b| ir.last_op(b))
}

/// Is `op` named `name`?
fn is_op(ctx: &Context, ir: &Ir, op: OpId, name: &str) -> bool {
    ctx.op_name_str(ir.op_name(op)) == name
}

/// The operands of the `scf.yield` ending `region`, when it ends in one.
fn yielded(ctx: &Context, ir: &Ir, region: RegionId) -> Option<Vec<ValueId>> {
    let t = terminator(ir, region).filter(|&t| is_op(ctx, ir, t, YieldOp::NAME))?;
    Some(ir.operands(t).to_vec())
}

fn types_of(ir: &Ir, vs: &[ValueId]) -> Vec<Type> {
    vs.iter().map(|&v| ir.value_type(v)).collect()
}

fn op_results(ir: &Ir, op: OpId) -> Vec<ValueId> {
    ir.results(op).to_vec()
}

/// The signed integer value of an integer (or bool) constant.
pub(crate) fn const_int(ctx: &Context, a: Option<Attribute>) -> Option<i128> {
    int_value(ctx, a?)
}

/// The number of iterations of a loop with constant bounds (MLIR's `constantTripCount`),
/// comparing as unsigned values of `width` bits when `unsigned`. `None` when not constant
/// or when the step is not positive.
pub(crate) fn trip_count(
    lb: i128,
    ub: i128,
    step: i128,
    width: u32,
    unsigned: bool,
) -> Option<i128> {
    let as_unsigned = |v: i128| {
        if width >= 128 {
            v
        } else {
            v & ((1i128 << width) - 1)
        }
    };
    let (lb, ub, step) = if unsigned {
        (as_unsigned(lb), as_unsigned(ub), as_unsigned(step))
    } else {
        (lb, ub, step)
    };
    if step <= 0 {
        return None;
    }
    if ub <= lb {
        return Some(0);
    }
    Some((ub - lb + step - 1) / step)
}

/// Appends `(%a = %init, ...)` after `prefix` (MLIR's `printInitializationList`).
fn print_init_list(p: &mut AsmPrinter<'_>, prefix: &str, args: &[ValueId], inits: &[ValueId]) {
    if inits.is_empty() {
        return;
    }
    p.write(prefix);
    p.write("(");
    for (i, (&a, &v)) in args.iter().zip(inits).enumerate() {
        if i > 0 {
            p.write(", ");
        }
        p.print_value(a);
        p.write(" = ");
        p.print_value(v);
    }
    p.write(")");
}

/// `(%a = %init, ...)` after the opening parenthesis was seen: the new arguments (typed
/// later) and the initial values.
fn parse_init_list(p: &mut dyn AsmParser) -> PResult<(Vec<Argument>, Vec<UnresolvedOperand>)> {
    let (mut args, mut inits) = (Vec::new(), Vec::new());
    if p.parse_optional_punct(Punct::RParen) {
        return Ok((args, inits));
    }
    loop {
        args.push(p.parse_argument(false, false)?);
        p.parse_punct(Punct::Equal)?;
        inits.push(p.parse_operand()?);
        if !p.parse_optional_punct(Punct::Comma) {
            break;
        }
    }
    p.parse_punct(Punct::RParen)?;
    Ok((args, inits))
}

/// Gives each argument its type.
fn with_types(args: &mut [Argument], types: &[Type]) {
    for (a, &t) in args.iter_mut().zip(types) {
        a.ty = t;
    }
}

/// `-> type` or `-> (type, ...)` if present (MLIR's `parseOptionalArrowTypeList`).
fn parse_optional_arrow_types(p: &mut dyn AsmParser) -> PResult<Vec<Type>> {
    if p.parse_optional_punct(Punct::Arrow) {
        p.parse_function_result_types()
    } else {
        Ok(Vec::new())
    }
}

/// ` -> types` when there are any (MLIR's `printOptionalArrowTypeList`).
fn print_optional_arrow_types(p: &mut AsmPrinter<'_>, types: &[Type]) {
    if !types.is_empty() {
        p.write(" -> ");
        p.print_function_results(types);
    }
}

fn props(ctx: &Context, entries: &[(&str, Attribute)]) -> Vec<NamedAttr> {
    entries.iter().map(|&(n, v)| named(ctx, n, v)).collect()
}

// ----- scf.for -----

fn print_for(p: &mut AsmPrinter<'_>, op: OpId) {
    let (ctx, ir) = (p.ctx, p.ir);
    let f = ForOp { ctx, ir, op };
    let region = f.region();
    let args = entry(ir, region)
        .map(|b| ir.block_args(b).to_vec())
        .unwrap_or_default();
    p.write("scf.for");
    if f.unsignedCmp().is_some() {
        p.write(" unsigned");
    }
    p.write(" ");
    if let Some(&iv) = args.first() {
        p.print_value(iv);
    }
    p.write(" = ");
    p.print_value(f.lowerBound());
    p.write(" to ");
    p.print_value(f.upperBound());
    p.write(" step ");
    p.print_value(f.step());
    let inits = f.initArgs();
    print_init_list(p, " iter_args", args.get(1..).unwrap_or(&[]), inits);
    if !inits.is_empty() {
        p.write(" -> (");
        p.print_value_types(inits);
        p.write(")");
    }
    p.write(" ");
    let iv_ty = ir.value_type(f.lowerBound());
    if !ctx.is_index(iv_ty) {
        p.write(" : ");
        p.print_type(iv_ty);
        p.write(" ");
    }
    p.print_region(region, false, !inits.is_empty());
    let entries = p.op_attr_entries(op);
    p.print_optional_attr_dict(&entries, &["unsignedCmp"]);
}

fn parse_for(p: &mut dyn AsmParser, state: &mut OperationState) -> PResult<()> {
    let unsigned = p.parse_optional_keyword("unsigned");
    let mut iv = p.parse_argument(false, false)?;
    p.parse_punct(Punct::Equal)?;
    let offset = p.offset();
    let lb = p.parse_operand()?;
    p.parse_keyword("to")?;
    let ub = p.parse_operand()?;
    p.parse_keyword("step")?;
    let step = p.parse_operand()?;
    let (mut args, mut inits) = (Vec::new(), Vec::new());
    if p.parse_optional_keyword("iter_args") {
        p.parse_punct(Punct::LParen)?;
        (args, inits) = parse_init_list(p)?;
        p.parse_punct(Punct::Arrow)?;
        state.result_types = p.parse_function_result_types()?;
        if args.len() != state.result_types.len() {
            return Err(p.error("mismatch in number of loop-carried values and defined values"));
        }
    }
    let iv_ty = if p.parse_optional_punct(Punct::Colon) {
        p.parse_type()?
    } else {
        p.ctx().index_type()
    };
    iv.ty = iv_ty;
    with_types(&mut args, &state.result_types);
    let mut entry_args = vec![iv];
    entry_args.extend(args);
    let region = p.parse_region(&entry_args)?;
    p.ensure_terminator(region, YieldOp::NAME, state.loc);
    state.regions.push(region);
    state.attrs.extend(p.parse_optional_attr_dict()?);
    let mut operands = p.resolve_operands(&[lb, ub, step], &[iv_ty; 3], offset)?;
    operands.extend(p.resolve_operands(&inits, &state.result_types.clone(), offset)?);
    state.operands = operands;
    if unsigned {
        state.props = Some(props(p.ctx(), &[("unsignedCmp", p.ctx().unit_attr())]));
    }
    Ok(())
}

fn verify_for(cx: &VerifyCx<'_>, op: OpId) -> Result<(), Diagnostic> {
    let (ctx, ir) = (cx.ctx, cx.ir);
    let f = ForOp { ctx, ir, op };
    let bounds = [f.lowerBound(), f.upperBound(), f.step()];
    let bound_ty = ir.value_type(bounds[0]);
    if bounds.iter().any(|&v| ir.value_type(v) != bound_ty) {
        return Err(op_error(
            ctx,
            ir,
            op,
            "failed to verify that all of {lowerBound, upperBound, step} have same type",
        ));
    }
    let inits = f.initArgs();
    let results = op_results(ir, op);
    if inits.len() != results.len() {
        return Err(op_error(
            ctx,
            ir,
            op,
            "mismatch in number of loop-carried values and defined values",
        ));
    }
    let Some(body) = entry(ir, f.region()) else {
        return Ok(());
    };
    let args = ir.block_args(body);
    if let Some(&iv) = args.first() {
        if ir.value_type(iv) != bound_ty {
            return Err(op_error(
                ctx,
                ir,
                op,
                "expected induction variable to be same type as bounds and step",
            ));
        }
    }
    if args.is_empty() {
        // MLIR counts the iter_args as the block arguments minus one, unsigned.
        return Err(op_error(
            ctx,
            ir,
            op,
            format!(
                "different number of inits and region iter_args: {} != {}",
                inits.len(),
                u64::MAX
            ),
        ));
    }
    let iter_args = &args[1..];
    verify_loop_like(
        cx,
        op,
        inits,
        iter_args,
        &results,
        yielded(ctx, ir, f.region()),
    )?;
    verify_region_branch(cx, op)
}

/// MLIR's `LoopLikeOpInterface` verifier: inits, region iter_args, yielded values and
/// results agree in number and type.
fn verify_loop_like(
    cx: &VerifyCx<'_>,
    op: OpId,
    inits: &[ValueId],
    iter_args: &[ValueId],
    results: &[ValueId],
    yielded: Option<Vec<ValueId>>,
) -> Result<(), Diagnostic> {
    let (ctx, ir) = (cx.ctx, cx.ir);
    let err = |m: String| Err(op_error(ctx, ir, op, m));
    if inits.len() != iter_args.len() {
        return err(format!(
            "different number of inits and region iter_args: {} != {}",
            inits.len(),
            iter_args.len()
        ));
    }
    let yielded = yielded.unwrap_or_default();
    if !yielded.is_empty() && yielded.len() != iter_args.len() {
        return err(format!(
            "different number of region iter_args and yielded values: {} != {}",
            iter_args.len(),
            yielded.len()
        ));
    }
    if results.len() != iter_args.len() {
        return err(format!(
            "different number of loop results and region iter_args: {} != {}",
            results.len(),
            iter_args.len()
        ));
    }
    let ty = |v: ValueId| print_type(ctx, ir.value_type(v));
    for (i, (&init, &arg)) in inits.iter().zip(iter_args).enumerate() {
        if ir.value_type(init) != ir.value_type(arg) {
            return err(format!(
                "{i}-th init and {i}-th region iter_arg have different type: '{}' != '{}'",
                ty(init),
                ty(arg)
            ));
        }
    }
    for (i, (&arg, &y)) in iter_args.iter().zip(&yielded).enumerate() {
        if ir.value_type(arg) != ir.value_type(y) {
            return err(format!(
                "{i}-th region iter_arg and {i}-th yielded value have different type: '{}' != '{}'",
                ty(arg),
                ty(y)
            ));
        }
    }
    for (i, (&arg, &r)) in iter_args.iter().zip(results).enumerate() {
        if ir.value_type(arg) != ir.value_type(r) {
            return err(format!(
                "{i}-th region iter_arg and {i}-th loop result have different type: '{}' != '{}'",
                ty(arg),
                ty(r)
            ));
        }
    }
    Ok(())
}

fn for_branches(
    ctx: &Context,
    ir: &Ir,
    op: OpId,
    from: RegionPoint,
    term: Option<OpId>,
    consts: &[Option<Attribute>],
) -> Vec<RegionFlow> {
    let f = ForOp { ctx, ir, op };
    let iter_args = entry(ir, f.region())
        .map(|b| ir.block_args(b).get(1..).unwrap_or(&[]).to_vec())
        .unwrap_or_default();
    let results = op_results(ir, op);
    let (values, trips) = match from {
        RegionPoint::Parent => {
            let trips = (|| {
                let c = |i: usize| const_int(ctx, consts.get(i).copied().flatten());
                let width = ctx
                    .int_or_float_width(ir.value_type(f.lowerBound()))
                    .unwrap_or(64);
                trip_count(c(0)?, c(1)?, c(2)?, width, f.unsignedCmp().is_some())
            })();
            (f.initArgs().to_vec(), trips)
        }
        RegionPoint::Region(_) => (
            term.map(|t| ir.operands(t).to_vec()).unwrap_or_default(),
            None,
        ),
    };
    let mut flows = Vec::new();
    if trips != Some(0) {
        flows.push(RegionFlow {
            to: RegionPoint::Region(0),
            values: values.clone(),
            inputs: iter_args,
        });
    }
    if trips.is_none_or(|n| n <= 0) {
        flows.push(RegionFlow {
            to: RegionPoint::Parent,
            values,
            inputs: results,
        });
    }
    flows
}

// ----- region-branch verification (MLIR's `RegionBranchOpInterface::verify`) -----

/// Checks every edge the op's `region_branch` declares: the values passed must match the
/// inputs they flow into in number and type.
fn verify_region_branch(cx: &VerifyCx<'_>, op: OpId) -> Result<(), Diagnostic> {
    let (ctx, ir) = (cx.ctx, cx.ir);
    let mut points: Vec<(RegionPoint, Option<OpId>)> = vec![(RegionPoint::Parent, None)];
    for (i, &r) in ir.regions(op).iter().enumerate() {
        for &b in ir.region_blocks(r) {
            if let Some(t) = ir.last_op(b) {
                let returns = ctx
                    .op_def(ir.op_name(t))
                    .is_some_and(|d| d.is_terminator() && ir.successors(t).is_empty());
                if returns {
                    points.push((RegionPoint::Region(i), Some(t)));
                }
            }
        }
    }
    for (from, term) in points {
        let n = term.map_or(ir.operands(op).len(), |t| ir.operands(t).len());
        let consts = vec![None; n];
        let Some(flows) = ir::effects::region_successors(ctx, ir, op, from, term, &consts) else {
            return Ok(());
        };
        for flow in flows {
            let src = match term {
                Some(t) => format!("Operation {}", ctx.op_name_str(ir.op_name(t))),
                None => "parent".to_string(),
            };
            let dst = match flow.to {
                RegionPoint::Parent => "parent".to_string(),
                RegionPoint::Region(i) => format!("Region #{i}"),
            };
            let problem = if flow.values.len() != flow.inputs.len() {
                Some(format!(
                    "region branch point has {} operands, but region successor needs {} inputs",
                    flow.values.len(),
                    flow.inputs.len()
                ))
            } else {
                flow.values
                    .iter()
                    .zip(&flow.inputs)
                    .enumerate()
                    .find(|(_, (&v, &i))| ir.value_type(v) != ir.value_type(i))
                    .map(|(k, (&v, &i))| {
                        format!(
                            "successor operand type #{k} '{}' should match successor input type #{k} '{}'",
                            print_type(ctx, ir.value_type(v)),
                            print_type(ctx, ir.value_type(i))
                        )
                    })
            };
            if let Some(problem) = problem {
                let at = term.unwrap_or(op);
                return Err(op_error(
                    ctx,
                    ir,
                    op,
                    format!("along control flow edge from {src} to {dst}: {problem}"),
                )
                .with_note(DiagLoc::Loc(ir.loc(at)), "region branch point"));
            }
        }
    }
    Ok(())
}

// ----- scf.if -----

fn print_if(p: &mut AsmPrinter<'_>, op: OpId) {
    let (ctx, ir) = (p.ctx, p.ir);
    let f = IfOp { ctx, ir, op };
    let results = types_of(ir, &op_results(ir, op));
    p.write("scf.if ");
    p.print_value(f.condition());
    if !results.is_empty() {
        p.write(" -> (");
        p.print_types(&results);
        p.write(")");
    }
    p.write(" ");
    p.print_region(f.thenRegion(), false, !results.is_empty());
    let else_region = f.elseRegion();
    if !ir.region_blocks(else_region).is_empty() {
        p.write(" else ");
        p.print_region(else_region, false, !results.is_empty());
    }
    let entries = p.op_attr_entries(op);
    p.print_optional_attr_dict(&entries, &[]);
}

fn parse_if(p: &mut dyn AsmParser, state: &mut OperationState) -> PResult<()> {
    let offset = p.offset();
    let cond = p.parse_operand()?;
    state.result_types = parse_optional_arrow_types(p)?;
    let then_region = p.parse_region(&[])?;
    p.ensure_terminator(then_region, YieldOp::NAME, state.loc);
    state.regions.push(then_region);
    let else_region = if p.parse_optional_keyword("else") {
        let r = p.parse_region(&[])?;
        p.ensure_terminator(r, YieldOp::NAME, state.loc);
        r
    } else {
        p.create_region()
    };
    state.regions.push(else_region);
    state.attrs.extend(p.parse_optional_attr_dict()?);
    let i1 = p.ctx().integer_type(1);
    state.operands = p.resolve_operands(&[cond], &[i1], offset)?;
    Ok(())
}

fn verify_if(cx: &VerifyCx<'_>, op: OpId) -> Result<(), Diagnostic> {
    let (ctx, ir) = (cx.ctx, cx.ir);
    let f = IfOp { ctx, ir, op };
    for (i, &r) in ir.regions(op).iter().enumerate() {
        if entry(ir, r).is_some_and(|b| !ir.block_args(b).is_empty()) {
            return Err(op_error(
                ctx,
                ir,
                op,
                format!("region #{i} should have no arguments"),
            ));
        }
    }
    if ir.num_results(op) != 0 && ir.region_blocks(f.elseRegion()).is_empty() {
        return Err(op_error(
            ctx,
            ir,
            op,
            "must have an else block if defining values",
        ));
    }
    verify_region_branch(cx, op)
}

fn if_branches(
    ctx: &Context,
    ir: &Ir,
    op: OpId,
    from: RegionPoint,
    term: Option<OpId>,
    consts: &[Option<Attribute>],
) -> Vec<RegionFlow> {
    let f = IfOp { ctx, ir, op };
    let results = op_results(ir, op);
    let region = |i: usize| RegionFlow {
        to: RegionPoint::Region(i),
        values: Vec::new(),
        inputs: Vec::new(),
    };
    match from {
        RegionPoint::Region(_) => vec![RegionFlow {
            to: RegionPoint::Parent,
            values: term.map(|t| ir.operands(t).to_vec()).unwrap_or_default(),
            inputs: results,
        }],
        RegionPoint::Parent => {
            let else_flow = if ir.region_blocks(f.elseRegion()).is_empty() {
                RegionFlow {
                    to: RegionPoint::Parent,
                    values: Vec::new(),
                    inputs: results,
                }
            } else {
                region(1)
            };
            match const_int(ctx, consts.first().copied().flatten()) {
                Some(0) => vec![else_flow],
                Some(_) => vec![region(0)],
                None => vec![region(0), else_flow],
            }
        }
    }
}

// ----- scf.while / scf.condition -----

fn print_while(p: &mut AsmPrinter<'_>, op: OpId) {
    let (ctx, ir) = (p.ctx, p.ir);
    let w = WhileOp { ctx, ir, op };
    let before_args = entry(ir, w.before())
        .map(|b| ir.block_args(b).to_vec())
        .unwrap_or_default();
    p.write("scf.while");
    print_init_list(p, " ", &before_args, w.inits());
    p.write(" : ");
    let inputs = types_of(ir, w.inits());
    let results = types_of(ir, &op_results(ir, op));
    p.print_functional_type(&inputs, &results);
    p.write(" ");
    p.print_region(w.before(), false, true);
    p.write(" do ");
    p.print_region(w.after(), true, true);
    let entries = p.op_attr_entries(op);
    p.print_optional_attr_dict_with_keyword(&entries, &[]);
}

fn parse_while(p: &mut dyn AsmParser, state: &mut OperationState) -> PResult<()> {
    let offset = p.offset();
    let (mut args, inits) = if p.parse_optional_punct(Punct::LParen) {
        parse_init_list(p)?
    } else {
        (Vec::new(), Vec::new())
    };
    p.parse_punct(Punct::Colon)?;
    let type_offset = p.offset();
    let fn_ty = p.parse_type()?;
    let Some((inputs, results)) = p
        .ctx()
        .function_signature(fn_ty)
        .map(|(i, r)| (i.to_vec(), r.to_vec()))
    else {
        return Err(p.error_at(type_offset, "expected function type"));
    };
    if args.len() != inputs.len() {
        return Err(p.error_at(
            type_offset,
            &format!(
                "expected as many input types as operands (expected {} got {})",
                args.len(),
                inputs.len()
            ),
        ));
    }
    with_types(&mut args, &inputs);
    state.operands = p.resolve_operands(&inits, &inputs, offset)?;
    state.result_types = results;
    let before = p.parse_region(&args)?;
    p.parse_keyword("do")?;
    let after = p.parse_region(&[])?;
    state.regions.extend([before, after]);
    if p.parse_optional_keyword("attributes") {
        state.attrs.extend(p.parse_optional_attr_dict()?);
    }
    Ok(())
}

/// MLIR's `verifyAndGetTerminator`: the terminator of `region`, which must be `name`.
fn expect_terminator(
    cx: &VerifyCx<'_>,
    op: OpId,
    region: RegionId,
    name: &str,
    message: &str,
) -> Result<(), Diagnostic> {
    let (ctx, ir) = (cx.ctx, cx.ir);
    match terminator(ir, region) {
        Some(t) if is_op(ctx, ir, t, name) => Ok(()),
        Some(t) => {
            Err(op_error(ctx, ir, op, message)
                .with_note(DiagLoc::Loc(ir.loc(t)), "terminator here"))
        }
        None => Err(op_error(ctx, ir, op, message)),
    }
}

fn verify_while(cx: &VerifyCx<'_>, op: OpId) -> Result<(), Diagnostic> {
    let w = WhileOp {
        ctx: cx.ctx,
        ir: cx.ir,
        op,
    };
    expect_terminator(
        cx,
        op,
        w.before(),
        ConditionOp::NAME,
        "expects the 'before' region to terminate with 'scf.condition'",
    )?;
    expect_terminator(
        cx,
        op,
        w.after(),
        YieldOp::NAME,
        "expects the 'after' region to terminate with 'scf.yield'",
    )?;
    verify_region_branch(cx, op)
}

fn while_branches(
    ctx: &Context,
    ir: &Ir,
    op: OpId,
    from: RegionPoint,
    term: Option<OpId>,
    consts: &[Option<Attribute>],
) -> Vec<RegionFlow> {
    let w = WhileOp { ctx, ir, op };
    let args_of = |r: RegionId| {
        entry(ir, r)
            .map(|b| ir.block_args(b).to_vec())
            .unwrap_or_default()
    };
    let term_operands = term.map(|t| ir.operands(t).to_vec()).unwrap_or_default();
    match from {
        RegionPoint::Parent => vec![RegionFlow {
            to: RegionPoint::Region(0),
            values: w.inits().to_vec(),
            inputs: args_of(w.before()),
        }],
        // The `after` region goes back to `before`.
        RegionPoint::Region(1) => vec![RegionFlow {
            to: RegionPoint::Region(0),
            values: term_operands,
            inputs: args_of(w.before()),
        }],
        // `scf.condition(%c) %args`: on to `after` or out of the loop.
        RegionPoint::Region(_) => {
            let values = term_operands.get(1..).unwrap_or(&[]).to_vec();
            let after = RegionFlow {
                to: RegionPoint::Region(1),
                values: values.clone(),
                inputs: args_of(w.after()),
            };
            let exit = RegionFlow {
                to: RegionPoint::Parent,
                values,
                inputs: op_results(ir, op),
            };
            match const_int(ctx, consts.first().copied().flatten()) {
                Some(0) => vec![exit],
                Some(_) => vec![after],
                None => vec![exit, after],
            }
        }
    }
}

// ----- scf.yield -----

const YIELD_PARENTS: [&str; 5] = [
    "scf.execute_region",
    "scf.for",
    "scf.if",
    "scf.index_switch",
    "scf.while",
];

/// `ParentOneOf`, with MLIR's wording (the names inside one pair of quotes).
fn verify_yield(cx: &VerifyCx<'_>, op: OpId) -> Result<(), Diagnostic> {
    let (ctx, ir) = (cx.ctx, cx.ir);
    let parent = ir.parent_op(op).map(|p| ctx.op_name_str(ir.op_name(p)));
    if parent.is_some_and(|p| YIELD_PARENTS.contains(&p)) {
        return Ok(());
    }
    Err(op_error(
        ctx,
        ir,
        op,
        format!(
            "expects parent op to be one of '{}'",
            YIELD_PARENTS.join(", ")
        ),
    ))
}

// ----- scf.parallel / scf.reduce -----

fn print_parallel(p: &mut AsmPrinter<'_>, op: OpId) {
    let (ctx, ir) = (p.ctx, p.ir);
    let f = ParallelOp { ctx, ir, op };
    let ivs = entry(ir, f.region())
        .map(|b| ir.block_args(b).to_vec())
        .unwrap_or_default();
    p.write("scf.parallel (");
    p.print_values(&ivs);
    p.write(") = (");
    p.print_values(f.lowerBound());
    p.write(") to (");
    p.print_values(f.upperBound());
    p.write(") step (");
    p.print_values(f.step());
    p.write(")");
    if !f.initVals().is_empty() {
        p.write(" init (");
        p.print_values(f.initVals());
        p.write(")");
    }
    print_optional_arrow_types(p, &types_of(ir, &op_results(ir, op)));
    p.write(" ");
    p.print_region(f.region(), false, true);
    let entries = p.op_attr_entries(op);
    p.print_optional_attr_dict(&entries, &["operandSegmentSizes"]);
}

/// `(%a, %b)`: a parenthesized, possibly empty operand list.
fn parse_paren_operands(p: &mut dyn AsmParser) -> PResult<Vec<UnresolvedOperand>> {
    parse_operands_in(p, Punct::LParen, Punct::RParen)
}

fn parse_parallel(p: &mut dyn AsmParser, state: &mut OperationState) -> PResult<()> {
    let index = p.ctx().index_type();
    p.parse_punct(Punct::LParen)?;
    let mut ivs = Vec::new();
    if !p.parse_optional_punct(Punct::RParen) {
        loop {
            let mut a = p.parse_argument(false, false)?;
            a.ty = index;
            ivs.push(a);
            if !p.parse_optional_punct(Punct::Comma) {
                break;
            }
        }
        p.parse_punct(Punct::RParen)?;
    }
    p.parse_punct(Punct::Equal)?;
    let mut groups = Vec::new();
    for kw in ["", "to", "step"] {
        if !kw.is_empty() {
            p.parse_keyword(kw)?;
        }
        let offset = p.offset();
        let names = parse_paren_operands(p)?;
        if names.len() != ivs.len() {
            return Err(p.error_at(
                offset,
                &format!(
                    "expected {} operands to match the number of induction variables",
                    ivs.len()
                ),
            ));
        }
        groups.push((names, offset));
    }
    let init_offset = p.offset();
    let inits = if p.parse_optional_keyword("init") {
        parse_paren_operands(p)?
    } else {
        Vec::new()
    };
    state.result_types = parse_optional_arrow_types(p)?;
    let region = p.parse_region(&ivs)?;
    p.ensure_terminator(region, ReduceOp::NAME, state.loc);
    state.regions.push(region);
    state.attrs.extend(p.parse_optional_attr_dict()?);
    let mut sizes = Vec::new();
    for (names, offset) in groups {
        sizes.push(names.len() as i128);
        let values = p.resolve_operands(&names, &vec![index; names.len()], offset)?;
        state.operands.extend(values);
    }
    sizes.push(inits.len() as i128);
    let result_types = state.result_types.clone();
    let values = p.resolve_operands(&inits, &result_types, init_offset)?;
    state.operands.extend(values);
    state.props = Some(vec![segment_sizes(p.ctx(), &sizes)]);
    Ok(())
}

fn verify_parallel(cx: &VerifyCx<'_>, op: OpId) -> Result<(), Diagnostic> {
    let (ctx, ir) = (cx.ctx, cx.ir);
    let f = ParallelOp { ctx, ir, op };
    let err = |m: String| Err(op_error(ctx, ir, op, m));
    let steps = f.step();
    if steps.is_empty() {
        return err(
            "needs at least one tuple element for lowerBound, upperBound and step".to_string(),
        );
    }
    for &s in steps {
        if ir::rewrite::value_constant(ctx, ir, s)
            .and_then(|a| const_int(ctx, Some(a)))
            .is_some_and(|v| v <= 0)
        {
            return err("constant step operand must be positive".to_string());
        }
    }
    let Some(body) = entry(ir, f.region()) else {
        return Ok(());
    };
    let ivs = ir.block_args(body);
    if ivs.len() != steps.len() {
        return err(format!(
            "expects the same number of induction variables: {} as bound and step values: {}",
            ivs.len(),
            steps.len()
        ));
    }
    if ivs.iter().any(|&a| !ctx.is_index(ir.value_type(a))) {
        return err("expects arguments for the induction variable to be of index type".to_string());
    }
    let Some(reduce) = ir
        .last_op(body)
        .filter(|&t| is_op(ctx, ir, t, ReduceOp::NAME))
    else {
        let e = op_error(ctx, ir, op, "expects body to terminate with 'scf.reduce'");
        return Err(match ir.last_op(body) {
            Some(t) => e.with_note(DiagLoc::Loc(ir.loc(t)), "terminator here"),
            None => e,
        });
    };
    let results = op_results(ir, op);
    let reductions = ir.regions(reduce).len();
    let inits = f.initVals().len();
    if results.len() != reductions {
        return err(format!(
            "expects number of results: {} to be the same as number of reductions: {reductions}",
            results.len()
        ));
    }
    if results.len() != inits {
        return err(format!(
            "expects number of results: {} to be the same as number of initial values: {inits}",
            results.len()
        ));
    }
    for (i, (&r, &v)) in results.iter().zip(ir.operands(reduce)).enumerate() {
        if ir.value_type(r) != ir.value_type(v) {
            return err(format!(
                "expects type of {i}-th reduction operand: '{}' to be the same as the {i}-th result type: '{}'",
                print_type(ctx, ir.value_type(v)),
                print_type(ctx, ir.value_type(r))
            ));
        }
    }
    Ok(())
}

/// `scf.reduce(%a, %b : f32, i32) {...}, {...}`: the declarative
/// `(`(` $operands^ `:` type($operands) `)`)? $reductions attr-dict`, whose variadic region
/// list our format engine does not read.
fn print_reduce(p: &mut AsmPrinter<'_>, op: OpId) {
    let ir = p.ir;
    p.write("scf.reduce");
    let operands = ir.operands(op);
    if !operands.is_empty() {
        p.write("(");
        p.print_values(operands);
        p.write(" : ");
        p.print_value_types(operands);
        p.write(")");
    }
    p.write(" ");
    for (i, &r) in ir.regions(op).iter().enumerate() {
        if i > 0 {
            p.write(", ");
        }
        p.print_region(r, true, true);
    }
    let entries = p.op_attr_entries(op);
    p.print_optional_attr_dict(&entries, &[]);
}

fn parse_reduce(p: &mut dyn AsmParser, state: &mut OperationState) -> PResult<()> {
    if p.parse_optional_punct(Punct::LParen) {
        state.operands = parse_typed_operands(p)?;
    }
    if let Some(r) = p.parse_optional_region(&[])? {
        state.regions.push(r);
        while p.parse_optional_punct(Punct::Comma) {
            state.regions.push(p.parse_region(&[])?);
        }
    }
    state.attrs.extend(p.parse_optional_attr_dict()?);
    Ok(())
}

fn verify_reduce(cx: &VerifyCx<'_>, op: OpId) -> Result<(), Diagnostic> {
    let (ctx, ir) = (cx.ctx, cx.ir);
    let (regions, operands) = (ir.regions(op).len(), ir.operands(op).len());
    if regions != operands {
        return Err(op_error(
            ctx,
            ir,
            op,
            format!(
                "expects number of reduction regions: {regions} to be the same as number of reduction operands: {operands}"
            ),
        ));
    }
    for (i, (&r, &v)) in ir.regions(op).iter().zip(ir.operands(op)).enumerate() {
        let ty = ir.value_type(v);
        let Some(block) = entry(ir, r) else {
            continue;
        };
        if ir.first_op(block).is_none() {
            return Err(op_error(
                ctx,
                ir,
                op,
                format!("{i}-th reduction has an empty body"),
            ));
        }
        let args = ir.block_args(block);
        if args.len() != 2 || args.iter().any(|&a| ir.value_type(a) != ty) {
            return Err(op_error(
                ctx,
                ir,
                op,
                format!(
                    "expected two block arguments with type '{}' in the {i}-th reduction region",
                    print_type(ctx, ty)
                ),
            ));
        }
        if !ir
            .last_op(block)
            .is_some_and(|t| is_op(ctx, ir, t, ReduceReturnOp::NAME))
        {
            return Err(op_error(
                ctx,
                ir,
                op,
                "reduction bodies must be terminated with an 'scf.reduce.return' op",
            ));
        }
    }
    Ok(())
}

fn verify_reduce_return(cx: &VerifyCx<'_>, op: OpId) -> Result<(), Diagnostic> {
    let (ctx, ir) = (cx.ctx, cx.ir);
    let (Some(reduce), Some(block)) = (ir.parent_op(op), ir.parent_block(op)) else {
        return Ok(());
    };
    let Some(region) = ir.block_parent_region(block) else {
        return Ok(());
    };
    let Some(index) = ir.regions(reduce).iter().position(|&r| r == region) else {
        return Ok(());
    };
    let Some(&input) = ir.operands(reduce).get(index) else {
        return Ok(());
    };
    let ty = ir.value_type(input);
    if ir.value_type(ir.operand(op, 0)) != ty {
        return Err(op_error(
            ctx,
            ir,
            op,
            format!(
                "must have type '{}' (the type of the reduction inputs)",
                print_type(ctx, ty)
            ),
        ));
    }
    Ok(())
}

// ----- scf.execute_region -----

fn print_execute_region(p: &mut AsmPrinter<'_>, op: OpId) {
    let (ctx, ir) = (p.ctx, p.ir);
    let e = ExecuteRegionOp { ctx, ir, op };
    p.write("scf.execute_region");
    print_optional_arrow_types(p, &types_of(ir, &op_results(ir, op)));
    if e.no_inline().is_some() {
        p.write(" no_inline");
    }
    p.write(" ");
    p.print_region(e.region(), false, true);
    let entries = p.op_attr_entries(op);
    p.print_optional_attr_dict(&entries, &["no_inline"]);
}

fn parse_execute_region(p: &mut dyn AsmParser, state: &mut OperationState) -> PResult<()> {
    state.result_types = parse_optional_arrow_types(p)?;
    if p.parse_optional_keyword("no_inline") {
        state.props = Some(props(p.ctx(), &[("no_inline", p.ctx().unit_attr())]));
    }
    state.regions.push(p.parse_region(&[])?);
    state.attrs.extend(p.parse_optional_attr_dict()?);
    Ok(())
}

fn verify_execute_region(cx: &VerifyCx<'_>, op: OpId) -> Result<(), Diagnostic> {
    let (ctx, ir) = (cx.ctx, cx.ir);
    let e = ExecuteRegionOp { ctx, ir, op };
    let region = e.region();
    if ir.region_blocks(region).is_empty() {
        return Err(op_error(
            ctx,
            ir,
            op,
            "region needs to have at least one block",
        ));
    }
    if entry(ir, region).is_some_and(|b| !ir.block_args(b).is_empty()) {
        return Err(op_error(ctx, ir, op, "region cannot have any arguments"));
    }
    verify_region_branch(cx, op)
}

fn execute_region_branches(
    _ctx: &Context,
    ir: &Ir,
    op: OpId,
    from: RegionPoint,
    term: Option<OpId>,
    _consts: &[Option<Attribute>],
) -> Vec<RegionFlow> {
    match from {
        RegionPoint::Parent => vec![RegionFlow {
            to: RegionPoint::Region(0),
            values: Vec::new(),
            inputs: Vec::new(),
        }],
        RegionPoint::Region(_) => vec![RegionFlow {
            to: RegionPoint::Parent,
            values: term.map(|t| ir.operands(t).to_vec()).unwrap_or_default(),
            inputs: op_results(ir, op),
        }],
    }
}

#[cfg(test)]
mod tests {
    use super::trip_count;

    #[test]
    fn trip_counts() {
        assert_eq!(trip_count(0, 10, 3, 64, false), Some(4));
        assert_eq!(trip_count(4, 2, 1, 64, false), Some(0));
        assert_eq!(trip_count(0, 10, 10, 64, false), Some(1));
        assert_eq!(trip_count(0, 10, 0, 64, false), None);
        assert_eq!(trip_count(0, 10, -1, 64, false), None);
        // -1 as an unsigned i8 is 255.
        assert_eq!(trip_count(0, -1, 1, 8, true), Some(255));
        assert_eq!(trip_count(0, -1, 1, 8, false), Some(0));
    }
}
