//! The textual IR parser: MLIR 22's syntax (generic op form, custom op forms through
//! [`ir::asm::AsmParser`], builtin types and attributes, locations, aliases).
//!
//! Key items: [`parse_module`], [`ParseOptions`], [`SourceFile`].
//!
//! - `lexer`: a `logos` lexer for MLIR's tokens (pretty dialect bodies are captured whole).
//! - `parser`: recursive descent over the tokens — ops, regions, blocks, SSA scopes,
//!   locations, aliases; error recovery skips to the next top-level op.
//! - `types`, `attrs`: builtin types and attributes.
//! - `affine`: affine maps and integer sets, parsed by a `lalrpop` grammar
//!   (`affine.lalrpop`) on the text between `<` and `>`.
//! - `asm_impl`: the [`ir::asm::AsmParser`] implementation used by custom op syntax.
//!
//! **Architecture Invariant:** any input, however broken, yields diagnostics and never a
//! panic (see `tests/no_panic.rs`).

mod affine;
mod asm_impl;
mod attrs;
pub mod lexer;
mod parser;
mod tokens;
mod types;

use ir::{Context, Diagnostic, Ir, OpId, OperationState};

pub use parser::MAX_DEPTH;

/// Options of the parser.
#[derive(Clone, Debug, Default)]
pub struct ParseOptions {
    /// Accept ops of dialects that are not registered (mlir-opt's
    /// `--allow-unregistered-dialect`).
    pub allow_unregistered: bool,
}

/// A source text and the id diagnostics use for it.
#[derive(Clone, Copy, Debug)]
pub struct SourceFile<'a> {
    pub id: u32,
    /// The file name used in locations (`loc("name":1:1)`).
    pub name: &'a str,
    pub text: &'a str,
}

/// Parses a whole file; returns the top-level `builtin.module` op (detached, in `ir`).
///
/// When the file holds exactly one `builtin.module` op (besides aliases), that op is the
/// result; otherwise the top-level ops are wrapped into a new `builtin.module` located at
/// `loc("<file>":0:0)`, as mlir-opt does.
pub fn parse_module(
    ctx: &Context,
    ir: &mut Ir,
    file: &SourceFile,
    opts: &ParseOptions,
) -> Result<OpId, Vec<Diagnostic>> {
    let mut p = parser::Parser::new(ctx, ir, file, opts);
    let ops = p.parse_top_level();
    let module_loc = p.module_loc();
    let diags = p.into_diags();
    let Some(ops) = ops else {
        return Err(diags);
    };
    if let [op] = ops[..] {
        if ctx.op_name_str(ir.op_name(op)) == "builtin.module" {
            return Ok(op);
        }
    }
    let region = ir.create_region();
    let block = ir.create_block(&[]);
    ir.append_block(region, block);
    for op in ops {
        ir.append_op(block, op);
    }
    let mut state = OperationState::new(ctx.op_name("builtin.module"), module_loc);
    state.regions.push(region);
    if let Some(def) = ctx.registry().lookup("builtin.module") {
        ir::dialect::normalize_properties(ctx, def, &mut state);
    }
    Ok(ir.create_op(ctx, state))
}
