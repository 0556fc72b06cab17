//! `arith` and `math` on scalars and 1-D vectors, with MLIR's semantics (those of its
//! ArithToLLVM and MathToLLVM conversions; `ceildivsi`, `floordivsi`, `ceildivui`,
//! `maximumf` and `minimumf` expanded as MLIR's arith-expand does).

use inkwell::intrinsics::Intrinsic;
use inkwell::llvm_sys::{LLVMIntPredicate as IP, LLVMRealPredicate as FP};
use inkwell::types::BasicTypeEnum;
use inkwell::values::InstructionOpcode as Op;
use inkwell::values::{BasicValue, BasicValueEnum};
use ir::attributes::{AttrKind, DenseData};
use ir::OpId;

use crate::lower::{vector_of, Lowerer, R};
use crate::raw;

/// `arith.cmpi` predicates by value.
const CMPI: [IP; 10] = [
    IP::LLVMIntEQ,
    IP::LLVMIntNE,
    IP::LLVMIntSLT,
    IP::LLVMIntSLE,
    IP::LLVMIntSGT,
    IP::LLVMIntSGE,
    IP::LLVMIntULT,
    IP::LLVMIntULE,
    IP::LLVMIntUGT,
    IP::LLVMIntUGE,
];

/// `arith.cmpf` predicates by value.
const CMPF: [FP; 16] = [
    FP::LLVMRealPredicateFalse,
    FP::LLVMRealOEQ,
    FP::LLVMRealOGT,
    FP::LLVMRealOGE,
    FP::LLVMRealOLT,
    FP::LLVMRealOLE,
    FP::LLVMRealONE,
    FP::LLVMRealORD,
    FP::LLVMRealUEQ,
    FP::LLVMRealUGT,
    FP::LLVMRealUGE,
    FP::LLVMRealULT,
    FP::LLVMRealULE,
    FP::LLVMRealUNE,
    FP::LLVMRealUNO,
    FP::LLVMRealPredicateTrue,
];

/// Binary ops that are one LLVM instruction.
fn binary_opcode(name: &str) -> Option<Op> {
    Some(match name {
        "arith.addi" => Op::Add,
        "arith.subi" => Op::Sub,
        "arith.muli" => Op::Mul,
        "arith.divsi" => Op::SDiv,
        "arith.divui" => Op::UDiv,
        "arith.remsi" => Op::SRem,
        "arith.remui" => Op::URem,
        "arith.andi" => Op::And,
        "arith.ori" => Op::Or,
        "arith.xori" => Op::Xor,
        "arith.shli" => Op::Shl,
        "arith.shrsi" => Op::AShr,
        "arith.shrui" => Op::LShr,
        "arith.addf" => Op::FAdd,
        "arith.subf" => Op::FSub,
        "arith.mulf" => Op::FMul,
        "arith.divf" => Op::FDiv,
        "arith.remf" => Op::FRem,
        _ => return None,
    })
}

/// Casts that are one LLVM instruction.
fn cast_opcode(name: &str) -> Option<Op> {
    Some(match name {
        "arith.extsi" => Op::SExt,
        "arith.extui" => Op::ZExt,
        "arith.trunci" => Op::Trunc,
        "arith.extf" => Op::FPExt,
        "arith.sitofp" => Op::SIToFP,
        "arith.uitofp" => Op::UIToFP,
        "arith.fptosi" => Op::FPToSI,
        "arith.fptoui" => Op::FPToUI,
        "arith.bitcast" => Op::BitCast,
        _ => return None,
    })
}

/// Integer min/max as compare and select.
fn int_min_max(name: &str) -> Option<IP> {
    Some(match name {
        "arith.maxsi" => IP::LLVMIntSGT,
        "arith.minsi" => IP::LLVMIntSLT,
        "arith.maxui" => IP::LLVMIntUGT,
        "arith.minui" => IP::LLVMIntULT,
        _ => return None,
    })
}

