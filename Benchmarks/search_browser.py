#!/usr/bin/env python3
"""Search on a built site in headless Chromium: sitegen's search page against Pagefind.

    python3 Benchmarks/search_browser.py SITEGEN CORPUS WORK [--pagefind BINARY] [--chromium PATH]

Builds CORPUS with the sitegen binary SITEGEN into WORK/site (a clean build, with --timings,
under GNU time), indexes the same built site with Pagefind when --pagefind names its binary (only
the page bodies: --root-selector main; under GNU time), then serves WORK/site from a local HTTP
server that compresses text with gzip (level 6) as a static host does, and runs the fixed queries
of search_bytes.py in one headless Chromium:

- sitegen: /search/ is loaded, then the query is set (the page's own `run`, as a keystroke or
  the form would); the time runs to the first result in the page and to the tenth (or the last).
- Pagefind: a page of the site is loaded, then `import('/pagefind/pagefind.js')`,
  `pagefind.search(query)` and the first ten results' `data()`; the time runs from the import,
  since a page that searches with Pagefind loads its script when the reader searches.

Each query runs in a browser context of its own (an empty cache: a reader's first search). The
bytes are those the server sent for the query's requests (bodies as sent, gzip where the server
compressed), counted by the server; the requests of loading the page itself are not counted, and
sitegen's search.js, which comes with the page, is given apart. Prints the build table and the
query table; exit status 0, or 2 when a step could not run.
"""
import argparse
import gzip
import http.server
import json
import os
import re
import shutil
import subprocess
import sys
import threading
import time
import urllib.parse

# No __pycache__ beside the scripts imported.
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "Tests", "SiteChecks", "Scripts"))
sys.path.insert(0, HERE)
import browser_check  # noqa: E402  (after the path is set)
from search_bytes import QUERIES  # noqa: E402

COMPRESSED = {".html", ".css", ".js", ".json", ".svg", ".xml", ".txt"}
QUERY_TIMEOUT = 120.0

SITEGEN_QUERY = r"""
(async () => {
  const results = document.getElementById('search-results');
  let first = null;
  const start = performance.now();
  const observer = new MutationObserver(() => {
    if (first === null && results.querySelector('li')) { first = performance.now() - start; }
  });
  observer.observe(results, { childList: true });
  await window.sitegenSearchPage.run(%s, %s);
  const all = performance.now() - start;
  observer.disconnect();
  return JSON.stringify({ first: first === null ? all : first, all,
    results: parseInt(document.getElementById('search-status').textContent, 10) || 0,
    state: results.dataset.state });
})()
"""

PAGEFIND_QUERY = r"""
(async () => {
  const start = performance.now();
  const pagefind = await import('/pagefind/pagefind.js');
  const search = await pagefind.search(%s);
  const found = performance.now() - start;
  await Promise.all(search.results.slice(0, 10).map((r) => r.data()));
  const all = performance.now() - start;
  return JSON.stringify({ first: all, all, found, results: search.results.length, state: 'done' });
})()
"""


class Counter:
    """The requests the server answered, with the bytes of each body as sent."""

    def __init__(self):
        self.lock = threading.Lock()
        self.requests = []

    def add(self, path, status, size):
        with self.lock:
            self.requests.append((path, status, size))

    def since(self, mark):
        with self.lock:
            return self.requests[mark:]

    def mark(self):
        with self.lock:
            return len(self.requests)


def serve(folder, counter):
    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, directory=folder, **kwargs)

        def log_message(self, format, *args):
            pass

        def do_GET(self):
            path = urllib.parse.unquote(urllib.parse.urlsplit(self.path).path)
            local = self.translate_path(path)
            if os.path.isdir(local):
                local = os.path.join(local, "index.html")
            if not os.path.isfile(local):
                counter.add(path, 404, 0)
                self.send_error(404)
                return
            with open(local, "rb") as handle:
                body = handle.read()
            zipped = (os.path.splitext(local)[1] in COMPRESSED
                      and "gzip" in self.headers.get("Accept-Encoding", ""))
            if zipped:
                body = gzip.compress(body, 6)
            self.send_response(200)
            self.send_header("Content-Type", self.guess_type(local))
            self.send_header("Content-Length", str(len(body)))
            if zipped:
                self.send_header("Content-Encoding", "gzip")
            self.end_headers()
            self.wfile.write(body)
            counter.add(path, 200, len(body))

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.2}, daemon=True).start()
    return server


