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
 * The decisions, in the order of the checks.
 *
 * @param results the {@code results} field
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AuthzDecisionList(
        @JsonProperty("results") List<AuthzDecision> results
) {
    public AuthzDecisionList {
        Objects.requireNonNull(results, "AuthzDecisionList.results is required");
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.results = results;
        return builder;
    }

    /** Builds a {@link AuthzDecisionList}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private List<AuthzDecision> results;

        private Builder() {}

        /**
         * Sets {@code results}.
         *
         * @param results the value
         * @return this builder
         */
        public Builder results(List<AuthzDecision> results) {
            this.results = results;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link AuthzDecisionList}
         * @throws NullPointerException when a required field is not set
         */
        public AuthzDecisionList build() {
            return new AuthzDecisionList(results);
        }
    }
}
