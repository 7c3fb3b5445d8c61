// Offline tests of the client's HTTP behaviour, with a scripted fetch.
import assert from "node:assert/strict";
import { describe, it } from "node:test";

import {
  ApiError,
  ConflictError,
  ConnectionError,
  InternalServerError,
  NotFoundError,
  RateLimitedError,
  TesseraClient,
  TimeoutError,
  VERSION,
  type RetryEvent,
} from "../src/index.js";

interface Call {
  url: URL;
  init: RequestInit;
}

type Script = (call: Call, n: number) => Response | Promise<Response>;

function scripted(script: Script): { fetch: typeof fetch; calls: Call[] } {
  const calls: Call[] = [];
  const fake = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const call = { url: new URL(String(input)), init: init ?? {} };
    calls.push(call);
    return script(call, calls.length);
  };
  return { fetch: fake as typeof fetch, calls };
}

function problem(status: number, code: string, headers: Record<string, string> = {}): Response {
  return new Response(
    JSON.stringify({ type: `urn:tessera:problem:${code}`, title: code, status, detail: `detail of ${code}`, code, request_id: "req_body" }),
    { status, headers: { "content-type": "application/problem+json", "x-request-id": "req_header", ...headers } },
  );
}

function json(value: unknown, status = 200): Response {
  return new Response(JSON.stringify(value), { status, headers: { "content-type": "application/json" } });
}

const tenant = {
  id: "ten_1",
  slug: "acme",
  name: "Acme",
  issuer: "http://x/t/acme",
  signing_alg: "ES256",
  allowed_origins: [],
  signup_mode: "invite_only",
  signup_allowed_domains: [],
  block_disposable_emails: true,
  created_at: "2026-01-01T00:00:00Z",
  updated_at: "2026-01-01T00:00:00Z",
};

