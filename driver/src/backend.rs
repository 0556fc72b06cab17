//! What opt-tool does after the passes when asked for machine code or a run:
//! `--emit=llvm|asm|obj` translates the module to LLVM IR for the host CPU (at -O3) and
//! prints or compiles it; `--run=@fn` JIT-compiles it and calls `fn` on inputs from `.npy`
//! files, literal numbers or random data (`--input`), prints a summary of every result and
//! buffer argument (or writes them with `--output`), times repeated calls (`--repeat`),
//! and with `--check=interp` also runs the reference interpreter on the same inputs (on
//! the input IR, before the passes, when it can: see [`check_interp`]) and fails when the
//! two disagree.
//!
//! Buffers follow destination-passing style: a function writes its outputs into memref
//! arguments. `--output=a.npy,b.npy` saves the last two memref arguments after the call.

use std::path::{Path, PathBuf};
use std::time::Instant;

use codegen::{Arg, Buffer, Element, Jit, LowerOptions, OptLevel, Returned, Scalar, ScalarKind};
use ir::{AttrKind, Context, Ir, OpId, Type, TypeKind};
use rand_core::{Rng, SeedableRng};

/// One value passed to or read back from a function: a scalar, or a row-major array.
#[derive(Clone, Debug, PartialEq)]
pub enum HostValue {
    Scalar(Scalar),
    Array(HostArray),
}

/// A row-major array of one element type.
#[derive(Clone, Debug, PartialEq)]
pub struct HostArray {
    pub shape: Vec<usize>,
    pub data: HostData,
}

/// The elements of a [`HostArray`].
#[derive(Clone, Debug, PartialEq)]
pub enum HostData {
    I8(Vec<i8>),
    I16(Vec<i16>),
    I32(Vec<i32>),
    I64(Vec<i64>),
    F32(Vec<f32>),
    F64(Vec<f64>),
}

/// Applies `$body` to the typed vector inside a [`HostData`].
macro_rules! with_data {
    ($data:expr, $v:ident => $body:expr) => {
        match $data {
            HostData::I8($v) => $body,
            HostData::I16($v) => $body,
            HostData::I32($v) => $body,
            HostData::I64($v) => $body,
            HostData::F32($v) => $body,
            HostData::F64($v) => $body,
        }
    };
}

impl HostData {
    fn zeros(kind: ScalarKind, n: usize) -> Option<HostData> {
        Some(match kind {
            ScalarKind::I8 => HostData::I8(vec![0; n]),
            ScalarKind::I16 => HostData::I16(vec![0; n]),
            ScalarKind::I32 => HostData::I32(vec![0; n]),
            ScalarKind::I64 => HostData::I64(vec![0; n]),
            ScalarKind::F32 => HostData::F32(vec![0.0; n]),
            ScalarKind::F64 => HostData::F64(vec![0.0; n]),
            ScalarKind::I1 => return None,
        })
    }
    pub fn kind(&self) -> ScalarKind {
        match self {
            HostData::I8(_) => ScalarKind::I8,
            HostData::I16(_) => ScalarKind::I16,
            HostData::I32(_) => ScalarKind::I32,
            HostData::I64(_) => ScalarKind::I64,
            HostData::F32(_) => ScalarKind::F32,
            HostData::F64(_) => ScalarKind::F64,
        }
    }
    pub fn len(&self) -> usize {
        with_data!(self, v => v.len())
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// Element `i` as an `f64` (exact for every element type but large i64s).
    #[allow(clippy::unnecessary_cast)] // `as f64` is a no-op for the f64 variant only
    pub fn get_f64(&self, i: usize) -> f64 {
        with_data!(self, v => v[i] as f64)
    }
    /// Element `i` written as its own type prints it (`0.25`, `-3`).
    fn show(&self, i: usize) -> String {
        with_data!(self, v => format!("{:?}", v[i]))
    }
    fn buffer(&mut self, shape: &[usize]) -> Result<Buffer<'_>, String> {
        fn make<'a, T: Element>(v: &'a mut [T], shape: &[usize]) -> Result<Buffer<'a>, String> {
            Buffer::new(v, shape)
        }
        with_data!(self, v => make(v, shape))
    }
}

/// What a parameter of the called function takes.
#[derive(Clone, Debug, PartialEq)]
pub enum Param {
    Scalar(ScalarKind),
    /// A memref; `None` for a dynamic dimension.
    Buffer {
        kind: ScalarKind,
        shape: Vec<Option<usize>>,
    },
}

