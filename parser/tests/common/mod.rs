#![allow(dead_code)]

use ir::{Context, DiagLoc, Diagnostic, Ir, OpId};
use parser::{parse_module, ParseOptions, SourceFile};

pub const FILE: &str = "t.mlir";

pub fn line_col(text: &str, offset: u32) -> (usize, usize) {
    let before = text.get(..offset as usize).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let col = before.len() - before.rfind('\n').map_or(0, |i| i + 1) + 1;
    (line, col)
}

fn fmt_loc(text: &str, loc: &DiagLoc) -> String {
    match loc {
        DiagLoc::Span { start, end, .. } => {
            let (l, c) = line_col(text, *start);
            let (l2, c2) = line_col(text, *end);
            if (l, c) == (l2, c2) {
                format!("{l}:{c}")
            } else {
                format!("{l}:{c}-{l2}:{c2}")
            }
        }
        other => format!("{other:?}"),
    }
}

/// Diagnostics rendered as `line:col[-line:col]: message` (notes indented).
pub fn fmt_diags(text: &str, diags: &[Diagnostic]) -> String {
    let mut out = String::new();
    for d in diags {
        out.push_str(&format!(
            "{}: {}: {}\n",
            fmt_loc(text, &d.loc),
            d.severity.name(),
            d.message
        ));
        for n in &d.notes {
            out.push_str(&format!(
                "  {}: {}: {}\n",
                fmt_loc(text, &n.loc),
                n.severity.name(),
                n.message
            ));
        }
    }
    out
}

pub fn parse_in(
    ctx: &Context,
    ir: &mut Ir,
    text: &str,
    allow_unregistered: bool,
) -> Result<OpId, Vec<Diagnostic>> {
    let file = SourceFile {
        id: 7,
        name: FILE,
        text,
    };
    parse_module(ctx, ir, &file, &ParseOptions { allow_unregistered })
}

/// Parses with unregistered dialects allowed; returns the generic form with locations,
/// or the diagnostics.
pub fn generic(ctx: &Context, text: &str) -> String {
    let mut ir = Ir::new();
    match parse_in(ctx, &mut ir, text, true) {
        Ok(m) => ir::print::print_op(
            ctx,
            &ir,
            m,
            ir::print::PrintOptions {
                generic: true,
                debuginfo: true,
            },
        ),
        Err(d) => fmt_diags(text, &d),
    }
}

/// Parses expecting failure; returns the rendered diagnostics.
pub fn errors(ctx: &Context, text: &str, allow_unregistered: bool) -> String {
    let mut ir = Ir::new();
    match parse_in(ctx, &mut ir, text, allow_unregistered) {
        Ok(m) => format!(
            "unexpected success:\n{}",
            ir::print::print_op(ctx, &ir, m, Default::default())
        ),
        Err(d) => fmt_diags(text, &d),
    }
}

/// The ops of the module's body, in order.
pub fn body_ops(ir: &Ir, module: OpId) -> Vec<OpId> {
    let region = ir.regions(module)[0];
    let block = ir.region_blocks(region)[0];
    ir.block_ops(block).collect()
}
