#!/usr/bin/env python3
"""Differential test of feed dates against feedparser: random but realistic date texts built
from a grammar of tokens (weekday, date order and separators, one/two-digit fields, two-digit
years, month-name spellings, `T`/space/`at` before the time, 12/24-hour times, fractions, zones
by name, offset or none, leading and trailing text), each placed in a random date element of
RSS 2.0, RSS 1.0, Atom 1.0, Atom 0.3 or JSON Feed documents, some entries with two or three
date elements in random order (which one wins for `published` and for `updated`). Our binary
reads every file in one run (`briefing parse --json f1 f2 ...`); feedparser parses each whole
document. Each entry's `published` and `updated` is classed: same instant, swapped (day and
month the other way round), only one side has it, neither, or different; and, where the
grammar knows the instant the writer meant, whether each side reads it.

    Benchmarks/parse-dates-grammar-vs-feedparser.py [--binary .build/release/briefing]
        [--count 8000] [--seed 13] [--examples 3] [--keep DIR] [--old OLD-BINARY]

Exits 1 when a day and month come out swapped against feedparser, or against the writer's
instant where feedparser reads that instant. Needs `pip install feedparser` (6.0.14 compared
here); run from the repository root.
"""
import argparse
import calendar
import collections
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from xml.sax.saxutils import escape

# feedparser's ISO 8601 reader goes through mktime(), which reads the process's local zone.
os.environ["TZ"] = "UTC"
time.tzset()

import feedparser  # noqa: E402
import feedparser.datetimes  # noqa: E402

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
AP_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.",
             "Dec."]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
GREEK_MONTHS = ["Ιαν", "Φεβ", "Μάρ", "Απρ", "Μάι", "Ιούν", "Ιούλ", "Αύγ", "Σεπ", "Οκτ", "Νοέ", "Δεκ"]
GREEK_WEEKDAYS = ["Δευ", "Τρι", "Τετ", "Πεμ", "Παρ", "Σαβ", "Κυρ"]
HUNGARIAN_MONTHS = ["január", "február", "március", "április", "május", "június", "július",
                    "augusztus", "szeptember", "október", "november", "december"]
FRENCH_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                 "novembre", "décembre"]
SPANISH_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
                  "octubre", "noviembre", "diciembre"]
GERMAN_MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
                 "Oktober", "November", "Dezember"]

# Date orders. Tokens: YYYY YY MM M DD D Mon MON mon Month MONTH Mon. (AP style) Dth (5th).
# The order decides which number the writer meant as the day; `swap` marks a writer who
# put the day where the month belongs (YYYY-DD-MM), which no reader can know: no instant is
# meant for those, they are compared with feedparser only.
DATE_SHAPES = [
    "DD Mon YYYY", "D Mon YYYY", "DD Mon YY", "D Month YYYY", "DD MON YYYY", "DD mon YYYY", "Dth Month YYYY",
    "Mon DD YYYY", "Mon D, YYYY", "Month D, YYYY", "Month Dth, YYYY", "MONTH D, YYYY", "Mon. D, YYYY",
    "DD-Mon-YYYY", "DD-Mon-YY", "D-Mon-YYYY", "YYYY-Mon-DD", "Mon-DD-YYYY", "DD/Mon/YYYY", "YYYY Mon DD",
    "DD Mon, YYYY", "Mon DD, YY", "D. Month YYYY",
    "YYYY-MM-DD", "YYYY-M-D", "YYYY/MM/DD", "YYYY/M/D", "YYYY.MM.DD", "YYYYMMDD", "YY-MM-DD", "YYMMDD",
    "YYYY-MM-D", "YYYY-M-DD",
    "DD/MM/YYYY", "D/M/YYYY", "DD.MM.YYYY", "D.M.YYYY", "DD-MM-YYYY", "DD/MM/YY", "DD.MM.YY",
    "MM/DD/YYYY", "M/D/YYYY", "MM-DD-YYYY", "MM/DD/YY", "M/D/YY", "MM.DD.YYYY",
    "YYYY-DD-MM swap", "YYYY/DD/MM swap",
]

