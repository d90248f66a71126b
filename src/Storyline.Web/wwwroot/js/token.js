// The write token lives only in this tab's sessionStorage: never in the URL, never in localStorage.
const KEY = "storyline.token";

export function loadToken() {
  try {
    return window.sessionStorage.getItem(KEY) ?? "";
  } catch {
    return "";
  }
}

export function saveToken(token) {
  try {
    if (token) window.sessionStorage.setItem(KEY, token);
    else window.sessionStorage.removeItem(KEY);
  } catch {
    // Storage disabled: the token is simply not remembered.
  }
}
