// Looks up a story's articles by id: titles, outlets and dates for citations and charts.

export function articleIndex(story) {
  return new Map((story.articles ?? []).map((article) => [String(article.id), article]));
}

/** Where a sentence sits in its article's text, or null when the text does not hold it verbatim. */
export function findSentence(article, sentence) {
  if (!article?.text || !sentence) return null;
  const start = article.text.indexOf(sentence);
  return start < 0 ? null : { start, end: start + sentence.length };
}

export function articleLabel(article, fallbackId) {
  return article?.outlet || article?.title || `article ${fallbackId}`;
}
