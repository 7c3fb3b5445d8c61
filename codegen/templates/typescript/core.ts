// The HTTP engine: URLs, auth, timeouts, retries and error mapping. Operations live in client.ts.
import { ApiError, ConnectionError, TimeoutError, makeApiError } from "./errors.js";
import { VERSION } from "./version.js";

/** Credentials, one per security scheme of the API. */
export interface Credentials {
{%- for s in schemes %}
{{ s.doc }}  {{ s.option }}?: string;
{%- endfor %}
}

export interface ClientOptions extends Credentials {
  /** The server's base URL, such as `https://id.example.com`. */
  baseUrl: string;
  /** Milliseconds to wait for each attempt's response (default 60 000). */
  timeout?: number;
  /** Retries after a retryable failure (default 2); 0 turns retries off. */
  maxRetries?: number;
  /**
   * The longest wait before a retry, in milliseconds (default 60 000). A longer
   * `Retry-After` is shortened to it.
   */
  maxRetryDelay?: number;
  /** Headers sent with every request. */
  defaultHeaders?: Record<string, string>;
  /** The `fetch` to use (default: the global one). */
  fetch?: typeof fetch;
  /** Called before each retry, after the delay is chosen; awaited when it returns a promise. */
  onRetry?: (event: RetryEvent) => void | Promise<void>;
}

/** Per-call settings, the last argument of every operation. */
export interface RequestOptions {
  /** Overrides the client's timeout for this call (milliseconds per attempt). */
  timeout?: number;
  /** Overrides the client's `maxRetries` for this call. */
  maxRetries?: number;
  /**
   * Also retry this call when its method is not idempotent (POST, PATCH). Off by default:
   * a retried POST may act twice. Turn it on only for calls that are safe to repeat.
   */
  retryNonIdempotent?: boolean;
  /** Aborts the call, retries included. */
  signal?: AbortSignal;
  /** Extra headers for this call. */
  headers?: Record<string, string>;
}

/** What `onRetry` is told. */
export interface RetryEvent {
  method: string;
  path: string;
  /** 1 for the first retry. */
  attempt: number;
  /** Milliseconds until the retry. */
  delay: number;
  /** Why the previous attempt failed. */
  error: ApiError | ConnectionError;
}

export type QueryValue = string | number | boolean | null | undefined;

/** @internal One call, as an operation describes it. */
export interface RequestSpec {
  method: "GET" | "PUT" | "POST" | "DELETE" | "OPTIONS" | "HEAD" | "PATCH";
  path: string;
  query?: Record<string, QueryValue> | object;
  body?: unknown;
  form?: object | null;
  auth?: readonly string[];
  expect: "json" | "text" | "empty";
}

const SECURITY_SCHEMES: Record<string, { option: keyof Credentials; header: string; prefix: string }> = {
{%- for s in schemes %}
  {{ s.name }}: { option: "{{ s.option }}", header: {{ s.header }}, prefix: {{ s.prefix }} },
{%- endfor %}
};

const IDEMPOTENT = new Set(["GET", "HEAD", "PUT", "DELETE", "OPTIONS"]);
const DEFAULT_TIMEOUT = 60_000;
const DEFAULT_MAX_RETRIES = 2;
const DEFAULT_MAX_RETRY_DELAY = 60_000;
const INITIAL_RETRY_DELAY = 500;
const MAX_BACKOFF = 8_000;

/** Whether a status is worth another attempt: 408, 429 and 5xx. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

/**
 * Milliseconds before retry number `attempt` (1-based): the server's `Retry-After` when it
 * sent one, else exponential backoff (0.5 s doubling to 8 s) less up to 25% jitter.
 */
