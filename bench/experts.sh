#!/usr/bin/env bash
# Benchmark for the expertise finder and "people you should know" (issue 5): p50/p95 of GET /api/experts over a set
# of topics and of GET /api/me/suggestions over a set of people, measured over HTTP against the real web app
# (Release build, SQLite) on the 200k-person demo organisation. Targets: experts p95 < 100 ms, suggestions p95 < 200 ms.
#
# Usage: bench/experts.sh [DB] [ROUNDS]   DB defaults to /tmp/mingle-experts-bench/bench.db and is seeded with
# `mingle seed-demo --people 200000 --seed 42` when missing (about 3 minutes), then reused.
#
# The demo seeder writes no personal networks yet, so when the database has no mutual connections this script adds
# some for the benchmark only: a mutual connection for every other pair of people in different teams who have
# imported collaboration with each other (~400k pairs), so warm paths use connections as well as the org structure.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
db=${1:-/tmp/mingle-experts-bench/bench.db}
rounds=${2:-10}
people=${PEOPLE:-200000}
work=$(mktemp -d /tmp/mingle-experts-run.XXXXXX)
mkdir -p "$(dirname "$db")"
web_pid=""
cleanup() { [ -n "$web_pid" ] && kill "$web_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
export Database__Provider=Sqlite ConnectionStrings__Mingle="Data Source=$db"

echo "publishing Mingle.Cli and Mingle.Web (Release)…" >&2
dotnet publish "$root/src/Mingle.Cli" -c Release -o "$work/cli" --nologo -v quiet >/dev/null
dotnet publish "$root/src/Mingle.Web" -c Release -o "$work/web" --nologo -v quiet >/dev/null
cli() { dotnet "$work/cli/Mingle.Cli.dll" "$@"; }

if [ ! -s "$db" ]; then
  echo "seeding $people people into $db…" >&2
  cli seed-demo --people "$people" --seed 42 >&2
fi
cli migrate >&2

connections=$(sqlite3 "$db" "SELECT count(*) FROM NetworkEntries WHERE Kind = 'Connection';")
if [ "$connections" -eq 0 ]; then
  echo "adding benchmark mutual connections (cross-team collaboration pairs)…" >&2
  sqlite3 "$db" <<'SQL'
CREATE TEMP TABLE pairs AS
  SELECT MIN(i.FromPersonId, i.ToPersonId) AS a, MAX(i.FromPersonId, i.ToPersonId) AS b
  FROM Interactions i WHERE i.Source = 0 AND i.FromPersonId <> i.ToPersonId GROUP BY 1, 2;
CREATE TEMP TABLE picked AS
  SELECT p.a, p.b FROM pairs p JOIN People pa ON pa.Id = p.a JOIN People pb ON pb.Id = p.b
  WHERE pa.OrgUnitId <> pb.OrgUnitId AND (p.a + p.b) % 2 = 0;
INSERT INTO NetworkEntries (OwnerId, PersonId, Kind, CreatedAt, UpdatedAt)
  SELECT a, b, 'Connection', '2026-06-01 00:00:00', '2026-06-01 00:00:00' FROM picked
  UNION ALL SELECT b, a, 'Connection', '2026-06-01 00:00:00', '2026-06-01 00:00:00' FROM picked;
SQL
fi
echo "mutual connection entries: $(sqlite3 "$db" "SELECT count(*) FROM NetworkEntries WHERE Kind = 'Connection';")" >&2

# 20 people spread over the organisation, each with a personal API token.
sqlite3 "$db" "SELECT Email FROM People WHERE Status = 'Active' ORDER BY (Id * 7919) % 200003 LIMIT 20;" > "$work/emails"
while read -r email; do cli token create --email "$email" --days 1 2>/dev/null; done < "$work/emails" > "$work/tokens"

port=$(( 20000 + RANDOM % 20000 ))
echo "starting Mingle.Web on port $port…" >&2
( cd "$work/web" && exec env Demo__SeedPeople=0 ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
  "Logging__LogLevel__Mingle.Expertise=Information" dotnet Mingle.Web.dll --urls "http://127.0.0.1:$port" ) > "$work/web.log" 2>&1 &
web_pid=$!
for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break; sleep 1; done

echo "uptime: $(uptime)"
/usr/bin/python3 "$root/bench/experts_client.py" "http://127.0.0.1:$port" "$work/tokens" "$rounds"
echo "uptime: $(uptime)"
grep -A1 "Expertise index built" "$work/web.log" | tail -1 | sed 's/^ */index: /'
rss=$(ps -o rss= -p "$web_pid" 2>/dev/null | tr -d ' ' || true)
[ -n "$rss" ] && echo "web process RSS after the run: $((rss / 1024)) MiB"
