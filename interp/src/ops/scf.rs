//! `scf`: loops and conditionals run their regions; terminators (`scf.yield`,
//! `scf.condition`, `scf.reduce`, `scf.reduce.return`) yield their operands to the op
//! that runs the region. `scf.parallel` runs its iterations in row-major order.

use ir::OpId;

use super::{indices, R};
use crate::value::sext;
use crate::{ErrorKind, Flow, Frame, OpTable, Value};

pub fn register(t: &mut OpTable) {
    for name in [
        "scf.yield",
        "scf.condition",
        "scf.reduce",
        "scf.reduce.return",
    ] {
        t.register(name, |fr, op| Ok(Flow::Yield(fr.operands(op)?)));
    }
    t.register("scf.for", for_op);
    t.register("scf.if", if_op);
    t.register("scf.while", while_op);
    t.register("scf.parallel", parallel);
    t.register("scf.execute_region", |fr, op| {
        let (vals, _) = fr.run_region(fr.region(op, 0)?, Vec::new())?;
        fr.set_results(op, vals)?;
        Ok(Flow::Next)
    });
}

fn for_op(fr: &mut Frame<'_, '_>, op: OpId) -> R<Flow> {
    let (lb, ub, step) = (fr.operand(op, 0)?, fr.operand(op, 1)?, fr.operand(op, 2)?);
    let Value::Int { width, .. } = lb else {
        return Err(fr.error(op, ErrorKind::Internal, "non-integer loop bounds"));
    };
    let unsigned = fr.ir.attr(fr.ctx, op, "unsignedCmp").is_some();
    // Bounds as exact integers, so that the increment cannot wrap.
    let exact = |v: &Value| -> i128 {
        let bits = v.as_u64().unwrap_or(0);
        if unsigned {
            bits as i128
        } else {
            sext(bits, width) as i128
        }
    };
    let (lb, ub, step) = (exact(&lb), exact(&ub), exact(&step));
    if step <= 0 {
        return Err(fr.error(
            op,
            ErrorKind::Poison,
            format!("scf.for step must be positive, got {step}"),
        ));
    }
    let mut iter = fr.group(op, 3)?;
    let body = fr.region(op, 0)?;
    let mut iv = lb;
    while iv < ub {
        let mut args = vec![Value::int(iv as i64, width)];
        args.append(&mut iter);
        iter = fr.run_region(body, args)?.0;
        iv += step;
    }
    fr.set_results(op, iter)?;
    Ok(Flow::Next)
}

fn if_op(fr: &mut Frame<'_, '_>, op: OpId) -> R<Flow> {
    let cond = fr.operand(op, 0)?.as_u64() == Some(1);
    let region = fr.region(op, if cond { 0 } else { 1 })?;
    let vals = if fr.ir.region_blocks(region).is_empty() {
        Vec::new()
    } else {
        fr.run_region(region, Vec::new())?.0
    };
    fr.set_results(op, vals)?;
    Ok(Flow::Next)
}

fn while_op(fr: &mut Frame<'_, '_>, op: OpId) -> R<Flow> {
    let (before, after) = (fr.region(op, 0)?, fr.region(op, 1)?);
    let mut args = fr.operands(op)?;
    loop {
        let mut vals = fr.run_region(before, args)?.0;
        if vals.is_empty() {
            return Err(fr.error(op, ErrorKind::Internal, "scf.condition without a condition"));
        }
        let cond = vals.remove(0).as_u64() == Some(1);
        if !cond {
            fr.set_results(op, vals)?;
            return Ok(Flow::Next);
        }
        args = fr.run_region(after, vals)?.0;
    }
}

fn parallel(fr: &mut Frame<'_, '_>, op: OpId) -> R<Flow> {
    let lbs = indices(fr, op, &fr.group(op, 0)?)?;
    let ubs = indices(fr, op, &fr.group(op, 1)?)?;
    let steps = indices(fr, op, &fr.group(op, 2)?)?;
    let mut accs = fr.group(op, 3)?;
    if let Some(s) = steps.iter().find(|&&s| s <= 0) {
        return Err(fr.error(
            op,
            ErrorKind::Poison,
            format!("scf.parallel step must be positive, got {s}"),
        ));
    }
    let trips: Vec<usize> = (0..lbs.len())
        .map(|k| usize::try_from((ubs[k] - lbs[k] + steps[k] - 1) / steps[k]).unwrap_or(0))
        .collect();
    let body = fr.region(op, 0)?;
    for point in crate::value::all_indices(&trips) {
        let ivs = point
            .iter()
            .enumerate()
            .map(|(k, &t)| Value::index(lbs[k] + t as i64 * steps[k]))
            .collect();
        let (vals, reduce) = fr.run_region(body, ivs)?;
        // Each reduction region combines the accumulator (lhs) with this iteration's value.
        for (i, v) in vals.into_iter().enumerate() {
            let Some(&region) = fr.ir.regions(reduce).get(i) else {
                return Err(fr.error(reduce, ErrorKind::Internal, "missing reduction region"));
            };
            let acc = accs[i].clone();
            let mut out = fr.run_region(region, vec![acc, v])?.0;
            accs[i] = out
                .pop()
                .ok_or_else(|| fr.error(reduce, ErrorKind::Internal, "empty reduction"))?;
        }
    }
    fr.set_results(op, accs)?;
    Ok(Flow::Next)
}
