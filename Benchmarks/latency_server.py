#!/usr/bin/env python3
"""Serves the files of ROOT on 127.0.0.1 with a fixed added latency per response and ETag validators.

Used by run-benchmark.sh; prints the port on its first line; stops by itself after --lifetime seconds.
"""
import argparse
import hashlib
import http.server
import os
import threading
import time

parser = argparse.ArgumentParser()
parser.add_argument("root")
parser.add_argument("--latency", type=float, default=0.05)
parser.add_argument("--lifetime", type=float, default=600)
parser.add_argument("--no-latency-flag", help="while this file exists, answer without the added latency")
args = parser.parse_args()
etags = {}


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *_):
        pass

    def do_GET(self):
        if not (args.no_latency_flag and os.path.exists(args.no_latency_flag)):
            time.sleep(args.latency)
        file = os.path.join(args.root, self.path.lstrip("/"))
        if not os.path.isfile(file):
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        with open(file, "rb") as handle:
            body = handle.read()
        etag = etags.setdefault(file, '"%s"' % hashlib.sha1(body).hexdigest()[:16])
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


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
server.daemon_threads = True
print(server.server_address[1], flush=True)
threading.Timer(args.lifetime, server.shutdown).start()
server.serve_forever()
