//! The translation of one module: types, functions, blocks, the op dispatch, `func`, `cf`
//! and `scf`. Arithmetic is in `arith`, memory in `memref`.
//!
//! Values map one to one: an MLIR value becomes one LLVM value (a memref one descriptor
//! struct). Blocks of a function body become LLVM blocks whose arguments are phi nodes;
//! the single-block regions of `scf` ops are emitted in place, splitting the current LLVM
//! block around them.

use std::collections::HashMap;

use inkwell::basic_block::BasicBlock;
use inkwell::builder::{Builder, BuilderError};
use inkwell::context::Context as LlvmContext;
use inkwell::llvm_sys::LLVMIntPredicate;
use inkwell::module::{Linkage, Module};
use inkwell::types::{BasicMetadataTypeEnum, BasicType, BasicTypeEnum, FunctionType, StructType};
use inkwell::values::{
    AggregateValueEnum, AsValueRef, BasicMetadataValueEnum, BasicValue, BasicValueEnum,
    FunctionValue, IntValue, PhiValue,
};
use inkwell::AddressSpace;
use ir::attributes::{AttrKind, DenseData};
use ir::types::FloatKind;
use ir::{BlockId, Context, DiagLoc, Diagnostic, Ir, OpId, Type, TypeKind, ValueId};

use crate::raw;
use crate::LowerOptions;

/// Why a lowering step failed: a diagnostic, or a builder error that the op dispatch turns
/// into a diagnostic at the op being lowered.
pub(crate) enum Fail {
    Builder(BuilderError),
    Diag(Diagnostic),
}

impl From<BuilderError> for Fail {
    fn from(e: BuilderError) -> Self {
        Fail::Builder(e)
    }
}

impl From<Diagnostic> for Fail {
    fn from(d: Diagnostic) -> Self {
        Fail::Diag(d)
    }
}

pub(crate) type R<T> = Result<T, Fail>;

/// The body of [`Lowerer::build_loop`]: gets the induction variable and the carried
/// values, returns the next carried values.
pub(crate) type LoopBody<'f, 'a, 'ctx> = &'f mut dyn FnMut(
    &mut Lowerer<'a, 'ctx>,
    IntValue<'ctx>,
    &[BasicValueEnum<'ctx>],
) -> R<Vec<BasicValueEnum<'ctx>>>;

/// Name of the runtime entry point that runs an outlined `scf.parallel` body on threads.
pub const PARALLEL_FOR: &str = "codegen_parallel_for";

/// Name of the string attribute marking the result pointer of a `_mlir_ciface_` wrapper.
pub const RESULT_PARAM_ATTR: &str = "codegen.result";

/// The LLVM state of the function being emitted.
struct FuncState<'ctx> {
    func: FunctionValue<'ctx>,
    /// The first block, which holds the hoisted allocas and ends in a branch.
    entry: BasicBlock<'ctx>,
}

pub(crate) struct Lowerer<'a, 'ctx> {
    pub ctx: &'a Context,
    pub ir: &'a Ir,
    pub llvm: &'ctx LlvmContext,
    pub module: Module<'ctx>,
    pub b: Builder<'ctx>,
    opts: &'a LowerOptions,
    values: HashMap<ValueId, BasicValueEnum<'ctx>>,
    blocks: HashMap<BlockId, (BasicBlock<'ctx>, Vec<PhiValue<'ctx>>)>,
    cur: Option<FuncState<'ctx>>,
    /// Inside an outlined parallel body: nested `scf.parallel` ops run sequentially.
    in_parallel: bool,
    outlined: usize,
}

impl<'a, 'ctx> Lowerer<'a, 'ctx> {
    pub fn new(
        ctx: &'a Context,
        ir: &'a Ir,
        llvm: &'ctx LlvmContext,
        name: &str,
        opts: &'a LowerOptions,
    ) -> Self {
        Lowerer {
            ctx,
            ir,
            llvm,
            module: llvm.create_module(name),
            b: llvm.create_builder(),
            opts,
            values: HashMap::new(),
            blocks: HashMap::new(),
            cur: None,
            in_parallel: false,
            outlined: 0,
        }
    }

    // ----- diagnostics -----

    pub fn error(&self, op: OpId, msg: impl std::fmt::Display) -> Fail {
        Fail::Diag(Diagnostic::error(
            DiagLoc::Loc(self.ir.loc(op)),
            format!("lower-to-llvm: {msg}"),
        ))
    }

    pub fn unsupported(&self, op: OpId) -> Fail {
        self.error(op, format_args!("unsupported op '{}'", self.op_name(op)))
    }

