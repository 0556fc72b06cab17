//! The JIT: compiles a lowered module once (MCJIT, host CPU) and calls its public
//! functions on scalars and strided buffers through their `_mlir_ciface_` wrappers.
//!
//! For every wrapper the JIT adds a packed entry `void _codegen_packed_<name>(i8** args)`
//! that loads each argument from `*args[i]`, calls the wrapper and stores its return value
//! to `*args[n]`; so one Rust call path serves every signature.

use std::collections::HashMap;
use std::marker::PhantomData;

use inkwell::attributes::AttributeLoc;
use inkwell::execution_engine::ExecutionEngine;
use inkwell::module::{Linkage, Module};
use inkwell::types::{AnyTypeEnum, BasicType, BasicTypeEnum, StructType};
use inkwell::values::FunctionValue;
use inkwell::AddressSpace;

use crate::lower::{PARALLEL_FOR, RESULT_PARAM_ATTR};
use crate::target::{self, OptLevel};

/// The element or scalar kinds the JIT passes across the call boundary.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum ScalarKind {
    I1,
    I8,
    I16,
    I32,
    /// `i64` and `index`.
    I64,
    F32,
    F64,
}

/// A scalar argument or result.
#[derive(Copy, Clone, Debug, PartialEq)]
pub enum Scalar {
    I1(bool),
    I8(i8),
    I16(i16),
    I32(i32),
    I64(i64),
    F32(f32),
    F64(f64),
}

impl Scalar {
    pub fn kind(self) -> ScalarKind {
        match self {
            Scalar::I1(_) => ScalarKind::I1,
            Scalar::I8(_) => ScalarKind::I8,
            Scalar::I16(_) => ScalarKind::I16,
            Scalar::I32(_) => ScalarKind::I32,
            Scalar::I64(_) => ScalarKind::I64,
            Scalar::F32(_) => ScalarKind::F32,
            Scalar::F64(_) => ScalarKind::F64,
        }
    }

    /// Writes the value at `p` with its C layout.
    ///
    /// # Safety
    /// `p` must be valid for an aligned write of the value's size.
    unsafe fn write(self, p: *mut u8) {
        unsafe {
            match self {
                Scalar::I1(v) => *p = v as u8,
                Scalar::I8(v) => *(p as *mut i8) = v,
                Scalar::I16(v) => *(p as *mut i16) = v,
                Scalar::I32(v) => *(p as *mut i32) = v,
                Scalar::I64(v) => *(p as *mut i64) = v,
                Scalar::F32(v) => *(p as *mut f32) = v,
                Scalar::F64(v) => *(p as *mut f64) = v,
            }
        }
    }

    /// Reads a value of `kind` at `p`.
    ///
    /// # Safety
    /// `p` must be valid for an aligned read of the kind's size.
    unsafe fn read(kind: ScalarKind, p: *const u8) -> Scalar {
        unsafe {
            match kind {
                ScalarKind::I1 => Scalar::I1(*p & 1 != 0),
                ScalarKind::I8 => Scalar::I8(*(p as *const i8)),
                ScalarKind::I16 => Scalar::I16(*(p as *const i16)),
                ScalarKind::I32 => Scalar::I32(*(p as *const i32)),
                ScalarKind::I64 => Scalar::I64(*(p as *const i64)),
                ScalarKind::F32 => Scalar::F32(*(p as *const f32)),
                ScalarKind::F64 => Scalar::F64(*(p as *const f64)),
            }
        }
    }
}

/// Prints the value as MLIR would write the constant (`42`, `true`, `1.5`).
impl std::fmt::Display for Scalar {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Scalar::I1(v) => write!(f, "{v}"),
            Scalar::I8(v) => write!(f, "{v}"),
            Scalar::I16(v) => write!(f, "{v}"),
            Scalar::I32(v) => write!(f, "{v}"),
            Scalar::I64(v) => write!(f, "{v}"),
            Scalar::F32(v) => write!(f, "{v:?}"),
            Scalar::F64(v) => write!(f, "{v:?}"),
        }
    }
}

/// Rust element types of buffers.
pub trait Element: Copy {
    const KIND: ScalarKind;
}

