#!/usr/bin/env python3
"""Which open pages a save makes `sitegen serve` reload, in headless Chromium.

    reload_check.py --base-url http://127.0.0.1:PORT/ --edit FILE --old TEXT --new TEXT PATH...

Opens each PATH of the running server in a tab of its own, marks each page's window (a reload
loses the mark), then replaces TEXT with NEW in FILE, the way an editor saves, and waits until
no page has reloaded for two seconds (at most 20 s). Prints a JSON report: for each path,
whether it reloaded and whether it now shows NEW, and the browser's version. FILE is put back
as it was.

Exit status: 0 report printed, 2 the check could not run. Built on browser_check.py's Chromium
and DevTools.
"""

import argparse
import json
import os
import sys
import time
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import browser_check  # noqa: E402  (after the path is set)

QUIET = 2.0
LIMIT = 20.0


def run(args):
    if browser_check.websocket is None:
        raise browser_check.CheckError("the Python package websocket-client is missing: run `make test-deps`")
    browser = browser_check.Chromium(browser_check.find_chromium(None))
    original = open(args.edit, "rb").read()
    try:
        devtools = browser_check.DevTools(browser.websocket_url())
        try:
            loads = {}
            sessions = {}
            def observe(method, params, session):
                if method == "Page.loadEventFired":
                    loads[session] = loads.get(session, 0) + 1
            devtools.listener = observe
            for path in args.paths:
                target = devtools.call("Target.createTarget", {"url": "about:blank"})["targetId"]
                session = devtools.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
                devtools.call("Page.enable", session=session)
                devtools.call("Page.navigate", {"url": urllib.parse.urljoin(args.base_url, path)}, session=session)
                if not devtools.wait_until(lambda: loads.get(session, 0) > 0, browser_check.NAVIGATION_TIMEOUT):
                    raise browser_check.CheckError("%s did not load" % path)
                sessions[path] = session
            # Let every page's event stream connect before the save.
            devtools.wait_until(lambda: False, 1.0)
            for session in sessions.values():
                devtools.call("Runtime.evaluate", {"expression": "window.sitegenMark = 1"}, session=session)
            before = dict(loads)

            text = original.decode("utf-8")
            if args.old not in text:
                raise browser_check.CheckError("%r is not in %s" % (args.old, args.edit))
            with open(args.edit, "wb") as handle:
                handle.write(text.replace(args.old, args.new).encode("utf-8"))
            started = time.monotonic()
            last = dict(loads)
            quiet_since = time.monotonic()
            while time.monotonic() - started < LIMIT and time.monotonic() - quiet_since < QUIET:
                devtools.wait_until(lambda: False, 0.1)
                if loads != last:
                    last = dict(loads)
                    quiet_since = time.monotonic()

            pages = {}
            for path, session in sessions.items():
                expression = "[window.sitegenMark === 1, document.body.innerText.includes(%s)]" % json.dumps(args.new)
                kept, shows = devtools.call("Runtime.evaluate", {"expression": expression, "returnByValue": True},
                                            session=session)["result"]["value"]
                pages[path] = {"reloaded": not kept, "loads": loads.get(session, 0) - before.get(session, 0),
                               "showsNewText": shows}
            version = devtools.call("Browser.getVersion").get("product", "")
        finally:
            devtools.close()
    finally:
        with open(args.edit, "wb") as handle:
            handle.write(original)
        browser.close()
    return {"chromium": version, "pages": pages}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--edit", required=True, help="the source file to save")
    parser.add_argument("--old", required=True, help="text of the file to replace")
    parser.add_argument("--new", required=True, help="what replaces it")
    parser.add_argument("paths", nargs="+", help="pages to keep open, e.g. /campaigns/city-cup/ /about/")
    args = parser.parse_args()
    return browser_check.report_run(run, args)


if __name__ == "__main__":
    sys.exit(main())
