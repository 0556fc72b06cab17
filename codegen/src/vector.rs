//! `vector` ops on 1-D vectors: broadcast/splat, extract/insert, fma, reduction, and the
//! memory ops load/store and transfer_read/write (minor-identity map on memrefs; lanes
//! that may be out of bounds are masked, as MLIR's lowering does).

use inkwell::llvm_sys::LLVMIntPredicate as IP;
use inkwell::types::{BasicTypeEnum, VectorType};
use inkwell::values::{BasicValue, BasicValueEnum, InstructionOpcode as Op, IntValue};
use inkwell::AddressSpace;
use ir::attributes::{AffineExpr, AttrKind};
use ir::types::DYNAMIC;
use ir::OpId;

use crate::lower::{Lowerer, R};
use crate::raw;

impl<'ctx> Lowerer<'_, 'ctx> {
    pub(crate) fn lower_vector(&mut self, op: OpId, name: &str) -> R<bool> {
        let n = self.ir.operands(op).len();
        let v = match name {
            "vector.broadcast" | "vector.splat" => {
                let src = self.operand(op, 0)?;
                let rt = self.result_type(op)?.into_vector_type();
                match src {
                    BasicValueEnum::VectorValue(v) if v.get_type() == rt => src,
                    BasicValueEnum::VectorValue(v) if v.get_type().get_size() == 1 => {
                        let e = self.b.build_extract_element(
                            v,
                            self.llvm.i32_type().const_zero(),
                            "",
                        )?;
                        self.splat(e, rt)?
                    }
                    BasicValueEnum::VectorValue(_) => {
                        return Err(self.error(op, "broadcast between vector shapes"))
                    }
                    scalar => self.splat(scalar, rt)?,
                }
            }
            "vector.fma" => {
                let ops = self.operands(op, 0..3)?;
                self.intrinsic(op, "llvm.fma", &ops)?
            }
            "vector.extract" => {
                let src = self.operand(op, 0)?;
                match self.position(op, 1)? {
                    None => src,
                    Some(i) => self
                        .b
                        .build_extract_element(src.into_vector_value(), i, "")?,
                }
            }
            "vector.insert" => {
                let value = self.operand(op, 0)?;
                let dest = self.operand(op, 1)?;
                match self.position(op, 2)? {
                    None => value,
                    Some(i) => self
                        .b
                        .build_insert_element(dest.into_vector_value(), value, i, "")?
                        .into(),
                }
            }
            "vector.reduction" => self.reduction(op)?,
            "vector.load" => {
                let idx = self.operands(op, 1..n)?;
                let ty = self.result_type(op)?;
                let p = self.vector_ptr(op, self.ir.operands(op)[0], &idx, ty)?;
                let v = self.b.build_load(p, "")?;
                self.align_to_element(
                    v.as_instruction_value(),
                    ty.into_vector_type().get_element_type(),
                );
                v
            }
            "vector.store" => {
                let value = self.operand(op, 0)?;
                let idx = self.operands(op, 2..n)?;
                let p = self.vector_ptr(op, self.ir.operands(op)[1], &idx, value.get_type())?;
                let st = self.b.build_store(p, value)?;
                self.align_to_element(
                    Some(st),
                    value.get_type().into_vector_type().get_element_type(),
                );
                return Ok(true);
            }
            "vector.transfer_read" => self.transfer(op, true)?,
            "vector.transfer_write" => {
                self.transfer(op, false)?;
                return Ok(true);
            }
            _ => return Ok(false),
        };
        self.set_result(op, 0, v);
        Ok(true)
    }

    /// `v` in every lane of a vector of type `ty`.
    pub(crate) fn splat(
        &self,
        v: BasicValueEnum<'ctx>,
        ty: VectorType<'ctx>,
    ) -> R<BasicValueEnum<'ctx>> {
        let zero = self.llvm.i32_type().const_zero();
        let one = self.b.build_insert_element(ty.get_undef(), v, zero, "")?;
        let mask = self.llvm.i32_type().vec_type(ty.get_size()).const_zero();
        Ok(self
            .b
            .build_shuffle_vector(one, ty.get_undef(), mask, "")?
            .into())
    }

    /// The lane of a 1-D `vector.extract`/`insert` (`None` for an empty position),
    /// static or from the dynamic operands starting at `first_dynamic`.
    fn position(&self, op: OpId, first_dynamic: usize) -> R<Option<IntValue<'ctx>>> {
        let pos = self.i64_array(op, "static_position")?;
        match pos[..] {
            [] => Ok(None),
            [DYNAMIC] => Ok(Some(self.operand(op, first_dynamic)?.into_int_value())),
            [p] => Ok(Some(self.i64(p))),
            _ => Err(self.error(op, "multi-dimensional vector positions")),
        }
    }

    fn reduction(&mut self, op: OpId) -> R<BasicValueEnum<'ctx>> {
        let v = self.operand(op, 0)?;
        let acc = if self.ir.operands(op).len() > 1 {
            Some(self.operand(op, 1)?)
        } else {
            None
        };
        let kind = match self.attr(op, "kind") {
            Some(AttrKind::Opaque { body, .. }) => body
                .strip_prefix("kind<")
                .and_then(|b| b.strip_suffix('>'))
                .unwrap_or("")
                .trim(),
            _ => "",
        };
        let vt = v.get_type().into_vector_type();
        let elem = vt.get_element_type();
        let is_float = elem.is_float_type();
        let overload: [BasicTypeEnum; 1] = [vt.into()];
        // Ordered float sums and products start from the accumulator, as in MLIR.
        if is_float && (kind == "add" || kind == "mul") {
            let neutral = if kind == "add" { 0.0 } else { 1.0 };
            let start = acc.unwrap_or_else(|| self.float_splat(elem, neutral));
            let name = format!("llvm.vector.reduce.f{kind}");
            return self.intrinsic_typed(op, &name, &overload, &[start, v]);
        }
        if kind == "maximumf" || kind == "minimumf" {
            let mut r = acc;
            for i in 0..vt.get_size() {
                let e = self.b.build_extract_element(
                    v.into_vector_value(),
                    self.llvm.i32_type().const_int(i as u64, false),
                    "",
                )?;
                r = Some(match r {
                    Some(r) => self.minmax_f(r, e, kind == "maximumf")?,
                    None => e,
                });
            }
            return Ok(r.expect("vectors have lanes"));
        }
        let intr = match kind {
            "add" | "mul" | "and" | "or" | "xor" => kind,
            "maxsi" => "smax",
            "minsi" => "smin",
            "maxui" => "umax",
            "minui" => "umin",
            "maxnumf" => "fmax",
            "minnumf" => "fmin",
            _ => return Err(self.error(op, format_args!("unsupported reduction kind '{kind}'"))),
        };
        let r = self.intrinsic_typed(op, &format!("llvm.vector.reduce.{intr}"), &overload, &[v])?;
        match acc {
            Some(a) => self.combine(op, kind, a, r),
            None => Ok(r),
        }
    }

    /// Combines two scalars by a (non-float-add/mul) reduction kind.
    fn combine(
        &self,
        op: OpId,
        kind: &str,
        a: BasicValueEnum<'ctx>,
        b: BasicValueEnum<'ctx>,
    ) -> R<BasicValueEnum<'ctx>> {
        let binop = |code| -> R<BasicValueEnum<'ctx>> { Ok(self.b.build_binop(code, a, b, "")?) };
        match kind {
            "add" => binop(Op::Add),
            "mul" => binop(Op::Mul),
            "and" => binop(Op::And),
            "or" => binop(Op::Or),
            "xor" => binop(Op::Xor),
            "maxsi" => Ok(self.pick(IP::LLVMIntSGT, a, b)),
            "minsi" => Ok(self.pick(IP::LLVMIntSLT, a, b)),
            "maxui" => Ok(self.pick(IP::LLVMIntUGT, a, b)),
            "minui" => Ok(self.pick(IP::LLVMIntULT, a, b)),
            "maxnumf" => self.intrinsic(op, "llvm.maxnum", &[a, b]),
            _ => self.intrinsic(op, "llvm.minnum", &[a, b]),
        }
    }

    /// `transfer_read` (`read`) or `transfer_write` of a 1-D vector along the last
    /// dimension of a memref.
    fn transfer(&mut self, op: OpId, read: bool) -> R<BasicValueEnum<'ctx>> {
        let segs = self.segments(op)?;
        let (base_seg, idx_seg, mask_seg) = if read { (0, 1, 3) } else { (1, 2, 3) };
        let base = self.ir.operands(op)[segs[base_seg].start];
        let info = self.memref_info(op, self.ir.value_type(base))?;
        let rank = info.shape.len();
        let minor_identity = match self.attr(op, "permutation_map") {
            Some(AttrKind::AffineMap(m)) => {
                m.results.len() == 1
                    && rank > 0
                    && matches!(m.results[0], AffineExpr::Dim(d) if d as usize == rank - 1)
            }
            _ => false,
        };
        if !minor_identity {
            return Err(self.error(
                op,
                "transfer with a permutation map other than the minor identity",
            ));
        }
        let vec_ty = if read {
            self.type_of(op, self.ir.value_type(self.ir.result(op, 0)))?
        } else {
            self.operand(op, 0)?.get_type()
        }
        .into_vector_type();
        let idx = self.operands(op, segs[idx_seg].clone())?;
        let in_bounds = match self.attr(op, "in_bounds") {
            Some(AttrKind::Array(items)) => items
                .iter()
                .all(|&a| matches!(self.ctx.attr_kind(a), AttrKind::Bool(true))),
            _ => false,
        };
        let mut mask = None;
        if !in_bounds {
            // Lane i is in bounds when idx_last + i < size_last.
            let d = self.val(op, base)?.into_struct_value();
            let size = self.desc_size(d, &info, rank - 1)?;
            let i64v = self.llvm.i64_type().vec_type(vec_ty.get_size());
            let iota: Vec<_> = (0..vec_ty.get_size()).map(|i| self.i64(i as i64)).collect();
            let iota = VectorType::const_vector(&iota);
            let first = self.splat(idx[rank - 1], i64v)?;
            let lanes = self.b.build_binop(Op::Add, first, iota.into(), "")?;
            let bound = self.splat(size.into(), i64v)?;
            mask = Some(raw::icmp(&self.b, IP::LLVMIntSLT, lanes, bound));
        }
        if let Some(m) = segs.get(mask_seg).filter(|s| !s.is_empty()) {
            let given = self.operand(op, m.start)?;
            mask = Some(match mask {
                Some(b) => self.b.build_binop(Op::And, b, given, "")?,
                None => given,
            });
        }
        let p = self.vector_ptr(op, base, &idx, vec_ty.into())?;
        let elem = vec_ty.get_element_type();
        let align = self
            .llvm
            .i32_type()
            .const_int(elem_bytes(elem), false)
            .into();
        let ptr_ty = vec_ty.ptr_type(AddressSpace::default()).into();
        match (mask, read) {
            (None, true) => {
                let v = self.b.build_load(p, "")?;
                self.align_to_element(v.as_instruction_value(), elem);
                Ok(v)
            }
            (None, false) => {
                let st = self.b.build_store(p, self.operand(op, 0)?)?;
                self.align_to_element(Some(st), elem);
                Ok(p.into())
            }
            (Some(m), true) => {
                let pad = self.operand(op, segs[2].start)?;
                let pass = self.splat(pad, vec_ty)?;
                self.intrinsic_typed(
                    op,
                    "llvm.masked.load",
                    &[vec_ty.into(), ptr_ty],
                    &[p.into(), align, m, pass],
                )
            }
            (Some(m), false) => {
                let value = self.operand(op, 0)?;
                let f = inkwell::intrinsics::Intrinsic::find("llvm.masked.store")
                    .and_then(|i| i.get_declaration(&self.module, &[vec_ty.into(), ptr_ty]))
                    .ok_or_else(|| self.error(op, "no LLVM intrinsic llvm.masked.store"))?;
                self.b
                    .build_call(f, &[value.into(), p.into(), align.into(), m.into()], "")?;
                Ok(p.into())
            }
        }
    }
}

/// The size in bytes of a scalar type (the alignment of vector memory accesses).
pub(crate) fn elem_bytes(elem: BasicTypeEnum<'_>) -> u64 {
    match elem {
        BasicTypeEnum::IntType(t) => u64::from(t.get_bit_width().div_ceil(8).next_power_of_two()),
        BasicTypeEnum::FloatType(t) => {
            let ctx = t.get_context();
            if t == ctx.f32_type() {
                4
            } else if t == ctx.f16_type() || t == ctx.bf16_type() {
                2
            } else {
                8
            }
        }
        _ => 8,
    }
}
