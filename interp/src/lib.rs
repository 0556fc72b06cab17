//! Reference interpreter: runs the IR on real values. It is the oracle for passes
//! (`interpret(before) == interpret(after)` on random inputs), so it aims at being
//! obviously correct, not fast.
//!
//! # Use
//!
//! ```
//! use interp::{Interpreter, Value};
//!
//! let ctx = dialects::context();
//! let mut ir = ir::Ir::new();
//! let text = "func.func @scale(%m: memref<4xf32>, %k: f32) {
//!   %c0 = arith.constant 0 : index
//!   %c1 = arith.constant 1 : index
//!   %c4 = arith.constant 4 : index
//!   scf.for %i = %c0 to %c4 step %c1 {
//!     %x = memref.load %m[%i] : memref<4xf32>
//!     %y = arith.mulf %x, %k : f32
//!     memref.store %y, %m[%i] : memref<4xf32>
//!   }
//!   return
//! }";
//! let file = parser::SourceFile { id: 0, name: "doc.mlir", text };
//! let opts = parser::ParseOptions { allow_unregistered: false };
//! let module = parser::parse_module(&ctx, &mut ir, &file, &opts).unwrap();
//!
//! let mut it = Interpreter::new(&ctx, &ir, module);
//! it.set_step_budget(Some(1_000_000));
//! let m = Value::memref_f32(&[4], &[1.0, 2.0, 3.0, 4.0]);
//! let results = it.call("scale", vec![m.clone(), Value::f32(0.5)]).unwrap();
//! assert!(results.is_empty());
//! assert_eq!(m.memref_f32s().unwrap(), vec![0.5, 1.0, 1.5, 2.0]);
//! ```
//!
//! # Semantics
//!
//! Each op's semantics is a function `fn(&mut Frame, OpId) -> Result<Flow, InterpError>`
//! in an [`OpTable`] keyed by op name, one module per dialect (`ops::arith`, `ops::math`,
//! `ops::func` (func and cf), `ops::scf`, `ops::memref`, `ops::vector`, and our
//! `ops::graph` and `ops::te`, whose tensors are immutable [`Value::Tensor`]s computed by
//! direct loops; te schedules are ignored since they do not change results). Undefined
//! behaviour in MLIR (division by zero, signed overflow of `divsi`, shifts by the width or
//! more, out-of-range `fptosi`, out-of-bounds accesses, use after free) is reported as an
//! [`InterpError`] rather than given an invented result.
//!
//! # Extending (your own dialect)
//!
//! Add `interp/src/ops/<dialect>.rs` with `pub fn register(table: &mut OpTable)` that
//! calls [`OpTable::register`] for each op, declare it in `ops/mod.rs` and call it from
//! [`ops::register_all`] (outside this crate: [`Interpreter::register`] or
//! [`Interpreter::table_mut`]). The helpers of `ops` (`elementwise`, `map_n`,
//! `dense_array`, `mixed`, `static_shape`, ...) and `ops::memref::{load, store}` are
//! shared by the dialect modules. An op function reads operands with
//! [`Frame::operand`] / [`Frame::operands`] / [`Frame::group`], attributes through
//! `frame.ir.attr(frame.ctx, op, name)`, runs nested regions with [`Frame::run_region`],
//! sets results with [`Frame::set_results`], reports errors with [`Frame::error`] and
//! returns [`Flow::Next`] (or [`Flow::Branch`] / [`Flow::Yield`] for terminators).
//!
//! External functions (`func.func private @f(...)` without a body, e.g. a runtime's
//! `printI64`) get a Rust implementation with [`Interpreter::register_extern`].
//!
//! # Limits
//!
//! The IR is expected to be verified (malformed IR gives `ErrorKind::Internal` errors, not
//! panics). Not modelled: poison as a value (any op that would produce poison is an
//! error, even if the poison were never used), fast-math flags (results are always exact
//! IEEE), `f80`/`f128`/`tf32`/8-bit floats, scalable vectors, unranked memrefs of unknown
//! origin and memory spaces. `memref.alloc` memory starts zeroed (MLIR leaves it
//! undefined); `memref.alloca` memory is freed when its function returns.

mod error;
pub mod ops;
pub mod value;

use std::cell::Cell;
use std::collections::HashMap;

use ir::types::{FloatKind, TypeKind};
use ir::{BlockId, Context, Ir, OpId, RegionId, Type, ValueId};

