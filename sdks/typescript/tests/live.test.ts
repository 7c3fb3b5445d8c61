// The live scenario, against a real server: TESSERA_URL and TESSERA_ADMIN_KEY
// (`cargo xtask sdk-test` starts one and sets both).
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { after, before, describe, it } from "node:test";

import {
  ApiError,
  AuthenticationError,
  ClientCredentials,
  ConflictError,
  ERROR_CODES,
  NotFoundError,
  RateLimitedError,
  TesseraClient,
  UnprocessableError,
  type LoginResponse,
  type RetryEvent,
  type SessionTokens,
  type User,
} from "../src/index.js";

/** A login's session tokens; these users have no second factor, so no MFA challenge. */
function session(answer: LoginResponse): SessionTokens {
  assert.ok("access_token" in answer, `expected session tokens, got ${JSON.stringify(answer)}`);
  return answer;
}

const url = process.env.TESSERA_URL;
const adminKey = process.env.TESSERA_ADMIN_KEY;
const PASSWORD = "correct horse battery staple";

/** The typed error a promise rejects with. */
async function failure<E extends ApiError>(promise: Promise<unknown>, type: new (...args: never[]) => E): Promise<E> {
  const error = await promise.then(
    () => assert.fail(`expected ${type.name}`),
    (e: unknown) => e,
  );
  assert.ok(error instanceof type, `expected ${type.name}, got ${String(error)}`);
  assert.ok(error.requestId && /^\S+$/.test(error.requestId), "every error carries the request id");
  assert.equal(error.problem?.request_id, error.requestId, "header and body agree on the request id");
  return error;
}

if (!url || !adminKey) {
  // A missing server is a failure, not a skip: `cargo xtask sdk-test` starts one and sets both.
  throw new Error("TESSERA_URL and TESSERA_ADMIN_KEY are not set: run `cargo xtask sdk-test`");
}

describe("live scenario", () => {
  const client = new TesseraClient({ baseUrl: url ?? "", adminKey: adminKey ?? "" });
  const slug = `sdk-ts-${randomBytes(4).toString("hex")}`;
  const users: User[] = [];
  let tokens: SessionTokens;

  before(async () => {
    const tenant = await client.createTenant({ slug, name: "SDK TypeScript" });
    assert.equal(tenant.slug, slug);
    assert.ok(tenant.issuer.endsWith(`/t/${slug}`));
  });

  it("creates users", async () => {
    for (let i = 0; i < 5; i++) {
      users.push(await client.createUser(slug, { email: `user${i}@example.com`, password: PASSWORD, name: `User ${i}` }));
    }
    assert.equal(users.length, 5);
    assert.ok(users.every((u) => u.id.startsWith("usr_") && u.has_password && !u.disabled));
  });

  it("pages through users with the auto-paginator", async () => {
    const first = await client.listUsers(slug, { limit: 2 });
    assert.equal(first.data.length, 2);
    assert.ok(first.next_cursor, "a first page of two out of five has a next cursor");
    const emails: string[] = [];
    for await (const user of client.listUsers(slug, { limit: 2 })) emails.push(user.email);
    assert.deepEqual(emails, users.map((u) => u.email));
    let pages = 0;
    for await (const page of client.listUsers(slug, { limit: 2 }).pages()) {
      pages++;
      assert.ok(page.data.length <= 2);
    }
    assert.equal(pages, 3);
  });

  it("logs a user in and calls the API with the session token", async () => {
    tokens = session(await client.login(slug, { email: "user0@example.com", password: PASSWORD }));
    assert.equal(tokens.token_type, "Bearer");
    assert.ok(tokens.refresh_token);
    const me = await client.withOptions({ sessionToken: tokens.access_token }).getMe(slug);
    assert.equal(me.id, users[0]!.id);
  });

  it("refreshes the session", async () => {
    const refreshed = await client.refreshSession(slug, { refresh_token: tokens.refresh_token! });
    assert.equal(refreshed.session_id, tokens.session_id);
    assert.notEqual(refreshed.refresh_token, tokens.refresh_token);
    assert.notEqual(refreshed.access_token, tokens.access_token);
    // The spent refresh token is refused as a typed error.
    const reused = await failure(client.refreshSession(slug, { refresh_token: tokens.refresh_token! }), AuthenticationError);
    assert.equal(reused.status, 401);
  });

  it("answers 404 as NotFoundError", async () => {
    const error = await failure(client.getUser(slug, "usr_doesnotexist"), NotFoundError);
    assert.equal(error.status, 404);
    assert.equal(error.code, "not_found");
  });

  it("answers 409 as ConflictError", async () => {
    const error = await failure(client.createTenant({ slug, name: "Again" }), ConflictError);
    assert.equal(error.status, 409);
    assert.equal(error.code, "already_exists");
  });

  it("answers 422 as UnprocessableError with field errors", async () => {
    const error = await failure(client.createUser(slug, { email: "not-an-email" }), UnprocessableError);
    assert.equal(error.status, 422);
    assert.equal(error.code, "validation_failed");
    assert.ok(error.problem?.errors?.some((e) => e.pointer === "/email"), JSON.stringify(error.problem));
  });

  it("answers a lockout with 429 RateLimitedError, and retries it when a POST may be retried", async () => {
    const email = "user4@example.com";
    for (let i = 0; i < 5; i++) {
      const wrong = await failure(client.login(slug, { email, password: "wrong password!" }), AuthenticationError);
      assert.equal(wrong.code, "invalid_credentials");
    }
    // By default a POST is not retried: one attempt, and the lock's Retry-After on the error.
    const events: RetryEvent[] = [];
    const counting = client.withOptions({ onRetry: (e) => void events.push(e) });
    const locked = await failure(counting.login(slug, { email, password: PASSWORD }), RateLimitedError);
    assert.equal(locked.status, 429);
    assert.equal(locked.code, "account_locked");
    assert.ok(locked.retryAfter !== undefined && locked.retryAfter > 0, `Retry-After: ${locked.retryAfter}`);
    assert.equal(events.length, 0, "a POST is not retried by default");

    // Opted in: the SDK retries the 429. The lock lasts 30 s, so the wait is capped at 200 ms
    // and an administrator unlocks the user while the SDK waits; the retried login succeeds.
    const retrying = client.withOptions({
      maxRetryDelay: 200,
      onRetry: async (e) => {
        events.push(e);
        await client.unlockUser(slug, users[4]!.id);
      },
    });
    const signedIn = session(await retrying.login(slug, { email, password: PASSWORD }, { retryNonIdempotent: true }));
    assert.equal(signedIn.token_type, "Bearer");
    assert.equal(events.length, 1);
    assert.ok(events[0]!.error instanceof RateLimitedError);
    assert.equal(events[0]!.delay, 200, "Retry-After (30 s) shortened to maxRetryDelay");
  });

  it("knows every error code the server knows", async () => {
    const spec = (await client.getOpenApi()) as { components: { schemas: { ErrorCode: { enum: string[] } } } };
    assert.deepEqual([...ERROR_CODES], spec.components.schemas.ErrorCode.enum);
  });
});

