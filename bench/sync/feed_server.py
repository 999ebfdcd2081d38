#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Generates N RSS feeds of 50 items each and serves them on 127.0.0.1.

Usage: feed_server.py DIR N PORT
Writes DIR/feeds/f<i>.xml, DIR/urls (one URL a line, for newsboat) and DIR/feeds.opml
(for earshot-cli import-opml), then serves DIR/feeds with Last-Modified, so an unchanged
re-sync gets 304 answers. Prints "ready" once listening.
"""
import email.utils
import http.server
import os
import socketserver
import sys
import time

ITEMS = 50


def generate(root, n, port):
    feeds = os.path.join(root, "feeds")
    os.makedirs(feeds, exist_ok=True)
    base = time.time() - 86400
    urls = []
    for i in range(n):
        parts = [
            '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>',
            f"<title>Forum {i}</title><link>http://forum{i}.example/</link>",
            f"<description>Generated feed {i}</description>",
        ]
        for j in range(ITEMS):
            date = email.utils.formatdate(base + j * 60, usegmt=True)
            parts.append(
                f"<item><guid isPermaLink=\"false\">f{i}-p{j}</guid>"
                f"<title>Topic {j} in forum {i}</title>"
                f"<link>http://forum{i}.example/t/{j}</link>"
                f"<author>user{j % 17}@forum{i}.example (User {j % 17})</author>"
                f"<pubDate>{date}</pubDate>"
                f"<description>&lt;p&gt;Post {j} of forum {i}: the connection keeps dropping "
                f"since the last update, and support has not answered yet. "
                f"Соединение пропадает после обновления, поддержка молчит.&lt;/p&gt;</description>"
                f"</item>")
        parts.append("</channel></rss>\n")
        with open(os.path.join(feeds, f"f{i}.xml"), "w", encoding="utf-8") as out:
            out.write("".join(parts))
        urls.append(f"http://127.0.0.1:{port}/f{i}.xml")
    with open(os.path.join(root, "urls"), "w") as out:
        out.write("\n".join(urls) + "\n")
    with open(os.path.join(root, "feeds.opml"), "w") as out:
        out.write('<?xml version="1.0"?><opml version="2.0"><head><title>bench</title></head><body>')
        for i, url in enumerate(urls):
            out.write(f'<outline type="rss" text="Forum {i}" xmlUrl="{url}"/>')
        out.write("</body></opml>\n")


class Quiet(http.server.SimpleHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def guess_type(self, path):
        return "application/rss+xml"


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 256


def main():
    root, n, port = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    generate(root, n, port)
    os.chdir(os.path.join(root, "feeds"))
    with Server(("127.0.0.1", port), Quiet) as server:
        print("ready", flush=True)
        server.serve_forever()


if __name__ == "__main__":
    main()
