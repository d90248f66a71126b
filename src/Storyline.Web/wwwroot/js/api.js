// The JSON API client: same-origin fetches, problem+json errors turned into ApiError.

export class ApiError extends Error {
  constructor(status, detail) {
    super(detail || `request failed with status ${status}`);
    this.name = "ApiError";
    this.status = status;
  }
}

/** Builds /api/... with the non-empty parameters as a query string. */
export function apiUrl(path, params = {}) {
  const url = new URL(`/api/${path.replace(/^\/+/, "")}`, window.location.origin);
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && String(value) !== "") url.searchParams.set(key, String(value));
  }
  return url.pathname + url.search;
}

async function readProblem(response) {
  try {
    const body = await response.json();
    return body?.detail || body?.title || null;
  } catch {
    return null;
  }
}

export async function getJson(path, params = {}, { signal } = {}) {
  const response = await fetch(apiUrl(path, params), { headers: { Accept: "application/json" }, signal });
  if (!response.ok) throw new ApiError(response.status, await readProblem(response));
  return response.json();
}

/** POSTs JSON with the bearer token (never put in the URL). */
export async function postJson(path, body, token, { signal } = {}) {
  const headers = { Accept: "application/json", "Content-Type": "application/json" };
  if (token) headers.Authorization = `Bearer ${token}`;
  const response = await fetch(apiUrl(path), { method: "POST", headers, body: JSON.stringify(body), signal });
  if (!response.ok) throw new ApiError(response.status, await readProblem(response));
  return response.json();
}
