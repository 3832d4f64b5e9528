#!/usr/bin/env python3
"""Compares the dates `briefing parse --json` reads with feedparser's, shape by shape, looking
for a day and month read the other way round. Every shape is written for three days (5 March:
either order is a valid date; 15 March: only one is; 1 December) in RSS `pubDate`, `dc:date`
and Atom `updated`, and each result is classed: same instant, swapped (the other order of day
and month), only one side read it, or otherwise different.

    Benchmarks/parse-dates-vs-feedparser.py [--binary .build/release/briefing] [--verbose]

Needs `pip install feedparser` (6.0.14 compared here); run from the repository root.
"""
import argparse
import calendar
import datetime
import json
import os
import subprocess
import sys
import tempfile
import time
from xml.sax.saxutils import escape

import feedparser
import feedparser.datetimes

DAYS = [(2025, 3, 5), (2025, 3, 15), (2025, 12, 1)]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
WEEKDAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
GREEK_MONTHS = ["Ιαν", "Φεβ", "Μάρ", "Απρ", "Μάι", "Ιούν", "Ιούλ", "Αύγ", "Σεπ", "Οκτ", "Νοέ", "Δεκ"]
GREEK_WEEKDAYS = ["Δευ", "Τρι", "Τετ", "Πεμ", "Παρ", "Σαβ", "Κυρ"]
HUNGARIAN_MONTHS = ["január", "február", "március", "április", "május", "június", "július",
                    "augusztus", "szeptember", "október", "november", "december"]