# (text, seconds east of UTC, or None when the name is ambiguous: military letters, IST, ET).
ZONES = [
    ("", 0), ("Z", 0), (" Z", 0), ("z", 0), (" GMT", 0), (" UTC", 0), (" UT", 0), (" gmt", 0),
    (" +0000", 0), ("+00:00", 0), (" +00:00", 0), (" -0000", 0), ("+0000", 0),
    (" -0500", -18000), ("-05:00", -18000), (" +0530", 19800), ("+05:30", 19800), (" +0800", 28800),
    ("+08:00", 28800), (" -0330", -12600), ("-03:30", -12600), (" +1400", 50400), (" +0100", 3600),
    (" EST", -18000), (" EDT", -14400), (" CST", -21600), (" CDT", -18000), (" MST", -25200), (" MDT", -21600),
    (" PST", -28800), (" PDT", -25200), (" AKST", -32400), (" HST", -36000),
    (" CET", 3600), (" CEST", 7200), (" BST", 3600), (" EET", 7200), (" MSK", 10800), (" JST", 32400),
    (" KST", 32400), (" HKT", 28800), (" SGT", 28800), (" AEST", 36000), (" AEDT", 39600), (" NZDT", 46800),
    (" +8", 28800), (" +08", 28800), ("+08", 28800), (" -05", -18000), (" GMT+8", 28800), (" GMT+08:00", 28800),
    (" GMT-0500", -18000), (" GMT+0800", 28800), (" UTC+8", 28800), (" UTC-05:00", -18000),
    (" +0800 (CST)", 28800), (" GMT+0800 (China Standard Time)", 28800), (" -0400 (EDT)", -14400),
    (" Etc/GMT", 0), (" (UTC)", 0), (" Asia/Shanghai", 28800), (" America/New_York", None),
    (" A", None), (" J", None), (" N", None), (" Y", None), (" IST", None), (" ET", None), (" PT", None),
]

TIME_SHAPES = ["hh:mm", "hh:mm:ss", "h:mm", "hh:mm:ss.fff", "hh:mm:ss.ffffff", "hh:mm:ss,f", "h12:mm AM",
               "h12:mm:ss PM-lower", "h12:mm a.m.", "h12:mmAM", "hhmmss", "hhmm", "hh.mm", "hh:mm:ss.000"]

# Repeated entries weigh the shapes feeds write most.
COMMON_ZONES = [("", 0), ("Z", 0), (" GMT", 0), (" +0000", 0), ("+00:00", 0), (" -0500", -18000),
                ("+08:00", 28800), (" +0800", 28800), (" EST", -18000), (" PST", -28800), (" UTC", 0)]
ZONES += COMMON_ZONES * 5
SEPARATORS = [" "] * 8 + ["T"] * 3 + ["t", "  ", ", ", " - ", " at ", " @ ", "\n", " | "]
WEEKDAY_SHAPES = [""] * 5 + ["Wdy, "] * 3 + ["Wdy ", "Weekday, ", "WDY, ", "Wdy,", "wdy, ", "Wdy., "]
LEAD = [""] * 12 + [" ", "\n    ", "\t"]
# (text, whether the instant stays the one meant: a second zone makes it unknown)
TRAIL = [("", True)] * 16 + [(" ", True), ("\n  ", True), (" (Eastern Standard Time)", True),
         (" +0000", False), (" EST5EDT", False), (".", True), (" Uhr", True), (" 更新", True)]


class Moment:
    """The instant a writer means: local fields and an offset (None: unknown)."""

    def __init__(self, rng):
        self.year = rng.choice([1999, 2005, 2012, 2024, 2025, 2025, 2026])
        self.month = rng.randint(1, 12)
        last = calendar.monthrange(self.year, self.month)[1]
        # Most days at most 12, where both orders are a valid date.
        self.day = rng.randint(1, 12) if rng.random() < 0.6 else rng.randint(13, last)
        self.hour = rng.choice([0, 1, 9, 10, 11, 12, 13, 17, 23, rng.randint(0, 23)])
        self.minute = rng.randint(0, 59)
        self.second = rng.randint(0, 59)

    def weekday(self):
        return calendar.weekday(self.year, self.month, self.day)

    def iso(self, offset, with_time=True):
        """The UTC instant as briefing prints it, or None when the offset is unknown."""
        if offset is None:
            return None
        hour, minute, second = (self.hour, self.minute, self.second) if with_time else (0, 0, 0)
        seconds = calendar.timegm((self.year, self.month, self.day, hour, minute, second, 0, 0, 0)) - offset
        return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(seconds))


