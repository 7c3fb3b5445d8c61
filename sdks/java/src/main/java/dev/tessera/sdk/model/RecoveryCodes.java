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
 * Single-use recovery codes, shown once: each completes one sign-in instead of a TOTP
 * code. Only their hashes are stored.
 *
 * @param recoveryCodes the {@code recovery_codes} field
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record RecoveryCodes(
        @JsonProperty("recovery_codes") List<String> recoveryCodes
) {
    public RecoveryCodes {
        Objects.requireNonNull(recoveryCodes, "RecoveryCodes.recoveryCodes is required");
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.recoveryCodes = recoveryCodes;
        return builder;
    }

    /** Builds a {@link RecoveryCodes}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private List<String> recoveryCodes;

        private Builder() {}

        /**
         * Sets {@code recovery_codes}.
         *
         * @param recoveryCodes the value
         * @return this builder
         */
        public Builder recoveryCodes(List<String> recoveryCodes) {
            this.recoveryCodes = recoveryCodes;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link RecoveryCodes}
         * @throws NullPointerException when a required field is not set
         */
        public RecoveryCodes build() {
            return new RecoveryCodes(recoveryCodes);
        }
    }
}
