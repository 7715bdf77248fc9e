#!/usr/bin/env bash
# Issue 8, "SIGKILL during write", from the command line (tests/CsrSponsorship.Tests/Reliability/KillDuringWriteTests.cs
# does the same inside the test run). The crash harness writes through the app's own services and is killed with
# `kill -9` KILLS times during bulk imports and KILLS times during payment recording; after every kill `check` runs
# PRAGMA integrity_check and the invariants, and verifies that every write the dead process reported as committed
# is still there. Exits 1 at the first failure and keeps its files for a look.
#
#   tests/reliability/kill-during-write.sh                 # 20 + 20 kills, 500-row import files
#   KILLS=50 ROWS=2100 tests/reliability/kill-during-write.sh   # 2,100 rows: several saves per import transaction
set -euo pipefail
cd "$(dirname "$0")/../.."

kills=${KILLS:-20}
rows=${ROWS:-500}
started=$SECONDS
work=$(mktemp -d "${TMPDIR:-/tmp}/csr-crash.XXXXXX")
db="$work/csr.db"
harness=(dotnet tests/CsrSponsorship.CrashHarness/bin/Debug/net10.0/CsrSponsorship.CrashHarness.dll)

fail() {
  echo "kill-during-write: $*" >&2
  echo "kill-during-write: files kept in $work" >&2
  exit 1
}

dotnet build tests/CsrSponsorship.CrashHarness -nologo -v quiet >"$work/build.txt" 2>&1 || { cat "$work/build.txt" >&2; fail "build failed"; }
"${harness[@]}" prepare "$db" >/dev/null || fail "prepare failed"

# Waits until the log holds `count` lines starting with `prefix`; fails if the harness ends on its own first.
wait_for() {
  local pid=$1 log=$2 prefix=$3 count=$4
  until [ "$(grep -c "^$prefix" "$log" || true)" -ge "$count" ]; do
    kill -0 "$pid" 2>/dev/null || fail "harness ended on its own: $(tail -5 "$log.err")"
    sleep 0.02
  done
}

# 1.5 × the median begin→commit time (ms) of the given op over the logs so far, within 100..3000.
window_ms() {
  local op=$1
  shift
  awk -v op="$op" '
    FNR == 1 { begun = "" }
    $1 == op "-begin" { sub("t=", "", $NF); begun = $NF }
    $1 == op "-commit" && begun != "" { sub("t=", "", $NF); print $NF - begun; begun = "" }' "$@" |
    sort -n |
    awk '{ d[NR] = $1 }
      END {
        if (NR == 0) { print 500; exit }
        w = int(d[int(NR / 2) + 1] * 1.5)
        print (w < 100 ? 100 : (w > 3000 ? 3000 : w))
      }'
}

run_mode() {
  local mode=$1 inflight=0 logs=() window=500
  for i in $(seq 1 "$kills"); do
    local log="$work/$mode-$i.log" delay
    : >"$log"
    if [ "$mode" = import ]; then
      "${harness[@]}" import "$db" "$rows" >"$log" 2>"$log.err" &
    else
      "${harness[@]}" pay "$db" >"$log" 2>"$log.err" &
    fi
    local pid=$!
    logs+=("$log")
    if [ "$mode" = import ]; then
      # Inside the import transaction of the first or second file (the second lets the first commit).
      wait_for "$pid" "$log" "import-begin " $((1 + RANDOM % 2))
      delay=$((RANDOM % (window + 1)))
    else
      # Payments take milliseconds and the loop writes most of the time: any moment after start-up.
      wait_for "$pid" "$log" "ready " 1
      delay=$((100 + RANDOM % 800))
    fi
    sleep "$(awk -v ms="$delay" 'BEGIN { printf "%.3f", ms / 1000 }')"
    kill -0 "$pid" 2>/dev/null || fail "harness ended on its own before kill $i: $(tail -5 "$log.err")"
    kill -9 "$pid"
    local status=0
    wait "$pid" 2>/dev/null || status=$?
    [ "$status" -eq 137 ] || fail "$mode run $i ended with $status, not 137 (SIGKILL)"
    case "$(grep -E -- '-(begin|commit) ' "$log" | tail -1 | cut -d' ' -f1)" in
      *-begin) inflight=$((inflight + 1)) ;;
    esac
    "${harness[@]}" check "$db" "$log" >"$work/check.txt" || { cat "$work/check.txt" >&2; fail "check failed after kill $i of $mode"; }
    [ "$mode" = import ] && window=$(window_ms import "${logs[@]}")
  done

  # Once more over every log: a later run must not have undone what an earlier one committed.
  "${harness[@]}" check "$db" "${logs[@]}" >"$work/check.txt" || { cat "$work/check.txt" >&2; fail "final check of $mode failed"; }
  local verdict
  verdict=$(tail -1 "$work/check.txt" | sed -E 's/^check: (integrity [a-zA-Z]+, [0-9]+ integrity errors, [0-9]+ broken invariants).*/\1/')
  count() { cat "${logs[@]}" | grep -c "^$1-commit " || true; }
  if [ "$mode" = import ]; then
    echo "import: $kills kills ($inflight with a write in flight), $(count import) files committed ($((rows * $(count import))) workers), $verdict"
  else
    echo "pay: $kills kills ($inflight with a write in flight), $(count pay) payments, $(count reverse) reversals, $(count issue) invoices issued, $(count adopt) adoptions committed, $verdict"
  fi
}

run_mode import
run_mode pay
echo "wall time: $((SECONDS - started)) s (build and prepare included)"
rm -rf "$work"
