#!/usr/bin/env bash
# A site in two languages against the same pages in one: paired clean builds by one sitegen.
#
#   Benchmarks/languages.sh SITEGEN N [PAIRS]
#
# Generates N pages alone and the same N pages each with a translation into zh
# (generate_corpus.py --bilingual), then builds each into a new folder PAIRS times, alternating
# which goes first, timed with /usr/bin/time (wall seconds, peak resident KiB). Prints every run,
# the medians and their ratio, whose target is at most 2.1: the site in two languages holds twice
# the pages, lists, feeds and search indexes.
set -euo pipefail
sitegen=$(realpath "$1") n=$2 pairs=${3:-3}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/languages.XXXXXX")
trap 'rm -rf "$work"' EXIT
python3 "$here/generate_corpus.py" "$n" "$work/one" >/dev/null
python3 "$here/generate_corpus.py" --bilingual "$n" "$work/two" >/dev/null
results="$work/results.tsv"
for pair in $(seq "$pairs"); do
    order="one two"; [ $((pair % 2)) = 0 ] && order="two one"
    for which in $order; do
        /usr/bin/time -f "%e %M" -o "$work/time" "$sitegen" build --root "$work/$which" --output "$work/out-$which-$pair" >/dev/null
        printf '%s\t%s\t%s\n' "$pair" "$which" "$(tr ' ' '\t' < "$work/time")" | tee -a "$results"
    done
done
python3 - "$results" <<'PY'
import statistics, sys
rows = [line.split("\t") for line in open(sys.argv[1]).read().split("\n") if line]
median = {w: statistics.median(float(r[2]) for r in rows if r[1] == w) for w in ("one", "two")}
peak = {w: max(int(r[3]) for r in rows if r[1] == w) // 1024 for w in ("one", "two")}
print("one language:  %.2f s, %d MiB" % (median["one"], peak["one"]))
print("two languages: %.2f s, %d MiB" % (median["two"], peak["two"]))
print("two/one: %.2f" % (median["two"] / median["one"]))
PY
