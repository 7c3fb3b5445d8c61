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
 * Body of `PATCH /t/{tenant}/me/passkeys/{passkey}`.
 *
 * @param name 1-64 characters.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record RenamePasskey(
        @JsonProperty("name") String name
) {
    public RenamePasskey {
        Objects.requireNonNull(name, "RenamePasskey.name is required");
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.name = name;
        return builder;
    }

    /** Builds a {@link RenamePasskey}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private String name;

        private Builder() {}

        /**
         * Sets {@code name}.
         *
         * @param name 1-64 characters.
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link RenamePasskey}
         * @throws NullPointerException when a required field is not set
         */
        public RenamePasskey build() {
            return new RenamePasskey(name);
        }
    }
}
