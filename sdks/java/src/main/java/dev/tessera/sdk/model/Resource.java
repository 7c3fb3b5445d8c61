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
 * An API protected by the tenant, such as an MCP server.
 *
 * @param id `res_…`.
 * @param identifier The resource indicator (RFC 8707) clients request and the `aud` of its tokens, e.g. the MCP server's URL.
 * @param name the {@code name} field
 * @param scopes Scopes clients may request for this API (e.g. one per MCP tool).
 * @param metadataUrl Where its RFC 9728 protected-resource metadata is served.
 * @param createdAt the {@code created_at} field
 * @param updatedAt the {@code updated_at} field
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Resource(
        @JsonProperty("id") String id,
        @JsonProperty("identifier") String identifier,
        @JsonProperty("name") String name,
        @JsonProperty("scopes") List<String> scopes,
        @JsonProperty("metadata_url") String metadataUrl,
        @JsonProperty("created_at") OffsetDateTime createdAt,
        @JsonProperty("updated_at") OffsetDateTime updatedAt
) {
    public Resource {
        Objects.requireNonNull(id, "Resource.id is required");
        Objects.requireNonNull(identifier, "Resource.identifier is required");
        Objects.requireNonNull(name, "Resource.name is required");
        Objects.requireNonNull(scopes, "Resource.scopes is required");
        Objects.requireNonNull(metadataUrl, "Resource.metadataUrl is required");
        Objects.requireNonNull(createdAt, "Resource.createdAt is required");
        Objects.requireNonNull(updatedAt, "Resource.updatedAt is required");
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.id = id;
        builder.identifier = identifier;
        builder.name = name;
        builder.scopes = scopes;
        builder.metadataUrl = metadataUrl;
        builder.createdAt = createdAt;
        builder.updatedAt = updatedAt;
        return builder;
    }

    /** Builds a {@link Resource}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private String id;
        private String identifier;
        private String name;
        private List<String> scopes;
        private String metadataUrl;
        private OffsetDateTime createdAt;
        private OffsetDateTime updatedAt;

        private Builder() {}

        /**
         * Sets {@code id}.
         *
         * @param id `res_…`.
         * @return this builder
         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * Sets {@code identifier}.
         *
         * @param identifier The resource indicator (RFC 8707) clients request and the `aud` of its tokens, e.g. the MCP server's URL.
         * @return this builder
         */
        public Builder identifier(String identifier) {
            this.identifier = identifier;
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
         * Sets {@code scopes}.
         *
         * @param scopes Scopes clients may request for this API (e.g. one per MCP tool).
         * @return this builder
         */
        public Builder scopes(List<String> scopes) {
            this.scopes = scopes;
            return this;
        }

        /**
         * Sets {@code metadata_url}.
         *
         * @param metadataUrl Where its RFC 9728 protected-resource metadata is served.
         * @return this builder
         */
        public Builder metadataUrl(String metadataUrl) {
            this.metadataUrl = metadataUrl;
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
         * The record.
         *
         * @return a new {@link Resource}
         * @throws NullPointerException when a required field is not set
         */
        public Resource build() {
            return new Resource(id, identifier, name, scopes, metadataUrl, createdAt, updatedAt);
        }
    }
}