pub use error::{ErrorKind, InterpError};
pub use value::{Buffer, Elements, MemRef, Value};

/// What an op tells the interpreter to do next.
#[derive(Debug)]
pub enum Flow {
    /// Continue with the next op of the block.
    Next,
    /// Jump to a block of the same region with these arguments.
    Branch(BlockId, Vec<Value>),
    /// Leave the region, yielding these values (func.return, scf.yield, scf.condition
    /// with its condition first, scf.reduce, ...).
    Yield(Vec<Value>),
}

/// The semantics of one op.
pub type OpFn = fn(&mut Frame<'_, '_>, OpId) -> Result<Flow, InterpError>;

/// Op semantics keyed by op name.
#[derive(Clone, Default)]
pub struct OpTable {
    fns: HashMap<String, OpFn>,
}

impl OpTable {
    /// The semantics of every standard dialect (func, cf, arith, math, scf, memref, vector)
    /// and of graph and te.
    pub fn standard() -> OpTable {
        let mut t = OpTable::default();
        ops::register_all(&mut t);
        t
    }
    /// Sets (or replaces) the semantics of `name`.
    pub fn register(&mut self, name: &str, f: OpFn) {
        self.fns.insert(name.to_string(), f);
    }
    pub fn get(&self, name: &str) -> Option<OpFn> {
        self.fns.get(name).copied()
    }
    /// The op names that have semantics, sorted.
    pub fn names(&self) -> Vec<&str> {
        let mut v: Vec<&str> = self.fns.keys().map(String::as_str).collect();
        v.sort_unstable();
        v
    }
}

/// A Rust implementation of an external function (a `func.func` without a body), e.g.
/// the runtime's `printI64`.
pub type ExternFn<'a> = Box<dyn Fn(&[Value]) -> Result<Vec<Value>, String> + 'a>;

/// The state shared by every frame of one interpreter.
pub struct Machine<'a> {
    pub ctx: &'a Context,
    pub ir: &'a Ir,
    pub module: OpId,
    table: OpTable,
    externs: HashMap<String, ExternFn<'a>>,
    funcs: HashMap<String, OpId>,
    steps: Cell<u64>,
    budget: Option<u64>,
    depth: Cell<u32>,
    max_depth: u32,
}

/// Runs functions of one module.
pub struct Interpreter<'a> {
    machine: Machine<'a>,
}

impl<'a> Interpreter<'a> {
    pub fn new(ctx: &'a Context, ir: &'a Ir, module: OpId) -> Self {
        let mut funcs = HashMap::new();
        for region in ir.regions(module) {
            for &block in ir.region_blocks(*region) {
                for op in ir.block_ops(block) {
                    if ctx.op_name_str(ir.op_name(op)) != "func.func" {
                        continue;
                    }
                    if let Some(name) = ir
                        .attr(ctx, op, "sym_name")
                        .and_then(|a| ctx.as_str_attr(a))
                    {
                        funcs.insert(String::from_utf8_lossy(name).into_owned(), op);
                    }
                }
            }
        }
        Interpreter {
            machine: Machine {
                ctx,
                ir,
                module,
                table: OpTable::standard(),
                externs: HashMap::new(),
                funcs,
                steps: Cell::new(0),
                budget: None,
                depth: Cell::new(0),
                max_depth: 10_000,
            },
        }
    }

    /// Errors once more than `budget` ops have executed (counted over all calls).
    pub fn set_step_budget(&mut self, budget: Option<u64>) {
        self.machine.budget = budget;
    }
    /// Errors when calls nest deeper than `depth` (default 10 000): runaway recursion
    /// stops with an error rather than exhausting memory.
    pub fn set_max_call_depth(&mut self, depth: u32) {
        self.machine.max_depth = depth;
    }
    /// Ops executed so far.
    pub fn steps(&self) -> u64 {
        self.machine.steps.get()
    }
    /// Adds or replaces the semantics of an op.
    pub fn register(&mut self, name: &str, f: OpFn) {
        self.machine.table.register(name, f);
    }
    pub fn table_mut(&mut self) -> &mut OpTable {
        &mut self.machine.table
    }
    /// Implements the external (bodiless) function `name` in Rust.
    pub fn register_extern(&mut self, name: &str, f: ExternFn<'a>) {
        self.machine.externs.insert(name.to_string(), f);
    }

