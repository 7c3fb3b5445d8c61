// generated from spec/openapi.yaml by tessera-codegen, do not edit
package dev.tessera.sdk;

import java.time.Duration;

/**
 * What an {@code onRetry} listener is told before each retry.
 *
 * @param method the HTTP method
 * @param path the request path
 * @param attempt 1 for the first retry
 * @param delay the wait before the retry
 * @param error why the previous attempt failed: an {@link ApiException} or a {@link ConnectionException}
 */
public record RetryEvent(String method, String path, int attempt, Duration delay, TesseraException error) {}