def date_text(shape, m):
    yyyy, yy = f"{m.year:04d}", f"{m.year % 100:02d}"
    month_name = MONTHS[m.month - 1]
    suffix = "th" if 11 <= m.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(m.day % 10, "th")
    shape = shape.removesuffix(" swap")
    day, month = m.day, m.month
    tokens = [("YYYY", yyyy), ("Month", month_name), ("MONTH", month_name.upper()), ("Mon.", AP_MONTHS[m.month - 1]),
              ("Mon", month_name[:3]), ("MON", month_name[:3].upper()), ("mon", month_name[:3].lower()),
              ("Dth", f"{m.day}{suffix}"), ("YY", yy), ("MM", f"{month:02d}"), ("DD", f"{day:02d}"),
              ("M", str(month)), ("D", str(day))]
    out, index = "", 0
    while index < len(shape):
        for token, value in tokens:
            if shape.startswith(token, index):
                out += value
                index += len(token)
                break
        else:
            out += shape[index]
            index += 1
    return out


def time_text(shape, m):
    h12 = m.hour % 12 or 12
    am = "AM" if m.hour < 12 else "PM"
    fields = {
        "hh:mm": f"{m.hour:02d}:{m.minute:02d}", "hh:mm:ss": f"{m.hour:02d}:{m.minute:02d}:{m.second:02d}",
        "h:mm": f"{m.hour}:{m.minute:02d}", "hh:mm:ss.fff": f"{m.hour:02d}:{m.minute:02d}:{m.second:02d}.123",
        "hh:mm:ss.ffffff": f"{m.hour:02d}:{m.minute:02d}:{m.second:02d}.123456",
        "hh:mm:ss,f": f"{m.hour:02d}:{m.minute:02d}:{m.second:02d},5", "h12:mm AM": f"{h12}:{m.minute:02d} {am}",
        "h12:mm:ss PM-lower": f"{h12}:{m.minute:02d}:{m.second:02d} {am.lower()}",
        "h12:mm a.m.": f"{h12}:{m.minute:02d} {am[0].lower()}.m.", "h12:mmAM": f"{h12}:{m.minute:02d}{am}",
        "hhmmss": f"{m.hour:02d}{m.minute:02d}{m.second:02d}", "hhmm": f"{m.hour:02d}{m.minute:02d}",
        "hh.mm": f"{m.hour:02d}.{m.minute:02d}", "hh:mm:ss.000": f"{m.hour:02d}:{m.minute:02d}:{m.second:02d}.000",
    }
    text = fields[shape]
    seconds_meant = shape not in ("hh:mm", "h:mm", "h12:mm AM", "h12:mm a.m.", "h12:mmAM", "hhmm", "hh.mm")
    return text, seconds_meant


def weekday_text(shape, m):
    name = WEEKDAYS[m.weekday()]
    return (shape.replace("Weekday", name).replace("WDY", name[:3].upper()).replace("Wdy", name[:3])
            .replace("wdy", name[:3].lower()))


def sample(rng):
    """(shape name, text, the UTC instant the writer meant or None)."""
    m = Moment(rng)
    kind = rng.random()
    if kind < 0.15:
        return special(rng, m)
    date_shape = rng.choice(DATE_SHAPES)
    date = date_text(date_shape, m)
    weekday = rng.choice(WEEKDAY_SHAPES)
    name, text = weekday + date_shape, weekday_text(weekday, m) + date
    with_time = rng.random() < 0.8
    zone, offset = ("", 0)
    if with_time:
        time_shape = rng.choice(TIME_SHAPES)
        clock, seconds_meant = time_text(time_shape, m)
        if not seconds_meant:
            m.second = 0
        separator = rng.choice(SEPARATORS)
        zone, offset = rng.choice(ZONES)
        name += f"{separator!r}{time_shape}{zone!r}"
        text += separator + clock + zone
    elif rng.random() < 0.3:
        zone, offset = rng.choice(ZONES)
        name += f"{zone!r}"
        text += zone
    lead, (trail, keeps_meaning) = rng.choice(LEAD), rng.choice(TRAIL)
    if not keeps_meaning:
        offset = 0 if zone == "" and trail == " +0000" else None
    if lead or trail:
        name = f"{lead!r}+{name}+{trail!r}"
    meant = None if date_shape.endswith(" swap") else m.iso(offset, with_time)
    if rng.random() < 0.05:
        # Some CMSs write no-break spaces: `Wed,&nbsp;05&nbsp;Mar&nbsp;2025`.
        text, name = text.replace(" ", "\u00a0"), "nbsp " + name
    return name, lead + text + trail, meant


