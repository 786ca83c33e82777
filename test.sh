#!/usr/bin/env bash
# Runs every test: installs only what is missing, starts a throwaway PostgreSQL cluster on a free loopback port,
# builds once, runs each test project with a TRX logger, runs the workflow scenarios, and ends with the line
# "N passed, N failed" (", N skipped" when any). Exit code is non-zero when anything failed or could not run.
# It leaves a clone as it found it: results and screenshots go to TestResults/ (gitignored), databases to temp folders;
# the README's screenshots in docs/screenshots/ are refreshed only by tests/Collections.E2E.Tests/update-screenshots.sh.
set -euo pipefail

cd "$(dirname "$0")"
ROOT=$PWD
RESULTS="$ROOT/TestResults"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

log() { echo "test.sh: $*" >&2; }

# Never rewrite the committed screenshots from here, even when the caller's shell asks the browser tests to.
unset COLLECTIONS_UPDATE_SCREENSHOTS
# What git sees before the run, to name anything the run left behind (a test writing into the work tree is a bug).
tree_state() { git -C "$ROOT" status --porcelain --untracked-files=all 2>/dev/null || true; }
TREE_BEFORE=$(tree_state)

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

APT_UPDATED=0
apt_install() {
  if [ "$APT_UPDATED" -eq 0 ]; then
    as_root apt-get update -qq
    APT_UPDATED=1
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

pg_bin_dir() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -n "$dir" ] && [ -x "$dir/pg_ctl" ] && [ -x "$dir/initdb" ]; then echo "$dir"; fi
}

# --- what is missing ---------------------------------------------------------------------------------------------
if ! command -v python3 >/dev/null 2>&1; then
  log "installing python3"
  apt_install python3
fi

PG_BIN=$(pg_bin_dir)
if [ -z "$PG_BIN" ]; then
  log "installing postgresql"
  apt_install postgresql
  PG_BIN=$(pg_bin_dir)
fi
[ -n "$PG_BIN" ] || { log "no PostgreSQL binaries under /usr/lib/postgresql/*/bin"; exit 1; }

# The server's build runs npm for the staff UI (src/Collections.Web); the browser tests drive Debian's Chromium
# (never a downloaded browser).
if ! command -v npm >/dev/null 2>&1; then
  log "installing nodejs and npm"
  apt_install nodejs npm
fi
if [ ! -x /usr/bin/chromium ]; then
  log "installing chromium"
  apt_install chromium
fi

# npm packages of the external-task client test (issue 4), only when absent.
CLIENT_DIR="$ROOT/tests/Collections.Server.Tests/ExternalTaskClient"
if [ -f "$CLIENT_DIR/package-lock.json" ] && [ ! -d "$CLIENT_DIR/node_modules" ]; then
  if ! command -v npm >/dev/null 2>&1; then
    log "installing nodejs and npm"
    apt_install nodejs npm
  fi
  log "npm ci in tests/Collections.Server.Tests/ExternalTaskClient"
  (cd "$CLIENT_DIR" && npm ci --no-audit --no-fund --loglevel=error) || { log "npm ci failed"; exit 1; }
fi

# --- throwaway PostgreSQL ----------------------------------------------------------------------------------------
PGDIR=$(mktemp -d -t collections-pg.XXXXXX)
RUN_AS=()
if [ "$(id -u)" -eq 0 ]; then
  # The postgres binaries refuse to run as root; the Debian package brings the postgres user.
  chown postgres:postgres "$PGDIR"
  RUN_AS=(runuser -u postgres --)
fi
pg() { ${RUN_AS[@]+"${RUN_AS[@]}"} "$@"; }

cleanup() {
  local rc=$?
  if [ -f "$PGDIR/data/postmaster.pid" ]; then
    pg "$PG_BIN/pg_ctl" -D "$PGDIR/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$PGDIR"
  exit "$rc"
}
trap cleanup EXIT

PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
pg "$PG_BIN/initdb" -D "$PGDIR/data" -U postgres --auth=trust -E UTF8 >"$PGDIR/initdb.log" 2>&1 \
  || { cat "$PGDIR/initdb.log" >&2; exit 1; }
# fsync and friends are off for speed: this cluster is thrown away (never do this for benchmarks or production).
pg "$PG_BIN/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/postgres.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -p $PORT -c unix_socket_directories=$PGDIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=500" \
  start >/dev/null || { cat "$PGDIR/postgres.log" >&2; exit 1; }
