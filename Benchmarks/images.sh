#!/usr/bin/env bash
# Images: sitegen against Hugo making the same responsive images of the same photos, paired.
#
#   Benchmarks/images.sh SITEGEN COUNT [PAIRS]      (Hugo from the PATH; without it, sitegen alone)
#
# Generates COUNT photos on COUNT/2 pages once (generate_images.py, into .build/bench/images-COUNT),
# then runs PAIRS pairs, alternating which tool goes first. A pair is
#   cold   sitegen's clean build into a new folder, with an empty image cache
#   warm   the same build again into another new folder, the cache kept: nothing to encode
#   plain  a clean build of the same pages without their photos
#   hugo   Hugo's clean build into a new folder, with new cache and resource folders
# each timed with /usr/bin/time (wall seconds, peak resident KiB). Prints every build, the
# medians, and the two ratios the issue sets goals for: cold sitegen / Hugo (time and memory, at
# most 0.5) and warm / plain (at most 1.2).
#
# Nothing is deleted between builds (see "A run" in Benchmarks/README.md): each build writes into a
# folder of its own, and an emptied cache is moved aside, all under work-images-COUNT/, which the
# next run deletes before it waits out the deletion.
set -euo pipefail
sitegen=$(realpath "$1") count=$2 pairs=${3:-1}
here=$(cd "$(dirname "$0")" && pwd)
bench=$(dirname "$here")/.build/bench
corpus=$bench/images-$count work=$bench/work-images-$count
deleted=$bench/deleted-at
hugo=$(command -v hugo || true)

if [ ! -f "$corpus/.complete" ]; then
    echo "images: generating $count photos into $corpus" >&2
    python3 "$here/generate_images.py" "$count" "$corpus"
    touch "$corpus/.complete"
fi
if [ -e "$work" ]; then
    date +%s >"$deleted"; rm -rf "$work"; date +%s >"$deleted"
fi
mkdir -p "$work"
# ext4 here passes over inodes freed in the last minutes (run.sh says more): wait them out.
if [ -f "$deleted" ]; then
    wait=$(( $(cat "$deleted") + 370 - $(date +%s) ))
    if [ "$wait" -gt 0 ]; then echo "images: waiting ${wait} s after the last deletion" >&2; sleep "$wait"; fi
fi

results=$work/results.tsv
# run PAIR NAME COMMAND…: times one build, notes it, and keeps its log.
run() {
    local pair=$1 name=$2; shift 2
    /usr/bin/time -f "%e %M" -o "$work/time" "$@" >"$work/$name-$pair.log" 2>&1
    printf '%s\t%s\t%s\n' "$pair" "$name" "$(tr ' ' '\t' <"$work/time")" | tee -a "$results" >&2
}
sitegen_builds() {
    local pair=$1
    [ -e "$corpus/images/.sitegen-cache" ] && mv "$corpus/images/.sitegen-cache" "$work/cache-$pair"
    run "$pair" cold "$sitegen" build --root "$corpus/images" --output "$work/cold-$pair"
    run "$pair" warm "$sitegen" build --root "$corpus/images" --output "$work/warm-$pair"
    run "$pair" plain "$sitegen" build --root "$corpus/plain" --output "$work/plain-$pair"
}
hugo_build() {
    local pair=$1
    [ -n "$hugo" ] || return 0
    # Hugo keeps processed images in the site's resources/ unless told otherwise: a folder of
    # their own each time, so that every Hugo build is clean.
    HUGO_RESOURCEDIR="$work/hugo-resources-$pair" run "$pair" hugo "$hugo" --quiet --source "$corpus/hugo" \
        --destination "$work/hugo-$pair" --cacheDir "$work/hugo-cache-$pair"
}
for pair in $(seq "$pairs"); do
    if [ $((pair % 2)) = 1 ]; then sitegen_builds "$pair"; hugo_build "$pair"; else hugo_build "$pair"; sitegen_builds "$pair"; fi
    grep -q "images encoded" "$work/warm-$pair.log" && { echo "images: the warm build encoded images:" >&2; cat "$work/warm-$pair.log" >&2; exit 1; }
done
python3 - "$results" "$count" <<'PY'
import statistics, sys
rows = [line.split("\t") for line in open(sys.argv[1]).read().split("\n") if line]
names = [n for n in ("cold", "warm", "plain", "hugo") if any(r[1] == n for r in rows)]
time = {n: statistics.median(float(r[2]) for r in rows if r[1] == n) for n in names}
peak = {n: max(int(r[3]) for r in rows if r[1] == n) / 1024 for n in names}
what = {"cold": "sitegen, empty cache", "warm": "sitegen, cache kept", "plain": "sitegen, no photos", "hugo": "Hugo, clean"}
print(f"{sys.argv[2]} photos, {len(rows) // len(names)} pair(s), medians:")
for n in names:
    print(f"  {what[n]:22} {time[n]:9.2f} s {peak[n]:8.0f} MiB")
if "hugo" in time:
    print(f"  cold / Hugo: time {time['cold'] / time['hugo']:.3f}, memory {peak['cold'] / peak['hugo']:.3f} (goal: at most 0.5)")
print(f"  warm / plain: {time['warm'] / time['plain']:.2f} (goal: at most 1.2)")
PY