def special(rng, m):
    """Shapes a grammar of separate tokens does not make: asctime, JavaScript's Date, Drupal,
    perforce, CJK, Korean, Greek, Hungarian, German, Unix time, ISO week and ordinal."""
    wd = WEEKDAYS[m.weekday()][:3]
    mon = MONTHS[m.month - 1][:3]
    t = f"{m.hour:02d}:{m.minute:02d}:{m.second:02d}"
    iso_year, iso_week, iso_weekday = __import__("datetime").date(m.year, m.month, m.day).isocalendar()
    ordinal = __import__("datetime").date(m.year, m.month, m.day).timetuple().tm_yday
    choices = [
        ("asctime", f"{wd} {mon} {m.day:2d} {t} {m.year}", m.iso(0)),
        ("asctime zone", f"{wd} {mon} {m.day:2d} {t} +0800 {m.year}", m.iso(28800)),
        ("JavaScript Date", f"{wd} {mon} {m.day:02d} {m.year} {t} GMT+0800 (中国标准时间)", m.iso(28800)),
        ("Drupal MM/DD", f"{wd}, {m.month:02d}/{m.day:02d}/{m.year} - {m.hour:02d}:{m.minute:02d}", None),
        ("perforce", f"{wd}, {m.year}/{m.month:02d}/{m.day:02d} {t} GMT", m.iso(0)),
        ("perforce EDT", f"{wd}, {m.year}/{m.month:02d}/{m.day:02d} {t} EDT", m.iso(-14400)),
        ("Chinese", f"{m.year}年{m.month}月{m.day}日", m.iso(0, False)),
        ("Chinese time", f"{m.year}年{m.month:02d}月{m.day:02d}日 {t}", m.iso(0)),
        ("Chinese weekday", f"{m.year}年{m.month}月{m.day}日 星期{'一二三四五六日'[m.weekday()]} {t}", m.iso(0)),
        ("Korean OnBlog", f"{m.year}년 {m.month:02d}월 {m.day:02d}일 {t}", m.iso(32400)),
        ("Korean Nate", f"{m.year}-{m.month:02d}-{m.day:02d} {'오전' if m.hour < 12 else '오후'} "
                        f"{m.hour % 12}:{m.minute:02d}:{m.second:02d}", m.iso(32400)),
        ("Greek", f"{GREEK_WEEKDAYS[m.weekday()]}, {m.day:02d} {GREEK_MONTHS[m.month - 1]} {m.year} {t} EET",
         m.iso(7200)),
        ("Hungarian", f"{m.year}-{HUNGARIAN_MONTHS[m.month - 1]}-{m.day:02d}T{m.hour:02d}:{m.minute:02d}+01:00",
         meant_without_seconds(m, 3600)),
        ("German", f"{m.day}. {GERMAN_MONTHS[m.month - 1]} {m.year}, {m.hour:02d}:{m.minute:02d} Uhr", None),
        ("German plain", f"{m.day} {GERMAN_MONTHS[m.month - 1]} {m.year}", m.iso(0, False)),
        ("French", f"{m.day} {FRENCH_MONTHS[m.month - 1]} {m.year} {t} +0100", m.iso(3600)),
        ("Spanish", f"{m.day} {SPANISH_MONTHS[m.month - 1]} {m.year}", m.iso(0, False)),
        ("Unix time", str(calendar.timegm((m.year, m.month, m.day, m.hour, m.minute, m.second, 0, 0, 0))), m.iso(0)),
        ("ISO week", f"{iso_year}-W{iso_week:02d}-{iso_weekday}", m.iso(0, False)),
        ("ISO ordinal", f"{m.year}-{ordinal:03d}T{t}Z", m.iso(0)),
        ("ISO basic", f"{m.year}{m.month:02d}{m.day:02d}T{m.hour:02d}{m.minute:02d}{m.second:02d}Z", m.iso(0)),
        ("MSSQL", f"{m.year}-{m.month:02d}-{m.day:02d} {t}.0000000", m.iso(0)),
        ("RFC 822 numeric month", f"{wd}, {m.day:02d} {m.month:02d} {m.year} {t} GMT", m.iso(0)),
        ("Apache log", f"{m.day:02d}/{mon}/{m.year}:{t} +0000", m.iso(0)),
        ("RFC 850", f"{WEEKDAYS[m.weekday()]}, {m.day:02d}-{mon}-{m.year % 100:02d} {t} GMT", m.iso(0)),
        ("wrong weekday", f"{WEEKDAYS[(m.weekday() + 1) % 7][:3]}, {m.day:02d} {mon} {m.year} {t} GMT", m.iso(0)),
        ("weekday after date", f"{m.day:02d} {mon} {m.year}, {WEEKDAYS[m.weekday()]} {t}", m.iso(0)),
    ]
    return rng.choice(choices)


