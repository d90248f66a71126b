// The story's places on a Leaflet map over an offline world outline (no tile server), with a list beside it.
import { el, replaceChildren } from "../dom.js";
import { countOf } from "../format.js";
import { storiesHref } from "../links.js";
import { library, WORLD_OUTLINE_URL, showVendorNotice } from "../vendor.js";

const OUTLINE_STYLE = Object.freeze({ color: "#6b7280", weight: 0.8, fillColor: "#e5e7eb", fillOpacity: 1 });
const MARKER_STYLE = Object.freeze({ color: "#7c2d12", weight: 2, fillColor: "#ea580c", fillOpacity: 0.75 });

function hasCoordinates(place) {
  return Number.isFinite(place.lat) && Number.isFinite(place.lon) && !(place.lat === 0 && place.lon === 0);
}

function placeItem(place) {
  const where = [place.kind, place.country].filter(Boolean).join(", ");
  return el("li", {}, [
    el("a", { href: storiesHref({ place: place.name }), text: place.name }),
    where ? el("span", { className: "hint", text: ` ${where}` }) : null,
    place.mentions ? el("span", { className: "hint", text: ` · ${countOf(place.mentions, "mention")}` }) : null,
  ]);
}

async function addOutline(L, map) {
  try {
    const response = await fetch(WORLD_OUTLINE_URL);
    if (!response.ok) throw new Error(String(response.status));
    const outline = await response.json();
    L.geoJSON(outline, { style: () => OUTLINE_STYLE, interactive: false }).addTo(map).bringToBack();
  } catch {
    showVendorNotice(["world outline (vendor/world/countries.json)"]);
  }
}

/** The places the story is about: a country named once in passing should not zoom the map out to the world. */
function mainPlaces(located, maxMentions) {
  const threshold = Math.max(2, 0.2 * maxMentions);
  const main = located.filter((place) => (place.mentions ?? 1) >= threshold);
  return main.length ? main : located;
}

function renderMap(host, places) {
  const L = library("leaflet");
  if (!L) {
    replaceChildren(host, el("p", { className: "empty", text: "The map needs Leaflet (see the notice above); the places are listed below." }));
    host.classList.add("map-missing");
    return;
  }
  const located = places.filter(hasCoordinates);
  const map = L.map(host, { worldCopyJump: false, minZoom: 1, maxZoom: 9, zoomSnap: 0.5 });
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution("Outline: Natural Earth");
  const maxMentions = Math.max(1, ...located.map((place) => place.mentions ?? 1));
  for (const place of located) {
    const radius = 5 + 9 * Math.sqrt((place.mentions ?? 1) / maxMentions);
    // Tooltip content as an element: Leaflet inserts string content as HTML.
    L.circleMarker([place.lat, place.lon], { ...MARKER_STYLE, radius })
      .bindTooltip(el("span", { text: place.name }), { direction: "top" })
      .addTo(map);
  }
  const focus = mainPlaces(located, maxMentions);
  if (focus.length === 0) map.setView([15, 10], 1);
  else if (focus.length === 1) map.setView([focus[0].lat, focus[0].lon], 6);
  else map.fitBounds(L.latLngBounds(focus.map((place) => [place.lat, place.lon])), { padding: [30, 30], maxZoom: 7 });
  addOutline(L, map);
}

export function renderPlaces(mapHost, listHost, story) {
  const places = [...(story.places ?? [])];
  replaceChildren(listHost, places.length ? places.map(placeItem) : el("li", { className: "empty", text: "No places recognised." }));
  renderMap(mapHost, places);
}
