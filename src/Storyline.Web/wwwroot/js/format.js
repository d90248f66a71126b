// Display formats for dates and figures; the page language is English, numbers use the reader's locale grouping.

const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric" });
const dateTimeFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC", timeZoneName: "short",
});
const numberFormat = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

function parse(value) {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

export function formatDate(value) {
  const date = parse(value);
  return date ? dateFormat.format(date) : "";
}

export function formatDateTime(value) {
  const date = parse(value);
  return date ? dateTimeFormat.format(date) : "";
}

export function formatNumber(value) {
  return typeof value === "number" && Number.isFinite(value) ? numberFormat.format(value) : "";
}

/** "1,200", "1,200–1,500", "≥ 4,000": an interval as a reader says it. */
export function formatInterval(low, high, best) {
  if (high === null || high === undefined || !Number.isFinite(high)) return `≥ ${formatNumber(low)}`;
  if (low === high) return formatNumber(best ?? low);
  return `${formatNumber(low)}–${formatNumber(high)}`;
}

/** "killed", "people displaced": a category name for reading (snake_case to words). */
export function humanize(value) {
  return String(value ?? "").replaceAll("_", " ");
}

/** "1 article", "3 articles", "1 story": a count with its noun in the right number. */
export function countOf(count, singular, plural = `${singular}s`) {
  const number = Number.isFinite(count) ? count : 0;
  return `${formatNumber(number)} ${number === 1 ? singular : plural}`;
}
