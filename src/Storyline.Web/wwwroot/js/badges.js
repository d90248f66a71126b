// How a quantity's reconciliation reads: one badge per relation, with a plain-language explanation.
import { el } from "./dom.js";

const RELATIONS = Object.freeze({
  agreed: { label: "agreed", help: "Independent sources report the same figure." },
  compatible: { label: "compatible", help: "The figures differ but their ranges overlap." },
  refined: { label: "refined", help: "A later report narrows an earlier range." },
  updated: { label: "updated", help: "A later report supersedes an earlier count." },
  contested: { label: "contested", help: "Sources report figures that cannot both be true." },
  differently_scoped: { label: "differently scoped", help: "The figures count different things or places." },
  single: { label: "single source", help: "Only one original source reports this figure." },
});

export function relationInfo(relation) {
  return RELATIONS[relation] ?? { label: String(relation ?? "unknown").replaceAll("_", " "), help: "" };
}

/** A badge element for a relation; the class is derived from the known list only, never from raw data. */
export function relationBadge(relation) {
  const known = Object.hasOwn(RELATIONS, relation) ? relation : "unknown";
  const info = relationInfo(relation);
  return el("span", { className: `badge badge-${known.replaceAll("_", "-")}`, text: info.label, attrs: { title: info.help || null } });
}

export function allRelations() {
  return Object.keys(RELATIONS);
}
