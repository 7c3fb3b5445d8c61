// generated from spec/openapi.yaml by tessera-codegen, do not edit
package dev.tessera.sdk.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Body of `POST /v1/tenants/{tenant}/test-tokens`: an access token minted by an admin for
 * testing resource servers (as Keycloak's "generate example access token").
 *
 * @param subject The token's `sub`.
 * @param audience The token's `aud`, such as an API identifier.
 * @param scope Space-separated scopes for the `scope` claim.  Optional: {@code null} when absent.
 * @param expiresIn Lifetime in seconds, 1 to the server's `max_token_lifetime` (default 300).  Optional: {@code null} when absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record TestTokenRequest(
        @JsonProperty("subject") String subject,
        @JsonProperty("audience") String audience,
        @JsonProperty("scope") String scope,
        @JsonProperty("expires_in") Long expiresIn
) {
    public TestTokenRequest {
        Objects.requireNonNull(subject, "TestTokenRequest.subject is required");
        Objects.requireNonNull(audience, "TestTokenRequest.audience is required");
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.subject = subject;
        builder.audience = audience;
        builder.scope = scope;
        builder.expiresIn = expiresIn;
        return builder;
    }

    /** Builds a {@link TestTokenRequest}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private String subject;
        private String audience;
        private String scope;
        private Long expiresIn;

        private Builder() {}

        /**
         * Sets {@code subject}.
         *
         * @param subject The token's `sub`.
         * @return this builder
         */
        public Builder subject(String subject) {
            this.subject = subject;
            return this;
        }

        /**
         * Sets {@code audience}.
         *
         * @param audience The token's `aud`, such as an API identifier.
         * @return this builder
         */
        public Builder audience(String audience) {
            this.audience = audience;
            return this;
        }

        /**
         * Sets {@code scope}.
         *
         * @param scope Space-separated scopes for the `scope` claim.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder scope(String scope) {
            this.scope = scope;
            return this;
        }

        /**
         * Sets {@code expires_in}.
         *
         * @param expiresIn Lifetime in seconds, 1 to the server's `max_token_lifetime` (default 300).  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder expiresIn(Long expiresIn) {
            this.expiresIn = expiresIn;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link TestTokenRequest}
         * @throws NullPointerException when a required field is not set
         */
        public TestTokenRequest build() {
            return new TestTokenRequest(subject, audience, scope, expiresIn);
        }
    }
}
