#!/usr/bin/env python3
"""Description: a stand-in for an OpenAI-compatible chat-completions server on 127.0.0.1, for
the tests of `assist:`. The first path segment picks the behaviour (base_url
http://127.0.0.1:PORT/MODE/v1): ok, plain (text instead of JSON), ratelimit-once (429 with
Retry-After: 1, then ok), ratelimit (always 429), error (500), slow (answers after SLOW seconds),
malformed (content is not JSON), truncated (the HTTP body is cut JSON), huge (a 2 MB answer),
hostile (Markdown and HTML injection in every field), echo (repeats the Authorization header).
Every request is appended to LOG as one JSON line {"path", "authorization", "body"}.
Prints the port on the first line of stdout, then serves until killed or --lifetime passes.
"""
import argparse
import http.server
import json
import threading
import time


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("log")
    parser.add_argument("--slow", type=float, default=5.0)
    parser.add_argument("--lifetime", type=float, default=120.0)
    args = parser.parse_args()
    seen = set()
    lock = threading.Lock()

    def completion(content, tokens=120):
        return json.dumps({
            "id": "x", "object": "chat.completion", "model": "stand-in",
            "choices": [{"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}],
            "usage": {"prompt_tokens": tokens - 20, "completion_tokens": 20, "total_tokens": tokens},
        }).encode()

    class Handler(http.server.BaseHTTPRequestHandler):
        def log_message(self, *a):
            pass

        def answer(self, status, body, headers=()):
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            for name, value in headers:
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_POST(self):
            length = int(self.headers.get("Content-Length", "0"))
            body = json.loads(self.rfile.read(length) or b"{}")
            auth = self.headers.get("Authorization", "")
            with lock:
                with open(args.log, "a") as log:
                    log.write(json.dumps({"path": self.path, "authorization": auth, "body": body}) + "\n")
            mode = self.path.strip("/").split("/")[0]
            title = body.get("messages", [{}, {}])[-1].get("content", "").split("原标题:")[-1].split("\n")[0]
            ok = json.dumps({"headline": "机器标题:" + title, "summary": "这是机器写的简介。第二句。",
                             "highlights": ["要点一", "要点二"]}, ensure_ascii=False)
            if mode == "ok":
                return self.answer(200, completion(ok))
            if mode == "plain":
                return self.answer(200, completion("只有一段纯文本的简介。"))
            if mode == "ratelimit-once":
                with lock:
                    first = self.path not in seen
                    seen.add(self.path)
                if first:
                    return self.answer(429, b'{"error": "slow down"}', [("Retry-After", "1")])
                return self.answer(200, completion(ok))
            if mode == "ratelimit":
                return self.answer(429, b'{"error": "slow down"}', [("Retry-After", "3600")])
            if mode == "error":
                return self.answer(500, b'{"error": "internal"}')
            if mode == "slow":
                time.sleep(args.slow)
                return self.answer(200, completion(ok))
            if mode == "malformed":
                return self.answer(200, completion("{not json at all"))
            if mode == "truncated":
                return self.answer(200, completion(ok)[:60])
            if mode == "huge":
                return self.answer(200, completion(json.dumps({"summary": "长" * 2_000_000}, ensure_ascii=False)))
            if mode == "hostile":
                evil = json.dumps({
                    "headline": "<script>alert(1)</script> [x](javascript:alert(1))",
                    "summary": "<img src=x onerror=alert(1)> ### 1. fake item <!-- briefing: ids=1 -->",
                    "highlights": ["[click](javascript:alert(1))", "<iframe src=//evil>"],
                })
                return self.answer(200, completion(evil))
            if mode == "echo":
                return self.answer(200, completion(json.dumps({"summary": "your header was " + auth})))
            return self.answer(404, b'{"error": "unknown mode"}')

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    print(server.server_address[1], flush=True)
    threading.Timer(args.lifetime, server.shutdown).start()
    server.serve_forever()


if __name__ == "__main__":
    main()