/// `math` ops that are an LLVM intrinsic overloaded on the operand type.
fn math_intrinsic(name: &str) -> Option<&'static str> {
    Some(match name {
        "math.exp" => "llvm.exp",
        "math.exp2" => "llvm.exp2",
        "math.log" => "llvm.log",
        "math.log2" => "llvm.log2",
        "math.log10" => "llvm.log10",
        "math.sqrt" => "llvm.sqrt",
        "math.absf" => "llvm.fabs",
        "math.floor" => "llvm.floor",
        "math.ceil" => "llvm.ceil",
        "math.round" => "llvm.round",
        "math.roundeven" => "llvm.roundeven",
        "math.trunc" => "llvm.trunc",
        "math.sin" => "llvm.sin",
        "math.cos" => "llvm.cos",
        "math.powf" => "llvm.pow",
        "math.copysign" => "llvm.copysign",
        "math.fma" => "llvm.fma",
        "math.ctpop" => "llvm.ctpop",
        _ => return None,
    })
}

/// `math` ops that call libm (`name` for f64, `name` + `f` for f32); the JIT maps these
/// symbols (see `runtime::LIBM`).
pub(crate) const LIBM_UNARY: [&str; 14] = [
    "tanh", "erf", "log1p", "expm1", "tan", "atan", "asin", "acos", "sinh", "cosh", "cbrt",
    "atanh", "asinh", "acosh",
];

