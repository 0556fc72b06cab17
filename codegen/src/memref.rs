//! `memref` ops on MLIR's strided memref descriptors.
//!
//! A ranked `memref<d0 x ... x T, layout>` is `{ T* allocated, T* aligned, i64 offset,
//! [rank x i64] sizes, [rank x i64] strides }`; element `(i0, ..)` is at
//! `aligned[offset + sum(i_k * strides[k])]`. Sizes, strides and the offset that the type
//! knows statically are used as constants, the others are read from the descriptor.

use inkwell::types::{BasicType, BasicTypeEnum};
use inkwell::values::{BasicValue, BasicValueEnum, IntValue, PointerValue, StructValue};
use inkwell::AddressSpace;
use ir::attributes::{AffineExpr, AttrKind};
use ir::types::DYNAMIC;
use ir::{OpId, Type, TypeKind, ValueDef, ValueId};

use crate::lower::{Lowerer, R};

/// What the type of a memref says statically; `DYNAMIC` where it does not.
pub(crate) struct MemrefInfo<'ctx> {
    pub shape: Vec<i64>,
    pub strides: Vec<i64>,
    pub offset: i64,
    pub elem: BasicTypeEnum<'ctx>,
}

/// Row-major strides of `shape`, dynamic after the first dynamic size from the right.
fn identity_strides(shape: &[i64]) -> Vec<i64> {
    let mut strides = vec![0; shape.len()];
    let mut running = 1i64;
    for i in (0..shape.len()).rev() {
        strides[i] = running;
        running = match shape[i] {
            DYNAMIC => DYNAMIC,
            _ if running == DYNAMIC => DYNAMIC,
            s => running.saturating_mul(s),
        };
    }
    strides
}

