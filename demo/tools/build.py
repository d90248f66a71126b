"""Renders the Storyline demo corpus (fictional articles) into HTML pages, scraped text dumps,
feeds, JSON Lines and the figure tables of demo/README.md.

Run from anywhere:  python3 demo/tools/build.py
"""
import html
import json
import random
import re
import zlib
import textwrap
import sys
from datetime import timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from outlets import OUTLETS, local  # noqa: E402
import ev_quake, ev_flood, ev_siege, ev_ferry  # noqa: E402

# Articles go to samples/ (the demo corpus proper); feeds, labels and the README to demo/.
DEMO = Path(__file__).resolve().parent.parent
ROOT = DEMO.parent / "samples"
EVENTS = [ev_quake, ev_flood, ev_siege, ev_ferry]
LINK = re.compile(r"\[([^\]]+)\]\(([^)]+)\)")


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def inline(s: str) -> str:
    out, pos = [], 0
    for m in LINK.finditer(s):
        out.append(esc(s[pos:m.start()]))
        out.append(f'<a href="{esc(m.group(2))}">{esc(m.group(1))}</a>')
        pos = m.end()
    out.append(esc(s[pos:]))
    return "".join(out)


def plain(s: str) -> str:
    return LINK.sub(lambda m: m.group(1), s)


def url_of(a) -> str:
    o = OUTLETS[a["outlet"]]
    d = local(a["outlet"], a["published"])
    return f"https://{o['domain']}/{a['section'].lower().replace(' ', '-')}/{d:%Y/%m/%d}/{a['slug']}"


def iso(d) -> str:
    return d.isoformat(timespec="seconds")


def body_html(a) -> str:
    parts = []
    for i, p in enumerate(a["paras"]):
        if p.startswith("## "):
            parts.append(f"      <h2>{inline(p[3:])}</h2>")
        elif p.startswith("> "):
            parts.append(f"      <blockquote class=\"pull-quote\"><p>{inline(p[2:])}</p></blockquote>")
        else:
            parts.append(f"      <p>{inline(p)}</p>")
        if i == a.get("figure_after", 1):
            parts.append(figure_html(a))
        if i == a.get("ad_after", 4):
            parts.append('      <div class="ad-slot ad-inarticle" data-ad-unit="mid-1" aria-hidden="true">'
                         '<span class="ad-label">Advertisement</span></div>')
    return "\n".join(parts)


def figure_html(a) -> str:
    cap, credit = a["caption"]
    img = f"https://img.{OUTLETS[a['outlet']]['domain']}/{a['published']:%Y/%m}/{a['slug'][:24]}-1200.jpg"
    return (f'      <figure class="article-figure">\n'
            f'        <img src="{img}" alt="{esc(cap)}" width="1200" height="675" loading="lazy">\n'
            f'        <figcaption>{esc(cap)} <span class="credit">{esc(credit)}</span></figcaption>\n'
            f'      </figure>')


def jsonld(a) -> str:
    o = OUTLETS[a["outlet"]]
    loc = local(a["outlet"], a["published"])
    data = {
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": a["headline"],
        "description": a["dek"], "datePublished": iso(loc),
        "author": [{"@type": "Person", "name": n} for n, _ in a["authors"]] if a["authors"]
        else {"@type": "Organization", "name": a.get("wire_credit", o["name"])},
        "publisher": {"@type": "Organization", "name": o["name"],
                      "logo": {"@type": "ImageObject", "url": f"https://{o['domain']}/static/logo.png"}},
        "mainEntityOfPage": url_of(a), "articleSection": a["section"],
        "keywords": a.get("tags", []),
    }
    if a.get("updated"):
        data["dateModified"] = iso(local(a["outlet"], a["updated"]))
    return ('  <script type="application/ld+json">\n' + json.dumps(data, indent=2, ensure_ascii=False)
            .replace("</", "<\\/") + "\n  </script>")


def date_block(a) -> tuple[str, str]:
    """(head markup, visible markup) for the outlet's date habits."""
    o = OUTLETS[a["outlet"]]
    mode = o["date_mode"]
    loc = local(a["outlet"], a["published"])
    shown = esc(o["fmt"](loc))
    head, vis = "", f'<span class="dateline">{shown}</span>'
    if "jsonld" in mode:
        head += jsonld(a) + "\n"
    if mode in ("jsonld+time", "time"):
        vis = f'<time class="published" datetime="{iso(loc)}">{shown}</time>'
    if mode == "meta":
        head += (f'  <meta property="article:published_time" content="{iso(a["published"].astimezone(timezone.utc))}">\n')
    if mode == "jsonld+meta":
        head += f'  <meta name="publish-date" content="{iso(loc)}">\n'
    if mode == "meta+visible":
        head += f'  <meta name="date" content="{loc:%Y-%m-%d}">\n'
    if mode == "meta-itemprop":
        vis = (f'<meta itemprop="datePublished" content="{iso(loc)}"><span class="pubdate">{shown}</span>')
    if mode == "jsonld":
        vis = f'<span class="pubdate">{shown}</span>'
    if a.get("updated") and mode in ("jsonld+time", "time"):
        u = local(a["outlet"], a["updated"])
        vis += f' <span class="updated">Last modified on <time datetime="{iso(u)}">{esc(o["fmt"](u))}</time></span>'
    return head, vis


