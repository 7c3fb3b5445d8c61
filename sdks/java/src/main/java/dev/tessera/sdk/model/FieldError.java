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
 * One invalid field of a request body.
 *
 * @param pointer The field's name, as a JSON pointer into the request body (`/slug`).
 * @param message What is wrong with it and what would be accepted.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record FieldError(
        @JsonProperty("pointer") String pointer,
        @JsonProperty("message") String message
) {
    public FieldError {
        Objects.requireNonNull(pointer, "FieldError.pointer is required");
        Objects.requireNonNull(message, "FieldError.message is required");
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.pointer = pointer;
        builder.message = message;
        return builder;
    }

    /** Builds a {@link FieldError}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private String pointer;
        private String message;

        private Builder() {}

        /**
         * Sets {@code pointer}.
         *
         * @param pointer The field's name, as a JSON pointer into the request body (`/slug`).
         * @return this builder
         */
        public Builder pointer(String pointer) {
            this.pointer = pointer;
            return this;
        }

        /**
         * Sets {@code message}.
         *
         * @param message What is wrong with it and what would be accepted.
         * @return this builder
         */
        public Builder message(String message) {
            this.message = message;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link FieldError}
         * @throws NullPointerException when a required field is not set
         */
        public FieldError build() {
            return new FieldError(pointer, message);
        }
    }
}
