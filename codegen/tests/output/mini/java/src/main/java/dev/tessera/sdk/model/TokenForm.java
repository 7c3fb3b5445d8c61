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
 * A record of the API.
 *
 * @param grantType the {@code grant_type} field
 * @param scope Optional: {@code null} when absent.
 * @param resource Optional: {@code null} when absent.
 * @param clientId Optional: {@code null} when absent.
 * @param clientSecret Optional: {@code null} when absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record TokenForm(
        @JsonProperty("grant_type") String grantType,
        @JsonProperty("scope") String scope,
        @JsonProperty("resource") String resource,
        @JsonProperty("client_id") String clientId,
        @JsonProperty("client_secret") String clientSecret
) {
    public TokenForm {
        Objects.requireNonNull(grantType, "TokenForm.grantType is required");
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
        builder.clientId = clientId;
        builder.clientSecret = clientSecret;
        return builder;
    }

    /** Builds a {@link TokenForm}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private String grantType;
        private String scope;
        private String resource;
        private String clientId;
        private String clientSecret;

        private Builder() {}

        /**
         * Sets {@code grant_type}.
         *
         * @param grantType the value
         * @return this builder
         */
        public Builder grantType(String grantType) {
            this.grantType = grantType;
            return this;
        }

        /**
         * Sets {@code scope}.
         *
         * @param scope Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder scope(String scope) {
            this.scope = scope;
            return this;
        }

        /**
         * Sets {@code resource}.
         *
         * @param resource Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder resource(String resource) {
            this.resource = resource;
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
         * The record.
         *
         * @return a new {@link TokenForm}
         * @throws NullPointerException when a required field is not set
         */
        public TokenForm build() {
            return new TokenForm(grantType, scope, resource, clientId, clientSecret);
        }
    }
}
