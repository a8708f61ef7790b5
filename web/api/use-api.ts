// One hook for every read of the API (the answers are kept in answers.ts).

import { useEffect, useState } from "react";
import { loadApi } from "./answers.ts";

export type ApiState<T> =
  | { status: "loading"; data?: undefined; error?: undefined }
  | { status: "error"; data?: undefined; error: Error }
  | { status: "done"; data: T; error?: undefined };

/** The state of reading `path`; `null` reads nothing yet (something it needs is missing). */
export function useApi<T>(path: string | null): ApiState<T> {
  const [state, setState] = useState<{ path: string | null; state: ApiState<T> }>({
    path,
    state: { status: "loading" },
  });
  useEffect(() => {
    if (path === null) return;
    let current = true;
    loadApi<T>(path).then(
      (data) => current && setState({ path, state: { status: "done", data } }),
      (error: Error) => current && setState({ path, state: { status: "error", error } }),
    );
    return () => {
      current = false;
    };
  }, [path]);
  // A new path shows loading at once, not the previous path's answer.
  return state.path === path ? state.state : { status: "loading" };
}
