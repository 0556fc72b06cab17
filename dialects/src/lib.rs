//! Registered dialects. Each module declares its ops with [`ir::define_op!`]: one
//! declaration per op gives the typed view, the verifier of its constraints, its syntax and
//! its registration.
//!
//! - `builtin`: `builtin.module`.
//! - `func`: `func.func`, `func.return`, `func.call`, `func.call_indirect`, `func.constant`.
//! - `cf`: `cf.br`, `cf.cond_br`, `cf.switch` (generic form only), `cf.assert`.
//! - `arith`: constant, integer/float arithmetic, cmpi, select, index_cast, with folds.
//! - `math`: exp, exp2, log, log2, log1p, tanh, sqrt, rsqrt, sin, cos, erf, absf, floor,
//!   ceil, powf, fma, absi, with constant folds.
//! - `graph` (ours): matmul, conv2d, add, mul, relu, bias_add, constant, with shape
//!   inference.
//! - `te` (ours): tensor expressions (`te.compute`, `te.read`, reductions) with schedules.
//! - `vector`: broadcast, load, store, fma, reduction, extract, insert, transfer_read,
//!   transfer_write, with folds.
//!

pub mod arith;
pub mod builtin;
pub mod cf;
pub(crate) mod common;
pub mod func;
pub mod graph;
pub mod math;
pub mod memref;
pub mod scf;
pub mod te;
pub mod vector;

use ir::Context;

/// Registers every dialect of this crate in `ctx`.
pub fn register_all(ctx: &mut Context) {
    for dialect in [
        builtin::dialect(),
        func::dialect(),
        cf::dialect(),
        arith::dialect(),
        math::dialect(),
        scf::dialect(),
        memref::dialect(),
        vector::dialect(),
        graph::dialect(),
        te::dialect(),
    ] {
        let name = dialect.name;
        if let Err(e) = ctx.registry_mut().register(dialect) {
            // A malformed declaration is a bug in this crate, caught by its tests.
            panic!("dialect '{name}' failed to register: {e}");
        }
    }
}

/// A context with every dialect of this crate registered.
pub fn context() -> Context {
    let mut ctx = Context::new();
    register_all(&mut ctx);
    ctx
}
