#!/usr/bin/env python3
"""Loads pages in headless Chromium and reports what a visitor's browser would hit.

    browser_check.py --base-url http://127.0.0.1:8000 --screenshots DIR [--width 390 --width 1280] PATH...

It speaks the Chrome DevTools Protocol over a websocket (pip package websocket-client), so no
driver or browser download is involved: the browser is Debian's `chromium`. For every path at
every width (390 px is emulated as a phone, wider ones as a desktop window; 900 px high, device
scale 1) it reports uncaught JavaScript exceptions, console errors, browser log errors,
responses with a status of 400 or more, requests that failed, content wider than the viewport
(naming the widest elements that stick out), and a phone layout viewport that is not the
phone's width (no `<meta name=viewport>`). It saves a full-page PNG for each path and width in
DIR and prints a JSON report on standard output.

Two options test what a page does, not only how it loads: `--wait-for SELECTOR` waits (up to
10 s) until an element matches, for pages that fill themselves in with a script, and
`--evaluate EXPRESSION` runs a JavaScript expression in each page afterwards and puts its value
(a promise is awaited; make it JSON-serialisable) in the report as `evaluated`.

Exit status: 0 nothing found, 1 something found, 2 the check could not run at all.
"""

import argparse
import base64
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.parse

# `make test-deps` installs the pip packages into the repository's .build-python/ folder.
_PACKAGES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", ".build-python")
if os.path.isdir(_PACKAGES):
    sys.path.insert(0, os.path.normpath(_PACKAGES))

try:
    import websocket  # websocket-client
except ImportError:  # reported as a JSON report with exit status 2, from main()
    websocket = None
CONNECTION_ERRORS = (OSError, websocket.WebSocketException) if websocket else (OSError,)

HEIGHT = 900
PHONE_WIDTH_LIMIT = 600
NAVIGATION_TIMEOUT = 30.0
# A page is taken as settled once no request has been in flight for this long after `load`.
NETWORK_QUIET = 0.5
NETWORK_QUIET_LIMIT = 10.0
# Chromium refuses a screenshot taller than its largest texture; beyond this the PNG is cut.
SCREENSHOT_MAX_HEIGHT = 16000
WAIT_FOR_TIMEOUT = 10.0

OVERFLOW_SCRIPT = r"""
(async () => {
  if (document.fonts && document.fonts.ready) { await document.fonts.ready; }
  const root = document.documentElement;
  const body = document.body;
  const viewport = root.clientWidth;
  const contentWidth = Math.max(root.scrollWidth, body ? body.scrollWidth : 0);
  const name = (el) => {
    let text = el.tagName.toLowerCase();
    if (el.id) { text += '#' + el.id; }
    const classes = typeof el.className === 'string' ? el.className.trim() : '';
    if (classes) { text += '.' + classes.split(/\s+/).join('.'); }
    return text;
  };
  const path = (el) => {
    const parts = [];
    for (let e = el; e && e !== root; e = e.parentElement) { parts.unshift(name(e)); }
    return parts.slice(-4).join(' > ');
  };
  // An element inside a box that clips or scrolls sideways cannot widen the page.
  const insideClippingBox = (el) => {
    for (let a = el.parentElement; a && a !== body && a !== root; a = a.parentElement) {
      if (getComputedStyle(a).overflowX !== 'visible') { return true; }
    }
    return false;
  };
  const offenders = [];
  if (contentWidth > viewport && body) {
    for (const el of body.querySelectorAll('*')) {
      const box = el.getBoundingClientRect();
      const right = box.right + window.scrollX;
      if (box.width === 0 || right <= viewport + 0.5 || insideClippingBox(el)) { continue; }
      offenders.push({
        element: path(el),
        left: Math.round(box.left + window.scrollX),
        right: Math.round(right),
        width: Math.round(box.width),
      });
    }
    offenders.sort((a, b) => (b.right - a.right) || (b.width - a.width));
  }
  return {
    innerWidth: window.innerWidth,
    clientWidth: viewport,
    scrollWidth: contentWidth,
    overflows: contentWidth > viewport,
    offenderCount: offenders.length,
    offenders: offenders.slice(0, 8),
  };
})()
"""


class CheckError(Exception):
    """The check itself could not go on (as opposed to a problem found in a page)."""


