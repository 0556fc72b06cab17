#!/usr/bin/env bash
# Parse + verify + print benchmark: opt-tool vs mlir-opt 22 on a large generic-form module.
# See bench/README.md. Output (the table) goes to stdout; progress to stderr.
#
# Environment:
#   OPS=100000        ops in the generated module
#   REPS=5            timed repetitions per tool (after one untimed warm-up run)
#   SEED=1            generator seed
#   OPT_TOOL=path     use this binary instead of building target/release/opt-tool
#   OPT_TOOL_FLAGS    flags for opt-tool (default "--allow-unregistered-dialect --emit=generic")
#   MLIR_OPT=path     default /usr/lib/llvm-22/bin/mlir-opt
#   MEASURE=py        force bench/measure.py instead of /usr/bin/time
#   CHECK=0           skip the check that mlir-opt reads opt-tool's output back
#   NO_BUILD=1        do not run cargo build (use the existing target/release/opt-tool)
#
# Exit status: 0 if both tools ran; 1 if opt-tool is missing, fails to build or fails on
# the module (mlir-opt's figures are still printed); 2 if mlir-opt itself fails;
# 3 if opt-tool ran but mlir-opt rejects opt-tool's output (CHECK=1).
set -u

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)
OUT="$BENCH_DIR/out"
mkdir -p "$OUT"

OPS=${OPS:-100000}
REPS=${REPS:-5}
SEED=${SEED:-1}
MLIR_OPT=${MLIR_OPT:-/usr/lib/llvm-22/bin/mlir-opt}
OPT_TOOL_FLAGS=${OPT_TOOL_FLAGS:---allow-unregistered-dialect --emit=generic}
MLIR_OPT_FLAGS="--allow-unregistered-dialect --mlir-print-op-generic"
CHECK=${CHECK:-1}

log() { echo "[bench] $*" >&2; }

# ---------------------------------------------------------------- measuring
if [[ "${MEASURE:-}" != py && -x /usr/bin/time ]]; then
  MEASURER=time
else
  MEASURER=py
fi

# run_once REPORT CMD... : runs CMD (stdout to /dev/null, stderr to $OUT/last.err) and
# writes "WALL_SECONDS MAXRSS_KIB" to REPORT. Returns CMD's exit status.
run_once() {
  local report=$1; shift
  local rc
  if [[ $MEASURER == time ]]; then
    local t0 t1
    t0=$(date +%s%N)
    /usr/bin/time -f '%e %M' -o "$report.time" "$@" >/dev/null 2>"$OUT/last.err"
    rc=$?
    t1=$(date +%s%N)
    # %e only has 10 ms resolution: keep %M (peak RSS, KiB) and take the wall time
    # from date(1) around the call (includes /usr/bin/time's own ~1 ms fork+exec).
    local rss
    rss=$(tail -n 1 "$report.time" | awk '{print $2}')
    awk -v a="$t0" -v b="$t1" -v r="$rss" 'BEGIN { printf "%.6f %s\n", (b - a) / 1e9, r }' >"$report"
  else
    python3 "$BENCH_DIR/measure.py" -o "$report" -- "$@" >/dev/null 2>"$OUT/last.err"
    rc=$?
  fi
  return $rc
}

# bench_tool NAME CMD... : one warm-up + REPS timed runs; results in $OUT/NAME.runs.
# Returns non-zero (and keeps stderr in $OUT/NAME.err) if any run fails.
bench_tool() {
  local name=$1; shift
  : >"$OUT/$name.runs"
  local i
  for ((i = 0; i <= REPS; i++)); do
    if ! run_once "$OUT/$name.one" "$@"; then
      cp "$OUT/last.err" "$OUT/$name.err"
      log "$name FAILED (run $i): $*"
      sed -n '1,15p' "$OUT/$name.err" | sed 's/^/[bench]   | /' >&2
      return 1
    fi
    [[ $i -gt 0 ]] && cat "$OUT/$name.one" >>"$OUT/$name.runs"
  done
  rm -f "$OUT/$name.err"
  return 0
}