def meant_without_seconds(m, offset):
    """The instant of `m` at the start of its minute (a shape that writes no seconds)."""
    second, m.second = m.second, 0
    meant = m.iso(offset)
    m.second = second
    return meant


JUNK = ["", "TBD", "0", "-", "N/A", "today", "Invalid Date", "NaN", "0000-00-00 00:00:00", "null"]

# (document kind, element, the JSON key briefing fills, namespace prefix it needs)
ELEMENTS = {
    "rss20": ["pubDate", "dc:date", "d:date", "dcterms:issued", "dcterms:modified", "dcterms:created", "atom:published",
              "atom:updated", "lastBuildDate", "dc:date", "pubDate", "pubDate"],
    "rss10": ["dc:date", "dc:date", "dcterms:issued", "dcterms:modified"],
    "atom10": ["published", "updated", "updated", "dc:date", "dcterms:issued", "dcterms:modified"],
    "atom03": ["issued", "modified", "created", "modified"],
}
# The elements both sides read as an entry's `published` and as its `updated`.
PUBLISHED = {"pubDate", "dcterms:issued", "atom:published", "published", "issued", "date_published"}
UPDATED = {"dc:date", "d:date", "dcterms:modified", "atom:updated", "updated", "modified", "lastBuildDate",
           "date_modified"}


def written(dates, key):
    """Whether an element feedparser or briefing reads as `key` was in the entry."""
    return any(element in (PUBLISHED if key == "published" else UPDATED) for element, _, _, _ in dates)


NAMESPACES = ('xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:d="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
              'xmlns:atom="http://www.w3.org/2005/Atom"')


def wrap(text, rng):
    choice = rng.random()
    if choice < 0.1 and "]]>" not in text:
        return f"<![CDATA[{text}]]>"
    if choice < 0.2:
        return f"\n      {escape(text)}\n    "
    return escape(text)


# Dates that belong to no entry: an Atom entry's `source` feed and the channel, written after
# the entries. Neither side may give them to an entry.
SOURCE_DATE, CHANNEL_DATE = "1990-01-01T00:00:00Z", "1991-01-01T00:00:00Z"


