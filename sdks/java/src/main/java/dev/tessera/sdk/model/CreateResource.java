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
 * Body of `POST /v1/tenants/{tenant}/resources`.
 *
 * @param identifier An absolute URI without a fragment; unique in the tenant.
 * @param name the {@code name} field
 * @param scopes Optional: {@code null} when absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CreateResource(
        @JsonProperty("identifier") String identifier,
        @JsonProperty("name") String name,
        @JsonProperty("scopes") List<String> scopes
) {
    public CreateResource {
        Objects.requireNonNull(identifier, "CreateResource.identifier is required");
        Objects.requireNonNull(name, "CreateResource.name is required");
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.identifier = identifier;
        builder.name = name;
        builder.scopes = scopes;
        return builder;
    }

    /** Builds a {@link CreateResource}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private String identifier;
        private String name;
        private List<String> scopes;

        private Builder() {}

        /**
         * Sets {@code identifier}.
         *
         * @param identifier An absolute URI without a fragment; unique in the tenant.
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
         * @param scopes Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder scopes(List<String> scopes) {
            this.scopes = scopes;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link CreateResource}
         * @throws NullPointerException when a required field is not set
         */
        public CreateResource build() {
            return new CreateResource(identifier, name, scopes);
        }
    }
}
