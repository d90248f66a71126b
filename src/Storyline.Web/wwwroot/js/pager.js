// Previous / next links for a paged list ({ total, limit, offset } from the API).
import { el, replaceChildren } from "./dom.js";
import { withOffset } from "./query.js";

export function renderPager(host, { total, limit, offset }) {
  const links = [];
  if (offset > 0) links.push(el("a", { href: withOffset(Math.max(0, offset - limit)), text: "← Previous", attrs: { rel: "prev" } }));
  if (total > 0) links.push(el("span", { className: "pager-position", text: `${offset + 1}–${Math.min(offset + limit, total)} of ${total}` }));
  if (offset + limit < total) links.push(el("a", { href: withOffset(offset + limit), text: "Next →", attrs: { rel: "next" } }));
  replaceChildren(host, links);
}
