//! The few builder calls inkwell only offers per value kind (scalar vs. vector), made
//! once on `BasicValueEnum`s through the C API so that every op lowers scalars and 1-D
//! vectors with the same code.

use inkwell::builder::Builder;
use inkwell::llvm_sys::core::{LLVMBuildFCmp, LLVMBuildFNeg, LLVMBuildICmp, LLVMBuildSelect};
use inkwell::llvm_sys::{LLVMIntPredicate, LLVMRealPredicate};
use inkwell::values::{AsValueRef, BasicValueEnum};

const NO_NAME: *const std::ffi::c_char = c"".as_ptr();

pub(crate) fn icmp<'ctx>(
    b: &Builder<'ctx>,
    pred: LLVMIntPredicate,
    lhs: BasicValueEnum<'ctx>,
    rhs: BasicValueEnum<'ctx>,
) -> BasicValueEnum<'ctx> {
    // SAFETY: both operands are values of the builder's context with the same integer
    // (vector) type, which every caller checks through the IR verifier's type rules.
    unsafe {
        BasicValueEnum::new(LLVMBuildICmp(
            b.as_mut_ptr(),
            pred,
            lhs.as_value_ref(),
            rhs.as_value_ref(),
            NO_NAME,
        ))
    }
}

pub(crate) fn fcmp<'ctx>(
    b: &Builder<'ctx>,
    pred: LLVMRealPredicate,
    lhs: BasicValueEnum<'ctx>,
    rhs: BasicValueEnum<'ctx>,
) -> BasicValueEnum<'ctx> {
    // SAFETY: as for `icmp`, with float operands.
    unsafe {
        BasicValueEnum::new(LLVMBuildFCmp(
            b.as_mut_ptr(),
            pred,
            lhs.as_value_ref(),
            rhs.as_value_ref(),
            NO_NAME,
        ))
    }
}

pub(crate) fn select<'ctx>(
    b: &Builder<'ctx>,
    cond: BasicValueEnum<'ctx>,
    then: BasicValueEnum<'ctx>,
    otherwise: BasicValueEnum<'ctx>,
) -> BasicValueEnum<'ctx> {
    // SAFETY: `cond` is i1 or a vector of i1 matching the operands' shape.
    unsafe {
        BasicValueEnum::new(LLVMBuildSelect(
            b.as_mut_ptr(),
            cond.as_value_ref(),
            then.as_value_ref(),
            otherwise.as_value_ref(),
            NO_NAME,
        ))
    }
}

pub(crate) fn fneg<'ctx>(b: &Builder<'ctx>, v: BasicValueEnum<'ctx>) -> BasicValueEnum<'ctx> {
    // SAFETY: `v` is a float or float vector value of the builder's context.
    unsafe { BasicValueEnum::new(LLVMBuildFNeg(b.as_mut_ptr(), v.as_value_ref(), NO_NAME)) }
}
