#!/usr/bin/env bash
# Incremental sessions: a cold run versus a re-run after editing one function of a module
# of N (default 400, at least 200) functions, through session::Session. Prints both times
# and the ratio (target: the re-run costs under 5% of the cold run).
#
# Usage: bench/incremental.sh [FUNCTIONS] [PIPELINE]
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-400}"
PIPELINE="${2:-dce}"
if [ "$N" -lt 200 ]; then
  echo "error: use at least 200 functions" >&2
  exit 1
fi
cargo run --quiet --release -p session --example incremental_bench -- "$N" "$PIPELINE"