describe("TesseraClient over a scripted fetch", () => {
  it("sends the admin key, the user agent and JSON, and decodes the answer", async () => {
    const { fetch, calls } = scripted(() => json(tenant, 201));
    const client = new TesseraClient({ baseUrl: "http://api.test/", adminKey: "tsk_abc", fetch });
    const created = await client.createTenant({ slug: "acme", name: "Acme" });
    assert.equal(created.slug, "acme");
    const call = calls[0]!;
    assert.equal(call.url.href, "http://api.test/v1/tenants");
    assert.equal(call.init.method, "POST");
    const headers = call.init.headers as Record<string, string>;
    assert.equal(headers["authorization"], "Bearer tsk_abc");
    assert.equal(headers["user-agent"], `tessera-typescript/${VERSION}`);
    assert.equal(headers["content-type"], "application/json");
    assert.deepEqual(JSON.parse(String(call.init.body)), { slug: "acme", name: "Acme" });
  });

  it("encodes path parameters and drops undefined query values", async () => {
    const { fetch, calls } = scripted(() => json({ data: [] }));
    const client = new TesseraClient({ baseUrl: "http://api.test", adminKey: "k", fetch });
    await client.listUsers("a/b", { q: "jane doe", limit: 5 });
    assert.equal(calls[0]!.url.pathname, "/v1/tenants/a%2Fb/users");
    assert.equal(calls[0]!.url.search, "?q=jane+doe&limit=5");
  });

  it("maps problem documents to typed errors", async () => {
    const { fetch } = scripted(() => problem(404, "not_found"));
    const client = new TesseraClient({ baseUrl: "http://api.test", fetch });
    const error = await client.getTenant("nope").then(
      () => assert.fail("expected an error"),
      (e: unknown) => e,
    );
    assert.ok(error instanceof NotFoundError);
    assert.ok(error instanceof ApiError);
    assert.equal(error.status, 404);
    assert.equal(error.code, "not_found");
    assert.equal(error.detail, "detail of not_found");
    assert.equal(error.requestId, "req_header");
    assert.equal(error.problem?.code, "not_found");
    assert.equal(error.name, "NotFoundError");
  });

  it("retries an idempotent call on 503, honouring Retry-After", async () => {
    const { fetch, calls } = scripted((_, n) => (n < 3 ? problem(503, "service_unavailable", { "retry-after": "0" }) : json(tenant)));
    const events: RetryEvent[] = [];
    const client = new TesseraClient({ baseUrl: "http://api.test", fetch, onRetry: (e) => void events.push(e) });
    const got = await client.getTenant("acme");
    assert.equal(got.slug, "acme");
    assert.equal(calls.length, 3);
    assert.deepEqual(events.map((e) => [e.attempt, e.delay]), [[1, 0], [2, 0]]);
    assert.ok(events[0]!.error instanceof InternalServerError);
  });

  it("gives up after maxRetries", async () => {
    const { fetch, calls } = scripted(() => problem(503, "service_unavailable", { "retry-after": "0" }));
    const client = new TesseraClient({ baseUrl: "http://api.test", fetch, maxRetries: 1 });
    await assert.rejects(client.getTenant("acme"), InternalServerError);
    assert.equal(calls.length, 2);
  });

  it("never retries a POST unless asked to", async () => {
    const { fetch, calls } = scripted((_, n) => (n === 1 ? problem(429, "account_locked", { "retry-after": "0" }) : json(tenant, 201)));
    const client = new TesseraClient({ baseUrl: "http://api.test", fetch });
    const error = await client.createTenant({ slug: "acme", name: "Acme" }).catch((e: unknown) => e);
    assert.ok(error instanceof RateLimitedError);
    assert.equal(error.retryAfter, 0);
    assert.equal(calls.length, 1);
    const created = await client.createTenant({ slug: "acme", name: "Acme" }, { retryNonIdempotent: true });
    assert.equal(created.slug, "acme");
  });

  it("does not retry a 409", async () => {
    const { fetch, calls } = scripted(() => problem(409, "already_exists"));
    const client = new TesseraClient({ baseUrl: "http://api.test", fetch });
    await assert.rejects(client.deleteTenant("acme"), ConflictError);
    assert.equal(calls.length, 1);
  });

  it("shortens a long Retry-After to maxRetryDelay", async () => {
    const { fetch } = scripted((_, n) => (n === 1 ? problem(503, "service_unavailable", { "retry-after": "3600" }) : json(tenant)));
    const delays: number[] = [];
    const client = new TesseraClient({ baseUrl: "http://api.test", fetch, maxRetryDelay: 5, onRetry: (e) => void delays.push(e.delay) });
    await client.getTenant("acme");
    assert.deepEqual(delays, [5]);
  });

  it("turns network failures into ConnectionError, retried for GET", async () => {
    const { fetch, calls } = scripted(() => {
      throw new TypeError("fetch failed");
    });
    const client = new TesseraClient({ baseUrl: "http://api.test", fetch, maxRetries: 2, maxRetryDelay: 1 });
    await assert.rejects(client.getTenant("acme"), ConnectionError);
    assert.equal(calls.length, 3);
  });

  it("times out a call that never answers", async () => {
    const { fetch } = scripted(
      (call) =>
        new Promise<Response>((_, reject) => {
          call.init.signal?.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError")));
        }),
    );
    const client = new TesseraClient({ baseUrl: "http://api.test", fetch, timeout: 20, maxRetries: 0 });
    await assert.rejects(client.getHealth(), TimeoutError);
  });

  it("walks every page of a cursor list", async () => {
    const pages: Record<string, unknown> = {
      "": { data: [tenant, { ...tenant, slug: "b" }], next_cursor: "c2" },
      c2: { data: [{ ...tenant, slug: "c" }], next_cursor: "c3" },
      c3: { data: [] },
    };
    const { fetch, calls } = scripted((call) => json(pages[call.url.searchParams.get("cursor") ?? ""]));
    const client = new TesseraClient({ baseUrl: "http://api.test", adminKey: "k", fetch });
    const first = await client.listTenants({ limit: 2 });
    assert.equal(first.data.length, 2);
    assert.equal(first.next_cursor, "c2");
    const slugs: string[] = [];
    for await (const t of client.listTenants({ limit: 2 })) slugs.push(t.slug);
    assert.deepEqual(slugs, ["acme", "b", "c"]);
    assert.ok(calls.every((c) => c.url.searchParams.get("limit") === "2"));
  });
});