impl<'ctx> Lowerer<'_, 'ctx> {
    pub(crate) fn memref_info(&self, op: OpId, ty: Type) -> R<MemrefInfo<'ctx>> {
        let TypeKind::MemRef {
            shape,
            elem,
            layout,
            ..
        } = self.ctx.type_kind(ty)
        else {
            return Err(self.error(op, "expected a ranked memref"));
        };
        let elem = self.type_of(op, *elem)?;
        let (strides, offset) = match layout.map(|l| self.ctx.attr_kind(l)) {
            None => (identity_strides(shape), 0),
            Some(AttrKind::AffineMap(m))
                if m.num_symbols == 0
                    && m.results.len() == shape.len()
                    && m.results
                        .iter()
                        .enumerate()
                        .all(|(i, e)| matches!(e, AffineExpr::Dim(d) if *d as usize == i)) =>
            {
                (identity_strides(shape), 0)
            }
            Some(AttrKind::Strided { strides, offset }) => (strides.to_vec(), *offset),
            _ => return Err(self.error(op, "unsupported memref layout")),
        };
        Ok(MemrefInfo {
            shape: shape.to_vec(),
            strides,
            offset,
            elem,
        })
    }

    /// A descriptor field that the type may know: `field` 3 (sizes) or 4 (strides).
    fn desc_entry(
        &self,
        d: StructValue<'ctx>,
        field: u32,
        i: usize,
        known: i64,
    ) -> R<IntValue<'ctx>> {
        if known != DYNAMIC {
            return Ok(self.i64(known));
        }
        self.desc_array_elem(d, field, i)
    }

    pub(crate) fn desc_size(
        &self,
        d: StructValue<'ctx>,
        info: &MemrefInfo,
        i: usize,
    ) -> R<IntValue<'ctx>> {
        self.desc_entry(d, 3, i, info.shape[i])
    }

    pub(crate) fn desc_stride(
        &self,
        d: StructValue<'ctx>,
        info: &MemrefInfo,
        i: usize,
    ) -> R<IntValue<'ctx>> {
        self.desc_entry(d, 4, i, info.strides[i])
    }

    fn desc_offset(&self, d: StructValue<'ctx>, info: &MemrefInfo) -> R<IntValue<'ctx>> {
        if info.offset != DYNAMIC {
            return Ok(self.i64(info.offset));
        }
        Ok(self.b.build_extract_value(d, 2, "")?.into_int_value())
    }

    /// The address of element `indices` of memref `m`.
    pub(crate) fn element_ptr(
        &self,
        op: OpId,
        m: ValueId,
        indices: &[BasicValueEnum<'ctx>],
    ) -> R<PointerValue<'ctx>> {
        let info = self.memref_info(op, self.ir.value_type(m))?;
        let d = self.val(op, m)?.into_struct_value();
        let mut linear = self.desc_offset(d, &info)?;
        for (k, idx) in indices.iter().enumerate() {
            let idx = idx.into_int_value();
            let term = if info.strides[k] == 1 {
                idx
            } else {
                let stride = self.desc_stride(d, &info, k)?;
                self.b.build_int_mul(idx, stride, "")?
            };
            linear = self.b.build_int_add(linear, term, "")?;
        }
        let base = self.b.build_extract_value(d, 1, "")?.into_pointer_value();
        // SAFETY (of the IR built): in-bounds indices stay inside the allocation, as
        // memref.load/store require.
        Ok(unsafe { self.b.build_in_bounds_gep(base, &[linear], "")? })
    }

    /// A descriptor from its parts.
    fn make_descriptor(
        &self,
        op: OpId,
        ty: Type,
        [allocated, aligned]: [PointerValue<'ctx>; 2],
        offset: IntValue<'ctx>,
        sizes: &[IntValue<'ctx>],
        strides: &[IntValue<'ctx>],
    ) -> R<BasicValueEnum<'ctx>> {
        let st = self.type_of(op, ty)?.into_struct_type();
        let mut fields = vec![allocated.into(), aligned.into(), offset.into()];
        if !sizes.is_empty() {
            fields.push(self.build_i64_array(sizes)?);
            fields.push(self.build_i64_array(strides)?);
        }
        self.build_struct(st, &fields)
    }

    fn libc_fn(&self, name: &str) -> inkwell::values::FunctionValue<'ctx> {
        let i8p = self.llvm.i8_type().ptr_type(AddressSpace::default());
        let ty = match name {
            "malloc" => i8p.fn_type(&[self.llvm.i64_type().into()], false),
            _ => self.llvm.void_type().fn_type(&[i8p.into()], false),
        };
        self.declare(name, ty)
    }

    fn lower_alloc(&mut self, op: OpId, on_stack: bool) -> R<()> {
        let ty = self.ir.value_type(self.ir.result(op, 0));
        let info = self.memref_info(op, ty)?;
        if info.offset != 0 || info.strides != identity_strides(&info.shape) {
            return Err(self.error(op, "allocation of a memref with a non-identity layout"));
        }
        let dynamic = match self.segments(op) {
            Ok(segs) => segs[0].clone(),
            Err(_) => 0..self.ir.operands(op).len(),
        };
        let mut dynamic = self.operands(op, dynamic)?.into_iter();
        let mut sizes = Vec::new();
        for &s in &info.shape {
            sizes.push(match s {
                DYNAMIC => dynamic
                    .next()
                    .ok_or_else(|| self.error(op, "missing dynamic size"))?
                    .into_int_value(),
                s => self.i64(s),
            });
        }
        let mut strides = vec![self.i64(1); sizes.len()];
        let mut total = self.i64(1);
        for i in (0..sizes.len()).rev() {
            strides[i] = total;
            total = self.b.build_int_mul(total, sizes[i], "")?;
        }
        let align = match self.attr(op, "alignment") {
            Some(AttrKind::Integer { value, .. }) => Some(*value as u64),
            _ => None,
        };
        let elem_ptr = info.elem.ptr_type(AddressSpace::default());
        let (allocated, aligned) = if on_stack {
            let all_static = info.shape.iter().all(|&s| s != DYNAMIC);
            let p = if all_static {
                // Hoisted: a static alloca in a loop must not grow the stack.
                self.entry_builder()
                    .build_array_alloca(info.elem, total, "")?
            } else {
                self.b.build_array_alloca(info.elem, total, "")?
            };
            if let (Some(a), Some(i)) = (align, p.as_instruction_value()) {
                let _ = i.set_alignment(a as u32);
            }
            (p, p)
        } else {
            let size = info
                .elem
                .size_of()
                .ok_or_else(|| self.error(op, "unsized element type"))?;
            let bytes = self.b.build_int_mul(total, size, "")?;
            let bytes = match align {
                Some(a) => self.b.build_int_add(bytes, self.i64(a as i64), "")?,
                None => bytes,
            };
            let raw = self
                .b
                .build_call(self.libc_fn("malloc"), &[bytes.into()], "")?
                .try_as_basic_value()
                .basic()
                .expect("malloc returns a pointer")
                .into_pointer_value();
            let allocated = self.b.build_pointer_cast(raw, elem_ptr, "")?;
            let aligned = match align {
                Some(a) => {
                    // (p + a - 1) & -a
                    let i64t = self.llvm.i64_type();
                    let pi = self.b.build_ptr_to_int(raw, i64t, "")?;
                    let bumped = self.b.build_int_add(pi, self.i64(a as i64 - 1), "")?;
                    let masked = self.b.build_and(bumped, self.i64(-(a as i64)), "")?;
                    self.b.build_int_to_ptr(masked, elem_ptr, "")?
                }
                None => allocated,
            };
            (allocated, aligned)
        };
        let d =
            self.make_descriptor(op, ty, [allocated, aligned], self.i64(0), &sizes, &strides)?;
        self.set_result(op, 0, d);
        Ok(())
    }

    pub(crate) fn lower_memref(&mut self, op: OpId, name: &str) -> R<bool> {
        let operands = self.ir.operands(op);
        match name {
            "memref.alloc" => self.lower_alloc(op, false)?,
            "memref.alloca" => self.lower_alloc(op, true)?,
            "memref.dealloc" => {
                let d = self.operand(op, 0)?.into_struct_value();
                let p = self.b.build_extract_value(d, 0, "")?.into_pointer_value();
                let i8p = self.llvm.i8_type().ptr_type(AddressSpace::default());
                let p = self.b.build_pointer_cast(p, i8p, "")?;
                self.b.build_call(self.libc_fn("free"), &[p.into()], "")?;
            }
            "memref.load" => {
                let idx = self.operands(op, 1..operands.len())?;
                let p = self.element_ptr(op, operands[0], &idx)?;
                let v = self.b.build_load(p, "")?;
                self.set_result(op, 0, v);
            }
            "memref.store" => {
                let v = self.operand(op, 0)?;
                let idx = self.operands(op, 2..operands.len())?;
                let p = self.element_ptr(op, operands[1], &idx)?;
                self.b.build_store(p, v)?;
            }
            "memref.dim" => {
                let v = self.lower_dim(op)?;
                self.set_result(op, 0, v.into());
            }
            "memref.cast" => {
                let src = self.ir.value_type(operands[0]);
                let dst = self.ir.value_type(self.ir.result(op, 0));
                if self.type_of(op, src)? != self.type_of(op, dst)? {
                    return Err(self.error(op, "cast between memrefs of different descriptors"));
                }
                let v = self.operand(op, 0)?;
                self.set_result(op, 0, v);
            }
            "memref.subview" => self.lower_subview(op)?,
            "memref.copy" => self.lower_copy(op)?,
            _ => return Ok(false),
        }
        Ok(true)
    }

    /// The constant value of an index defined by `arith.constant`.
    fn constant_index(&self, v: ValueId) -> Option<i64> {
        let ValueDef::OpResult { op, .. } = self.ir.value_def(v) else {
            return None;
        };
        if self.op_name(op) != "arith.constant" {
            return None;
        }
        match self.attr(op, "value")? {
            AttrKind::Integer { value, .. } => i64::try_from(*value).ok(),
            _ => None,
        }
    }

    fn lower_dim(&mut self, op: OpId) -> R<IntValue<'ctx>> {
        let src = self.ir.operands(op)[0];
        let info = self.memref_info(op, self.ir.value_type(src))?;
        let d = self.operand(op, 0)?.into_struct_value();
        let rank = info.shape.len();
        if let Some(i) = self
            .constant_index(self.ir.operands(op)[1])
            .filter(|&i| (0..rank as i64).contains(&i))
        {
            return self.desc_size(d, &info, i as usize);
        }
        // A dynamic index reads the sizes through memory.
        let sizes = self.b.build_extract_value(d, 3, "")?;
        let slot = self.entry_builder().build_alloca(sizes.get_type(), "")?;
        self.b.build_store(slot, sizes)?;
        let idx = self.operand(op, 1)?.into_int_value();
        // SAFETY (of the IR built): an index outside the rank is undefined in MLIR too.
        let p = unsafe { self.b.build_in_bounds_gep(slot, &[self.i64(0), idx], "")? };
        Ok(self.b.build_load(p, "")?.into_int_value())
    }

    fn lower_subview(&mut self, op: OpId) -> R<()> {
        let segs = self.segments(op)?;
        let src = self.ir.operands(op)[0];
        let info = self.memref_info(op, self.ir.value_type(src))?;
        let d = self.val(op, src)?.into_struct_value();
        let result_ty = self.ir.value_type(self.ir.result(op, 0));
        let result_rank = self.memref_info(op, result_ty)?.shape.len();
        let dynamic = |seg: usize, name: &str| -> R<Vec<IntValue<'ctx>>> {
            let mut ops = self.operands(op, segs[seg].clone())?.into_iter();
            self.i64_array(op, name)?
                .into_iter()
                .map(|s| match s {
                    DYNAMIC => ops
                        .next()
                        .map(|v| v.into_int_value())
                        .ok_or_else(|| self.error(op, "missing dynamic subview operand")),
                    s => Ok(self.i64(s)),
                })
                .collect()
        };
        let offsets = dynamic(1, "static_offsets")?;
        let sizes = dynamic(2, "static_sizes")?;
        let steps = dynamic(3, "static_strides")?;
        let static_sizes = self.i64_array(op, "static_sizes")?;
        let mut offset = self.desc_offset(d, &info)?;
        let mut new_sizes = Vec::new();
        let mut new_strides = Vec::new();
        // Unit dimensions are dropped, from the left, until the result rank is reached.
        let mut to_drop = static_sizes.len().saturating_sub(result_rank);
        for k in 0..static_sizes.len() {
            let stride = self.desc_stride(d, &info, k)?;
            let moved = self.b.build_int_mul(offsets[k], stride, "")?;
            offset = self.b.build_int_add(offset, moved, "")?;
            if to_drop > 0 && static_sizes[k] == 1 {
                to_drop -= 1;
                continue;
            }
            new_sizes.push(sizes[k]);
            new_strides.push(self.b.build_int_mul(stride, steps[k], "")?);
        }
        let allocated = self.b.build_extract_value(d, 0, "")?.into_pointer_value();
        let aligned = self.b.build_extract_value(d, 1, "")?.into_pointer_value();
        let v = self.make_descriptor(
            op,
            result_ty,
            [allocated, aligned],
            offset,
            &new_sizes,
            &new_strides,
        )?;
        self.set_result(op, 0, v);
        Ok(())
    }

    /// `memref.copy`: one `memcpy` when both sides are contiguous by their types (as
    /// MLIR does), else an element-wise loop nest over the source's sizes.
    fn lower_copy(&mut self, op: OpId) -> R<()> {
        let (src, dst) = (self.ir.operands(op)[0], self.ir.operands(op)[1]);
        let info = self.memref_info(op, self.ir.value_type(src))?;
        let dst_info = self.memref_info(op, self.ir.value_type(dst))?;
        let d = self.val(op, src)?.into_struct_value();
        let sizes = (0..info.shape.len())
            .map(|k| self.desc_size(d, &info, k))
            .collect::<R<Vec<_>>>()?;
        let contiguous = |i: &MemrefInfo| i.offset == 0 && i.strides == identity_strides(&i.shape);
        if contiguous(&info) && contiguous(&dst_info) {
            let mut bytes = info
                .elem
                .size_of()
                .ok_or_else(|| self.error(op, "unsized element type"))?;
            for &s in &sizes {
                bytes = self.b.build_int_mul(bytes, s, "")?;
            }
            let zero = [];
            let from = self.element_ptr(op, src, &zero)?;
            let to = self.element_ptr(op, dst, &zero)?;
            let align = crate::vector::elem_bytes(info.elem) as u32;
            self.b.build_memcpy(to, align, from, align, bytes)?;
            return Ok(());
        }
        let mut ivs = Vec::new();
        self.copy_dims(op, src, dst, &sizes, &mut ivs)
    }

    fn copy_dims(
        &mut self,
        op: OpId,
        src: ValueId,
        dst: ValueId,
        sizes: &[IntValue<'ctx>],
        ivs: &mut Vec<BasicValueEnum<'ctx>>,
    ) -> R<()> {
        if ivs.len() == sizes.len() {
            let from = self.element_ptr(op, src, ivs)?;
            let to = self.element_ptr(op, dst, ivs)?;
            let v = self.b.build_load(from, "")?;
            self.b.build_store(to, v)?;
            return Ok(());
        }
        let ub = sizes[ivs.len()];
        self.build_loop(self.i64(0), ub, self.i64(1), false, &[], &mut |l, iv, _| {
            ivs.push(iv.into());
            let r = l.copy_dims(op, src, dst, sizes, ivs);
            ivs.pop();
            r.map(|_| Vec::new())
        })?;
        Ok(())
    }

    /// The address of `indices` in memref `m` as a pointer to `ty` (a vector type),
    /// for vector loads and stores (whose last memref dimension is contiguous).
    pub(crate) fn vector_ptr(
        &self,
        op: OpId,
        m: ValueId,
        indices: &[BasicValueEnum<'ctx>],
        ty: BasicTypeEnum<'ctx>,
    ) -> R<PointerValue<'ctx>> {
        let p = self.element_ptr(op, m, indices)?;
        Ok(self
            .b
            .build_pointer_cast(p, ty.ptr_type(AddressSpace::default()), "")?)
    }

    /// Sets the alignment of a load or store to that of the memref's element type.
    pub(crate) fn align_to_element(
        &self,
        inst: Option<inkwell::values::InstructionValue<'ctx>>,
        elem: BasicTypeEnum<'ctx>,
    ) {
        let bytes = crate::vector::elem_bytes(elem) as u32;
        if let Some(i) = inst {
            let _ = i.set_alignment(bytes);
        }
    }
}
