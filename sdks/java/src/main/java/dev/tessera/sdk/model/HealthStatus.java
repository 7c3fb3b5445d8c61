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
 * Body of the health endpoints.
 *
 * @param status `ok` for liveness, `ready` for readiness.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record HealthStatus(
        @JsonProperty("status") String status
) {
    public HealthStatus {
        Objects.requireNonNull(status, "HealthStatus.status is required");
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.status = status;
        return builder;
    }

    /** Builds a {@link HealthStatus}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private String status;

        private Builder() {}

        /**
         * Sets {@code status}.
         *
         * @param status `ok` for liveness, `ready` for readiness.
         * @return this builder
         */
        public Builder status(String status) {
            this.status = status;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link HealthStatus}
         * @throws NullPointerException when a required field is not set
         */
        public HealthStatus build() {
            return new HealthStatus(status);
        }
    }
}
