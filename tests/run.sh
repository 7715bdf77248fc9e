#!/usr/bin/env bash
# The one test command (CI runs exactly this): installs what the browser tests need, runs every
# test project, and ends with a line "N passed, N failed, N skipped" summed over all of them.
set -uo pipefail
cd "$(dirname "$0")/.."

need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
[ -d /usr/share/fonts/truetype/liberation2 ] || need+=(fonts-liberation2)
# The Category=Postgres tests need a PostgreSQL server unless CSR_TEST_POSTGRES names one.
if [ -z "${CSR_TEST_POSTGRES:-}" ] && ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then need+=(postgresql); fi
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "tests/run.sh: missing ${need[*]}; run as root or install them: apt-get install -y ${need[*]}" >&2
    exit 2
  fi
  echo "Installing ${need[*]} ..."
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null || {
    echo "tests/run.sh: apt-get install ${need[*]} failed" >&2
    exit 2
  }
fi

dotnet tool restore >/dev/null || { echo "tests/run.sh: dotnet tool restore failed" >&2; exit 2; }

# A throwaway PostgreSQL cluster for this run (a given CSR_TEST_POSTGRES is left alone), removed on any exit.
if [ -z "${CSR_TEST_POSTGRES:-}" ]; then
  pg=$(tests/pg.sh start) || { echo "tests/run.sh: could not start PostgreSQL (tests/pg.sh start)" >&2; exit 2; }
  pg_dir=$(sed -n 1p <<<"$pg")
  trap 'tests/pg.sh stop "$pg_dir"' EXIT
  trap 'exit 130' INT TERM
  export CSR_TEST_POSTGRES=$(sed -n 2p <<<"$pg")
  echo "PostgreSQL for the tests: $CSR_TEST_POSTGRES"
fi

log=$(mktemp)
# Built first, so `dotnet test` runs the unit and browser projects side by side: building inside `dotnet test` kept
# them one after the other (the unit project only started when the browser tests had finished).
dotnet build CsrSponsorship.sln 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
if [ "$status" -eq 0 ]; then
  # Benchmark-style tests are tagged Category=Perf and never run here.
  dotnet test CsrSponsorship.sln --no-build --filter "Category!=Perf" 2>&1 | tee "$log"
  status=${PIPESTATUS[0]}
fi

# Only the runner's per-project summary lines ("Passed!  - Failed: 0, Passed: 51, Skipped: 0, ...").
sum() { grep -E '^(Passed|Failed)! +- ' "$log" | grep -oE "$1: +[0-9]+" | awk '{s += $2} END {print s + 0}'; }
passed=$(sum Passed); failed=$(sum Failed); skipped=$(sum Skipped)
rm -f "$log"
echo "${passed:-0} passed, ${failed:-0} failed, ${skipped:-0} skipped"
if [ "$status" -eq 0 ] && [ "${passed:-0}" -eq 0 ]; then
  echo "tests/run.sh: no test ran" >&2
  exit 1
fi
exit "$status"
