// Per quantity, a Chart.js chart of the reported values over time: low, best and high as three lines.
import { el, replaceChildren } from "../dom.js";
import { formatDate } from "../format.js";
import { library } from "../vendor.js";

const COLORS = Object.freeze({ best: "#1d4ed8", band: "rgba(29, 78, 216, 0.14)", bound: "#64748b" });

function reportTime(claim, articles) {
  const published = articles.get(String(claim.article_id))?.published;
  return published ?? claim.time?.end ?? null;
}

/** The reports in the order they were published, as chart points. */
function points(claims, articles) {
  return claims
    .map((claim) => ({ claim, when: reportTime(claim, articles) }))
    .filter((point) => point.when)
    .sort((a, b) => new Date(a.when) - new Date(b.when))
    .map(({ claim, when }) => ({
      label: `${formatDate(when)} ${claim.outlet ?? ""}`.trim(),
      low: claim.low,
      best: claim.value,
      // An open-ended "more than N" has no high; the chart shows its value there.
      high: Number.isFinite(claim.high) ? claim.high : claim.value,
    }));
}

export function renderQuantityChart(host, title, claims, articles) {
  const data = points(claims, articles);
  if (data.length < 2) return;
  const Chart = library("chart");
  if (!Chart) {
    replaceChildren(host, el("p", { className: "empty", text: "The chart needs Chart.js (see the notice above); the table has every value." }));
    return;
  }
  const canvas = el("canvas", { attrs: { role: "img", "aria-label": `${title}: low, best and high values by report date` } });
  replaceChildren(host, el("figure", { className: "chart" }, [el("div", { className: "chart-box" }, canvas),
    el("figcaption", { className: "hint", text: "Values over time, in the order the reports were published (shaded: low to high)." })]));
  new Chart(canvas, {
    type: "line",
    data: {
      labels: data.map((point) => point.label),
      datasets: [
        { label: "low", data: data.map((p) => p.low), borderColor: COLORS.bound, borderDash: [5, 4], pointRadius: 2, fill: false },
        { label: "high", data: data.map((p) => p.high), borderColor: COLORS.bound, borderDash: [5, 4], pointRadius: 2, fill: "-1", backgroundColor: COLORS.band },
        { label: "best", data: data.map((p) => p.best), borderColor: COLORS.best, backgroundColor: COLORS.best, borderWidth: 2, pointRadius: 4, fill: false },
      ],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      interaction: { mode: "index", intersect: false },
      plugins: { legend: { position: "bottom" } },
      scales: { y: { beginAtZero: true }, x: { ticks: { maxRotation: 45, autoSkip: true } } },
    },
  });
}
