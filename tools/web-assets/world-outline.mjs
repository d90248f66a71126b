// Converts world-atlas TopoJSON (Natural Earth) into a GeoJSON FeatureCollection of countries,
// rounding coordinates to 0.01 degree (~1 km) to keep the file small: the map is an outline, not a survey.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { feature } = require("topojson-client");

const [source, target] = process.argv.slice(2);
if (!source || !target) {
  console.error("usage: node world-outline.mjs COUNTRIES_TOPOJSON OUT_GEOJSON");
  process.exit(2);
}

const topology = JSON.parse(readFileSync(source, "utf8"));
const countries = feature(topology, topology.objects.countries);
const round = (value) => Math.round(value * 100) / 100;
const roundCoordinates = (coordinates) =>
  typeof coordinates[0] === "number" ? coordinates.map(round) : coordinates.map(roundCoordinates);

const outline = {
  type: "FeatureCollection",
  features: countries.features.map((country) => ({
    type: "Feature",
    properties: { name: country.properties?.name ?? "" },
    geometry: country.geometry && {
      type: country.geometry.type,
      coordinates: roundCoordinates(country.geometry.coordinates),
    },
  })),
};
writeFileSync(target, JSON.stringify(outline));