    /// Calls the function `name` with `args`; returns its results.
    pub fn call(&mut self, name: &str, args: Vec<Value>) -> Result<Vec<Value>, InterpError> {
        self.machine.call_function(name, args, None)
    }
}

impl<'a> Machine<'a> {
    /// Calls `name`; `caller` is the calling op (for error locations).
    pub fn call_function(
        &self,
        name: &str,
        args: Vec<Value>,
        caller: Option<OpId>,
    ) -> Result<Vec<Value>, InterpError> {
        let (ctx, ir) = (self.ctx, self.ir);
        let at = |kind, msg: String| InterpError::new(ctx, ir, caller, kind, msg);
        let Some(&func) = self.funcs.get(name) else {
            return Err(at(
                ErrorKind::BadCall,
                format!("no function named '{name}'"),
            ));
        };
        let fty = ir
            .attr(ctx, func, "function_type")
            .and_then(|a| ctx.as_type_attr(a));
        let Some((inputs, _)) = fty.and_then(|t| ctx.function_signature(t)) else {
            return Err(at(
                ErrorKind::BadCall,
                format!("'{name}' has no function type"),
            ));
        };
        if inputs.len() != args.len() {
            return Err(at(
                ErrorKind::BadCall,
                format!(
                    "'{name}' takes {} arguments, got {}",
                    inputs.len(),
                    args.len()
                ),
            ));
        }
        for (i, (arg, &ty)) in args.iter().zip(inputs).enumerate() {
            if !value_has_type(ctx, arg, ty) {
                return Err(at(
                    ErrorKind::BadCall,
                    format!("argument {i} of '{name}' does not have type {ty:?}: {arg:?}"),
                ));
            }
        }
        let Some(&body) = ir.regions(func).first() else {
            return Err(at(ErrorKind::BadCall, format!("'{name}' has no body")));
        };
        if ir.region_blocks(body).is_empty() {
            if let Some(f) = self.externs.get(name) {
                return f(&args).map_err(|m| at(ErrorKind::BadCall, format!("in '{name}': {m}")));
            }
            return Err(at(
                ErrorKind::BadCall,
                format!("'{name}' is external: it has no body"),
            ));
        }
        if self.depth.get() >= self.max_depth {
            return Err(at(
                ErrorKind::StepBudget,
                format!("call depth limit of {} exceeded", self.max_depth),
            ));
        }
        self.depth.set(self.depth.get() + 1);
        let mut frame = Frame {
            m: self,
            ctx,
            ir,
            values: HashMap::new(),
            allocas: Vec::new(),
        };
        // Interpreted recursion is Rust recursion: grow the stack instead of overflowing.
        let results =
            stacker::maybe_grow(256 * 1024, 8 * 1024 * 1024, || frame.run_region(body, args));
        self.depth.set(self.depth.get() - 1);
        // `memref.alloca` memory lives until its function returns.
        for buf in frame.allocas {
            buf.borrow_mut().freed = true;
        }
        Ok(results?.0)
    }
}

/// Whether a runtime value fits a type (scalars by width/kind; shaped values by rank,
/// static sizes and element type, a memref's elements by its first one).
pub fn value_has_type(ctx: &Context, v: &Value, ty: Type) -> bool {
    let shape_fits = |dims: &[i64], actual: &[usize]| {
        dims.len() == actual.len()
            && dims
                .iter()
                .zip(actual)
                .all(|(&d, &a)| d == ir::types::DYNAMIC || d == a as i64)
    };
    match (ctx.type_kind(ty), v) {
        (TypeKind::Integer { width: w, .. }, Value::Int { width, .. }) => w == width,
        (TypeKind::Index, Value::Int { width, .. }) => *width == 64,
        (TypeKind::Float(k), Value::Float { kind, .. }) => k == kind,
        (TypeKind::Vector { shape, elem, .. }, Value::Vector(e))
        | (TypeKind::RankedTensor { shape, elem, .. }, Value::Tensor(e)) => {
            shape_fits(shape, &e.shape)
                && e.elems.len() == e.shape.iter().product::<usize>()
                && e.elems.iter().all(|x| value_has_type(ctx, x, *elem))
        }
        (TypeKind::MemRef { shape, elem, .. }, Value::MemRef(m)) => {
            let sizes: Vec<usize> = m.sizes.iter().map(|&s| s as usize).collect();
            m.sizes.iter().all(|&s| s >= 0)
                && m.sizes.len() == m.strides.len()
                && shape_fits(shape, &sizes)
                && memref_elem_fits(ctx, m, *elem)
        }
        (TypeKind::UnrankedMemRef { elem, .. }, Value::MemRef(m)) => {
            memref_elem_fits(ctx, m, *elem)
        }
        (TypeKind::Function { .. }, Value::Func(_)) => true,
        _ => false,
    }
}

