// The figures: one block per quantity (a group of claims), the ones that need a reader's eye first
// (contested, updated, refined). Each block shows its headline — badge, estimate, independent
// sources — and its first few reports; the rest of the reports, the pair decisions and the chart
// sit in a native <details> ("All N reports") so a story with dozens of figures stays scannable.
import { el, replaceChildren } from "../dom.js";
import { countOf, formatDate, formatDateTime, formatInterval, formatNumber, humanize } from "../format.js";
import { articleSpanHref } from "../links.js";
import { relationBadge, relationInfo, allRelations } from "../badges.js";
import { renderQuantityChart } from "./charts.js";

/** Reports shown before "All N reports". */
const HEADLINE_REPORTS = 3;

/** Which quantities come first: those where the reports disagree or moved, then the settled ones. */
const RELATION_RANK = Object.freeze({
  contested: 0, updated: 1, refined: 2, compatible: 3, differently_scoped: 4, agreed: 5, single: 6,
});

function relationRank(relation) {
  return Object.hasOwn(RELATION_RANK, relation) ? RELATION_RANK[relation] : allRelations().length;
}

/** Groups by relation rank, then the better-sourced and more-reported first; ties keep the story's order. */
export function orderGroups(groups) {
  return groups
    .map((group, index) => ({ group, index }))
    .sort((a, b) =>
      relationRank(a.group.relation) - relationRank(b.group.relation)
      || (b.group.independent_sources ?? 0) - (a.group.independent_sources ?? 0)
      || (b.group.claims?.length ?? 0) - (a.group.claims?.length ?? 0)
      || a.index - b.index);
}

function groupHeading(group) {
  const parts = [humanize(group.category)];
  if (group.subject) parts.push(group.subject);
  if (group.place?.name) parts.push(`in ${group.place.name}`);
  if (group.time?.end) parts.push(`as of ${formatDate(group.time.end)}`);
  return parts.join(" · ");
}

function published(claim, articles) {
  const when = articles.get(String(claim.article_id))?.published;
  const time = when ? new Date(when).getTime() : NaN;
  return Number.isNaN(time) ? Number.POSITIVE_INFINITY : time;
}

/**
 * The reports in reading order: the best estimate's report, the current ones, then the rest by
 * publication. The headline takes the first reports with distinct values, so a contested quantity
 * shows the figures that disagree before it shows repeats of one of them.
 */
export function splitReports(claims, group, articles, size = HEADLINE_REPORTS) {
  const current = new Set(group.current_claims ?? []);
  const rank = (claim) => (claim.id === group.best_claim ? 0 : current.has(claim.id) ? 1 : 2);
  const ordered = claims
    .map((claim, index) => ({ claim, index }))
    .sort((a, b) => rank(a.claim) - rank(b.claim) || published(a.claim, articles) - published(b.claim, articles) || a.index - b.index)
    .map(({ claim }) => claim);
  const headline = [];
  const values = new Set();
  for (const claim of ordered) {
    if (headline.length === size) break;
    const value = `${claim.low}|${claim.high}|${claim.value}`;
    if (values.has(value)) continue;
    values.add(value);
    headline.push(claim);
  }
  for (const claim of ordered) {
    if (headline.length === size) break;
    if (!headline.includes(claim)) headline.push(claim);
  }
  const shown = new Set(headline);
  return { headline, rest: ordered.filter((claim) => !shown.has(claim)) };
}

function figureLink(claim) {
  const text = claim.text || formatNumber(claim.value);
  return el("a", {
    className: "figure-link",
    href: articleSpanHref(claim.article_id, claim.start, claim.end),
    text,
    attrs: { "aria-label": `${text} in ${claim.outlet || "the article"}: open the sentence` },
  });
}

function claimRow(claim, group, articles) {
  const article = articles.get(String(claim.article_id));
  const tags = [];
  if (claim.id === group?.best_claim) tags.push(el("span", { className: "tag tag-best", text: "best" }));
  else if (group?.current_claims?.includes(claim.id)) tags.push(el("span", { className: "tag tag-current", text: "current" }));
  if (claim.projection) tags.push(el("span", { className: "tag", text: "projection" }));
  // data-label names each cell for the phone layout, where the rows become cards without a header row.
  return el("tr", {}, [
    el("td", { className: "reported", dataset: { label: "Reported" } }, [el("span", { className: "outlet", text: claim.outlet || "" }), el("br"),
      el("span", { className: "hint", text: formatDateTime(article?.published) })]),
    el("td", { className: "figure", dataset: { label: "Figure" } }, [figureLink(claim), " ", tags]),
    el("td", { className: "num", dataset: { label: "Value" }, text: formatInterval(claim.low, claim.high, claim.value) }),
    el("td", { className: "said-by", dataset: { label: "Said by" }, text: claim.source ? claim.source.name || claim.source.text : "the outlet itself" }),
    el("td", { className: "sentence", dataset: { label: "Sentence" }, text: claim.sentence }),
  ]);
}

function claimTable(claims, group, articles, caption) {
  return el("div", { className: "table-scroll" }, el("table", { className: "data-table figures-table" }, [
    el("caption", { className: "visually-hidden", text: caption }),
    el("thead", {}, el("tr", {}, ["Reported", "Figure", "Value", "Said by", "Sentence"].map((name) => el("th", { text: name, attrs: { scope: "col" } })))),
    el("tbody", {}, claims.map((claim) => claimRow(claim, group, articles))),
  ]));
}

