#!/usr/bin/env python3
"""Writes the image benchmark's corpus: COUNT JPEG photos of 2-12 megapixels on COUNT/2 pages,
as a sitegen site, the same pages without their photos, and a Hugo site with the same photos.

    python3 Benchmarks/generate_images.py COUNT OUT

OUT gets
  images/  sitegen: Content/posts/<page>/index.md with two photos beside it, site.yaml, Templates/
  plain/   sitegen: the same pages as Content/posts/<page>.md, without the photos' lines
  hugo/    the pages and photos as page bundles under content/posts/, hugo.toml, the layouts of
           Benchmarks/hugo/layouts and a render hook that makes the same <picture> as sitegen's
  photos/  the photos (the two sites' files are hard links to them)

The pages are generate_corpus.py's first COUNT/2. Each photo is cut from one of a few generated
colour fields (libvips' Perlin and Worley noise with a fine grain, so that it costs an encoder
about what a photo does), at its own size, shape and place, some turned to portrait: no two
photos have the same bytes, so no tool can encode one for another. Deterministic: the same COUNT
gives the same files; needs libvips' `vips` command (Debian's libvips-tools).
"""
import os
import subprocess
import sys
import tempfile

import generate_corpus as corpus

BASE_SIZE = (4800, 3200)
BASES = 6
SHAPES = [(3, 2), (4, 3), (16, 9), (3, 2), (4, 3)]  # landscape; one photo in four is turned

# The corpus's settings (no social cards: Hugo draws none), with the widths, qualities and AVIF
# effort written out, sitegen's defaults, because hugo.toml must say the same.
SITE_YAML = corpus.SITE_YAML.replace("Benchmark Site", "Image Benchmark") + """  widths: [480, 960, 1600]
  quality: 80
  effort: 2
"""

HUGO_TOML = corpus.HUGO_TOML.replace("Benchmark Site", "Image Benchmark") + """
# The same encodings as sitegen's settings: JPEG and WebP at quality 80, AVIF at 60 (sitegen's
# quality less 20), and AOM at speed 7, which is what libvips' effort 2 asks of it (9 - effort).
[imaging]
resampleFilter = 'box'
[imaging.jpeg]
quality = 80
[imaging.webp]
quality = 80
[imaging.avif]
quality = 60
encoderSpeed = 7
"""

# Hugo's Markdown image hook: for a photo in the page bundle, the same <picture> as sitegen
# writes (AVIF and WebP sources, JPEG srcset, width and height, lazy after the first image), and
# the photo itself as the fallback's src.
RENDER_IMAGE = """{{- $img := .Page.Resources.Get .Destination -}}
{{- if $img -}}
{{- $widths := slice -}}
{{- range slice 480 960 1600 -}}{{- if le . $img.Width -}}{{- $widths = $widths | append . -}}{{- end -}}{{- end -}}
{{- $sets := dict -}}
{{- range $format := slice "avif" "webp" "jpg" -}}
{{- $set := slice -}}
{{- range $w := $widths -}}
{{- $r := $img.Resize (printf "%dx %s" $w $format) -}}
{{- $set = $set | append (printf "%s %dw" $r.RelPermalink $w) -}}
{{- end -}}
{{- $sets = merge $sets (dict $format (delimit $set ", ")) -}}
{{- end -}}
<picture><source type="image/avif" srcset="{{ index $sets "avif" }}" sizes="(max-width: 48rem) 100vw, 48rem"><source type="image/webp" srcset="{{ index $sets "webp" }}" sizes="(max-width: 48rem) 100vw, 48rem"><img src="{{ $img.RelPermalink }}" srcset="{{ index $sets "jpg" }}" sizes="(max-width: 48rem) 100vw, 48rem" width="{{ $img.Width }}" height="{{ $img.Height }}" alt="{{ .Text }}"{{ if gt .Ordinal 0 }} loading="lazy"{{ end }} decoding="async"></picture>
{{- else -}}
<img src="{{ .Destination | safeURL }}" alt="{{ .Text }}">
{{- end -}}
"""


def vips(*args):
    subprocess.run(["vips", *map(str, args)], check=True)


def make_base(k, folder):
    """A 4800 x 3200 colour field: three smooth Perlin bands, Worley cells and a fine grain."""
    w, h = BASE_SIZE
    out = os.path.join(folder, f"base-{k}.v")
    parts = []
    for band, cell in enumerate((600, 450, 800)):
        parts.append(os.path.join(folder, f"band-{band}.v"))
        vips("perlin", parts[-1], w, h, "--cell-size", cell + 37 * k, "--seed", 10 * k + band, "--uchar")
    step = lambda name: os.path.join(folder, name)
    vips("bandjoin", " ".join(parts), step("rgb.v"))
    vips("worley", step("cells.v"), w, h, "--cell-size", 90 + 11 * k, "--seed", 10 * k + 5)
    vips("linear", step("cells.v"), step("cells2.v"), 0.35, 0)
    vips("perlin", step("grain.v"), w, h, "--cell-size", 3, "--seed", 10 * k + 6)
    vips("linear", step("grain.v"), step("grain2.v"), 40, 0)
    vips("add", step("rgb.v"), step("cells2.v"), step("sum1.v"))
    vips("add", step("sum1.v"), step("grain2.v"), step("sum2.v"))
    vips("cast", step("sum2.v"), out, "uchar")
    for name in parts + [step(n) for n in ("rgb.v", "cells.v", "cells2.v", "grain.v", "grain2.v", "sum1.v", "sum2.v")]:
        os.remove(name)
    return out


