// Full-text search over articles: results with highlighted snippets (segments from the API, no markup).
import { getJson } from "../api.js";
import { byId, el, replaceChildren } from "../dom.js";
import { formatDate } from "../format.js";
import { articleHref, storyHref } from "../links.js";
import { readQuery, fillForm, readOffset } from "../query.js";
import { renderPager } from "../pager.js";
import { loadFacets } from "../facets.js";
import { setStatus, showError } from "../status.js";

const PAGE_SIZE = 20;

function snippet(segments) {
  return el("p", { className: "snippet" }, (segments ?? []).map((segment) =>
    segment.match ? el("mark", { text: segment.text }) : document.createTextNode(segment.text ?? "")));
}

function result(item) {
  return el("li", { className: "result" }, [
    el("h2", {}, el("a", { href: articleHref(item.article_id), text: item.title || "(untitled)" })),
    el("p", { className: "meta" }, [
      item.outlet ? el("span", { className: "outlet", text: item.outlet }) : null,
      item.published ? ` · ${formatDate(item.published)}` : "",
      item.story_id ? [" · ", el("a", { href: storyHref(item.story_id), text: "story" })] : "",
    ]),
    snippet(item.snippet),
  ]);
}

async function main() {
  const form = byId("search-form");
  const query = readQuery(["q", "from", "to", "outlet"]);
  fillForm(form, query);
  loadFacets(form, query).catch(() => {});
  if (!query.q.trim()) {
    setStatus("Type words to search every stored article.");
    byId("search-q").focus();
    document.body.dataset.ready = "true";
    return;
  }
  setStatus("Searching…");
  try {
    const page = await getJson("search", { ...query, limit: PAGE_SIZE, offset: readOffset() });
    setStatus("");
    byId("result-count").textContent = page.total === 0
      ? `No articles match “${query.q}”.`
      : `${page.total} ${page.total === 1 ? "article matches" : "articles match"} “${query.q}”`;
    replaceChildren(byId("results"), page.items.map(result));
    renderPager(byId("pager"), page);
    document.body.dataset.ready = "true";
  } catch (error) {
    showError(error, "The search");
  }
}

main();
