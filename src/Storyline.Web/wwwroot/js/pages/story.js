// The story page: summary with citations, timeline, map, figures with badges and charts, sources.
import { getJson } from "../api.js";
import { byId } from "../dom.js";
import { countOf, formatDate } from "../format.js";
import { idFromPath } from "../links.js";
import { checkVendor } from "../vendor.js";
import { setStatus, showError } from "../status.js";
import { articleIndex } from "../story/articles.js";
import { renderSummary } from "../story/summary.js";
import { renderTimeline } from "../story/timeline.js";
import { renderPlaces } from "../story/map.js";
import { renderFigures, renderFiguresGlance, renderBadgeLegend } from "../story/figures.js";
import { renderSources } from "../story/sources.js";
import { renderEntities } from "../story/entities.js";
import { renderExports } from "../story/exports.js";

function storyMeta(story) {
  const articles = story.articles ?? [];
  const outlets = new Set(articles.map((article) => article.outlet).filter(Boolean));
  const dates = articles.map((article) => article.published).filter(Boolean).sort();
  const range = dates.length ? ` · ${formatDate(dates[0])} – ${formatDate(dates[dates.length - 1])}` : "";
  return `${countOf(articles.length, "article")} from ${countOf(outlets.size, "outlet")}${range}`;
}

/** Each part renders on its own: one failing (a library quirk, odd data) must not blank the others. */
function renderPart(name, render) {
  try {
    render();
  } catch (error) {
    console.error(`story: ${name} failed`, error);
    setStatus(`Part of the page (${name}) could not be shown: ${error.message}`, "error");
  }
}

async function main() {
  const id = idFromPath();
  checkVendor(["leaflet", "timeline", "chart"]);
  renderBadgeLegend(byId("badge-legend"));
  if (!id) {
    setStatus("No story id in the address.", "error");
    return;
  }
  setStatus("Loading the story…");
  let story;
  try {
    story = await getJson(`stories/${encodeURIComponent(id)}`);
  } catch (error) {
    showError(error, "This story");
    return;
  }
  setStatus("");
  document.title = `${story.title} · Storyline`;
  byId("story-title").textContent = story.title;
  byId("story-meta").textContent = storyMeta(story);
  const articles = articleIndex(story);
  renderPart("exports", () => renderExports(byId("exports"), story.id ?? id));
  renderPart("summary", () => renderSummary(byId("summary-list"), story, articles));
  renderPart("figures", () => {
    renderFiguresGlance(byId("figures-glance"), story);
    renderFigures(byId("figures"), story, articles);
  });
  renderPart("sources", () => renderSources(byId("sources"), story, articles));
  renderPart("entities", () => renderEntities(byId("entity-list"), story));
  renderPart("map", () => renderPlaces(byId("map"), byId("place-list"), story));
  renderPart("timeline", () => renderTimeline(byId("timeline"), byId("timeline-list"), story, articles));
  document.body.dataset.ready = "true";
}

main();
