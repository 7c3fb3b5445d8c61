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
 * OAuth 2.0 Protected Resource Metadata (RFC 9728 §2).
 *
 * @param resource the {@code resource} field
 * @param authorizationServers the {@code authorization_servers} field
 * @param scopesSupported the {@code scopes_supported} field
 * @param bearerMethodsSupported the {@code bearer_methods_supported} field
 * @param resourceName the {@code resource_name} field
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProtectedResourceMetadata(
        @JsonProperty("resource") String resource,
        @JsonProperty("authorization_servers") List<String> authorizationServers,
        @JsonProperty("scopes_supported") List<String> scopesSupported,
        @JsonProperty("bearer_methods_supported") List<String> bearerMethodsSupported,
        @JsonProperty("resource_name") String resourceName
) {
    public ProtectedResourceMetadata {
        Objects.requireNonNull(resource, "ProtectedResourceMetadata.resource is required");
        Objects.requireNonNull(authorizationServers, "ProtectedResourceMetadata.authorizationServers is required");
        Objects.requireNonNull(scopesSupported, "ProtectedResourceMetadata.scopesSupported is required");
        Objects.requireNonNull(bearerMethodsSupported, "ProtectedResourceMetadata.bearerMethodsSupported is required");
        Objects.requireNonNull(resourceName, "ProtectedResourceMetadata.resourceName is required");
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.resource = resource;
        builder.authorizationServers = authorizationServers;
        builder.scopesSupported = scopesSupported;
        builder.bearerMethodsSupported = bearerMethodsSupported;
        builder.resourceName = resourceName;
        return builder;
    }

    /** Builds a {@link ProtectedResourceMetadata}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private String resource;
        private List<String> authorizationServers;
        private List<String> scopesSupported;
        private List<String> bearerMethodsSupported;
        private String resourceName;

        private Builder() {}

        /**
         * Sets {@code resource}.
         *
         * @param resource the value
         * @return this builder
         */
        public Builder resource(String resource) {
            this.resource = resource;
            return this;
        }

        /**
         * Sets {@code authorization_servers}.
         *
         * @param authorizationServers the value
         * @return this builder
         */
        public Builder authorizationServers(List<String> authorizationServers) {
            this.authorizationServers = authorizationServers;
            return this;
        }

        /**
         * Sets {@code scopes_supported}.
         *
         * @param scopesSupported the value
         * @return this builder
         */
        public Builder scopesSupported(List<String> scopesSupported) {
            this.scopesSupported = scopesSupported;
            return this;
        }

        /**
         * Sets {@code bearer_methods_supported}.
         *
         * @param bearerMethodsSupported the value
         * @return this builder
         */
        public Builder bearerMethodsSupported(List<String> bearerMethodsSupported) {
            this.bearerMethodsSupported = bearerMethodsSupported;
            return this;
        }

        /**
         * Sets {@code resource_name}.
         *
         * @param resourceName the value
         * @return this builder
         */
        public Builder resourceName(String resourceName) {
            this.resourceName = resourceName;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link ProtectedResourceMetadata}
         * @throws NullPointerException when a required field is not set
         */
        public ProtectedResourceMetadata build() {
            return new ProtectedResourceMetadata(resource, authorizationServers, scopesSupported, bearerMethodsSupported, resourceName);
        }
    }
}
