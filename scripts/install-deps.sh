#!/usr/bin/env bash
# Installs the Debian packages the tests and benchmarks need, only when something is missing.
set -euo pipefail
packages=(chromium postgresql python3 python3-networkx python3-scipy python3-numpy python3-igraph python3-graph-tool python3-aiosmtpd)
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
# The web build installs ECharts with npm; any npm on PATH will do (Node may come from outside Debian).
command -v npm >/dev/null 2>&1 || missing+=(npm)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