def photo_size(rng):
    """Width and height of a landscape photo of 2-12 megapixels that fits in a base."""
    a, b = rng.pick(SHAPES)
    pixels = 2_000_000 + rng.below(10_000_001)
    height = min(int((pixels * b / a) ** 0.5), BASE_SIZE[1])
    width = min(height * a // b, BASE_SIZE[0])
    return width, height


def make_photo(i, bases, path, scratch):
    rng = corpus.Rng("photo", i)
    width, height = photo_size(rng)
    left, top = rng.below(BASE_SIZE[0] - width + 1), rng.below(BASE_SIZE[1] - height + 1)
    base = bases[rng.below(len(bases))]
    if rng.chance(0.25):
        vips("crop", base, scratch, left, top, width, height)
        vips("rot", scratch, path + "[Q=90]", "d90")
    else:
        vips("crop", base, path + "[Q=90]", left, top, width, height)


def photo_lines(i):
    return [f"![Generated photo {2 * i}, a field of colour](photo-{2 * i}.jpg)",
            f"![Generated photo {2 * i + 1}, a field of colour](photo-{2 * i + 1}.jpg)"]


def with_photos(text, i):
    """The page with one photo after its summary and one at its end."""
    end = text.index("\n---\n", 3) + len("\n---\n")
    summary, rest = text[end:].strip().split("\n\n", 1)
    first, second = photo_lines(i)
    return f"{text[:end]}\n{summary}\n\n{first}\n\n{rest.rstrip()}\n\n{second}\n"


def main(argv):
    if len(argv) != 2 or not argv[0].isdigit() or int(argv[0]) < 2:
        sys.exit(__doc__)
    count, out = int(argv[0]), argv[1]
    pages = count // 2
    photos = os.path.join(out, "photos")
    os.makedirs(photos, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=out) as scratch:
        bases = [make_base(k, scratch) for k in range(BASES)]
        for n in range(2 * pages):
            path = os.path.join(photos, f"photo-{n}.jpg")
            if not os.path.exists(path):
                make_photo(n, bases, path + ".part.jpg", os.path.join(scratch, "turn.v"))
                os.rename(path + ".part.jpg", path)
            if n % 100 == 99:
                print(f"generate_images: {n + 1} of {2 * pages} photos", file=sys.stderr)
    home = corpus.HOME.format(n=pages)
    for site in ("images", "plain"):
        corpus.write(os.path.join(out, site, "Content", "_index.md"), home)
        corpus.write(os.path.join(out, site, "Content", "posts", "_index.md"), corpus.POSTS)
        corpus.write(os.path.join(out, site, "site.yaml"), SITE_YAML)
        corpus.copy_tree(os.path.join(corpus.REPO, "Templates"), os.path.join(out, site, "Templates"))
    corpus.write(os.path.join(out, "hugo", "content", "_index.md"), home)
    corpus.write(os.path.join(out, "hugo", "content", "posts", "_index.md"), corpus.POSTS)
    corpus.write(os.path.join(out, "hugo", "content", "archive.md"), corpus.ARCHIVE)
    corpus.write(os.path.join(out, "hugo", "hugo.toml"), HUGO_TOML)
    corpus.copy_tree(os.path.join(corpus.REPO, "Benchmarks", "hugo", "layouts"), os.path.join(out, "hugo", "layouts"))
    corpus.write(os.path.join(out, "hugo", "layouts", "_markup", "render-image.html"), RENDER_IMAGE)
    corpus.copy_tree(os.path.join(corpus.REPO, "Templates", "assets"), os.path.join(out, "hugo", "static", "assets"))
    for i in range(pages):
        text, name = corpus.page(i), corpus.page_name(i)
        corpus.write(os.path.join(out, "plain", "Content", "posts", name + ".md"), text)
        for folder in (os.path.join(out, "images", "Content", "posts", name), os.path.join(out, "hugo", "content", "posts", name)):
            corpus.write(os.path.join(folder, "index.md"), with_photos(text, i))
            for n in (2 * i, 2 * i + 1):
                link = os.path.join(folder, f"photo-{n}.jpg")
                if not os.path.exists(link):
                    os.link(os.path.join(photos, f"photo-{n}.jpg"), link)


if __name__ == "__main__":
    main(sys.argv[1:])
