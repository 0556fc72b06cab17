//! A lit-style golden-test harness, shared by `driver/tests/golden.rs` (opt-tool over
//! `testdata/`) and by any crate that builds its own opt-tool (the toy example runs
//! `toy-opt` over `examples/toy-dialect/testdata/`).
//!
//! Key types: [`Config`] (where the tests are, which tools a RUN line may name). Key
//! function: [`main`] (discover, run, report through libtest-mimic; never returns).
//! Env vars: `FILECHECK` (LLVM's FileCheck), `GOLDEN_TIMEOUT` (seconds per RUN line).
//!
//! Use it from a test target declared with `harness = false`:
//!
//! ```no_run
//! // tests/golden.rs, the whole of `main`:
//! let crate_dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
//! testkit::lit::main(testkit::lit::Config {
//!     target_name: "golden",
//!     name_root: crate_dir.to_path_buf(),
//!     test_root: crate_dir.join("testdata"),
//!     tools: vec![("my-opt".into(), "/path/to/my-opt".into())],
//! })
//! ```
//!
//! Every `.ir` / `.mlir` file under [`Config::test_root`] (recursively) that
//! contains `// RUN:` lines becomes one test, named by its path relative to
//! [`Config::name_root`] (`testdata/roundtrip/types.mlir`), so
//! `cargo test --test golden -- roundtrip` (or `cargo test golden -- roundtrip`)
//! runs a subset.
//!
//! RUN lines follow LLVM lit's conventions:
//!
//! * a RUN line ending in `\` continues on the next `// RUN:` line;
//! * `%s` is the test file's absolute path, `%S` its directory, `%t` a scratch
//!   path unique to the test file (the same in all its RUN lines), `%%` a
//!   literal `%`;
//! * at the start of a pipeline stage, each tool of [`Config::tools`]
//!   (`opt-tool`, `toy-opt`) is replaced by its binary, `FileCheck` is LLVM's
//!   FileCheck (`$FILECHECK`, else `$(llvm-config --bindir)/FileCheck`, else
//!   `/usr/lib/llvm-14/bin/FileCheck`) and `not CMD` succeeds iff `CMD` fails
//!   without crashing (a signal or a Rust panic, exit status 101, counts as a
//!   crash, as in LLVM's `not`);
//! * each line runs as `bash -o pipefail -c LINE` in the test file's directory;
//!   the first failing line fails the test with the line, its expansion, the
//!   exit status and the captured stdout/stderr.
//!
//! A second kind of test, `harness-self-check`, checks the harness itself: a
//! RUN line whose FileCheck must fail makes the harness report a failure.
//!
//! **Architecture Invariant:** a harness that finds no test file fails (a test
//! named `testdata`), so a moved directory cannot turn a suite silently green.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use libtest_mimic::{Arguments, Failed, Trial};

/// File extensions that are golden tests.
const EXTENSIONS: &[&str] = &["mlir", "ir"];

/// Default time limit for one RUN line (override with `GOLDEN_TIMEOUT`, seconds).
const DEFAULT_TIMEOUT_SECS: u64 = 120;

/// Largest amount of stdout/stderr quoted in a failure message, per stream.
const MAX_CAPTURE: usize = 24_000;

/// The shell prelude that defines LLVM's `not`: success iff the command ran
/// and failed cleanly (not found, a signal, or a Rust panic's status 101 are
/// failures of `not` too).
const PRELUDE: &str = r#"__golden_not() {
  "$@"
  local status=$?
  if [ "$status" -eq 0 ]; then
    return 1
  elif [ "$status" -eq 126 ] || [ "$status" -eq 127 ]; then
    echo "not: '$1' could not be run (exit status $status)" >&2
    return 1
  elif [ "$status" -ge 128 ] || [ "$status" -eq 101 ]; then
    echo "not: '$1' crashed or panicked (exit status $status); not only accepts a clean failure" >&2
    return 1
  fi
  return 0
}
"#;

