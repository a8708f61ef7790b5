import { expect, it } from "vitest";
import { describeOn, engines, openTestStorage } from "../../test/engines.ts";
import { InvalidInput } from "../domain/errors.ts";
import { buildApp } from "./app.ts";
import { serverLoggerOf } from "./logging.ts";

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

interface LogLine {
  level: number;
  reqId?: string;
  msg: string;
  statusCode?: number;
  url?: string;
  err?: { message: string; stack: string };
}

for (const engine of engines) {
  describeOn(engine)(`the server's log (${engine})`, () => {
    it("logs one line per request, and a 500 with its stack under the id the answer carries", async () => {
      const storage = await openTestStorage(engine);
      const lines: LogLine[] = [];
      const stream = { write: (line: string) => lines.push(JSON.parse(line)) };
      const app = await buildApp(storage, { logger: { level: "info", stream } });
      try {
        const health = await app.inject({ url: "/api/health" });
        expect(health.statusCode).toBe(200);
        // A database that went away under the server: the honest way to fail on our side.
        await storage.close();

        const failed = await app.inject({ url: "/api/imports" });

        expect(failed.statusCode).toBe(500);
        const { requestId } = failed.json<{ requestId: string }>();
        expect(requestId).toMatch(uuid);
        expect(failed.json()).toEqual({
          error: "internal",
          message: `something went wrong on our side (request ${requestId})`,
          requestId,
        });
        const ofRequest = lines.filter((line) => line.reqId === requestId);
        expect(ofRequest.map((line) => [line.level, line.msg, line.statusCode])).toEqual([
          [50, "request failed", undefined],
          [30, "request", 500],
        ]);
        expect(ofRequest[0]?.err?.stack).toMatch(/\n\s+at /);
        const healthLines = lines.filter((line) => line.url === "/api/health");
        expect(healthLines).toMatchObject([{ level: 30, msg: "request", statusCode: 200 }]);
        expect(healthLines[0]?.reqId).toMatch(uuid);
      } finally {
        await app.close();
      }
    });
  });
}

it("logs at LOG_LEVEL, info unless set, and refuses a level that does not exist", () => {
  expect(serverLoggerOf({})).toEqual({ level: "info" });
  expect(serverLoggerOf({ LOG_LEVEL: "warn" })).toEqual({ level: "warn" });
  expect(() => serverLoggerOf({ LOG_LEVEL: "loud" })).toThrow(InvalidInput);
  try {
    serverLoggerOf({ LOG_LEVEL: "loud" });
  } catch (error) {
    expect((error as InvalidInput).issues).toEqual([
      {
        path: "LOG_LEVEL",
        message: 'is "loud"; use one of fatal, error, warn, info, debug, trace, silent',
      },
    ]);
  }
});
