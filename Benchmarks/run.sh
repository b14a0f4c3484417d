#!/usr/bin/env bash
# Benchmarks a release sitegen, and Hugo when `hugo` is on the PATH, on a generated corpus.
#   [N=10000] [PAIRS=3] Benchmarks/run.sh      (`make bench` installs Hugo and GNU time first)
# The machine's speed drifts, so builds alternate in pairs (sitegen then Hugo, Hugo then sitegen, …) and the
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

# ext4 without a journal (this machine's) skips over inodes freed in the last minute when it
# allocates new ones, and in the last six while their inode table block is unwritten: creating a
# file there re-dirties the block, so in practice six minutes. A clean build right after deleting
# a previous output (this run's, or the last run's of another N) then pays 0.4-0.6 ms a file
# instead of 0.05-0.08, and at 50,000 pages 5-10 s of system time: it measures the deletion,
# not the tool. So every clean build writes into a folder of its own, nothing is deleted until
# the end, each deletion's time is noted in $DELETED, and the builds start six minutes after it.
DELETED=$PWD/.build/bench/deleted-at
# forget PATH…: deletes and notes when, if there was anything to delete; noted before as well,
# so that a run started while a gigabyte is being deleted waits too.
forget() {
    local path
    for path in "$@"; do
        [ -e "$path" ] || continue
        date +%s >"$DELETED"
        rm -rf "$@"
        date +%s >"$DELETED"
        return
    done
}
# The growth target compares a build of N pages with one of 10,000, run next to each other like
# the tools: builds minutes apart differ by more than the growth they would measure.
BASE_N=10000
BASE=""
[ "$N" = "$BASE_N" ] || BASE=$PWD/.build/bench/$BASE_N
# Writing tens of thousands of files is slow here: generate each corpus once.
for corpus in "$CORPUS" $BASE; do
    if [ ! -f "$corpus/.complete" ]; then
        forget "$corpus"
        echo "bench: generating $(basename "$corpus") pages into $corpus"
        $PYTHON Benchmarks/generate_corpus.py "$(basename "$corpus")" "$corpus"
        touch "$corpus/.complete"
    fi
    # Settings, theme and Hugo layouts change more often than the pages, and are cheap to rewrite.
    $PYTHON Benchmarks/generate_corpus.py --refresh "$corpus"
done

HUGO=$(command -v hugo || true)
# The outputs of a run that did not finish, then the small files every run leaves (logs, the
# raw measurements), whose deletion does not count.
forget "$WORK"/sitegen "$WORK"/sitegen-* "$WORK"/hugo-* "$WORK"/base-* "$WORK"/warm-* "$WORK"/archive "$WORK"/search-browser
rm -rf "$WORK"
mkdir -p "$WORK"
sync
since=$(( $(date +%s) - $(cat "$DELETED" 2>/dev/null || echo 0) ))
if [ "$since" -lt 370 ]; then
    echo "bench: waiting $((370 - since)) s, until the file system reuses the inodes deleted $since s ago"
    sleep $((370 - since))
fi
# And two seconds after the refresh above: sitegen does not vouch for inputs written in the last
# second (git's "racy" files), so a build right after it records nothing for the next to reuse.
sleep 2
RUNS=$WORK/runs.tsv   # one line a build: tool, pair, wall s, user s, sys s, peak RSS KiB, files

# measure TOOL PAIR OUTPUT_DIR COMMAND…: times one build and records it in $RUNS.
measure() {
    local tool=$1 pair=$2 out=$3
    shift 3
    # The last build's files go to disk now rather than during this one: at 50,000 pages Hugo
    # leaves a gigabyte that the kernel starts writing back 30 s after it was written, on the
    # same two cores as the next build.
    sync
    if ! /usr/bin/time -f '%e %U %S %M' -o "$WORK/time" "$@" >"$WORK/$tool.log" 2>&1; then
        cat "$WORK/$tool.log" >&2
        echo "bench: the $tool build failed" >&2
        exit 1
    fi
    printf '%s\t%s\t%s\t%s\n' "$tool" "$pair" "$(tr ' ' '\t' <"$WORK/time")" \
        "$(find "$out" -type f | wc -l)" >>"$RUNS"
}

run_sitegen() {
    # The 10,000-page build beside this one, before it in every other pair.
    [ -z "$BASE" ] || [ $(($1 % 2)) = 1 ] || run_base "$1"
    measure sitegen "$1" "$WORK/sitegen-$1" "$SITEGEN" build --root "$CORPUS" --output "$WORK/sitegen-$1"
    # The same build again, a new process over its own output, nothing changed.
    measure sitegen-unchanged "$1" "$WORK/sitegen-$1" "$SITEGEN" build --root "$CORPUS" --output "$WORK/sitegen-$1"
    [ -z "$BASE" ] || [ $(($1 % 2)) = 0 ] || run_base "$1"
}
run_base() {
    measure sitegen-base "$1" "$WORK/base-$1" "$SITEGEN" build --root "$BASE" --output "$WORK/base-$1"
}
run_hugo() {
    [ -n "$HUGO" ] || return 0
    # A cache folder of its own, so that every Hugo build starts cold.
    rm -rf "$CORPUS/hugo/resources"
    measure hugo "$1" "$WORK/hugo-$1" "$HUGO" --quiet --source "$CORPUS/hugo" \
        --destination "$WORK/hugo-$1" --cacheDir "$WORK/hugo-cache-$1"
}
# One untimed build of each tool first. The first build after the pause was the slowest of every
# run, sitegen's by more (10,000 pages: 1.99-2.50 s against 1.61-1.93, with 0.3-0.5 s more system
# time); and it was always sitegen's, since sitegen goes first in pair 1.
"$SITEGEN" build --root "$CORPUS" --output "$WORK/warm-sitegen" >/dev/null
[ -z "$HUGO" ] || { rm -rf "$CORPUS/hugo/resources"; "$HUGO" --quiet --source "$CORPUS/hugo" \
    --destination "$WORK/warm-hugo" --cacheDir "$WORK/warm-hugo-cache" >/dev/null; }