def document(kind, entries, rng):
    """The XML text of one document; entries are lists of (element, text)."""
    items = []
    for index, dates in enumerate(entries):
        fields = "".join(f"<{element}>{wrap(text, rng)}</{element}>" for element, text in dates)
        if kind in ("rss20", "rss10"):
            about = f" rdf:about='https://example.com/{index}'" if kind == "rss10" else ""
            guid = "" if kind == "rss10" else f"<guid isPermaLink='false'>{index}</guid>"
            items.append(f"<item{about}>{guid}<title>e{index}</title><link>https://example.com/{index}</link>"
                         f"{fields}</item>")
        else:
            source = (f"<source><id>urn:s</id><title>s</title><updated>{SOURCE_DATE}</updated>"
                      f"<published>{SOURCE_DATE}</published></source>") if rng.random() < 0.1 else ""
            fields = source + fields if rng.random() < 0.5 else fields + source
            items.append(f"<entry><id>urn:e:{index}</id><title>e{index}</title>{fields}</entry>")
    body = "\n".join(items)
    if kind == "rss20":
        body += f"\n<lastBuildDate>{CHANNEL_DATE}</lastBuildDate><pubDate>{CHANNEL_DATE}</pubDate>"
    elif kind != "rss10":
        body += f"\n<updated>{CHANNEL_DATE}</updated>" if kind == "atom10" else f"\n<modified>{CHANNEL_DATE}</modified>"
    head = "<?xml version='1.0' encoding='utf-8'?>\n"
    if kind == "rss20":
        return f"{head}<rss version='2.0' {NAMESPACES}><channel><title>dates</title>\n{body}\n</channel></rss>\n"
    if kind == "rss10":
        return (f"{head}<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#' "
                f"xmlns='http://purl.org/rss/1.0/' {NAMESPACES}><channel rdf:about='https://example.com/'>"
                f"<title>dates</title></channel>\n{body}\n</rdf:RDF>\n")
    if kind == "atom10":
        return (f"{head}<feed xmlns='http://www.w3.org/2005/Atom' {NAMESPACES.replace(' xmlns:atom=', ' xmlns:a=')}>"
                f"<title>dates</title><id>urn:f</id>\n{body}\n</feed>\n")
    return (f"{head}<feed version='0.3' xmlns='http://purl.org/atom/ns#' {NAMESPACES}><title>dates</title>\n"
            f"{body}\n</feed>\n")


def json_document(entries):
    items = []
    for index, dates in enumerate(entries):
        item = {"id": str(index), "title": f"e{index}", "url": f"https://example.com/{index}"}
        for key, text in dates:
            item[key] = text
        items.append(item)
    return json.dumps({"version": "https://jsonfeed.org/version/1.1", "title": "dates", "items": items})


def instant(struct):
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", struct) if struct else None


def fp_parse_date(text):
    try:
        return instant(feedparser.datetimes._parse_date(text))
    except Exception:
        return "raises"


def swapped(a, b):
    """Whether instants a and b differ only by the order of day and month."""
    return (a is not None and b is not None and a != b and a[:4] == b[:4] and a[5:7] == b[8:10]
            and a[8:10] == b[5:7] and a[10:] == b[10:])


def filled_in(theirs):
    """Whether feedparser's instant is the 1st of the current month at midnight: what its ISO
    reader gives a text it reads as a year alone (`2025/01/12`)."""
    return theirs is not None and theirs[5:] == time.strftime("%m-01T00:00:00Z", time.gmtime())


def verdict(ours, theirs):
    if theirs == "raises":
        return "feedparser raises"
    if ours is None and theirs is None:
        return "neither"
    if ours == theirs:
        return "same"
    if swapped(ours, theirs):
        return "swapped by feedparser (its current month for a year alone)" if filled_in(theirs) else "swapped"
    if theirs is None:
        return "only ours"
    if ours is None:
        return "only feedparser"
    if ours[:10] == theirs[:10]:
        return "different: time of day"
    if ours[10:] == theirs[10:] or abs(seconds(ours) - seconds(theirs)) < 86400:
        return "different: day"
    return "different: date"


def seconds(iso):
    """Seconds since 1970 of an instant either side prints (a year before 1 is far from any)."""
    try:
        return calendar.timegm(time.strptime(iso, "%Y-%m-%dT%H:%M:%SZ"))
    except ValueError:
        return float("-inf")


def run_ours(binary, paths):
    """briefing's JSON for each path, in order; one file at a time for a batch that fails."""
    result = subprocess.run([binary, "parse", "--json", *paths], capture_output=True, text=True)
    lines = result.stdout.splitlines()
    if result.returncode == 0 and len(lines) == len(paths):
        return [json.loads(line) for line in lines]
    answers = []
    for path in paths:
        single = subprocess.run([binary, "parse", "--json", path], capture_output=True, text=True)
        answers.append(json.loads(single.stdout) if single.returncode == 0 else {"entries": []})
    return answers


