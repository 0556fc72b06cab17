//! Code generation: MLIR's standard dialects (func, arith, math, cf, scf, memref, vector)
//! to LLVM IR through inkwell (LLVM 14), for the host CPU, and a JIT to run it.
