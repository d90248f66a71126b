// Download links for a story's exports (served by the API).
import { el, replaceChildren } from "../dom.js";

const EXPORTS = Object.freeze([
  ["briefing.md", "Markdown"],
  ["briefing.html", "HTML"],
  ["briefing.json", "JSON"],
  ["figures.csv", "Figures (CSV)"],
  ["places.geojson", "Places (GeoJSON)"],
  ["timeline.json", "Timeline (TimelineJS)"],
]);

export function renderExports(host, storyId) {
  const base = `/api/stories/${encodeURIComponent(storyId)}`;
  replaceChildren(host, [
    el("span", { className: "exports-label", text: "Download: " }),
    el("ul", {}, EXPORTS.map(([file, label]) => el("li", {}, el("a", { href: `${base}/${file}`, text: label, attrs: { download: "" } })))),
  ]);
}
