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
 * Body of the token endpoint (`application/x-www-form-urlencoded`, RFC 6749 §4.4.2).
 *
 * @param grantType `client_credentials`.
 * @param scope Space-separated scopes; all the client's scopes when omitted.  Optional: {@code null} when absent.
 * @param resource RFC 8707 resource indicator: the API the token is for (becomes `aud`).  Optional: {@code null} when absent.
 * @param audience Auth0-style synonym of `resource`.  Optional: {@code null} when absent.
 * @param clientId With `client_secret_post`.  Optional: {@code null} when absent.
 * @param clientSecret With `client_secret_post`.  Optional: {@code null} when absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record TokenRequest(
        @JsonProperty("grant_type") String grantType,
        @JsonProperty("scope") String scope,
        @JsonProperty("resource") String resource,
        @JsonProperty("audience") String audience,
        @JsonProperty("client_id") String clientId,
        @JsonProperty("client_secret") String clientSecret
) {
    public TokenRequest {
        Objects.requireNonNull(grantType, "TokenRequest.grantType is required");
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.grantType = grantType;
        builder.scope = scope;
        builder.resource = resource;
        builder.audience = audience;
        builder.clientId = clientId;
        builder.clientSecret = clientSecret;
        return builder;
    }

    /** Builds a {@link TokenRequest}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private String grantType;
        private String scope;
        private String resource;
        private String audience;
        private String clientId;
        private String clientSecret;

        private Builder() {}

        /**
         * Sets {@code grant_type}.
         *
         * @param grantType `client_credentials`.
         * @return this builder
         */
        public Builder grantType(String grantType) {
            this.grantType = grantType;
            return this;
        }

        /**
         * Sets {@code scope}.
         *
         * @param scope Space-separated scopes; all the client's scopes when omitted.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder scope(String scope) {
            this.scope = scope;
            return this;
        }

        /**
         * Sets {@code resource}.
         *
         * @param resource RFC 8707 resource indicator: the API the token is for (becomes `aud`).  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder resource(String resource) {
            this.resource = resource;
            return this;
        }

        /**
         * Sets {@code audience}.
         *
         * @param audience Auth0-style synonym of `resource`.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder audience(String audience) {
            this.audience = audience;
            return this;
        }

        /**
         * Sets {@code client_id}.
         *
         * @param clientId With `client_secret_post`.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder clientId(String clientId) {
            this.clientId = clientId;
            return this;
        }

        /**
         * Sets {@code client_secret}.
         *
         * @param clientSecret With `client_secret_post`.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder clientSecret(String clientSecret) {
            this.clientSecret = clientSecret;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link TokenRequest}
         * @throws NullPointerException when a required field is not set
         */
        public TokenRequest build() {
            return new TokenRequest(grantType, scope, resource, audience, clientId, clientSecret);
        }
    }
}
