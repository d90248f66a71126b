// Turns an article's annotations into marks: { start, end, classes, note }, offsets into the text.
// Classes come only from fixed lists here, never from the data.
import { formatInterval, humanize } from "../format.js";

const ENTITY_TYPES = new Set(["person", "organization", "location", "miscellaneous"]);

function valid(span, length) {
  return span && Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.end > span.start && span.end <= length;
}

function mark(span, classes, note) {
  return Object.freeze({ start: span.start, end: span.end, classes: Object.freeze(classes), note });
}

function entityMarks(entities) {
  return (entities ?? []).map((entity) => {
    const type = ENTITY_TYPES.has(entity.type) ? entity.type : "miscellaneous";
    return mark(entity, ["hl-entity", `hl-entity-${type}`], `${type}: ${entity.key || entity.text || ""}`);
  });
}

function placeMarks(places) {
  return (places ?? []).map((place) => mark(place, ["hl-place"], `place: ${place.name ?? ""}`));
}

function timeMarks(times) {
  return (times ?? []).map((time) => mark(time, ["hl-time"], `time: ${time.value ?? time.text ?? ""}`));
}

function figureMarks(figures, claims) {
  const categories = new Map((claims ?? []).map((claim) => [`${claim.start}-${claim.end}`, claim.category]));
  return (figures ?? []).map((figure) => {
    const category = categories.get(`${figure.start}-${figure.end}`);
    const interval = formatInterval(figure.low, figure.high, figure.value);
    return mark(figure, ["hl-figure"], `figure: ${interval}${category ? ` (${humanize(category)})` : ""}`);
  });
}

function attributionMarks(attributions) {
  return (attributions ?? []).flatMap((attribution) => [
    attribution.cue && mark(attribution.cue, ["hl-attr-cue"], "attribution: cue"),
    attribution.source && mark(attribution.source, ["hl-attr-source"], "attribution: source"),
    attribution.content && mark(attribution.content, ["hl-attr-content"], "attribution: what was said"),
  ]).filter(Boolean);
}

/** Every highlight of the article, bounded to its text. */
export function annotationMarks(annotations, textLength) {
  const a = annotations ?? {};
  return [
    ...attributionMarks(a.attributions),
    ...entityMarks(a.entities),
    ...placeMarks(a.places),
    ...timeMarks(a.times),
    ...figureMarks(a.figures, a.claims),
  ].filter((m) => valid(m, textLength));
}

/** The cited span and the sentence around it (from the sentences layer, or by punctuation when absent). */
export function targetMarks(target, text, sentences) {
  if (!valid(target, text.length)) return [];
  const sentence = (sentences ?? []).find((s) => s.start <= target.start && s.end >= target.end) ?? sentenceAround(text, target);
  return [mark(sentence, ["target-sentence"], null), mark(target, ["hl-target"], "cited passage")];
}

function sentenceAround(text, { start, end }) {
  let from = start;
  while (from > 0 && !/[.!?\n]/.test(text[from - 1])) from--;
  let to = end;
  while (to < text.length && !/[.!?\n]/.test(text[to])) to++;
  if (to < text.length && text[to] !== "\n") to++;
  while (from < start && /\s/.test(text[from])) from++;
  return { start: from, end: Math.max(to, end) };
}
