//! Code generation: MLIR's standard dialects (func, arith, math, cf, scf, memref, vector)
//! to LLVM IR through inkwell (LLVM 14), for the host CPU, and a JIT to run it.
//!
//! # API
//!
//! ```
//! use codegen::{lower_module, Buffer, Jit, LowerOptions, OptLevel, Scalar};
//!
//! let src = r#"
//! func.func @sum(%a: memref<?xf32>, %init: f32) -> f32 {
//!   %c0 = arith.constant 0 : index
//!   %c1 = arith.constant 1 : index
//!   %n = memref.dim %a, %c0 : memref<?xf32>
//!   %r = scf.for %i = %c0 to %n step %c1 iter_args(%acc = %init) -> (f32) {
//!     %x = memref.load %a[%i] : memref<?xf32>
//!     %s = arith.addf %acc, %x : f32
//!     scf.yield %s : f32
//!   }
//!   return %r : f32
//! }"#;
//! let ctx = dialects::context();
//! let mut ir = ir::Ir::new();
//! let file = parser::SourceFile { id: 0, name: "doc.mlir", text: src };
//! let module_op = parser::parse_module(&ctx, &mut ir, &file, &Default::default()).unwrap();
//!
//! let llvm = inkwell::context::Context::create();
//! let module = lower_module(&ctx, &ir, module_op, &llvm, &LowerOptions::default()).unwrap();
//! codegen::optimize(&module, OptLevel::O3).unwrap(); // LLVM's default<O3>
//! let text = codegen::emit_llvm(&module); // --emit=llvm
//! assert!(text.contains("define float @_mlir_ciface_sum"));
//! let obj = codegen::emit_obj(&module, OptLevel::O3).unwrap(); // --emit=obj (ELF)
//! assert_eq!(&obj[..4], b"\x7fELF");
//!
//! // Run it (Jit::new would optimize at -O3 itself; this module is optimized already).
//! let jit = Jit::from_optimized(module).unwrap();
//! let mut data = vec![1.0f32, 2.0, 3.0];
//! let r = jit.call("sum", &mut [Buffer::new(&mut data, &[3]).unwrap().into(), 0.5f32.into()]);
//! assert_eq!(r.unwrap(), vec![Scalar::F32(6.5)]);
//! ```
//!
//! - [`lower_module`] translates a `builtin.module` of `func.func` ops into a new LLVM
//!   module configured for the host (triple, data layout, and `target-cpu` /
//!   `target-features` of the host CPU on every function, so AVX2/FMA are used where
//!   available, by the JIT as well). It does not optimize. An op or type it does not
//!   support is an error diagnostic at the op's location:
//!   `lower-to-llvm: unsupported op 'x.y'`.
//! - [`optimize`] runs LLVM's new-pass-manager pipeline `default<On>` for the host.
//! - [`emit_llvm`], [`emit_asm`], [`emit_obj`] print or compile the module.
//! - [`Jit`] compiles a module once and calls its public functions on [`Arg`]s: scalars
//!   and [`Buffer`]s (strided views of Rust slices), returning scalar results.
//!
//! Wiring into a driver (what opt-tool needs):
//!
//! - `--pass=lower-to-llvm`: after the pass pipeline, `lower_module(&ctx, &ir, module,
//!   &llvm, &LowerOptions { threads, ..Default::default() })`; an `Err` is one diagnostic
//!   to render like a verifier error (it carries the op's location).
//! - `--emit=llvm|asm|obj`: `optimize(&m, OptLevel::O3)` (unless `-O0`), then
//!   [`emit_llvm`] (text), [`emit_asm`] (text bytes) or [`emit_obj`] (ELF bytes).
//! - `--run=@fn`: `Jit::new(m)?.call("fn", &mut [])?` (or [`Jit::from_optimized`] when
//!   the module went through [`optimize`] already), printing each [`Scalar`] with
//!   `Display` (one per line, as MLIR's constants read). Only public functions with
//!   scalar (or no) parameters and results are callable this way.
//!
//! An `inkwell::context::Context` is not `Send`: create it on the thread that lowers,
//! optimizes and runs.
//!
//! # Supported ops
//!
//! Scalars and 1-D vectors (also 0-D, as `<1 x T>`) of integers of any width, `index`
//! (i64), f16/bf16/f32/f64; ranked memrefs with identity or `strided<>` layouts.
//!
//! - `func`: func (definitions and declarations), return, call.
//! - `cf`: br, cond_br, switch (block arguments become phi nodes), assert (prints the
//!   message with `puts` and calls `abort`).
//! - `arith`: constant (scalars, vector splats and dense vectors), addi, subi, muli,
//!   divsi, divui, remsi, remui, ceildivsi, ceildivui, floordivsi, andi, ori, xori, shli,
//!   shrsi, shrui, maxsi, minsi, maxui, minui, addf, subf, mulf, divf, remf, negf,
//!   maximumf, minimumf (NaN-propagating, -0 < +0), maxnumf, minnumf, cmpi, cmpf (all
//!   predicates), select, extsi, extui, trunci, extf, truncf (default rounding), sitofp,
//!   uitofp, fptosi, fptoui, index_cast, index_castui, bitcast, addui_extended,
//!   mulsi_extended, mului_extended. Semantics are those of
//!   MLIR's conversion to LLVM: division by zero, signed `MIN / -1`, shifts by the bit
//!   width or more, and out-of-range `fptosi`/`fptoui` are undefined (poison) as in MLIR.
//!   Fast-math and overflow flags are accepted and not forwarded (LLVM 14's C API cannot
//!   set them), which only forgoes optimizations.
//! - `math`: exp, exp2, log, log2, log10, sqrt, rsqrt, absf, absi, floor, ceil, round,
//!   roundeven, trunc, sin, cos, powf, copysign, fma, ctpop (LLVM intrinsics); tanh, erf,
//!   log1p, expm1, tan, atan, asin, acos, sinh, cosh, cbrt, atanh, asinh, acosh (libm
//!   calls, `f` suffix for f32, elementwise on vectors; f32/f64 only).
//! - `scf`: for (with iter_args, `unsignedCmp`), if (with results), while, parallel (with
//!   reductions; see below), reduce, yield, condition, execute_region (any number of
//!   blocks).
//! - `memref`: alloc (malloc, honouring `alignment`), alloca (static ones hoisted to the
//!   entry block), dealloc (free), load, store, dim, subview (incl. rank-reducing), cast
//!   (ranked to ranked), copy (`memcpy` when both sides are contiguous by their types,
//!   else an element-wise loop nest).
//! - `vector` (1-D): broadcast, splat, extract, insert (static or dynamic position),
//!   fma, reduction (every kind; float add/mul are ordered, starting from the
//!   accumulator or the neutral value, as in MLIR), load, store, transfer_read and
//!   transfer_write on memrefs with a minor-identity permutation map (lanes not known to
//!   be in bounds, and `mask`, become LLVM masked loads/stores with the padding value).
//!
//! Not supported (diagnostics): tensors, unranked memrefs, n-D vectors, memref.global,
//! reshape ops, truncf with a non-default rounding mode, transfers with other
//! permutation maps, vector arguments and memref results in [`Jit::call`]. Fast-math and
//! overflow flags are not forwarded (see above); `scf.parallel` with reductions stays
//! sequential; f16/bf16 conversions rely on the host's F16C instructions in the JIT (LLVM
//! 14 otherwise calls `__gnu_h2f_ieee`-style helpers the JIT does not map).
//!
//! # Calling convention
//!
//! A memref is MLIR's descriptor, an LLVM struct
//! `{ T* allocated, T* aligned, i64 offset, [rank x i64] sizes, [rank x i64] strides }`
//! (`{ T*, T*, i64 }` for rank 0); element `(i0, ..)` is at
//! `aligned[offset + sum(i_k * strides[k])]`. In C:
//!
//! ```c
//! typedef struct { float *allocated, *aligned; int64_t offset, sizes[2], strides[2]; } memref_2d_f32;
//! ```
//!
//! - The LLVM function `@name` has MLIR's default convention: each memref argument is
//!   passed as its fields in order (allocated, aligned, offset, sizes..., strides...);
//!   results are returned directly (one) or as a struct (several); `index` is `i64`.
//!   Private functions get internal linkage.
//! - With [`LowerOptions::c_interface`] (the default), every public function with a body
//!   also gets `_mlir_ciface_<name>` (MLIR's `llvm.emit_c_interface` wrapper): each memref
//!   argument is a pointer to its descriptor, scalars are passed by value; a single
//!   scalar result is returned; a memref result or several results are written through a
//!   pointer to the result (descriptor or struct of results) passed as the first
//!   argument. E.g. `func.func @mm(%a: memref<?x?xf32>, %b: memref<?x?xf32>, %s: f32) -> f32`
//!   is `float _mlir_ciface_mm(memref_2d_f32 *a, memref_2d_f32 *b, float s)`.
//! - Code lowered with `threads > 1` calls `codegen_parallel_for` (exported by this
//!   crate with C linkage; see [`runtime::codegen_parallel_for`]); an object file using
//!   it links against this crate's runtime, or any function of that signature.
//!
//! # Parallel loops
//!
//! `scf.parallel` is a sequential loop nest when [`LowerOptions::threads`] is 1 (the
//! default), when it has reductions, or when nested in another parallel loop. Otherwise
//! its body is outlined into `void <func>.parallel.N(i64 begin, i64 end, i8* ctx)` running
//! iterations `[begin, end)` of the outermost dimension (all inner dimensions inside),
//! the values it uses are stored in a context struct, and the loop becomes a call
//! `codegen_parallel_for(0, n, threads, body, ctx)`, which runs contiguous chunks on a
//! rayon pool of `threads` threads.

