// generated from spec/openapi.yaml by tessera-codegen, do not edit
export { TesseraClient } from "./client.js";
export type * from "./client.js";
export { ClientCredentials } from "./clientCredentials.js";
export type { AccessToken, ClientCredentialsOptions } from "./clientCredentials.js";
export type { ClientOptions, Credentials, QueryValue, RequestOptions, RequestSpec, RetryEvent } from "./core.js";
export * from "./errors.js";
export type * from "./models.js";
export { PagePromise } from "./pagination.js";
export type { CursorPage } from "./pagination.js";
export { VERSION } from "./version.js";