macro_rules! element {
    ($($t:ty => $k:ident),*) => {
        $(impl Element for $t {
            const KIND: ScalarKind = ScalarKind::$k;
        }
        impl From<$t> for Arg<'_> {
            fn from(v: $t) -> Self {
                Arg::Scalar(Scalar::$k(v))
            }
        })*
    };
}

element!(i8 => I8, i16 => I16, i32 => I32, i64 => I64, f32 => F32, f64 => F64);

impl From<bool> for Arg<'_> {
    fn from(v: bool) -> Self {
        Arg::Scalar(Scalar::I1(v))
    }
}

/// A strided view of a mutable Rust slice, passed as a memref: element `(i0, ..)` is
/// `data[offset + sum(i_k * strides[k])]`. The constructors check that every element of
/// the view lies inside the slice.
pub struct Buffer<'a> {
    ptr: *mut u8,
    elem: ScalarKind,
    offset: i64,
    shape: Vec<i64>,
    strides: Vec<i64>,
    _data: PhantomData<&'a mut [u8]>,
}

impl<'a> Buffer<'a> {
    /// A row-major (identity layout) view of `data` with `shape`.
    pub fn new<T: Element>(data: &'a mut [T], shape: &[usize]) -> Result<Self, String> {
        let mut strides = vec![0usize; shape.len()];
        let mut running = 1usize;
        for i in (0..shape.len()).rev() {
            strides[i] = running;
            running = running.saturating_mul(shape[i]);
        }
        Self::strided(data, 0, shape, &strides)
    }

    /// A view with an explicit offset and strides (in elements).
    pub fn strided<T: Element>(
        data: &'a mut [T],
        offset: usize,
        shape: &[usize],
        strides: &[usize],
    ) -> Result<Self, String> {
        if shape.len() != strides.len() {
            return Err("shape and strides differ in rank".into());
        }
        let empty = shape.contains(&0);
        let last = shape.iter().zip(strides).try_fold(offset, |acc, (&n, &s)| {
            acc.checked_add(n.saturating_sub(1).checked_mul(s)?)
        });
        match last {
            Some(l) if empty || l < data.len() => {}
            _ => return Err("the strided view reaches outside the buffer".into()),
        }
        let to_i64 = |v: &[usize]| v.iter().map(|&x| x as i64).collect::<Vec<_>>();
        Ok(Buffer {
            ptr: data.as_mut_ptr() as *mut u8,
            elem: T::KIND,
            offset: offset as i64,
            shape: to_i64(shape),
            strides: to_i64(strides),
            _data: PhantomData,
        })
    }

    /// MLIR's descriptor: allocated, aligned, offset, sizes, strides (8 bytes each).
    fn descriptor(&self) -> Vec<i64> {
        let mut d = vec![self.ptr as i64, self.ptr as i64, self.offset];
        d.extend(&self.shape);
        d.extend(&self.strides);
        d
    }
}

/// An argument of [`Jit::call`].
pub enum Arg<'a> {
    Scalar(Scalar),
    Buffer(Buffer<'a>),
}

impl<'a> From<Buffer<'a>> for Arg<'a> {
    fn from(b: Buffer<'a>) -> Self {
        Arg::Buffer(b)
    }
}

#[derive(Clone, Debug, PartialEq)]
enum Param {
    Scalar(ScalarKind),
    Memref { elem: ScalarKind, rank: usize },
}

/// How a wrapper returns its results.
#[derive(Clone, Debug)]
enum Results {
    /// Zero or one scalar, returned directly.
    Direct(Option<ScalarKind>),
    /// Through a pointer passed first: several scalars at these byte offsets, in a
    /// struct of this size.
    Pointer {
        fields: Vec<(ScalarKind, u64)>,
        size: u64,
    },
    /// One memref result, whose descriptor is written through a pointer passed first.
    Memref { elem: ScalarKind, rank: usize },
}

/// A result of [`Jit::call_returning`]: a scalar, or a buffer the function returned,
/// copied out (row-major) of the memory the function allocated.
#[derive(Clone, Debug, PartialEq)]
pub enum Returned {
    Scalar(Scalar),
    Buffer {
        elem: ScalarKind,
        shape: Vec<usize>,
        /// The elements, row-major, as bytes in the host's layout.
        bytes: Vec<u8>,
    },
}

