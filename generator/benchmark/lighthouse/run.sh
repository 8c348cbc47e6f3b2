#!/usr/bin/env bash
# Lighthouse 12 on the four kinds of page (home, a note, practice, search), mobile and desktop,
# against the built site/ served from 127.0.0.1 with gzip. Prints the four category scores of
# each run and the audits that did not pass. Not part of the test suite (it needs Lighthouse from
# npm); the same checks run in the browser tests: axe-core (AccessibilityIT) and layout shifts
# (PageWeightIT).
#
#   npm install --prefix /tmp/lighthouse lighthouse@12   # once
#   LIGHTHOUSE=/tmp/lighthouse/node_modules/.bin/lighthouse generator/benchmark/lighthouse/run.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
site=${SITE:-$root/site}
port=${PORT:-8765}
lighthouse=${LIGHTHOUSE:-lighthouse}
out=${OUT:-$(mktemp -d)}
mkdir -p "$out"
pages=${PAGES:-"index.html deployment-patterns/canary.html practice.html search.html?q=shadow+mode"}
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
command -v "$lighthouse" >/dev/null || { echo "Lighthouse not found: npm install --prefix /tmp/lighthouse lighthouse@12, then LIGHTHOUSE=/tmp/lighthouse/node_modules/.bin/lighthouse"; exit 2; }
[ -f "$site/index.html" ] || { echo "no site in $site: run mvn package first"; exit 2; }

node "$here/serve.js" "$site" "$port" &
server=$!
trap 'kill $server' EXIT
sleep 1

printf '%-40s %-8s %5s %5s %5s %5s\n' page form perf a11y best seo
for page in $pages; do
  for form in mobile desktop; do
    name=$(echo "$page-$form" | tr '/?=+' '____')
    preset=()
    [ "$form" = desktop ] && preset=(--preset=desktop)
    "$lighthouse" "http://127.0.0.1:$port/$page" "${preset[@]}" --quiet --output=json --output-path="$out/$name.json" \
      --chrome-flags="--headless --no-sandbox" >/dev/null 2>&1 || { echo "$page $form: lighthouse failed"; continue; }
    node -e '
      const r = require(process.argv[1]);
      const c = r.categories, s = (k) => c[k].score.toFixed(2);
      console.log(process.argv[2].padEnd(40) + " " + process.argv[3].padEnd(8) + " " + [s("performance"), s("accessibility"), s("best-practices"), s("seo")].map((x) => x.padStart(5)).join(" "));
      const refs = Object.values(c).flatMap((cat) => cat.auditRefs.filter((a) => a.weight > 0).map((a) => a.id));
      for (const id of new Set(refs)) {
        const a = r.audits[id];
        if (a.score !== null && a.score < 1) console.log("    " + id + " " + a.score + " " + (a.displayValue || ""));
      }' "$out/$name.json" "$page" "$form"
  done
done
echo "reports: $out"
