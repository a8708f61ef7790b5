// The API's answers, kept for the session: going back to a page or switching language
// draws at once instead of asking again. It starts with the answers public/prefetch.js
// asked for before the app loaded; one that failed there is asked again here, so its error
// is reported the app's way.

import { fetchJson } from "./client.ts";

declare global {
  interface Window {
    fourfoldPrefetched?: Map<string, Promise<unknown>>;
  }
}

const answers = new Map<string, Promise<unknown>>();

/** The answer of `path`, asked once per session; failures are forgotten so a retry asks. */
export function loadApi<T>(path: string): Promise<T> {
  let answer = answers.get(path);
  if (!answer) {
    const early = window.fourfoldPrefetched?.get(path);
    answer = early ? early.catch(() => fetchJson(path)) : fetchJson<T>(path);
    window.fourfoldPrefetched?.delete(path);
    answers.set(path, answer);
    answer.catch(() => answers.delete(path));
  }
  return answer as Promise<T>;
}
