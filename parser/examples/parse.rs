//! Parses a file (unregistered dialects allowed, no dialect registered) and prints its
//! generic form with locations, or the diagnostics: `cargo run -p parser --example parse -- FILE`.

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: parse FILE");
        std::process::exit(2);
    };
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        eprintln!("{path}: {e}");
        std::process::exit(2);
    });
    let ctx = ir::Context::new();
    let mut ir = ir::Ir::new();
    let name = std::path::Path::new(&path)
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or(&path);
    let file = parser::SourceFile {
        id: 0,
        name,
        text: &text,
    };
    match parser::parse_module(
        &ctx,
        &mut ir,
        &file,
        &parser::ParseOptions {
            allow_unregistered: true,
        },
    ) {
        Ok(m) => print!(
            "{}",
            ir::print::print_op(
                &ctx,
                &ir,
                m,
                ir::print::PrintOptions {
                    generic: true,
                    debuginfo: true
                }
            )
        ),
        Err(diags) => {
            for d in diags {
                let (line, col) = match d.loc {
                    ir::DiagLoc::Span { start, .. } => {
                        let before = &text.as_bytes()[..(start as usize).min(text.len())];
                        let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
                        let col = before.len()
                            - before
                                .iter()
                                .rposition(|&b| b == b'\n')
                                .map_or(0, |i| i + 1)
                            + 1;
                        (line, col)
                    }
                    _ => (0, 0),
                };
                eprintln!("{name}:{line}:{col}: {}: {}", d.severity.name(), d.message);
            }
            std::process::exit(1);
        }
    }
}