def shapes(year, month, day):
    """(name, text) for every shape of 10:20:30 UTC on the given day."""
    y, m, d = f"{year:04d}", f"{month:02d}", f"{day:02d}"
    yy, mon, month_name = y[2:], MONTHS_EN[month - 1][:3], MONTHS_EN[month - 1]
    weekday = calendar.weekday(year, month, day)
    wd, weekday_name = WEEKDAYS_EN[weekday][:3], WEEKDAYS_EN[weekday]
    iso_year, iso_week, iso_weekday = datetime.date(year, month, day).isocalendar()
    ordinal = datetime.date(year, month, day).timetuple().tm_yday
    t = "10:20:30"
    numeric = {
        "YYYY-MM-DD": f"{y}-{m}-{d}", "YYYY/MM/DD": f"{y}/{m}/{d}", "YYYY.MM.DD": f"{y}.{m}.{d}",
        "YYYYMMDD": f"{y}{m}{d}", "YYYY-M-D": f"{year}-{month}-{day}", "YYYY/M/D": f"{year}/{month}/{day}",
        "DD/MM/YYYY": f"{d}/{m}/{y}", "MM/DD/YYYY": f"{m}/{d}/{y}", "D/M/YYYY": f"{day}/{month}/{y}",
        "M/D/YYYY": f"{month}/{day}/{y}", "DD.MM.YYYY": f"{d}.{m}.{y}", "DD-MM-YYYY": f"{d}-{m}-{y}",
        "MM-DD-YYYY": f"{m}-{d}-{y}", "DD/MM/YY": f"{d}/{m}/{yy}", "MM/DD/YY": f"{m}/{d}/{yy}",
        "YY-MM-DD": f"{yy}-{m}-{d}", "YYMMDD": f"{yy}{m}{d}", "YYYY-DD-MM": f"{y}-{d}-{m}",
    }
    result = []
    for name, date in numeric.items():
        result.append((name, date))
        result.append((name + " hh:mm:ss", f"{date} {t}"))
        result.append((name + "Thh:mm:ssZ", f"{date}T{t}Z"))
        result.append((name + " hh:mm:ss GMT", f"{date} {t} GMT"))
        result.append((name + " hh:mm:ss +0000", f"{date} {t} +0000"))
        result.append((name + " hh:mm", f"{date} 10:20"))
        result.append(("Ddd, " + name + " hh:mm:ss GMT", f"{wd}, {date} {t} GMT"))
        result.append(("Ddd, " + name + " - hh:mm (Drupal)", f"{wd}, {date} - 10:20"))
    result += [
        ("MSSQL", f"{y}-{m}-{d} {t}.000"), ("MSSQL 7 digits", f"{y}-{m}-{d} {t}.0000000"),
        ("ISO week", f"{iso_year}-W{iso_week:02d}-{iso_weekday}"),
        ("ISO week basic", f"{iso_year}W{iso_week:02d}{iso_weekday}"),
        ("ISO week time", f"{iso_year}-W{iso_week:02d}-{iso_weekday}T{t}Z"),
        ("ISO ordinal", f"{y}-{ordinal:03d}"), ("ISO ordinal basic", f"{y}{ordinal:03d}"),
        ("ISO ordinal time", f"{y}-{ordinal:03d}T{t}Z"),
        ("ISO basic time", f"{y}{m}{d}T102030Z"), ("ISO basic no Z", f"{y}{m}{d}T102030"),
        ("RFC 822", f"{wd}, {d} {mon} {y} {t} GMT"), ("RFC 822 1-digit day", f"{wd}, {day} {mon} {y} {t} GMT"),
        ("RFC 822 no weekday", f"{d} {mon} {y} {t} +0000"), ("RFC 822 2-digit year", f"{wd}, {d} {mon} {yy} {t} GMT"),
        ("RFC 822 month first", f"{wd}, {mon} {d} {y} {t} GMT"), ("RFC 822 full names", f"{weekday_name}, {day} {month_name} {y} {t} GMT"),
        ("asctime", f"{wd} {mon} {day:2d} {t} {y}"), ("JS Date", f"{wd} {mon} {d} {y} {t} GMT+0000 (Coordinated Universal Time)"),
        ("US long", f"{month_name} {day}, {y} {t}"), ("US long AM", f"{month_name} {day}, {y} 10:20 AM"),
        ("US weekday long", f"{weekday_name}, {month_name} {day}, {y}"), ("ordinal suffix", f"{month_name} {day}th, {y}"),
        ("day-month ordinal", f"{day}th {month_name} {y}"), ("DD-Mon-YYYY", f"{d}-{mon}-{y} {t}"),
        ("DD-Mon-YY", f"{d}-{mon}-{yy}"), ("YYYY-Mon-DD", f"{y}-{mon}-{d}"), ("Mon-DD-YYYY", f"{mon}-{d}-{y}"),
        ("YYYY Mon DD", f"{y} {mon} {d} {t}"), ("Mon DD YYYY", f"{mon} {d} {y}"),
        ("perforce", f"{wd}, {y}/{m}/{d} {t} GMT"),
        ("Chinese", f"{year}年{month}月{day}日"), ("Chinese padded time", f"{y}年{m}月{d}日 {t}"),
        ("Korean OnBlog", f"{y}년 {m}월 {d}일 {t}"), ("Korean Nate", f"{y}-{m}-{d} 오전 {t}"),
        ("Greek", f"{GREEK_WEEKDAYS[weekday]}, {d} {GREEK_MONTHS[month - 1]} {y} {t} EET"),
        ("Hungarian", f"{y}-{HUNGARIAN_MONTHS[month - 1]}-{d}T10:20+01:00"),
        ("Hungarian one-digit day", f"{y}-{HUNGARIAN_MONTHS[month - 1]}-{day}T10:20+01:00"),
        ("RFC 822 numeric month", f"{wd}, {d} {m} {y} {t} GMT"), ("RFC 822 numeric month first", f"{wd}, {m} {d} {y} {t} GMT"),
        ("Apache log", f"{d}/{mon}/{y}:{t} +0000"), ("weekday after ISO", f"{y}-{m}-{d} {wd} {t}"),
        ("ISO with weekday", f"{wd}, {y}-{m}-{d}T{t}Z"), ("ISO fraction offset", f"{y}-{m}-{d}T{t}.123456+00:00"),
        ("ISO offset no colon", f"{y}-{m}-{d}T{t}+0000"), ("ISO lowercase t z", f"{y}-{m}-{d}t{t}z"),
        ("ISO space Z", f"{y}-{m}-{d} {t}Z"), ("ISO comma fraction", f"{y}-{m}-{d}T{t},5Z"),
        ("German", f"{day}. {['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'][month - 1]} {y}"),
        ("French", f"{day} {['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'][month - 1]} {y}"),
        ("Unix time", str(calendar.timegm((year, month, day, 10, 20, 30, 0, 0, 0)))),
        ("RFC 850", f"{weekday_name}, {d}-{mon}-{yy} {t} GMT"),
        ("RFC 822 dotted", f"{wd}, {d}.{m}.{y} {t} GMT"), ("US slash with AM", f"{month}/{day}/{y} 10:20:30 AM"),
        ("day-first slash with month word", f"{d}/{mon}/{y}"), ("ISO date slash time Z", f"{y}/{m}/{d} {t} Z"),
    ]
    return result


