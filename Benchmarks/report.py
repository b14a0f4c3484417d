#!/usr/bin/env python3
"""Prints the table of a benchmark run from run.sh's runs.tsv:
    report.py RUNS_TSV N [INDEXES_TSV [BASE_RUNS_TSV]]

Each line of RUNS_TSV: tool, pair, wall s, user s, sys s, peak RSS KiB, output files.
Each line of INDEXES_TSV: site, pages, bytes of search.json, bytes after gzip -9.
Growth, which the target wants linear: at N other than 10,000, each pair also holds a clean
build of the 10,000-page corpus (`sitegen-base`) next to sitegen's, and the report quotes the
per-pair ratios; BASE_RUNS_TSV, when it exists (the last run at 10,000 pages), gives the same
against that run's medians, minutes apart.
Times are medians over the pairs; memory is the peak over all runs. Ratios between tools are
taken within each pair, then the median of those is quoted: the machine's speed drifts by up
to 2x within minutes, so only builds run next to each other compare fairly.
"""
import os
import statistics
import sys

LABELS = {"sitegen": "sitegen, clean build", "sitegen-unchanged": "sitegen, nothing changed",
          "hugo": "Hugo, clean build"}


def size(n):
    return f"{n / 1024:.1f} KiB" if n < 1024 * 1024 else f"{n / 1024 / 1024:.2f} MiB"


def print_indexes(path):
    print()
    with open(path) as f:
        for line in f:
            site, pages, raw, packed = line.split()
            label = {"corpus": "the corpus", "archive": "the archive"}.get(site, site)
            print(f"search index, {label + ':':13} {size(int(raw)):>10} for {int(pages):>5} pages "
                  f"({int(raw) / int(pages) / 1024:.2f} KiB a page), {size(int(packed))} with gzip -9")


def read_runs(path):
    runs = {}  # tool -> {pair: (wall, cpu, rss_kib, files)}
    with open(path) as f:
        for line in f:
            tool, pair, wall, user, sys_, rss, files = line.split()
            runs.setdefault(tool, {})[int(pair)] = (float(wall), float(user) + float(sys_), int(rss), int(files))
    return runs


def print_growth(runs, pages, base_path, base_pages=10000):
    """sitegen's clean build here against the one at `base_pages`: within each pair, then against
    the last run at `base_pages` (medians of wall time, and of the fastest builds)."""
    if pages == base_pages or "sitegen" not in runs:
        return
    label = f"growth, {pages:,} / {base_pages:,} pages:"
    if "sitegen-base" in runs:
        base = runs["sitegen-base"]
        ratios = [runs["sitegen"][p][0] / base[p][0] for p in sorted(runs["sitegen"]) if p in base]
        each = " ".join(f"{r:.2f}" for r in ratios)
        print(f"{label:44} {statistics.median(ratios):5.2f}  (per pair: {each}; {base_pages:,} pages: "
              f"{statistics.median(r[0] for r in base.values()):.2f} s; pages: {pages / base_pages:.0f}x)")
        label = f"  against the last {base_pages:,}-page run:"
    last = read_runs(base_path).get("sitegen") if base_path and os.path.exists(base_path) else None
    if not last:
        return
    here = [r[0] for r in runs["sitegen"].values()]
    there = [r[0] for r in last.values()]
    median = statistics.median(here) / statistics.median(there)
    fastest = min(here) / min(there)
    print(f"{label:44} {median:5.2f}  (medians; fastest builds: {fastest:.2f})")


def main(path, pages, indexes=None, base=None):
    runs = read_runs(path)

    print(f"{'':26} {'runs':>4} {'wall s':>8} {'CPU s':>8} {'peak MiB':>9} {'pages/s':>8} {'files':>7}")
    for tool in (t for t in LABELS if t in runs):
        rows = list(runs[tool].values())
        wall = statistics.median(r[0] for r in rows)
        cpu = statistics.median(r[1] for r in rows)
        peak = max(r[2] for r in rows) / 1024
        print(f"{LABELS[tool]:26} {len(rows):>4} {wall:>8.2f} {cpu:>8.2f} {peak:>9.0f} "
              f"{pages / wall:>8.0f} {rows[-1][3]:>7}")

    def paired(a, b, what):
        ratios = [runs[a][p][0] / runs[b][p][0] for p in sorted(runs[a]) if p in runs[b]]
        each = " ".join(f"{r:.2f}" for r in ratios)
        print(f"{what:44} {statistics.median(ratios):5.2f}  (per pair: {each})")

    print()
    if "hugo" in runs:
        paired("sitegen", "hugo", "wall time, sitegen / Hugo:")
        peak = {t: max(r[2] for r in runs[t].values()) for t in ("sitegen", "hugo")}
        print(f"{'peak memory, sitegen / Hugo:':44} {peak['sitegen'] / peak['hugo']:5.2f}")
    else:
        print("Hugo: skipped (not on the PATH)")
    paired("sitegen-unchanged", "sitegen", "wall time, nothing changed / clean build:")
    print_growth(runs, pages, base)
    if indexes:
        print_indexes(indexes)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), *sys.argv[3:5])