class Chromium:
    """A headless Chromium process with its own throwaway profile."""

    def __init__(self, binary):
        self.profile = tempfile.mkdtemp(prefix="browser-check-profile-")
        self.log_path = os.path.join(self.profile, "chromium.log")
        self.log = open(self.log_path, "wb")
        arguments = [
            binary,
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--remote-debugging-port=0",
            "--user-data-dir=" + self.profile,
            "--no-first-run",
            "--no-default-browser-check",
            "--disable-extensions",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--mute-audio",
            "--window-size=1280,%d" % HEIGHT,
            "about:blank",
        ]
        # A session of its own, so that close() can end Chromium's helper processes too.
        self.process = subprocess.Popen(
            arguments, stdin=subprocess.DEVNULL, stdout=self.log, stderr=self.log,
            start_new_session=True)

    def websocket_url(self, timeout=30.0):
        """The browser's DevTools endpoint, read from the profile once Chromium listens."""
        port_file = os.path.join(self.profile, "DevToolsActivePort")
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise CheckError("chromium exited with status %d before it listened:\n%s"
                                 % (self.process.returncode, self.log_tail()))
            try:
                with open(port_file, encoding="utf-8") as handle:
                    lines = handle.read().split("\n")
                if len(lines) >= 2 and lines[0].strip() and lines[1].strip():
                    return "ws://127.0.0.1:%s%s" % (lines[0].strip(), lines[1].strip())
            except FileNotFoundError:
                pass
            time.sleep(0.05)
        raise CheckError("chromium did not write %s within %.0f s:\n%s"
                         % (port_file, timeout, self.log_tail()))

    def log_tail(self, limit=2000):
        self.log.flush()
        with open(self.log_path, "rb") as handle:
            return handle.read()[-limit:].decode("utf-8", "replace")

    def close(self):
        try:
            os.killpg(self.process.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            try:
                os.killpg(self.process.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            self.process.wait(timeout=5)
        self.log.close()
        shutil.rmtree(self.profile, ignore_errors=True)


class DevTools:
    """One websocket connection to the browser endpoint; pages are reached by flat sessions."""

    def __init__(self, url):
        # Chromium refuses websocket clients that send an Origin it was not told to allow.
        self.socket = websocket.create_connection(url, timeout=30, suppress_origin=True)
        self.next_id = 0
        self.listener = None

    def call(self, method, params=None, session=None, timeout=30.0):
        """Sends one command and returns its result; events read meanwhile go to the listener."""
        self.next_id += 1
        request_id = self.next_id
        message = {"id": request_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        self.socket.send(json.dumps(message))
        deadline = time.monotonic() + timeout
        while True:
            reply = self._receive(deadline)
            if reply is None:
                raise CheckError("%s: no answer within %.0f s" % (method, timeout))
            if reply.get("id") == request_id:
                if "error" in reply:
                    raise CheckError("%s failed: %s" % (method, reply["error"].get("message")))
                return reply.get("result", {})
            self._dispatch(reply)

    def wait_until(self, condition, timeout):
        """Reads events until condition() holds; False when the timeout came first."""
        deadline = time.monotonic() + timeout
        while not condition():
            if time.monotonic() >= deadline:
                return False
            # Short reads, so that conditions that depend on time are looked at again soon.
            reply = self._receive(min(deadline, time.monotonic() + 0.1))
            if reply is not None:
                self._dispatch(reply)
        return True

    def _receive(self, deadline):
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return None
        self.socket.settimeout(remaining)
        try:
            return json.loads(self.socket.recv())
        except websocket.WebSocketTimeoutException:
            return None

    def _dispatch(self, message):
        if "method" in message and self.listener is not None:
            self.listener(message["method"], message.get("params", {}), message.get("sessionId"))

    def close(self):
        self.socket.close()


class PageFindings:
    """What the events of one page's session said about it."""

    def __init__(self, session):
        self.session = session
        self.loaded = False
        self.crashed = False
        self.request_urls = {}
        self.in_flight = set()
        self.last_network_activity = time.monotonic()
        self.exceptions = []
        self.console_errors = []
        self.log_errors = []
        self.http_errors = []
        self.failed_requests = []

    def observe(self, method, params, session):
        if session != self.session:
            return
        if method == "Page.loadEventFired":
            self.loaded = True
        elif method == "Inspector.targetCrashed":
            self.crashed = True
        elif method == "Runtime.exceptionThrown":
            details = params.get("exceptionDetails", {})
            description = details.get("exception", {}).get("description") or details.get("text", "")
            self.exceptions.append({
                "message": description.split("\n")[0],
                "url": details.get("url", ""),
                "line": details.get("lineNumber", -1) + 1,
                "column": details.get("columnNumber", -1) + 1,
            })
        elif method == "Runtime.consoleAPICalled":
            if params.get("type") in ("error", "assert"):
                parts = [str(arg.get("value", arg.get("description", ""))) for arg in params.get("args", [])]
                self.console_errors.append(" ".join(parts))
        elif method == "Log.entryAdded":
            entry = params.get("entry", {})
            if entry.get("level") == "error":
                self.log_errors.append({"source": entry.get("source", ""), "text": entry.get("text", ""),
                                        "url": entry.get("url", "")})
        elif method == "Network.requestWillBeSent":
            self.request_urls[params["requestId"]] = params.get("request", {}).get("url", "")
            self.in_flight.add(params["requestId"])
            self.last_network_activity = time.monotonic()
        elif method == "Network.responseReceived":
            response = params.get("response", {})
            if response.get("status", 0) >= 400:
                self.http_errors.append({"url": response.get("url", ""), "status": response.get("status"),
                                         "statusText": response.get("statusText", "")})
        elif method in ("Network.loadingFinished", "Network.loadingFailed"):
            self.in_flight.discard(params.get("requestId"))
            self.last_network_activity = time.monotonic()
            # A request the page never sent, of no type a page makes: the browser looking up the
            # favicon in its (disabled) cache when search.js puts the query in the address, which
            # fails with ERR_CACHE_MISS and is not the site's.
            unseen = params.get("requestId") not in self.request_urls and params.get("type") == "Other"
            if method == "Network.loadingFailed" and not params.get("canceled") and not unseen:
                self.failed_requests.append({
                    "url": self.request_urls.get(params.get("requestId"), ""),
                    "error": params.get("errorText", ""),
                    "blockedReason": params.get("blockedReason", ""),
                })

    def network_is_quiet(self):
        return not self.in_flight and time.monotonic() - self.last_network_activity >= NETWORK_QUIET

    def problems(self):
        """Every finding as one line a person can act on."""
        lines = ["javascript exception: %s (%s:%d:%d)" % (e["message"], e["url"] or "inline", e["line"], e["column"])
                 for e in self.exceptions]
        lines += ["console error: " + text for text in self.console_errors]
        network_urls = {e["url"] for e in self.http_errors} | {f["url"] for f in self.failed_requests}
        # Chromium logs every failed load a second time as a network log entry: said once is enough.
        lines += ["browser log error (%s): %s%s" % (e["source"], e["text"], " " + e["url"] if e["url"] else "")
                  for e in self.log_errors if not (e["source"] == "network" and e["url"] in network_urls)]
        lines += ["http %s %s: %s" % (e["status"], e["statusText"], e["url"]) for e in self.http_errors]
        # A response with an error status may also end as a failed load; the status says more.
        http_urls = {e["url"] for e in self.http_errors}
        lines += ["failed request: %s (%s%s)" % (f["url"], f["error"], ", " + f["blockedReason"] if f["blockedReason"] else "")
                  for f in self.failed_requests if f["url"] not in http_urls]
        if self.crashed:
            lines.append("the page crashed")
        return lines


class BrowserCheck:
    """Loads each page at each width in a fresh tab and collects its findings."""

    def __init__(self, devtools, screenshots, wait_for=None, evaluate=None):
        self.devtools = devtools
        self.screenshots = screenshots
        self.wait_for = wait_for
        self.evaluate = evaluate

    def check(self, url, path, width):
        mobile = width < PHONE_WIDTH_LIMIT
        target = self.devtools.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        try:
            session = self.devtools.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
            findings = PageFindings(session)
            self.devtools.listener = findings.observe
            return self._load(url, path, width, mobile, session, findings)
        finally:
            self.devtools.listener = None
            self.devtools.call("Target.closeTarget", {"targetId": target})

    def _load(self, url, path, width, mobile, session, findings):
        call = lambda method, params=None, **kw: self.devtools.call(method, params, session=session, **kw)
        for domain in ("Runtime", "Log", "Network", "Page", "Inspector"):
            call(domain + ".enable")
        call("Network.setCacheDisabled", {"cacheDisabled": True})
        call("Emulation.setDeviceMetricsOverride",
             {"width": width, "height": HEIGHT, "deviceScaleFactor": 1, "mobile": mobile})
        if mobile:
            call("Emulation.setTouchEmulationEnabled", {"enabled": True, "maxTouchPoints": 5})

        problems = []
        navigation = call("Page.navigate", {"url": url})
        if navigation.get("errorText"):
            problems.append("navigation failed: %s" % navigation["errorText"])
        elif not self.devtools.wait_until(lambda: findings.loaded or findings.crashed, NAVIGATION_TIMEOUT):
            problems.append("no load event within %.0f s" % NAVIGATION_TIMEOUT)
        self.devtools.wait_until(findings.network_is_quiet, NETWORK_QUIET_LIMIT)

        layout = None
        fonts = None
        screenshot = None
        evaluated = None
        if self.wait_for and not findings.crashed and not navigation.get("errorText"):
            if not self._wait_for(call):
                problems.append("nothing matched %s within %.0f s" % (self.wait_for, WAIT_FOR_TIMEOUT))
        if not findings.crashed and not navigation.get("errorText"):
            if self.evaluate:
                reply = call("Runtime.evaluate", {"expression": self.evaluate, "awaitPromise": True,
                                                  "returnByValue": True})
                if "exceptionDetails" in reply:
                    details = reply["exceptionDetails"]
                    problems.append("--evaluate threw: %s" % (details.get("exception", {}).get("description")
                                                             or details.get("text", "")))
                else:
                    evaluated = reply["result"].get("value")
            layout = call("Runtime.evaluate", {"expression": OVERFLOW_SCRIPT, "awaitPromise": True,
                                               "returnByValue": True})["result"].get("value")
            fonts = self._heading_fonts(call)
            screenshot = self._screenshot(call, path, width)
            # Events that arrived while the page was measured still belong to it.
            self.devtools.wait_until(findings.network_is_quiet, NETWORK_QUIET_LIMIT)

        problems += findings.problems()
        if layout:
            if mobile and layout["clientWidth"] > width + 1:
                problems.append("layout viewport is %d px wide on a %d px phone screen: is "
                                "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"> missing?"
                                % (layout["clientWidth"], width))
            if layout["overflows"]:
                widest = "; ".join("%s (x %d to %d, %d px wide)" % (o["element"], o["left"], o["right"], o["width"])
                                   for o in layout["offenders"])
                problems.append("content is %d px wide in a %d px viewport; sticking out (%d in all, widest first): %s"
                                % (layout["scrollWidth"], layout["clientWidth"], layout["offenderCount"],
                                   widest or "no single element"))
        return {
            "path": path,
            "url": url,
            "width": width,
            "mobile": mobile,
            "screenshot": screenshot,
            "problems": problems,
            "jsExceptions": findings.exceptions,
            "consoleErrors": findings.console_errors,
            "logErrors": findings.log_errors,
            "httpErrors": findings.http_errors,
            "failedRequests": findings.failed_requests,
            "layout": layout,
            "headingFonts": fonts,
            "evaluated": evaluated,
        }

    def _heading_fonts(self, call):
        """The fonts the system gave the first heading's text, as Chromium reports them: which
        family drew how many glyphs (a script with no font installed shows as boxes)."""
        call("DOM.enable")
        call("CSS.enable")
        root = call("DOM.getDocument", {"depth": 0})["root"]["nodeId"]
        node = call("DOM.querySelector", {"nodeId": root, "selector": "h1"}).get("nodeId")
        if not node:
            return None
        fonts = call("CSS.getPlatformFontsForNode", {"nodeId": node}).get("fonts", [])
        return [{"family": f.get("familyName", ""), "glyphs": f.get("glyphCount", 0)} for f in fonts]

    def _wait_for(self, call):
        expression = "document.querySelector(%s) !== null" % json.dumps(self.wait_for)
        deadline = time.monotonic() + WAIT_FOR_TIMEOUT
        while time.monotonic() < deadline:
            if call("Runtime.evaluate", {"expression": expression, "returnByValue": True})["result"].get("value"):
                return True
            self.devtools.wait_until(lambda: False, 0.1)
        return False

    def _screenshot(self, call, path, width):
        metrics = call("Page.getLayoutMetrics")
        content = metrics.get("cssContentSize") or metrics.get("contentSize")
        clip = {"x": 0, "y": 0, "scale": 1,
                "width": max(width, int(content["width"])),
                "height": min(SCREENSHOT_MAX_HEIGHT, max(HEIGHT, int(content["height"])))}
        data = call("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True, "clip": clip},
                    timeout=60)["data"]
        name = "%s-%d.png" % (screenshot_name(path), width)
        file = os.path.join(self.screenshots, name)
        with open(file, "wb") as handle:
            handle.write(base64.b64decode(data))
        return file


def screenshot_name(path):
    """`/` is `home`; `/campaigns/a-melody-for-mi/` is `campaigns-a-melody-for-mi`; `/search/?q=mi` is `search-q_mi`."""
    base, _, query = path.partition("?")
    parts = [urllib.parse.unquote(part) for part in base.split("/") if part]
    name = "-".join(parts) or "home"
    if query:
        name += "-" + urllib.parse.unquote_plus(query)
    return "".join(c if c.isalnum() or c in "-_." else "_" for c in name)


def find_chromium(requested):
    candidates = [requested] if requested else [os.environ.get("CHROMIUM", ""), "chromium", "chromium-browser",
                                                  "google-chrome"]
    for candidate in candidates:
        if candidate and shutil.which(candidate):
            return shutil.which(candidate)
    raise CheckError("no Chromium found (tried %s): install Debian's package with `apt-get install chromium`, "
                     "or run `make test-deps`" % ", ".join(c for c in candidates if c))


def run(args):
    if websocket is None:
        raise CheckError("the Python package websocket-client is missing: run `make test-deps`, or "
                         "`python3 -m pip install --target .build-python websocket-client==1.9.2` in the repository")
    binary = find_chromium(args.chromium)
    os.makedirs(args.screenshots, exist_ok=True)
    browser = Chromium(binary)
    try:
        devtools = DevTools(browser.websocket_url())
        try:
            version = devtools.call("Browser.getVersion").get("product", "")
            checker = BrowserCheck(devtools, args.screenshots, args.wait_for, args.evaluate)
            pages = [checker.check(urllib.parse.urljoin(args.base_url, path), path, width)
                     for path in args.paths for width in args.width]
        finally:
            devtools.close()
    finally:
        browser.close()
    return {"chromium": version, "problemCount": sum(len(p["problems"]) for p in pages), "pages": pages}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base-url", required=True, help="e.g. http://127.0.0.1:8000/")
    parser.add_argument("--screenshots", required=True, help="folder for the PNG files")
    parser.add_argument("--width", type=int, action="append", help="viewport width in px; repeatable (default 390 and 1280)")
    parser.add_argument("--wait-for", help="a CSS selector to wait for after the load, e.g. '#results[data-state=done]'")
    parser.add_argument("--evaluate", help="a JavaScript expression whose value goes into the report")
    parser.add_argument("--chromium", help="the browser executable (default: $CHROMIUM, or chromium on PATH)")
    parser.add_argument("paths", nargs="+", help="paths to load, e.g. / /tags/co-creation/")
    args = parser.parse_args()
    args.width = args.width or [390, 1280]

    return report_run(run, args, failed=lambda report: report["problemCount"] > 0)


def report_run(run, args, failed=lambda report: False, broken=()):
    """Runs a check and prints its report as JSON: exit 0, or 1 when `failed` says so; 2 with
    {"error"} when the check itself broke (`CheckError`, the browser gone, or one of `broken`).
    Every browser script's main ends here."""
    # A test runner that gives up sends SIGTERM: turn it into an exit, so that Chromium is closed.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(3))
    try:
        report = run(args)
    except CheckError as error:
        print(json.dumps({"error": str(error)}, indent=2))
        return 2
    except CONNECTION_ERRORS + tuple(broken) as error:
        # The browser or its connection went away: a broken check, not a finding about a page.
        print(json.dumps({"error": "%s: %s" % (type(error).__name__, error)}, indent=2))
        return 2
    print(json.dumps(report, indent=2, ensure_ascii=False))
    return 1 if failed(report) else 0


if __name__ == "__main__":
    sys.exit(main())