impl std::fmt::Display for Param {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Param::Scalar(k) => write!(f, "{}", kind_name(*k)),
            Param::Buffer { kind, shape } => {
                write!(f, "memref<")?;
                for d in shape {
                    match d {
                        Some(n) => write!(f, "{n}x")?,
                        None => write!(f, "?x")?,
                    }
                }
                write!(f, "{}>", kind_name(*kind))
            }
        }
    }
}

fn kind_name(k: ScalarKind) -> &'static str {
    match k {
        ScalarKind::I1 => "i1",
        ScalarKind::I8 => "i8",
        ScalarKind::I16 => "i16",
        ScalarKind::I32 => "i32",
        ScalarKind::I64 => "i64",
        ScalarKind::F32 => "f32",
        ScalarKind::F64 => "f64",
    }
}

fn scalar_kind(ctx: &Context, ty: Type) -> Option<ScalarKind> {
    match ctx.type_kind(ty) {
        TypeKind::Index => Some(ScalarKind::I64),
        TypeKind::Integer { width, .. } => match width {
            1 => Some(ScalarKind::I1),
            8 => Some(ScalarKind::I8),
            16 => Some(ScalarKind::I16),
            32 => Some(ScalarKind::I32),
            64 => Some(ScalarKind::I64),
            _ => None,
        },
        TypeKind::Float(ir::types::FloatKind::F32) => Some(ScalarKind::F32),
        TypeKind::Float(ir::types::FloatKind::F64) => Some(ScalarKind::F64),
        _ => None,
    }
}

/// The `func.func` named `name` in `module`.
pub fn find_function_op(ctx: &Context, ir: &Ir, module: OpId, name: &str) -> Result<OpId, String> {
    ir.regions(module)
        .iter()
        .flat_map(|&r| ir.region_blocks(r).to_vec())
        .flat_map(|b| ir.block_ops(b).collect::<Vec<_>>())
        .find(|&op| {
            ctx.op_name_str(ir.op_name(op)) == "func.func"
                && ir.attr(ctx, op, "sym_name").is_some_and(|a| {
                    matches!(ctx.attr_kind(a), AttrKind::String { value, .. } if &**value == name.as_bytes())
                })
        })
        .ok_or_else(|| format!("--run: no function @{name} in the module"))
}

/// The `func.func` named `name` in `module`, and what its parameters take.
pub fn find_function(
    ctx: &Context,
    ir: &Ir,
    module: OpId,
    name: &str,
) -> Result<(OpId, Vec<Param>), String> {
    let func = find_function_op(ctx, ir, module, name)?;
    let ty = ir
        .attr(ctx, func, "function_type")
        .and_then(|a| match ctx.attr_kind(a) {
            AttrKind::Type(t) => Some(*t),
            _ => None,
        });
    let Some(TypeKind::Function { inputs, .. }) = ty.map(|t| ctx.type_kind(t)) else {
        return Err(format!("--run: @{name} has no function type"));
    };
    let params = inputs
        .iter()
        .enumerate()
        .map(|(i, &t)| {
            let unsupported = || {
                format!(
                    "--run: argument #{i} of @{name} has type {}, which --run cannot pass \
                     (scalars and memrefs of i8..i64, index, f32, f64 only)",
                    ir::print::print_type(ctx, t)
                )
            };
            match ctx.type_kind(t) {
                TypeKind::MemRef { shape, elem, .. } => {
                    let kind = scalar_kind(ctx, *elem)
                        .filter(|&k| k != ScalarKind::I1)
                        .ok_or_else(unsupported)?;
                    let shape = shape.iter().map(|&d| usize::try_from(d).ok()).collect();
                    Ok(Param::Buffer { kind, shape })
                }
                _ => scalar_kind(ctx, t)
                    .map(Param::Scalar)
                    .ok_or_else(unsupported),
            }
        })
        .collect::<Result<_, String>>()?;
    Ok((func, params))
}

/// Where the arguments of `--run` come from.
#[derive(Clone, Debug, PartialEq)]
pub enum InputSpec {
    /// `random:seed=N`: uniform floats in [-1, 1), integers in [-8, 8).
    Random { seed: u64 },
    /// A comma list, one item per argument: a `.npy` file or a number; arguments after
    /// the list (outputs, in destination-passing style) are zero-filled buffers.
    Items(Vec<InputItem>),
}

#[derive(Clone, Debug, PartialEq)]
pub enum InputItem {
    File(PathBuf),
    Number(f64),
}

