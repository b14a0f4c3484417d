#!/usr/bin/env python3
"""How long `sitegen serve` takes from saving a page to telling open pages to reload.

    serve_latency.py SITEGEN CORPUS [EDITS]

Starts `sitegen serve --timings` on the corpus, listens to its reload events as a browser
does, then saves one page EDITS times (a word of its text changed each time), each once the
server has been quiet for a second, and measures from the write to two events: the first
reload event naming the page's own file (what the browser showing the page waits for), and
the last event of the burst (the rebuild of lists, feeds and index done). The page is put back
as it was at the end. Prints each latency, their medians and maxima, and the stage table of
the last rebuild.
"""
import http.client
import json
import os
import queue
import re
import statistics
import subprocess
import sys
import threading
import time


def main(sitegen, corpus, edits=10):
    pages = sorted(os.listdir(os.path.join(corpus, "Content", "posts")))
    page = os.path.join(corpus, "Content", "posts", pages[len(pages) // 2])
    original = open(page, "rb").read()
    server = subprocess.Popen([sitegen, "serve", "--root", corpus, "--port", "0", "--timings"],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, bufsize=1)
    lines = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in server.stdout], daemon=True).start()
    try:
        port = None
        deadline = time.monotonic() + 600
        while port is None and time.monotonic() < deadline:
            line = lines.get(timeout=600)
            match = re.search(r"Serving http://127\.0\.0\.1:(\d+)/", line)
            port = int(match.group(1)) if match else None
        if port is None:
            sys.exit("serve_latency: the server did not start")

        reloads = queue.Queue()
        def listen():
            connection = http.client.HTTPConnection("127.0.0.1", port)
            connection.request("GET", "/__sitegen/events")
            response = connection.getresponse()
            for raw in response:
                if raw.startswith(b"data: "):
                    reloads.put((time.monotonic(), json.loads(raw[6:]).get("files")))
        threading.Thread(target=listen, daemon=True).start()
        time.sleep(1)

        own = f"posts/{os.path.splitext(os.path.basename(page))[0]}/index.html"
        latencies, finished, log = [], [], []
        for edit in range(edits):
            while not lines.empty():
                lines.get()
            while not reloads.empty():
                reloads.get()
            text = original.replace(b"\n\n", f"\n\nEdited {edit} times.\n\n".encode(), 1)
            started = time.monotonic()
            with open(page, "wb") as f:
                f.write(text)
            # The rebuild is over when the server prints its summary; its event follows at once.
            log = []
            while not any(line.startswith("Built ") for line in log):
                log.append(lines.get(timeout=600))
            burst = [reloads.get(timeout=120)]
            while True:
                try:
                    burst.append(reloads.get(timeout=0.5))
                except queue.Empty:
                    break
            latencies.append(next(t for t, files in burst if files is None or own in files) - started)
            finished.append(burst[-1][0] - started)
            # The stage table follows the summary; then a quiet second before the next save.
            time.sleep(1)
            while not lines.empty():
                log.append(lines.get())
        table = [line.rstrip() for line in log]
        print(f"serve, one page saved, to the reload of that page ({edits} edits of {os.path.relpath(page, corpus)}):")
        print("  each: " + " ".join(f"{l * 1000:.0f}" for l in latencies) + " ms")
        print(f"  median {statistics.median(latencies) * 1000:.0f} ms, max {max(latencies) * 1000:.0f} ms")
        print("to the last reload event (lists, feeds and index rebuilt):")
        print("  each: " + " ".join(f"{l * 1000:.0f}" for l in finished) + " ms")
        print(f"  median {statistics.median(finished) * 1000:.0f} ms, max {max(finished) * 1000:.0f} ms")
        print("  last rebuild:")
        for line in table:
            print("    " + line)
    finally:
        with open(page, "wb") as f:
            f.write(original)
        time.sleep(1)
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], *(int(a) for a in sys.argv[3:]))