describe("client credentials", () => {
  const client = new TesseraClient({ baseUrl: url ?? "", adminKey: adminKey ?? "" });
  const slug = `sdk-ts-cc-${randomBytes(4).toString("hex")}`;

  before(async () => {
    await client.createTenant({ slug, name: "SDK TypeScript client credentials" });
  });

  after(async () => {
    await client.deleteTenant(slug);
  });

  it("caches, refreshes and shares one token request", async () => {
    const created = await client.createClient(slug, { name: "TS service", scopes: ["read", "write"], access_token_ttl: 60 });
    const secret = created.client_secret ?? assert.fail("a confidential client gets a secret");
    let now = 1_000_000;
    const tokens = new ClientCredentials({
      client: new TesseraClient({ baseUrl: client.baseUrl }),
      tenant: slug,
      clientId: created.id,
      clientSecret: secret,
      scope: "read",
      now: () => now,
    });
    const concurrent = await Promise.all([tokens.getToken(), tokens.getToken(), tokens.getToken()]);
    assert.equal(new Set(concurrent).size, 1, "concurrent callers share one token request");
    const first = concurrent[0] ?? "";
    assert.equal(await tokens.getToken(), first, "a live token is served from the cache");
    assert.equal(await tokens.authorization(), `Bearer ${first}`);

    // The client registered client_secret_basic, so it introspects with HTTP Basic too.
    const basic = Buffer.from(`${created.id}:${secret}`).toString("base64");
    const info = await client.oauthIntrospect(slug, { token: first }, { headers: { authorization: `Basic ${basic}` } });
    assert.equal(info.active, true);
    assert.equal(info.client_id, created.id);
    assert.equal(info.scope, "read");

    // 60 s tokens are refreshed after half their lifetime.
    now += 31_000;
    const second = await tokens.getToken();
    assert.notEqual(second, first);
    tokens.invalidate();
    assert.notEqual(await tokens.getToken(), second);
  });

  it("uses client_secret_post when registered so, and a wrong secret is a typed 401", async () => {
    const poster = await client.createClient(slug, { name: "TS poster", token_endpoint_auth_method: "client_secret_post" });
    const post = new ClientCredentials({
      client,
      tenant: slug,
      clientId: poster.id,
      clientSecret: poster.client_secret ?? "",
      authMethod: "client_secret_post",
    });
    assert.ok((await post.getToken()).length > 0);
    const wrong = new ClientCredentials({ client, tenant: slug, clientId: poster.id, clientSecret: "tss_wrong" });
    const error = await wrong.getToken().then(
      () => assert.fail("expected AuthenticationError"),
      (e: unknown) => e,
    );
    assert.ok(error instanceof AuthenticationError);
    assert.equal(error.status, 401);
    assert.equal(error.code, "invalid_client");
  });
});
