#!/usr/bin/env bash
# Benchmarks the CSV imports on a fresh SQLite file: generates 100k people and 1M interactions (override with
# PEOPLE=… INTERACTIONS=…), publishes the CLI in Release and times `mingle import people` and `mingle import
# interactions` with /usr/bin/time -v. Prints wall seconds, rows/s and peak RSS for each. Usage: bench/import.sh [DIR]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=${1:-$(mktemp -d /tmp/mingle-import-bench.XXXXXX)}
people=${PEOPLE:-100000}
interactions=${INTERACTIONS:-1000000}
mkdir -p "$work"
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 1; }

if [ -s "$work/people.csv" ] && [ -s "$work/interactions.csv" ] && [ "$(wc -l < "$work/people.csv")" -eq $((people + 1)) ] \
  && [ "$(wc -l < "$work/interactions.csv")" -eq $((interactions + 1)) ]; then
  echo "re-using the generated files in $work" >&2
else
  echo "generating $people people and $interactions interactions in $work" >&2
  /usr/bin/python3 "$root/bench/generate_import_data.py" --people "$people" --interactions "$interactions" --out "$work"
fi
echo "publishing the CLI (Release)" >&2
dotnet publish "$root/src/Mingle.Cli" -c Release -o "$work/cli" --nologo -v quiet >&2

export Database__Provider=Sqlite
export ConnectionStrings__Mingle="Data Source=$work/bench.db"
rm -f "$work"/bench.db*
cd "$work"
"$work/cli/Mingle.Cli" migrate >/dev/null # schema first, so the timings are the imports alone

measure() { # label rows args…
  local label=$1 rows=$2; shift 2
  /usr/bin/time -v -o "$work/$label.time" "$work/cli/Mingle.Cli" "$@" 2>"$work/$label.err" | sed "s/^/  $label: /"
  local wall rss cpu
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/{n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$work/$label.time")
  cpu=$(awk -F': ' '/User time|System time/{s+=$2} END{printf "%.1f", s}' "$work/$label.time")
  rss=$(awk -F': ' '/Maximum resident set size/{printf "%.0f", $2/1024}' "$work/$label.time")
  awk -v l="$label" -v r="$rows" -v w="$wall" -v m="$rss" -v c="$cpu" \
    'BEGIN { printf "%-13s %9d rows  %7.2f s wall  %9.0f rows/s  cpu %s s  peak RSS %s MiB\n", l, r, w, (w > 0 ? r / w : 0), c, m }'
}
measure people "$people" import people --file "$work/people.csv"
measure interactions "$interactions" import interactions --file "$work/interactions.csv"