impl ScalarKind {
    /// Bytes per element.
    pub fn size(self) -> usize {
        match self {
            ScalarKind::I1 | ScalarKind::I8 => 1,
            ScalarKind::I16 => 2,
            ScalarKind::I32 | ScalarKind::F32 => 4,
            ScalarKind::I64 | ScalarKind::F64 => 8,
        }
    }
}

#[derive(Clone, Debug)]
struct Signature {
    params: Vec<Param>,
    results: Results,
    packed: String,
}

/// A compiled module. Functions are called by their MLIR name.
pub struct Jit<'ctx> {
    ee: ExecutionEngine<'ctx>,
    /// Per public function: its signature, or why `call` cannot pass its arguments.
    signatures: HashMap<String, Result<Signature, String>>,
    addresses: HashMap<String, usize>,
}

fn scalar_kind(ty: BasicTypeEnum) -> Option<ScalarKind> {
    match ty {
        BasicTypeEnum::IntType(t) => Some(match t.get_bit_width() {
            1 => ScalarKind::I1,
            8 => ScalarKind::I8,
            16 => ScalarKind::I16,
            32 => ScalarKind::I32,
            64 => ScalarKind::I64,
            _ => return None,
        }),
        BasicTypeEnum::FloatType(t) if t == t.get_context().f32_type() => Some(ScalarKind::F32),
        BasicTypeEnum::FloatType(t) if t == t.get_context().f64_type() => Some(ScalarKind::F64),
        _ => None,
    }
}

/// A memref descriptor struct: its element kind and rank.
fn descriptor_kind(st: StructType) -> Option<(ScalarKind, usize)> {
    let fields = st.get_field_types();
    let elem = match fields.first()? {
        BasicTypeEnum::PointerType(p) => match p.get_element_type() {
            AnyTypeEnum::IntType(t) => scalar_kind(t.into())?,
            AnyTypeEnum::FloatType(t) => scalar_kind(t.into())?,
            _ => return None,
        },
        _ => return None,
    };
    let rank = match fields.get(3) {
        Some(BasicTypeEnum::ArrayType(a)) => a.len() as usize,
        _ => 0,
    };
    Some((elem, rank))
}

fn pointee_struct(ty: BasicTypeEnum) -> Option<StructType> {
    match ty {
        BasicTypeEnum::PointerType(p) => match p.get_element_type() {
            AnyTypeEnum::StructType(s) => Some(s),
            _ => None,
        },
        _ => None,
    }
}

impl<'ctx> Jit<'ctx> {
    /// Optimizes `module` at -O3 and compiles it for the host.
    pub fn new(module: Module<'ctx>) -> Result<Self, String> {
        Self::with_opt_level(module, OptLevel::O3)
    }

    /// Optimizes `module` at `level` (nothing for `O0`) and compiles it for the host.
    pub fn with_opt_level(module: Module<'ctx>, level: OptLevel) -> Result<Self, String> {
        Self::build(module, Some(level), level)
    }

    /// Compiles a module that [`crate::optimize`] already optimized (no second run of
    /// the IR pipeline; code generation at -O3).
    pub fn from_optimized(module: Module<'ctx>) -> Result<Self, String> {
        Self::build(module, None, OptLevel::O3)
    }

    fn build(
        module: Module<'ctx>,
        passes: Option<OptLevel>,
        codegen: OptLevel,
    ) -> Result<Self, String> {
        target::init_native()?;
        let wrappers: Vec<FunctionValue> = module
            .get_functions()
            .filter(|f| {
                f.count_basic_blocks() > 0 && f.get_name().to_bytes().starts_with(b"_mlir_ciface_")
            })
            .collect();
        let mut signatures = HashMap::new();
        for w in wrappers {
            let name = w.get_name().to_string_lossy();
            let name = name.trim_start_matches("_mlir_ciface_").to_string();
            let sig = add_packed_wrapper(&module, w, &name);
            signatures.insert(name, sig);
        }
        // The wrappers need the host CPU attributes too: they inline what they call.
        target::configure_for_host(&module)?;
        if let Some(level) = passes.filter(|&l| l != OptLevel::O0) {
            target::optimize(&module, level)?;
        }
        let ee = module
            .create_jit_execution_engine(match codegen {
                OptLevel::O0 => inkwell::OptimizationLevel::None,
                _ => inkwell::OptimizationLevel::Aggressive,
            })
            .map_err(|e| e.to_string())?;
        let symbols: HashMap<&str, usize> = crate::runtime::c_symbols()
            .into_iter()
            .chain([(
                PARALLEL_FOR,
                crate::runtime::codegen_parallel_for as *const () as usize,
            )])
            .collect();
        for f in module.get_functions() {
            if f.count_basic_blocks() == 0 {
                if let Some(&addr) = f.get_name().to_str().ok().and_then(|n| symbols.get(n)) {
                    ee.add_global_mapping(&f, addr);
                }
            }
        }
        // Compile now, so that construction is the whole compile time.
        let mut addresses = HashMap::new();
        for (name, sig) in signatures
            .iter()
            .filter_map(|(n, s)| Some((n, s.as_ref().ok()?)))
        {
            let addr = ee
                .get_function_address(&sig.packed)
                .map_err(|e| format!("{name}: {e}"))?;
            addresses.insert(name.clone(), addr);
        }
        Ok(Jit {
            ee,
            signatures,
            addresses,
        })
    }

