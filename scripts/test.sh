#!/usr/bin/env bash
# The whole test suite, from a clean clone: installs what is missing, starts a throwaway PostgreSQL server,
# builds, checks formatting, runs every test project (unit, integration on SQLite and PostgreSQL, browser),
# stops the server and ends with one line: "N passed, N failed[, N skipped]". Non-zero exit on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

# 1. System packages (Debian). Tests use Debian's chromium for Playwright, a real PostgreSQL server and
#    networkx (with /usr/bin/python3) as the oracle for the graph engine.
"$root/scripts/install-deps.sh"

# 2. Build once; warnings are errors.
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
dotnet build Mingle.slnx -c Debug -nologo -v quiet -clp:ErrorsOnly
format_status=0
if ! dotnet format Mingle.slnx --verify-no-changes --no-restore -v quiet; then
  echo "dotnet format found files to fix: run 'dotnet format Mingle.slnx'" >&2
  format_status=1
fi

# 3. Throwaway PostgreSQL on a free port.
pgdir=$(mktemp -d /tmp/mingle-pg.XXXXXX)
cleanup() { "$root/scripts/postgres.sh" stop "$pgdir"; rm -rf "$pgdir"; }
trap cleanup EXIT
export MINGLE_TEST_POSTGRES=$("$root/scripts/postgres.sh" start "$pgdir")

# 4. Every test project; results as TRX so the closing line can count them.
out="$root/.test-output"
rm -rf "$out"
mkdir -p "$out"
test_status=0
for project in tests/*/*.csproj; do
  name=$(basename "$project" .csproj)
  echo "== $name"
  if ! dotnet test "$project" --no-build -nologo -v quiet \
      --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=minimal" \
      --results-directory "$out" -- RunConfiguration.TreatNoTestsAsError=true; then
    test_status=1
  fi
done

# 5. Count.
read -r passed failed skipped < <(python3 - "$out" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
p = f = s = 0
for path in glob.glob(sys.argv[1] + "/*.trx"):
    c = ET.parse(path).getroot().find("t:ResultSummary/t:Counters", ns)
    p += int(c.get("passed")); f += int(c.get("failed")) + int(c.get("error")) + int(c.get("timeout")) + int(c.get("aborted"))
    s += int(c.get("notExecuted"))
print(p, f, s)
PY
)
if [ "$test_status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi  # a project that crashed before reporting
summary="$passed passed, $failed failed"
[ "$skipped" -gt 0 ] && summary="$summary, $skipped skipped"
echo "$summary"
[ "$test_status" -eq 0 ] && [ "$format_status" -eq 0 ] && [ "$failed" -eq 0 ]