def byline_html(a) -> str:
    if not a["authors"]:
        return f'<p class="byline">By <span class="author">{esc(a["wire_credit"])}</span></p>'
    names = " and ".join(f'<a rel="author" href="/profile/{esc(n.lower().replace(" ", "-"))}">{esc(n)}</a>'
                         for n, _ in a["authors"])
    roles = "; ".join(f"{esc(n)} is {esc(r)}" for n, r in a["authors"] if r)
    extra = f'\n        <p class="author-bio">{roles}</p>' if roles else ""
    return f'<p class="byline">By {names}</p>{extra}'


def list_html(cls, title, items, outlet) -> str:
    dom = OUTLETS[outlet]["domain"]
    lis = "\n".join(f'          <li><a href="https://{dom}/{re.sub(r"[^a-z0-9]+", "-", t.lower()).strip("-")}">{esc(t)}</a></li>'
                    for t in items)
    return f'      <aside class="{cls}">\n        <h2>{esc(title)}</h2>\n        <ol>\n{lis}\n        </ol>\n      </aside>'


def comments_html(a) -> str:
    c = a.get("comments")
    if c is None:
        return '      <section class="comments" id="comments"><p>Comments are closed for this article.</p></section>'
    return (f'      <section class="comments" id="comments">\n        <h2>{c} comments</h2>\n'
            f'        <p>Sign in or create your free account to join the conversation.</p>\n'
            f'        <button type="button" class="btn-comments">Show comments</button>\n      </section>')


