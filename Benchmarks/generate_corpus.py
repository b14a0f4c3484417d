#!/usr/bin/env python3
"""Writes the benchmark corpus: N Markdown pages as a sitegen site and as a Hugo site.

    python3 Benchmarks/generate_corpus.py N OUT        # the whole corpus
    python3 Benchmarks/generate_corpus.py --refresh OUT # only its settings and themes, not the pages
    python3 Benchmarks/generate_corpus.py --bilingual N OUT  # sitegen only: the N pages and a
                                                         # Chinese translation of each (N x 2)

OUT gets Content/posts/*.md, Content/_index.md, site.yaml and a copy of Templates/ (sitegen), and
hugo/ with the same pages under content/posts/, hugo.toml, the layouts of Benchmarks/hugo/layouts
and the theme's assets under static/assets/ (Hugo).

Deterministic: page i is a function of i alone (its own seeded generator, links only to pages
before it), so the same N gives byte-identical files and the 10,000-page corpus is the first
10,000 pages of the 50,000-page one. Only Random.random() is used, whose sequence Python keeps
stable across versions, unlike choice()/randrange()/sample().
"""
import bisect
import datetime as dt
import os
import random
import shutil
import sys

SEED = "sitegen-bench-1"
REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SITE_ZONE = dt.timezone(dt.timedelta(hours=8))  # Asia/Shanghai has had no DST since 1991

WORDS = """
archive atlas autumn balance beacon border bridge candle canvas castle cedar chapter circuit
city cloud coast compass copper corner current delta desert drift ember engine evening fabric
field figure forest fountain frame garden glacier harbor harvest hollow horizon island journal
kernel lantern ledger letter library light marble market meadow memory mirror model morning
motion mountain network north orbit orchard paper pattern pebble pilot planet portrait prairie
quarry radio record river rocket saddle season shadow signal silver sketch spring station stone
story summer switch system tablet thread timber tower trail valley vector velvet village voice
water window winter wire yard build render parse stream cache index query layout theme static
quiet rapid gentle bright hidden early late simple careful patient steady curious ancient modern
""".split()

VERBS = """
builds carries changes collects draws finds follows gathers holds keeps leaves makes measures
moves opens reads records shapes shows sorts splits tells turns walks writes checks renders
""".split()

CHINESE = [
    "社区的成员一起讨论了这个问题，并提出了许多有价值的建议。",
    "这个项目从一个小小的想法开始，后来逐渐发展成为一个完整的系统。",
    "我们在城市的边缘找到了一家安静的书店，店主热情地介绍了他的收藏。",
    "静态网站生成器把文章和模板组合在一起，输出可以直接部署的页面。",
    "秋天的早晨，河边的雾气慢慢散去，远处的山峦变得清晰起来。",
    "为了让读者更容易找到旧文章，网站按照年份和月份整理了归档。",
    "每一次构建都应该尽可能快，这样作者才能专注于写作本身。",
    "设计团队花了三个月的时间，反复修改了封面上的每一个细节。",
    "他在日记里写道：今天的雨下得很大，但心情却出奇地平静。",
    "标签帮助读者按照主题浏览内容，也让相关的文章彼此连接。",
    "测试覆盖了中文和英文两种语言，确保字数统计和链接都正确无误。",
    "这座老火车站已经有一百多年的历史，如今被改造成了一座博物馆。",
]

# About 200 tags: 185 English ones (a word, or two joined by '-') and 15 Chinese ones, ranked for
# the Zipf-like spread; Chinese tags sit at every 13th rank so that some are common, some rare.
CHINESE_TAGS = ["设计", "社区", "音乐", "旅行", "摄影", "读书", "编程", "历史", "城市", "美食",
                "电影", "科学", "教育", "健康", "艺术"]


