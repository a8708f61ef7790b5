// Every route of the app, found as the app registers them, answers generated requests —
// junk path parameters and query strings, malformed JSON, wrong content types, huge numbers,
// unicode, deep nesting, multipart junk, scorecard files with one part broken — without a
// 5xx, and answers every error as JSON with an `error` field (errors.ts).

import fc from "fast-check";
import type { FastifyInstance, InjectOptions } from "fastify";
import { expect, it } from "vitest";
import { type AppRoute, describeDemoApiOnBothEngines, multipartBody } from "../../test/api.ts";

// Each route gets FIRST_RUNS requests, then up to RUNS in its share of the time left of
// BUDGET_MS per engine, so the test stays within a minute however many routes the app grows.
const FIRST_RUNS = 10;
const RUNS = 60;
const BUDGET_MS = 18_000;

// Not registered routes, so that the not-found handler is fuzzed too.
const unknownRoutes: AppRoute[] = [
  { method: "GET", url: "/api/*" },
  { method: "POST", url: "/api/*" },
  { method: "DELETE", url: "/api/*" },
];

/** Values a real client sends, so that generated requests also get past validation. */
const plausible = [
  ...["2026-10", "2026-Q4", "2026", "2025-W05", "2026-10-31", "2025-02-28", "FY2026", "FY2026-Q1"],
  ...["day", "week", "month", "quarter", "year", "campaign", "platform", "google_ads", "meta_ads"],
  ...["true", "false", "0", "1", "60", "training_log", "marketing", "company", "roas", "cpc"],
];

/** Numbers and strings that break naive parsing. */
const awkward = [
  ...["", " ", "-1", "-0", "1e308", "1e400", "-1e400", "NaN", "Infinity", "0x1F", "1_000"],
  ...["99999999999999999999999999999999", "0.0000000000000000000001", "2026-13", "2025-02-29"],
  ...["0000-01", "9999-12-31", "10000-01", "2026-W54", "2026-Q0", "FY", "__proto__", "toString"],
  ...["..", "../..", "null", "undefined", "[]", "{}", "%", "%zz", "\u0000", "a".repeat(5000)],
  ...["ÆØÅ æøå", "🚲🚲", "\u202Eevil", "\uD800", "Ω≈ç√∫", "٣٤٥", "'; drop table kpi; --"],
];

const text: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...plausible, ...awkward),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 20 }),
  fc.double().map(String),
  fc.bigInt().map(String),
  fc
    .tuple(fc.integer({ min: -10, max: 12_000 }), fc.integer({ min: -1, max: 14 }))
    .map(([year, month]) => `${year}-${String(month).padStart(2, "0")}`),
);

