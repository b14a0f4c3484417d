#!/usr/bin/env bash
# Benchmarks a release sitegen, and Hugo when `hugo` is on the PATH, on a generated corpus.
#   [N=10000] [PAIRS=3] Benchmarks/run.sh      (`make bench` installs Hugo and GNU time first)
# The machine's speed drifts, so builds alternate (sitegen, Hugo, sitegen, Hugo, …) and the
# report quotes per-pair ratios. See Benchmarks/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-10000}
PAIRS=${PAIRS:-3}
SWIFT=${SWIFT:-swift}
PYTHON=${PYTHON:-python3}
CORPUS=$PWD/.build/bench/$N
WORK=$PWD/.build/bench/work-$N   # build outputs, logs and the raw measurements
REPORT=$PWD/.build/bench/report-$N.txt
SITEGEN=$PWD/.build/release/sitegen
# GNU time, not the shell keyword: it reports peak memory (RSS) as well as times.
[ -x /usr/bin/time ] || { echo "bench: needs /usr/bin/time (Debian package 'time'; make bench installs it)" >&2; exit 1; }

$SWIFT build -c release --product sitegen

# Writing tens of thousands of files is slow here: generate the corpus once per N.
if [ ! -f "$CORPUS/.complete" ]; then
    rm -rf "$CORPUS"
    echo "bench: generating $N pages into $CORPUS"
    $PYTHON Benchmarks/generate_corpus.py "$N" "$CORPUS"
    touch "$CORPUS/.complete"
fi
# Settings, theme and Hugo layouts change more often than the pages, and are cheap to rewrite.
$PYTHON Benchmarks/generate_corpus.py --refresh "$CORPUS"

HUGO=$(command -v hugo || true)
rm -rf "$WORK"
mkdir -p "$WORK"
RUNS=$WORK/runs.tsv   # one line a build: tool, pair, wall s, user s, sys s, peak RSS KiB, files

# measure TOOL PAIR OUTPUT_DIR COMMAND…: times one build and records it in $RUNS.
measure() {
    local tool=$1 pair=$2 out=$3
    shift 3
    if ! /usr/bin/time -f '%e %U %S %M' -o "$WORK/time" "$@" >"$WORK/$tool.log" 2>&1; then
        cat "$WORK/$tool.log" >&2
        echo "bench: the $tool build failed" >&2
        exit 1
    fi
    printf '%s\t%s\t%s\t%s\n' "$tool" "$pair" "$(tr ' ' '\t' <"$WORK/time")" \
        "$(find "$out" -type f | wc -l)" >>"$RUNS"
}

for pair in $(seq 1 "$PAIRS"); do
    echo "bench: pair $pair of $PAIRS"
    rm -rf "$WORK/sitegen"
    measure sitegen "$pair" "$WORK/sitegen" "$SITEGEN" build --root "$CORPUS" --output "$WORK/sitegen"
    # The same build again over its own output, nothing changed: what an incremental build costs.
    measure sitegen-unchanged "$pair" "$WORK/sitegen" "$SITEGEN" build --root "$CORPUS" --output "$WORK/sitegen"
    if [ -n "$HUGO" ]; then
        # A private cache folder, removed with the output, so that every Hugo build starts cold.
        rm -rf "$WORK/hugo" "$WORK/hugo-cache" "$CORPUS/hugo/resources"
        measure hugo "$pair" "$WORK/hugo" "$HUGO" --quiet --source "$CORPUS/hugo" \
            --destination "$WORK/hugo" --cacheDir "$WORK/hugo-cache"
    fi
done

rm -rf "$WORK/sitegen"
"$SITEGEN" build --root "$CORPUS" --output "$WORK/sitegen" --timings >"$WORK/timings.txt"

# The search index each site's visitors download: the corpus's, and the archive's in this repository.
"$SITEGEN" build --root "$PWD" --output "$WORK/archive" >/dev/null
INDEXES=$WORK/indexes.tsv   # one line a site: name, pages, bytes, bytes after gzip -9
for site in corpus:sitegen archive:archive; do
    index=$WORK/${site#*:}/search.json
    printf '%s\t%s\t%s\t%s\n' "${site%%:*}" "$("$PYTHON" -c 'import json, sys; print(len(json.load(open(sys.argv[1]))["pages"]))' "$index")" \
        "$(wc -c <"$index")" "$(gzip -9c "$index" | wc -c)" >>"$INDEXES"
done

{
    echo "sitegen benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "corpus: $N pages ($CORPUS); paired runs: $PAIRS"
    echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)," \
        "$(free -g | awk '/^Mem:/ {print $2}') GiB RAM"
    if [ -n "$HUGO" ]; then
        echo "hugo: $("$HUGO" version | cut -d' ' -f2 | cut -d- -f1) ($HUGO)," \
            "related pages $([ "${HUGO_PARAMS_RELATED:-}" = true ] && echo on || echo off)"
    else
        echo "hugo: not on the PATH, skipped"
    fi
    echo
    $PYTHON Benchmarks/report.py "$RUNS" "$N" "$INDEXES"
    echo
    echo "sitegen build --timings (one clean build):"
    cat "$WORK/timings.txt"
} | tee "$REPORT"
echo "bench: report written to $REPORT"
