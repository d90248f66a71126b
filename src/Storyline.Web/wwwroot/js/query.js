// A page's filters live in its URL query string, so a filtered view can be bookmarked and shared.

/** The current query parameters as a frozen plain object, keeping only the names asked for. */
export function readQuery(names) {
  const params = new URLSearchParams(window.location.search);
  return Object.freeze(Object.fromEntries(names.map((name) => [name, params.get(name) ?? ""])));
}

/** Puts the query values back into the form's fields (the form submits with GET, so it round-trips). */
export function fillForm(form, values) {
  for (const [name, value] of Object.entries(values)) {
    const field = form.elements.namedItem(name);
    if (field && "value" in field && value !== "") field.value = value;
  }
}

/** The offset from the query, bounded to a non-negative integer. */
export function readOffset() {
  const value = Number.parseInt(new URLSearchParams(window.location.search).get("offset") ?? "0", 10);
  return Number.isFinite(value) && value > 0 ? value : 0;
}

/** The current URL with offset replaced (for previous / next links). */
export function withOffset(offset) {
  const params = new URLSearchParams(window.location.search);
  if (offset > 0) params.set("offset", String(offset));
  else params.delete("offset");
  const text = params.toString();
  return `${window.location.pathname}${text ? `?${text}` : ""}`;
}
