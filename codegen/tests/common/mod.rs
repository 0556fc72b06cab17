//! Shared helpers: parse a module, lower it, JIT it.
#![allow(dead_code)]

use codegen::{lower_module, Jit, LowerOptions};
use inkwell::context::Context as LlvmContext;
use inkwell::module::Module;

/// Parses `src` (unregistered ops allowed, kept generic) and lowers it.
pub fn try_lower<'c>(
    llvm: &'c LlvmContext,
    src: &str,
    opts: &LowerOptions,
) -> Result<Module<'c>, String> {
    let ctx = dialects::context();
    let mut ir = ir::Ir::new();
    let file = parser::SourceFile {
        id: 0,
        name: "test.mlir",
        text: src,
    };
    let popts = parser::ParseOptions {
        allow_unregistered: true,
    };
    let module = parser::parse_module(&ctx, &mut ir, &file, &popts).map_err(|d| {
        d.iter()
            .map(|d| d.message.clone())
            .collect::<Vec<_>>()
            .join("\n")
    })?;
    lower_module(&ctx, &ir, module, llvm, opts).map_err(|d| {
        let at = match d.loc {
            ir::DiagLoc::Loc(l) => ctx
                .file_line_col(l)
                .map(|(_, line, col)| format!("{line}:{col}: "))
                .unwrap_or_default(),
            _ => String::new(),
        };
        format!("{at}{}", d.message)
    })
}

pub fn lower<'c>(llvm: &'c LlvmContext, src: &str) -> Module<'c> {
    try_lower(llvm, src, &LowerOptions::default()).unwrap_or_else(|e| panic!("{e}"))
}

pub fn jit<'c>(llvm: &'c LlvmContext, src: &str) -> Jit<'c> {
    Jit::new(lower(llvm, src)).unwrap_or_else(|e| panic!("{e}"))
}

pub fn jit_with<'c>(llvm: &'c LlvmContext, src: &str, opts: &LowerOptions) -> Jit<'c> {
    let m = try_lower(llvm, src, opts).unwrap_or_else(|e| panic!("{e}"));
    Jit::new(m).unwrap_or_else(|e| panic!("{e}"))
}
