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
 * A JSON Web Key Set (RFC 7517 §5).
 *
 * @param keys the {@code keys} field
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record JwkSet(
        @JsonProperty("keys") List<Jwk> keys
) {
    public JwkSet {
        Objects.requireNonNull(keys, "JwkSet.keys is required");
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.keys = keys;
        return builder;
    }

    /** Builds a {@link JwkSet}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private List<Jwk> keys;

        private Builder() {}

        /**
         * Sets {@code keys}.
         *
         * @param keys the value
         * @return this builder
         */
        public Builder keys(List<Jwk> keys) {
            this.keys = keys;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link JwkSet}
         * @throws NullPointerException when a required field is not set
         */
        public JwkSet build() {
            return new JwkSet(keys);
        }
    }
}
