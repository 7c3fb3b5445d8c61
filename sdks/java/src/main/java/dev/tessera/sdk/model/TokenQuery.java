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
 * Body of introspection (RFC 7662 §2.1) and revocation (RFC 7009 §2.1) requests.
 *
 * @param token the {@code token} field
 * @param tokenTypeHint `access_token` or `refresh_token`; a hint only.  Optional: {@code null} when absent.
 * @param clientId Optional: {@code null} when absent.
 * @param clientSecret Optional: {@code null} when absent.
 * @param clientAssertionType Optional: {@code null} when absent.
 * @param clientAssertion Optional: {@code null} when absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record TokenQuery(
        @JsonProperty("token") String token,
        @JsonProperty("token_type_hint") String tokenTypeHint,
        @JsonProperty("client_id") String clientId,
        @JsonProperty("client_secret") String clientSecret,
        @JsonProperty("client_assertion_type") String clientAssertionType,
        @JsonProperty("client_assertion") String clientAssertion
) {
    public TokenQuery {
        Objects.requireNonNull(token, "TokenQuery.token is required");
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.token = token;
        builder.tokenTypeHint = tokenTypeHint;
        builder.clientId = clientId;
        builder.clientSecret = clientSecret;
        builder.clientAssertionType = clientAssertionType;
        builder.clientAssertion = clientAssertion;
        return builder;
    }

    /** Builds a {@link TokenQuery}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private String token;
        private String tokenTypeHint;
        private String clientId;
        private String clientSecret;
        private String clientAssertionType;
        private String clientAssertion;

        private Builder() {}

        /**
         * Sets {@code token}.
         *
         * @param token the value
         * @return this builder
         */
        public Builder token(String token) {
            this.token = token;
            return this;
        }

        /**
         * Sets {@code token_type_hint}.
         *
         * @param tokenTypeHint `access_token` or `refresh_token`; a hint only.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder tokenTypeHint(String tokenTypeHint) {
            this.tokenTypeHint = tokenTypeHint;
            return this;
        }

        /**
         * Sets {@code client_id}.
         *
         * @param clientId Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder clientId(String clientId) {
            this.clientId = clientId;
            return this;
        }

        /**
         * Sets {@code client_secret}.
         *
         * @param clientSecret Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder clientSecret(String clientSecret) {
            this.clientSecret = clientSecret;
            return this;
        }

        /**
         * Sets {@code client_assertion_type}.
         *
         * @param clientAssertionType Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder clientAssertionType(String clientAssertionType) {
            this.clientAssertionType = clientAssertionType;
            return this;
        }

        /**
         * Sets {@code client_assertion}.
         *
         * @param clientAssertion Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder clientAssertion(String clientAssertion) {
            this.clientAssertion = clientAssertion;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link TokenQuery}
         * @throws NullPointerException when a required field is not set
         */
        public TokenQuery build() {
            return new TokenQuery(token, tokenTypeHint, clientId, clientSecret, clientAssertionType, clientAssertion);
        }
    }
}
