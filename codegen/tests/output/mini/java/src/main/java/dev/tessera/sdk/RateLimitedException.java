// generated from spec/openapi.yaml by tessera-codegen, do not edit
package dev.tessera.sdk;

import java.net.http.HttpHeaders;

/** 429: too many requests, or a lock; {@link #retryAfter()} says how long to wait. */
public class RateLimitedException extends ApiException {
    RateLimitedException(int status, HttpHeaders headers, String body) {
        super(status, headers, body);
    }
}