def build_tags():
    n = len(WORDS)
    english = WORDS[:100] + [f"{WORDS[k % n]}-{WORDS[(k + 1) % n]}" for k in range(0, 170, 2)]
    tags, chinese = [], iter(CHINESE_TAGS)
    for rank in range(200):
        tags.append(next(chinese) if rank % 13 == 5 else english.pop(0))
    return tags


TAGS = build_tags()
TAG_CUMULATIVE = []  # cumulative weights 1/rank: a Zipf distribution with exponent 1
_total = 0.0
for _rank in range(len(TAGS)):
    _total += 1.0 / (_rank + 1)
    TAG_CUMULATIVE.append(_total)


class Rng:
    """Random.random() and the few helpers built on it (see the module note)."""

    def __init__(self, *key):
        self.random = random.Random(":".join(map(str, (SEED,) + key))).random

    def below(self, n):
        return int(self.random() * n)

    def between(self, low, high):  # inclusive
        return low + self.below(high - low + 1)

    def pick(self, items):
        return items[self.below(len(items))]

    def chance(self, p):
        return self.random() < p


def page_name(i):
    """File name (and so URL slug) of page i, from its own generator so links can name it."""
    rng = Rng("name", i)
    return f"{rng.pick(WORDS)}-{rng.pick(WORDS)}-{i:05d}"


def sentence(rng, links_to):
    words = [rng.pick(WORDS) for _ in range(rng.between(6, 16))]
    words.insert(2, rng.pick(VERBS))
    for _ in range(rng.between(0, 2)):  # inline markup in some sentences
        k = rng.below(len(words))
        kind = rng.below(6)
        if kind == 0:
            words[k] = f"*{words[k]}*"
        elif kind == 1:
            words[k] = f"**{words[k]}**"
        elif kind == 2:
            words[k] = f"`{words[k]}()`"
        elif kind == 3:
            words[k] = f"[{words[k]}](https://example.org/{rng.pick(WORDS)}/{rng.pick(WORDS)})"
        elif kind == 4 and links_to > 0:
            words[k] = f"[{words[k]}](/posts/{page_name(rng.below(links_to))}/)"
    text = " ".join(words)
    return text[0].upper() + text[1:] + rng.pick([".", ".", ".", "?", "!"])


def paragraph(rng, i):
    return " ".join(sentence(rng, i) for _ in range(rng.between(2, 6)))


def chinese_paragraph(rng):
    return "".join(rng.pick(CHINESE) for _ in range(rng.between(2, 6)))


def code_block(rng):
    lang = rng.pick(["swift", "python", "sh", "json", ""])
    lines = []
    for n in range(rng.between(3, 10)):
        a, b = rng.pick(WORDS), rng.pick(WORDS)
        lines.append({"swift": f"let {a}{n} = {b}.map {{ $0 * {n} }}",
                      "python": f"{a}_{n} = [{b} for {b} in range({n})]",
                      "sh": f"{a} --{b} {n} > out/{a}.txt",
                      "json": f'  "{a}": {{"{b}": {n}}},',
                      "": f"{a} <- {b} & {n} < {n + 1}"}[lang])
    return f"```{lang}\n" + "\n".join(lines) + "\n```"


def block(rng, i):
    kind = rng.below(12)
    if kind <= 3:
        return paragraph(rng, i)
    if kind == 4:
        return chinese_paragraph(rng)
    if kind == 5:
        return "## " + " ".join(rng.pick(WORDS) for _ in range(rng.between(2, 5))).capitalize()
    if kind == 6:
        return "### " + " ".join(rng.pick(WORDS) for _ in range(rng.between(2, 4))).capitalize()
    if kind == 7:
        items = [f"- {sentence(rng, i)}" for _ in range(rng.between(3, 6))]
        if rng.chance(0.3):  # a nested list
            items.insert(1, "\n".join(f"  - {rng.pick(WORDS)} {rng.pick(WORDS)}" for _ in range(2)))
        return "\n".join(items)
    if kind == 8:
        return "\n".join(f"{n}. {sentence(rng, i)}" for n in range(1, rng.between(3, 6) + 1))
    if kind == 9:
        return code_block(rng)
    if kind == 10:
        text = chinese_paragraph(rng) if rng.chance(0.3) else paragraph(rng, i)
        return "> " + text
    return "---" if rng.chance(0.3) else paragraph(rng, i)


