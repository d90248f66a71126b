// The app's own URLs, built in one place so pages and tests agree on them.

const segment = (value) => encodeURIComponent(String(value));

export const storyHref = (id) => `/stories/${segment(id)}`;
export const articleHref = (id) => `/articles/${segment(id)}`;

/** The reader at one span of an article's text: the figure (or sentence) is marked and scrolled to. */
export function articleSpanHref(id, start, end) {
  if (!Number.isInteger(start) || !Number.isInteger(end) || end <= start) return articleHref(id);
  return `${articleHref(id)}#span-${start}-${end}`;
}

/** Parses "#span-12-40" into { start, end }, or null. */
export function parseSpanHash(hash) {
  const match = /^#span-(\d+)-(\d+)$/.exec(hash ?? "");
  if (!match) return null;
  const start = Number(match[1]);
  const end = Number(match[2]);
  return end > start ? { start, end } : null;
}

export const searchHref = (q) => `/search?q=${encodeURIComponent(q)}`;

export function storiesHref(params) {
  const query = new URLSearchParams(Object.entries(params).filter(([, value]) => value !== "" && value != null));
  const text = query.toString();
  return text ? `/?${text}` : "/";
}

/** The last path segment of the current page (/stories/{id}, /articles/{id}). */
export function idFromPath() {
  const parts = window.location.pathname.split("/").filter(Boolean);
  return parts.length >= 2 ? decodeURIComponent(parts[parts.length - 1]) : null;
}
