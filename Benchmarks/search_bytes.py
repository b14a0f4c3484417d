#!/usr/bin/env python3
"""What a reader's browser downloads for a search on a built site, with gzip as a static host sends it.

    python3 Benchmarks/search_bytes.py SITE [QUERY...]

SITE is a build's output folder. For each query (by default a fixed set for the generated corpus:
an English word, three English words, a rare word, a Chinese pair, a four-character Chinese
phrase, and a prefix while typing), it follows what Templates/assets/search.js does: the manifest,
the term pieces of the query's terms (for the prefix, those of its range, at most three), then
the page pieces of the first ten results. It reports the bytes of those files after gzip (level 6;
hosts compress at levels from 1 to 9), summed, with the number of requests and of results. It computes this from the files rather than timing a browser. The query splitting here
covers what the fixed queries need (ASCII words, runs of CJK characters), not the whole tokenizer.
"""
import bisect
import gzip
import json
import os
import re
import sys

DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_"
# (label, query, typing): typing makes the last word a prefix, as a keystroke does in the page.
QUERIES = [
    ("English word", "harbor", False),
    ("three English words", "quiet river lantern", False),
    ("rare word", "velvet7", False),
    ("Chinese pair", "社区", False),
    ("Chinese phrase", "静态网站", False),
    ("prefix while typing", "sket", True),
]
RESULT_PAGE = 10
PREFIX_PIECES = 3
CJK = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]+")


def query_terms(text):
    terms = []
    for run in re.findall("[A-Za-z0-9]+|" + CJK.pattern, text):
        if CJK.fullmatch(run):
            terms += [run] if len(run) == 1 else [run[k:k + 2] for k in range(len(run) - 1)]
        else:
            terms.append(run.lower())
    return list(dict.fromkeys(terms))


def postings(text):
    out, page, number = {}, 0, 0
    for ch in text:
        digit = DIGITS.index(ch)
        number = number * 32 + digit % 32
        if digit >= 32:
            continue
        page += number >> 2
        out[page] = number & 3
        number = 0
    return out


def decode_terms(piece):
    out, previous = {}, ""
    if piece["terms"]:
        for entry, plist in zip(piece["terms"].split(" "), piece["postings"].split(" ")):
            term = previous[:int(entry[0], 36)] + entry[1:]
            out[term] = plist
            previous = term
    return out


class Site:
    def __init__(self, root):
        self.folder = os.path.join(root, "search-index")
        self.manifest_bytes = open(os.path.join(self.folder, "manifest.json"), "rb").read()
        self.manifest = json.loads(self.manifest_bytes)
        self.sizes = {}

    def piece(self, kind, reference):
        """The decoded piece and its name (None when the manifest holds it)."""
        if not isinstance(reference, str):
            return reference, None
        name = f"{kind}.{reference}.json"
        data = open(os.path.join(self.folder, name), "rb").read()
        if name not in self.sizes:
            self.sizes[name] = len(gzip.compress(data, 6))
        return json.loads(data), name

    def search(self, text, typing):
        starts = self.manifest["termStarts"]
        query = query_terms(text)
        fetched = []
        scores = None
        for position, term in enumerate(query):
            first = bisect.bisect_right(starts, term) - 1
            numbers = [first]
            if typing and position == len(query) - 1:
                while (numbers[-1] + 1 < len(starts) and len(numbers) < PREFIX_PIECES
                       and starts[numbers[-1] + 1].startswith(term)):
                    numbers.append(numbers[-1] + 1)
            hits = {}
            for number in numbers:
                piece, name = self.piece("t", self.manifest["termPieces"][number])
                fetched.append(name)
                for found, plist in decode_terms(piece).items():
                    if found == term or (typing and position == len(query) - 1 and found.startswith(term)):
                        for page, weight in postings(plist).items():
                            hits[page] = max(hits.get(page, 0), weight)
            scores = hits if scores is None else {p: w + hits[p] for p, w in scores.items() if p in hits}
        ranked = sorted((scores or {}).items(), key=lambda entry: (-entry[1], -entry[0]))
        per = self.manifest["perPiece"]
        for number in sorted({page // per for page, _ in ranked[:RESULT_PAGE]}):
            fetched.append(self.piece("p", self.manifest["pagePieces"][number])[1])
        names = list(dict.fromkeys(name for name in fetched if name))
        manifest = len(gzip.compress(self.manifest_bytes, 6))
        return len(ranked), 1 + len(names), manifest + sum(self.sizes[name] for name in names)


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    site = Site(sys.argv[1])
    queries = [(q, q, False) for q in sys.argv[2:]] or QUERIES
    whole = os.path.join(sys.argv[1], "search.json")
    pieces = [name for name in os.listdir(site.folder) if name != "manifest.json"]
    sizes = sorted(len(gzip.compress(open(os.path.join(site.folder, n), "rb").read(), 6)) for n in pieces)
    print(f"site: {sys.argv[1]} ({site.manifest['pages']} pages, {len(pieces)} pieces"
          + (f", gzip median {sizes[len(sizes) // 2] / 1024:.1f} KB, largest {sizes[-1] / 1024:.1f} KB" if sizes else "")
          + f"; manifest {len(gzip.compress(site.manifest_bytes, 6)) / 1024:.1f} KB gzip)")
    if os.path.exists(whole):
        data = open(whole, "rb").read()
        print(f"search.json, the whole index: {len(data) / 1024:.0f} KB, {len(gzip.compress(data, 6)) / 1024:.0f} KB gzip")
    print(f"{'query':<24}{'text':<24}{'results':>8}{'requests':>10}{'KB gzip':>10}")
    for label, text, typing in queries:
        results, requests, size = site.search(text, typing)
        print(f"{label:<24}{text + (' (typing)' if typing else ''):<24}{results:>8}{requests:>10}{size / 1024:>10.1f}")


if __name__ == "__main__":
    main()
