#!/usr/bin/env bash
# Oracle tests: mlir-opt 22 reads what opt-tool prints, and both tools agree.
#
# For every .mlir file under testdata/ (except *.ours.mlir which, like *.ir files,
# hold our graph/te ops that mlir-opt does not accept):
#   outside testdata/invalid/, with --split-input-file on both tools, plus
#   --allow-unregistered-dialect where the file's RUN lines use it (elsewhere
#   every op must be one mlir-opt registers and verifies):
#     (a) `opt-tool --emit=generic FILE` succeeds and mlir-opt accepts (parses
#         and verifies) its output;
#     (b) FILE and opt-tool's generic output, each normalized through
#         `mlir-opt --mlir-print-op-generic`, are identical;
#     (c) the same for opt-tool's default (pretty) output.
#   under testdata/dialects/ (the registered standard dialects), also:
#     (d) opt-tool's pretty and generic outputs are byte-identical to
#         mlir-opt's (`mlir-opt FILE`, `mlir-opt --mlir-print-op-generic FILE`).
#   under testdata/passes/ and testdata/dialects/, also:
#     (e) `opt-tool --pass=canonicalize,cse` output verifies in mlir-opt and has
#         no more ops than `mlir-opt --canonicalize --cse` on the same input.
#   *.ours.mlir and *.ir files whose RUN lines run lower-te: the output of
#     `opt-tool --pass=lower-graph,lower-te` verifies in mlir-opt (registered
#     dialects only);
#   SCHED_CASES (default 60) random te programs with random schedules, lowered
#     by the differential schedule test (SCHED_DUMP_DIR): each verifies in mlir-opt;
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
  cargo build --release -p driver --bin opt-tool </dev/null
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
canon_summary=""
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

# The flags both tools read FILE with: --split-input-file, and
# --allow-unregistered-dialect only where the file's tests use it.
file_flags() {
  flags=(--split-input-file)
  if grep -q -- '--allow-unregistered-dialect' "$1"; then
    flags+=(--allow-unregistered-dialect)
  fi
}

# The number of ops in a generic-form file.
count_ops() {
  grep -cE '^ *(%[^=]+ = )?"[A-Za-z_][A-Za-z0-9_$.]*"\(' "$1" || true
}

