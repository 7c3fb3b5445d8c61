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
 * @param name the {@code name} field
 * @param kind the {@code kind} field
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record NewPet(
        @JsonProperty("name") String name,
        @JsonProperty("kind") PetKind kind
) {
    public NewPet {
        Objects.requireNonNull(name, "NewPet.name is required");
        Objects.requireNonNull(kind, "NewPet.kind is required");
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.name = name;
        builder.kind = kind;
        return builder;
    }

    /** Builds a {@link NewPet}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private String name;
        private PetKind kind;

        private Builder() {}

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
         * Sets {@code kind}.
         *
         * @param kind the value
         * @return this builder
         */
        public Builder kind(PetKind kind) {
            this.kind = kind;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link NewPet}
         * @throws NullPointerException when a required field is not set
         */
        public NewPet build() {
            return new NewPet(name, kind);
        }
    }
}