impl<'ctx> Lowerer<'_, 'ctx> {
    pub(crate) fn lower_arith(&mut self, op: OpId, name: &str) -> R<bool> {
        if name.ends_with("_extended") {
            return self.lower_extended(op, name);
        }
        let n = self.ir.operands(op).len();
        let ops = self.operands(op, 0..n)?;
        let arity = match name {
            "arith.constant" => 0,
            "arith.select" => 3,
            _ if binary_opcode(name).is_some() || int_min_max(name).is_some() => 2,
            "arith.cmpi" | "arith.cmpf" | "arith.maximumf" | "arith.minimumf" | "arith.maxnumf"
            | "arith.minnumf" | "arith.ceildivsi" | "arith.floordivsi" | "arith.ceildivui" => 2,
            _ => 1,
        };
        self.expect_operands(op, arity)?;
        let v: BasicValueEnum = if let Some(code) = binary_opcode(name) {
            self.b.build_binop(code, ops[0], ops[1], "")?
        } else if let Some(code) = cast_opcode(name) {
            self.b.build_cast(code, ops[0], self.result_type(op)?, "")?
        } else if let Some(pred) = int_min_max(name) {
            self.pick(pred, ops[0], ops[1])
        } else {
            match name {
                "arith.constant" => self.constant(op, self.result_type(op)?)?,
                "arith.negf" => raw::fneg(&self.b, ops[0]),
                "arith.cmpi" => {
                    let p = self.predicate(op, &CMPI)?;
                    raw::icmp(&self.b, p, ops[0], ops[1])
                }
                "arith.cmpf" => {
                    let p = self.predicate(op, &CMPF)?;
                    raw::fcmp(&self.b, p, ops[0], ops[1])
                }
                "arith.select" => raw::select(&self.b, ops[0], ops[1], ops[2]),
                "arith.truncf" => {
                    // Only the default rounding (to nearest even) is an `fptrunc`.
                    if matches!(self.attr(op, "roundingmode"), Some(AttrKind::Integer { value, .. }) if *value != 0)
                    {
                        return Err(self
                            .error(op, "truncf with a rounding mode other than to_nearest_even"));
                    }
                    self.b
                        .build_cast(Op::FPTrunc, ops[0], self.result_type(op)?, "")?
                }
                "arith.index_cast" | "arith.index_castui" => {
                    self.index_cast(ops[0], self.result_type(op)?, name == "arith.index_castui")?
                }
                "arith.maximumf" => self.minmax_f(ops[0], ops[1], true)?,
                "arith.minimumf" => self.minmax_f(ops[0], ops[1], false)?,
                "arith.maxnumf" => self.intrinsic(op, "llvm.maxnum", &ops)?,
                "arith.minnumf" => self.intrinsic(op, "llvm.minnum", &ops)?,
                "arith.ceildivsi" => self.div_round(ops[0], ops[1], true)?,
                "arith.floordivsi" => self.div_round(ops[0], ops[1], false)?,
                "arith.ceildivui" => self.ceildivui(ops[0], ops[1])?,
                _ => return Ok(false),
            }
        };
        self.set_result(op, 0, v);
        Ok(true)
    }

    pub(crate) fn lower_math(&mut self, op: OpId, name: &str) -> R<bool> {
        let n = self.ir.operands(op).len();
        let ops = self.operands(op, 0..n)?;
        self.expect_operands(
            op,
            match name {
                "math.fma" => 3,
                "math.powf" | "math.copysign" => 2,
                _ => 1,
            },
        )?;
        let v = if let Some(intr) = math_intrinsic(name) {
            self.intrinsic(op, intr, &ops)?
        } else if let Some(f) = name
            .strip_prefix("math.")
            .filter(|f| LIBM_UNARY.contains(f))
        {
            self.libm_call(op, f, ops[0])?
        } else {
            match name {
                "math.rsqrt" => {
                    let s = self.intrinsic(op, "llvm.sqrt", &ops)?;
                    let one = self.float_splat(ops[0].get_type(), 1.0);
                    self.b.build_binop(Op::FDiv, one, s, "")?
                }
                "math.absi" => {
                    let no_poison = self.llvm.bool_type().const_zero().into();
                    self.intrinsic(op, "llvm.abs", &[ops[0], no_poison])?
                }
                _ => return Ok(false),
            }
        };
        self.set_result(op, 0, v);
        Ok(true)
    }

    /// `addui_extended` (sum and carry) and `mulsi_extended`/`mului_extended` (low and
    /// high halves of the double-width product).
    fn lower_extended(&mut self, op: OpId, name: &str) -> R<bool> {
        self.expect_operands(op, 2)?;
        if self.ir.num_results(op) != 2 {
            return Err(self.error(op, "expected two results"));
        }
        let (a, b) = (self.operand(op, 0)?, self.operand(op, 1)?);
        if int_width(a.get_type()) == 0 || a.get_type() != b.get_type() {
            return Err(self.error(op, "expected two integer operands of the same type"));
        }
        let (lo, hi) = match name {
            "arith.addui_extended" => {
                let sum = self.b.build_binop(Op::Add, a, b, "")?;
                (sum, raw::icmp(&self.b, IP::LLVMIntULT, sum, a))
            }
            "arith.mulsi_extended" | "arith.mului_extended" => {
                let ty = a.get_type();
                let width = int_width(ty);
                let wide = double_width(self.llvm, ty);
                let ext = if name == "arith.mulsi_extended" {
                    Op::SExt
                } else {
                    Op::ZExt
                };
                let wa = self.b.build_cast(ext, a, wide, "")?;
                let wb = self.b.build_cast(ext, b, wide, "")?;
                let p = self.b.build_binop(Op::Mul, wa, wb, "")?;
                let shift = self.int_splat(wide, i128::from(width));
                let high = self.b.build_binop(Op::LShr, p, shift, "")?;
                (
                    self.b.build_cast(Op::Trunc, p, ty, "")?,
                    self.b.build_cast(Op::Trunc, high, ty, "")?,
                )
            }
            _ => return Ok(false),
        };
        self.set_results(op, &[lo, hi]);
        Ok(true)
    }

    /// `a` if `a pred b`, else `b` (integer min/max).
    pub(crate) fn pick(
        &self,
        pred: IP,
        a: BasicValueEnum<'ctx>,
        b: BasicValueEnum<'ctx>,
    ) -> BasicValueEnum<'ctx> {
        let c = raw::icmp(&self.b, pred, a, b);
        raw::select(&self.b, c, a, b)
    }

    fn predicate<P: Copy>(&self, op: OpId, table: &[P]) -> R<P> {
        let v = self.int_attr(op, "predicate")?;
        usize::try_from(v)
            .ok()
            .and_then(|i| table.get(i).copied())
            .ok_or_else(|| self.error(op, format_args!("unknown predicate {v}")))
    }

    /// Calls the intrinsic `name` overloaded on the type of the first operand.
    pub(crate) fn intrinsic(
        &self,
        op: OpId,
        name: &str,
        args: &[BasicValueEnum<'ctx>],
    ) -> R<BasicValueEnum<'ctx>> {
        self.intrinsic_typed(op, name, &[args[0].get_type()], args)
    }

    pub(crate) fn intrinsic_typed(
        &self,
        op: OpId,
        name: &str,
        overloads: &[BasicTypeEnum<'ctx>],
        args: &[BasicValueEnum<'ctx>],
    ) -> R<BasicValueEnum<'ctx>> {
        let f = Intrinsic::find(name)
            .and_then(|i| i.get_declaration(&self.module, overloads))
            .ok_or_else(|| self.error(op, format_args!("no LLVM intrinsic {name}")))?;
        let args: Vec<_> = args.iter().map(|&a| a.into()).collect();
        let call = self.b.build_call(f, &args, "")?;
        call.try_as_basic_value()
            .basic()
            .ok_or_else(|| self.error(op, format_args!("{name} returns nothing")))
    }

    /// A libm function on f32/f64 scalars, elementwise on vectors.
    fn libm_call(&mut self, op: OpId, f: &str, x: BasicValueEnum<'ctx>) -> R<BasicValueEnum<'ctx>> {
        if let BasicValueEnum::VectorValue(vec) = x {
            let mut out = vec.get_type().get_undef();
            for i in 0..vec.get_type().get_size() {
                let idx = self.llvm.i32_type().const_int(i as u64, false);
                let e = self.b.build_extract_element(vec, idx, "")?;
                let r = self.libm_call(op, f, e)?;
                out = self.b.build_insert_element(out, r, idx, "")?;
            }
            return Ok(out.into());
        }
        let ty = x.get_type().into_float_type();
        let symbol = if ty == self.llvm.f32_type() {
            format!("{f}f")
        } else if ty == self.llvm.f64_type() {
            f.to_string()
        } else {
            return Err(self.error(op, "libm functions are lowered for f32 and f64 only"));
        };
        let func = self.declare(&symbol, ty.fn_type(&[ty.into()], false));
        let call = self.b.build_call(func, &[x.into()], "")?;
        Ok(call
            .try_as_basic_value()
            .basic()
            .expect("libm returns a value"))
    }

    fn constant(&self, op: OpId, ty: BasicTypeEnum<'ctx>) -> R<BasicValueEnum<'ctx>> {
        let attr = self.attr(op, "value");
        let bad = || self.error(op, "unsupported constant");
        let scalar = |elem: BasicTypeEnum<'ctx>, a: &AttrKind| -> Option<BasicValueEnum<'ctx>> {
            match a {
                AttrKind::Integer { value, .. } => Some(const_int(elem, *value)),
                AttrKind::Bool(b) => Some(const_int(elem, *b as i128)),
                AttrKind::Float { bits, .. } => Some(
                    elem.into_float_type()
                        .const_float(f64::from_bits(*bits))
                        .into(),
                ),
                _ => None,
            }
        };
        match (ty, attr) {
            (BasicTypeEnum::VectorType(vt), Some(AttrKind::DenseElements { splat, data, .. })) => {
                let elem = vt.get_element_type();
                let n = vt.get_size() as usize;
                let items: Vec<BasicValueEnum> = match data {
                    DenseData::Int(v) => v.iter().map(|&x| const_int(elem, x)).collect(),
                    DenseData::Float(v) => v
                        .iter()
                        .map(|&b| elem.into_float_type().const_float(f64::from_bits(b)).into())
                        .collect(),
                    _ => return Err(bad()),
                };
                let items = if *splat || items.len() == 1 {
                    vec![*items.first().ok_or_else(bad)?; n]
                } else {
                    items
                };
                Ok(inkwell::types::VectorType::const_vector(&items).into())
            }
            (_, Some(a)) => scalar(ty, a).ok_or_else(bad),
            _ => Err(bad()),
        }
    }

    /// `index_cast` (sign-extending) and `index_castui` (zero-extending) between index
    /// (i64) and integers of any width, elementwise on vectors.
    fn index_cast(
        &self,
        v: BasicValueEnum<'ctx>,
        to: BasicTypeEnum<'ctx>,
        unsigned: bool,
    ) -> R<BasicValueEnum<'ctx>> {
        let (from_w, to_w) = (int_width(v.get_type()), int_width(to));
        let code = match from_w.cmp(&to_w) {
            std::cmp::Ordering::Equal => return Ok(v),
            std::cmp::Ordering::Greater => Op::Trunc,
            std::cmp::Ordering::Less if unsigned => Op::ZExt,
            std::cmp::Ordering::Less => Op::SExt,
        };
        Ok(self.b.build_cast(code, v, to, "")?)
    }

    /// `maximumf`/`minimumf`: NaN if either operand is NaN, and -0.0 < +0.0.
    pub(crate) fn minmax_f(
        &self,
        a: BasicValueEnum<'ctx>,
        b: BasicValueEnum<'ctx>,
        max: bool,
    ) -> R<BasicValueEnum<'ctx>> {
        let pred = if max {
            FP::LLVMRealOGT
        } else {
            FP::LLVMRealOLT
        };
        let pick = raw::fcmp(&self.b, pred, a, b);
        let r = raw::select(&self.b, pick, a, b);
        // Equal operands differ only for zeros: the sign bits combine (and for max, or
        // for min), which orders -0.0 below +0.0.
        let ity = same_shape_int(self.llvm, a.get_type());
        let ai = self.b.build_cast(Op::BitCast, a, ity, "")?;
        let bi = self.b.build_cast(Op::BitCast, b, ity, "")?;
        let comb = self
            .b
            .build_binop(if max { Op::And } else { Op::Or }, ai, bi, "")?;
        let comb = self.b.build_cast(Op::BitCast, comb, a.get_type(), "")?;
        let eq = raw::fcmp(&self.b, FP::LLVMRealOEQ, a, b);
        let r = raw::select(&self.b, eq, comb, r);
        let nan = raw::fcmp(&self.b, FP::LLVMRealUNO, a, b);
        let either = self.b.build_binop(Op::FAdd, a, b, "")?;
        Ok(raw::select(&self.b, nan, either, r))
    }

    /// `ceildivsi` (`ceil`) and `floordivsi` (`!ceil`): the truncating quotient, moved by
    /// one when the remainder is non-zero and the exact quotient lies on that side.
    fn div_round(
        &self,
        a: BasicValueEnum<'ctx>,
        b: BasicValueEnum<'ctx>,
        ceil: bool,
    ) -> R<BasicValueEnum<'ctx>> {
        let q = self.b.build_binop(Op::SDiv, a, b, "")?;
        let r = self.b.build_binop(Op::SRem, a, b, "")?;
        let zero = a.get_type().const_zero();
        let inexact = raw::icmp(&self.b, IP::LLVMIntNE, r, zero);
        // The exact quotient is positive iff remainder and divisor have the same sign.
        let signs = self.b.build_binop(Op::Xor, r, b, "")?;
        let side = raw::icmp(
            &self.b,
            if ceil { IP::LLVMIntSGE } else { IP::LLVMIntSLT },
            signs,
            zero,
        );
        let adjust = self.b.build_binop(Op::And, inexact, side, "")?;
        let one = self.int_splat(a.get_type(), 1);
        let moved = self
            .b
            .build_binop(if ceil { Op::Add } else { Op::Sub }, q, one, "")?;
        Ok(raw::select(&self.b, adjust, moved, q))
    }

    /// `ceildivui`: `a == 0 ? 0 : (a - 1) / b + 1`.
    fn ceildivui(
        &self,
        a: BasicValueEnum<'ctx>,
        b: BasicValueEnum<'ctx>,
    ) -> R<BasicValueEnum<'ctx>> {
        let zero = a.get_type().const_zero();
        let one = self.int_splat(a.get_type(), 1);
        let am1 = self.b.build_binop(Op::Sub, a, one, "")?;
        let q = self.b.build_binop(Op::UDiv, am1, b, "")?;
        let q1 = self.b.build_binop(Op::Add, q, one, "")?;
        let is_zero = raw::icmp(&self.b, IP::LLVMIntEQ, a, zero);
        Ok(raw::select(&self.b, is_zero, zero, q1))
    }

    /// The integer constant `v` of type `ty` (a scalar or a splat vector).
    pub(crate) fn int_splat(&self, ty: BasicTypeEnum<'ctx>, v: i128) -> BasicValueEnum<'ctx> {
        match ty {
            BasicTypeEnum::VectorType(vt) => {
                let e = const_int(vt.get_element_type(), v);
                inkwell::types::VectorType::const_vector(&vec![e; vt.get_size() as usize]).into()
            }
            _ => const_int(ty, v),
        }
    }

    /// The float constant `v` of type `ty` (a scalar or a splat vector).
    pub(crate) fn float_splat(&self, ty: BasicTypeEnum<'ctx>, v: f64) -> BasicValueEnum<'ctx> {
        match ty {
            BasicTypeEnum::VectorType(vt) => {
                let e = vt.get_element_type().into_float_type().const_float(v);
                inkwell::types::VectorType::const_vector(&vec![e; vt.get_size() as usize]).into()
            }
            _ => ty.into_float_type().const_float(v).into(),
        }
    }
}

/// An integer constant of width up to 128 bits, from its sign-extended value.
pub(crate) fn const_int(ty: BasicTypeEnum<'_>, v: i128) -> BasicValueEnum<'_> {
    let it = ty.into_int_type();
    if it.get_bit_width() <= 64 {
        it.const_int(v as u64, false).as_basic_value_enum()
    } else {
        let words = [v as u64, (v >> 64) as u64];
        it.const_int_arbitrary_precision(&words)
            .as_basic_value_enum()
    }
}

/// The width of an integer type or of the elements of an integer vector type.
pub(crate) fn int_width(ty: BasicTypeEnum<'_>) -> u32 {
    match ty {
        BasicTypeEnum::VectorType(vt) => int_width(vt.get_element_type()),
        BasicTypeEnum::IntType(it) => it.get_bit_width(),
        _ => 0,
    }
}

/// The integer (vector) type of twice the width of `ty`.
fn double_width<'ctx>(
    llvm: &'ctx inkwell::context::Context,
    ty: BasicTypeEnum<'ctx>,
) -> BasicTypeEnum<'ctx> {
    match ty {
        BasicTypeEnum::VectorType(vt) => {
            vector_of(double_width(llvm, vt.get_element_type()), vt.get_size()).into()
        }
        _ => llvm
            .custom_width_int_type(std::num::NonZeroU32::new(2 * int_width(ty)).unwrap())
            .unwrap()
            .into(),
    }
}

/// The integer type of the same width and shape as a float (vector) type.
fn same_shape_int<'ctx>(
    llvm: &'ctx inkwell::context::Context,
    ty: BasicTypeEnum<'ctx>,
) -> BasicTypeEnum<'ctx> {
    match ty {
        BasicTypeEnum::VectorType(vt) => {
            vector_of(same_shape_int(llvm, vt.get_element_type()), vt.get_size()).into()
        }
        BasicTypeEnum::FloatType(ft) => {
            let bits = if ft == llvm.f16_type() || ft == llvm.bf16_type() {
                16
            } else if ft == llvm.f32_type() {
                32
            } else if ft == llvm.f64_type() {
                64
            } else if ft == llvm.x86_f80_type() {
                80
            } else {
                128
            };
            llvm.custom_width_int_type(std::num::NonZeroU32::new(bits).unwrap())
                .unwrap()
                .into()
        }
        other => other,
    }
}
