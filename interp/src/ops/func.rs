//! `func` (calls, returns, function values) and `cf` (branches, switch, assert).

use ir::attributes::{AttrKind, DenseData};
use ir::OpId;

use super::{dense_array, int_operand, R};
use crate::{ErrorKind, Flow, Frame, OpTable, Value};

pub fn register(t: &mut OpTable) {
    t.register("func.return", |fr, op| Ok(Flow::Yield(fr.operands(op)?)));
    t.register("func.call", call);
    t.register("func.call_indirect", call_indirect);
    t.register("func.constant", |fr, op| {
        let name = symbol(fr, op, "value")?;
        fr.result(op, Value::Func(name))
    });
    t.register("cf.br", |fr, op| {
        Ok(Flow::Branch(fr.successor(op, 0)?, fr.operands(op)?))
    });
    t.register("cf.cond_br", cond_br);
    t.register("cf.switch", switch);
    t.register("cf.assert", |fr, op| {
        if fr.operand(op, 0)?.as_u64() == Some(1) {
            return Ok(Flow::Next);
        }
        let msg = fr
            .ir
            .attr(fr.ctx, op, "msg")
            .and_then(|a| fr.ctx.as_str_attr(a))
            .map(|m| String::from_utf8_lossy(m).into_owned())
            .unwrap_or_default();
        Err(fr.error(op, ErrorKind::AssertFailed, msg))
    });
}

/// The name of a flat symbol reference attribute.
fn symbol(fr: &Frame<'_, '_>, op: OpId, name: &str) -> R<String> {
    match fr.ir.attr(fr.ctx, op, name).map(|a| fr.ctx.attr_kind(a)) {
        Some(AttrKind::SymbolRef { root, .. }) => Ok(fr.ctx.ident_str(*root).to_string()),
        _ => Err(fr.error(op, ErrorKind::Internal, format!("missing symbol '{name}'"))),
    }
}

fn call(fr: &mut Frame<'_, '_>, op: OpId) -> R<Flow> {
    let callee = symbol(fr, op, "callee")?;
    let args = fr.operands(op)?;
    let results = fr.m.call_function(&callee, args, Some(op))?;
    fr.set_results(op, results)?;
    Ok(Flow::Next)
}

fn call_indirect(fr: &mut Frame<'_, '_>, op: OpId) -> R<Flow> {
    let mut args = fr.operands(op)?;
    let Value::Func(callee) = args.remove(0) else {
        return Err(fr.error(op, ErrorKind::Internal, "callee is not a function value"));
    };
    let results = fr.m.call_function(&callee, args, Some(op))?;
    fr.set_results(op, results)?;
    Ok(Flow::Next)
}

fn cond_br(fr: &mut Frame<'_, '_>, op: OpId) -> R<Flow> {
    let cond = fr.operand(op, 0)?.as_u64() == Some(1);
    let (group, succ) = if cond { (1, 0) } else { (2, 1) };
    let args = fr.group(op, group)?;
    Ok(Flow::Branch(fr.successor(op, succ)?, args))
}

fn switch(fr: &mut Frame<'_, '_>, op: OpId) -> R<Flow> {
    let flag = int_operand(fr, op, 0)?;
    let cases: Vec<i64> = match fr
        .ir
        .attr(fr.ctx, op, "case_values")
        .map(|a| fr.ctx.attr_kind(a))
    {
        Some(AttrKind::DenseElements {
            data: DenseData::Int(v),
            ..
        }) => v.iter().map(|&x| x as i64).collect(),
        _ => Vec::new(),
    };
    let Some(case) = cases.iter().position(|&c| c == flag) else {
        return Ok(Flow::Branch(fr.successor(op, 0)?, fr.group(op, 1)?));
    };
    // `caseOperands` holds every case's operands back to back.
    let segments = dense_array(fr, op, "case_operand_segments");
    let all = fr.group(op, 2)?;
    let start: i64 = segments.iter().take(case).sum();
    let len = segments.get(case).copied().unwrap_or(0);
    let args = usize::try_from(start)
        .ok()
        .zip(usize::try_from(start + len).ok())
        .and_then(|(a, b)| all.get(a..b))
        .ok_or_else(|| fr.error(op, ErrorKind::Internal, "malformed case operand segments"))?
        .to_vec();
    Ok(Flow::Branch(fr.successor(op, case + 1)?, args))
}