/// Parses `--input`.
pub fn parse_input_spec(text: &str) -> Result<InputSpec, String> {
    if let Some(rest) = text.strip_prefix("random") {
        let seed = match rest {
            "" => 0,
            _ => rest
                .strip_prefix(":seed=")
                .and_then(|s| s.parse().ok())
                .ok_or_else(|| {
                    format!("--input: expected 'random' or 'random:seed=N', got '{text}'")
                })?,
        };
        return Ok(InputSpec::Random { seed });
    }
    let items = text
        .split(',')
        .filter(|s| !s.is_empty())
        .map(|s| match s.parse::<f64>() {
            Ok(v) => InputItem::Number(v),
            Err(_) => InputItem::File(PathBuf::from(s)),
        })
        .collect();
    Ok(InputSpec::Items(items))
}

/// The arguments for `params` from `spec`.
pub fn make_inputs(
    params: &[Param],
    spec: &InputSpec,
    fname: &str,
) -> Result<Vec<HostValue>, String> {
    match spec {
        InputSpec::Random { seed } => {
            let mut rng = rand_xorshift::XorShiftRng::seed_from_u64(*seed);
            params
                .iter()
                .enumerate()
                .map(|(i, p)| random_value(&mut rng, p, i, fname))
                .collect()
        }
        InputSpec::Items(items) => {
            if items.len() > params.len() {
                return Err(format!(
                    "--input: {} inputs for @{fname}, which takes {} arguments",
                    items.len(),
                    params.len()
                ));
            }
            params
                .iter()
                .enumerate()
                .map(|(i, p)| match items.get(i) {
                    Some(InputItem::File(path)) => read_npy(path, p, i, fname),
                    Some(InputItem::Number(v)) => number_value(*v, p, i, fname),
                    None => zero_buffer(p, i, fname),
                })
                .collect()
        }
    }
}

fn static_shape(
    p: &Param,
    i: usize,
    fname: &str,
    why: &str,
) -> Result<(ScalarKind, Vec<usize>), String> {
    match p {
        Param::Buffer { kind, shape } => shape
            .iter()
            .map(|d| {
                d.ok_or_else(|| {
                    format!(
                        "--input: argument #{i} of @{fname} ({p}) has a dynamic dimension: {why}"
                    )
                })
            })
            .collect::<Result<Vec<_>, _>>()
            .map(|s| (*kind, s)),
        Param::Scalar(_) => Err(format!(
            "--input: argument #{i} of @{fname} is a scalar ({p})"
        )),
    }
}

fn random_value(rng: &mut impl Rng, p: &Param, i: usize, fname: &str) -> Result<HostValue, String> {
    let mut next = || rng.next_u64();
    let float = |x: u64| ((x >> 11) as f64 / (1u64 << 53) as f64) * 2.0 - 1.0;
    let int = |x: u64| (x >> 60) as i64 - 8;
    if let Param::Scalar(k) = p {
        let x = next();
        return Ok(HostValue::Scalar(match k {
            ScalarKind::I1 => Scalar::I1(x & 1 == 1),
            ScalarKind::I8 => Scalar::I8(int(x) as i8),
            ScalarKind::I16 => Scalar::I16(int(x) as i16),
            ScalarKind::I32 => Scalar::I32(int(x) as i32),
            ScalarKind::I64 => Scalar::I64(int(x)),
            ScalarKind::F32 => Scalar::F32(float(x) as f32),
            ScalarKind::F64 => Scalar::F64(float(x)),
        }));
    }
    let (kind, shape) = static_shape(
        p,
        i,
        fname,
        "random inputs need static shapes (give a .npy file)",
    )?;
    let n = shape.iter().product();
    let data = match kind {
        ScalarKind::I8 => HostData::I8((0..n).map(|_| int(next()) as i8).collect()),
        ScalarKind::I16 => HostData::I16((0..n).map(|_| int(next()) as i16).collect()),
        ScalarKind::I32 => HostData::I32((0..n).map(|_| int(next()) as i32).collect()),
        ScalarKind::I64 => HostData::I64((0..n).map(|_| int(next())).collect()),
        ScalarKind::F32 => HostData::F32((0..n).map(|_| float(next()) as f32).collect()),
        ScalarKind::F64 => HostData::F64((0..n).map(|_| float(next())).collect()),
        ScalarKind::I1 => unreachable!("find_function rejects i1 buffers"),
    };
    Ok(HostValue::Array(HostArray { shape, data }))
}