def feed(dates, element):
    """An RSS 2.0 document with one item per date, its text in `element`."""
    items = "".join(f"<item><guid isPermaLink='false'>{index}</guid><title>{index}</title>"
                    f"<{element}>{escape(text)}</{element}></item>\n" for index, text in enumerate(dates))
    return ("<?xml version='1.0' encoding='utf-8'?>\n<rss version='2.0' "
            "xmlns:dc='http://purl.org/dc/elements/1.1/' xmlns:atom='http://www.w3.org/2005/Atom'>"
            f"<channel><title>dates</title>\n{items}</channel></rss>\n")


def ours(binary, path):
    output = subprocess.run([binary, "parse", "--json", path], check=True, capture_output=True, text=True).stdout
    return json.loads(output)["entries"]


def theirs(text):
    """feedparser's reading of one date text (its `_parse_date`, which every date element goes
    through); "raises" when it throws, as 6.0.14 does on a perforce-like shape with a month > 12,
    which stops its whole parse of the document."""
    try:
        return instant(feedparser.datetimes._parse_date(text))
    except Exception:
        return "raises"


def instant(struct):
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", struct) if struct else None


def swapped(a, b):
    """Whether instants a and b differ by the order of day and month only."""
    return a is not None and b is not None and a[:4] == b[:4] and a[5:7] == b[8:10] and a[8:10] == b[5:7] \
        and a[10:] == b[10:] and a != b


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", default=".build/release/briefing")
    parser.add_argument("--verbose", action="store_true")
    options = parser.parse_args()
    cases = [(name, text, day) for day in DAYS for name, text in shapes(*day)]
    tally = {"same": 0, "swapped": 0, "only ours": 0, "only feedparser": 0, "neither": 0, "different": 0,
             "feedparser raises": 0}
    work = tempfile.mkdtemp()
    for element, ours_key in [("pubDate", "published"), ("dc:date", "updated"), ("atom:updated", "updated")]:
        path = os.path.join(work, "dates.xml")
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(feed([text for _, text, _ in cases], element))
        mine = ours(options.binary, path)
        for index, (name, text, day) in enumerate(cases):
            a, b = mine[index].get(ours_key), theirs(text)
            verdict = ("feedparser raises" if b == "raises" else "neither" if a is None and b is None
                       else "same" if a == b else "swapped" if swapped(a, b)
                       else "only feedparser" if a is None else "only ours" if b is None else "different")
            tally[verdict] += 1
            if verdict == "swapped" or (options.verbose and verdict != "same"):
                print(f"{verdict}: {element} {name}: {text!r}: briefing {a}, feedparser {b}")
    print(f"{len(cases)} date texts ({len(cases) // len(DAYS)} shapes x {len(DAYS)} days) x 3 elements: "
          + ", ".join(f"{key} {value}" for key, value in tally.items()))
    sys.exit(1 if tally["swapped"] else 0)


if __name__ == "__main__":
    main()