def timed(command, log):
    """Runs command under GNU time: (wall s, CPU s, peak RSS KiB); exits on failure."""
    report = log + ".time"
    with open(log, "wb") as out:
        status = subprocess.call(["/usr/bin/time", "-v", "-o", report] + command, stdout=out, stderr=subprocess.STDOUT)
    text = open(report).read()
    if status != 0:
        sys.stderr.write(open(log, errors="replace").read()[-3000:] + text)
        raise SystemExit("search_browser: %s failed (status %d)" % (command[0], status))
    wall = re.search(r"Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):(\d+(?:\.\d+)?)", text)
    seconds = int(wall.group(1) or 0) * 3600 + int(wall.group(2)) * 60 + float(wall.group(3))
    cpu = sum(float(re.search(r"%s time \(seconds\): (\d+(?:\.\d+)?)" % kind, text).group(1)) for kind in ("User", "System"))
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1))
    return seconds, cpu, rss


def search_stages(log):
    """Wall and CPU seconds of the stages of `sitegen build --timings` that name the search index
    (its pages' terms are read while they are parsed, in "load and parse", and not counted)."""
    total = None
    for line in open(log, errors="replace"):
        found = re.match(r"\s*\w[\w ]*search index\s+(\d+) ms\s+(\d+) ms CPU", line)
        if found:
            wall, cpu = total or (0, 0)
            total = (wall + int(found.group(1)) / 1000, cpu + int(found.group(2)) / 1000)
    return total


def run_query(devtools, base, counter, page, expression):
    """One query in a fresh browser context: (measurements, requests of the query)."""
    context = devtools.call("Target.createBrowserContext")["browserContextId"]
    target = devtools.call("Target.createTarget", {"url": "about:blank", "browserContextId": context})["targetId"]
    try:
        session = devtools.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        loaded = []
        devtools.listener = lambda method, params, s: loaded.append(1) if method == "Page.loadEventFired" and s == session else None
        devtools.call("Page.enable", session=session)
        devtools.call("Page.navigate", {"url": urllib.parse.urljoin(base, page)}, session=session)
        if not devtools.wait_until(lambda: loaded, browser_check.NAVIGATION_TIMEOUT):
            raise browser_check.CheckError("%s did not load" % page)
        # Whatever the page loads after its load event (none of the search) is not the query's.
        devtools.wait_until(lambda: False, 0.3)
        mark = counter.mark()
        try:
            reply = devtools.call("Runtime.evaluate", {"expression": expression, "awaitPromise": True,
                                                       "returnByValue": True}, session=session, timeout=QUERY_TIMEOUT)
        except browser_check.CheckError:
            return None, counter.since(mark)
        if "exceptionDetails" in reply:
            details = reply["exceptionDetails"]
            raise browser_check.CheckError("the query threw: %s" % (details.get("exception", {}).get("description")
                                                                  or details.get("text", "")))
        return json.loads(reply["result"]["value"]), counter.since(mark)
    finally:
        devtools.listener = None
        devtools.call("Target.closeTarget", {"targetId": target})
        devtools.call("Target.disposeBrowserContext", {"browserContextId": context})


