//! The builtin dialect: `builtin.module`, the top-level container (printed `module`).

use ir::constraints::{STR_ATTR, SYMBOL_NAME_ATTR};
use ir::define_op;
use ir::dialect::Dialect;

define_op! {
    /// A top-level container of operations: a symbol table whose single block has no
    /// terminator and whose region is a graph region.
    pub struct ModuleOp = "builtin.module" {
        attributes: { sym_name: Optional(SYMBOL_NAME_ATTR), sym_visibility: Optional(STR_ATTR) },
        regions: { bodyRegion: SingleBlock },
        traits: [NoTerminator, SymbolTable, Symbol, IsolatedFromAbove, GraphRegions, DefaultDialect("builtin")],
        format: "($sym_name^)? attr-dict-with-keyword $bodyRegion",
        verify: verify_module,
    }
}

/// Discardable attributes of a module must belong to a dialect (`dialect.name`), as in MLIR.
fn verify_module(cx: &ir::verify::VerifyCx<'_>, op: ir::OpId) -> Result<(), ir::Diagnostic> {
    for entry in cx.ctx.dict_entries(cx.ir.attrs(op)) {
        let name = cx.ctx.ident_str(entry.name);
        if !name.contains('.') {
            return Err(ir::verify::op_error(
                cx.ctx,
                cx.ir,
                op,
                format!("can only contain attributes with dialect-prefixed names, found: '{name}'"),
            ));
        }
    }
    Ok(())
}

pub fn dialect() -> Dialect {
    Dialect::with_ops(
        "builtin",
        "MLIR's builtin dialect: the module container",
        vec![ModuleOp::def()],
    )
}