def compare(files, mine, theirs_by_file):
    """Each entry's dates, ours against feedparser's and against the meant instant."""
    tally = collections.Counter()
    truth = collections.Counter()
    shapes = collections.defaultdict(collections.Counter)
    examples = {}
    flow = collections.Counter()
    leaks = collections.Counter()
    for (path, kind, entries), ours_feed, theirs_entries in zip(files, mine, theirs_by_file):
        if kind != "json" and len(theirs_entries) != len(entries):
            print(f"entry count differs in {path}: feedparser {len(theirs_entries)}, want {len(entries)}")
            continue
        if len(ours_feed["entries"]) != len(entries):
            print(f"entry count differs in {path}: briefing {len(ours_feed['entries'])}, want {len(entries)}")
            continue
        for index, dates in enumerate(entries):
            ours_entry = ours_feed["entries"][index]
            if kind == "json":
                # feedparser 6.0.14 reads no JSON Feed: its date reader on each text instead.
                theirs = {key: fp_parse_date(text) for key, text, _, _ in dates}
                pairs = [("published", theirs.get("date_published")), ("updated", theirs.get("date_modified"))]
            else:
                entry = theirs_entries[index]
                pairs = [("published", instant(dict.get(entry, "published_parsed"))),
                         ("updated", instant(dict.get(entry, "updated_parsed")))]
            for key, theirs_value in pairs:
                ours_value = ours_entry.get(key)
                if SOURCE_DATE in (ours_value, theirs_value) or CHANNEL_DATE in (ours_value, theirs_value):
                    side = "briefing" if ours_value in (SOURCE_DATE, CHANNEL_DATE) else "feedparser"
                    leaks[side] += 1
                    continue
                if ours_value is None and theirs_value is None and not written(dates, key):
                    continue
                if len(dates) == 1:
                    element, text, shape, meant = dates[0]
                    result = verdict(ours_value, theirs_value)
                    if result == "swapped" and meant is not None and ours_value == meant:
                        # feedparser's reading (a current month or day filled in) is the swap.
                        result = "swapped by feedparser (briefing reads the meant instant)"
                    tally[result] += 1
                    shapes[result][shape] += 1
                    examples.setdefault((result, shape), (element, text, ours_value, theirs_value, meant))
                    if meant is not None:
                        truth[(ours_value == meant, theirs_value == meant)] += 1
                        if theirs_value == meant and ours_value != meant:
                            bad = "swapped" if swapped(ours_value, meant) else "none" if ours_value is None else "wrong"
                            shapes[f"feedparser reads the meant instant, briefing {bad}"][shape] += 1
                            examples.setdefault((f"feedparser reads the meant instant, briefing {bad}", shape),
                                                (element, text, ours_value, theirs_value, meant))
                        if ours_value is not None and ours_value != meant:
                            wrong = "briefing reads another instant than the one meant"
                            shapes[wrong][shape] += 1
                            examples.setdefault((wrong, shape), (element, text, ours_value, theirs_value, meant))
                        if swapped(ours_value, meant):
                            shapes["briefing swapped against the meant instant"][shape] += 1
                            examples.setdefault(("briefing swapped against the meant instant", shape),
                                                (element, text, ours_value, theirs_value, meant))
                else:
                    result = verdict(ours_value, theirs_value)
                    winner = [meant for element, _, _, meant in dates if element in (
                        PUBLISHED if key == "published" else UPDATED)]
                    if result == "swapped" and winner and winner[-1] is not None and ours_value == winner[-1]:
                        result = "swapped by feedparser (briefing reads the meant instant)"
                    flow[result] += 1
                    label = " + ".join(f"{element}({'junk' if shape == 'junk' else 'date'})"
                                       for element, _, shape, _ in dates)
                    shapes[f"two or more elements: {result}"][label] += 1
                    examples.setdefault((f"two or more elements: {result}", label),
                                        (key, " | ".join(repr(text) for _, text, _, _ in dates), ours_value,
                                         theirs_value, None))

    return tally, truth, shapes, examples, flow, leaks