def build(args, site):
    """Builds the site and indexes it with Pagefind, printing the table of both."""
    shutil.rmtree(site, ignore_errors=True)
    os.makedirs(args.work, exist_ok=True)
    log = os.path.join(args.work, "sitegen.log")
    builds = [("sitegen build (whole site)",) + timed([args.sitegen, "build", "--root", args.corpus, "--output", site,
                                                       "--timings"], log)]
    stage = search_stages(log)
    pagefind = None
    if args.pagefind:
        pagefind = subprocess.run([args.pagefind, "--version"], capture_output=True, text=True).stdout.strip()
        builds.append(("%s, index only" % pagefind,) + timed([args.pagefind, "--site", site, "--root-selector", "main"],
                                                             os.path.join(args.work, "pagefind.log")))

    print("site: %s, built from %s" % (site, args.corpus))
    print("%-36s %8s %8s %10s" % ("build", "wall s", "CPU s", "peak MiB"))
    for name, wall, cpu, rss in builds:
        print("%-36s %8.2f %8.2f %10.0f" % (name, wall, cpu, rss / 1024))
    if stage is not None:
        print("%-36s %8.2f %8.2f" % (("sitegen's search index stages",) + stage))
    if len(builds) == 2 and stage:
        print("index time, sitegen's search index stages / Pagefind: wall %.3f, CPU %.3f"
              % (stage[0] / builds[1][1], stage[1] / builds[1][2]))
    if not args.pagefind:
        print("Pagefind: skipped (not installed)")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sitegen")
    parser.add_argument("corpus")
    parser.add_argument("work")
    parser.add_argument("--pagefind", help="pagefind_extended's binary; without it, Pagefind is skipped")
    parser.add_argument("--chromium")
    parser.add_argument("--no-build", action="store_true",
                        help="WORK/site is built (and indexed) already: only search in the browser")
    args = parser.parse_args()
    if browser_check.websocket is None:
        print("search_browser: the Python package websocket-client is missing: run `make test-deps`", file=sys.stderr)
        return 2

    site = os.path.join(args.work, "site")
    if not args.no_build:
        build(args, site)
    elif not os.path.isdir(site):
        raise SystemExit("search_browser: --no-build, but %s is not there" % site)

    counter = Counter()
    server = serve(site, counter)
    base = "http://127.0.0.1:%d/" % server.server_address[1]
    script = open(os.path.join(site, "assets", "search.js"), "rb").read() if os.path.exists(
        os.path.join(site, "assets", "search.js")) else b""
    browser = browser_check.Chromium(browser_check.find_chromium(args.chromium))
    rows = []
    try:
        devtools = browser_check.DevTools(browser.websocket_url())
        try:
            for label, text, typing in QUERIES:
                tools = [("sitegen", "/search/", "/search-index/",
                          SITEGEN_QUERY % (json.dumps(text), "true" if typing else "false"))]
                if args.pagefind:
                    tools.append(("Pagefind", "/", "/pagefind/", PAGEFIND_QUERY % json.dumps(text)))
                for tool, page, folder, expression in tools:
                    measured, requests = run_query(devtools, base, counter, page, expression)
                    # The search's own files: not a favicon or a font the page asks for meanwhile.
                    requests = [request for request in requests if request[0].startswith(folder)]
                    rows.append((tool, label, text + (" (typing)" if typing else ""), measured, requests))
        finally:
            devtools.close()
    finally:
        browser.close()
        server.shutdown()

    print()
    if script:
        print("sitegen's search.js, loaded with the page: %.1f KB gzip" % (len(gzip.compress(script, 6)) / 1024))
    print("%-9s %-22s %-22s %8s %9s %9s %10s %10s" % ("tool", "query", "text", "results", "requests", "KB gzip",
                                                     "first ms", "ten ms"))
    for tool, label, text, measured, requests in rows:
        failed = [path for path, status, _ in requests if status != 200]
        if measured is None:
            print("%-9s %-22s %-22s %8s %9d %9.1f  no results within %.0f s" % (
                tool, label, text, "-", len(requests), sum(size for _, _, size in requests) / 1024, QUERY_TIMEOUT))
            continue
        print("%-9s %-22s %-22s %8d %9d %9.1f %10.0f %10.0f%s" % (
            tool, label, text, measured["results"], len(requests), sum(size for _, _, size in requests) / 1024,
            measured["first"], measured["all"], "  failed: %s" % failed if failed else ""))
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except (browser_check.CheckError,) + browser_check.CONNECTION_ERRORS as error:
        print("search_browser: %s" % error, file=sys.stderr)
        sys.exit(2)
