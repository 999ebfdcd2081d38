#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the benchmarks in Release and runs them, printing the measured figures.
#   bench/run-benchmarks.sh                       1,000,000 items (several minutes)
#   EARSHOT_BENCH_ITEMS=50000 bench/run-benchmarks.sh   a quick run
# Environment: EARSHOT_BENCH_BUILD (build folder, default build/bench-release),
# EARSHOT_BENCH_DIR (where the generated files go, default the system temp folder),
# EARSHOT_BENCH_BUILD_TYPE (default Release), JOBS (parallel compile jobs, default 2).
# Extra arguments go to bench_store, e.g.
# --benchmark_filter=import or --benchmark_format=json.
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
build=${EARSHOT_BENCH_BUILD:-$root/build/bench-release}
jobs=${JOBS:-2}

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE="${EARSHOT_BENCH_BUILD_TYPE:-Release}" \
    -DEARSHOT_BUILD_TESTS=OFF -DEARSHOT_BUILD_BENCH=ON >/dev/null
cmake --build "$build" -j "$jobs" --target bench_store bench_generate bench_gui earshot-cli

echo "running bench_store with ${EARSHOT_BENCH_ITEMS:-1000000} items"
"$build/bench/bench_store" --benchmark_counters_tabular=true "$@"

# The window on a workspace of the same size: time to the first page, memory, and the
# longest stall of the event loop while 100,000 more items are imported in the background.
items=${EARSHOT_BENCH_ITEMS:-1000000}
work=$(mktemp -d "${EARSHOT_BENCH_DIR:-${TMPDIR:-/tmp}}/earshot-gui-XXXXXX")
trap 'rm -rf "$work"' EXIT
"$build/bench/bench_generate" "$items" "$work/items.jsonl"
"$build/bench/bench_generate" 100000 "$work/more.jsonl" 7
sed -i 's/"id":"/"id":"more-/' "$work/more.jsonl"   # new items, not updates of the first set
echo "importing $items items for the window benchmark"
"$build/app/cli/earshot-cli" --db "$work/bench.db" import "$work/items.jsonl"
QT_QPA_PLATFORM=offscreen "$build/bench/bench_gui" "$work/bench.db" "$work/more.jsonl"
