//! The graph dialect (ours): see docs in the module once ops are declared.

use ir::dialect::Dialect;

pub fn dialect() -> Dialect {
    Dialect::with_ops("graph", "our graph dialect", vec![])
}
