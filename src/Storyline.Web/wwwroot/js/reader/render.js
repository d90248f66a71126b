// Renders article text as paragraphs of text nodes and highlight spans. One sweep over the sorted
// mark boundaries: linear in text length plus marks, never parsing the text as markup.
import { el } from "../dom.js";

/** Paragraph ranges: text between line breaks, blank lines dropped. */
function paragraphs(text) {
  const ranges = [];
  const pattern = /[^\n]+/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (match[0].trim()) ranges.push({ start: match.index, end: match.index + match[0].length });
  }
  return ranges;
}

function segmentNode(text, active) {
  if (active.length === 0) return document.createTextNode(text);
  const classes = [...new Set(active.flatMap((m) => m.classes))];
  const notes = [...new Set(active.map((m) => m.note).filter(Boolean))];
  return el("span", { className: classes.join(" "), text, attrs: { title: notes.join("; ") || null } });
}

/** Builds the paragraphs of the text with every mark applied; overlapping marks combine their classes. */
export function renderMarkedText(text, marks) {
  const sorted = [...marks].sort((a, b) => a.start - b.start || b.end - a.end);
  const boundaries = new Set();
  for (const m of sorted) {
    boundaries.add(m.start);
    boundaries.add(m.end);
  }
  const cuts = [...boundaries].sort((a, b) => a - b);
  let next = 0;
  let active = [];
  let cutIndex = 0;

  return paragraphs(text).map((paragraph) => {
    const p = el("p");
    let position = paragraph.start;
    while (position < paragraph.end) {
      while (cutIndex < cuts.length && cuts[cutIndex] <= position) cutIndex++;
      const stop = Math.min(paragraph.end, cutIndex < cuts.length ? cuts[cutIndex] : paragraph.end);
      while (next < sorted.length && sorted[next].start <= position) active.push(sorted[next++]);
      active = active.filter((m) => m.end > position);
      p.append(segmentNode(text.slice(position, stop), active));
      position = stop;
    }
    return p;
  });
}