fn memref_elem_fits(ctx: &Context, m: &MemRef, elem: Type) -> bool {
    let buf = m.buf.borrow();
    buf.elems
        .first()
        .is_none_or(|x| value_has_type(ctx, x, elem))
}

/// A zero of a scalar or vector type (the content of fresh buffers).
pub fn zero_of(ctx: &Context, ty: Type) -> Option<Value> {
    match ctx.type_kind(ty) {
        TypeKind::Vector { shape, elem, .. } => {
            let shape: Vec<usize> = shape
                .iter()
                .map(|&d| usize::try_from(d).ok())
                .collect::<Option<_>>()?;
            let zero = zero_of(ctx, *elem)?;
            Some(Value::vector(&shape, vec![zero; shape.iter().product()]))
        }
        TypeKind::Integer { width, .. } => (*width <= 64).then(|| Value::int(0, *width)),
        TypeKind::Index => Some(Value::index(0)),
        TypeKind::Float(k) => float_kind_supported(*k).then(|| Value::float(0.0, *k)),
        _ => None,
    }
}

/// Float types the interpreter computes with.
pub fn float_kind_supported(k: FloatKind) -> bool {
    matches!(
        k,
        FloatKind::F16 | FloatKind::BF16 | FloatKind::F32 | FloatKind::F64
    )
}

/// The values of one function activation, and the machine running it.
pub struct Frame<'m, 'a> {
    pub m: &'m Machine<'a>,
    pub ctx: &'a Context,
    pub ir: &'a Ir,
    values: HashMap<ValueId, Value>,
    /// Buffers of `memref.alloca`s, freed when the function returns.
    pub allocas: Vec<std::rc::Rc<std::cell::RefCell<Buffer>>>,
}

impl<'m, 'a> Frame<'m, 'a> {
    /// An error located at `op`.
    pub fn error(&self, op: OpId, kind: ErrorKind, msg: impl Into<String>) -> InterpError {
        self.error_at(Some(op), kind, msg)
    }
    /// An error located at `op` when there is one.
    pub fn error_at(
        &self,
        op: Option<OpId>,
        kind: ErrorKind,
        msg: impl Into<String>,
    ) -> InterpError {
        InterpError::new(self.ctx, self.ir, op, kind, msg.into())
    }