    /// The names of the functions `call` can run.
    pub fn functions(&self) -> impl Iterator<Item = &str> {
        self.signatures
            .iter()
            .filter(|(_, s)| s.is_ok())
            .map(|(n, _)| n.as_str())
    }

    /// The address of a compiled symbol (e.g. `_mlir_ciface_f` or `f`), for callers that
    /// cast it to a function pointer type themselves.
    pub fn symbol_address(&self, symbol: &str) -> Option<usize> {
        self.ee.get_function_address(symbol).ok()
    }

    /// Calls the public function `name` with `args` (scalars must match the parameter
    /// types exactly; buffers the element type and rank) and returns its scalar results.
    pub fn call(&self, name: &str, args: &mut [Arg]) -> Result<Vec<Scalar>, String> {
        self.call_returning(name, args)?
            .into_iter()
            .map(|r| match r {
                Returned::Scalar(s) => Ok(s),
                Returned::Buffer { .. } => {
                    Err(format!("{name}: returns a memref: use Jit::call_returning"))
                }
            })
            .collect()
    }

    /// [`Jit::call`] for functions that may also return one memref: its elements are
    /// copied out, and its memory is freed unless it is one of the argument buffers.
    pub fn call_returning(&self, name: &str, args: &mut [Arg]) -> Result<Vec<Returned>, String> {
        let sig = self
            .signatures
            .get(name)
            .ok_or_else(|| format!("no public function '{name}'"))?
            .as_ref()
            .map_err(Clone::clone)?;
        if sig.params.len() != args.len() {
            return Err(format!(
                "{name}: expected {} arguments, got {}",
                sig.params.len(),
                args.len()
            ));
        }
        // Storage that every pointer in `slots` points into; kept alive for the call.
        let mut scalars: Vec<[u64; 2]> = vec![[0; 2]; args.len() + 1];
        let mut descriptors: Vec<Vec<i64>> = Vec::new();
        let mut result_struct: Vec<u64> = Vec::new();
        let mut slots: Vec<*mut u8> = Vec::new();
        let mut pointer_slots: Vec<*mut u8> = vec![std::ptr::null_mut(); args.len() + 1];
        match &sig.results {
            Results::Pointer { size, .. } => {
                result_struct = vec![0; (*size as usize).div_ceil(8)];
                pointer_slots[args.len()] = result_struct.as_mut_ptr() as *mut u8;
            }
            Results::Memref { rank, .. } => {
                result_struct = vec![0; 3 + 2 * rank];
                pointer_slots[args.len()] = result_struct.as_mut_ptr() as *mut u8;
            }
            Results::Direct(_) => {}
        }
        for (i, (param, arg)) in sig.params.iter().zip(args.iter()).enumerate() {
            match (param, arg) {
                (Param::Scalar(k), Arg::Scalar(s)) if *k == s.kind() => {
                    // SAFETY: each slot is 16 bytes, 8-aligned.
                    unsafe { s.write(scalars[i].as_mut_ptr() as *mut u8) };
                }
                (Param::Memref { elem, rank }, Arg::Buffer(b))
                    if *elem == b.elem && *rank == b.shape.len() =>
                {
                    descriptors.push(b.descriptor());
                    pointer_slots[i] = descriptors.last_mut().unwrap().as_mut_ptr() as *mut u8;
                }
                (p, _) => return Err(format!("{name}: argument #{i} does not match {p:?}")),
            }
        }
        if let Results::Pointer { .. } | Results::Memref { .. } = sig.results {
            slots.push(&mut pointer_slots[args.len()] as *mut *mut u8 as *mut u8);
        }
        for i in 0..args.len() {
            slots.push(match sig.params[i] {
                Param::Scalar(_) => scalars[i].as_mut_ptr() as *mut u8,
                Param::Memref { .. } => &mut pointer_slots[i] as *mut *mut u8 as *mut u8,
            });
        }
        slots.push(scalars[args.len()].as_mut_ptr() as *mut u8);
        let addr = self.addresses[name];
        // SAFETY: the packed wrapper reads `slots.len() - 1` argument slots typed as the
        // signature says (checked above) and writes at most 16 bytes to the last one.
        unsafe {
            let f: extern "C" fn(*mut *mut u8) = std::mem::transmute(addr);
            f(slots.as_mut_ptr());
        }
        Ok(match &sig.results {
            Results::Direct(None) => Vec::new(),
            // SAFETY: the wrapper stored a value of `k` in the result slot.
            Results::Direct(Some(k)) => vec![Returned::Scalar(unsafe {
                Scalar::read(*k, scalars[args.len()].as_ptr() as *const u8)
            })],
            Results::Pointer { fields, .. } => {
                let base = result_struct.as_ptr() as *const u8;
                fields
                    .iter()
                    // SAFETY: the offsets come from the data layout of the result struct.
                    .map(|&(k, off)| {
                        Returned::Scalar(unsafe { Scalar::read(k, base.add(off as usize)) })
                    })
                    .collect()
            }
            Results::Memref { elem, rank } => {
                let inputs: Vec<i64> = descriptors.iter().map(|d| d[0]).collect();
                // SAFETY: the wrapper wrote a descriptor of this rank, whose view the
                // function's memory holds.
                vec![unsafe { copy_out(&result_struct, *elem, *rank, &inputs) }]
            }
        })
    }
}

