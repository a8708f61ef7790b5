import type { FastifyInstance, FastifyReply } from "fastify";
import type { Storage } from "../storage/database.ts";

/**
 * Remembers answers that only change when data changes (an evaluated scorecard takes a
 * dozen queries; the Monday page asks for the same one again and again), and forgets them
 * all whenever the server changes anything (any request that is not a read).
 *
 * It keeps the JSON text, not the object: a remembered 57 KB evaluation is then sent as it
 * is, not serialised again for every request (issue 10, "Serving evaluations").
 *
 * Only on the embedded DuckDB file: the server holds the file's lock, so nothing but this
 * server can change the data. On PostgreSQL the CLI or another server may write at any
 * time, so there every answer is computed afresh.
 */
export class AnswerCache {
  readonly #answers = new Map<string, Promise<string>>();
  readonly #values = new Map<string, Promise<unknown>>();
  readonly #enabled: boolean;
  #hour = currentHour();

  constructor(storage: Storage) {
    this.#enabled = storage.engine === "duckdb";
  }

  /** The remembered JSON text for `key`, or that of the answer `compute` gives, remembered. */
  json(key: string, compute: () => Promise<unknown>): Promise<string> {
    const serialised = () => compute().then((answer) => JSON.stringify(answer));
    if (!this.#enabled) return serialised();
    this.#forgetOnTheHour();
    const known = this.#answers.get(key);
    if (known) return known;
    const computed = serialised();
    this.#answers.set(key, computed);
    // A failed answer (a bad period, say) is not remembered.
    computed.catch(() => this.#answers.delete(key));
    return computed;
  }

  /** The remembered answer for `key` as an object (for a route that sends it itself). */
  async answer<T>(key: string, compute: () => Promise<T>): Promise<T> {
    return JSON.parse(await this.json(key, compute)) as T;
  }

  /** Replies with the remembered (or computed) answer for `key`, as JSON. */
  async reply(
    reply: FastifyReply,
    key: string,
    compute: () => Promise<unknown>,
  ): Promise<FastifyReply> {
    const body = await this.json(key, compute);
    return reply.type("application/json; charset=utf-8").send(body);
  }

  /**
   * A value every request needs (the organisation it acts for), remembered like answers: on
   * DuckDB, asking the database for it would queue every remembered answer behind the queries
   * of the one evaluation being computed.
   */
  value<T>(key: string, compute: () => Promise<T>): Promise<T> {
    if (!this.#enabled) return compute();
    this.#forgetOnTheHour();
    const known = this.#values.get(key) as Promise<T> | undefined;
    if (known) return known;
    const computed = compute();
    this.#values.set(key, computed);
    computed.catch(() => this.#values.delete(key));
    return computed;
  }

  // A to-date view runs through yesterday, which moves at midnight: answers last an hour
  // at most (midnight is on the hour in nearly every time zone).
  #forgetOnTheHour(): void {
    if (currentHour() === this.#hour) return;
    this.forgetAll();
    this.#hour = currentHour();
  }

  forgetAll(): void {
    this.#answers.clear();
    this.#values.clear();
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
