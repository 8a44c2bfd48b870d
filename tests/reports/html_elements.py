#!/usr/bin/env python3
"""Lists the elements of an HTML document as an independent parser (Python's
html.parser) reads them, for the browser tests: run on the DOM that Chromium
rendered, it tells which elements and attributes really exist, whatever the
serialisation escapes.

    html_elements.py FILE  ->  JSON: {"tags": {"script": 1, ...},
                                      "event_handlers": ["img onerror", ...],
                                      "urls": ["src=http://...", ...]}

"event_handlers" lists every on* attribute; "urls" every src, href, action or
data attribute that points outside the document (anything but "#...").
"""
import collections
import html.parser
import json
import sys


class Elements(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags = collections.Counter()
        self.event_handlers = []
        self.urls = []

    def handle_starttag(self, tag, attrs):
        self.tags[tag] += 1
        for name, value in attrs:
            if name.startswith("on"):
                self.event_handlers.append(tag + " " + name)
            if name in ("src", "href", "action", "data", "srcset", "poster") and not (
                    value or "").startswith("#"):
                self.urls.append(name + "=" + (value or ""))

    handle_startendtag = handle_starttag


def main(path):
    parser = Elements()
    with open(path, encoding="utf-8") as f:
        parser.feed(f.read())
    json.dump({"tags": parser.tags, "event_handlers": parser.event_handlers, "urls": parser.urls},
              sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1])