fn number_value(v: f64, p: &Param, i: usize, fname: &str) -> Result<HostValue, String> {
    let Param::Scalar(k) = p else {
        return Err(format!(
            "--input: argument #{i} of @{fname} is {p}: give a .npy file, not a number"
        ));
    };
    Ok(HostValue::Scalar(match k {
        ScalarKind::I1 => Scalar::I1(v != 0.0),
        ScalarKind::I8 => Scalar::I8(v as i8),
        ScalarKind::I16 => Scalar::I16(v as i16),
        ScalarKind::I32 => Scalar::I32(v as i32),
        ScalarKind::I64 => Scalar::I64(v as i64),
        ScalarKind::F32 => Scalar::F32(v as f32),
        ScalarKind::F64 => Scalar::F64(v),
    }))
}

fn zero_buffer(p: &Param, i: usize, fname: &str) -> Result<HostValue, String> {
    if let Param::Scalar(_) = p {
        return Err(format!(
            "--input: no value for argument #{i} of @{fname} ({p})"
        ));
    }
    let (kind, shape) = static_shape(p, i, fname, "an output buffer needs a static shape")?;
    let data = HostData::zeros(kind, shape.iter().product()).expect("i1 buffers are rejected");
    Ok(HostValue::Array(HostArray { shape, data }))
}

/// Reads a `.npy` file for parameter `p`, checking its element type and shape.
fn read_npy(path: &Path, p: &Param, i: usize, fname: &str) -> Result<HostValue, String> {
    let shown = path.display();
    let bytes = std::fs::read(path).map_err(|e| format!("--input: cannot read '{shown}': {e}"))?;
    let npy = npyz::NpyFile::new(&bytes[..])
        .map_err(|e| format!("--input: '{shown}' is not a .npy file: {e}"))?;
    let shape: Vec<usize> = npy.shape().iter().map(|&d| d as usize).collect();
    if npy.order() == npyz::Order::Fortran {
        return Err(format!(
            "--input: '{shown}' is in Fortran order; save it in C order"
        ));
    }
    let kind = match npy.dtype() {
        npyz::DType::Plain(t) => match (t.type_char(), t.size_field()) {
            (npyz::TypeChar::Float, 4) => ScalarKind::F32,
            (npyz::TypeChar::Float, 8) => ScalarKind::F64,
            (npyz::TypeChar::Int, 1) => ScalarKind::I8,
            (npyz::TypeChar::Int, 2) => ScalarKind::I16,
            (npyz::TypeChar::Int, 4) => ScalarKind::I32,
            (npyz::TypeChar::Int, 8) => ScalarKind::I64,
            _ => {
                return Err(format!(
                    "--input: '{shown}' holds {t}, which --run cannot pass"
                ))
            }
        },
        other => {
            return Err(format!(
                "--input: '{shown}' holds {}, which --run cannot pass",
                other.descr()
            ))
        }
    };
    let mismatch = || {
        format!(
            "--input: argument #{i} of @{fname} is {p}, but '{shown}' holds {} of shape {shape:?}",
            kind_name(kind)
        )
    };
    let convert = |e: std::io::Error| format!("--input: cannot read '{shown}': {e}");
    match p {
        Param::Scalar(k) => {
            if !shape.is_empty() || *k != kind {
                return Err(mismatch());
            }
            let v = match kind {
                ScalarKind::F32 => Scalar::F32(npy.into_vec::<f32>().map_err(convert)?[0]),
                ScalarKind::F64 => Scalar::F64(npy.into_vec::<f64>().map_err(convert)?[0]),
                ScalarKind::I8 => Scalar::I8(npy.into_vec::<i8>().map_err(convert)?[0]),
                ScalarKind::I16 => Scalar::I16(npy.into_vec::<i16>().map_err(convert)?[0]),
                ScalarKind::I32 => Scalar::I32(npy.into_vec::<i32>().map_err(convert)?[0]),
                ScalarKind::I64 => Scalar::I64(npy.into_vec::<i64>().map_err(convert)?[0]),
                ScalarKind::I1 => return Err(mismatch()),
            };
            Ok(HostValue::Scalar(v))
        }
        Param::Buffer {
            kind: k,
            shape: want,
        } => {
            let fits = *k == kind
                && want.len() == shape.len()
                && want
                    .iter()
                    .zip(&shape)
                    .all(|(w, &s)| w.is_none_or(|w| w == s));
            if !fits {
                return Err(mismatch());
            }
            let data = match kind {
                ScalarKind::F32 => HostData::F32(npy.into_vec().map_err(convert)?),
                ScalarKind::F64 => HostData::F64(npy.into_vec().map_err(convert)?),
                ScalarKind::I8 => HostData::I8(npy.into_vec().map_err(convert)?),
                ScalarKind::I16 => HostData::I16(npy.into_vec().map_err(convert)?),
                ScalarKind::I32 => HostData::I32(npy.into_vec().map_err(convert)?),
                ScalarKind::I64 => HostData::I64(npy.into_vec().map_err(convert)?),
                ScalarKind::I1 => return Err(mismatch()),
            };
            Ok(HostValue::Array(HostArray { shape, data }))
        }
    }
}