def front_matter(rng, i):
    if rng.chance(0.05):
        title = rng.pick(CHINESE)[:12]
    else:
        title = " ".join(rng.pick(WORDS) for _ in range(rng.between(3, 7))).title()
        if rng.chance(0.15):
            title = f"{rng.pick(WORDS).title()}: {title}"
    # A moment in 2020-2025 (site time); 40 % are written with a time and an offset.
    start = dt.datetime(2020, 1, 1, tzinfo=SITE_ZONE)
    seconds = rng.below(int((dt.datetime(2026, 1, 1, tzinfo=SITE_ZONE) - start).total_seconds()))
    moment = start + dt.timedelta(seconds=seconds)
    if rng.chance(0.6):
        date = moment.strftime("%Y-%m-%d")
    else:
        offset = rng.pick(["+08:00", "+08:00", "+00:00", "-05:00", "+09:00", "+05:30", "Z"])
        hours, minutes = (0, 0) if offset == "Z" else (int(offset[:3]), int(offset[0] + offset[4:]))
        local = moment.astimezone(dt.timezone(dt.timedelta(hours=hours, minutes=minutes)))
        date = local.strftime("%Y-%m-%dT%H:%M:%S") + offset
    tags = []
    for _ in range(rng.between(1, 4)):
        tag = TAGS[bisect.bisect_left(TAG_CUMULATIVE, rng.random() * TAG_CUMULATIVE[-1])]
        if tag not in tags:
            tags.append(tag)
    if rng.chance(0.5):
        tag_yaml = " [" + ", ".join(tags) + "]"
    else:
        tag_yaml = "".join(f"\n  - {t}" for t in tags)  # the block style, for variety
    return f'---\ntitle: "{title}"\ndate: {date}\ntags:{tag_yaml}\n---\n'


def page(i):
    rng = Rng("page", i)
    blocks = [paragraph(rng, i)]  # the summary
    target = rng.between(2000, 6000)
    size = len(blocks[0].encode())
    while size < target:
        text = block(rng, i)
        if size + len(text.encode()) > 6000:  # blocks are < 1.5 KB, so size is past 4.5 KB here
            break
        blocks.append(text)
        size += len(text.encode()) + 2
    return front_matter(rng, i) + "\n" + "\n\n".join(blocks) + "\n"


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def copy_tree(source, target):
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(source, target)


def write_settings(out):
    """site.yaml, hugo.toml, the real theme for sitegen, the repository's Hugo layouts and the
    same CSS for Hugo: the parts that change more often than the pages, and are cheap to write."""
    write(os.path.join(out, "site.yaml"), SITE_YAML)
    write(os.path.join(out, "hugo", "hugo.toml"), HUGO_TOML)
    copy_tree(os.path.join(REPO, "Templates"), os.path.join(out, "Templates"))
    copy_tree(os.path.join(REPO, "Benchmarks", "hugo", "layouts"), os.path.join(out, "hugo", "layouts"))
    copy_tree(os.path.join(REPO, "Templates", "assets"), os.path.join(out, "hugo", "static", "assets"))


SITE_YAML = """title: Benchmark Site
description: A generated corpus for measuring build time.
base_url: https://bench.example.org/
language: en
timezone: Asia/Shanghai
paginate: 20
# No social cards: Hugo draws none, and the comparison is of the same work. What cards cost
# is in README (Images: a drawn card takes some tens of milliseconds, once).
images:
  cards: false
"""

