#!/usr/bin/env bash
# Benchmark for the insights refresh (issue 7): publishes the CLI in Release, seeds PEOPLE (default 200,000) people
# with 26 weeks of interactions (about 5 million rows) into a fresh SQLite file — or reuses DB if given — then runs
# `mingle analyze --window 365d --json` (the largest window: every interaction is read) under /usr/bin/time -v and
# prints wall time and peak RSS of the refresh. Target: under 60 s and under 4 GiB.
# Usage: bench/insights.sh [people] [existing.db]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
people=${1:-${PEOPLE:-200000}}
work=$(mktemp -d /tmp/mingle-insights-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
[ -x /usr/bin/time ] || { echo "installing GNU time" >&2; apt-get install -y -qq time >/dev/null; }

echo "publishing Mingle.Cli (Release)…" >&2
dotnet publish "$root/src/Mingle.Cli" -c Release -o "$work/cli" --nologo -v quiet >/dev/null

db=${2:-}
if [ -z "$db" ]; then
  db="$work/bench.db"
  echo "seeding $people people into $db…" >&2
  Database__Provider=Sqlite ConnectionStrings__Mingle="Data Source=$db" \
    dotnet "$work/cli/Mingle.Cli.dll" seed-demo --people "$people" --seed 42 2>/dev/null | grep -E "Seeded|interactions" >&2
fi

cd "$work"
for window in 365d 90d; do
  echo "analyze --window $window…" >&2
  Database__Provider=Sqlite ConnectionStrings__Mingle="Data Source=$db" \
    /usr/bin/time -v -o "$work/time.txt" dotnet "$work/cli/Mingle.Cli.dll" analyze --window "$window" --json \
    >"$work/out.json" 2>"$work/err.txt" || { cat "$work/err.txt" >&2; exit 1; }
  wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/time.txt")
  rss_kb=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time.txt")
  refresh=$(grep -o 'refresh: [0-9.]* s' "$work/err.txt" || true)
  summary=$(/usr/bin/python3 -c 'import json,sys; o=json.load(open(sys.argv[1]))["organisation"]; print("people {:,}, ties {:,}, communities {}".format(o["size"], o["ties"], o["communities"]))' "$work/out.json")
  echo "insights refresh --window $window ($summary): wall $wall ($refresh), peak RSS $((rss_kb / 1024)) MiB"
done
