#!/usr/bin/env bash
# Oracle tests: mlir-opt 22 reads what opt-tool prints, and both tools agree.
#
# For every .mlir/.ir file under testdata/ (except *.ours.mlir, which are
# opt-tool extensions that mlir-opt does not accept):
#   outside testdata/invalid/, with --split-input-file and
#   --allow-unregistered-dialect on both tools:
#     (a) `opt-tool --emit=generic FILE` succeeds and mlir-opt accepts (parses
#         and verifies) its output;
#     (b) FILE and opt-tool's generic output, each normalized through
#         `mlir-opt --mlir-print-op-generic`, are identical;
#     (c) the same for opt-tool's default (pretty) output.
#   under testdata/invalid/: mlir-opt run with the flags of each
#     `--verify-diagnostics` RUN line passes, i.e. the expected diagnostics use
#     MLIR's wording and lines.
# A file mlir-opt cannot read fails.
#
# Prints `ok FILE` or `FAIL FILE: reason` (with a diff) per file, then
# `N passed, M failed`; exits non-zero if any file failed.
#
# Environment: MLIR_OPT (default /usr/lib/llvm-22/bin/mlir-opt); OPT_TOOL (an
# opt-tool binary to use instead of building one); ORACLE_TIMEOUT (seconds per
# tool run, default 120).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

MLIR_OPT="${MLIR_OPT:-/usr/lib/llvm-22/bin/mlir-opt}"
TIMEOUT="${ORACLE_TIMEOUT:-120}"

if [[ ! -x "$MLIR_OPT" ]]; then
  echo "oracle: mlir-opt not found at $MLIR_OPT (install mlir-22-tools or set MLIR_OPT)" >&2
  exit 2
fi

if [[ -n "${OPT_TOOL:-}" ]]; then
  opt_tool="$OPT_TOOL"
else
  echo "oracle: building opt-tool (release)"
  cargo build --release -p driver --bin opt-tool
  target_dir="$(cargo metadata --format-version 1 --no-deps 2>/dev/null |
    sed -n 's/.*"target_directory":"\([^"]*\)".*/\1/p')"
  opt_tool="${target_dir:-$root/target}/release/opt-tool"
fi
if [[ ! -x "$opt_tool" ]]; then
  echo "oracle: opt-tool not found at $opt_tool" >&2
  exit 2
fi
echo "oracle: opt-tool = $opt_tool"
echo "oracle: mlir-opt = $MLIR_OPT ($("$MLIR_OPT" --version 2>/dev/null | grep -i version | head -n1 | sed 's/^ *//'))"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

passed=0
failed=0
reason=""
detail=""

# run OUT ERR CMD...: run with a time limit, stdout to OUT, stderr to ERR.
run() {
  local out="$1" err="$2"
  shift 2
  timeout -k 5 "$TIMEOUT" "$@" >"$out" 2>"$err"
}

# fail REASON [DETAIL-FILE]
fail() {
  reason="$1"
  detail=""
  if [[ $# -gt 1 && -s "$2" ]]; then
    detail="$(head -n 60 "$2")"
  fi
  return 1
}

# The logical RUN lines of a file (continuations joined), one per line.
run_lines() {
  awk '
    match($0, /^[ \t]*\/\/[ \t]*RUN:/) {
      line = substr($0, RLENGTH + 1)
      if (pending != "") line = pending " " line
      if (line ~ /\\[ \t]*$/) { sub(/\\[ \t]*$/, "", line); pending = line; next }
      pending = ""
      print line
    }' "$1"
}

check_roundtrip() {
  local file="$1"
  local flags=(--allow-unregistered-dialect --split-input-file)
  local ref="$work/ref" err="$work/err"

  # mlir-opt must read the file itself.
  if ! run "$ref" "$err" "$MLIR_OPT" "${flags[@]}" --mlir-print-op-generic "$file"; then
    fail "mlir-opt cannot read the file" "$err"
    return 1
  fi

  local form
  for form in generic pretty; do
    local ours="$work/ours.$form" norm="$work/norm.$form"
    local emit=()
    [[ $form == generic ]] && emit=(--emit=generic)
    if ! run "$ours" "$err" "$opt_tool" "${flags[@]}" "${emit[@]}" "$file"; then
      fail "opt-tool ${emit[*]:---emit=pretty} failed" "$err"
      return 1
    fi
    if ! run "$work/accept" "$err" "$MLIR_OPT" "${flags[@]}" "$ours"; then
      fail "mlir-opt rejects opt-tool's $form output" "$err"
      return 1
    fi
    if ! run "$norm" "$err" "$MLIR_OPT" "${flags[@]}" --mlir-print-op-generic "$ours"; then
      fail "mlir-opt --mlir-print-op-generic rejects opt-tool's $form output" "$err"
      return 1
    fi
    if ! diff -u --label "mlir-opt(FILE)" --label "mlir-opt(opt-tool $form output)" \
      "$ref" "$norm" >"$work/diff"; then
      fail "$form output differs from the input after normalization through mlir-opt" "$work/diff"
      return 1
    fi
  done
}

check_invalid() {
  local file="$1" err="$work/err" n=0 line
  while IFS= read -r line; do
    [[ $line == *--verify-diagnostics* ]] || continue
    n=$((n + 1))
    local flags=()
    local tok
    for tok in $line; do
      case "$tok" in
        --split-input-file | --verify-diagnostics | --allow-unregistered-dialect) flags+=("$tok") ;;
      esac
    done
    if ! run "$work/out" "$err" "$MLIR_OPT" "${flags[@]}" "$file"; then
      fail "mlir-opt ${flags[*]} does not agree with the expected diagnostics" "$err"
      return 1
    fi
  done < <(run_lines "$file")
  if [[ $n -eq 0 ]]; then
    fail "no --verify-diagnostics RUN line (name the file *.ours.mlir if mlir-opt cannot check it)"
    return 1
  fi
}

mapfile -t files < <(find testdata -type f \( -name '*.mlir' -o -name '*.ir' \) ! -name '*.ours.mlir' | LC_ALL=C sort)

for file in "${files[@]}"; do
  reason=""
  detail=""
  if [[ $file == testdata/invalid/* ]]; then
    check=check_invalid
  else
    check=check_roundtrip
  fi
  if $check "$file"; then
    echo "ok $file"
    passed=$((passed + 1))
  else
    echo "FAIL $file: $reason"
    if [[ -n $detail ]]; then
      sed 's/^/    /' <<<"$detail"
    fi
    failed=$((failed + 1))
  fi
done

echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