/// Writes `a` as a `.npy` file (C order).
pub fn write_npy(path: &Path, a: &HostArray) -> Result<(), String> {
    let shown = path.display();
    let fail = |e: std::io::Error| format!("--output: cannot write '{shown}': {e}");
    let mut file = std::io::BufWriter::new(std::fs::File::create(path).map_err(fail)?);
    let shape: Vec<u64> = a.shape.iter().map(|&d| d as u64).collect();
    fn write<T: npyz::Serialize + npyz::AutoSerialize + Copy>(
        w: &mut impl std::io::Write,
        shape: &[u64],
        v: &[T],
    ) -> std::io::Result<()> {
        use npyz::WriterBuilder;
        let mut writer = npyz::WriteOptions::new()
            .default_dtype()
            .shape(shape)
            .writer(w)
            .begin_nd()?;
        writer.extend(v.iter().copied())?;
        writer.finish()
    }
    with_data!(&a.data, v => write(&mut file, &shape, v)).map_err(fail)
}

/// `shape [4, 4] f32 checksum 12.5 first [0.1, 0.2, ...]`.
pub fn summarize(v: &HostValue) -> String {
    match v {
        HostValue::Scalar(s) => format!("{} = {s}", kind_name(s.kind())),
        HostValue::Array(a) => {
            let n = a.data.len();
            let checksum: f64 = (0..n).map(|i| a.data.get_f64(i)).sum();
            let first: Vec<String> = (0..n.min(6)).map(|i| a.data.show(i)).collect();
            let more = if n > 6 { ", ..." } else { "" };
            format!(
                "shape {:?} {} checksum {checksum:.6} first [{}{more}]",
                a.shape,
                kind_name(a.data.kind()),
                first.join(", ")
            )
        }
    }
}

/// The result of one JIT run: the results, then the arguments after the call.
pub struct RunResult {
    pub results: Vec<HostValue>,
    pub args: Vec<HostValue>,
    /// Seconds per call, one per repetition.
    pub times: Vec<f64>,
}

/// Lowers `module`, JIT-compiles it and calls `fname` `repeat` times on copies of `args`.
pub fn run_jit(
    ctx: &Context,
    ir: &Ir,
    module: OpId,
    fname: &str,
    args: &[HostValue],
    repeat: usize,
    threads: usize,
) -> Result<RunResult, String> {
    let llvm = inkwell::context::Context::create();
    let opts = LowerOptions {
        threads,
        ..LowerOptions::default()
    };
    let lowered =
        codegen::lower_module(ctx, ir, module, &llvm, &opts).map_err(|d| d.message.clone())?;
    let jit = Jit::new(lowered)?;
    let mut times = Vec::new();
    let mut last = None;
    for _ in 0..repeat.max(1) {
        let mut values = args.to_vec();
        let mut call_args = values
            .iter_mut()
            .map(|v| match v {
                HostValue::Scalar(s) => Ok(Arg::Scalar(*s)),
                HostValue::Array(a) => a.data.buffer(&a.shape).map(Arg::Buffer),
            })
            .collect::<Result<Vec<_>, _>>()?;
        let start = Instant::now();
        let results = jit.call_returning(fname, &mut call_args)?;
        times.push(start.elapsed().as_secs_f64());
        let results = results.into_iter().map(host_value).collect();
        drop(call_args);
        last = Some((results, values));
    }
    let (results, args) = last.expect("at least one run");
    Ok(RunResult {
        results,
        args,
        times,
    })
}

/// A value the JIT returned, as a [`HostValue`].
fn host_value(r: Returned) -> HostValue {
    fn decode<T, const N: usize>(bytes: &[u8], from: fn([u8; N]) -> T) -> Vec<T> {
        bytes
            .chunks_exact(N)
            .map(|c| from(c.try_into().expect("chunks of N bytes")))
            .collect()
    }
    match r {
        Returned::Scalar(s) => HostValue::Scalar(s),
        Returned::Buffer { elem, shape, bytes } => {
            let data = match elem {
                ScalarKind::I8 | ScalarKind::I1 => HostData::I8(decode(&bytes, i8::from_ne_bytes)),
                ScalarKind::I16 => HostData::I16(decode(&bytes, i16::from_ne_bytes)),
                ScalarKind::I32 => HostData::I32(decode(&bytes, i32::from_ne_bytes)),
                ScalarKind::I64 => HostData::I64(decode(&bytes, i64::from_ne_bytes)),
                ScalarKind::F32 => HostData::F32(decode(&bytes, f32::from_ne_bytes)),
                ScalarKind::F64 => HostData::F64(decode(&bytes, f64::from_ne_bytes)),
            };
            HostValue::Array(HostArray { shape, data })
        }
    }
}

