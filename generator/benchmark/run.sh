#!/usr/bin/env bash
# Build benchmark: coursenotes (mvn package, whole process) against Hugo on the same notes.
# Prints a Markdown table; see README.md beside this script.
#
#   generator/benchmark/run.sh                 # 1,000 and 5,000 notes, 3 runs each
#   SIZES="1000" RUNS=5 generator/benchmark/run.sh
#
# Environment:
#   SIZES              notes to generate, space-separated (default "1000 5000")
#   PAGES_PER_CHAPTER  notes per chapter (default 100; 5000 puts every note in one huge chapter)
#   RUNS               measured runs per tool and size (default 3; one warm-up run is not counted)
#   WORK               where the corpora are written (default: a new folder under /tmp)
#   MVN_FLAGS          extra flags for every mvn call, e.g. "-o" to stay offline
#   SKIP_INSTALL=1     do not install the plugin from this worktree first
#   REBUILD=1          also run the in-process rebuild harness (Rebuild.java) on each corpus
#
# Needs: Java 17+, Maven, python3, Hugo (apt-get install -y hugo) and GNU time
# (apt-get install -y time) for wall time and peak memory.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
generator="$(cd "$here/.." && pwd)"
sizes="${SIZES:-1000 5000}"
per_chapter="${PAGES_PER_CHAPTER:-100}"
runs="${RUNS:-3}"
work="${WORK:-$(mktemp -d /tmp/coursenotes-benchmark.XXXXXX)}"
# force: every run builds, although nothing changed since the last (the build goal would skip it)
mvn_flags="-B -Dstyle.color=never -Dcoursenotes.force=true ${MVN_FLAGS:-}"

missing=""
for tool in java mvn python3 hugo; do
    command -v "$tool" >/dev/null || missing="$missing $tool"
done
if ! /usr/bin/time -f "%e" true 2>/dev/null; then
    missing="$missing GNU-time(/usr/bin/time)"
fi
if [ -n "$missing" ]; then
    echo "missing:$missing. On Debian: apt-get install -y time hugo maven openjdk-17-jdk python3" >&2
    exit 1
fi

version="$(sed -n 's:^  <version>\(.*\)</version>.*:\1:p' "$generator/pom.xml" | head -1)"
if [ -z "${SKIP_INSTALL:-}" ]; then
    echo "installing coursenotes-maven-plugin $version from $generator ..." >&2
    (cd "$generator" && mvn -q $mvn_flags install -DskipTests)
fi

# Runs a command with GNU time; prints "wall_seconds cpu_seconds max_rss_kb".
measure() {
    local out status=0
    out="$(mktemp)"
    # the previous build's files reach the disk first: otherwise the kernel writes them back while
    # this one runs (a build from nothing leaves 120-300 MB to write), and whichever build comes
    # after one from nothing pays for it
    sync
    /usr/bin/time -f "%e %U %S %M" -o "$out" "$@" >/dev/null || status=$?
    tail -1 "$out" | awk '{ printf "%s %.2f %s\n", $1, $2 + $3, $4 }'
    rm -f "$out"
    return "$status"
}

median() {
    python3 -c 'import statistics, sys; print(statistics.median(float(v) for v in sys.argv[1:]))' "$@"
}

