// generated from spec/openapi.yaml by tessera-codegen, do not edit
package dev.tessera.sdk;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Per-call settings, the last argument of every operation.
 *
 * <pre>{@code
 * client.login("acme", body, RequestOptions.builder().retryNonIdempotent(true).build());
 * }</pre>
 *
 * @param timeout overrides the client's timeout for this call (per attempt), or {@code null}
 * @param maxRetries overrides the client's retries for this call, or {@code null}
 * @param retryNonIdempotent also retry this call when its method is not idempotent (POST,
 *     PATCH); off by default, since a retried POST may act twice
 * @param headers extra headers for this call
 */
public record RequestOptions(Duration timeout, Integer maxRetries, boolean retryNonIdempotent, Map<String, String> headers) {
    /** No overrides. */
    public static final RequestOptions NONE = new RequestOptions(null, null, false, Map.of());

    public RequestOptions {
        headers = Map.copyOf(headers == null ? Map.of() : headers);
    }

    /**
     * A builder.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link RequestOptions}. */
    public static final class Builder {
        private Duration timeout;
        private Integer maxRetries;
        private boolean retryNonIdempotent;
        private final Map<String, String> headers = new LinkedHashMap<>();

        private Builder() {}

        /**
         * @param timeout per attempt
         * @return this builder
         */
        public Builder timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        /**
         * @param maxRetries retries after a retryable failure; 0 turns them off
         * @return this builder
         */
        public Builder maxRetries(int maxRetries) {
            this.maxRetries = maxRetries;
            return this;
        }

        /**
         * @param retry whether a POST or PATCH may be retried
         * @return this builder
         */
        public Builder retryNonIdempotent(boolean retry) {
            this.retryNonIdempotent = retry;
            return this;
        }

        /**
         * @param name a header name
         * @param value its value
         * @return this builder
         */
        public Builder header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        /** @return the options */
        public RequestOptions build() {
            return new RequestOptions(timeout, maxRetries, retryNonIdempotent, headers);
        }
    }
}