/// `--emit=llvm|asm|obj`: the module translated for the host at -O3.
pub fn emit(
    ctx: &Context,
    ir: &Ir,
    module: OpId,
    what: crate::Emit,
) -> Result<Vec<u8>, ir::Diagnostic> {
    let llvm = inkwell::context::Context::create();
    let lowered = codegen::lower_module(ctx, ir, module, &llvm, &LowerOptions::default())?;
    let loc = ir::DiagLoc::Loc(ir.loc(module));
    let fail = |e: String| ir::Diagnostic::error(loc, format!("lower-to-llvm: {e}"));
    match what {
        crate::Emit::Llvm => {
            codegen::optimize(&lowered, OptLevel::O3).map_err(fail)?;
            Ok(codegen::emit_llvm(&lowered).into_bytes())
        }
        crate::Emit::Asm => codegen::emit_asm(&lowered, OptLevel::O3).map_err(fail),
        crate::Emit::Obj => codegen::emit_obj(&lowered, OptLevel::O3).map_err(fail),
        crate::Emit::Pretty | crate::Emit::Generic => unreachable!("not a translation"),
    }
}

/// The interpreter's value for `v`.
fn to_interp(v: &HostValue) -> interp::Value {
    use interp::Value as V;
    match v {
        HostValue::Scalar(s) => match *s {
            Scalar::I1(b) => V::bool(b),
            Scalar::I8(x) => V::int(x.into(), 8),
            Scalar::I16(x) => V::int(x.into(), 16),
            Scalar::I32(x) => V::i32(x),
            Scalar::I64(x) => V::i64(x),
            Scalar::F32(x) => V::f32(x),
            Scalar::F64(x) => V::f64(x),
        },
        HostValue::Array(a) => V::memref(&a.shape, interp_elems(a)),
    }
}

/// The elements of `a` as interpreter values.
fn interp_elems(a: &HostArray) -> Vec<interp::Value> {
    use interp::Value as V;
    match &a.data {
        HostData::I8(v) => v.iter().map(|&x| V::int(x.into(), 8)).collect(),
        HostData::I16(v) => v.iter().map(|&x| V::int(x.into(), 16)).collect(),
        HostData::I32(v) => v.iter().map(|&x| V::i32(x)).collect(),
        HostData::I64(v) => v.iter().map(|&x| V::i64(x)).collect(),
        HostData::F32(v) => v.iter().map(|&x| V::f32(x)).collect(),
        HostData::F64(v) => v.iter().map(|&x| V::f64(x)).collect(),
    }
}

/// A value the interpreter produced, as a [`HostValue`] of the same kind as `like` (the
/// argument it came from, or the JIT's result at the same place).
fn from_interp(v: &interp::Value, like: &HostValue) -> Result<HostValue, String> {
    let bad = || {
        format!(
            "the interpreter returned {v:?} where the JIT has {}",
            summarize(like)
        )
    };
    let scalar = |v: &interp::Value, kind: ScalarKind| -> Option<Scalar> {
        Some(match kind {
            ScalarKind::I1 => Scalar::I1(v.as_u64()? != 0),
            ScalarKind::I8 => Scalar::I8(v.as_i64()? as i8),
            ScalarKind::I16 => Scalar::I16(v.as_i64()? as i16),
            ScalarKind::I32 => Scalar::I32(v.as_i64()? as i32),
            ScalarKind::I64 => Scalar::I64(v.as_i64()?),
            ScalarKind::F32 => Scalar::F32(v.as_f32()?),
            ScalarKind::F64 => Scalar::F64(v.as_f64()?),
        })
    };
    match like {
        HostValue::Scalar(s) => scalar(v, s.kind()).map(HostValue::Scalar).ok_or_else(bad),
        HostValue::Array(a) => {
            // A tensor (of the input IR) is compared with the memref the JIT has there.
            let elems = match v {
                interp::Value::Tensor(e) => Some(e.elems.clone()),
                _ => v.memref_elems(),
            };
            let elems = elems.ok_or_else(bad)?;
            let kind = a.data.kind();
            let mut data = HostData::zeros(kind, elems.len()).ok_or_else(bad)?;
            for (i, e) in elems.iter().enumerate() {
                let s = scalar(e, kind).ok_or_else(bad)?;
                match (&mut data, s) {
                    (HostData::I8(d), Scalar::I8(x)) => d[i] = x,
                    (HostData::I16(d), Scalar::I16(x)) => d[i] = x,
                    (HostData::I32(d), Scalar::I32(x)) => d[i] = x,
                    (HostData::I64(d), Scalar::I64(x)) => d[i] = x,
                    (HostData::F32(d), Scalar::F32(x)) => d[i] = x,
                    (HostData::F64(d), Scalar::F64(x)) => d[i] = x,
                    _ => return Err(bad()),
                }
            }
            let shape = match v {
                interp::Value::MemRef(m) => m.sizes.iter().map(|&s| s as usize).collect(),
                interp::Value::Tensor(e) => e.shape.clone(),
                _ => a.shape.clone(),
            };
            Ok(HostValue::Array(HostArray { shape, data }))
        }
    }
}

