"""Reads feeds with feedparser, the feed parser most readers build on, and reports what it
understood: the feed's version and title, any "bozo" (not well-formed) error, and the entries.

    feeds.py URL [URL...]

Prints one JSON object keyed by URL.
"""

import json
import sys

import feedparser


def main():
    report = {}
    for url in sys.argv[1:]:
        parsed = feedparser.parse(url)
        report[url] = {
            "status": parsed.get("status"),
            "version": parsed.get("version"),
            "bozo": bool(parsed.bozo),
            "bozo_exception": str(parsed.get("bozo_exception", "")),
            "title": parsed.feed.get("title"),
            "self": next((l.get("href") for l in parsed.feed.get("links", []) if l.get("rel") == "self"), None),
            "entries": [
                {
                    "title": e.get("title"),
                    "link": e.get("link"),
                    "id": e.get("id"),
                    "author": e.get("author"),
                    "published": e.get("published"),
                    "updated": e.get("updated"),
                    "tags": [t.get("term") for t in e.get("tags", [])],
                }
                for e in parsed.entries
            ],
        }
    json.dump(report, sys.stdout)


if __name__ == "__main__":
    main()
