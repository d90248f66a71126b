// The article reader: clean text with its annotations highlighted; #span-{start}-{end} marks and
// scrolls to a cited passage (figures and summary citations link here).
import { getJson } from "../api.js";
import { byId, el, externalLink, replaceChildren, safeHref } from "../dom.js";
import { formatDateTime } from "../format.js";
import { idFromPath, parseSpanHash, storyHref } from "../links.js";
import { setStatus, showError } from "../status.js";
import { annotationMarks, targetMarks } from "../reader/marks.js";
import { renderMarkedText } from "../reader/render.js";
import { renderLegend } from "../reader/legend.js";

/** The page the article came from: its canonical address when that is a web link, else where it was read. */
function originalPage(article) {
  return [article.canonical_url, article.url].find((url) => safeHref(url)?.startsWith("http")) ?? article.url ?? null;
}

function renderMeta(article) {
  const authors = (article.authors ?? []).filter(Boolean);
  replaceChildren(byId("article-meta"), [
    article.outlet ? el("span", { className: "outlet", text: article.outlet }) : null,
    authors.length ? ` · by ${authors.join(", ")}` : "",
    article.published ? [" · ", el("time", { text: formatDateTime(article.published), attrs: { datetime: article.published } })] : "",
    originalPage(article) ? [" · ", externalLink(originalPage(article), "original page")] : "",
  ]);
  const standfirst = byId("article-standfirst");
  standfirst.textContent = article.standfirst ?? "";
  standfirst.hidden = !article.standfirst;
  const story = byId("article-story");
  replaceChildren(story, article.story_id ? ["← ", el("a", { href: storyHref(article.story_id), text: "Back to the story" })] : null);
}

function renderText(article) {
  const text = article.text ?? "";
  const target = parseSpanHash(window.location.hash);
  const marks = [
    ...annotationMarks(article.annotations, text.length),
    ...(target ? targetMarks(target, text, article.annotations?.sentences) : []),
  ];
  replaceChildren(byId("article-text"), renderMarkedText(text, marks));
  if (!target) return;
  const first = document.querySelector("#article-text .hl-target");
  if (!first) {
    setStatus("The cited passage is not in this version of the article.", "warning");
    return;
  }
  first.setAttribute("tabindex", "-1");
  first.id = "cited";
  first.scrollIntoView({ block: "center" });
  first.focus({ preventScroll: true });
}

async function main() {
  renderLegend(byId("legend"));
  const id = idFromPath();
  if (!id) {
    setStatus("No article id in the address.", "error");
    return;
  }
  setStatus("Loading the article…");
  let article;
  try {
    article = await getJson(`articles/${encodeURIComponent(id)}`);
  } catch (error) {
    showError(error, "This article");
    return;
  }
  setStatus("");
  document.title = `${article.title || "Article"} · Storyline`;
  byId("article-title").textContent = article.title || "(untitled)";
  renderMeta(article);
  renderText(article);
  window.addEventListener("hashchange", () => renderText(article));
  document.body.dataset.ready = "true";
}

main();