export function retryDelay(attempt: number, retryAfterSeconds: number | undefined, maxRetryDelay: number): number {
  if (retryAfterSeconds !== undefined) {
    return Math.min(retryAfterSeconds * 1000, maxRetryDelay);
  }
  const backoff = Math.min(INITIAL_RETRY_DELAY * 2 ** (attempt - 1), MAX_BACKOFF);
  return Math.min(backoff * (1 - Math.random() * 0.25), maxRetryDelay);
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

export class BaseClient {
  /** The server's base URL, without a trailing slash. */
  readonly baseUrl: string;
  protected readonly options: Readonly<ClientOptions>;
  readonly #fetch: typeof fetch;

  constructor(options: ClientOptions) {
    if (!options.baseUrl) {
      throw new TypeError("TesseraClient needs a baseUrl");
    }
    this.options = { ...options };
    this.baseUrl = options.baseUrl.replace(/\/+$/, "");
    const f = options.fetch ?? globalThis.fetch;
    if (typeof f !== "function") {
      throw new TypeError("no global fetch: pass `fetch` in the options (Node.js 18 or later has one)");
    }
    this.#fetch = f.bind(globalThis);
  }

  /** @internal Sends one call, with retries, and decodes its answer. */
  protected async request<T>(spec: RequestSpec, options: RequestOptions = {}): Promise<T> {
    const maxRetries = options.maxRetries ?? this.options.maxRetries ?? DEFAULT_MAX_RETRIES;
    const maxRetryDelay = this.options.maxRetryDelay ?? DEFAULT_MAX_RETRY_DELAY;
    const retryable = IDEMPOTENT.has(spec.method) || options.retryNonIdempotent === true;
    for (let attempt = 0; ; attempt++) {
      let error: ApiError | ConnectionError;
      let retryAfter: number | undefined;
      try {
        const response = await this.send(spec, options);
        if (response.status >= 200 && response.status < 300) {
          return decode(response.text, spec.expect) as T;
        }
        const apiError = makeApiError(response.status, response.headers, response.text);
        if (!isRetryableStatus(response.status)) throw apiError;
        error = apiError;
        retryAfter = apiError.retryAfter;
      } catch (caught) {
        if (caught instanceof ApiError && !isRetryableStatus(caught.status)) throw caught;
        if (!(caught instanceof ConnectionError) && !(caught instanceof ApiError)) throw caught;
        error = caught;
      }
      if (!retryable || attempt >= maxRetries) throw error;
      const delay = retryDelay(attempt + 1, retryAfter, maxRetryDelay);
      await this.options.onRetry?.({ method: spec.method, path: spec.path, attempt: attempt + 1, delay, error });
      await sleep(delay, options.signal);
    }
  }

  /** One attempt: the response, or a ConnectionError/TimeoutError. A caller's abort is rethrown as is. */
  private async send(spec: RequestSpec, options: RequestOptions): Promise<Answer> {
    const headers: Record<string, string> = {
      accept: "application/json, application/problem+json",
      "user-agent": `tessera-typescript/${VERSION}`,
      ...this.options.defaultHeaders,
    };
    for (const scheme of spec.auth ?? []) {
      const s = SECURITY_SCHEMES[scheme];
      const credential = s ? this.options[s.option] : undefined;
      if (s && credential) {
        headers[s.header] = `${s.prefix}${credential}`;
        break;
      }
    }
    let body: string | undefined;
    if (spec.form !== undefined && spec.form !== null) {
      const form = new URLSearchParams();
      for (const [key, value] of Object.entries(spec.form)) {
        if (value !== undefined && value !== null) form.set(key, String(value));
      }
      body = form.toString();
      headers["content-type"] = "application/x-www-form-urlencoded";
    } else if (spec.body !== undefined && spec.body !== null) {
      body = JSON.stringify(spec.body);
      headers["content-type"] = "application/json";
    }
    Object.assign(headers, options.headers);

    const url = new URL(this.baseUrl + spec.path);
    for (const [key, value] of Object.entries(spec.query ?? {}) as [string, QueryValue][]) {
      if (value !== undefined && value !== null) url.searchParams.set(key, String(value));
    }

    const timeout = options.timeout ?? this.options.timeout ?? DEFAULT_TIMEOUT;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeout);
    const onAbort = () => controller.abort(options.signal?.reason);
    options.signal?.addEventListener("abort", onAbort, { once: true });
    try {
      const init: RequestInit = { method: spec.method, headers, signal: controller.signal };
      if (body !== undefined) init.body = body;
      const response = await this.#fetch(url, init);
      // Read the body inside the timeout, so a stalled body is a timeout too.
      const text = await response.text();
      return { status: response.status, headers: response.headers, text };
    } catch (caught) {
      if (options.signal?.aborted) throw options.signal.reason;
      if (controller.signal.aborted) {
        throw new TimeoutError(`${spec.method} ${spec.path}: no response within ${timeout} ms`, { cause: caught });
      }
      const reason = caught instanceof Error ? caught.message : String(caught);
      throw new ConnectionError(`${spec.method} ${spec.path}: ${reason}`, { cause: caught });
    } finally {
      clearTimeout(timer);
      options.signal?.removeEventListener("abort", onAbort);
    }
  }
}

/** A response, its body read. */
interface Answer {
  status: number;
  headers: Headers;
  text: string;
}

function decode(text: string, expect: RequestSpec["expect"]): unknown {
  if (expect === "empty") return undefined;
  if (expect === "text") return text;
  return text === "" ? undefined : JSON.parse(text);
}