/// What a golden-test target runs.
#[derive(Clone, Debug)]
pub struct Config {
    /// The test target's name: a `cargo test <target_name>` filter selects all of it.
    pub target_name: &'static str,
    /// Test names are paths relative to this directory (the workspace root, or the crate).
    pub name_root: PathBuf,
    /// Where test files are discovered, recursively.
    pub test_root: PathBuf,
    /// Tool names a RUN line may start a pipeline stage with, and their binaries
    /// (`("opt-tool", env!("CARGO_BIN_EXE_opt-tool"))`).
    pub tools: Vec<(String, PathBuf)>,
}

/// Where FileCheck was found, or a message saying where it was searched for.
fn filecheck_path() -> &'static Result<PathBuf, String> {
    static FILECHECK: OnceLock<Result<PathBuf, String>> = OnceLock::new();
    FILECHECK.get_or_init(find_filecheck)
}

fn find_filecheck() -> Result<PathBuf, String> {
    let mut searched = Vec::new();
    match std::env::var_os("FILECHECK") {
        Some(p) if !p.is_empty() => {
            let p = PathBuf::from(p);
            if is_executable(&p) {
                return Ok(p);
            }
            searched.push(format!(
                "$FILECHECK={} (not an executable file)",
                p.display()
            ));
        }
        _ => searched.push("$FILECHECK (unset)".to_string()),
    }
    match Command::new("llvm-config").arg("--bindir").output() {
        Ok(out) if out.status.success() => {
            let dir = String::from_utf8_lossy(&out.stdout).trim().to_string();
            let p = Path::new(&dir).join("FileCheck");
            if is_executable(&p) {
                return Ok(p);
            }
            searched.push(format!(
                "$(llvm-config --bindir)/FileCheck = {}",
                p.display()
            ));
        }
        Ok(out) => searched.push(format!(
            "$(llvm-config --bindir)/FileCheck (llvm-config failed: {})",
            out.status
        )),
        Err(e) => searched.push(format!(
            "$(llvm-config --bindir)/FileCheck (llvm-config not runnable: {e})"
        )),
    }
    let fallback = PathBuf::from("/usr/lib/llvm-14/bin/FileCheck");
    if is_executable(&fallback) {
        return Ok(fallback);
    }
    searched.push(fallback.display().to_string());
    Err(format!(
        "LLVM FileCheck not found; searched: {}. Set FILECHECK=/path/to/FileCheck \
         or install it (Debian: apt-get install llvm-14-tools).",
        searched.join(", ")
    ))
}

fn is_executable(p: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(p)
        .map(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
        .unwrap_or(false)
}

fn shell_quote(s: &str) -> String {
    if !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || "/._-+=:,@".contains(c))
    {
        return s.to_string();
    }
    format!("'{}'", s.replace('\'', r"'\''"))
}

/// One logical RUN line (continuations joined).
#[derive(Debug, Clone, PartialEq, Eq)]
struct RunLine {
    /// 1-based line number of its first `// RUN:` line.
    line: usize,
    command: String,
}

/// Extracts the RUN lines of a test file. A line whose command ends in `\`
/// continues on the next `// RUN:` line.
fn parse_run_lines(text: &str) -> Result<Vec<RunLine>, String> {
    let mut runs = Vec::new();
    let mut pending: Option<RunLine> = None;
    for (idx, line) in text.lines().enumerate() {
        let Some(cmd) = run_command(line) else {
            if let Some(p) = &pending {
                return Err(format!(
                    "RUN line {} ends with '\\' but line {} is not a RUN line",
                    p.line,
                    idx + 1
                ));
            }
            continue;
        };
        let cmd = cmd.trim();
        let (body, continues) = match cmd.strip_suffix('\\') {
            Some(b) => (b.trim_end(), true),
            None => (cmd, false),
        };
        let mut current = match pending.take() {
            Some(mut p) => {
                if !body.is_empty() {
                    if !p.command.is_empty() {
                        p.command.push(' ');
                    }
                    p.command.push_str(body);
                }
                p
            }
            None => RunLine {
                line: idx + 1,
                command: body.to_string(),
            },
        };
        if continues {
            pending = Some(current);
        } else {
            current.command = current.command.trim().to_string();
            if current.command.is_empty() {
                return Err(format!("empty RUN line at line {}", current.line));
            }
            runs.push(current);
        }
    }
    if let Some(p) = pending {
        return Err(format!(
            "RUN line {} ends with '\\' at the end of the file",
            p.line
        ));
    }
    Ok(runs)
}