def page(a) -> str:
    o = OUTLETS[a["outlet"]]
    layout = o["layout"]
    head_dates, vis_date = date_block(a)
    nav = "\n".join(f'          <li><a href="/{s.lower().replace(" ", "-").replace(".", "")}">{esc(s)}</a></li>'
                    for s in o["sections"])
    share = ('      <div class="share-bar" role="group" aria-label="Share this article">\n'
             '        <a class="share share-email" href="mailto:?subject=' + esc(a["headline"][:40]) + '">Email</a>\n'
             '        <a class="share share-x" href="#">Share on X</a>\n'
             '        <a class="share share-fb" href="#">Facebook</a>\n'
             '        <button type="button" class="share-copy">Copy link</button>\n      </div>')
    newsletter = ('      <section class="newsletter-signup">\n'
                  f'        <h2>{esc(o.get("newsletter", "Sign up to our morning briefing"))}</h2>\n'
                  '        <p>The day’s essential stories, in your inbox before breakfast. Free, and you can unsubscribe at any time.</p>\n'
                  '        <form action="/newsletters/subscribe" method="post"><label for="nl-email">Email address</label>'
                  '<input id="nl-email" type="email" name="email"><button type="submit">Sign up</button></form>\n'
                  '      </section>')
    donate = ('      <section class="support-appeal">\n'
              f'        <p><strong>Before you go:</strong> {esc(o.get("appeal", ""))}</p>\n'
              '        <a class="btn-support" href="/support">Support us</a>\n      </section>')
    cookie = ('  <div class="cookie-banner" role="dialog" aria-label="Cookie consent">\n'
              '    <p>We use cookies and similar technologies to personalise content and ads and to analyse our traffic. '
              'You can change your choices at any time in Privacy settings.</p>\n'
              '    <button type="button">Accept all</button> <button type="button">Manage options</button>\n  </div>')
    kicker = f'<p class="kicker">{esc(a.get("kicker", a["section"]))}</p>'
    if layout == "wire" or a.get("wire_credit"):
        credit_line = f'\n        <p class="wire-credit">{esc(a.get("wire_credit", o["name"]))}</p>' if a.get("wire_credit") else ""
    else:
        credit_line = ""
    header_art = (f'      <header class="article-header">\n        {kicker}\n'
                  f'        <h1 class="headline">{esc(a["headline"])}</h1>\n'
                  f'        <p class="standfirst">{esc(a["dek"])}</p>\n'
                  f'        <div class="meta">\n        {byline_html(a)}\n        <p class="date">{vis_date}</p>{credit_line}\n'
                  f'        </div>\n      </header>')
    related = list_html("related", a.get("related_title", "Related"), a["related"], a["outlet"])
    most = list_html("most-read", "Most read", a["most_read"], a["outlet"])
    tags = " ".join(f'<a class="tag" href="/topic/{esc(t.lower().replace(" ", "-"))}">{esc(t)}</a>' for t in a.get("tags", []))
    if layout == "broadsheet":
        article = (f'    <article class="content content--article" id="article">\n{header_art}\n{share}\n'
                   f'      <div class="article-body" itemprop="articleBody">\n{body_html(a)}\n      </div>\n'
                   f'      <p class="topics">Topics: {tags}</p>\n{share}\n{newsletter}\n'
                   f'    </article>\n    <div class="rail">\n{most}\n{related}\n    </div>\n{comments_html(a)}\n{donate}')
    elif layout == "wire":
        article = (f'    <article class="story" itemscope itemtype="https://schema.org/NewsArticle">\n{header_art}\n'
                   f'      <div class="story-body">\n{body_html(a)}\n      </div>\n'
                   f'      <p class="trust">Our Standards: The Meridian Wire Trust Principles.</p>\n{share}\n'
                   f'    </article>\n{related}\n{most}')
    elif layout == "tabloid":
        article = (f'    <div class="page-wrap">\n    <div class="breaking-ticker">BREAKING: {esc(a.get("ticker", a["headline"]))}</div>\n'
                   f'    <main-content>\n    <div class="story-container" itemscope itemtype="https://schema.org/NewsArticle">\n'
                   f'{header_art}\n{share}\n      <div class="story-text">\n{body_html(a)}\n      </div>\n'
                   f'      <div class="tags">{tags}</div>\n{newsletter}\n    </div>\n    </main-content>\n'
                   f'    <div class="sidebar">\n{most}\n{related}\n    </div>\n{comments_html(a)}\n    </div>\n{donate}')
    else:  # portal
        article = (f'    <div class="container">\n      <nav class="breadcrumb" aria-label="Breadcrumb"><a href="/">Home</a> &rsaquo; '
                   f'<a href="/{a["section"].lower()}">{esc(a["section"])}</a></nav>\n'
                   f'    <article class="art" data-article-id="{zlib.crc32(a["slug"].encode()) % 10**7}">\n{header_art}\n{share}\n'
                   f'      <div class="art-content">\n{body_html(a)}\n      </div>\n'
                   f'      <div class="tags-row">{tags}</div>\n    </article>\n{related}\n'
                   f'      <div class="notify-prompt">Allow notifications to get breaking news alerts? <button>Allow</button> <button>Later</button></div>\n'
                   f'{newsletter}\n{most}\n{comments_html(a)}\n{donate}\n    </div>')
    if layout == "tabloid":
        article = article.replace("<main-content>", '<main id="main">').replace("</main-content>", "</main>")
    else:
        article = f'  <main id="main">\n{article}\n  </main>'
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{esc(a["headline"])} | {esc(o["name"])}</title>
  <meta name="description" content="{esc(a["dek"])}">
  <meta property="og:type" content="article">
  <meta property="og:title" content="{esc(a.get("og_title", a["headline"]))}">
  <meta property="og:site_name" content="{esc(o["name"])}">
  <meta property="og:url" content="{url_of(a)}">
  <link rel="canonical" href="{url_of(a)}">
  <link rel="stylesheet" href="https://static.{o["domain"]}/css/main.4f2a9c.css">
{head_dates}  <script async src="https://ads.{o["domain"]}/loader.js"></script>
</head>
<body class="{layout} section-{a["section"].lower().replace(" ", "-")}">
  <a class="skip-link" href="#main">Skip to main content</a>
{cookie}
  <header class="site-header">
    <a class="logo" href="/">{esc(o["name"])}</a> <span class="strap">{esc(o["strap"])}</span>
    <nav class="primary-nav" aria-label="Sections">
      <ul>
{nav}
      </ul>
    </nav>
    <a class="signin" href="/signin">Sign in</a> <a class="subscribe" href="/subscribe">Subscribe</a>
  </header>
  <div class="ad-slot ad-leaderboard" aria-hidden="true"><span class="ad-label">Advertisement</span></div>
{article}
  <footer class="site-footer">
    <nav aria-label="Footer"><ul>
      <li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li>
      <li><a href="/corrections">Corrections</a></li><li><a href="/privacy">Privacy policy</a></li>
      <li><a href="/terms">Terms &amp; conditions</a></li><li><a href="/rss">RSS</a></li>
    </ul></nav>
    <p>&copy; 2026 {esc(o["name"])}. All rights reserved. This is a fictional outlet written for the Storyline demo corpus.</p>
  </footer>
  <script>window.dataLayer = window.dataLayer || []; window.dataLayer.push({{"pageType": "article", "section": "{a["section"]}"}});</script>
