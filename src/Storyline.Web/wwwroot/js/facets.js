// Fills filter drop-downs from GET /api/facets.
import { el } from "./dom.js";
import { getJson } from "./api.js";

function fill(select, items, valueOf, labelOf, selected) {
  if (!select) return;
  for (const item of items ?? []) {
    const value = valueOf(item);
    const option = el("option", { text: `${labelOf(item)} (${item.count})`, attrs: { value } });
    if (value === selected) option.selected = true;
    select.append(option);
  }
}

/** Loads the facets and adds them as options; a failure leaves the selects with their "any" option. */
export async function loadFacets(form, selected) {
  const facets = await getJson("facets");
  fill(form.elements.namedItem("place"), facets.places, (p) => p.name, (p) => p.name, selected.place);
  fill(form.elements.namedItem("entity"), facets.entities, (e) => e.key, (e) => e.name, selected.entity);
  fill(form.elements.namedItem("outlet"), facets.outlets, (o) => o.name, (o) => o.name, selected.outlet);
}
