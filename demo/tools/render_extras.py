"""Feeds, label files and README for the demo corpus; called by build.py."""
import json
import re
from datetime import timezone
from email.utils import format_datetime
from xml.sax.saxutils import escape

from outlets import OUTLETS

BOUND_WORDS = {"exact": "exact", "about": "about", "at_least": "at least", "more_than": "more than",
               "up_to": "up to", "range": "range", "vague": "vague"}


def name_of(a):
    return f'{a["outlet"]}-{a["slug"]}'


def rss_date(d, outlet, style):
    loc = d.astimezone(__import__("zoneinfo").ZoneInfo(OUTLETS[outlet]["zone"]))
    if style == "abbr":
        return loc.strftime("%a, %d %b %Y %H:%M:%S ") + loc.tzname()
    return format_datetime(loc)  # numeric offset, e.g. +0530


def write_feeds(root, articles, url_of, iso, local):
    feeds = root / "feeds"
    feeds.mkdir(exist_ok=True)
    for outlet, style in (("harbourpost", "abbr"), ("dailylantern", "abbr"), ("kestreltimes", "numeric"),
                          ("continental-ledger", "abbr")):
        o = OUTLETS[outlet]
        items = sorted((a for a in articles if a["outlet"] == outlet), key=lambda a: a["published"], reverse=True)
        xml = ['<?xml version="1.0" encoding="UTF-8"?>',
               '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
               "  <channel>", f"    <title>{escape(o['name'])} - World</title>",
               f"    <link>https://{o['domain']}/world</link>",
               f'    <atom:link href="https://{o["domain"]}/world/rss" rel="self" type="application/rss+xml"/>',
               f"    <description>World news from {escape(o['name'])} (fictional outlet, Storyline demo corpus)</description>",
               "    <language>en</language>",
               f"    <lastBuildDate>{rss_date(items[0]['published'], outlet, style)}</lastBuildDate>"]
        for a in items:
            by = ", ".join(n for n, _ in a["authors"]) or a.get("wire_credit", "")
            xml += ["    <item>", f"      <title>{escape(a['headline'])}</title>", f"      <link>{url_of(a)}</link>",
                    f'      <guid isPermaLink="true">{url_of(a)}</guid>',
                    f"      <description>{escape(a['dek'])}</description>", f"      <dc:creator>{escape(by)}</dc:creator>",
                    f"      <pubDate>{rss_date(a['published'], outlet, style)}</pubDate>",
                    *[f"      <category>{escape(t)}</category>" for t in a.get("tags", [])], "    </item>"]
        xml += ["  </channel>", "</rss>"]
        (feeds / f"{outlet}.xml").write_text("\n".join(xml) + "\n", encoding="utf-8")
    for outlet in ("meridian-wire", "atlasdispatch"):
        o = OUTLETS[outlet]
        items = sorted((a for a in articles if a["outlet"] == outlet), key=lambda a: a["published"], reverse=True)
        xml = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">',
               f"  <title>{escape(o['name'])}</title>", f'  <link href="https://{o["domain"]}/"/>',
               f'  <link rel="self" href="https://{o["domain"]}/feeds/atom.xml"/>',
               f"  <id>tag:{o['domain']},2026:feed</id>",
               f"  <updated>{iso(local(outlet, items[0].get('updated') or items[0]['published']))}</updated>"]
        for a in items:
            authors = [n for n, _ in a["authors"]] or [o["name"]]
            xml += ["  <entry>", f"    <title>{escape(a['headline'])}</title>", f'    <link href="{url_of(a)}"/>',
                    f"    <id>tag:{o['domain']},2026:{a['slug']}</id>",
                    f"    <published>{iso(local(outlet, a['published']))}</published>",
                    f"    <updated>{iso(local(outlet, a.get('updated') or a['published']))}</updated>",
                    *[f"    <author><name>{escape(n)}</name></author>" for n in authors],
                    f"    <summary>{escape(a['dek'])}</summary>", "  </entry>"]
        xml.append("</feed>")
        (feeds / f"{outlet}.atom.xml").write_text("\n".join(xml) + "\n", encoding="utf-8")