/// Copies the buffer a returned descriptor (`allocated, aligned, offset, sizes, strides`)
/// views, row-major, and frees its memory unless it is one of `inputs`' allocations.
///
/// # Safety
/// The descriptor must describe live memory of `elem`s.
unsafe fn copy_out(desc: &[u64], elem: ScalarKind, rank: usize, inputs: &[i64]) -> Returned {
    let allocated = desc[0] as *mut u8;
    let aligned = desc[1] as *const u8;
    let offset = desc[2] as i64;
    let shape: Vec<usize> = desc[3..3 + rank].iter().map(|&d| d as usize).collect();
    let strides: Vec<i64> = desc[3 + rank..3 + 2 * rank]
        .iter()
        .map(|&s| s as i64)
        .collect();
    let size = elem.size();
    let count: usize = shape.iter().product();
    let mut bytes = Vec::with_capacity(count * size);
    // Row-major and dense (what lower-te returns): one copy, not one per element, so
    // that `--repeat` times the function rather than this loop.
    let mut dense_stride = 1i64;
    let row_major = shape.iter().zip(&strides).rev().all(|(&d, &s)| {
        let ok = d <= 1 || s == dense_stride;
        dense_stride *= d as i64;
        ok
    });
    if row_major {
        let src = unsafe { aligned.offset(offset as isize * size as isize) };
        bytes.extend_from_slice(unsafe { std::slice::from_raw_parts(src, count * size) });
    }
    let mut index = vec![0usize; rank];
    for _ in 0..if row_major { 0 } else { count } {
        let at = offset
            + index
                .iter()
                .zip(&strides)
                .map(|(&i, &s)| i as i64 * s)
                .sum::<i64>();
        let src = unsafe { aligned.offset(at as isize * size as isize) };
        bytes.extend_from_slice(unsafe { std::slice::from_raw_parts(src, size) });
        // The next row-major index.
        for d in (0..rank).rev() {
            index[d] += 1;
            if index[d] < shape[d] {
                break;
            }
            index[d] = 0;
        }
    }
    if !allocated.is_null() && !inputs.contains(&(allocated as i64)) {
        unsafe { crate::runtime::free_heap(allocated as *mut std::ffi::c_void) };
    }
    Returned::Buffer { elem, shape, bytes }
}

