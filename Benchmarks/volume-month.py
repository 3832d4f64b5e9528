#!/usr/bin/env python3
"""A month at real volume for `briefing run`, and the figures of the draft it gives.

  volume-month.py generate --out DIR [--seed N] [--signal 60] [--port PORT]
      Writes DIR/feeds/*.xml (RSS 2.0, one file per feed), DIR/feeds.yaml (every feed on
      http://127.0.0.1:PORT/), DIR/manifest.json (what each link is) and DIR/holdout.jsonl (the
      signal items, which the shipped model must not have trained on).
  volume-month.py score DIR DRAFT.json ENTRIES.json
      Prints the figures of a draft (`briefing compose --format json`) against the manifest.

The month is June 2025. Its entries are real material from ../shared/volume (README there): the
real release tags of 34 projects (every patch and pre-release), real off-topic headlines of The
Register, The New Stack, DevOps.com, InfoQ, CNCF logistics, vendor marketing and r/kubernetes help
threads, and the daily bulk of Hacker News, r/devops, V2EX and Solidot. The signal is a random
sample (by --seed) of the labeled items of ../shared/classify/classify-dev.jsonl: a month's picks.
"""
import argparse
import email.utils
import hashlib
import json
import pathlib
import random
import re
import sys
from datetime import datetime, timedelta, timezone
from xml.sax.saxutils import escape

ROOT = pathlib.Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
MONTH_START = datetime(2025, 6, 1, tzinfo=timezone.utc)
DAYS = 30


def slug(text):
    ascii_part = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    digest = hashlib.sha1(text.encode()).hexdigest()[:6]
    return (ascii_part[:30] + "-" + digest) if ascii_part else "feed-" + digest


def month_date(rng):
    """A date inside June, or (one in twelve) in the last days of May: entries a feed still carries."""
    if rng.random() < 1 / 12:
        return MONTH_START - timedelta(days=rng.uniform(0.5, 4))
    return MONTH_START + timedelta(days=rng.uniform(0.3, DAYS - 0.7))