mod arith;
mod jit;
mod lower;
mod memref;
mod raw;
pub mod runtime;
mod target;
mod vector;

pub use jit::{Arg, Buffer, Element, Jit, Returned, Scalar, ScalarKind};
pub use lower::PARALLEL_FOR;
pub use target::{
    configure_for_host, emit_asm, emit_llvm, emit_obj, host_machine, optimize, OptLevel,
};

use ir::{DiagLoc, Diagnostic};

/// Options of [`lower_module`].
#[derive(Clone, Debug)]
pub struct LowerOptions {
    /// Threads for the outermost dimension of `scf.parallel` loops; 1 keeps them
    /// sequential.
    pub threads: usize,
    /// Emit `_mlir_ciface_<name>` wrappers for public functions (needed by [`Jit`]).
    pub c_interface: bool,
}

impl Default for LowerOptions {
    fn default() -> Self {
        LowerOptions {
            threads: 1,
            c_interface: true,
        }
    }
}

/// Translates `module` (a `builtin.module` of `func.func` ops in MLIR's standard
/// dialects) into a new LLVM module in `llvm`, configured for the host and verified.
pub fn lower_module<'ctx>(
    ctx: &ir::Context,
    ir: &ir::Ir,
    module: ir::OpId,
    llvm: &'ctx inkwell::context::Context,
    opts: &LowerOptions,
) -> Result<inkwell::module::Module<'ctx>, Diagnostic> {
    let name = ctx
        .file_line_col(ir.loc(module))
        .map(|(f, _, _)| f.to_string())
        .unwrap_or_else(|| "module".into());
    // The lowering relies on the op invariants the verifier checks.
    if let Err(mut diags) = ir::verify::verify(ctx, ir, module) {
        return Err(diags.remove(0));
    }
    let mut l = lower::Lowerer::new(ctx, ir, llvm, &name, opts);
    match l.lower(module) {
        Ok(()) => {}
        Err(lower::Fail::Diag(d)) => return Err(d),
        Err(lower::Fail::Builder(e)) => {
            return Err(Diagnostic::error(
                DiagLoc::Loc(ir.loc(module)),
                format!("lower-to-llvm: {e}"),
            ))
        }
    }
    let loc = DiagLoc::Loc(ir.loc(module));
    let llvm_module = l.module;
    configure_for_host(&llvm_module)
        .map_err(|e| Diagnostic::error(loc, format!("lower-to-llvm: {e}")))?;
    llvm_module
        .verify()
        .map_err(|e| Diagnostic::error(loc, format!("lower-to-llvm: invalid LLVM IR: {e}")))?;
    Ok(llvm_module)
}
