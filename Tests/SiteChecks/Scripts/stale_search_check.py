#!/usr/bin/env python3
"""The search page of a site rebuilt while it is open, in headless Chromium.

    stale_search_check.py --base-url http://127.0.0.1:PORT/ --query TEXT --then TEXT -- REBUILD...

Opens /search/?q=QUERY in two tabs and waits for their results; runs the command REBUILD (which
builds another site into the folder being served); then clicks "Show more results" in the first
tab (its list holds the old build's page numbers), and in the second searches for QUERY again
(the pieces of its first results, it has loaded) and then for THEN. After the first and the
last step, every "Show more" is clicked until the list is whole. Prints a JSON report: each step's state, status and result paths, and
each tab's requests of the search index after the rebuild (path and HTTP status) in the order
sent.

Exit status: 0 report printed, 2 the check could not run. Built on browser_check.py's Chromium
and DevTools.
"""

import argparse
import json
import os
import subprocess
import sys
import urllib.parse

# No __pycache__ beside the scripts imported.
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import browser_check  # noqa: E402  (after the path is set)

STEP_TIMEOUT = 30.0

# Waits for the list to settle, clicking "Show more" when `expand`, then reports it.
SHOWN = r"""
(async (expand) => {
  const results = document.getElementById('search-results');
  const settled = () => new Promise((resolve, reject) => {
    const started = Date.now();
    const check = () => {
      if (results.dataset.state === 'done' || results.dataset.state === 'error') { resolve(); }
      else if (Date.now() - started > 20000) { reject(new Error('state stayed ' + results.dataset.state)); }
      else { setTimeout(check, 20); }
    };
    check();
  });
  await settled();
  for (let more = document.querySelector('.search-more'); expand && more; more = document.querySelector('.search-more')) {
    more.click();
    await settled();
  }
  return JSON.stringify({
    state: results.dataset.state,
    status: document.getElementById('search-status').textContent,
    urls: Array.from(results.querySelectorAll('.search-result h2 a')).map((a) => new URL(a.href).pathname),
    more: document.querySelector('.search-more') !== null,
  });
})
"""


def run(args):
    if browser_check.websocket is None:
        raise browser_check.CheckError("the Python package websocket-client is missing: run `make test-deps`")
    browser = browser_check.Chromium(browser_check.find_chromium(None))
    try:
        devtools = browser_check.DevTools(browser.websocket_url())
        try:
            loaded = {}
            requests = {}
            order = []
            recording = [False]

            def observe(method, params, session):
                if method == "Page.loadEventFired":
                    loaded[session] = True
                url = params.get("request", params.get("response", {})).get("url", "")
                if not recording[0] or "/search-index/" not in url:
                    return
                key = (session, params.get("requestId"))
                if method == "Network.requestWillBeSent":
                    order.append(key)
                    requests[key] = {"path": urllib.parse.urlsplit(url).path, "status": None}
                elif method == "Network.responseReceived" and key in requests:
                    requests[key]["status"] = params["response"]["status"]

            devtools.listener = observe
            url = urllib.parse.urljoin(args.base_url, "/search/?q=" + urllib.parse.quote(args.query))
            tabs = {}
            for name in ("more", "again"):
                target = devtools.call("Target.createTarget", {"url": "about:blank"})["targetId"]
                session = devtools.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
                devtools.call("Page.enable", session=session)
                devtools.call("Network.enable", session=session)
                devtools.call("Page.navigate", {"url": url}, session=session)
                if not devtools.wait_until(lambda: session in loaded, browser_check.NAVIGATION_TIMEOUT):
                    raise browser_check.CheckError("%s did not load" % url)
                tabs[name] = session

            def shown(tab, expand, before=""):
                reply = devtools.call("Runtime.evaluate", {"expression": "%s\n%s(%s)" % (before, SHOWN, json.dumps(expand)),
                                                           "awaitPromise": True, "returnByValue": True},
                                      session=tabs[tab], timeout=STEP_TIMEOUT)
                if "exceptionDetails" in reply:
                    details = reply["exceptionDetails"]
                    raise browser_check.CheckError("%s: the page threw: %s" % (tab, (
                        details.get("exception", {}).get("description") or details.get("text", ""))))
                return json.loads(reply["result"]["value"])

            def search(text):
                return ("document.getElementById('search-query').value = %s;"
                        "document.getElementById('search-form').requestSubmit();" % json.dumps(text))

            before = shown("more", False)
            shown("again", False)
            rebuild = subprocess.run(args.rebuild, capture_output=True, text=True, timeout=300)
            if rebuild.returncode != 0:
                raise browser_check.CheckError("the rebuild failed (%d): %s" % (rebuild.returncode, rebuild.stderr[-2000:]))
            recording[0] = True
            report = {
                "before": before,
                "more": shown("more", True, "document.querySelector('.search-more').click();"),
                "again": shown("again", False, search(args.query)),
                "then": shown("again", True, search(args.then)),
            }
            # Responses still on their way belong to the report too.
            devtools.wait_until(lambda: all(requests[key]["status"] is not None for key in order), 5.0)
            report["requests"] = {name: [requests[key] for key in order if key[0] == session]
                                  for name, session in tabs.items()}
        finally:
            devtools.close()
    finally:
        browser.close()
    return report


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--query", required=True, help="searched before the rebuild")
    parser.add_argument("--then", required=True, help="searched after it")
    parser.add_argument("rebuild", nargs="+", help="the command that builds the new site")
    args = parser.parse_args()
    return browser_check.report_run(run, args, broken=(subprocess.TimeoutExpired,))


if __name__ == "__main__":
    sys.exit(main())
