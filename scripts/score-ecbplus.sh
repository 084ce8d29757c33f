#!/usr/bin/env bash
# Scores the built CLI against every ECB+ gold file in ../shared/gold and prints each cluster's line and the total.
#   bash scripts/score-ecbplus.sh            (builds first)
#   VERBOSE=1 bash scripts/score-ecbplus.sh  (also lists missed flags and unexpected warnings)
set -euo pipefail
cd "$(dirname "$0")/.."
node scripts/build.mjs >/dev/null
found=0; total=0
for gold in ../shared/gold/ecbplus-*.json; do
  out=$(node ../shared/tools/score.mjs --gold "$gold" || true)
  line=$(tail -1 <<<"$out")
  echo "$(basename "$gold" .json): $line"
  [ -n "${VERBOSE:-}" ] && grep -E '^(MISSED|VIOLATED|UNEXPECTED)' <<<"$out" | cut -c1-220 || true
  read -r f t < <(sed -E 's#^score: ([0-9]+)/([0-9]+).*#\1 \2#' <<<"$line")
  found=$((found + f)); total=$((total + t))
done
echo "total: $found/$total flags found"
