// The sources panel: each outlet, its articles, the original sources it cites, and whose copy it is.
import { el, replaceChildren } from "../dom.js";
import { formatDate } from "../format.js";
import { articleHref, storiesHref } from "../links.js";

function articleLink(id, articles) {
  const article = articles.get(String(id));
  return el("li", {}, [
    el("a", { href: articleHref(id), text: article?.title || `article ${id}` }),
    article?.published ? el("span", { className: "hint", text: ` · ${formatDate(article.published)}` }) : null,
  ]);
}

function outletBlock(source, articles) {
  const copies = (source.copies_of ?? []).map((id) => articles.get(String(id))?.outlet || `article ${id}`);
  return el("section", { className: "source" }, [
    el("h3", {}, el("a", { href: storiesHref({ outlet: source.outlet }), text: source.outlet })),
    el("ul", { className: "source-articles" }, (source.article_ids ?? []).map((id) => articleLink(id, articles))),
    copies.length ? el("p", { className: "hint", text: `Copies a report of: ${[...new Set(copies)].join(", ")}` }) : null,
    el("p", { className: "source-label", text: "Original sources cited:" }),
    (source.original_sources ?? []).length
      ? el("ul", { className: "original-sources" }, source.original_sources.map((name) => el("li", { text: name })))
      : el("p", { className: "hint", text: "none named (the outlet states its figures itself)" }),
  ]);
}

export function renderSources(host, story, articles) {
  const sources = story.sources ?? [];
  replaceChildren(host, sources.length ? sources.map((source) => outletBlock(source, articles)) : el("p", { className: "empty", text: "No sources." }));
}
