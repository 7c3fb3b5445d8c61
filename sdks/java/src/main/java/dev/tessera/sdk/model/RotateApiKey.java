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
 * Body of `POST /v1/tenants/{tenant}/api-keys/{key}/rotate`.
 *
 * @param overlapSecs How long the old key keeps working, 0 to 2,592,000 seconds (default 86,400).  Optional: {@code null} when absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record RotateApiKey(
        @JsonProperty("overlap_secs") Long overlapSecs
) {
    public RotateApiKey {
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.overlapSecs = overlapSecs;
        return builder;
    }

    /** Builds a {@link RotateApiKey}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private Long overlapSecs;

        private Builder() {}

        /**
         * Sets {@code overlap_secs}.
         *
         * @param overlapSecs How long the old key keeps working, 0 to 2,592,000 seconds (default 86,400).  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder overlapSecs(Long overlapSecs) {
            this.overlapSecs = overlapSecs;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link RotateApiKey}
         * @throws NullPointerException when a required field is not set
         */
        public RotateApiKey build() {
            return new RotateApiKey(overlapSecs);
        }
    }
}
