// The figures: one block per quantity (a group of claims) with its reconciliation badge, the
// estimate, a table of the reports whose figures link to their sentences, the evidence, and a chart.
import { el, replaceChildren } from "../dom.js";
import { formatDate, formatDateTime, formatInterval, formatNumber, humanize } from "../format.js";
import { articleSpanHref } from "../links.js";
import { relationBadge, relationInfo, allRelations } from "../badges.js";
import { renderQuantityChart } from "./charts.js";

function groupHeading(group) {
  const parts = [humanize(group.category)];
  if (group.subject) parts.push(group.subject);
  if (group.place?.name) parts.push(`in ${group.place.name}`);
  if (group.time?.end) parts.push(`as of ${formatDate(group.time.end)}`);
  return parts.join(" · ");
}

function figureLink(claim) {
  return el("a", {
    className: "figure-link",
    href: articleSpanHref(claim.article_id, claim.start, claim.end),
    text: claim.text || formatNumber(claim.value),
    attrs: { "aria-label": `${claim.text || formatNumber(claim.value)} in ${claim.outlet || "the article"}: open the sentence` },
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
  return el("details", { className: "evidence" }, [el("summary", { text: `Why “${relationInfo(group.relation).label}”: ${items.length} comparisons` }), el("ul", {}, items)]);
}

function quantityBlock(group, claimsById, articles, index) {
  const claims = (group.claims ?? []).map((id) => claimsById.get(id)).filter(Boolean);
  const headingId = `quantity-${index}`;
  const chartHost = el("div", { className: "chart-host" });
  const block = el("section", { className: "quantity", attrs: { "aria-labelledby": headingId }, dataset: { relation: group.relation } }, [
    el("h3", { attrs: { id: headingId } }, [el("span", { text: groupHeading(group) }), " ", relationBadge(group.relation)]),
    el("p", { className: "estimate" }, [
      "Estimate ", el("strong", { text: formatNumber(group.best) }),
      group.low !== group.high ? ` (range ${formatInterval(group.low, group.high)})` : "",
      ` · ${group.independent_sources} independent ${group.independent_sources === 1 ? "source" : "sources"}`,
      ` · ${claims.length} ${claims.length === 1 ? "report" : "reports"}`,
    ]),
    claimTable(claims, group, articles, `Reports of ${groupHeading(group)}`),
    evidence(group, claimsById),
    chartHost,
  ]);
  return { block, chart: () => renderQuantityChart(chartHost, groupHeading(group), claims, articles) };
}

export function renderBadgeLegend(host) {
  replaceChildren(host, allRelations().map((relation) => el("li", {}, [relationBadge(relation), " ", relationInfo(relation).help])));
}

export function renderFigures(host, story, articles) {
  const claimsById = new Map((story.claims ?? []).map((claim) => [claim.id, claim]));
  const groups = story.groups ?? [];
  const blocks = groups.map((group, index) => quantityBlock(group, claimsById, articles, index));
  const grouped = new Set(groups.flatMap((group) => group.claims ?? []));
  const others = (story.claims ?? []).filter((claim) => !grouped.has(claim.id));
  replaceChildren(host, [
    blocks.length ? blocks.map((b) => b.block) : el("p", { className: "empty", text: "No figures were reconciled in this story." }),
    others.length ? el("details", { className: "other-figures" }, [
      el("summary", { text: `Other figures (${others.length}), not compared across reports` }),
      claimTable(others, null, articles, "Other figures"),
    ]) : null,
  ]);
  // Charts need their canvases in the document to size themselves.
  for (const block of blocks) block.chart();
}