def load_jsonl(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def generate(args):
    rng = random.Random(args.seed)
    out = pathlib.Path(args.out)
    (out / "feeds").mkdir(parents=True, exist_ok=True)
    feeds = {}  # name -> {"kind": ..., "items": [...]}
    manifest = {}

    def add(feed, kind, title, url, summary, date, label):
        feeds.setdefault(feed, {"kind": kind, "items": []})["items"].append((title, url, summary, date))
        manifest[url] = label

    releases = json.loads((SHARED / "volume" / "releases.json").read_text(encoding="utf-8"))["releases"]
    for release in releases:
        date = datetime.fromisoformat(release["date"].replace("Z", "+00:00"))
        url = f"https://github.com/{release['repo']}/releases/tag/{release['tag']}"
        label = {"kind": "release-" + ("major" if release["kind"] == "major" else "patch-or-pre")}
        add(release["feed"], "project", release["title"], url, "", date, label)
    for item in load_jsonl(SHARED / "volume" / "noise.jsonl"):
        kind = "project" if item["feed"] in ("cncf", "hashicorp-blog", "docker-blog") else "news"
        add(item["feed"], kind, item["title"], item["url"], item.get("summary") or "", month_date(rng),
            {"kind": "noise", "category": item["category"]})
    for item in load_jsonl(SHARED / "volume" / "bulk.jsonl"):
        if not item.get("url") or item["url"] in manifest:
            continue
        add(item["feed"], "news", item["title"], item["url"], "", month_date(rng), {"kind": "bulk"})
    dev = load_jsonl(SHARED / "classify" / "classify-dev.jsonl")
    signal = rng.sample(dev, min(args.signal, len(dev)))
    holdout = []
    for item in signal:
        feed = slug(item["source"])
        url = item.get("url") or f"https://{feed}.example.org/posts/{slug(item['title'])}"
        if url in manifest:
            url += "#signal"
        date = MONTH_START + timedelta(days=rng.uniform(0.3, DAYS - 0.7))
        add(feed, item["feed_kind"], item["title"], url, item.get("summary") or "", date,
            {"kind": "signal", "section": item["section"], "confidence": item.get("confidence")})
        holdout.append(json.dumps(item, ensure_ascii=False))
    for name, feed in feeds.items():
        (out / "feeds" / f"{name}.xml").write_text(rss(name, feed["items"]), encoding="utf-8")
    lines = ["store: bench.sqlite", "drafts: drafts", "fetch: {concurrency: 8, per_host: 8, timeout: 30s}"]
    if args.classify:
        lines.append(f"classify: {args.classify}")
    lines.append("feeds:")
    for name, feed in sorted(feeds.items()):
        lines.append(f'  - {{name: "{name}", url: "http://127.0.0.1:{args.port}/{name}.xml", kind: {feed["kind"]}}}')
    (out / "feeds.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (out / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
    (out / "holdout.jsonl").write_text("\n".join(holdout) + "\n", encoding="utf-8")
    total = sum(len(feed["items"]) for feed in feeds.values())
    print(f"{len(feeds)} feeds, {total} entries ({len(signal)} signal), seed {args.seed}")


def rss(name, items):
    parts = [f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>{escape(name)}</title>'
             f"<link>https://{escape(name)}.example.org/</link><description>{escape(name)}</description>"]
    for title, url, summary, date in sorted(items, key=lambda item: item[3], reverse=True):
        parts.append(f"<item><title>{escape(title)}</title><link>{escape(url)}</link>"
                     f'<guid isPermaLink="false">{escape(url)}</guid>'
                     f"<pubDate>{email.utils.format_datetime(date)}</pubDate>"
                     f"<description>{escape(summary)}</description></item>")
    parts.append("</channel></rss>\n")
    return "\n".join(parts)


def score(args):
    manifest = json.loads((pathlib.Path(args.dir) / "manifest.json").read_text(encoding="utf-8"))
    draft = json.loads(pathlib.Path(args.draft).read_text(encoding="utf-8"))
    entries = json.loads(pathlib.Path(args.entries).read_text(encoding="utf-8"))
    url_of = {entry["id"]: entry.get("url") for entry in entries}
    month_urls = {entry.get("url") for entry in entries}
    signal = {url for url, label in manifest.items() if label["kind"] == "signal" and url in month_urls}
    body = [item for part in draft["sections"] for item in part["items"]]
    found, right, wrong_marked, wrong, leaks, marked, signal_items = set(), 0, 0, 0, 0, 0, 0
    releases = 0
    for item in body:
        labels = [(url_of.get(entry_id), manifest.get(url_of.get(entry_id), {})) for entry_id in item["entryIDs"]]
        hits = [(url, label) for url, label in labels if label.get("kind") == "signal"]
        leaks += any(label.get("kind") == "release-patch-or-pre" for _, label in labels)
        marked += item["needsReview"]
        if not hits:
            releases += any(label.get("kind") == "release-major" for _, label in labels)
            continue
        signal_items += 1
        for url, label in hits:
            found.add(url)
        if any(label["section"] == item["section"] for _, label in hits):
            right += 1
        else:
            wrong += 1
            wrong_marked += item["needsReview"]
    more = sum(len(part["moreCandidates"]) for part in draft["sections"])
    print(f"entries in the month: {len(entries)}; body items: {len(body)}; 更多候选 lines: {more}")
    print(f"signal recall in the body: {pct(len(found), len(signal))}")
    print(f"body precision (items carrying a signal entry): {pct(signal_items, len(body))}")
    print(f"  counting x.y.0 releases of the project feeds as signal too: {pct(signal_items + releases, len(body))}")
    print(f"section accuracy of the signal in the body: {pct(right, signal_items)}")
    print(f"patch/pre-release items in the body: {leaks}")
    print(f"⚠️ on body items: {pct(marked, len(body))}; on wrong-section signal items: {pct(wrong_marked, wrong)}")
    if args.verbose:
        for item in body:
            kinds = {manifest.get(url_of.get(i), {}).get("kind", "?") for i in item["entryIDs"]}
            expected = {manifest.get(url_of.get(i), {}).get("section") for i in item["entryIDs"]} - {None}
            mark = " ⚠️" if item["needsReview"] else ""
            shown = f"{'/'.join(sorted(kinds))}{'=' + '/'.join(sorted(expected)) if expected else ''}"
            print(f"  {item['section']:<10} {shown:<24} {item['headline'][:60]}{mark}  [{item['why'][:80]}]")
        appendix = {link["url"] for part in draft["sections"] for link in part["moreCandidates"]}
        for entry in entries:
            if entry.get("url") in signal and entry.get("url") not in found:
                where = "更多候选" if entry.get("url") in appendix else "not listed"
                label = manifest[entry["url"]]["section"]
                print(f"  missed ({where}, {label}): {entry['title'][:60]}  [{(entry.get('why') or '')[:110]}]")


def pct(part, whole):
    return f"{100 * part / whole:.1f}% ({part}/{whole})" if whole else "- (0/0)"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    make = commands.add_parser("generate")
    make.add_argument("--out", required=True)
    make.add_argument("--seed", type=int, default=1)
    make.add_argument("--signal", type=int, default=60)
    make.add_argument("--port", type=int, default=8000)
    make.add_argument("--classify", default="", help="a flow mapping for feeds.yaml's classify: key")
    judge = commands.add_parser("score")
    judge.add_argument("dir")
    judge.add_argument("draft")
    judge.add_argument("entries")
    judge.add_argument("--verbose", action="store_true", help="list the body items with what they are")
    args = parser.parse_args()
    generate(args) if args.command == "generate" else score(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
