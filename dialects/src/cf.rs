//! The cf dialect (MLIR's unstructured control flow): `cf.br`, `cf.cond_br`.

use ir::constraints::{ANY_TYPE, I1};
use ir::define_op;
use ir::dialect::Dialect;

define_op! {
    /// Branches to `dest`, passing `destOperands` as its block arguments.
    pub struct BranchOp = "cf.br" {
        operands: { destOperands: Variadic(ANY_TYPE) },
        successors: { dest: Single },
        traits: [Pure, Terminator, BranchOp],
        format: "$dest (`(` $destOperands^ `:` type($destOperands) `)`)? attr-dict",
    }
}

define_op! {
    /// Branches to `trueDest` if `condition` holds, else to `falseDest`.
    pub struct CondBranchOp = "cf.cond_br" {
        operands: { condition: Single(I1), trueDestOperands: Variadic(ANY_TYPE), falseDestOperands: Variadic(ANY_TYPE) },
        successors: { trueDest: Single, falseDest: Single },
        traits: [AttrSizedOperandSegments, Pure, Terminator, BranchOp],
        format: "$condition `,` $trueDest (`(` $trueDestOperands^ `:` type($trueDestOperands) `)`)? `,` $falseDest (`(` $falseDestOperands^ `:` type($falseDestOperands) `)`)? attr-dict",
    }
}

pub fn dialect() -> Dialect {
    Dialect::with_ops(
        "cf",
        "MLIR's unstructured control flow dialect",
        vec![BranchOp::def(), CondBranchOp::def()],
    )
}