# ---------------------------------------------------------------- tools
OURS_STATUS=ok
OURS_REASON=""
if [[ -n "${OPT_TOOL:-}" ]]; then
  log "using OPT_TOOL=$OPT_TOOL (not building)"
else
  OPT_TOOL="$ROOT/target/release/opt-tool"
  if [[ -z "${NO_BUILD:-}" ]]; then
    log "cargo build --release --bin opt-tool (log: bench/out/build.log)"
    if ! (cd "$ROOT" && cargo build --release --bin opt-tool) >"$OUT/build.log" 2>&1; then
      OURS_STATUS=fail
      OURS_REASON="cargo build --release --bin opt-tool failed (see bench/out/build.log)"
      tail -n 15 "$OUT/build.log" | sed 's/^/[bench]   | /' >&2
    fi
  fi
fi
if [[ $OURS_STATUS == ok && ! -x "$OPT_TOOL" ]]; then
  OURS_STATUS=fail
  OURS_REASON="opt-tool binary not found or not executable: $OPT_TOOL"
fi
if [[ ! -x "$MLIR_OPT" ]]; then
  echo "error: mlir-opt not found at $MLIR_OPT (set MLIR_OPT=...)" >&2
  exit 2
fi

# ---------------------------------------------------------------- input
MODULE="$OUT/module-$OPS-s$SEED.mlir"
if [[ ! -s "$MODULE" || "$BENCH_DIR/gen_module.py" -nt "$MODULE" ]]; then
  log "generating $MODULE ($OPS ops, seed $SEED)"
  python3 "$BENCH_DIR/gen_module.py" --ops "$OPS" --seed "$SEED" --out "$MODULE.tmp" || {
    echo "error: gen_module.py failed" >&2; exit 2; }
  mv "$MODULE.tmp" "$MODULE"
fi
BYTES=$(stat -c %s "$MODULE")
TINY="$OUT/module-16-s$SEED.mlir"
[[ -s "$TINY" && "$TINY" -nt "$BENCH_DIR/gen_module.py" ]] ||
  python3 "$BENCH_DIR/gen_module.py" --ops 16 --seed "$SEED" --out "$TINY"

# ---------------------------------------------------------------- runs
# shellcheck disable=SC2206
OT_FLAGS=($OPT_TOOL_FLAGS)
# shellcheck disable=SC2206
MO_FLAGS=($MLIR_OPT_FLAGS)

log "mlir-opt: $REPS reps on $(basename "$MODULE") ($BYTES bytes), measuring with $MEASURER"
MLIR_STATUS=ok
bench_tool mlir-opt "$MLIR_OPT" "${MO_FLAGS[@]}" "$MODULE" -o /dev/null || MLIR_STATUS=fail
# baseline (startup) figures on a 16-op module, to separate fixed cost from per-op cost
REPS_SAVE=$REPS; REPS=3
bench_tool mlir-opt.tiny "$MLIR_OPT" "${MO_FLAGS[@]}" "$TINY" -o /dev/null || true
REPS=$REPS_SAVE

CHECK_STATUS=skipped
if [[ $OURS_STATUS == ok ]]; then
  log "opt-tool: $REPS reps ($OPT_TOOL ${OT_FLAGS[*]})"
  if bench_tool opt-tool "$OPT_TOOL" "${OT_FLAGS[@]}" "$MODULE" -o /dev/null; then
    REPS_SAVE=$REPS; REPS=3
    bench_tool opt-tool.tiny "$OPT_TOOL" "${OT_FLAGS[@]}" "$TINY" -o /dev/null || true
    REPS=$REPS_SAVE
    if [[ $CHECK == 1 ]]; then
      # untimed: does mlir-opt read back what opt-tool printed?
      if "$OPT_TOOL" "${OT_FLAGS[@]}" "$MODULE" -o "$OUT/opt-tool.out.mlir" 2>"$OUT/check.err" &&
        "$MLIR_OPT" --allow-unregistered-dialect --verify-each "$OUT/opt-tool.out.mlir" -o /dev/null 2>>"$OUT/check.err"; then
        CHECK_STATUS=ok
        rm -f "$OUT/check.err"
      else
        CHECK_STATUS=fail
        log "CHECK FAILED: mlir-opt does not accept opt-tool's output (bench/out/opt-tool.out.mlir):"
        sed -n '1,10p' "$OUT/check.err" | sed 's/^/[bench]   | /' >&2
      fi
    fi
  else
    OURS_STATUS=fail
    OURS_REASON="opt-tool failed on the module (stderr in bench/out/opt-tool.err)"
  fi
