import type { FastifyInstance } from "fastify";
import type { Storage } from "../storage/database.ts";

/**
 * Remembers answers that only change when data changes (an evaluated scorecard takes a
 * dozen queries; the Monday page asks for the same one again and again), and forgets them
 * all whenever the server changes anything (any request that is not a read).
 *
 * Only on the embedded DuckDB file: the server holds the file's lock, so nothing but this
 * server can change the data. On PostgreSQL the CLI or another server may write at any
 * time, so there every answer is computed afresh.
 */
export class AnswerCache {
  readonly #answers = new Map<string, Promise<unknown>>();
  readonly #enabled: boolean;
  #hour = currentHour();

  constructor(storage: Storage) {
    this.#enabled = storage.engine === "duckdb";
  }

  /** The remembered answer for `key`, or the answer `compute` gives, remembered. */
  answer<T>(key: string, compute: () => Promise<T>): Promise<T> {
    if (!this.#enabled) return compute();
    // A to-date view runs through yesterday, which moves at midnight: answers last an hour
    // at most (midnight is on the hour in nearly every time zone).
    if (currentHour() !== this.#hour) {
      this.forgetAll();
      this.#hour = currentHour();
    }
    const known = this.#answers.get(key) as Promise<T> | undefined;
    if (known) return known;
    const computed = compute();
    this.#answers.set(key, computed);
    // A failed answer (a bad period, say) is not remembered.
    computed.catch(() => this.#answers.delete(key));
    return computed;
  }

  forgetAll(): void {
    this.#answers.clear();
  }

  /** Forgets every answer when a request that may change data is answered. */
  register(app: FastifyInstance): void {
    app.addHook("onResponse", async (request) => {
      if (request.method !== "GET" && request.method !== "HEAD") this.forgetAll();
    });
  }
}

function currentHour(): string {
  return new Date().toISOString().slice(0, 13);
}
