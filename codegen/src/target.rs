//! The host target: triple, CPU and features (so AVX2/FMA are used where the CPU has
//! them), LLVM's optimization pipelines and the emission of LLVM IR, assembly and objects.

use std::sync::OnceLock;

use inkwell::attributes::AttributeLoc;
use inkwell::module::Module;
use inkwell::passes::PassBuilderOptions;
use inkwell::targets::{
    CodeModel, FileType, InitializationConfig, RelocMode, Target, TargetMachine,
};
use inkwell::OptimizationLevel;

/// An optimization level, as `-O0` to `-O3`.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Default)]
pub enum OptLevel {
    O0,
    O1,
    O2,
    #[default]
    O3,
}

impl OptLevel {
    fn llvm(self) -> OptimizationLevel {
        match self {
            OptLevel::O0 => OptimizationLevel::None,
            OptLevel::O1 => OptimizationLevel::Less,
            OptLevel::O2 => OptimizationLevel::Default,
            OptLevel::O3 => OptimizationLevel::Aggressive,
        }
    }
}

/// Initializes LLVM's native target once per process.
pub(crate) fn init_native() -> Result<(), String> {
    static INIT: OnceLock<Result<(), String>> = OnceLock::new();
    INIT.get_or_init(|| Target::initialize_native(&InitializationConfig::default()))
        .clone()
}

/// The host CPU's name and feature string.
fn host_cpu() -> (String, String) {
    (
        TargetMachine::get_host_cpu_name().to_string(),
        TargetMachine::get_host_cpu_features().to_string(),
    )
}

/// A target machine for the host CPU (position-independent code, so objects link into
/// PIE executables).
pub fn host_machine(level: OptLevel) -> Result<TargetMachine, String> {
    init_native()?;
    let triple = TargetMachine::get_default_triple();
    let target = Target::from_triple(&triple).map_err(|e| e.to_string())?;
    let (cpu, features) = host_cpu();
    target
        .create_target_machine(
            &triple,
            &cpu,
            &features,
            level.llvm(),
            RelocMode::PIC,
            CodeModel::Default,
        )
        .ok_or_else(|| "cannot create a target machine for the host".to_string())
}

/// Sets the host triple and data layout on `module`, and the host CPU and features on
/// every function it defines (which is what makes the JIT use them too).
pub fn configure_for_host(module: &Module) -> Result<(), String> {
    let tm = host_machine(OptLevel::O3)?;
    module.set_triple(&tm.get_triple());
    module.set_data_layout(&tm.get_target_data().get_data_layout());
    let (cpu, features) = host_cpu();
    let ctx = module.get_context();
    for f in module.get_functions() {
        if f.count_basic_blocks() > 0 {
            f.add_attribute(
                AttributeLoc::Function,
                ctx.create_string_attribute("target-cpu", &cpu),
            );
            f.add_attribute(
                AttributeLoc::Function,
                ctx.create_string_attribute("target-features", &features),
            );
        }
    }
    Ok(())
}

/// Runs LLVM's default pipeline (`default<O3>` and friends, the new pass manager) for the
/// host on `module`.
pub fn optimize(module: &Module, level: OptLevel) -> Result<(), String> {
    let tm = host_machine(level)?;
    let pipeline = match level {
        OptLevel::O0 => "default<O0>",
        OptLevel::O1 => "default<O1>",
        OptLevel::O2 => "default<O2>",
        OptLevel::O3 => "default<O3>",
    };
    let opts = PassBuilderOptions::create();
    opts.set_loop_vectorization(level != OptLevel::O0);
    opts.set_loop_slp_vectorization(level != OptLevel::O0);
    opts.set_loop_unrolling(level != OptLevel::O0);
    opts.set_loop_interleaving(level != OptLevel::O0);
    module
        .run_passes(pipeline, &tm, opts)
        .map_err(|e| e.to_string())
}

/// The textual LLVM IR of `module`.
pub fn emit_llvm(module: &Module) -> String {
    module.print_to_string().to_string()
}

/// Host assembly (text) for `module`.
pub fn emit_asm(module: &Module, level: OptLevel) -> Result<Vec<u8>, String> {
    emit(module, level, FileType::Assembly)
}

/// A host object file (ELF on Linux) for `module`.
pub fn emit_obj(module: &Module, level: OptLevel) -> Result<Vec<u8>, String> {
    emit(module, level, FileType::Object)
}

fn emit(module: &Module, level: OptLevel, kind: FileType) -> Result<Vec<u8>, String> {
    let tm = host_machine(level)?;
    let buf = tm
        .write_to_memory_buffer(module, kind)
        .map_err(|e| e.to_string())?;
    Ok(buf.as_slice().to_vec())
}