check_roundtrip() {
  local file="$1"
  local flags
  file_flags "$file"
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

# (d): byte-identical output in both forms.
check_identical() {
  local file="$1" flags err="$work/err"
  file_flags "$file"
  local form
  for form in pretty generic; do
    local ours=() theirs=()
    if [[ $form == generic ]]; then
      ours=(--emit=generic)
      theirs=(--mlir-print-op-generic)
    fi
    if ! run "$work/ours" "$err" "$opt_tool" "${flags[@]}" "${ours[@]}" "$file"; then
      fail "opt-tool ${ours[*]:---emit=pretty} failed" "$err"
      return 1
    fi
    if ! run "$work/theirs" "$err" "$MLIR_OPT" "${flags[@]}" "${theirs[@]}" "$file"; then
      fail "mlir-opt ${theirs[*]} failed" "$err"
      return 1
    fi
    if ! diff -u --label "mlir-opt ${theirs[*]}" --label "opt-tool ${ours[*]}" \
      "$work/theirs" "$work/ours" >"$work/diff"; then
      fail "$form output is not byte-identical to mlir-opt's" "$work/diff"
      return 1
    fi
  done
}

# (e): canonicalize + cse: verifies in mlir-opt, no more ops than mlir-opt's.
check_canonicalize_cse() {
  local file="$1" flags err="$work/err"
  file_flags "$file"
  if ! run "$work/ours" "$err" "$opt_tool" "${flags[@]}" --emit=generic \
    --pass=canonicalize,cse "$file"; then
    fail "opt-tool --pass=canonicalize,cse failed" "$err"
    return 1
  fi
  if ! run "$work/accept" "$err" "$MLIR_OPT" "${flags[@]}" "$work/ours"; then
    fail "mlir-opt rejects opt-tool's --pass=canonicalize,cse output" "$err"
    return 1
  fi
  if ! run "$work/theirs" "$err" "$MLIR_OPT" "${flags[@]}" --mlir-print-op-generic \
    --canonicalize --cse "$file"; then
    fail "mlir-opt --canonicalize --cse failed" "$err"
    return 1
  fi
  local ours theirs
  ours=$(count_ops "$work/ours")
  theirs=$(count_ops "$work/theirs")
  if [[ $ours -gt $theirs ]]; then
    diff -u --label "mlir-opt --canonicalize --cse" --label "opt-tool --pass=canonicalize,cse" \
      "$work/theirs" "$work/ours" >"$work/diff" || true
    fail "canonicalize,cse leaves $ours ops, mlir-opt $theirs" "$work/diff"
    return 1
  fi
  canon_summary+="$file: $ours ops (mlir-opt $theirs)"$'\n'
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

# check_lowered FILE: what lower-graph,lower-te make of one of our files (graph and te
# ops, which mlir-opt does not know) is MLIR's registered dialects only, and mlir-opt
# verifies it.
check_lowered() {
  local file="$1" err="$work/err"
  if ! run "$work/lowered" "$err" "$opt_tool" --pass=lower-graph,lower-te --emit=generic "$file"; then
    fail "opt-tool --pass=lower-graph,lower-te failed" "$err"
    return 1
  fi
  if ! run "$work/accept" "$err" "$MLIR_OPT" "$work/lowered"; then
    fail "mlir-opt rejects the lowered IR" "$err"
    return 1
  fi
}

# check_verifies FILE: mlir-opt reads and verifies FILE with its registered dialects.
check_verifies() {
  if ! run "$work/accept" "$work/err" "$MLIR_OPT" "$1"; then
    fail "mlir-opt rejects the file" "$work/err"
    return 1
  fi
}

# Our own files: *.ours.mlir and *.ir hold graph/te ops that mlir-opt does not know.
mapfile -t files < <(find testdata -type f -name '*.mlir' ! -name '*.ours.mlir' | LC_ALL=C sort)
# Of those, the ones whose RUN lines lower to loops: the loops must verify in mlir-opt.
mapfile -t lowered < <(grep -l -E '^// RUN:.*--pass=[^ ]*lower-te' -r testdata --include='*.ours.mlir' --include='*.ir' | grep -v '^testdata/invalid/' | LC_ALL=C sort)
# And random schedules of every step (driver/tests/differential_schedules.rs), lowered.
sched_dir="$work/schedules"
mkdir -p "$sched_dir"
echo "oracle: lowering ${SCHED_CASES:-60} randomly scheduled te programs (SCHED_DUMP_DIR)"
SCHED_DUMP_DIR="$sched_dir" SCHED_CASES="${SCHED_CASES:-60}" \
  cargo test -q -p driver --test differential_schedules random_schedules </dev/null >"$work/sched.log" 2>&1 ||
  { cat "$work/sched.log"; echo "oracle: the differential schedule test failed" >&2; exit 1; }
mapfile -t scheduled < <(find "$sched_dir" -name '*.mlir' | LC_ALL=C sort -V)

for file in "${files[@]}" "${lowered[@]}" "${scheduled[@]}"; do
  reason=""
  detail=""
  checks=(check_roundtrip)
  case $file in
    testdata/invalid/*) checks=(check_invalid) ;;
    testdata/dialects/*) checks+=(check_identical check_canonicalize_cse) ;;
    testdata/passes/*) checks+=(check_canonicalize_cse) ;;
    *.ours.mlir | *.ir) checks=(check_lowered) ;;
    "$sched_dir"/*) checks=(check_verifies) ;;
  esac
  ok=1
  for check in "${checks[@]}"; do
    if ! $check "$file"; then
      ok=0
      break
    fi
  done
  if [[ $ok -eq 1 ]]; then
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

printf 'canonicalize,cse op counts (ours vs mlir-opt):\n%s' "$canon_summary"
echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