    pub fn op_name(&self, op: OpId) -> &'a str {
        self.ctx.op_name_str(self.ir.op_name(op))
    }

    // ----- values -----

    pub fn val(&self, op: OpId, v: ValueId) -> R<BasicValueEnum<'ctx>> {
        self.values
            .get(&v)
            .copied()
            .ok_or_else(|| self.error(op, "operand used before its definition was lowered"))
    }

    pub fn operand(&self, op: OpId, i: usize) -> R<BasicValueEnum<'ctx>> {
        match self.ir.operands(op).get(i) {
            Some(&v) => self.val(op, v),
            None => Err(self.error(op, format_args!("missing operand #{i}"))),
        }
    }

    pub fn operands(
        &self,
        op: OpId,
        range: std::ops::Range<usize>,
    ) -> R<Vec<BasicValueEnum<'ctx>>> {
        range.map(|i| self.operand(op, i)).collect()
    }

    /// Checks that `op` has at least `n` operands (unregistered ops are not verified).
    pub fn expect_operands(&self, op: OpId, n: usize) -> R<()> {
        if self.ir.operands(op).len() < n {
            return Err(self.error(op, format_args!("expected {n} operands")));
        }
        Ok(())
    }

    /// The LLVM type of the single result of `op`.
    pub fn result_type(&self, op: OpId) -> R<BasicTypeEnum<'ctx>> {
        if self.ir.num_results(op) != 1 {
            return Err(self.error(op, "expected one result"));
        }
        self.type_of(op, self.ir.value_type(self.ir.result(op, 0)))
    }

    pub fn set_result(&mut self, op: OpId, i: usize, v: BasicValueEnum<'ctx>) {
        if let Some(r) = self.ir.results(op).get(i) {
            self.values.insert(r, v);
        }
    }

    pub fn set_results(&mut self, op: OpId, vs: &[BasicValueEnum<'ctx>]) {
        for (i, &v) in vs.iter().enumerate() {
            self.set_result(op, i, v);
        }
    }

    pub fn i64(&self, v: i64) -> IntValue<'ctx> {
        self.llvm.i64_type().const_int(v as u64, true)
    }

    pub fn attr(&self, op: OpId, name: &str) -> Option<&'a AttrKind> {
        self.ir
            .attr(self.ctx, op, name)
            .map(|a| self.ctx.attr_kind(a))
    }

    /// An integer attribute's value.
    pub fn int_attr(&self, op: OpId, name: &str) -> R<i128> {
        match self.attr(op, name) {
            Some(AttrKind::Integer { value, .. }) => Ok(*value),
            _ => Err(self.error(op, format_args!("expected integer attribute '{name}'"))),
        }
    }

    /// The values of a dense i64/i32 array attribute.
    pub fn i64_array(&self, op: OpId, name: &str) -> R<Vec<i64>> {
        match self.attr(op, name) {
            Some(AttrKind::DenseArray {
                data: DenseData::Int(v),
                ..
            }) => Ok(v.iter().map(|&x| x as i64).collect()),
            _ => Err(self.error(op, format_args!("expected array attribute '{name}'"))),
        }
    }

    /// The operand ranges of an op with `operandSegmentSizes`.
    pub fn segments(&self, op: OpId) -> R<Vec<std::ops::Range<usize>>> {
        let sizes = self.i64_array(op, "operandSegmentSizes")?;
        let mut start = 0;
        Ok(sizes
            .into_iter()
            .map(|n| {
                let r = start..start + n as usize;
                start = r.end;
                r
            })
            .collect())
    }

    // ----- types -----

    pub fn scalar_type(&self, ty: Type) -> Option<BasicTypeEnum<'ctx>> {
        Some(match self.ctx.type_kind(ty) {
            TypeKind::Integer { width, .. } => self
                .llvm
                .custom_width_int_type(std::num::NonZeroU32::new(*width)?)
                .ok()?
                .into(),
            TypeKind::Index => self.llvm.i64_type().into(),
            TypeKind::Float(k) => match k {
                FloatKind::F16 => self.llvm.f16_type().into(),
                FloatKind::BF16 => self.llvm.bf16_type().into(),
                FloatKind::F32 => self.llvm.f32_type().into(),
                FloatKind::F64 => self.llvm.f64_type().into(),
                FloatKind::F80 => self.llvm.x86_f80_type().into(),
                FloatKind::F128 => self.llvm.f128_type().into(),
                _ => return None,
            },
            _ => return None,
        })
    }

    /// The LLVM type of a value of type `ty`: scalars, 1-D (and 0-D) vectors, and ranked
    /// memrefs as descriptors.
    pub fn llvm_type(&self, ty: Type) -> Option<BasicTypeEnum<'ctx>> {
        match self.ctx.type_kind(ty) {
            TypeKind::Vector {
                shape,
                scalable,
                elem,
            } if shape.len() <= 1 && !scalable.iter().any(|&s| s) => {
                let n = shape.first().copied().unwrap_or(1);
                Some(vector_of(self.scalar_type(*elem)?, u32::try_from(n).ok()?).into())
            }
            TypeKind::MemRef { shape, elem, .. } => Some(
                self.descriptor_type(self.scalar_type(*elem)?, shape.len())
                    .into(),
            ),
            _ => self.scalar_type(ty),
        }
    }

    pub fn type_of(&self, op: OpId, ty: Type) -> R<BasicTypeEnum<'ctx>> {
        self.llvm_type(ty).ok_or_else(|| {
            self.error(
                op,
                format_args!("unsupported type '{}'", ir::print::print_type(self.ctx, ty)),
            )
        })
    }

    /// MLIR's memref descriptor: `{ T* allocated, T* aligned, i64 offset, [rank x i64]
    /// sizes, [rank x i64] strides }` (without the arrays for rank 0).
    pub fn descriptor_type(&self, elem: BasicTypeEnum<'ctx>, rank: usize) -> StructType<'ctx> {
        let ptr = elem.ptr_type(AddressSpace::default()).into();
        let i64 = self.llvm.i64_type();
        let mut fields = vec![ptr, ptr, i64.into()];
        if rank > 0 {
            let arr: BasicTypeEnum = i64.array_type(rank as u32).into();
            fields.extend([arr, arr]);
        }
        self.llvm.struct_type(&fields, false)
    }

    /// The parameter types of a function taking `inputs`: memrefs expand into their
    /// descriptor fields, as in MLIR's default calling convention.
    fn param_types(&self, op: OpId, inputs: &[Type]) -> R<Vec<BasicMetadataTypeEnum<'ctx>>> {
        let mut params = Vec::new();
        for &ty in inputs {
            let llty = self.type_of(op, ty)?;
            match memref_rank(self.ctx, ty) {
                Some(rank) => {
                    let st = llty.into_struct_type();
                    for i in 0..2 {
                        params.push(st.get_field_type_at_index(i).unwrap().into());
                    }
                    params.extend(std::iter::repeat_n(
                        BasicMetadataTypeEnum::from(self.llvm.i64_type()),
                        1 + 2 * rank,
                    ));
                }
                None => params.push(llty.into()),
            }
        }
        Ok(params)
    }

    /// The return type: none, the single result, or a struct of the results.
    fn return_type(&self, op: OpId, results: &[Type]) -> R<Option<BasicTypeEnum<'ctx>>> {
        let tys = results
            .iter()
            .map(|&t| self.type_of(op, t))
            .collect::<R<Vec<_>>>()?;
        Ok(match tys.len() {
            0 => None,
            1 => Some(tys[0]),
            _ => Some(self.llvm.struct_type(&tys, false).into()),
        })
    }

    fn fn_type(&self, op: OpId, inputs: &[Type], results: &[Type]) -> R<FunctionType<'ctx>> {
        let params = self.param_types(op, inputs)?;
        Ok(match self.return_type(op, results)? {
            Some(t) => t.fn_type(&params, false),
            None => self.llvm.void_type().fn_type(&params, false),
        })
    }

    /// The descriptor fields of `v` as call arguments (scalars pass through).
    fn flatten_arg(
        &self,
        ty: Type,
        v: BasicValueEnum<'ctx>,
        out: &mut Vec<BasicMetadataValueEnum<'ctx>>,
    ) -> R<()> {
        let Some(rank) = memref_rank(self.ctx, ty) else {
            out.push(v.into());
            return Ok(());
        };
        let d = v.into_struct_value();
        for i in 0..3 {
            out.push(self.b.build_extract_value(d, i, "")?.into());
        }
        for field in [3, 4] {
            for i in 0..rank {
                out.push(self.desc_array_elem(d, field, i)?.into());
            }
        }
        Ok(())
    }

    pub fn desc_array_elem(
        &self,
        d: inkwell::values::StructValue<'ctx>,
        field: u32,
        i: usize,
    ) -> R<IntValue<'ctx>> {
        let arr = self.b.build_extract_value(d, field, "")?.into_array_value();
        Ok(self
            .b
            .build_extract_value(arr, i as u32, "")?
            .into_int_value())
    }

    /// Fills an undefined aggregate with `fields`, in order.
    fn build_aggregate(
        &self,
        undef: AggregateValueEnum<'ctx>,
        fields: impl IntoIterator<Item = BasicValueEnum<'ctx>>,
    ) -> R<BasicValueEnum<'ctx>> {
        let mut agg = undef;
        for (i, f) in fields.into_iter().enumerate() {
            agg = self.b.build_insert_value(agg, f, i as u32, "")?;
        }
        Ok(agg.as_basic_value_enum())
    }

    /// Builds a value of struct type `ty` from `fields`.
    pub fn build_struct(
        &self,
        ty: StructType<'ctx>,
        fields: &[BasicValueEnum<'ctx>],
    ) -> R<BasicValueEnum<'ctx>> {
        self.build_aggregate(ty.get_undef().into(), fields.iter().copied())
    }

    /// Builds an `[n x i64]` array value from `items`.
    pub fn build_i64_array(&self, items: &[IntValue<'ctx>]) -> R<BasicValueEnum<'ctx>> {
        let ty = self.llvm.i64_type().array_type(items.len() as u32);
        self.build_aggregate(ty.get_undef().into(), items.iter().map(|&v| v.into()))
    }

    /// The function `name` of the module, declared with `ty` if it is not there yet.
    pub fn declare(&self, name: &str, ty: FunctionType<'ctx>) -> FunctionValue<'ctx> {
        self.module
            .get_function(name)
            .unwrap_or_else(|| self.module.add_function(name, ty, None))
    }

    /// Rebuilds a descriptor from its flattened fields (function parameters).
    fn unflatten_arg(
        &self,
        ty: Type,
        llty: BasicTypeEnum<'ctx>,
        params: &mut impl Iterator<Item = BasicValueEnum<'ctx>>,
    ) -> R<BasicValueEnum<'ctx>> {
        let mut next = || params.next().expect("parameter count follows param_types");
        let Some(rank) = memref_rank(self.ctx, ty) else {
            return Ok(next());
        };
        let mut fields = vec![next(), next(), next()];
        for _ in 0..if rank > 0 { 2 } else { 0 } {
            let items: Vec<IntValue> = (0..rank).map(|_| next().into_int_value()).collect();
            fields.push(self.build_i64_array(&items)?);
        }
        self.build_struct(llty.into_struct_type(), &fields)
    }

    // ----- module -----

    pub fn lower(&mut self, module: OpId) -> R<()> {
        let funcs: Vec<OpId> = self
            .ir
            .regions(module)
            .iter()
            .flat_map(|&r| self.ir.region_blocks(r))
            .flat_map(|&b| self.ir.block_ops(b))
            .collect();
        let mut defined = Vec::new();
        for &op in &funcs {
            if self.op_name(op) != "func.func" {
                return Err(self.unsupported(op));
            }
            let (name, inputs, results) = self.func_signature(op)?;
            let fty = self.fn_type(op, &inputs, &results)?;
            let has_body = self
                .ir
                .regions(op)
                .first()
                .is_some_and(|&r| !self.ir.region_blocks(r).is_empty());
            let private = matches!(self.attr(op, "sym_visibility"),
                Some(AttrKind::String { value, .. }) if &**value == b"private");
            let linkage = (has_body && private).then_some(Linkage::Internal);
            let f = self.module.add_function(&name, fty, linkage);
            if has_body {
                defined.push((op, f, private));
            }
        }
        for &(op, f, _) in &defined {
            self.lower_func(op, f)?;
        }
        if self.opts.c_interface {
            for &(op, f, private) in &defined {
                if !private {
                    self.c_wrapper(op, f)?;
                }
            }
        }
        Ok(())
    }

    fn func_signature(&self, op: OpId) -> R<(String, Vec<Type>, Vec<Type>)> {
        let name = match self.attr(op, "sym_name") {
            Some(AttrKind::String { value, .. }) => String::from_utf8_lossy(value).into_owned(),
            _ => return Err(self.error(op, "function without a name")),
        };
        let sig = self
            .ir
            .attr(self.ctx, op, "function_type")
            .and_then(|a| self.ctx.as_type_attr(a))
            .and_then(|t| self.ctx.function_signature(t))
            .ok_or_else(|| self.error(op, "function without a type"))?;
        Ok((name, sig.0.to_vec(), sig.1.to_vec()))
    }

    fn enter_function(&mut self, f: FunctionValue<'ctx>) -> Option<FuncState<'ctx>> {
        let entry = self.llvm.append_basic_block(f, "entry");
        self.cur.replace(FuncState { func: f, entry })
    }

    pub fn func(&self) -> FunctionValue<'ctx> {
        self.cur.as_ref().expect("inside a function").func
    }

    pub fn new_block(&self, name: &str) -> BasicBlock<'ctx> {
        self.llvm.append_basic_block(self.func(), name)
    }

    pub fn current_block(&self) -> BasicBlock<'ctx> {
        self.b.get_insert_block().expect("builder is positioned")
    }

    /// Positions a second builder in the entry block, for allocas that must not grow the
    /// stack in loops.
    pub fn entry_builder(&self) -> Builder<'ctx> {
        let b = self.llvm.create_builder();
        let entry = self.cur.as_ref().expect("inside a function").entry;
        match entry.get_first_instruction() {
            Some(i) => b.position_before(&i),
            None => b.position_at_end(entry),
        }
        b
    }

    fn lower_func(&mut self, op: OpId, f: FunctionValue<'ctx>) -> R<()> {
        let (_, inputs, _) = self.func_signature(op)?;
        self.enter_function(f);
        let entry = self.cur.as_ref().unwrap().entry;
        self.b.position_at_end(entry);
        let region = self.ir.regions(op)[0];
        let order = self.create_blocks(op, self.ir.region_blocks(region)[0])?;
        // The entry block's arguments are the parameters, with descriptors rebuilt.
        self.b.position_at_end(entry);
        let mut params = f.get_param_iter();
        let entry_block = order[0];
        for (&arg, &ty) in self.ir.block_args(entry_block).iter().zip(&inputs) {
            let llty = self.type_of(op, ty)?;
            let v = self.unflatten_arg(ty, llty, &mut params)?;
            self.values.insert(arg, v);
        }
        self.b
            .build_unconditional_branch(self.blocks[&entry_block].0)?;
        self.lower_blocks(&order, None)?;
        self.cur = None;
        self.blocks.clear();
        self.values.clear();
        Ok(())
    }

    /// Creates the LLVM blocks of the blocks reachable from `entry` (a region's first
    /// block), with phis for the arguments of all but `entry`; returns them in the order
    /// to lower them.
    fn create_blocks(&mut self, op: OpId, entry: BlockId) -> R<Vec<BlockId>> {
        let order = self.reverse_postorder(entry);
        for (i, &block) in order.iter().enumerate() {
            let bb = self.new_block("");
            let mut phis = Vec::new();
            if i > 0 {
                self.b.position_at_end(bb);
                for &arg in self.ir.block_args(block) {
                    let ty = self.type_of(op, self.ir.value_type(arg))?;
                    let phi = self.b.build_phi(ty, "")?;
                    self.values.insert(arg, phi.as_basic_value());
                    phis.push(phi);
                }
            }
            self.blocks.insert(block, (bb, phis));
        }
        Ok(order)
    }

    /// Lowers the ops of blocks made by `create_blocks`; with `exit`, an `scf.yield`
    /// feeds the exit's phis and branches there.
    fn lower_blocks(
        &mut self,
        order: &[BlockId],
        exit: Option<(BasicBlock<'ctx>, &[PhiValue<'ctx>])>,
    ) -> R<()> {
        for &block in order {
            self.b.position_at_end(self.blocks[&block].0);
            for o in self.ir.block_ops(block) {
                match exit {
                    Some((bb, phis)) if self.op_name(o) == "scf.yield" => {
                        let from = self.current_block();
                        for (phi, v) in phis.iter().zip(self.yielded(o)?) {
                            phi.add_incoming(&[(&v, from)]);
                        }
                        self.b.build_unconditional_branch(bb)?;
                    }
                    _ => self.lower_op(o)?,
                }
            }
        }
        Ok(())
    }

    /// `scf.execute_region`: its blocks in place, every `scf.yield` branching to the
    /// continuation, whose phis are the results.
    fn lower_execute_region(&mut self, op: OpId) -> R<()> {
        let Some(&entry) = self
            .ir
            .regions(op)
            .first()
            .and_then(|&r| self.ir.region_blocks(r).first())
        else {
            return Err(self.error(op, "expected a region with a block"));
        };
        let here = self.current_block();
        let order = self.create_blocks(op, entry)?;
        let exit = self.new_block("region.end");
        self.b.position_at_end(exit);
        let mut phis = Vec::new();
        for i in 0..self.ir.num_results(op) {
            let ty = self.type_of(op, self.ir.value_type(self.ir.result(op, i)))?;
            phis.push(self.b.build_phi(ty, "")?);
        }
        self.b.position_at_end(here);
        self.b.build_unconditional_branch(self.blocks[&entry].0)?;
        self.lower_blocks(&order, Some((exit, &phis)))?;
        self.place_after_current(exit)?;
        let results: Vec<BasicValueEnum> = phis.iter().map(|p| p.as_basic_value()).collect();
        self.set_results(op, &results);
        Ok(())
    }

    /// The blocks reachable from `entry`, each after its dominators.
    fn reverse_postorder(&self, entry: BlockId) -> Vec<BlockId> {
        let mut seen = std::collections::HashSet::from([entry]);
        let mut post = Vec::new();
        let mut stack = vec![(entry, 0usize)];
        while let Some((block, i)) = stack.pop() {
            let succs = self
                .ir
                .last_op(block)
                .map(|t| self.ir.successors(t))
                .unwrap_or_default();
            if let Some(&s) = succs.get(i) {
                stack.push((block, i + 1));
                if seen.insert(s) {
                    stack.push((s, 0));
                }
            } else {
                post.push(block);
            }
        }
        post.reverse();
        post
    }

    /// The `_mlir_ciface_<name>` wrapper: memref arguments by pointer to descriptor; a
    /// memref result or several results through a pointer passed first.
    fn c_wrapper(&mut self, op: OpId, f: FunctionValue<'ctx>) -> R<()> {
        let (name, inputs, results) = self.func_signature(op)?;
        let ret = self.return_type(op, &results)?;
        let by_pointer = results.len() > 1
            || results
                .first()
                .is_some_and(|&t| memref_rank(self.ctx, t).is_some());
        let mut params: Vec<BasicMetadataTypeEnum> = Vec::new();
        if let (true, Some(r)) = (by_pointer, ret) {
            params.push(r.ptr_type(AddressSpace::default()).into());
        }
        for &ty in &inputs {
            let llty = self.type_of(op, ty)?;
            params.push(match memref_rank(self.ctx, ty) {
                Some(_) => llty.ptr_type(AddressSpace::default()).into(),
                None => llty.into(),
            });
        }
        let fty = match ret {
            Some(r) if !by_pointer => r.fn_type(&params, false),
            _ => self.llvm.void_type().fn_type(&params, false),
        };
        let w = self
            .module
            .add_function(&format!("_mlir_ciface_{name}"), fty, None);
        let bb = self.llvm.append_basic_block(w, "entry");
        self.b.position_at_end(bb);
        let first = usize::from(by_pointer);
        let mut args = Vec::new();
        for (i, &ty) in inputs.iter().enumerate() {
            let p = w.get_nth_param((first + i) as u32).unwrap();
            let v = match memref_rank(self.ctx, ty) {
                Some(_) => self.b.build_load(p.into_pointer_value(), "")?,
                None => p,
            };
            self.flatten_arg(ty, v, &mut args)?;
        }
        let call = self.b.build_call(f, &args, "")?;
        let result = call.try_as_basic_value().basic();
        match (result, by_pointer) {
            (Some(r), true) => {
                let out = w.get_nth_param(0).unwrap().into_pointer_value();
                self.b.build_store(out, r)?;
                w.add_attribute(
                    inkwell::attributes::AttributeLoc::Param(0),
                    self.llvm.create_string_attribute(RESULT_PARAM_ATTR, ""),
                );
                self.b.build_return(None)?;
            }
            (Some(r), false) => {
                self.b.build_return(Some(&r))?;
            }
            (None, _) => {
                self.b.build_return(None)?;
            }
        }
        Ok(())
    }

    // ----- ops -----

    pub fn lower_op(&mut self, op: OpId) -> R<()> {
        let name = self.op_name(op);
        let handled = match name.split_once('.').map(|(d, _)| d) {
            Some("arith") => self.lower_arith(op, name)?,
            Some("math") => self.lower_math(op, name)?,
            Some("memref") => self.lower_memref(op, name)?,
            Some("vector") => self.lower_vector(op, name)?,
            Some("func" | "cf" | "scf") => self.lower_control(op, name)?,
            _ => false,
        };
        if handled {
            Ok(())
        } else {
            Err(self.unsupported(op))
        }
    }

    /// Lowers the ops of a single-block region (all but its terminator, which is
    /// returned), with the block's arguments bound to `args`.
    fn lower_region_body(
        &mut self,
        op: OpId,
        region: usize,
        args: &[BasicValueEnum<'ctx>],
    ) -> R<OpId> {
        let Some(&block) = self
            .ir
            .regions(op)
            .get(region)
            .and_then(|&r| self.ir.region_blocks(r).first())
        else {
            return Err(self.error(op, "expected a region with a block"));
        };
        for (&a, &v) in self.ir.block_args(block).iter().zip(args) {
            self.values.insert(a, v);
        }
        let term = self
            .ir
            .last_op(block)
            .ok_or_else(|| self.error(op, "region without terminator"))?;
        for o in self.ir.block_ops(block) {
            if o != term {
                self.lower_op(o)?;
            }
        }
        Ok(term)
    }

    fn region_is_empty(&self, op: OpId, region: usize) -> bool {
        self.ir
            .regions(op)
            .get(region)
            .is_none_or(|&r| self.ir.region_blocks(r).is_empty())
    }

    /// Branches to `block`, feeding its phis.
    fn branch_to(&self, block: BlockId, args: &[BasicValueEnum<'ctx>]) -> R<()> {
        let (bb, phis) = &self.blocks[&block];
        let from = self.current_block();
        for (phi, v) in phis.iter().zip(args) {
            phi.add_incoming(&[(v, from)]);
        }
        self.b.build_unconditional_branch(*bb)?;
        Ok(())
    }

    /// An LLVM block that branches on to `block` with `args`.
    fn edge_to(&self, block: BlockId, args: &[BasicValueEnum<'ctx>]) -> R<BasicBlock<'ctx>> {
        let here = self.current_block();
        let edge = self.new_block("");
        self.b.position_at_end(edge);
        self.branch_to(block, args)?;
        self.b.position_at_end(here);
        Ok(edge)
    }

    fn lower_control(&mut self, op: OpId, name: &str) -> R<bool> {
        let n = self.ir.operands(op).len();
        match name {
            "func.return" => {
                let vals = self.operands(op, 0..n)?;
                match vals.len() {
                    0 => self.b.build_return(None)?,
                    1 => self.b.build_return(Some(&vals[0]))?,
                    _ => {
                        let ty = self.func().get_type().get_return_type().unwrap();
                        let s = self.build_struct(ty.into_struct_type(), &vals)?;
                        self.b.build_return(Some(&s))?
                    }
                };
            }
            "func.call" => {
                let callee = match self.attr(op, "callee") {
                    Some(AttrKind::SymbolRef { root, .. }) => self.ctx.ident_str(*root),
                    _ => return Err(self.error(op, "call without a callee")),
                };
                let f = self
                    .module
                    .get_function(callee)
                    .ok_or_else(|| self.error(op, format_args!("unknown callee '{callee}'")))?;
                let mut args = Vec::new();
                for &v in self.ir.operands(op) {
                    self.flatten_arg(self.ir.value_type(v), self.val(op, v)?, &mut args)?;
                }
                let call = self.b.build_call(f, &args, "")?;
                if let Some(r) = call.try_as_basic_value().basic() {
                    if self.ir.num_results(op) == 1 {
                        self.set_result(op, 0, r);
                    } else {
                        for i in 0..self.ir.num_results(op) {
                            let v =
                                self.b
                                    .build_extract_value(r.into_struct_value(), i as u32, "")?;
                            self.set_result(op, i, v);
                        }
                    }
                }
            }
            "cf.br" => {
                let args = self.operands(op, 0..n)?;
                self.branch_to(self.ir.successors(op)[0], &args)?;
            }
            "cf.cond_br" => self.lower_cond_br(op)?,
            "cf.switch" => self.lower_switch(op)?,
            "cf.assert" => self.lower_assert(op)?,
            "scf.for" => self.lower_for(op)?,
            "scf.if" => self.lower_if(op)?,
            "scf.while" => self.lower_while(op)?,
            "scf.parallel" => self.lower_parallel(op)?,
            "scf.execute_region" => self.lower_execute_region(op)?,
            _ => return Ok(false),
        }
        Ok(true)
    }

    fn lower_cond_br(&mut self, op: OpId) -> R<()> {
        let segs = self.segments(op)?;
        let cond = self.operand(op, 0)?.into_int_value();
        let t_args = self.operands(op, segs[1].clone())?;
        let f_args = self.operands(op, segs[2].clone())?;
        let (t, f) = (self.ir.successors(op)[0], self.ir.successors(op)[1]);
        // Each destination is reached through its own edge when it takes arguments, so
        // that a block reached both ways gets one phi entry per predecessor.
        let t_bb = if t_args.is_empty() && t != f {
            self.blocks[&t].0
        } else {
            self.edge_to(t, &t_args)?
        };
        let f_bb = if f_args.is_empty() && t != f {
            self.blocks[&f].0
        } else {
            self.edge_to(f, &f_args)?
        };
        self.b.build_conditional_branch(cond, t_bb, f_bb)?;
        Ok(())
    }

    fn lower_switch(&mut self, op: OpId) -> R<()> {
        let segs = self.segments(op)?;
        let flag = self.operand(op, 0)?.into_int_value();
        let default_args = self.operands(op, segs[1].clone())?;
        let case_args = self.operands(op, segs[2].clone())?;
        let counts = self.i64_array(op, "case_operand_segments")?;
        let values: &[i128] = match self.attr(op, "case_values") {
            Some(AttrKind::DenseElements {
                data: DenseData::Int(v),
                ..
            }) => v,
            _ => &[],
        };
        let succs = self.ir.successors(op);
        // Every destination through its own edge block (cases may share a block).
        let default = self.edge_to(succs[0], &default_args)?;
        let mut cases = Vec::new();
        let mut start = 0;
        for (i, (&v, &n)) in values.iter().zip(&counts).enumerate() {
            let args = &case_args[start..start + n as usize];
            start += n as usize;
            let bb = self.edge_to(succs[i + 1], args)?;
            let c = crate::arith::const_int(flag.get_type().into(), v).into_int_value();
            cases.push((c, bb));
        }
        self.b.build_switch(flag, default, &cases)?;
        Ok(())
    }

    /// `cf.assert`: prints the message and aborts when the condition is false.
    fn lower_assert(&mut self, op: OpId) -> R<()> {
        let cond = self.operand(op, 0)?.into_int_value();
        let msg = match self.attr(op, "msg") {
            Some(AttrKind::String { value, .. }) => String::from_utf8_lossy(value).into_owned(),
            _ => String::new(),
        };
        let ok = self.new_block("assert.ok");
        let fail = self.new_block("assert.fail");
        self.b.build_conditional_branch(cond, ok, fail)?;
        self.b.position_at_end(fail);
        let i8p = self.llvm.i8_type().ptr_type(AddressSpace::default());
        let i32t = self.llvm.i32_type();
        let puts = self.declare("puts", i32t.fn_type(&[i8p.into()], false));
        let abort = self.declare("abort", self.llvm.void_type().fn_type(&[], false));
        let text = self.b.build_global_string_ptr(&msg, "assert.msg")?;
        self.b
            .build_call(puts, &[text.as_pointer_value().into()], "")?;
        self.b.build_call(abort, &[], "")?;
        self.b.build_unreachable()?;
        self.place_after_current(ok)?;
        Ok(())
    }

    /// The operand values of a terminator (`scf.yield`, `scf.condition`, ...).
    fn yielded(&self, term: OpId) -> R<Vec<BasicValueEnum<'ctx>>> {
        self.operands(term, 0..self.ir.operands(term).len())
    }

    /// Emits `for (iv = lb; iv < ub; iv += step)` carrying `inits`; `body` gets the
    /// induction variable and the carried values and returns the next ones. Returns the
    /// values after the last iteration.
    pub fn build_loop(
        &mut self,
        lb: IntValue<'ctx>,
        ub: IntValue<'ctx>,
        step: IntValue<'ctx>,
        unsigned: bool,
        inits: &[BasicValueEnum<'ctx>],
        body: LoopBody<'_, 'a, 'ctx>,
    ) -> R<Vec<BasicValueEnum<'ctx>>> {
        let pre = self.current_block();
        let header = self.new_block("loop.header");
        let body_bb = self.new_block("loop.body");
        let exit = self.new_block("loop.exit");
        self.b.build_unconditional_branch(header)?;
        self.b.position_at_end(header);
        let iv = self.b.build_phi(lb.get_type(), "iv")?;
        iv.add_incoming(&[(&lb, pre)]);
        let mut phis = Vec::new();
        for v in inits {
            let phi = self.b.build_phi(v.get_type(), "")?;
            phi.add_incoming(&[(v, pre)]);
            phis.push(phi);
        }
        let iv_val = iv.as_basic_value().into_int_value();
        let pred = if unsigned {
            LLVMIntPredicate::LLVMIntULT
        } else {
            LLVMIntPredicate::LLVMIntSLT
        };
        let cond = raw::icmp(&self.b, pred, iv_val.into(), ub.into()).into_int_value();
        self.b.build_conditional_branch(cond, body_bb, exit)?;
        self.b.position_at_end(body_bb);
        let carried: Vec<BasicValueEnum> = phis.iter().map(|p| p.as_basic_value()).collect();
        let next = body(self, iv_val, &carried)?;
        let next_iv = self.b.build_int_add(iv_val, step, "")?;
        let latch = self.current_block();
        iv.add_incoming(&[(&next_iv, latch)]);
        for (phi, v) in phis.iter().zip(&next) {
            phi.add_incoming(&[(v, latch)]);
        }
        self.b.build_unconditional_branch(header)?;
        self.place_after_current(exit)?;
        Ok(carried)
    }

    /// Moves `bb` (the continuation of a structured op) after the blocks emitted so far,
    /// so that blocks appear in program order, and continues there.
    fn place_after_current(&self, bb: BasicBlock<'ctx>) -> R<()> {
        let _ = bb.move_after(self.current_block());
        self.b.position_at_end(bb);
        Ok(())
    }

    fn lower_for(&mut self, op: OpId) -> R<()> {
        let n = self.ir.operands(op).len();
        let lb = self.operand(op, 0)?.into_int_value();
        let ub = self.operand(op, 1)?.into_int_value();
        let step = self.operand(op, 2)?.into_int_value();
        let inits = self.operands(op, 3..n)?;
        let unsigned = self.attr(op, "unsignedCmp").is_some();
        let results = self.build_loop(lb, ub, step, unsigned, &inits, &mut |l, iv, carried| {
            let mut args = vec![iv.into()];
            args.extend_from_slice(carried);
            let term = l.lower_region_body(op, 0, &args)?;
            l.yielded(term)
        })?;
        self.set_results(op, &results);
        Ok(())
    }

    fn lower_if(&mut self, op: OpId) -> R<()> {
        let cond = self.operand(op, 0)?.into_int_value();
        let then_bb = self.new_block("if.then");
        let merge = self.new_block("if.end");
        let has_else = !self.region_is_empty(op, 1);
        let else_bb = if has_else {
            self.new_block("if.else")
        } else {
            merge
        };
        self.b.build_conditional_branch(cond, then_bb, else_bb)?;
        let mut incoming = Vec::new();
        let regions: &[(usize, BasicBlock)] = if has_else {
            &[(0, then_bb), (1, else_bb)]
        } else {
            &[(0, then_bb)]
        };
        for &(region, bb) in regions {
            self.b.position_at_end(bb);
            let term = self.lower_region_body(op, region, &[])?;
            incoming.push((self.yielded(term)?, self.current_block()));
            self.b.build_unconditional_branch(merge)?;
        }
        self.place_after_current(merge)?;
        for i in 0..self.ir.num_results(op) {
            let ty = self.type_of(op, self.ir.value_type(self.ir.result(op, i)))?;
            let phi = self.b.build_phi(ty, "")?;
            for (vals, bb) in &incoming {
                phi.add_incoming(&[(&vals[i], *bb)]);
            }
            self.set_result(op, i, phi.as_basic_value());
        }
        Ok(())
    }

    fn lower_while(&mut self, op: OpId) -> R<()> {
        let n = self.ir.operands(op).len();
        let inits = self.operands(op, 0..n)?;
        let pre = self.current_block();
        let before = self.new_block("while.before");
        let after = self.new_block("while.after");
        let exit = self.new_block("while.end");
        self.b.build_unconditional_branch(before)?;
        self.b.position_at_end(before);
        let mut phis = Vec::new();
        for v in &inits {
            let phi = self.b.build_phi(v.get_type(), "")?;
            phi.add_incoming(&[(v, pre)]);
            phis.push(phi);
        }
        let args: Vec<BasicValueEnum> = phis.iter().map(|p| p.as_basic_value()).collect();
        let cond_op = self.lower_region_body(op, 0, &args)?;
        let cond = self.operand(cond_op, 0)?.into_int_value();
        let passed = self.operands(cond_op, 1..self.ir.operands(cond_op).len())?;
        self.b.build_conditional_branch(cond, after, exit)?;
        // The condition's values dominate both the `after` region and the exit.
        self.b.position_at_end(after);
        let yield_op = self.lower_region_body(op, 1, &passed)?;
        let next = self.yielded(yield_op)?;
        let latch = self.current_block();
        for (phi, v) in phis.iter().zip(&next) {
            phi.add_incoming(&[(v, latch)]);
        }
        self.b.build_unconditional_branch(before)?;
        self.place_after_current(exit)?;
        self.set_results(op, &passed);
        Ok(())
    }

    // ----- scf.parallel -----

    fn lower_parallel(&mut self, op: OpId) -> R<()> {
        let segs = self.segments(op)?;
        let lbs = self.operands(op, segs[0].clone())?;
        let ubs = self.operands(op, segs[1].clone())?;
        let steps = self.operands(op, segs[2].clone())?;
        let inits = self.operands(op, segs[3].clone())?;
        let bounds: Vec<[IntValue; 3]> = (0..lbs.len())
            .map(|i| {
                [
                    lbs[i].into_int_value(),
                    ubs[i].into_int_value(),
                    steps[i].into_int_value(),
                ]
            })
            .collect();
        if self.opts.threads > 1 && !self.in_parallel && inits.is_empty() && !bounds.is_empty() {
            return self.outline_parallel(op, &bounds);
        }
        let mut ivs = Vec::new();
        let results = self.parallel_dims(op, &bounds, &mut ivs, &inits)?;
        self.set_results(op, &results);
        Ok(())
    }

    /// The loops of dimensions `ivs.len()..` of a parallel op, sequentially, carrying the
    /// reduction accumulators.
    fn parallel_dims(
        &mut self,
        op: OpId,
        bounds: &[[IntValue<'ctx>; 3]],
        ivs: &mut Vec<BasicValueEnum<'ctx>>,
        accs: &[BasicValueEnum<'ctx>],
    ) -> R<Vec<BasicValueEnum<'ctx>>> {
        let d = ivs.len();
        if d == bounds.len() {
            let term = self.lower_region_body(op, 0, ivs)?;
            return self.combine_reductions(term, accs);
        }
        let [lb, ub, step] = bounds[d];
        self.build_loop(lb, ub, step, false, accs, &mut |l, iv, carried| {
            ivs.push(iv.into());
            let r = l.parallel_dims(op, bounds, ivs, carried);
            ivs.pop();
            r
        })
    }

    /// Applies each reduction region of `scf.reduce` to (accumulator, value).
    fn combine_reductions(
        &mut self,
        reduce: OpId,
        accs: &[BasicValueEnum<'ctx>],
    ) -> R<Vec<BasicValueEnum<'ctx>>> {
        let mut out = Vec::new();
        for (i, &acc) in accs.iter().enumerate() {
            let v = self.operand(reduce, i)?;
            let ret = self.lower_region_body(reduce, i, &[acc, v])?;
            out.push(self.operand(ret, 0)?);
        }
        Ok(out)
    }

    /// Runs the outermost dimension on the runtime's thread pool: the body becomes a
    /// function `void(i64 begin, i64 end, i8* ctx)` over a range of iteration numbers,
    /// and the values it uses from outside are passed in a context struct.
    fn outline_parallel(&mut self, op: OpId, bounds: &[[IntValue<'ctx>; 3]]) -> R<()> {
        // Values from outside go through the context struct, except LLVM constants,
        // which the body uses directly (keeping constant bounds and steps visible to
        // LLVM's loop optimizations).
        let captured = self.captured_values(op);
        let mut outside = Vec::new();
        for &v in &captured {
            outside.push(self.val(op, v)?);
        }
        outside.extend(bounds.iter().flatten().map(|&v| BasicValueEnum::from(v)));
        let passed: Vec<BasicValueEnum> = outside
            .iter()
            .copied()
            .filter(|&v| !is_constant(v))
            .collect();
        let tys: Vec<BasicTypeEnum> = passed.iter().map(|v| v.get_type()).collect();
        let ctx_ty = self.llvm.struct_type(&tys, false);
        let slot = self.entry_builder().build_alloca(ctx_ty, "par.ctx")?;
        let packed = self.build_struct(ctx_ty, &passed)?;
        self.b.build_store(slot, packed)?;

        // Number of iterations of the outer dimension: ceil((ub - lb) / step), or 0.
        let [lb, ub, step] = bounds[0];
        let i64t = self.llvm.i64_type();
        let span = self.b.build_int_sub(ub, lb, "")?;
        let span = self.b.build_int_add(span, step, "")?;
        let span = self.b.build_int_sub(span, i64t.const_int(1, false), "")?;
        let count = self.b.build_int_signed_div(span, step, "")?;
        let empty = raw::icmp(&self.b, LLVMIntPredicate::LLVMIntSLE, ub.into(), lb.into());
        let count = raw::select(&self.b, empty, self.i64(0).into(), count.into());

        // The outlined body.
        let i8p = self.llvm.i8_type().ptr_type(AddressSpace::default());
        let body_ty = self
            .llvm
            .void_type()
            .fn_type(&[i64t.into(), i64t.into(), i8p.into()], false);
        self.outlined += 1;
        let parent_name = self.func().get_name().to_string_lossy().into_owned();
        let body = self.module.add_function(
            &format!("{parent_name}.parallel.{}", self.outlined),
            body_ty,
            Some(Linkage::Internal),
        );
        let saved_block = self.current_block();
        let saved_state = self.enter_function(body);
        let saved_values = self.values.clone();
        self.in_parallel = true;
        let entry = self.cur.as_ref().unwrap().entry;
        self.b.position_at_end(entry);
        let p = body.get_nth_param(2).unwrap().into_pointer_value();
        let p = self
            .b
            .build_pointer_cast(p, ctx_ty.ptr_type(AddressSpace::default()), "")?;
        let loaded = self.b.build_load(p, "")?.into_struct_value();
        let mut inside = Vec::new();
        let mut next = 0;
        for &v in &outside {
            if is_constant(v) {
                inside.push(v);
            } else {
                inside.push(self.b.build_extract_value(loaded, next, "")?);
                next += 1;
            }
        }
        for (&v, &x) in captured.iter().zip(&inside) {
            self.values.insert(v, x);
        }
        let inner: Vec<[IntValue; 3]> = inside[captured.len()..]
            .chunks(3)
            .map(|c| [c[0], c[1], c[2]].map(|v| v.into_int_value()))
            .collect();
        let start = self.new_block("");
        self.b.build_unconditional_branch(start)?;
        self.b.position_at_end(start);
        let begin = body.get_nth_param(0).unwrap().into_int_value();
        let end = body.get_nth_param(1).unwrap().into_int_value();
        let [lb0, _, step0] = inner[0];
        self.build_loop(begin, end, self.i64(1), false, &[], &mut |l, i, _| {
            let scaled = l.b.build_int_mul(i, step0, "")?;
            let iv = l.b.build_int_add(lb0, scaled, "")?;
            let mut ivs = vec![iv.into()];
            l.parallel_dims(op, &inner, &mut ivs, &[])
        })?;
        self.b.build_return(None)?;
        self.in_parallel = false;
        self.values = saved_values;
        self.cur = saved_state;
        self.b.position_at_end(saved_block);

        let rt_ty = self.llvm.void_type().fn_type(
            &[
                i64t.into(),
                i64t.into(),
                i64t.into(),
                body_ty.ptr_type(AddressSpace::default()).into(),
                i8p.into(),
            ],
            false,
        );
        let rt = self.declare(PARALLEL_FOR, rt_ty);
        let ctx_arg = self.b.build_pointer_cast(slot, i8p, "")?;
        let fn_ptr = body.as_global_value().as_pointer_value();
        self.b.build_call(
            rt,
            &[
                self.i64(0).into(),
                count.into(),
                self.i64(self.opts.threads as i64).into(),
                fn_ptr.into(),
                ctx_arg.into(),
            ],
            "",
        )?;
        Ok(())
    }

    /// Values used inside `op`'s regions but defined outside it, in first-use order.
    fn captured_values(&self, op: OpId) -> Vec<ValueId> {
        let mut out = Vec::new();
        let mut seen = std::collections::HashSet::new();
        self.ir.walk_preorder(op, &mut |o| {
            if o == op {
                return;
            }
            for &v in self.ir.operands(o) {
                let inside = self
                    .ir
                    .value_block(v)
                    .and_then(|b| self.ir.block_parent_op(b))
                    .is_some_and(|p| p == op || self.ir.is_ancestor(op, p));
                if !inside && seen.insert(v) {
                    out.push(v);
                }
            }
        });
        out
    }
}

/// Is `v` an LLVM constant (usable in any function of the module)?
fn is_constant(v: BasicValueEnum) -> bool {
    // SAFETY: `v` is a live value of this context.
    unsafe { inkwell::llvm_sys::core::LLVMIsConstant(v.as_value_ref()) != 0 }
}

/// The rank of a ranked memref type.
pub(crate) fn memref_rank(ctx: &Context, ty: Type) -> Option<usize> {
    match ctx.type_kind(ty) {
        TypeKind::MemRef { shape, .. } => Some(shape.len()),
        _ => None,
    }
}

/// `<n x elem>`.
pub(crate) fn vector_of(elem: BasicTypeEnum<'_>, n: u32) -> inkwell::types::VectorType<'_> {
    match elem {
        BasicTypeEnum::IntType(t) => t.vec_type(n),
        BasicTypeEnum::FloatType(t) => t.vec_type(n),
        BasicTypeEnum::PointerType(t) => t.vec_type(n),
        other => unreachable!("vector of {other:?}"),
    }
}
