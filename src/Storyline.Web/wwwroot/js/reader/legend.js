// The reader's legend: one sample per highlight class, styled by the same CSS as the text.
import { el, replaceChildren } from "../dom.js";

const ENTRIES = Object.freeze([
  ["hl-entity hl-entity-person", "Person"],
  ["hl-entity hl-entity-organization", "Organisation"],
  ["hl-entity hl-entity-location", "Named location"],
  ["hl-entity hl-entity-miscellaneous", "Other name"],
  ["hl-place", "Place on the map"],
  ["hl-time", "Time expression"],
  ["hl-figure", "Figure"],
  ["hl-attr-source", "Who said it"],
  ["hl-attr-cue", "Saying verb"],
  ["hl-attr-content", "What was said"],
  ["hl-target", "Cited passage"],
]);

export function renderLegend(host) {
  replaceChildren(host, ENTRIES.map(([classes, label]) => el("li", {}, el("span", { className: classes, text: label }))));
}