HUGO_TOML = """baseURL = 'https://bench.example.org/'
locale = 'en'
title = 'Benchmark Site'
timeZone = 'Asia/Shanghai'
enableRobotsTXT = true
taxonomies = {tag = "tags"}
# RSS (home, section, taxonomy, term) and the sitemap are on by default; feeds hold 20 items
# like sitegen's feed_limit (Hugo's default is every page, in every feed).
[services.rss]
limit = 20
[pagination]
pagerSize = 20
disableAliases = true  # no /page/1/ redirects: sitegen writes none
[params]
description = 'A generated corpus for measuring build time.'
# Hugo's .Related costs about pages x (pages sharing a tag): at 10,000 pages it doubled Hugo's
# time, at 50,000 it ran past 15 minutes. Off, so Hugo does a little less than sitegen's theme;
# HUGO_PARAMS_RELATED=true turns it on (see Benchmarks/README.md).
related = false
[markup.highlight]
codeFences = false
[markup.goldmark.renderer]
unsafe = false
# Related pages (when params.related is on) as sitegen's: up to 3 sharing the most tags.
[related]
includeNewer = true
threshold = 0
toLower = false
[[related.indices]]
name = 'tags'
weight = 100
"""

HOME = "---\ntitle: Benchmark Site\n---\nA generated site: {n} posts over six years, for measuring build time.\n"
POSTS = "---\ntitle: Posts\n---\nEvery generated post, newest first.\n"
ARCHIVE = "---\ntitle: Archive\nlayout: archive\nbuild:\n  list: never\n---\n"  # not itself a listed page


BILINGUAL_YAML = """languages:
  - code: en
    name: English
  - code: zh
    name: 中文
    title: 基准网站
"""


def translation(text):
    """The page in 'Chinese': its title marked, its body as it is, so that both languages have
    pages of the same size and the time of the second is the one measured."""
    head, rest = text.split("\ntitle: \"", 1)
    title, rest = rest.split("\"", 1)
    return f'{head}\ntitle: "{title}（中文）"{rest}'


def bilingual(n, out):
    write(os.path.join(out, "Content", "_index.md"), HOME.format(n=n))
    write(os.path.join(out, "Content", "posts", "_index.md"), POSTS)
    write(os.path.join(out, "Content", "_index.zh.md"), "---\ntitle: 基准网站\n---\n生成的网站。\n")
    for i in range(n):
        text = page(i)
        write(os.path.join(out, "Content", "posts", page_name(i) + ".md"), text)
        write(os.path.join(out, "Content", "posts", page_name(i) + ".zh.md"), translation(text))
    write(os.path.join(out, "site.yaml"), SITE_YAML + BILINGUAL_YAML)
    copy_tree(os.path.join(REPO, "Templates"), os.path.join(out, "Templates"))


def main(argv):
    if len(argv) == 2 and argv[0] == "--refresh":
        write_settings(argv[1])
        return
    if len(argv) == 3 and argv[0] == "--bilingual" and argv[1].isdigit():
        bilingual(int(argv[1]), argv[2])
        return
    if len(argv) != 2 or not argv[0].isdigit():
        sys.exit(__doc__)
    n, out = int(argv[0]), argv[1]
    write(os.path.join(out, "Content", "_index.md"), HOME.format(n=n))
    write(os.path.join(out, "Content", "posts", "_index.md"), POSTS)
    write(os.path.join(out, "hugo", "content", "_index.md"), HOME.format(n=n))
    write(os.path.join(out, "hugo", "content", "posts", "_index.md"), POSTS)
    write(os.path.join(out, "hugo", "content", "archive.md"), ARCHIVE)
    for i in range(n):
        text = page(i)
        name = page_name(i) + ".md"
        write(os.path.join(out, "Content", "posts", name), text)
        write(os.path.join(out, "hugo", "content", "posts", name), text)
    write_settings(out)


if __name__ == "__main__":
    main(sys.argv[1:])