/// Runs `fname` on `args` in the reference interpreter; the results, then the arguments
/// after the call, shaped like the JIT's `like` run.
pub fn run_interp(
    ctx: &Context,
    ir: &Ir,
    module: OpId,
    fname: &str,
    args: &[HostValue],
    like: &RunResult,
) -> Result<(Vec<HostValue>, Vec<HostValue>), String> {
    let inputs = args.iter().map(to_interp).collect();
    interp_call(ctx, ir, module, fname, inputs, like)
}

/// Calls `fname` in the interpreter on `inputs`; results and arguments after the call
/// are compared by position with the JIT's `like` run.
fn interp_call(
    ctx: &Context,
    ir: &Ir,
    module: OpId,
    fname: &str,
    inputs: Vec<interp::Value>,
    like: &RunResult,
) -> Result<(Vec<HostValue>, Vec<HostValue>), String> {
    let mut interpreter = interp::Interpreter::new(ctx, ir, module);
    let results = interpreter
        .call(fname, inputs.clone())
        .map_err(|e| format!("the interpreter failed: {e}"))?;
    if results.len() != like.results.len() {
        return Err(format!(
            "the interpreter returned {} values, the JIT {}",
            results.len(),
            like.results.len()
        ));
    }
    let results = results
        .iter()
        .zip(&like.results)
        .map(|(v, l)| from_interp(v, l))
        .collect::<Result<_, _>>()?;
    let after = inputs
        .iter()
        .zip(&like.args)
        .map(|(v, l)| from_interp(v, l))
        .collect::<Result<_, _>>()?;
    Ok((results, after))
}

