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
 * Body of `PATCH /v1/tenants/{tenant}/resources/{resource}`.
 *
 * @param name Optional: {@code null} when absent.
 * @param scopes Optional: {@code null} when absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record UpdateResource(
        @JsonProperty("name") String name,
        @JsonProperty("scopes") List<String> scopes
) {
    public UpdateResource {
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.name = name;
        builder.scopes = scopes;
        return builder;
    }

    /** Builds a {@link UpdateResource}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private String name;
        private List<String> scopes;

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
         * @return a new {@link UpdateResource}
         * @throws NullPointerException when a required field is not set
         */
        public UpdateResource build() {
            return new UpdateResource(name, scopes);
        }
    }
}
