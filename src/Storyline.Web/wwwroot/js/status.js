// One live region per page for loading, empty and error messages.
import { ApiError } from "./api.js";

export function setStatus(message, kind = "info") {
  const host = document.getElementById("status");
  if (!host) return;
  host.textContent = message ?? "";
  host.dataset.kind = kind;
  host.hidden = !message;
}

/** A readable sentence for a failed request. */
export function describeError(error, what) {
  if (error instanceof ApiError) {
    if (error.status === 404) return `${what} was not found.`;
    return `${what} could not be loaded (${error.status}): ${error.message}`;
  }
  return `${what} could not be loaded: ${error?.message ?? error}`;
}

export function showError(error, what) {
  setStatus(describeError(error, what), "error");
}
