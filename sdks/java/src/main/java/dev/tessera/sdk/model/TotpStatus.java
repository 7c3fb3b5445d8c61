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
 * A user's TOTP status.
 *
 * @param status the {@code status} field
 * @param createdAt When the current authenticator's enrolment started.  Optional: {@code null} when absent.
 * @param confirmedAt When it was confirmed (enabled).  Optional: {@code null} when absent.
 * @param recoveryCodesRemaining Unused recovery codes left.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record TotpStatus(
        @JsonProperty("status") TotpState status,
        @JsonProperty("created_at") OffsetDateTime createdAt,
        @JsonProperty("confirmed_at") OffsetDateTime confirmedAt,
        @JsonProperty("recovery_codes_remaining") long recoveryCodesRemaining
) {
    public TotpStatus {
        Objects.requireNonNull(status, "TotpStatus.status is required");
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.status = status;
        builder.createdAt = createdAt;
        builder.confirmedAt = confirmedAt;
        builder.recoveryCodesRemaining = recoveryCodesRemaining;
        return builder;
    }

    /** Builds a {@link TotpStatus}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private TotpState status;
        private OffsetDateTime createdAt;
        private OffsetDateTime confirmedAt;
        private Long recoveryCodesRemaining;

        private Builder() {}

        /**
         * Sets {@code status}.
         *
         * @param status the value
         * @return this builder
         */
        public Builder status(TotpState status) {
            this.status = status;
            return this;
        }

        /**
         * Sets {@code created_at}.
         *
         * @param createdAt When the current authenticator's enrolment started.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder createdAt(OffsetDateTime createdAt) {
            this.createdAt = createdAt;
            return this;
        }

        /**
         * Sets {@code confirmed_at}.
         *
         * @param confirmedAt When it was confirmed (enabled).  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder confirmedAt(OffsetDateTime confirmedAt) {
            this.confirmedAt = confirmedAt;
            return this;
        }

        /**
         * Sets {@code recovery_codes_remaining}.
         *
         * @param recoveryCodesRemaining Unused recovery codes left.
         * @return this builder
         */
        public Builder recoveryCodesRemaining(Long recoveryCodesRemaining) {
            this.recoveryCodesRemaining = recoveryCodesRemaining;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link TotpStatus}
         * @throws NullPointerException when a required field is not set
         */
        public TotpStatus build() {
            Objects.requireNonNull(recoveryCodesRemaining, "TotpStatus.recoveryCodesRemaining is required");
            return new TotpStatus(status, createdAt, confirmedAt, recoveryCodesRemaining);
        }
    }
}
