// generated from spec/openapi.yaml by tessera-codegen, do not edit
// Access tokens for a confidential client (OAuth 2.0 client credentials, RFC 6749 §4.4),
// fetched from its tenant's token endpoint and cached until shortly before they expire.
import type { TesseraClient } from "./client.js";
import type { RequestOptions } from "./core.js";
import type { TokenRequest } from "./models.js";

export interface ClientCredentialsOptions {
  /**
   * The client whose base URL, timeouts, retries and user agent the token requests use. It
   * needs no credential of its own.
   */
  client: TesseraClient;
  /** The tenant (slug) that registered the client. */
  tenant: string;
  /** The client's id, `cli_…`. */
  clientId: string;
  /** One of its live secrets, `tss_…`. */
  clientSecret: string;
  /** Space-separated scopes to ask for; all the client's scopes when left out. */
  scope?: string;
  /** The API the token is for (RFC 8707), which becomes its `aud`. */
  resource?: string;
  /** How the client authenticates, as registered (default `client_secret_basic`). */
  authMethod?: "client_secret_basic" | "client_secret_post";
  /** Milliseconds before expiry at which a new token is fetched (default 30 000). */
  refreshBefore?: number;
  /** Milliseconds on a monotonic clock (default `performance.now`); tests pass their own. */
  now?: () => number;
}

/** A cached token and when, on the helper's clock, it stops being used. */
export interface AccessToken {
  value: string;
  scope: string | undefined;
  /** Clock reading (ms) after which the helper fetches a new token. */
  expiresAt: number;
}

const DEFAULT_REFRESH_BEFORE = 30_000;

/**
 * Client-credentials tokens, cached and refreshed; concurrent callers share one request.
 *
 * @example
 * const tokens = new ClientCredentials({ client, tenant: "acme", clientId, clientSecret });
 * await fetch(url, { headers: { authorization: await tokens.authorization() } });
 */
export class ClientCredentials {
  readonly #options: Readonly<ClientCredentialsOptions>;
  readonly #now: () => number;
  #cached: AccessToken | undefined;
  #pending: Promise<AccessToken> | undefined;

  constructor(options: ClientCredentialsOptions) {
    if (!options.clientId || !options.clientSecret) {
      throw new TypeError("client credentials need a clientId and a clientSecret");
    }
    const method = options.authMethod ?? "client_secret_basic";
    if (method !== "client_secret_basic" && method !== "client_secret_post") {
      throw new TypeError(`unsupported authMethod ${String(method)}: use client_secret_basic or client_secret_post`);
    }
    this.#options = { ...options };
    this.#now = options.now ?? (() => performance.now());
  }

  /**
   * A valid access token: the cached one, or a new one when it is about to expire. Rejects
   * with the client's errors (`AuthenticationError` for a wrong secret, `BadRequestError` for
   * a scope or resource the client may not have).
   */
  async getToken(): Promise<string> {
    return (await this.accessToken()).value;
  }

  /** Like `getToken()`, with the granted scope and the refresh time. */
  accessToken(): Promise<AccessToken> {
    const cached = this.#cached;
    if (cached !== undefined && this.#now() < cached.expiresAt) {
      return Promise.resolve(cached);
    }
    if (this.#pending === undefined) {
      this.#pending = this.#fetch().finally(() => {
        this.#pending = undefined;
      });
    }
    return this.#pending;
  }

  /** The `Authorization` header value, `Bearer <token>`. */
  async authorization(): Promise<string> {
    return `Bearer ${await this.getToken()}`;
  }

  /** Forgets the cached token, so the next call fetches a new one (after a 401, say). */
  invalidate(): void {
    this.#cached = undefined;
  }

  async #fetch(): Promise<AccessToken> {
    const o = this.#options;
    const body: TokenRequest = { grant_type: "client_credentials" };
    if (o.scope !== undefined) body.scope = o.scope;
    if (o.resource !== undefined) body.resource = o.resource;
    const options: RequestOptions = {};
    if ((o.authMethod ?? "client_secret_basic") === "client_secret_post") {
      body.client_id = o.clientId;
      body.client_secret = o.clientSecret;
    } else {
      // RFC 6749 §2.3.1: both parts form-encoded before the Basic encoding.
      const pair = `${formEncode(o.clientId)}:${formEncode(o.clientSecret)}`;
      options.headers = { authorization: `Basic ${btoa(pair)}` };
    }
    const askedAt = this.#now();
    const answer = await o.client.oauthToken(o.tenant, body, options);
    // Refresh ahead of expiry, but never sooner than half the lifetime, so a short-lived
    // token is not fetched again on every call.
    const lifetime = answer.expires_in * 1000;
    const margin = Math.min(o.refreshBefore ?? DEFAULT_REFRESH_BEFORE, lifetime / 2);
    const token: AccessToken = {
      value: answer.access_token,
      scope: answer.scope ?? undefined,
      expiresAt: askedAt + lifetime - margin,
    };
    this.#cached = token;
    return token;
  }
}

/** `application/x-www-form-urlencoded` encoding of one value. */
function formEncode(value: string): string {
  return new URLSearchParams({ v: value }).toString().slice(2);
}
