// generated from spec/openapi.yaml by tessera-codegen, do not edit
package dev.tessera.sdk.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A record of the API.
 *
 * @param position the {@code position} field
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonDeserialize(using = JsonDeserializer.None.class)
public record Waiting(
        @JsonProperty("position") long position
) implements Adoption {
    public Waiting {
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.position = position;
        return builder;
    }

    /** Builds a {@link Waiting}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private Long position;

        private Builder() {}

        /**
         * Sets {@code position}.
         *
         * @param position the value
         * @return this builder
         */
        public Builder position(Long position) {
            this.position = position;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link Waiting}
         * @throws NullPointerException when a required field is not set
         */
        public Waiting build() {
            Objects.requireNonNull(position, "Waiting.position is required");
            return new Waiting(position);
        }
    }
}