# Times RUNS builds of each tool, interleaved so that both see the same machine load.
bench_size() {
    local notes="$1" chapters dir cn hu
    chapters=$(( (notes + per_chapter - 1) / per_chapter ))
    dir="$work/$notes"
    python3 "$here/corpus.py" --chapters "$chapters" --pages "$per_chapter" --out "$dir" \
        --plugin-version "$version" >&2
    cn="$dir/coursenotes"
    hu="$dir/hugo"
    local pages
    pages=$(find "$cn/content" -name '*.md' | wc -l)
    echo "warm-up ($notes notes) ..." >&2
    (cd "$cn" && mvn -q $mvn_flags package >/dev/null)
    (cd "$hu" && hugo --quiet >/dev/null)
    # A copy of the project for the builds from nothing: deleting its site/ and target/ before each
    # build leaves the main project's kept previous site alone.
    local fresh="$dir/coursenotes-fresh"
    rm -rf "$fresh" && mkdir -p "$fresh" && cp -r "$cn/pom.xml" "$cn/content" "$cn/.mvn" "$fresh/"
    local cn_times=() cn_cpu=() cn_rss=() hu_times=() hu_cpu=() hu_rss=() start_times=() c1_times=() c1_cpu=() line
    local fresh_times=() fresh_cpu=() hu_fresh_times=() hu_fresh_cpu=()
    for run in $(seq "$runs"); do
        echo "run $run/$runs ($notes notes) ..." >&2
        line="$(cd "$cn" && measure mvn -q $mvn_flags package)"
        read -r t c m <<<"$line"; cn_times+=("$t"); cn_cpu+=("$c"); cn_rss+=("$m")
        line="$(cd "$hu" && measure hugo --quiet)"
        read -r t c m <<<"$line"; hu_times+=("$t"); hu_cpu+=("$c"); hu_rss+=("$m")
        line="$(cd "$cn" && measure mvn -q $mvn_flags package -Dcoursenotes.skip=true)"
        start_times+=("${line%% *}")
        line="$(cd "$cn" && measure mvn -q $mvn_flags package -Dcoursenotes.fork=false)"
        read -r t c m <<<"$line"; c1_times+=("$t"); c1_cpu+=("$c")
        rm -rf "$fresh/site" "$fresh/target"
        line="$(cd "$fresh" && measure mvn -q $mvn_flags package)"
        read -r t c m <<<"$line"; fresh_times+=("$t"); fresh_cpu+=("$c")
        rm -rf "$hu/public" "$hu/resources"
        line="$(cd "$hu" && measure hugo --quiet)"
        read -r t c m <<<"$line"; hu_fresh_times+=("$t"); hu_fresh_cpu+=("$c")
    done
    echo "heap check with -Xmx512m ($notes notes) ..." >&2
    local gclog="$dir/gc.log" heap_status="ok" heap_t="-"
    # the build runs in a forked JVM: its options come through coursenotes.jvmOptions, not MAVEN_OPTS
    if line="$(cd "$cn" && measure mvn -q $mvn_flags package "-Dcoursenotes.jvmOptions=-Xmx512m -Xlog:gc:file=$gclog")"; then
        heap_t="${line%% *}"
    else
        heap_status="FAILED"
    fi
    local heap_peak
    heap_peak="$(python3 - "$gclog" <<'PY'
import re, sys
peak = live = 0
for line in open(sys.argv[1]):
    for before, after in re.findall(r"(\d+)M->(\d+)M\(", line):
        peak, live = max(peak, int(before)), max(live, int(after))
print("%d MB, largest heap after a GC %d MB" % (peak, live))
PY
)"
    local cn_t hu_t cn_c hu_c cn_m hu_m start_t cn_size hu_size weight
    cn_t="$(median "${cn_times[@]}")"; hu_t="$(median "${hu_times[@]}")"
    cn_c="$(median "${cn_cpu[@]}")"; hu_c="$(median "${hu_cpu[@]}")"
    local c1_t c1_c
    c1_t="$(median "${c1_times[@]}")"; c1_c="$(median "${c1_cpu[@]}")"
    local fresh_t fresh_c
    fresh_t="$(median "${fresh_times[@]}")"; fresh_c="$(median "${fresh_cpu[@]}")"
    local hu_fresh_t hu_fresh_c
    hu_fresh_t="$(median "${hu_fresh_times[@]}")"; hu_fresh_c="$(median "${hu_fresh_cpu[@]}")"
    cn_m="$(median "${cn_rss[@]}")"; hu_m="$(median "${hu_rss[@]}")"
    start_t="$(median "${start_times[@]}")"
    cn_size=$(du -sb "$cn/site" | cut -f1); hu_size=$(du -sb "$hu/public" | cut -f1)
    weight="$(python3 "$here/page_weight.py" "$cn/site")"
    python3 - "$notes" "$pages" "$cn_t" "$hu_t" "$cn_c" "$hu_c" "$cn_m" "$hu_m" "$cn_size" "$hu_size" "$start_t" \
        "$heap_status" "$heap_t" "$heap_peak" "$weight" "${cn_times[*]}" "${hu_times[*]}" "$c1_t" "$c1_c" "$fresh_t" "$fresh_c" "${fresh_times[*]}" \
        "$hu_fresh_t" "$hu_fresh_c" "${hu_fresh_times[*]}" <<'PY'
