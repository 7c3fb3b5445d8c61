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
 * Body of `POST /v1/tenants/{tenant}/authz/check-batch`: 1 to 100 checks.
 *
 * @param checks the {@code checks} field
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AuthzCheckBatch(
        @JsonProperty("checks") List<AuthzCheck> checks
) {
    public AuthzCheckBatch {
        Objects.requireNonNull(checks, "AuthzCheckBatch.checks is required");
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.checks = checks;
        return builder;
    }

    /** Builds a {@link AuthzCheckBatch}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private List<AuthzCheck> checks;

        private Builder() {}

        /**
         * Sets {@code checks}.
         *
         * @param checks the value
         * @return this builder
         */
        public Builder checks(List<AuthzCheck> checks) {
            this.checks = checks;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link AuthzCheckBatch}
         * @throws NullPointerException when a required field is not set
         */
        public AuthzCheckBatch build() {
            return new AuthzCheckBatch(checks);
        }
    }
}
