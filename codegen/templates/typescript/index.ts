export { TesseraClient } from "./client.js";
export type * from "./client.js";
{%- if client_credentials %}
export { ClientCredentials } from "./clientCredentials.js";
export type { AccessToken, ClientCredentialsOptions } from "./clientCredentials.js";
{%- endif %}
export type { ClientOptions, Credentials, QueryValue, RequestOptions, RequestSpec, RetryEvent } from "./core.js";
export * from "./errors.js";
export type * from "./models.js";
{%- if paginated %}
export { PagePromise } from "./pagination.js";
export type { CursorPage } from "./pagination.js";
{%- endif %}
export { VERSION } from "./version.js";
