// Reading the API: JSON over fetch, with its errors turned into messages a person can act on.

/** An answer of the API other than 2xx, with the message it gave. */
export class ApiError extends Error {
  readonly status: number;

  constructor(status: number, message: string) {
    super(message);
    this.name = "ApiError";
    this.status = status;
  }
}

interface ErrorBody {
  error?: string;
  message?: string;
  issues?: { path: string; message: string }[];
}

export async function fetchJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(path, { headers: { accept: "application/json" }, signal });
  if (response.ok) return (await response.json()) as T;
  throw new ApiError(response.status, await errorMessage(response));
}

async function errorMessage(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as ErrorBody;
    if (body.issues?.length) return body.issues.map((i) => `${i.path}: ${i.message}`).join("; ");
    if (body.message) return body.message;
  } catch {
    // Not JSON (a proxy's error page): the status line says enough.
  }
  return `${response.status} ${response.statusText} (${response.url})`;
}

/** `path?a=1&b=2`, leaving out parameters that are undefined. */
export function apiPath(
  path: string,
  query: Record<string, string | number | boolean | undefined> = {},
): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined) params.set(name, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}
