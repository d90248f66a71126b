#!/usr/bin/env bash
# Installs the pinned front-end libraries from the committed lockfile and copies the files the
# pages load into src/Storyline.Web/wwwroot/vendor/ (not committed; the pages say when it is absent).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
vendor="$here/../../src/Storyline.Web/wwwroot/vendor"
cd "$here"

command -v npm >/dev/null || { echo "web-assets: npm not found (install Node.js 18+)" >&2; exit 1; }
# Peer dependencies are skipped: the vis-timeline standalone build bundles its own.
npm ci --omit=peer --ignore-scripts --no-audit --no-fund --loglevel=error

modules="$here/node_modules"
rm -rf "$vendor"
mkdir -p "$vendor/leaflet/images" "$vendor/vis-timeline" "$vendor/chart.js" "$vendor/world"

cp "$modules/leaflet/dist/leaflet.js" "$modules/leaflet/dist/leaflet.css" "$modules/leaflet/LICENSE" "$vendor/leaflet/"
cp "$modules/leaflet/dist/images/"*.png "$vendor/leaflet/images/"

cp "$modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js" \
   "$modules/vis-timeline/styles/vis-timeline-graph2d.min.css" \
   "$modules/vis-timeline/LICENSE.MIT.txt" "$modules/vis-timeline/LICENSE.Apache-2.0.txt" "$vendor/vis-timeline/"

cp "$modules/chart.js/dist/chart.umd.min.js" "$modules/chart.js/LICENSE.md" "$vendor/chart.js/"

# The world outline ships as TopoJSON; the map wants GeoJSON, so convert once here rather than in every browser.
node "$here/world-outline.mjs" "$modules/world-atlas/countries-50m.json" "$vendor/world/countries.json"
cp "$modules/world-atlas/LICENSE" "$vendor/world/LICENSE"

echo "web-assets: vendor files copied to ${vendor#"$here/../../"}"
