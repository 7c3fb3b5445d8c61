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
 * Body of `PATCH /v1/tenants/{tenant}/clients/{client}`.
 *
 * @param name Optional: {@code null} when absent.
 * @param grantTypes Optional: {@code null} when absent.
 * @param scopes Optional: {@code null} when absent.
 * @param audiences Optional: {@code null} when absent.
 * @param accessTokenTtl Optional: {@code null} when absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record UpdateClient(
        @JsonProperty("name") String name,
        @JsonProperty("grant_types") List<GrantType> grantTypes,
        @JsonProperty("scopes") List<String> scopes,
        @JsonProperty("audiences") List<String> audiences,
        @JsonProperty("access_token_ttl") Long accessTokenTtl
) {
    public UpdateClient {
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.name = name;
        builder.grantTypes = grantTypes;
        builder.scopes = scopes;
        builder.audiences = audiences;
        builder.accessTokenTtl = accessTokenTtl;
        return builder;
    }

    /** Builds a {@link UpdateClient}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private String name;
        private List<GrantType> grantTypes;
        private List<String> scopes;
        private List<String> audiences;
        private Long accessTokenTtl;

        private Builder() {}

        /**
         * Sets {@code name}.
         *
         * @param name Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets {@code grant_types}.
         *
         * @param grantTypes Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder grantTypes(List<GrantType> grantTypes) {
            this.grantTypes = grantTypes;
            return this;
        }

        /**
         * Sets {@code scopes}.
         *
         * @param scopes Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder scopes(List<String> scopes) {
            this.scopes = scopes;
            return this;
        }

        /**
         * Sets {@code audiences}.
         *
         * @param audiences Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder audiences(List<String> audiences) {
            this.audiences = audiences;
            return this;
        }

        /**
         * Sets {@code access_token_ttl}.
         *
         * @param accessTokenTtl Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder accessTokenTtl(Long accessTokenTtl) {
            this.accessTokenTtl = accessTokenTtl;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link UpdateClient}
         * @throws NullPointerException when a required field is not set
         */
        public UpdateClient build() {
            return new UpdateClient(name, grantTypes, scopes, audiences, accessTokenTtl);
        }
    }
}