fi
[[ $OURS_STATUS == ok ]] || rm -f "$OUT/opt-tool.runs" "$OUT/opt-tool.tiny.runs"
[[ $MLIR_STATUS == ok ]] || rm -f "$OUT/mlir-opt.runs"

# ---------------------------------------------------------------- report
python3 - "$OUT" "$OPS" "$BYTES" "$REPS" "$MEASURER" "$OURS_STATUS" "$OURS_REASON" "$CHECK_STATUS" "$MODULE" <<'PY'
import os, statistics, sys
out, ops, nbytes, reps, measurer, ours_status, ours_reason, check, module = sys.argv[1:]
ops, nbytes = int(ops), int(nbytes)

def load(name):
    p = os.path.join(out, name + ".runs")
    if not os.path.exists(p):
        return None
    rows = [tuple(map(float, l.split())) for l in open(p) if l.strip()]
    if not rows:
        return None
    walls = [w for w, _ in rows]
    rss = max(r for _, r in rows) * 1024  # KiB -> bytes
    return {"med": statistics.median(walls), "min": min(walls), "max": max(walls), "rss": rss}

res = {t: load(t) for t in ("opt-tool", "mlir-opt")}
tiny = {t: load(t + ".tiny") for t in ("opt-tool", "mlir-opt")}

print("parse + verify + print (generic form), %s" % os.path.basename(module))
print("  %d ops, %.1f MiB of text, %s timed reps (median), measured with %s"
      % (ops, nbytes / 2**20, reps, "/usr/bin/time + date" if measurer == "time" else "bench/measure.py"))
print()
hdr = ("tool", "median s", "min s", "ops/s", "peak RSS MiB", "RSS B/op", "startup s", "marginal B/op")
fmt = "%-9s %9s %8s %11s %13s %9s %10s %14s"
print(fmt % hdr)
for t in ("opt-tool", "mlir-opt"):
    r = res[t]
    if r is None:
        msg = "FAILED: " + ours_reason if t == "opt-tool" else "FAILED"
        print("%-9s %s" % (t, msg))
        continue
    ti = tiny[t]
    print(fmt % (t, "%.3f" % r["med"], "%.3f" % r["min"], "%.0f" % (ops / r["med"]),
                 "%.1f" % (r["rss"] / 2**20), "%.0f" % (r["rss"] / ops),
                 "%.3f" % ti["med"] if ti else "-",
                 "%.0f" % ((r["rss"] - ti["rss"]) / ops) if ti else "-"))
print()
a, b = res["opt-tool"], res["mlir-opt"]
if a and b:
    print("ours/mlir-opt: time %.2fx, peak RSS %.2fx" % (a["med"] / b["med"], a["rss"] / b["rss"]))
    if tiny["opt-tool"] and tiny["mlir-opt"]:
        ta, tb = tiny["opt-tool"], tiny["mlir-opt"]
        da, db = a["med"] - ta["med"], b["med"] - tb["med"]
        ma, mb = a["rss"] - ta["rss"], b["rss"] - tb["rss"]
        if da > 0 and db > 0 and ma > 0 and mb > 0:
            print("ours/mlir-opt without startup: time %.2fx, RSS %.2fx" % (da / db, ma / mb))
else:
    print("ours/mlir-opt: n/a")
if a:
    print("round trip (mlir-opt reads opt-tool's output): %s" % check)
PY

if [[ $MLIR_STATUS != ok ]]; then
  echo "error: mlir-opt failed on the module (bench/out/mlir-opt.err)" >&2
  exit 2
fi
if [[ $OURS_STATUS != ok ]]; then
  echo "error: $OURS_REASON" >&2
  exit 1
fi
if [[ $CHECK_STATUS == fail ]]; then
  echo "error: mlir-opt rejects opt-tool's output (bench/out/check.err)" >&2
  exit 3
fi
exit 0
