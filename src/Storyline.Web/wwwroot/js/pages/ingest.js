// The ingest form: URLs, feeds and pasted text sent to POST /api/ingest with the bearer token.
import { postJson, ApiError } from "../api.js";
import { byId, el, replaceChildren } from "../dom.js";
import { articleHref, storyHref } from "../links.js";
import { setStatus } from "../status.js";
import { loadToken, saveToken } from "../token.js";

function lines(value) {
  return String(value ?? "").split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
}

/** The request body from the form's fields; a pasted article only when it has text. */
function requestBody(form) {
  const field = (name) => String(form.elements.namedItem(name)?.value ?? "").trim();
  const texts = [];
  if (field("text")) {
    const published = field("published");
    texts.push({
      text: form.elements.namedItem("text").value,
      title: field("title") || null,
      outlet: field("outlet") || null,
      published: published ? new Date(published).toISOString() : null,
    });
  }
  return { urls: lines(field("urls")), feeds: lines(field("feeds")), texts };
}

function itemRow(item) {
  const detail = item.article_id
    ? el("a", { href: articleHref(item.article_id), text: `article ${item.article_id}` })
    : el("span", { text: item.problem ?? "" });
  return el("tr", { dataset: { status: item.status } }, [
    el("td", { className: "origin", text: item.origin }),
    el("td", {}, el("span", { className: `tag tag-${item.status === "failed" ? "failed" : "ok"}`, text: item.status })),
    el("td", {}, detail),
  ]);
}

function showResult(result) {
  byId("ingest-results").hidden = false;
  replaceChildren(byId("ingest-items"), (result.items ?? []).map(itemRow));
  replaceChildren(byId("ingest-stories"), (result.stories ?? []).map((id) => el("li", {}, el("a", { href: storyHref(id), text: `story ${id}` }))));
}

function refusal(error) {
  if (!(error instanceof ApiError)) return `The request failed: ${error.message}`;
  if (error.status === 401 || error.status === 403) return `Refused (${error.status}): the token is missing or wrong. Writes need the token the server was started with.`;
  if (error.status === 413) return "Refused (413): the request is too large. Send fewer or shorter items at a time.";
  return `Refused (${error.status}): ${error.message}`;
}

function main() {
  const form = byId("ingest-form");
  const tokenField = byId("ingest-token");
  tokenField.value = loadToken();
  byId("forget-token").addEventListener("click", () => {
    saveToken("");
    tokenField.value = "";
    setStatus("Token forgotten for this tab.");
  });
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const body = requestBody(form);
    if (body.urls.length + body.feeds.length + body.texts.length === 0) {
      setStatus("Give at least one URL, feed or pasted text.", "error");
      return;
    }
    const token = tokenField.value.trim();
    saveToken(token);
    const submit = byId("ingest-submit");
    submit.disabled = true;
    setStatus("Ingesting… (fetching and annotating can take a while)");
    try {
      const result = await postJson("ingest", body, token);
      const failed = (result.items ?? []).filter((item) => item.status === "failed").length;
      setStatus(failed ? `Done, with ${failed} failed ${failed === 1 ? "item" : "items"}.` : "Done.", failed ? "warning" : "success");
      showResult(result);
    } catch (error) {
      setStatus(refusal(error), "error");
    } finally {
      submit.disabled = false;
    }
  });
  document.body.dataset.ready = "true";
}

main();
