// The story's timeline: vis-timeline when its library is loaded, and always a plain list beside it.
import { el, replaceChildren } from "../dom.js";
import { formatDate } from "../format.js";
import { articleHref } from "../links.js";
import { library } from "../vendor.js";

const SHORT = 90;

function shorten(text) {
  return text.length <= SHORT ? text : `${text.slice(0, SHORT - 1).trimEnd()}…`;
}

function listItem(entry, articles) {
  const sources = (entry.article_ids ?? []).map((id) => {
    const article = articles.get(String(id));
    return el("a", { href: articleHref(id), text: article?.outlet || `article ${id}` });
  });
  return el("li", {}, [
    el("time", { text: formatDate(entry.date) || entry.date, attrs: { datetime: entry.date } }),
    " ",
    el("span", { text: entry.text }),
    sources.length ? el("span", { className: "cited-by" }, [" (", sources.flatMap((a, i) => (i ? [", ", a] : [a])), ")"]) : null,
  ]);
}

function renderChart(host, entries) {
  const vis = library("timeline");
  if (!vis) {
    replaceChildren(host, el("p", { className: "empty", text: "The timeline chart needs vis-timeline (see the notice above); the list below has every entry." }));
    return;
  }
  // Content is an element built with textContent: vis-timeline inserts strings as HTML.
  const items = entries
    .filter((entry) => !Number.isNaN(new Date(entry.date).getTime()))
    .map((entry, index) => ({ id: index + 1, start: entry.date, content: el("span", { text: shorten(entry.text) }) }));
  if (items.length === 0) {
    replaceChildren(host, el("p", { className: "empty", text: "No dated events." }));
    return;
  }
  host.replaceChildren();
  new vis.Timeline(host, items, {
    stack: true,
    maxHeight: 420,
    zoomKey: "ctrlKey",
    margin: { item: 6 },
    orientation: { axis: "top", item: "top" },
    verticalScroll: true,
    selectable: false,
  });
}

export function renderTimeline(chartHost, listHost, story, articles) {
  const entries = [...(story.timeline ?? [])];
  replaceChildren(listHost, entries.length ? entries.map((entry) => listItem(entry, articles)) : el("li", { className: "empty", text: "No timeline entries." }));
  renderChart(chartHost, entries);
}