# Each tool goes first in every other pair (A B, B A, …): the first build after a pause meets
# colder caches and the file system's leftovers of earlier deletions.
for pair in $(seq 1 "$PAIRS"); do
    echo "bench: pair $pair of $PAIRS"
    if [ $((pair % 2)) = 1 ]; then
        run_sitegen "$pair"
        run_hugo "$pair"
    else
        run_hugo "$pair"
        run_sitegen "$pair"
    fi
done

"$SITEGEN" build --root "$CORPUS" --output "$WORK/sitegen" --timings >"$WORK/timings.txt"
# From saving a page to the reload event, as `sitegen serve` does it for an author.
"$PYTHON" Benchmarks/serve_latency.py "$SITEGEN" "$CORPUS" "${EDITS:-10}" >"$WORK/serve.txt"

# The search index each site's visitors download: the corpus's, and the archive's in this repository.
"$SITEGEN" build --root "$PWD" --output "$WORK/archive" >/dev/null
INDEXES=$WORK/indexes.tsv   # one line a site: name, pages, bytes, bytes after gzip -9
for site in corpus:sitegen archive:archive; do
    index=$WORK/${site#*:}/search.json
    printf '%s\t%s\t%s\t%s\n' "${site%%:*}" "$("$PYTHON" -c 'import json, sys; print(len(json.load(open(sys.argv[1]))["pages"]))' "$index")" \
        "$(wc -c <"$index")" "$(gzip -9c "$index" | wc -c)" >>"$INDEXES"
done
# What a search downloads from the index in pieces: the fixed queries on the corpus, a word on the archive.
{
    "$PYTHON" Benchmarks/search_bytes.py "$WORK/sitegen"
    echo
    "$PYTHON" Benchmarks/search_bytes.py "$WORK/archive" melody 米粉
} >"$WORK/search.txt"
# The same queries in headless Chromium, against Pagefind when `pagefind_extended` is on the PATH;
# it needs the site checks' Chromium and websocket-client (`make test-deps`); without them the report says so.
PAGEFIND=$(command -v pagefind_extended || true)
if ! PYTHONPATH=$PWD/.build-python "$PYTHON" Benchmarks/search_browser.py "$SITEGEN" "$CORPUS" "$WORK/search-browser" \
    ${PAGEFIND:+--pagefind "$PAGEFIND"} >"$WORK/search-browser.txt" 2>"$WORK/search-browser.err"; then
    echo "search in the browser: skipped ($(tail -n 1 "$WORK/search-browser.err"))" >"$WORK/search-browser.txt"
fi
# A site of N pages in two languages (N/2 pages and a translation of each) against the N/2 pages
# alone, paired.
{
    echo "two languages (N/2 pages and their translations) against one (the N/2 pages), paired clean builds:"
    TMPDIR=$WORK Benchmarks/languages.sh "$SITEGEN" $((N / 2)) "$PAIRS" | tail -n 3
} >"$WORK/languages.txt"
# Responsive images of the same photos, sitegen against Hugo (IMAGES photos, IMAGE_PAIRS pairs):
# last, as it deletes the previous run's image outputs and waits out the deletion.
{
    echo "images (IMAGES=${IMAGES:-100} photos of 2-12 megapixels, 2 a page; paired with Hugo's image processing):"
    Benchmarks/images.sh "$SITEGEN" "${IMAGES:-100}" "${IMAGE_PAIRS:-1}" 2>"$WORK/images.err" | sed 's/^/  /'
} >"$WORK/images.txt" || echo "images: failed ($(tail -n 1 "$WORK/images.err"))" >"$WORK/images.txt"

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
    $PYTHON Benchmarks/report.py "$RUNS" "$N" "$INDEXES" "$PWD/.build/bench/runs-10000.tsv"
    echo
    echo "sitegen build --timings (one clean build):"
    cat "$WORK/timings.txt"
    echo
    cat "$WORK/serve.txt"
    echo
    cat "$WORK/search.txt"
    echo
    cat "$WORK/search-browser.txt"
    echo
    cat "$WORK/languages.txt"
    echo
    cat "$WORK/images.txt"
} | tee "$REPORT"
echo "bench: report written to $REPORT"
# Kept for the growth line of a later run at another N.
cp "$RUNS" "$PWD/.build/bench/runs-$N.tsv"
# The outputs take a gigabyte or more at 50,000 pages.
forget "$WORK"/sitegen "$WORK"/sitegen-* "$WORK"/hugo-* "$WORK"/base-* "$WORK"/warm-* "$WORK"/archive "$WORK"/search-browser