import sys
(notes, pages, cn_t, hu_t, cn_c, hu_c, cn_m, hu_m, cn_size, hu_size, start_t, heap_status, heap_t, heap_peak, weight,
 cn_all, hu_all, c1_t, c1_c, fresh_t, fresh_c, fresh_all, hu_fresh_t, hu_fresh_c, hu_fresh_all) = sys.argv[1:]
pages, cn_t, hu_t = int(pages), float(cn_t), float(hu_t)
mb = lambda kb: "%.0f MB" % (float(kb) / 1024)
row = "| %s | %s | %.2f s | %.0f | %.2f s | %s | %.1f MB | %s |"
print(row % (notes, "coursenotes (mvn -q package)", cn_t, pages / cn_t, float(cn_c), mb(cn_m), int(cn_size) / 1e6,
             "%.2f" % (cn_t / hu_t)))
print(row % (notes, "Hugo (hugo)", hu_t, pages / hu_t, float(hu_c), mb(hu_m), int(hu_size) / 1e6, "1.00"))
print("|  | runs (s): coursenotes %s; Hugo %s |  |  |  |  |  |  |" % (cn_all, hu_all))
print("|  | in Maven's own JVM (`-Dcoursenotes.fork=false`): %s s, CPU %s s, ratio %.2f |  |  |  |  |  |  |"
      % (c1_t, c1_c, float(c1_t) / hu_t))
print("|  | from nothing (no `site/`, no kept previous site): %s s (%s), CPU %s s; Hugo from nothing (no `public/`): %s s (%s), CPU %s s; ratio %.2f |  |  |  |  |  |  |"
      % (fresh_t, fresh_all, fresh_c, hu_fresh_t, hu_fresh_all, hu_fresh_c, float(fresh_t) / float(hu_fresh_t)))
print("|  | of which Maven start-up (`-Dcoursenotes.skip`): %.2f s |  |  |  |  |  |  |" % float(start_t))
print("|  | with `-Xmx512m`: %s, %s s, heap peak %s (GC log) |  |  |  |  |  |  |" % (heap_status, heap_t, heap_peak))
print("|  | page weight: %s |  |  |  |  |  |  |" % weight)
PY
}

echo "Load average before: $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine inflates wall times; CPU time suffers less)"
echo
echo "| notes | build | wall time (median) | pages/s | CPU time (user+sys) | peak RSS | output | ratio to Hugo (wall) |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- |"
for notes in $sizes; do
    bench_size "$notes"
done
echo
echo "pages/s counts every generated page (notes, chapter pages, home). Corpora in $work"
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

if [ -n "${REBUILD:-}" ]; then
    classpath="$(mktemp)"
    (cd "$generator" && mvn -q $mvn_flags dependency:build-classpath -Dmdep.includeScope=runtime \
        -Dmdep.outputFile="$classpath" >/dev/null)
    for notes in $sizes; do
        java -Xmx512m -Dorg.freemarker.loggerLibrary=none -cp "$generator/target/classes:$(cat "$classpath")" "$here/Rebuild.java" \
            "$work/$notes/coursenotes"
    done
    rm -f "$classpath"
fi
