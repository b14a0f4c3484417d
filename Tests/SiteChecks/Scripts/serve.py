#!/usr/bin/env python3
"""Serves one folder over HTTP on 127.0.0.1 and an ephemeral port.

Prints the port alone on the first line of standard output as soon as the socket listens, so
that the caller never has to guess a free port (and never races another process for it).

    serve.py DIRECTORY [--max-seconds N]

It stops by itself after --max-seconds (default 900), so that a test runner that dies without
cleaning up never leaves a server behind for long.
"""

import argparse
import functools
import http.server
import signal
import sys
import threading


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    """The standard library's static file handler, logging only failed requests."""

    def log_message(self, format, *args):
        pass

    def log_error(self, format, *args):
        sys.stderr.write("serve.py: " + (format % args) + "\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory")
    parser.add_argument("--max-seconds", type=float, default=900)
    args = parser.parse_args()

    handler = functools.partial(QuietHandler, directory=args.directory)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True

    def stop(*_):
        # shutdown() blocks until serve_forever returns, so it must run on another thread.
        threading.Thread(target=server.shutdown, daemon=True).start()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    timer = threading.Timer(args.max_seconds, stop)
    timer.daemon = True
    timer.start()

    print(server.server_address[1], flush=True)
    try:
        server.serve_forever(poll_interval=0.2)
    finally:
        server.server_close()


if __name__ == "__main__":
    main()
