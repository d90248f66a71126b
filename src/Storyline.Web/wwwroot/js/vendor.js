// The three libraries come from npm via tools/web-assets/install.sh; when they were not installed,
// the page says so plainly instead of leaving an empty box.
import { el, append } from "./dom.js";

const LIBRARIES = Object.freeze({
  leaflet: { global: "L", name: "Leaflet (map)" },
  timeline: { global: "vis", name: "vis-timeline (timeline)" },
  chart: { global: "Chart", name: "Chart.js (charts)" },
});

export const WORLD_OUTLINE_URL = "/vendor/world/countries.json";

/** The library's global, or null when its vendor file did not load. */
export function library(key) {
  const spec = LIBRARIES[key];
  return (spec && globalThis[spec.global]) || null;
}

/** Shows one notice listing the libraries a page needs but could not load; returns whether all are present. */
export function checkVendor(keys) {
  const missing = keys.filter((key) => !library(key)).map((key) => LIBRARIES[key].name);
  if (missing.length === 0) return true;
  showVendorNotice(missing);
  return false;
}

export function showVendorNotice(missing) {
  const host = document.getElementById("vendor-status");
  if (!host) return;
  host.hidden = false;
  host.replaceChildren();
  append(host, [
    el("strong", { text: "Front-end libraries missing: " }),
    missing.join(", "),
    ". Run ",
    el("code", { text: "tools/web-assets/install.sh" }),
    " and rebuild; the rest of the page still works.",
  ]);
}
