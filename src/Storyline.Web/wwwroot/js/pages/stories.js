// The stories list: latest or most covered, filtered by date range, place, entity, outlet and words.
import { getJson } from "../api.js";
import { byId, el, replaceChildren } from "../dom.js";
import { countOf, formatDate } from "../format.js";
import { storyHref, searchHref } from "../links.js";
import { readQuery, fillForm, readOffset } from "../query.js";
import { renderPager } from "../pager.js";
import { loadFacets } from "../facets.js";
import { setStatus, showError } from "../status.js";

const PAGE_SIZE = 20;
const FILTERS = ["q", "order", "from", "to", "place", "entity", "outlet"];

function dateRange(story) {
  const first = formatDate(story.first_published);
  const last = formatDate(story.last_published);
  return first === last || !last ? first : `${first} – ${last}`;
}

function storyCard(story) {
  const places = (story.places ?? []).map((place) => place.name).filter(Boolean);
  const outlets = story.outlets ?? [];
  return el("li", { className: "story-card" }, [
    el("h2", {}, el("a", { href: storyHref(story.id), text: story.title || "(untitled story)" })),
    el("p", { className: "meta" }, [
      `${countOf(story.article_count, "article")} from ${countOf(story.outlet_count, "outlet")}`,
      dateRange(story) ? ` · ${dateRange(story)}` : "",
      story.contested > 0 ? el("span", { className: "badge badge-contested", text: `${story.contested} contested` }) : null,
    ]),
    places.length ? el("p", { className: "card-places", text: `Places: ${places.slice(0, 6).join(", ")}` }) : null,
    outlets.length ? el("p", { className: "card-outlets", text: `Outlets: ${outlets.slice(0, 8).join(", ")}` }) : null,
  ]);
}

async function main() {
  const form = byId("story-filters");
  const filters = readQuery(FILTERS);
  const offset = readOffset();
  fillForm(form, filters);
  loadFacets(form, filters).catch(() => setStatus("Filters could not be loaded; the list still works.", "warning"));

  setStatus("Loading stories…");
  try {
    const page = await getJson("stories", { ...filters, order: filters.order || "latest", limit: PAGE_SIZE, offset });
    const count = byId("story-count");
    if (page.items.length === 0) {
      setStatus("");
      replaceChildren(count, [
        "No stories match these filters.",
        filters.q ? [" ", el("a", { href: searchHref(filters.q), text: `Search articles for “${filters.q}”` })] : null,
      ]);
    } else {
      setStatus("");
      replaceChildren(count, [countOf(page.total, "story", "stories"),
        filters.q ? [" · ", el("a", { href: searchHref(filters.q), text: "search the articles instead" })] : null]);
    }
    replaceChildren(byId("story-list"), page.items.map(storyCard));
    renderPager(byId("pager"), page);
    document.body.dataset.ready = "true";
  } catch (error) {
    showError(error, "The stories");
  }
}

main();