"$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PORT" -t 30 || { log "PostgreSQL does not accept connections"; cat "$PGDIR/postgres.log" >&2; exit 1; }
log "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') ready on 127.0.0.1:$PORT"
export COLLECTIONS_TEST_POSTGRES="Host=127.0.0.1;Port=$PORT;Username=postgres;Password=postgres;Database=postgres"

# --- build and test ----------------------------------------------------------------------------------------------
rm -rf "$RESULTS"
mkdir -p "$RESULTS"
FAILED_TO_RUN=0

if ! dotnet build Collections.sln -c Release -nologo -v quiet; then
  log "build failed"
  echo "0 passed, 1 failed"
  exit 1
fi

# One TRX per test project (the prefix names the project), so totals can be summed over all of them.
for project in tests/*/*.csproj; do
  name=$(basename "$project" .csproj)
  grep -q 'Microsoft.NET.Test.Sdk' "$project" || continue
  if ! dotnet test "$project" -c Release --no-build --nologo \
      --logger "trx;LogFilePrefix=$name" --logger "console;verbosity=minimal" --results-directory "$RESULTS"; then
    if ! ls "$RESULTS/$name"*.trx >/dev/null 2>&1; then
      log "$name did not run"
      FAILED_TO_RUN=$((FAILED_TO_RUN + 1))
    fi
  fi
done

# Workflow scenarios count as tests too.
SIM_PASSED=0
SIM_FAILED=0
if [ -d workflows/scenarios ] && find workflows/scenarios -name '*.scenario.json' | grep -q .; then
  set +e
  dotnet run --project src/Collections.Server -c Release --no-build -- simulate workflows/scenarios | tee "$RESULTS/simulate.log"
  set -e
  summary=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$RESULTS/simulate.log" | tail -n 1 || true)
  if [ -n "$summary" ]; then
    SIM_PASSED=$(echo "$summary" | sed -E 's/^([0-9]+) passed.*/\1/')
    SIM_FAILED=$(echo "$summary" | sed -E 's/^[0-9]+ passed, ([0-9]+) failed.*/\1/')
  else
    log "simulate did not report its totals"
    FAILED_TO_RUN=$((FAILED_TO_RUN + 1))
  fi
fi

# --- totals ------------------------------------------------------------------------------------------------------
read -r PASSED FAILED SKIPPED < <(python3 - "$RESULTS" <<'PY'
import glob, sys
import xml.etree.ElementTree as ET

passed = failed = skipped = 0
for path in sorted(glob.glob(sys.argv[1] + "/**/*.trx", recursive=True)):
    root = ET.parse(path).getroot()
    # Name every failed test on stderr so the tail of a CI log says what broke, not only how many.
    for result in root.iter():
        if result.tag.endswith("UnitTestResult") and result.get("outcome") not in ("Passed", "NotExecuted"):
            message = next((e.text or "" for e in result.iter() if e.tag.endswith("Message")), "")
            first_line = (message.strip().splitlines() or [""])[0][:300]
            print(f"FAILED {result.get('testName')}: {first_line}", file=sys.stderr)
    counters = next((e for e in root.iter() if e.tag.endswith("Counters")), None)
    if counters is None:
        failed += 1
        continue
    get = lambda name: int(counters.get(name, "0"))
    passed += get("passed")
    failed += get("failed") + get("error") + get("timeout") + get("aborted")
    skipped += get("notExecuted") + get("inconclusive")
print(passed, failed, skipped)
PY
)

TREE_AFTER=$(tree_state)
if [ "$TREE_BEFORE" != "$TREE_AFTER" ]; then
  log "the run changed the work tree (a test wrote outside TestResults/ or a temp folder):"
  diff <(echo "$TREE_BEFORE") <(echo "$TREE_AFTER") | grep '^>' | sed 's/^> /  /' >&2 || true
  FAILED_TO_RUN=$((FAILED_TO_RUN + 1))
fi

[ -f "$RESULTS/simulate.log" ] && grep -E '✗' "$RESULTS/simulate.log" | sed 's/^/FAILED scenario /' >&2 || true
PASSED=$((PASSED + SIM_PASSED))
FAILED=$((FAILED + SIM_FAILED + FAILED_TO_RUN))
line="$PASSED passed, $FAILED failed"
[ "$SKIPPED" -gt 0 ] && line="$line, $SKIPPED skipped"
echo "$line"
[ "$FAILED" -eq 0 ]