def write_labels(root, events, iso):
    labels = root / "labels"
    labels.mkdir(exist_ok=True)
    with open(labels / "figures.jsonl", "w", encoding="utf-8") as fh:
        for ev in events:
            for a in ev.ARTICLES:
                for f in a["figures"]:
                    rec = {"event": ev.KEY, "file": f"{ev.KEY}/html/{name_of(a)}.html", "outlet": OUTLETS[a["outlet"]]["name"],
                           "published_utc": iso(a["published"].astimezone(timezone.utc)), **f,
                           "restatement_of": (re.match(r"restates ([A-Z]\d+)", f.get("note", "")) or [None, None])[1],
                           "wire_copy_of": a.get("wire_copy_of")}
                    fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(labels / "relations.jsonl", "w", encoding="utf-8") as fh:
        for ev in events:
            for left, right, rel, why in ev.RELATIONS:
                fh.write(json.dumps({"event": ev.KEY, "figure": left, "other": right, "relation": rel, "why": why},
                                    ensure_ascii=False) + "\n")


def md(s):
    return str(s).replace("|", "\\|")


def write_readme(root, events, iso):
    out = [README_HEAD]
    for ev in events:
        out += [f"\n## {ev.TITLE}\n", f"Folder: `{ev.KEY}/`\n", "| file | outlet | published (UTC) | dates shown as | words | text dump |",
                "|---|---|---|---|---|---|"]
        for a in ev.ARTICLES:
            words = sum(len(p.split()) for p in a["paras"])
            wc = f' (wire copy of `{a["wire_copy_of"]}`)' if a.get("wire_copy_of") else (" (wire original)" if a.get("wire_original") else "")
            out.append(f'| `html/{name_of(a)}.html`{wc} | {OUTLETS[a["outlet"]]["name"]} | {a["published"]:%Y-%m-%d %H:%M} | '
                       f'{OUTLETS[a["outlet"]]["date_mode"]} | {words} | {"`text/" + name_of(a) + ".txt`" if a.get("text_dump") else ""} |')
        out += ["", "### Figures", "",
                "`id` with a letter suffix (Q1b, F6c...) is a restatement of the figure with the bare id, possibly by another outlet. "
                "Figures in wire copies carry the same ids as the wire original.", "",
                "| id | span in text | value | bound | category | source | where | outlet | published (UTC) | note |",
                "|---|---|---|---|---|---|---|---|---|---|"]
        for a in ev.ARTICLES:
            outlet = OUTLETS[a["outlet"]]["name"] + (" (wire copy)" if a.get("wire_copy_of") else "")
            for f in a["figures"]:
                out.append(f'| {f["id"]} | “{md(f["span"])}” | {md(f["value"])} | {BOUND_WORDS[f["bound"]]} | {md(f["category"])} | '
                           f'{md(f["source"])} | {md(f["where"])} | {md(outlet)} | {a["published"]:%m-%d %H:%M} | {md(f.get("note", ""))} |')
        out += ["", "### Relations between figures", "", "| figure | other | relation | why |", "|---|---|---|---|"]
        out += [f"| {l} | {r} | **{rel}** | {md(why)} |" for l, r, rel, why in ev.RELATIONS]
        if ev.WIRE:
            out += ["", "### Wire copies", ""]
            for orig, copies in ev.WIRE:
                out.append(f"- `html/{orig}.html` (original) is republished nearly verbatim by " +
                           " and ".join(f"`html/{c}.html`" for c in copies) +
                           ": different headline and page furniture, the copies drop the reporting/editing credit line "
                           "(Ridgeline Courier also drops the last paragraph). They count as ONE original source.")
        out.append(ev.SOURCES_NOTE if hasattr(ev, "SOURCES_NOTE") else "")
    (root / "README.md").write_text("\n".join(out) + "\n", encoding="utf-8")


def write(root, articles, events, url_of, iso, local):
    write_feeds(root, articles, url_of, iso, local)
    write_labels(root, events, iso)
    write_readme(root, events, iso)


README_HEAD = open(__file__.replace("render_extras.py", "README_HEAD.md"), encoding="utf-8").read()