/// The command of a `// RUN:` line, if it is one.
fn run_command(line: &str) -> Option<&str> {
    let rest = line.trim_start().strip_prefix("//")?;
    rest.trim_start().strip_prefix("RUN:")
}

/// What `%` substitutions expand to.
struct Subst<'a> {
    file: &'a Path,
    dir: &'a Path,
    temp: &'a Path,
}

/// Expands `%s`, `%S`, `%t` and `%%` everywhere (as lit does).
fn expand_percent(cmd: &str, s: &Subst<'_>) -> String {
    let mut out = String::with_capacity(cmd.len() + 64);
    let mut chars = cmd.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        match chars.peek() {
            Some('s') => {
                chars.next();
                out.push_str(&shell_quote(&s.file.to_string_lossy()));
            }
            Some('S') => {
                chars.next();
                out.push_str(&shell_quote(&s.dir.to_string_lossy()));
            }
            Some('t') => {
                chars.next();
                out.push_str(&shell_quote(&s.temp.to_string_lossy()));
            }
            Some('%') => {
                chars.next();
                out.push('%');
            }
            _ => out.push('%'),
        }
    }
    out
}

/// Tools that a RUN line may name at the start of a pipeline stage.
struct Tools {
    /// `(name, shell-quoted binary)`.
    named: Vec<(String, String)>,
    /// `Err` when FileCheck was not found: using it is then an error.
    filecheck: Result<String, String>,
}

/// Replaces the named tools, `FileCheck` and `not` when they stand as a whole word
/// at the start of a pipeline stage (after `|`, `||`, `&&`, `;`, `(`, or
/// `not`). Quoted text is left alone.
fn expand_tools(cmd: &str, tools: &Tools) -> Result<String, String> {
    const WORD_END: &[char] = &['|', '&', ';', '(', ')', '<', '>', '\'', '"', '\\', '`'];
    let chars: Vec<char> = cmd.chars().collect();
    let mut out = String::with_capacity(cmd.len() + 128);
    let mut i = 0;
    let mut at_command = true;
    while i < chars.len() {
        let c = chars[i];
        if at_command {
            if c.is_whitespace() {
                out.push(c);
                i += 1;
                continue;
            }
            let start = i;
            while i < chars.len() && !chars[i].is_whitespace() && !WORD_END.contains(&chars[i]) {
                i += 1;
            }
            if i > start {
                let word: String = chars[start..i].iter().collect();
                if let Some((_, binary)) = tools.named.iter().find(|(n, _)| *n == word) {
                    out.push_str(binary);
                    at_command = false;
                    continue;
                }
                match word.as_str() {
                    "FileCheck" => {
                        out.push_str(tools.filecheck.as_ref().map_err(Clone::clone)?);
                        at_command = false;
                    }
                    "not" => out.push_str("__golden_not"),
                    _ => {
                        out.push_str(&word);
                        at_command = false;
                    }
                }
                continue;
            }
            at_command = false;
        }
        match c {
            '\'' => {
                // Single-quoted: copy verbatim up to the closing quote.
                out.push(c);
                i += 1;
                while i < chars.len() {
                    out.push(chars[i]);
                    i += 1;
                    if chars[i - 1] == '\'' {
                        break;
                    }
                }
            }
            '"' => {
                out.push(c);
                i += 1;
                while i < chars.len() {
                    let d = chars[i];
                    out.push(d);
                    i += 1;
                    if d == '\\' && i < chars.len() {
                        out.push(chars[i]);
                        i += 1;
                    } else if d == '"' {
                        break;
                    }
                }
            }
            '\\' => {
                out.push(c);
                i += 1;
                if i < chars.len() {
                    out.push(chars[i]);
                    i += 1;
                }
            }
            '|' | ';' | '(' => {
                out.push(c);
                i += 1;
                if c == '|' && i < chars.len() && (chars[i] == '|' || chars[i] == '&') {
                    out.push(chars[i]);
                    i += 1;
                }
                at_command = true;
            }
            '&' => {
                out.push(c);
                i += 1;
                if i < chars.len() && chars[i] == '&' {
                    out.push('&');
                    i += 1;
                    at_command = true;
                }
            }
            _ => {
                out.push(c);
                i += 1;
            }
        }
    }
    Ok(out)
}

