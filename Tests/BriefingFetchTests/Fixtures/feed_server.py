#!/usr/bin/env python3
"""Local HTTP server for the fetcher's tests and benchmark: every misbehaviour the fetcher must survive.

Binds 127.0.0.1 on an ephemeral port, prints the port on the first stdout line, and exits when its
parent process dies or after --lifetime seconds, whichever comes first.
"""
import argparse
import gzip
import os
import signal
import socket
import struct
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ETAG = 'W/"7f-a b;c=d"'
LAST_MODIFIED = "Wed, 21 Oct 2015 07:28:00 GMT"
RETRY_DATE = "Fri, 31 Dec 2099 23:59:59 GMT"
FIXTURES = os.path.dirname(os.path.abspath(__file__))

concurrency_lock = threading.Lock()
in_flight = {}
peak = {}
bombs = {}
# Every request's path in arrival order (except /log itself), for the retry tests.
request_log = []


def rss(title="t", extra=""):
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>%s</title>'
        "<link>http://example.com/</link><description>d</description>%s"
        "<item><title>one</title><link>http://example.com/1</link></item></channel></rss>\n" % (title, extra)
    ).encode()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def send(self, status, body=b"", headers=()):
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        if not self.path.startswith("/log"):
            with concurrency_lock:
                request_log.append(self.path)
        parts = [p for p in self.path.split("?")[0].split("/") if p]
        route = getattr(self, "route_" + (parts[0].replace("-", "_") if parts else "root"), None)
        if route is None:
            self.send(404, b"not found")
        else:
            route(parts[1:])

    def route_feed(self, _):
        self.send(200, rss(), [("Content-Type", "application/rss+xml")])

    def route_etag(self, _):
        if self.headers.get("If-None-Match") == ETAG:
            self.send(304, headers=[("ETag", ETAG)])
        else:
            self.send(200, rss(), [("Content-Type", "application/rss+xml"), ("ETag", ETAG)])

    def route_lastmod(self, _):
        if self.headers.get("If-Modified-Since") == LAST_MODIFIED:
            self.send(304)
        else:
            self.send(200, rss(), [("Content-Type", "application/rss+xml"), ("Last-Modified", LAST_MODIFIED)])

    def route_echo(self, _):
        lines = "".join("%s: %s\n" % (k, v) for k, v in self.headers.items())
        self.send(200, rss(extra="<!--\n%s-->" % lines), [("Content-Type", "application/rss+xml")])

    def route_chain(self, codes):
        if not codes:
            return self.route_etag([])
        self.send(int(codes[0]), headers=[("Location", "/chain/" + "/".join(codes[1:]))])

    def route_loop(self, args):
        self.send(301, headers=[("Location", "/loop/%d" % (int(args[0]) + 1))])

    def route_to_scheme(self, args):
        target = {"file": "file:///etc/hostname", "ftp": "ftp://127.0.0.1/feed.xml"}[args[0]]
        self.send(301, headers=[("Location", target)])

    def route_status(self, args):
        self.send(int(args[0]), b"<html><body>error</body></html>", [("Content-Type", "text/html")])

    def route_retry_seconds(self, _):
        self.send(429, b"slow down", [("Retry-After", "120")])

    def route_retry_date(self, _):
        self.send(503, b"maintenance", [("Retry-After", RETRY_DATE)])

    def route_reset(self, _):
        self.send_response(200)
        self.send_header("Content-Type", "application/rss+xml")
        self.send_header("Content-Length", "100000")
        self.end_headers()
        self.wfile.write(rss()[:50])
        self.wfile.flush()
        time.sleep(0.1)
        # SO_LINGER with a zero timeout turns close() into a TCP reset.
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.connection.close()
        self.close_connection = True

    def route_drip(self, _):
        self.send_response(200)
        self.send_header("Content-Length", "1000000")
        self.end_headers()
        deadline = time.time() + 60
        try:
            while time.time() < deadline:
                self.wfile.write(b"<")
                self.wfile.flush()
                time.sleep(0.2)
        except OSError:
            pass
        self.close_connection = True

    def route_hang(self, _):
        time.sleep(60)
        self.close_connection = True

    def route_bomb(self, args):
        megabytes = int(args[0])
        with concurrency_lock:
            if megabytes not in bombs:
                bombs[megabytes] = gzip.compress(b"\0" * (megabytes << 20), compresslevel=9)
            body = bombs[megabytes]
        self.send(200, body, [("Content-Type", "application/rss+xml"), ("Content-Encoding", "gzip")])

    def route_gzip(self, _):
        headers = [("Content-Type", "application/rss+xml"), ("Content-Encoding", "gzip")]
        self.send(200, gzip.compress(rss("compressed")), headers)

    def route_big(self, args):
        self.stream(int(args[0]) << 20, with_length=False)

    def route_big_length(self, args):
        self.stream(int(args[0]) << 20, with_length=True)

    def stream(self, size, with_length):
        self.send_response(200)
        self.send_header("Content-Type", "application/rss+xml")
        if with_length:
            self.send_header("Content-Length", str(size))
        else:
            self.send_header("Connection", "close")
        self.end_headers()
        chunk = b"a" * 65536
        try:
            for _ in range(size // len(chunk)):
                self.wfile.write(chunk)
        except OSError:
            pass
        self.close_connection = True

    def route_html(self, args):
        link = '<link rel="alternate" type="application/rss+xml" title="Feed" href="/feeds/main.xml?a=1&amp;b=2">'
        page = "<!DOCTYPE html>\n<html><head><title>Blog</title>%s</head><body>hi</body></html>" % (
            "" if args == ["nolink"] else link
        )
        content_type = "application/rss+xml" if args == ["mislabelled"] else "text/html; charset=utf-8"
        self.send(200, page.encode(), [("Content-Type", content_type)])

    def route_empty(self, _):
        self.send(200, b"", [("Content-Type", "application/rss+xml")])

    def route_fixture(self, args):
        with open(os.path.join(FIXTURES, args[0]), "rb") as handle:
            body = handle.read()
        content_type = {"gb2312.xml": "application/rss+xml", "utf8-labelled-latin1.xml": "text/xml; charset=ISO-8859-1"}
        self.send(200, body, [("Content-Type", content_type.get(args[0], "application/xml"))])

    def route_slow(self, args):
        key, milliseconds = args[0], int(args[1])
        with concurrency_lock:
            in_flight[key] = in_flight.get(key, 0) + 1
            peak[key] = max(peak.get(key, 0), in_flight[key])
        time.sleep(milliseconds / 1000)
        with concurrency_lock:
            in_flight[key] -= 1
        self.send(200, rss(key), [("Content-Type", "application/rss+xml")])

    def route_log(self, _):
        with concurrency_lock:
            body = "".join(path + "\n" for path in request_log).encode()
        self.send(200, body, [("Content-Type", "text/plain")])

    def route_flaky(self, args):
        """/flaky/KEY/HOW: the first request for KEY fails (HOW: a status code, `hang` for 3 s, or
        `reset` before any response); every later one gets the feed."""
        key, how = args[0], args[1]
        with concurrency_lock:
            first = not any(path.startswith("/flaky/%s/" % key) for path in request_log[:-1])
        if not first:
            return self.route_feed([])
        if how == "hang":
            time.sleep(3)
            self.close_connection = True
        elif how == "reset":
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()
            self.close_connection = True
        else:
            self.send(int(how), b"<html><body>busy</body></html>", [("Content-Type", "text/html")])

    def route_peak(self, args):
        with concurrency_lock:
            value = peak.get(args[0], 0)
        self.send(200, str(value).encode(), [("Content-Type", "text/plain")])

    def route_latency(self, args):
        milliseconds, number = int(args[0]), args[1]
        etag = '"feed-%s"' % number
        matches = self.headers.get("If-None-Match") == etag
        # ?fast304: a 304 comes back at once (to measure the fetcher's own cost of a no-change run).
        if not (matches and "fast304" in self.path):
            time.sleep(milliseconds / 1000)
        if matches:
            return self.send(304, headers=[("ETag", etag)])
        self.send(200, rss("feed " + number), [("Content-Type", "application/rss+xml"), ("ETag", etag)])


class Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256

    def handle_error(self, request, client_address):
        # Clients that hang up mid-response are what the tests are about; no tracebacks for them.
        pass


def watch(parent, lifetime):
    end = time.time() + lifetime
    while time.time() < end and os.getppid() == parent:
        time.sleep(0.5)
    os._exit(0)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--lifetime", type=float, default=300)
    options = parser.parse_args()
    # The test process may start us with SIGTERM blocked; make it end us as it should.
    signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGTERM, signal.SIGINT])
    server = Server(("127.0.0.1", 0), Handler)
    threading.Thread(target=watch, args=(os.getppid(), options.lifetime), daemon=True).start()
    sys.stdout.write("%d\n" % server.server_address[1])
    sys.stdout.flush()
    server.serve_forever()


if __name__ == "__main__":
    main()