/// The IR `--check=interp` interprets: the input (before `--pass`) when it has one that
/// differs from the IR the JIT ran, else the IR after the passes.
pub struct CheckSource<'a> {
    pub ctx: &'a Context,
    /// The IR after the passes (what the JIT compiled).
    pub lowered: (&'a Ir, OpId),
    /// The input IR, when passes changed it.
    pub input: Option<(&'a Ir, OpId)>,
}

/// What `--check=interp` found: the largest difference over the results and the
/// arguments after the call (as [`largest_difference`]), and which IR it interpreted.
pub struct CheckOutcome {
    pub worst: Option<(String, f64, f64, f64)>,
    pub interpreted: String,
}

/// `--check=interp`: runs `fname` in the interpreter on `args` (the JIT's inputs) and
/// compares with the JIT's `run`. The input IR is interpreted when the interpreter
/// supports all its ops and its signature takes the same values (tensors where the
/// lowered function takes memrefs), so that the check also covers the passes
/// (`lower-graph`, `lower-te`); otherwise the IR after the passes, and the outcome says
/// why.
pub fn check_interp(
    src: &CheckSource<'_>,
    fname: &str,
    args: &[HostValue],
    run: &RunResult,
) -> Result<CheckOutcome, String> {
    let ctx = src.ctx;
    let input = match src.input {
        None => Err(None),
        Some((ir, module)) => input_args(ctx, ir, module, fname, args, run)
            .map(|inputs| (ir, module, inputs))
            .map_err(Some),
    };
    let (results, after, interpreted) = match input {
        Ok((ir, module, inputs)) => {
            let (r, a) = interp_call(ctx, ir, module, fname, inputs, run)?;
            (r, a, "the input IR".to_string())
        }
        Err(why) => {
            let (ir, module) = src.lowered;
            let (r, a) = run_interp(ctx, ir, module, fname, args, run)?;
            let interpreted = match why {
                // No passes ran: the IR after them is the input.
                None => "the input IR".to_string(),
                Some(why) => format!("the IR after the passes: {why}"),
            };
            (r, a, interpreted)
        }
    };
    let worst = [
        largest_difference(&run.results, &results, "result"),
        largest_difference(&run.args, &after, "arg"),
    ]
    .into_iter()
    .flatten()
    .max_by(|a, b| a.3.total_cmp(&b.3));
    Ok(CheckOutcome { worst, interpreted })
}

/// The interpreter's arguments for `fname` of the input IR from the JIT's `args`
/// (tensors where the input takes tensors), or why the input IR cannot be interpreted.
fn input_args(
    ctx: &Context,
    ir: &Ir,
    module: OpId,
    fname: &str,
    args: &[HostValue],
    run: &RunResult,
) -> Result<Vec<interp::Value>, String> {
    let table = interp::OpTable::standard();
    let mut missing = None;
    ir.walk_preorder(module, &mut |op| {
        let name = ctx.op_name_str(ir.op_name(op));
        // Functions and the module are run by the interpreter itself, not as steps.
        let structural = matches!(name, "builtin.module" | "func.func");
        if missing.is_none() && !structural && table.get(name).is_none() {
            missing = Some(name.to_string());
        }
    });
    if let Some(name) = missing {
        return Err(format!("the interpreter has no semantics for '{name}'"));
    }
    let func = find_function_op(ctx, ir, module, fname)?;
    let (inputs, outputs) = ir
        .attr(ctx, func, "function_type")
        .and_then(|a| ctx.as_type_attr(a))
        .and_then(|t| ctx.function_signature(t))
        .ok_or_else(|| format!("@{fname} has no function type in the input IR"))?;
    if inputs.len() != args.len() || outputs.len() != run.results.len() {
        return Err(format!(
            "@{fname} takes {} arguments and returns {} values in the input IR, {} and {} after the passes",
            inputs.len(),
            outputs.len(),
            args.len(),
            run.results.len()
        ));
    }
    inputs
        .iter()
        .zip(args)
        .enumerate()
        .map(|(i, (&ty, a))| {
            let v = match (ctx.type_kind(ty), a) {
                (TypeKind::RankedTensor { .. }, HostValue::Array(arr)) => {
                    interp::Value::tensor(&arr.shape, interp_elems(arr))
                }
                _ => to_interp(a),
            };
            if interp::value_has_type(ctx, &v, ty) {
                Ok(v)
            } else {
                Err(format!(
                    "argument #{i} of @{fname} has type {} in the input IR, which the JIT's argument does not fit",
                    ir::print::print_type(ctx, ty)
                ))
            }
        })
        .collect()
}

/// The largest difference between two runs: (where, jit value, interpreter value, error),
/// the error being absolute for integers and `|a - b| / max(1, |b|)` for floats.
pub fn largest_difference(
    jit: &[HostValue],
    reference: &[HostValue],
    what: &str,
) -> Option<(String, f64, f64, f64)> {
    let mut worst: Option<(String, f64, f64, f64)> = None;
    let mut consider = |place: String, a: f64, b: f64| {
        let err = if (a.is_nan() && b.is_nan()) || a == b {
            0.0
        } else if a.is_nan() || b.is_nan() {
            f64::INFINITY
        } else {
            (a - b).abs() / b.abs().max(1.0)
        };
        if worst.as_ref().is_none_or(|w| err > w.3) {
            worst = Some((place, a, b, err));
        }
    };
    for (i, (x, y)) in jit.iter().zip(reference).enumerate() {
        match (x, y) {
            (HostValue::Scalar(a), HostValue::Scalar(b)) => {
                consider(format!("{what} #{i}"), scalar_f64(*a), scalar_f64(*b));
            }
            (HostValue::Array(a), HostValue::Array(b)) if a.shape != b.shape => {
                consider(
                    format!("{what} #{i} (shapes {:?} and {:?})", a.shape, b.shape),
                    f64::NAN,
                    0.0,
                );
            }
            (HostValue::Array(a), HostValue::Array(b)) => {
                for k in 0..a.data.len().min(b.data.len()) {
                    consider(
                        format!("{what} #{i} element {k}"),
                        a.data.get_f64(k),
                        b.data.get_f64(k),
                    );
                }
            }
            _ => consider(format!("{what} #{i}"), f64::NAN, 0.0),
        }
    }
    worst
}

fn scalar_f64(s: Scalar) -> f64 {
    match s {
        Scalar::I1(b) => f64::from(u8::from(b)),
        Scalar::I8(x) => x.into(),
        Scalar::I16(x) => x.into(),
        Scalar::I32(x) => x.into(),
        Scalar::I64(x) => x as f64,
        Scalar::F32(x) => x.into(),
        Scalar::F64(x) => x,
    }
}
