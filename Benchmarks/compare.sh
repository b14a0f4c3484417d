#!/usr/bin/env bash
# Paired runs of two sitegen binaries on one corpus, for a change to a hot path: its old and
# new figures from one run on one machine (figures from different runs are not comparable).
#
#   Benchmarks/compare.sh OLD_SITEGEN NEW_SITEGEN CORPUS [PAIRS]
#
# Each pair builds with both binaries, alternating which goes first: a clean build into a new
# folder, a build with nothing changed, and a build after one page's text was edited (the page
# is put back afterwards). Each is timed with /usr/bin/time (wall seconds, peak resident KiB).
# Output folders are removed only at the end: deleting a large folder slows the disk for minutes.
# Prints every run, then per binary and kind the median seconds and the peak memory, and checks
# that both binaries' clean outputs are byte-identical.
set -euo pipefail
old=$(realpath "$1") new=$(realpath "$2") corpus=$(realpath "$3") pairs=${4:-3}
work=$(mktemp -d "${TMPDIR:-/tmp}/compare.XXXXXX")
page=$(find "$corpus/Content" -name '*.md' ! -name '_index.md' | sort | awk '{ p[NR] = $0 } END { print p[int(NR / 2) + 1] }')
cp "$page" "$work/page.orig"
restore() { cp "$work/page.orig" "$page"; }
trap 'restore; rm -rf "$work"' EXIT
results="$work/results.tsv"

timed() { # label binary args...
    local label=$1; shift
    /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>"$work/stderr" || { cat "$work/stderr" >&2; exit 1; }
    printf '%s\t%s\n' "$label" "$(tr ' ' '\t' < "$work/time")" | tee -a "$results"
}

for pair in $(seq "$pairs"); do
    order="old new"; [ $((pair % 2)) = 0 ] && order="new old"
    for which in $order; do
        binary=$old; [ "$which" = new ] && binary=$new
        out="$work/$which-$pair"
        timed "$pair	$which	clean" "$binary" build --root "$corpus" --output "$out"
        timed "$pair	$which	no-change" "$binary" build --root "$corpus" --output "$out"
        # A second apart, so that the edit shows in the file's time at any resolution.
        sleep 1.1
        sed -i "0,/^[A-Za-z]/s/^\([A-Za-z]\)/Edited \1/" "$page"
        timed "$pair	$which	edit" "$binary" build --root "$corpus" --output "$out"
        restore
        sleep 1.1
    done
done

diff -rq "$work/old-1" "$work/new-1" >/dev/null && echo "clean outputs identical" || echo "clean outputs DIFFER"
python3 - "$results" <<'PY'
import collections, statistics, sys
runs = collections.defaultdict(list)
for line in open(sys.argv[1]):
    pair, which, kind, seconds, kib = line.split("\t")
    runs[(kind, which)].append((float(seconds), int(kib)))
print(f"{'kind':<10} {'old s':>8} {'new s':>8} {'new/old':>8} {'old MiB':>8} {'new MiB':>8}")
for kind in ("clean", "no-change", "edit"):
    old, new = runs[(kind, "old")], runs[(kind, "new")]
    o, n = statistics.median(s for s, _ in old), statistics.median(s for s, _ in new)
    print(f"{kind:<10} {o:8.2f} {n:8.2f} {n / o:8.3f} {max(k for _, k in old) / 1024:8.0f} {max(k for _, k in new) / 1024:8.0f}")
PY