/** Percent-encoded mostly; sometimes raw, so that malformed escapes reach the router too. */
function inUrl(value: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.oneof(
    { arbitrary: value.map((v) => encodeURIComponent(v.toWellFormed())), weight: 4 },
    { arbitrary: value.map((v) => v.replaceAll(/[^\x21-\x7e]|[/?#&=]/g, "")), weight: 1 },
    {
      arbitrary: fc.constantFrom(
        "%",
        "%zz",
        "%E0%A4%A",
        "%00",
        "%2F",
        "%2e%2e",
        "a%2Fb",
        "%ED%A0%80",
        "%C0%AE",
        "%FF",
      ),
      weight: 1,
    },
  );
}

const queryKey = fc.oneof(
  fc.constantFrom("period", "grain", "from", "to", "breakdown", "platform", "toDate", "asOf"),
  fc.constantFrom("trend", "source", "key", "id", "limit", "q", "__proto__"),
  fc.string({ maxLength: 10 }),
);

/** A query string, with repeated keys (arrays) and junk separators among the pairs. */
const queryString = fc
  .array(
    fc.oneof(
      { arbitrary: fc.tuple(inUrl(queryKey), inUrl(text)).map(([k, v]) => `${k}=${v}`), weight: 5 },
      {
        arbitrary: fc.constantFrom("&", "=", "==", "a[b]=1", "a[][c]=2", "period", "%"),
        weight: 1,
      },
    ),
    { maxLength: 6 },
  )
  .map((pairs) => (pairs.length === 0 ? "" : `?${pairs.join("&")}`));

/** JSON-like values nested a few levels, with every kind of leaf. */
const junkValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  fc.anything({ maxDepth: 3, withBigInt: false, withBoxedValues: false }),
  fc.constantFrom(...awkward),
  fc.double(),
  fc.constantFrom(Number.MAX_SAFE_INTEGER + 2, -Number.MAX_VALUE, 5e-324),
);

/** A request body: raw bytes with a content type, or multipart parts to frame properly. */
type Body =
  | { kind: "none" }
  | { kind: "raw"; payload: string | Uint8Array; contentType: string }
  | {
      kind: "multipart";
      files: { name: string; content: string | Uint8Array; field: string }[];
      fields: Record<string, string>;
    };

const raw = (payload: string | Uint8Array, contentType = "application/json"): Body => ({
  kind: "raw",
  payload,
  contentType,
});

const contentTypes = [
  ...["application/json", "text/plain", "application/xml", "application/x-www-form-urlencoded"],
  ...["application/octet-stream", "application/json; charset=latin1", "multipart/form-data"],
  ...["multipart/form-data; boundary=", "multipart/form-data; boundary=x", "", 'x/y; a="b'],
];

/** A file that looks like one of the demo's exports, with junk in its cells. */
const exportLike = fc
  .tuple(
    fc.constantFrom(
      "month,employee_id,training_hours,certified",
      "response_id,submitted_at,score,comment",
      "campaign_id,brief_date,planned_launch,actual_launch",
      'Campaign report\n"January 1, 2025 - October 31, 2026"\nDay,Campaign,Campaign type,Currency code,Impr.,Clicks,Cost,Conversions,Conv. value',
      "Reporting starts,Reporting ends,Campaign name,Day,Amount spent (DKK),Impressions,Link clicks,Purchases,Purchases conversion value",
      "Måned;Omsætning (DKK);Marketingbudget (DKK);Marketingomkostninger (DKK);Markedsstørrelse (DKK)",
      "",
    ),
    fc.array(fc.array(text, { maxLength: 10 }), { maxLength: 5 }),
    fc.constantFrom(",", ";", "\t"),
    fc.constantFrom("\n", "\r\n", "\r"),
  )
  .map(([header, rows, delimiter, newline]) =>
    [header, ...rows.map((cells) => cells.join(delimiter))].join(newline),
  );

const multipart: fc.Arbitrary<Body> = fc.record({
  kind: fc.constant("multipart" as const),
  files: fc.array(
    fc.record({
      name: fc.oneof(fc.constantFrom("export.csv", "", "ÆØÅ.csv", "../x.csv"), text),
      content: fc.oneof(exportLike, text, fc.uint8Array({ maxLength: 200 })),
      field: fc.constantFrom("files", "file", "source", ""),
    }),
    { maxLength: 3 },
  ),
  fields: fc.dictionary(fc.constantFrom("source", "mapping", "files", "x"), text, { maxKeys: 3 }),
});

/** Multipart framing that is broken: a boundary that never closes, or none. */
const brokenMultipart: fc.Arbitrary<Body> = fc
  .tuple(
    fc.stringMatching(/^[\w'()+,./:=?-]{0,30}$/),
    fc.uint8Array({ maxLength: 300 }),
    fc.boolean(),
  )
  .map(([boundary, bytes, header]) =>
    raw(
      new Uint8Array(Buffer.concat([Buffer.from(header ? `--${boundary}\r\n` : ""), bytes])),
      `multipart/form-data; boundary=${boundary}`,
    ),
  );

/** Every path into a JSON value: object keys and array indexes. */
function pathsOf(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== "object") return [path];
  const entries = Array.isArray(value)
    ? value.map((v, i) => [i, v] as const)
    : Object.entries(value);
  return [path, ...entries.flatMap(([key, child]) => pathsOf(child, [...path, key]))];
}

/** A copy of `value` with the value at `path` replaced, or removed when `replacement` is undefined. */
function replacedAt(value: unknown, path: (string | number)[], replacement: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return replacement;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<
    string | number,
    unknown
  >;
  if (rest.length === 0 && replacement === undefined) delete copy[head];
  else copy[head] = replacedAt(copy[head], rest, replacement);
  return copy;
}

/** `value` whole, or with one value anywhere in it replaced or removed. */
function broken(value: unknown): fc.Arbitrary<unknown> {
  const paths = pathsOf(value);
  return fc.oneof(
    fc.constant(value),
    fc
      .tuple(fc.constantFrom(...paths), fc.option(junkValue, { nil: undefined }))
      .map(([path, replacement]) => replacedAt(value, path, replacement)),
  );
}

/** Every object in a JSON value (itself included): the parts of a scorecard file. */
function objectsIn(value: unknown): object[] {
  if (value === null || typeof value !== "object") return [];
  const children = Object.values(value).flatMap(objectsIn);
  return Array.isArray(value) ? children : [value, ...children];
}

/** Every string in a JSON value, keys included: the keys of perspectives, objectives, KPIs. */
function stringsIn(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (value === null || typeof value !== "object") return [];
  const keys = Array.isArray(value) ? [] : Object.keys(value);
  return [...new Set([...keys, ...Object.values(value).flatMap(stringsIn)])];
}

/** What the fuzzer knows of the demo: ids and keys in use, and a scorecard file. */
interface Known {
  words: string[];
  scorecardFile: unknown;
}

/**
 * JSON a client of the scorecard routes sends: the scorecard file, or one of its parts (an
 * objective, a KPI on an objective, a link), whole or with one value broken, and sometimes
 * with a perspective, a link or a manual value between known keys.
 */
function scorecardJson(known: Known): fc.Arbitrary<unknown> {
  const word = fc.constantFrom(...known.words);
  return fc.oneof(
    broken(known.scorecardFile),
    fc
      .tuple(fc.constantFrom(...objectsIn(known.scorecardFile)), fc.option(word))
      .chain(([part, perspective]) =>
        broken(perspective === null ? part : { ...part, perspective }),
      ),
    fc.record({ from: word, to: word }),
    fc.record({ value: fc.oneof(fc.double(), fc.constant(null), junkValue) }),
  );
}

function bodyOf(known: Known): fc.Arbitrary<Body> {
  const truncatedJson = fc.tuple(junkValue, fc.nat()).map(([v, cut]) => {
    const whole = JSON.stringify(v) ?? "";
    return raw(`${whole.slice(0, cut % (whole.length + 1))}${cut % 3 === 0 ? "}{" : ""}`);
  });
  const deepJson = fc
    .tuple(fc.integer({ min: 50, max: 5000 }), fc.boolean())
    .map(([depth, arrays]) =>
      raw(
        arrays
          ? "[".repeat(depth) + "]".repeat(depth)
          : `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`,
      ),
    );
  return fc.oneof(
    { arbitrary: fc.constant<Body>({ kind: "none" }), weight: 1 },
    { arbitrary: junkValue.map((v) => raw(JSON.stringify(v) ?? "null")), weight: 3 },
    { arbitrary: scorecardJson(known).map((v) => raw(JSON.stringify(v) ?? "")), weight: 5 },
    { arbitrary: truncatedJson, weight: 2 },
    { arbitrary: deepJson, weight: 1 },
    {
      arbitrary: fc
        .tuple(fc.oneof(text, exportLike), fc.constantFrom(...contentTypes))
        .map(([payload, type]) => raw(payload, type)),
      weight: 2,
    },
    { arbitrary: fc.uint8Array({ maxLength: 200 }).map((bytes) => raw(bytes)), weight: 1 },
    { arbitrary: multipart, weight: 3 },
    { arbitrary: brokenMultipart, weight: 1 },
  );
}

interface GeneratedRequest {
  method: string;
  url: string;
  body: Body;
}

/** Requests to one route: its pattern filled with generated segments, query and body. */
function requestsTo(route: AppRoute, known: Known): fc.Arbitrary<GeneratedRequest> {
  const segment = fc.oneof(
    { arbitrary: fc.constantFrom(...plausible, ...known.words).map(encodeURIComponent), weight: 3 },
    { arbitrary: inUrl(text), weight: 3 },
  );
  const holes = route.url.match(/:\w+|\*/g) ?? [];
  const sendsBody = !["GET", "HEAD", "OPTIONS"].includes(route.method);
  return fc
    .tuple(
      fc.array(segment, { minLength: holes.length, maxLength: holes.length }),
      queryString,
      sendsBody ? bodyOf(known) : fc.constant<Body>({ kind: "none" }),
    )
    .map(([segments, query, body]) => {
      let index = 0;
      const path = route.url.replaceAll(/:\w+|\*/g, () => segments[index++] ?? "");
      return { method: route.method, url: `${path}${query}`, body };
    });
}

async function injected(request: GeneratedRequest): Promise<InjectOptions> {
  const method = request.method as InjectOptions["method"];
  const { body } = request;
  if (body.kind === "none") return { method, url: request.url };
  if (body.kind === "multipart") {
    return { method, url: request.url, ...(await multipartBody(body.files, body.fields)) };
  }
  return {
    method,
    url: request.url,
    payload: typeof body.payload === "string" ? body.payload : Buffer.from(body.payload),
    headers: { "content-type": body.contentType },
  };
}

/** What is wrong with the app's answer to `request`, if anything. */
async function problemWith(
  app: FastifyInstance,
  request: GeneratedRequest,
): Promise<string | undefined> {
  const response = await app.inject(await injected(request));
  const answer = `${response.statusCode} ${response.headers["content-type"] ?? "(no type)"}: ${response.body.slice(0, 300)}`;
  if (response.statusCode >= 500) return `answered ${answer}`;
  if (response.statusCode < 400) return undefined;
  try {
    const parsed: unknown = response.json();
    if (typeof (parsed as { error?: unknown } | null)?.error === "string") return undefined;
  } catch {
    // Not JSON: reported below.
  }
  return `answered an error that is not JSON with an \`error\` field: ${answer}`;
}

describeDemoApiOnBothEngines("every route, fuzzed", (api) => {
  it("answers generated requests to every route without a 5xx, and every error as JSON", async () => {
    const { app, routes } = api();
    // HEAD runs the GET handler and sends no body to check; the GET routes cover it.
    const fuzzed = [...routes.filter((route) => route.method !== "HEAD"), ...unknownRoutes];
    const imports = (await app.inject("/api/imports")).json<{ imports: { id: string }[] }>();
    const scorecardFile = (await app.inject("/api/scorecards/marketing")).json<unknown>();
    const known: Known = {
      words: [...imports.imports.map((batch) => batch.id), ...stringsIn(scorecardFile)],
      scorecardFile,
    };

    // A first pass sends every route a few requests whatever they cost; a second spends the
    // time left, each route an even share of it, so a quick route's unused share goes to the
    // slower ones after it.
    const failures = new Map<string, string>();
    const fuzz = async (route: AppRoute, numRuns: number, timeLimit?: number) => {
      const name = `${route.method} ${route.url}`;
      if (failures.has(name)) return;
      const details = await fc.check(
        fc.asyncProperty(requestsTo(route, known), async (request) => {
          const problem = await problemWith(app, request);
          if (problem) throw new Error(problem);
        }),
        {
          numRuns,
          interruptAfterTimeLimit: timeLimit,
          markInterruptAsFailure: false,
          includeErrorInReport: true,
        },
      );
      if (details.failed) failures.set(name, fc.defaultReportMessage(details) ?? "failed");
    };
    const started = performance.now();
    for (const route of fuzzed) await fuzz(route, FIRST_RUNS);
    for (const [index, route] of fuzzed.entries()) {
      const left = BUDGET_MS - (performance.now() - started);
      await fuzz(route, RUNS - FIRST_RUNS, Math.max(left / (fuzzed.length - index), 100));
    }

    const names = fuzzed.map((route) => `${route.method} ${route.url}`);
    expect(names).toEqual(
      expect.arrayContaining(["GET /api/scorecards/:key/evaluation", "POST /api/imports"]),
    );
    expect(Object.fromEntries(failures)).toEqual({});
  });
});
