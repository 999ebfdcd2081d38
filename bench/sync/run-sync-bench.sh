#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# End-to-end sync benchmark: N generated feeds (50 items each) served on loopback, synced
# cold (empty store) and unchanged (every feed answers 304) by `earshot-cli sync --once`
# and by `newsboat -x reload`, side by side, with wall time and peak memory.
#
# Usage: bench/sync/run-sync-bench.sh [EARSHOT_CLI] [N...]
#   EARSHOT_CLI defaults to build/app/cli/earshot-cli under the repository root;
#   N defaults to "100 500 2000". Needs python3, /usr/bin/time and newsboat.
#   newsboat alone needs about 15 minutes for the unchanged 2000-feed run.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cli="${1:-$root/build/app/cli/earshot-cli}"
shift || true
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(100 500 2000)
port="${BENCH_PORT:-18080}"

for tool in python3 /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "missing: $tool" >&2; exit 1; }
done
[ -x "$cli" ] || { echo "earshot-cli not found at $cli (pass its path as the first argument)" >&2; exit 1; }
have_newsboat=1
command -v newsboat >/dev/null || { have_newsboat=0; echo "newsboat not installed: earshot only" >&2; }

work="$(mktemp -d)"
server_pid=""
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# Runs a command under /usr/bin/time -v; prints "seconds peak_kb".
measure() {
  local log="$work/time.log"
  /usr/bin/time -v "$@" >"$work/out.log" 2>"$log" || true
  local wall peak
  wall="$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$log")"
  peak="$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")"
  # h:mm:ss or m:ss.ss to seconds
  python3 -c "import sys; p=[float(x) for x in sys.argv[1].split(':')]; s=0
for x in p: s=s*60+x
print(f'{s:.2f} {sys.argv[2]}')" "$wall" "$peak"
}

ratio() { python3 -c "import sys; a,b=float(sys.argv[1]),float(sys.argv[2]); print(f'{a/b:.2f}' if b>0 else '-')" "$1" "$2"; }

printf '%-6s %-10s %12s %12s %12s %12s %8s\n' N phase earshot_s earshot_MB newsboat_s newsboat_MB ratio
for n in "${sizes[@]}"; do
  dir="$work/n$n"
  mkdir -p "$dir"
  python3 "$here/feed_server.py" "$dir" "$n" "$port" >"$dir/server.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 600); do grep -q ready "$dir/server.log" 2>/dev/null && break; sleep 0.1; done

  db="$dir/earshot.db"
  "$cli" --db "$db" import-opml "$dir/feeds.opml" >/dev/null
  printf 'browser "true"\n' >"$dir/newsboat.conf"

  for phase in cold unchanged; do
    read -r es ek < <(measure "$cli" --db "$db" sync --once)
    if [ "$have_newsboat" = 1 ]; then
      read -r ns nk < <(measure newsboat -x reload -u "$dir/urls" -c "$dir/newsboat.db" -C "$dir/newsboat.conf")
    else
      ns=0; nk=0
    fi
    printf '%-6s %-10s %12s %12s %12s %12s %8s\n' "$n" "$phase" "$es" "$((ek / 1024))" "$ns" \
      "$((nk / 1024))" "$(ratio "$ns" "$es")"
  done
  items="$("$cli" --db "$db" stats --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"])')"
  echo "       earshot stored $items items (expected $((n * 50)))"
  kill "$server_pid" 2>/dev/null || true
  wait "$server_pid" 2>/dev/null || true
  server_pid=""
done
echo "ratio = newsboat time / earshot time (above 1: earshot is faster)"
