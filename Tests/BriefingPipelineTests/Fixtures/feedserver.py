#!/usr/bin/env python3
"""Description: a feed server on 127.0.0.1 for the end-to-end tests of `briefing run` and for
Benchmarks/run-benchmark.sh.

Serves the files of ROOT with ETag / Last-Modified validators (304 when they match).
`/slow/NAME` waits SLOW seconds before answering (for the lock and kill -9 tests); `/moved/NAME`
answers 301 and `/found/NAME` 302 with Location /NAME (for check-feeds); `/flaky/NAME` answers
503 to its first request and serves NAME after that, `/unavailable/NAME` always answers 503 (for
the transient retry); --latency adds
a delay to every answer, except while the file named by --no-latency-flag exists.
Prints the port on the first line of stdout, then serves until killed or until
--lifetime seconds have passed (so a forgotten server always stops by itself).
"""
import argparse
import hashlib
import http.server
import os
import threading
import time


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("root")
    parser.add_argument("--slow", type=float, default=5.0)
    parser.add_argument("--lifetime", type=float, default=120.0)
    parser.add_argument("--latency", type=float, default=0.0)
    parser.add_argument("--no-latency-flag")
    args = parser.parse_args()
    seen = set()
    seen_lock = threading.Lock()

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *_):
            pass

        def do_GET(self):
            if args.latency and not (args.no_latency_flag and os.path.exists(args.no_latency_flag)):
                time.sleep(args.latency)
            path = self.path
            for prefix, status in (("/moved/", 301), ("/found/", 302)):
                if path.startswith(prefix):
                    self.send_response(status)
                    self.send_header("Location", path[len(prefix) - 1:])
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
            if path.startswith("/flaky/"):
                with seen_lock:
                    first = path not in seen
                    seen.add(path)
                path = path[len("/flaky"):]
                if first:
                    return self.unavailable()
            if path.startswith("/unavailable/"):
                return self.unavailable()
            if path.startswith("/slow/"):
                time.sleep(args.slow)
                path = path[len("/slow"):]
            file = os.path.join(args.root, path.lstrip("/"))
            if not os.path.isfile(file):
                self.send_response(404)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            with open(file, "rb") as handle:
                body = handle.read()
            etag = '"%s"' % hashlib.sha1(body).hexdigest()[:16]
            if self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", "application/xml")
            self.send_header("ETag", etag)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    def unavailable(self):
        self.send_response(503)
        self.send_header("Content-Length", "0")
        self.end_headers()

    Handler.unavailable = unavailable
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    print(server.server_address[1], flush=True)
    threading.Timer(args.lifetime, server.shutdown).start()
    server.serve_forever()


if __name__ == "__main__":
    main()