/// Expands one RUN line into a bash command.
fn expand(cmd: &str, subst: &Subst<'_>, tools: &Tools) -> Result<String, String> {
    // Tools first, so that nothing inside a substituted (quoted) path can be
    // taken for a tool name.
    let with_tools = expand_tools(cmd, tools)?;
    Ok(expand_percent(&with_tools, subst))
}

struct Captured {
    status: Option<ExitStatus>,
    timed_out: bool,
    stdout: String,
    stderr: String,
}

/// Runs `script` with `bash -o pipefail -c` in `dir`, killing its whole
/// process group after `timeout`.
fn run_bash(script: &str, dir: &Path, timeout: Duration) -> std::io::Result<Captured> {
    use std::os::unix::process::CommandExt;
    let mut child = Command::new("bash")
        .arg("-o")
        .arg("pipefail")
        .arg("-c")
        .arg(script)
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .process_group(0)
        .spawn()?;
    let mut out_pipe = child.stdout.take().expect("piped stdout");
    let mut err_pipe = child.stderr.take().expect("piped stderr");
    let out_reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = out_pipe.read_to_end(&mut buf);
        buf
    });
    let err_reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = err_pipe.read_to_end(&mut buf);
        buf
    });
    let start = Instant::now();
    let mut timed_out = false;
    let status = loop {
        if let Some(status) = child.try_wait()? {
            break Some(status);
        }
        if start.elapsed() > timeout {
            timed_out = true;
            // Kill the whole group: bash and every stage of its pipelines.
            let _ = Command::new("kill")
                .arg("-KILL")
                .arg(format!("-{}", child.id()))
                .status();
            let _ = child.kill();
            break child.wait().ok();
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let stdout = out_reader.join().unwrap_or_default();
    let stderr = err_reader.join().unwrap_or_default();
    Ok(Captured {
        status,
        timed_out,
        stdout: String::from_utf8_lossy(&stdout).into_owned(),
        stderr: String::from_utf8_lossy(&stderr).into_owned(),
    })
}

/// Directory for `%t` files of this run (removed when the run ends).
fn scratch_dir() -> PathBuf {
    std::env::temp_dir().join(format!("golden-{}", std::process::id()))
}

fn timeout() -> Duration {
    let secs = std::env::var("GOLDEN_TIMEOUT")
        .ok()
        .and_then(|s| s.trim().parse::<u64>().ok())
        .unwrap_or(DEFAULT_TIMEOUT_SECS);
    Duration::from_secs(secs)
}

fn truncate(s: &str) -> String {
    if s.len() <= MAX_CAPTURE {
        return s.to_string();
    }
    let mut cut = MAX_CAPTURE;
    while !s.is_char_boundary(cut) {
        cut -= 1;
    }
    format!(
        "{}\n... ({} more bytes not shown)",
        &s[..cut],
        s.len() - cut
    )
}

fn describe_status(c: &Captured) -> String {
    if c.timed_out {
        return format!("timed out after {}s (GOLDEN_TIMEOUT)", timeout().as_secs());
    }
    match c.status {
        Some(s) => match s.code() {
            Some(code) => format!("exit status {code}"),
            None => {
                use std::os::unix::process::ExitStatusExt;
                format!("killed by signal {}", s.signal().unwrap_or(0))
            }
        },
        None => "unknown exit status".to_string(),
    }
}

/// Runs every RUN line of one test file. `name` is the test name used in
/// messages.
fn run_test_file(path: &Path, name: &str, tools: &Tools) -> Result<(), String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("{name}: cannot read {}: {e}", path.display()))?;
    let runs = parse_run_lines(&text).map_err(|e| format!("{name}: {e}"))?;
    if runs.is_empty() {
        return Err(format!("{name}: no RUN lines"));
    }
    let file = path
        .canonicalize()
        .map_err(|e| format!("{name}: cannot resolve {}: {e}", path.display()))?;
    let dir = file.parent().unwrap_or(Path::new("/")).to_path_buf();
    let scratch = scratch_dir();
    std::fs::create_dir_all(&scratch)
        .map_err(|e| format!("cannot create {}: {e}", scratch.display()))?;
    let stem: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '.' {
                c
            } else {
                '_'
            }
        })
        .collect();
    let temp = scratch.join(format!("{stem}.tmp"));
    for (n, run) in runs.iter().enumerate() {
        let subst = Subst {
            file: &file,
            dir: &dir,
            temp: &temp,
        };
        let expanded = expand(&run.command, &subst, tools).map_err(|e| {
            format!(
                "{name}:{}: RUN line cannot run: {e}\n  RUN: {}",
                run.line, run.command
            )
        })?;
        let script = format!("{PRELUDE}{expanded}\n");
        let captured = run_bash(&script, &dir, timeout())
            .map_err(|e| format!("{name}:{}: cannot start bash: {e}", run.line))?;
        let ok = !captured.timed_out && captured.status.is_some_and(|s| s.success());
        if !ok {
            let mut msg = String::new();
            let _ = writeln!(
                msg,
                "{name}:{}: RUN line {} of {} failed ({})",
                run.line,
                n + 1,
                runs.len(),
                describe_status(&captured)
            );
            let _ = writeln!(msg, "  RUN: {}", run.command);
            let _ = writeln!(msg, "  expanded: {expanded}");
            let _ = writeln!(msg, "  directory: {}", dir.display());
            let _ = writeln!(msg, "--- stdout ---\n{}", truncate(&captured.stdout));
            let _ = writeln!(msg, "--- stderr ---\n{}", truncate(&captured.stderr));
            return Err(msg);
        }
    }
    Ok(())
}

