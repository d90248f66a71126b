// DOM building without markup parsing: every piece of text goes through textContent, every link
// through safeHref, and no attribute named on* can be set. Nothing here touches innerHTML.

const SAFE_PROTOCOLS = new Set(["http:", "https:"]);

/** An absolute http(s) URL as a string, a same-origin path as given, or null for anything else (javascript:, data:, ...). */
export function safeHref(value) {
  if (typeof value !== "string" || value.trim() === "") return null;
  const trimmed = value.trim();
  // "//host" and "/\\host" are protocol-relative to a browser: only a plain path stays same-origin.
  if (/^\/(?![\/\\])/.test(trimmed)) return trimmed;
  try {
    const url = new URL(trimmed);
    return SAFE_PROTOCOLS.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * Creates an element. options: className, text, href (checked by safeHref), attrs (plain attributes),
 * dataset. children: nodes or strings (strings become text nodes).
 */
export function el(tag, options = {}, children = []) {
  const element = document.createElement(tag);
  const { className, text, href, attrs, dataset } = options;
  if (className) element.className = className;
  if (text !== undefined && text !== null) element.textContent = String(text);
  if (href !== undefined) {
    const safe = safeHref(href);
    if (safe) element.setAttribute("href", safe);
  }
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (/^on/i.test(name) || name.toLowerCase() === "style") throw new Error(`refusing attribute ${name}`);
    element.setAttribute(name, value === true ? "" : String(value));
  }
  for (const [key, value] of Object.entries(dataset ?? {})) element.dataset[key] = String(value);
  append(element, children);
  return element;
}

/** Appends nodes or strings (as text) to a parent, skipping null and undefined. */
export function append(parent, children) {
  for (const child of [children].flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

/** A link for a URL from an article or a feed: a real link for http(s), plain text for anything else. */
export function externalLink(url, label) {
  const safe = safeHref(url);
  const text = label ?? url ?? "";
  if (!safe || safe.startsWith("/")) return el("span", { className: "inert-url", text });
  return el("a", { href: safe, text, attrs: { rel: "noopener noreferrer nofollow", target: "_blank" } });
}

/** Replaces a container's children. */
export function replaceChildren(parent, children) {
  parent.replaceChildren();
  return append(parent, children);
}

/** The element with this id; throws if the shell lacks it, which is a bug in the page, not in the data. */
export function byId(id) {
  const element = document.getElementById(id);
  if (!element) throw new Error(`page shell has no #${id}`);
  return element;
}