    pub fn get(&self, op: OpId, v: ValueId) -> Result<Value, InterpError> {
        self.values
            .get(&v)
            .cloned()
            .ok_or_else(|| self.error(op, ErrorKind::Internal, "use of a value not computed"))
    }
    pub fn set(&mut self, v: ValueId, value: Value) {
        self.values.insert(v, value);
    }
    pub fn operand(&self, op: OpId, i: usize) -> Result<Value, InterpError> {
        match self.ir.operands(op).get(i) {
            Some(&v) => self.get(op, v),
            None => Err(self.error(op, ErrorKind::Internal, format!("missing operand #{i}"))),
        }
    }
    /// Operand `i` without copying it (a tensor operand read once per element).
    pub fn operand_ref(&self, op: OpId, i: usize) -> Result<&Value, InterpError> {
        let v =
            self.ir.operands(op).get(i).ok_or_else(|| {
                self.error(op, ErrorKind::Internal, format!("missing operand #{i}"))
            })?;
        self.values
            .get(v)
            .ok_or_else(|| self.error(op, ErrorKind::Internal, "use of a value not computed"))
    }
    pub fn operands(&self, op: OpId) -> Result<Vec<Value>, InterpError> {
        self.ir
            .operands(op)
            .iter()
            .map(|&v| self.get(op, v))
            .collect()
    }
    /// The values of operand group `group` (by the op's declaration: optional, variadic
    /// and `operandSegmentSizes`-sized groups).
    pub fn group(&self, op: OpId, group: usize) -> Result<Vec<Value>, InterpError> {
        let range = self
            .m
            .ctx
            .op_def(self.ir.op_name(op))
            .and_then(|def| ir::dialect::operand_group_range(self.ctx, self.ir, op, def, group))
            .ok_or_else(|| self.error(op, ErrorKind::Internal, "malformed operand groups"))?;
        self.ir.operands(op)[range]
            .iter()
            .map(|&v| self.get(op, v))
            .collect()
    }
    pub fn set_results(&mut self, op: OpId, values: Vec<Value>) -> Result<(), InterpError> {
        if values.len() != self.ir.num_results(op) {
            return Err(self.error(
                op,
                ErrorKind::Internal,
                format!(
                    "computed {} results for {} result values",
                    values.len(),
                    self.ir.num_results(op)
                ),
            ));
        }
        for (r, v) in self.ir.results(op).iter().zip(values) {
            self.values.insert(r, v);
        }
        Ok(())
    }
    /// Sets the single result and continues.
    pub fn result(&mut self, op: OpId, value: Value) -> Result<Flow, InterpError> {
        self.set_results(op, vec![value])?;
        Ok(Flow::Next)
    }
    /// Successor `i` of a terminator.
    pub fn successor(&self, op: OpId, i: usize) -> Result<BlockId, InterpError> {
        self.ir
            .successors(op)
            .get(i)
            .copied()
            .ok_or_else(|| self.error(op, ErrorKind::Internal, format!("missing successor #{i}")))
    }
    /// Region `i` of an op.
    pub fn region(&self, op: OpId, i: usize) -> Result<RegionId, InterpError> {
        self.ir
            .regions(op)
            .get(i)
            .copied()
            .ok_or_else(|| self.error(op, ErrorKind::Internal, format!("missing region #{i}")))
    }
    pub fn result_type(&self, op: OpId, i: usize) -> Type {
        self.ir.value_type(self.ir.result(op, i))
    }
    pub fn operand_type(&self, op: OpId, i: usize) -> Type {
        self.ir.value_type(self.ir.operand(op, i))
    }

    /// Runs `region` from its entry block with `args`, following branches, until a
    /// terminator yields; returns the yielded values and that terminator.
    pub fn run_region(
        &mut self,
        region: RegionId,
        args: Vec<Value>,
    ) -> Result<(Vec<Value>, OpId), InterpError> {
        let parent = self.ir.region_parent(region);
        let Some(&entry) = self.ir.region_blocks(region).first() else {
            let msg = "cannot run an empty region";
            return Err(self.error_at(parent, ErrorKind::Internal, msg));
        };
        let (mut block, mut args) = (entry, args);
        loop {
            let block_args = self.ir.block_args(block);
            if block_args.len() != args.len() {
                let msg = format!(
                    "block takes {} arguments, got {}",
                    block_args.len(),
                    args.len()
                );
                return Err(self.error_at(parent, ErrorKind::Internal, msg));
            }
            for (&a, v) in block_args.iter().zip(args) {
                self.values.insert(a, v);
            }
            let mut next = None;
            let mut last = None;
            for op in self.ir.block_ops(block) {
                last = Some(op);
                match self.step(op)? {
                    Flow::Next => {}
                    Flow::Branch(b, vals) => {
                        next = Some((b, vals));
                        break;
                    }
                    Flow::Yield(vals) => return Ok((vals, op)),
                }
            }
            match next {
                Some((b, vals)) => {
                    block = b;
                    args = vals;
                }
                None => {
                    let at = last.or(parent);
                    let msg = "block ended without a terminator";
                    return Err(self.error_at(at, ErrorKind::Internal, msg));
                }
            }
        }
    }

    /// Executes one op.
    pub fn step(&mut self, op: OpId) -> Result<Flow, InterpError> {
        let steps = self.m.steps.get() + 1;
        self.m.steps.set(steps);
        if self.m.budget.is_some_and(|b| steps > b) {
            return Err(self.error(
                op,
                ErrorKind::StepBudget,
                format!("step budget of {} ops exceeded", steps - 1),
            ));
        }
        let name = self.ctx.op_name_str(self.ir.op_name(op));
        match self.m.table.get(name) {
            Some(f) => f(self, op),
            None => Err(self.error(
                op,
                ErrorKind::Unsupported,
                format!("the interpreter has no semantics for '{name}'"),
            )),
        }
    }
}
