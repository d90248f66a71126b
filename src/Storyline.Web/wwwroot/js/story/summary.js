// The summary: each sentence followed by a citation that opens the reader at that sentence.
import { el, replaceChildren } from "../dom.js";
import { articleSpanHref } from "../links.js";
import { findSentence, articleLabel } from "./articles.js";

/**
 * Where the sentence is in its article: the span the briefing quotes it from, or — for a briefing
 * cached before summaries carried spans — the first place the article holds the text verbatim.
 */
export function summarySpan(sentence, article) {
  const { start, end } = sentence;
  const length = article?.text?.length;
  if (Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start && (length === undefined || end <= length)) {
    return { start, end };
  }
  return findSentence(article, sentence.text);
}

function citation(sentence, articles) {
  const article = articles.get(String(sentence.article_id));
  const span = summarySpan(sentence, article);
  const href = articleSpanHref(sentence.article_id, span?.start, span?.end);
  const label = sentence.outlet || articleLabel(article, sentence.article_id);
  return el("a", { className: "citation", href, text: label, attrs: { "aria-label": `Source: ${label}` } });
}

export function renderSummary(host, story, articles) {
  const items = (story.summary ?? []).map((sentence) =>
    el("li", {}, [el("span", { text: sentence.text }), " ", citation(sentence, articles)]));
  replaceChildren(host, items.length ? items : el("li", { className: "empty", text: "No summary for this story." }));
}
