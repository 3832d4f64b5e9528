#!/usr/bin/env bash
# `briefing serve` over a month of ENTRIES entries (default 5000) from one generated feed: the time
# of each page (median of 7 GETs with curl, on 127.0.0.1, after one warm-up), its size, the ratio
# to the 200 ms goal, and the server's resident memory (VmRSS now, VmHWM peak) from /proc.
#
#   Benchmarks/serve-benchmark.sh [ENTRIES]      (builds the release binary when it is missing)
set -euo pipefail
cd "$(dirname "$0")/.."
entries=${1:-5000}
binary=.build/release/briefing
[ -x "$binary" ] || swift build -c release --product briefing >/dev/null
work=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
python3 - "$entries" "$work/month.atom" <<'PY'
import sys, random
count, path = int(sys.argv[1]), sys.argv[2]
random.seed(42)
words = ("kubernetes release cluster operator mesh gateway security survey report launch tutorial "
         "deep dive meme community foundation acquisition licence benchmark storage network").split()
with open(path, "w", encoding="utf-8") as out:
    out.write('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
              '<title>bench</title><id>urn:bench</id><updated>2025-05-31T00:00:00Z</updated>\n')
    for i in range(count):
        day, hour = 1 + i % 30, i % 24
        title = " ".join(random.choice(words) for _ in range(6)).capitalize() + f" v1.{i % 40}.{i % 7}"
        summary = " ".join(random.choice(words) for _ in range(40))
        out.write(f'<entry><title>{title}</title><id>urn:e{i}</id>'
                  f'<link href="https://example.org/posts/{i}"/>'
                  f'<updated>2025-05-{day:02d}T{hour:02d}:00:00Z</updated><summary>{summary}</summary></entry>\n')
    out.write("</feed>\n")
PY
cat >"$work/feeds.yaml" <<YAML
store: bench.sqlite
drafts: drafts
fetch: {max_bytes: 64MiB}
feeds:
  - {name: bench, url: "file://./month.atom", kind: news}
YAML
(cd "$work" && "$OLDPWD/$binary" run --config feeds.yaml --month 2025-05 --quiet) || true
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
(cd "$work" && exec "$OLDPWD/$binary" serve --config feeds.yaml --port "$port" >"$work/serve.out") &
server=$!
while ! grep -q "open http" "$work/serve.out" 2>/dev/null; do sleep 0.1; done
echo "briefing serve over $entries entries of 2025-05 ($(nproc) cores; median of 7 GETs after a warm-up):"
for page in /month/2025-05 "/month/2025-05/candidates" "/month/2025-05/candidates?page=40" \
    "/month/2025-05/candidates?q=survey&kind=candidate" /month/2025-05/draft "/feeds?month=2025-05"; do
    url="http://127.0.0.1:$port$page"
    curl -s -o /dev/null "$url"
    times=$(for _ in 1 2 3 4 5 6 7; do curl -s -o /dev/null -w '%{time_total}\n' "$url"; done | sort -n)
    median=$(echo "$times" | sed -n 4p)
    bytes=$(curl -s "$url" | wc -c)
    python3 -c "m=$median*1000; print(f'  {\"$page\":<48} {m:7.1f} ms  ({m/200:.2f} of 200 ms)  {$bytes/1024:7.0f} KiB')"
done
# One action (drop the best candidate: a label, then the month re-classified and saved), and the
# first view after it, which plans the month anew (the cached plan no longer matches).
base="http://127.0.0.1:$port/month/2025-05"
page=$(curl -s "$base/candidates")
csrf=$(echo "$page" | grep -o 'name="csrf" value="[0-9a-f]*"' | head -n 1 | sed 's/.*value="//; s/"//')
entry=$(echo "$page" | grep -o 'name="entries" value="[0-9]*"' | head -n 1 | sed 's/.*value="//; s/"//')
post=$(curl -s -o /dev/null -w '%{time_total}' --data "csrf=$csrf&action=drop&entries=$entry&back=/" "$base/act")
cold=$(curl -s -o /dev/null -w '%{time_total}' "$base/candidates")
warm=$(curl -s -o /dev/null -w '%{time_total}' "$base/candidates")
python3 -c "print(f'  one action (POST drop):  {$post*1000:7.1f} ms; the next candidates page (plans anew) {$cold*1000:7.1f} ms, then {$warm*1000:.1f} ms')"
grep -E 'VmRSS|VmHWM' "/proc/$server/status" | sed 's/^/  server /'