/// Adds `void _codegen_packed_<name>(i8** args)` calling wrapper `w`, and returns the
/// signature `call` checks arguments against.
fn add_packed_wrapper<'ctx>(
    module: &Module<'ctx>,
    w: FunctionValue<'ctx>,
    name: &str,
) -> Result<Signature, String> {
    let ctx = module.get_context();
    let fty = w.get_type();
    let param_types: Vec<BasicTypeEnum> = fty
        .get_param_types()
        .into_iter()
        .map(|t| BasicTypeEnum::try_from(t).map_err(|_| format!("{name}: metadata parameter")))
        .collect::<Result<_, _>>()?;
    let by_pointer = w
        .get_string_attribute(AttributeLoc::Param(0), RESULT_PARAM_ATTR)
        .is_some();
    let unsupported = |what: &str| format!("{name}: unsupported {what} type for Jit::call");
    let mut params = Vec::new();
    for &t in &param_types[usize::from(by_pointer)..] {
        params.push(match pointee_struct(t).and_then(descriptor_kind) {
            Some((elem, rank)) => Param::Memref { elem, rank },
            None => Param::Scalar(scalar_kind(t).ok_or_else(|| unsupported("parameter"))?),
        });
    }
    let results = if by_pointer {
        let st = pointee_struct(param_types[0]).ok_or_else(|| unsupported("result"))?;
        if let Some((elem, rank)) = descriptor_kind(st) {
            Results::Memref { elem, rank }
        } else {
            let td = inkwell::targets::TargetData::create(
                &module.get_data_layout().as_str().to_string_lossy(),
            );
            let fields = st
                .get_field_types()
                .into_iter()
                .enumerate()
                .map(|(i, t)| {
                    let k = scalar_kind(t).ok_or_else(|| unsupported("result"))?;
                    Ok((k, td.offset_of_element(&st, i as u32).unwrap_or(0)))
                })
                .collect::<Result<Vec<_>, String>>()?;
            Results::Pointer {
                fields,
                size: td.get_abi_size(&st),
            }
        }
    } else {
        match fty.get_return_type() {
            None => Results::Direct(None),
            Some(t) if pointee_struct(t).is_none() && scalar_kind(t).is_some() => {
                Results::Direct(scalar_kind(t))
            }
            Some(BasicTypeEnum::StructType(st)) if descriptor_kind(st).is_some() => {
                return Err(format!(
                    "{name}: a memref returned by value (no C interface)"
                ))
            }
            Some(_) => return Err(unsupported("result")),
        }
    };

    let i8pp = ctx
        .i8_type()
        .ptr_type(AddressSpace::default())
        .ptr_type(AddressSpace::default());
    let packed_name = format!("_codegen_packed_{name}");
    let packed = module.add_function(
        &packed_name,
        ctx.void_type().fn_type(&[i8pp.into()], false),
        Some(Linkage::External),
    );
    let b = ctx.create_builder();
    b.position_at_end(ctx.append_basic_block(packed, "entry"));
    let args = packed.get_nth_param(0).unwrap().into_pointer_value();
    let fail = |e: inkwell::builder::BuilderError| e.to_string();
    let slot = |i: usize, ty: BasicTypeEnum<'ctx>| -> Result<_, String> {
        // SAFETY (of the IR built): `args` holds one slot per parameter and one for the
        // result, as `Jit::call` builds it.
        let p = unsafe {
            b.build_in_bounds_gep(args, &[ctx.i64_type().const_int(i as u64, false)], "")
                .map_err(fail)?
        };
        let p = b.build_load(p, "").map_err(fail)?.into_pointer_value();
        b.build_pointer_cast(p, ty.ptr_type(AddressSpace::default()), "")
            .map_err(fail)
    };
    let mut call_args = Vec::new();
    for (i, &t) in param_types.iter().enumerate() {
        let p = slot(i, t)?;
        call_args.push(b.build_load(p, "").map_err(fail)?.into());
    }
    let call = b.build_call(w, &call_args, "").map_err(fail)?;
    if let Some(r) = call.try_as_basic_value().basic() {
        let p = slot(param_types.len(), r.get_type())?;
        b.build_store(p, r).map_err(fail)?;
    }
    b.build_return(None).map_err(fail)?;
    Ok(Signature {
        params,
        results,
        packed: packed_name,
    })
}