/// Every golden test file under `root`, sorted, relative to the workspace.
fn discover(root: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut found = BTreeSet::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir)? {
            let entry = entry?;
            let path = entry.path();
            let ty = entry.file_type()?;
            if ty.is_dir() {
                stack.push(path);
            } else if path
                .extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| EXTENSIONS.contains(&e))
            {
                let text = std::fs::read_to_string(&path).unwrap_or_default();
                if text.lines().any(|l| run_command(l).is_some()) {
                    found.insert(path);
                }
            }
        }
    }
    Ok(found.into_iter().collect())
}

fn test_name(workspace: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(workspace).unwrap_or(path);
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

fn tools(config: &Config) -> Tools {
    Tools {
        named: config
            .tools
            .iter()
            .map(|(name, path)| (name.clone(), shell_quote(&path.to_string_lossy())))
            .collect(),
        filecheck: filecheck_path()
            .as_ref()
            .map(|p| shell_quote(&p.to_string_lossy()))
            .map_err(Clone::clone),
    }
}

/// The harness's own check: a RUN line whose FileCheck fails must fail the
/// test, one whose FileCheck passes must pass, and the RUN-line parsing and
/// substitutions behave as documented.
fn self_check(config: &Config) -> Result<(), String> {
    // RUN-line parsing.
    let parsed = parse_run_lines(
        "// RUN: opt-tool %s \\\n// RUN:   --emit=generic | FileCheck %s\nfoo\n  //RUN: not opt-tool %s\n",
    )?;
    let expected = vec![
        RunLine {
            line: 1,
            command: "opt-tool %s --emit=generic | FileCheck %s".into(),
        },
        RunLine {
            line: 4,
            command: "not opt-tool %s".into(),
        },
    ];
    if parsed != expected {
        return Err(format!(
            "parse_run_lines: got {parsed:?}, want {expected:?}"
        ));
    }
    if parse_run_lines("// RUN: a \\\nb\n").is_ok() {
        return Err("a dangling RUN continuation must be an error".into());
    }

    // Substitutions.
    let fake = Tools {
        named: vec![
            ("opt-tool".into(), "/bin/OPT".into()),
            ("toy-opt".into(), "/bin/TOY".into()),
        ],
        filecheck: Ok("/bin/FC".into()),
    };
    let subst = Subst {
        file: Path::new("/d/x.mlir"),
        dir: Path::new("/d"),
        temp: Path::new("/tmp/t"),
    };
    let cases = [
        (
            "opt-tool %s --emit=generic | FileCheck %s --check-prefix=GENERIC",
            "/bin/OPT /d/x.mlir --emit=generic | /bin/FC /d/x.mlir --check-prefix=GENERIC",
        ),
        (
            "not opt-tool %s 2>&1 | FileCheck %s",
            "__golden_not /bin/OPT /d/x.mlir 2>&1 | /bin/FC /d/x.mlir",
        ),
        (
            "opt-tool %s | opt-tool - && echo opt-tool 'opt-tool' %% > %t",
            "/bin/OPT /d/x.mlir | /bin/OPT - && echo opt-tool 'opt-tool' % > /tmp/t",
        ),
        ("cd %S; (FileCheck x)", "cd /d; (/bin/FC x)"),
        (
            "toy-opt %s | opt-tool - | FileCheck %s",
            "/bin/TOY /d/x.mlir | /bin/OPT - | /bin/FC /d/x.mlir",
        ),
    ];
    for (input, want) in cases {
        let got = expand(input, &subst, &fake)?;
        if got != want {
            return Err(format!("expand({input:?}) = {got:?}, want {want:?}"));
        }
    }
    let missing = Tools {
        named: vec![("opt-tool".into(), "/bin/OPT".into())],
        filecheck: Err("FileCheck not found".into()),
    };
    if expand("opt-tool %s | FileCheck %s", &subst, &missing).is_ok() {
        return Err("a RUN line using a missing FileCheck must be an error".into());
    }
    if expand("opt-tool %s", &subst, &missing).is_err() {
        return Err("a RUN line not using FileCheck must not need it".into());
    }

    // Running: a passing and a failing FileCheck, and `not`.
    let tools = tools(config);
    let dir = std::env::temp_dir().join(format!("golden-self-check-{}", std::process::id()));
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let write = |name: &str, text: &str| -> Result<PathBuf, String> {
        let p = dir.join(name);
        std::fs::write(&p, text).map_err(|e| e.to_string())?;
        Ok(p)
    };
    let passing = write(
        "pass.mlir",
        "// RUN: echo 'hello world' | FileCheck %s\n// RUN: not false\n// CHECK: hello\n",
    )?;
    run_test_file(&passing, "self-check/pass.mlir", &tools)
        .map_err(|e| format!("a passing RUN line was reported as failing:\n{e}"))?;
    let failing = write(
        "fail.mlir",
        "// RUN: echo 'hello world' | FileCheck %s\n// CHECK: goodbye\n",
    )?;
    match run_test_file(&failing, "self-check/fail.mlir", &tools) {
        Ok(()) => return Err("a RUN line whose FileCheck fails was reported as passing".into()),
        Err(msg) => {
            for needle in [
                "RUN: echo 'hello world' | FileCheck %s",
                "exit status 1",
                "goodbye",
            ] {
                if !msg.contains(needle) {
                    return Err(format!(
                        "the failure message does not mention {needle:?}:\n{msg}"
                    ));
                }
            }
        }
    }
    let not_true = write("not.mlir", "// RUN: not true\n")?;
    if run_test_file(&not_true, "self-check/not.mlir", &tools).is_ok() {
        return Err("`not true` was reported as passing".into());
    }
    let crash = write("crash.mlir", "// RUN: not bash -c 'exit 101'\n")?;
    if run_test_file(&crash, "self-check/crash.mlir", &tools).is_ok() {
        return Err("`not` accepted a panic (exit status 101)".into());
    }
    let missing = write("missing.mlir", "// RUN: not ./no-such-tool %s\n")?;
    if run_test_file(&missing, "self-check/missing.mlir", &tools).is_ok() {
        return Err("`not` accepted a command that could not be run".into());
    }
    let pipefail = write("pipefail.mlir", "// RUN: false | cat\n")?;
    if run_test_file(&pipefail, "self-check/pipefail.mlir", &tools).is_ok() {
        return Err("a failing first pipeline stage was not reported (pipefail)".into());
    }
    let _ = std::fs::remove_dir_all(&dir);
    Ok(())
}

/// Splits the positional filters off the command line: libtest takes any
/// number of them (a test runs if its name contains any), libtest-mimic only
/// one. A filter equal to this target's name (`cargo test golden`) selects
/// the whole target.
fn parse_args(target_name: &str) -> (Arguments, Vec<String>) {
    const TAKES_VALUE: &[&str] = &[
        "--test-threads",
        "--logfile",
        "--skip",
        "--color",
        "--format",
        "-Z",
    ];
    let mut rest = Vec::new();
    let mut filters = Vec::new();
    let mut args = std::env::args();
    if let Some(program) = args.next() {
        rest.push(program);
    }
    let mut after_dashes = false;
    while let Some(arg) = args.next() {
        if after_dashes || !arg.starts_with('-') || arg == "-" {
            if arg != target_name {
                filters.push(arg);
            }
        } else if arg == "--" {
            after_dashes = true;
        } else {
            let takes_value = TAKES_VALUE.contains(&arg.as_str());
            rest.push(arg);
            if takes_value {
                if let Some(v) = args.next() {
                    rest.push(v);
                }
            }
        }
    }
    let mut arguments = Arguments::from_iter(rest);
    if filters.len() == 1 {
        arguments.filter = filters.pop();
    }
    (arguments, filters)
}

/// Runs the golden tests of `config` (and the harness's self-check) with libtest's
/// command line (`--list`, `--exact`, filters, `--test-threads`), then exits.
pub fn main(config: Config) -> ! {
    let (args, filters) = parse_args(config.target_name);
    let testdata = config.test_root.clone();
    let tools = std::sync::Arc::new(tools(&config));

    let self_check_config = config.clone();
    let mut trials = vec![Trial::test("harness-self-check", move || {
        self_check(&self_check_config).map_err(Failed::from)
    })];
    match discover(&testdata) {
        Ok(files) if !files.is_empty() => {
            for path in files {
                let name = test_name(&config.name_root, &path);
                let tools = tools.clone();
                trials.push(Trial::test(name.clone(), move || {
                    run_test_file(&path, &name, &tools).map_err(Failed::from)
                }));
            }
        }
        Ok(_) => trials.push(Trial::test("testdata", move || {
            Err(Failed::from(format!(
                "no test files (.mlir/.ir with `// RUN:` lines) under {}",
                testdata.display()
            )))
        })),
        Err(e) => trials.push(Trial::test("testdata", move || {
            Err(Failed::from(format!(
                "cannot read {}: {e}",
                testdata.display()
            )))
        })),
    }
    if !filters.is_empty() {
        let matches = |name: &str| {
            filters.iter().any(|f| {
                if args.exact {
                    name == f
                } else {
                    name.contains(f.as_str())
                }
            })
        };
        trials.retain(|t| matches(t.name()));
    }
    let conclusion = libtest_mimic::run(&args, trials);
    let _ = std::fs::remove_dir_all(scratch_dir());
    conclusion.exit();
}
