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
 * A new service account and its client secret, shown once.
 *
 * @param id The client id (`cli_…`): the `sub` and `client_id` of its tokens.
 * @param organizationId the {@code organization_id} field
 * @param name the {@code name} field
 * @param role Its role in the organization.
 * @param scopes Scopes it may request.
 * @param audiences Resources (`aud` values) it may request tokens for.
 * @param createdAt the {@code created_at} field
 * @param updatedAt the {@code updated_at} field
 * @param clientSecret The client secret (`tss_…`); store it now, it cannot be shown again.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ServiceAccountWithSecret(
        @JsonProperty("id") String id,
        @JsonProperty("organization_id") String organizationId,
        @JsonProperty("name") String name,
        @JsonProperty("role") String role,
        @JsonProperty("scopes") List<String> scopes,
        @JsonProperty("audiences") List<String> audiences,
        @JsonProperty("created_at") OffsetDateTime createdAt,
        @JsonProperty("updated_at") OffsetDateTime updatedAt,
        @JsonProperty("client_secret") String clientSecret
) {
    public ServiceAccountWithSecret {
        Objects.requireNonNull(id, "ServiceAccountWithSecret.id is required");
        Objects.requireNonNull(organizationId, "ServiceAccountWithSecret.organizationId is required");
        Objects.requireNonNull(name, "ServiceAccountWithSecret.name is required");
        Objects.requireNonNull(role, "ServiceAccountWithSecret.role is required");
        Objects.requireNonNull(scopes, "ServiceAccountWithSecret.scopes is required");
        Objects.requireNonNull(audiences, "ServiceAccountWithSecret.audiences is required");
        Objects.requireNonNull(createdAt, "ServiceAccountWithSecret.createdAt is required");
        Objects.requireNonNull(updatedAt, "ServiceAccountWithSecret.updatedAt is required");
        Objects.requireNonNull(clientSecret, "ServiceAccountWithSecret.clientSecret is required");
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.id = id;
        builder.organizationId = organizationId;
        builder.name = name;
        builder.role = role;
        builder.scopes = scopes;
        builder.audiences = audiences;
        builder.createdAt = createdAt;
        builder.updatedAt = updatedAt;
        builder.clientSecret = clientSecret;
        return builder;
    }

    /** Builds a {@link ServiceAccountWithSecret}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private String id;
        private String organizationId;
        private String name;
        private String role;
        private List<String> scopes;
        private List<String> audiences;
        private OffsetDateTime createdAt;
        private OffsetDateTime updatedAt;
        private String clientSecret;

        private Builder() {}

        /**
         * Sets {@code id}.
         *
         * @param id The client id (`cli_…`): the `sub` and `client_id` of its tokens.
         * @return this builder
         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * Sets {@code organization_id}.
         *
         * @param organizationId the value
         * @return this builder
         */
        public Builder organizationId(String organizationId) {
            this.organizationId = organizationId;
            return this;
        }

        /**
         * Sets {@code name}.
         *
         * @param name the value
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets {@code role}.
         *
         * @param role Its role in the organization.
         * @return this builder
         */
        public Builder role(String role) {
            this.role = role;
            return this;
        }

        /**
         * Sets {@code scopes}.
         *
         * @param scopes Scopes it may request.
         * @return this builder
         */
        public Builder scopes(List<String> scopes) {
            this.scopes = scopes;
            return this;
        }

        /**
         * Sets {@code audiences}.
         *
         * @param audiences Resources (`aud` values) it may request tokens for.
         * @return this builder
         */
        public Builder audiences(List<String> audiences) {
            this.audiences = audiences;
            return this;
        }

        /**
         * Sets {@code created_at}.
         *
         * @param createdAt the value
         * @return this builder
         */
        public Builder createdAt(OffsetDateTime createdAt) {
            this.createdAt = createdAt;
            return this;
        }

        /**
         * Sets {@code updated_at}.
         *
         * @param updatedAt the value
         * @return this builder
         */
        public Builder updatedAt(OffsetDateTime updatedAt) {
            this.updatedAt = updatedAt;
            return this;
        }

        /**
         * Sets {@code client_secret}.
         *
         * @param clientSecret The client secret (`tss_…`); store it now, it cannot be shown again.
         * @return this builder
         */
        public Builder clientSecret(String clientSecret) {
            this.clientSecret = clientSecret;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link ServiceAccountWithSecret}
         * @throws NullPointerException when a required field is not set
         */
        public ServiceAccountWithSecret build() {
            return new ServiceAccountWithSecret(id, organizationId, name, role, scopes, audiences, createdAt, updatedAt, clientSecret);
        }
    }
}