def summary(tally, truth, shapes, flow, leaks):
    """The report's head: classes against feedparser and against the meant instant."""
    lines = [f"{sum(tally.values())} readings of entries with one date element:"]
    lines += [f"  {key}: {value}" for key, value in tally.most_common()]
    lines.append(f"against the instant the writer meant ({sum(truth.values())} readings where the grammar knows it):")
    for (ours_right, theirs_right), value in sorted(truth.items(), reverse=True):
        lines.append(f"  briefing {'right' if ours_right else 'not right'}, "
                     f"feedparser {'right' if theirs_right else 'not right'}: {value}")
    wrong = sum(shapes["briefing reads another instant than the one meant"].values())
    lines.append(f"  of which briefing reads another instant than the one meant: {wrong}, "
                 f"day and month swapped: {sum(shapes['briefing swapped against the meant instant'].values())}")
    lines.append(f"{sum(flow.values())} readings of entries with two or three date elements: "
                 + ", ".join(f"{key} {value}" for key, value in flow.most_common()))
    lines.append(f"an entry given the date of its Atom source or of the channel: briefing {leaks['briefing']}, "
                 f"feedparser {leaks['feedparser']}")
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", default=".build/release/briefing")
    parser.add_argument("--count", type=int, default=8000, help="date texts (entries with one date)")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--examples", type=int, default=3, help="shapes shown per class")
    parser.add_argument("--keep", help="write the documents here and keep them")
    parser.add_argument("--old", help="an earlier build's briefing, compared on the same documents")
    options = parser.parse_args()
    rng = random.Random(options.seed)
    work = options.keep or tempfile.mkdtemp()
    os.makedirs(work, exist_ok=True)

    # Documents of 200 entries: most entries one date element, a fifth two or three.
    files = []  # (path, kind, entries as [(element, text, shape, meant)])
    raises, raises_example = collections.Counter(), {}
    produced = 0
    while produced < options.count:
        kind = rng.choice(["rss20", "rss20", "rss20", "rss10", "atom10", "atom10", "atom03", "json"])
        entries = []
        for _ in range(200):
            dates = []
            for _ in range(1 if rng.random() < 0.8 else rng.choice([2, 2, 3])):
                shape, text, meant = sample(rng) if rng.random() < 0.92 else ("junk", rng.choice(JUNK), None)
                while fp_parse_date(text) == "raises":
                    # It would stop feedparser's parse of the whole document: counted, not written.
                    raises[shape] += 1
                    raises_example.setdefault(shape, text)
                    shape, text, meant = sample(rng)
                element = (rng.choice(["date_published", "date_modified"]) if kind == "json"
                           else rng.choice(ELEMENTS[kind]))
                dates.append((element, text, shape, meant))
            produced += len(dates)
            entries.append(dates)
        path = os.path.join(work, f"dates-{len(files):03d}.{'json' if kind == 'json' else 'xml'}")
        with open(path, "w", encoding="utf-8") as handle:
            plain = [[(element, text) for element, text, _, _ in dates] for dates in entries]
            handle.write(json_document(plain) if kind == "json" else document(kind, plain, rng))
        files.append((path, kind, entries))

    theirs_by_file = [[] if kind == "json" else feedparser.parse(path).entries for path, kind, _ in files]
    paths = [path for path, _, _ in files]
    tally, truth, shapes, examples, flow, leaks = compare(files, run_ours(options.binary, paths), theirs_by_file)
    print(f"{produced} date texts in {len(files)} documents (seed {options.seed}); {options.binary}: "
          + summary(tally, truth, shapes, flow, leaks))
    if options.old:
        old = compare(files, run_ours(options.old, paths), theirs_by_file)
        print(f"\n{options.old}, the same documents: " + summary(old[0], old[1], old[2], old[4], old[5]))
    if raises:
        print(f"\nfeedparser raises (its parse of the whole document stops): {sum(raises.values())} texts, "
              f"{len(raises)} shapes, left out of the documents")
        for shape, count in raises.most_common(options.examples):
            print(f"  {count:4d} {shape}\n       {raises_example[shape]!r}")
    for result in sorted(shapes):
        counter = shapes[result]
        if result == "same" or result.startswith("two or more elements: same"):
            continue
        print(f"\n{result}: {sum(counter.values())} readings, {len(counter)} shapes")
        for shape, count in counter.most_common(options.examples):
            element, text, ours_value, theirs_value, meant = examples[(result, shape)]
            print(f"  {count:4d} {shape}\n       {element} {text!r}: briefing {ours_value}, feedparser {theirs_value}"
                  + (f", meant {meant}" if meant else ""))
    if not options.keep:
        shutil.rmtree(work)
    failed = (tally["swapped"] + flow["swapped"] + leaks["briefing"]
              + sum(shapes["briefing swapped against the meant instant"].values()))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
