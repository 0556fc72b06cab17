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
    }
}

pub fn dialect() -> Dialect {
    Dialect::with_ops(
        "builtin",
        "MLIR's builtin dialect: the module container",
        vec![ModuleOp::def()],
    )
}