</body>
</html>
"""


JUNK_TOP = ["Skip to main content", "Skip to navigation", "Menu", "Search", "Sign in", "Subscribe",
            "We use cookies to improve your experience. Accept all | Manage options"]
JUNK_MID = ["Advertisement", "Advertisement", "Get breaking news alerts: Allow notifications?",
            "Sign in to continue reading", "Already a subscriber? Log in",
            "Support independent journalism. Donate today.", "Share this article", "Copy link",
            "READ MORE:", "Story continues below advertisement", "Listen to this article (4 min)"]


def text_dump(a) -> str:
    rnd = random.Random(a["slug"])
    o = OUTLETS[a["outlet"]]
    loc = local(a["outlet"], a["published"])
    lines = rnd.sample(JUNK_TOP, 4) + [o["name"], " | ".join(o["sections"]), "", a["headline"], a["dek"], ""]
    by = " and ".join(n for n, _ in a["authors"]) if a["authors"] else a["wire_credit"]
    lines += [f"By {by}", o["fmt"](loc), "Share", ""]
    cap = f'{a["caption"][0]} {a["caption"][1]}'
    for i, p in enumerate(a["paras"]):
        lines += [plain(p[3:] if p.startswith(("## ", "> ")) else p), ""]
        if i == a.get("figure_after", 1):
            lines += [cap, cap, ""]  # scrapers often keep both alt text and caption
        if i in (2, 5, 8) or rnd.random() < 0.15:
            lines += [rnd.choice(JUNK_MID), ""]
        if i == 3:
            lines += ["READ MORE", *a["related"][:2], ""]
    lines += ["Topics", ", ".join(a.get("tags", [])), "", "Most read"] + [f"{i + 1}. {t}" for i, t in enumerate(a["most_read"])]
    c = a.get("comments")
    lines += ["", "Comments are closed" if c is None else f"{c} comments", "Sign in to continue",
              o.get("appeal", ""),
              f"© 2026 {o['name']}", "About us | Contact | Privacy policy | Terms & conditions"]
    style = a.get("dump_style", "blank")
    if style == "wrapped":
        # some scrapers hard-wrap at a fixed width, splitting sentences (and numbers' context) across lines
        lines = [w for ln in lines for w in (textwrap.wrap(ln, 72) or [""])]
    elif style == "dense":
        lines = [ln for ln in lines if ln.strip()]
    return "\n".join(lines) + "\n"


def words(a) -> int:
    return sum(len(plain(p).split()) for p in a["paras"])


def main() -> None:
    from html.parser import HTMLParser
    all_articles = []
    for ev in EVENTS:
        d = ROOT / ev.KEY
        (d / "html").mkdir(parents=True, exist_ok=True)
        (d / "text").mkdir(parents=True, exist_ok=True)
        for a in ev.ARTICLES:
            a.setdefault("event", ev.KEY)
            all_articles.append(a)
            name = f'{a["outlet"]}-{a["slug"]}'
            doc = page(a)
            HTMLParser().feed(doc)
            (d / "html" / f"{name}.html").write_text(doc, encoding="utf-8")
            if a.get("text_dump"):
                (d / "text" / f"{name}.txt").write_text(text_dump(a), encoding="utf-8")
            body = " ".join(plain(p) for p in a["paras"])
            for f in a["figures"]:
                if f["span"] not in body:
                    raise SystemExit(f'{name}: figure span not in text: {f["span"]!r}')
            n = words(a)
            if not 300 <= n <= 700 and not a.get("wire_credit"):
                print(f"warning: {name} has {n} words", file=sys.stderr)
            print(f"{name}: {n} words, {len(a['figures'])} figures")
        with open(d / "articles.jsonl", "w", encoding="utf-8") as fh:
            for a in ev.ARTICLES[:2]:
                rec = {"url": url_of(a), "title": a["headline"], "outlet": OUTLETS[a["outlet"]]["name"],
                       "published": iso(local(a["outlet"], a["published"]))}
                if a is ev.ARTICLES[0]:
                    rec["html"] = page(a)
                else:
                    rec["text"] = "\n\n".join(plain(p.removeprefix("## ")) for p in a["paras"])
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    import render_extras
    render_extras.write(DEMO, all_articles, EVENTS, url_of, iso, local)


if __name__ == "__main__":
    main()