function evidence(group, claimsById) {
  if (!group.evidence?.length) return null;
  const items = group.evidence.map((pair) => {
    const [later, earlier] = (pair.claims ?? []).map((id) => claimsById.get(id));
    return el("li", {}, [
      relationBadge(pair.relation), " ",
      later ? figureLink(later) : "?", later?.outlet ? ` (${later.outlet})` : "",
      " vs ",
      earlier ? figureLink(earlier) : "?", earlier?.outlet ? ` (${earlier.outlet})` : "",
      pair.reason ? el("span", { className: "hint", text: ` — ${pair.reason}` }) : null,
    ]);
  });
  return el("details", { className: "evidence" }, [
    el("summary", { text: `Why “${relationInfo(group.relation).label}”: ${countOf(items.length, "comparison")}` }),
    el("ul", {}, items),
  ]);
}

function estimate(group, claims) {
  const range = group.low !== group.high && Number.isFinite(group.low) && Number.isFinite(group.high)
    ? [" ", el("span", { className: "range", text: `(low ${formatNumber(group.low)}, high ${formatNumber(group.high)})` })]
    : "";
  return el("p", { className: "estimate" }, [
    "Estimate ", el("strong", { text: formatNumber(group.best) }), range,
    el("span", { className: "estimate-counts", text: ` · ${countOf(group.independent_sources ?? 0, "independent source")} · ${countOf(claims.length, "report")}` }),
  ]);
}

/** "All 12 reports", plus what else opens with them. */
function moreSummary(total, extras) {
  const label = el("span", { className: "more-label", text: total > HEADLINE_REPORTS ? `All ${countOf(total, "report")}` : "Comparisons and chart" });
  const also = extras.length && total > HEADLINE_REPORTS ? el("span", { className: "hint", text: ` · ${extras.join(", ")}` }) : null;
  return el("summary", {}, [label, also]);
}

function quantityBlock(group, claimsById, articles, index) {
  const claims = (group.claims ?? []).map((id) => claimsById.get(id)).filter(Boolean);
  const heading = groupHeading(group);
  const headingId = `quantity-${index}`;
  const { headline, rest } = splitReports(claims, group, articles);
  const why = evidence(group, claimsById);
  const chartHost = el("div", { className: "chart-host" });
  const charted = claims.filter((claim) => Number.isFinite(published(claim, articles)) || claim.time?.end).length >= 2;
  const extras = [why ? "comparisons" : null, charted ? "chart" : null].filter(Boolean);

  const more = rest.length || why || charted
    ? el("details", { className: "all-reports" }, [
      moreSummary(claims.length, extras),
      rest.length ? claimTable(rest, group, articles, `More reports of ${heading}`) : null,
      why,
      chartHost,
    ])
    : null;
  // The chart is drawn the first time the block opens: a closed <details> has no size to draw into,
  // and most readers never open most quantities.
  if (more && charted) {
    more.addEventListener("toggle", () => {
      if (more.open && !chartHost.dataset.drawn) {
        chartHost.dataset.drawn = "true";
        renderQuantityChart(chartHost, heading, claims, articles);
      }
    });
  }

  return el("section", { className: "quantity", attrs: { "aria-labelledby": headingId }, dataset: { relation: group.relation } }, [
    el("h3", { attrs: { id: headingId } }, [el("span", { text: heading }), " ", relationBadge(group.relation)]),
    estimate(group, claims),
    headline.length ? claimTable(headline, group, articles, `Reports of ${heading}`) : null,
    more,
  ]);
}

export function renderBadgeLegend(host) {
  replaceChildren(host, allRelations().map((relation) => el("li", {}, [relationBadge(relation), " ", relationInfo(relation).help])));
}

/**
 * The figures at a glance, for the story's header: "6 quantities: 1 contested, 2 updated, ...",
 * each count a link to the first quantity with that badge (the same order as the blocks below).
 */
export function renderFiguresGlance(host, story) {
  const ordered = orderGroups(story.groups ?? []);
  const first = new Map();
  const counts = new Map();
  ordered.forEach(({ group }, position) => {
    if (!first.has(group.relation)) first.set(group.relation, position);
    counts.set(group.relation, (counts.get(group.relation) ?? 0) + 1);
  });
  host.hidden = counts.size === 0;
  replaceChildren(host, counts.size === 0 ? null : [
    // In-page fragments built from positions, not data; safeHref takes only paths and web links.
    el("a", { attrs: { href: "#figures-section" }, text: countOf(ordered.length, "quantity", "quantities") }), ": ",
    [...counts].map(([relation, count]) =>
      el("a", { className: "glance-link", attrs: { href: `#quantity-${first.get(relation)}` } }, [`${count}`, relationBadge(relation)])),
  ]);
}

export function renderFigures(host, story, articles) {
  const claimsById = new Map((story.claims ?? []).map((claim) => [claim.id, claim]));
  const ordered = orderGroups(story.groups ?? []);
  const grouped = new Set(ordered.flatMap(({ group }) => group.claims ?? []));
  const others = (story.claims ?? []).filter((claim) => !grouped.has(claim.id));
  replaceChildren(host, [
    ordered.length
      ? ordered.map(({ group }, position) => quantityBlock(group, claimsById, articles, position))
      : el("p", { className: "empty", text: "No figures were reconciled in this story." }),
    others.length ? el("details", { className: "other-figures" }, [
      el("summary", { text: `Other figures (${others.length}), not compared across reports` }),
      claimTable(others, null, articles, "Other figures"),
    ]) : null,
  ]);
}
