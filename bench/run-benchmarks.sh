#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the benchmarks in Release and runs them, printing the measured figures.
#   bench/run-benchmarks.sh                       1,000,000 items (several minutes)
#   EARSHOT_BENCH_ITEMS=50000 bench/run-benchmarks.sh   a quick run
# Environment: EARSHOT_BENCH_BUILD (build folder, default build/bench-release),
# EARSHOT_BENCH_DIR (where the generated files go, default the system temp folder),
# JOBS (parallel compile jobs, default 2). Extra arguments go to bench_store, e.g.
# --benchmark_filter=import or --benchmark_format=json.
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
build=${EARSHOT_BENCH_BUILD:-$root/build/bench-release}
jobs=${JOBS:-2}

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DEARSHOT_BUILD_TESTS=OFF -DEARSHOT_BUILD_BENCH=ON >/dev/null
cmake --build "$build" -j "$jobs" --target bench_store bench_generate

echo "running bench_store with ${EARSHOT_BENCH_ITEMS:-1000000} items"
"$build/bench/bench_store" --benchmark_counters_tabular=true "$@"
