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
 * Result of checking a tenant's audit chain.
 *
 * @param valid Whether every link holds.
 * @param eventsChecked the {@code events_checked} field
 * @param firstBrokenSeq The first event whose link is broken.  Optional: {@code null} when absent.
 * @param reason Why that link is broken.  Optional: {@code null} when absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AuditVerification(
        @JsonProperty("valid") boolean valid,
        @JsonProperty("events_checked") long eventsChecked,
        @JsonProperty("first_broken_seq") Long firstBrokenSeq,
        @JsonProperty("reason") String reason
) {
    public AuditVerification {
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.valid = valid;
        builder.eventsChecked = eventsChecked;
        builder.firstBrokenSeq = firstBrokenSeq;
        builder.reason = reason;
        return builder;
    }

    /** Builds a {@link AuditVerification}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private Boolean valid;
        private Long eventsChecked;
        private Long firstBrokenSeq;
        private String reason;

        private Builder() {}

        /**
         * Sets {@code valid}.
         *
         * @param valid Whether every link holds.
         * @return this builder
         */
        public Builder valid(Boolean valid) {
            this.valid = valid;
            return this;
        }

        /**
         * Sets {@code events_checked}.
         *
         * @param eventsChecked the value
         * @return this builder
         */
        public Builder eventsChecked(Long eventsChecked) {
            this.eventsChecked = eventsChecked;
            return this;
        }

        /**
         * Sets {@code first_broken_seq}.
         *
         * @param firstBrokenSeq The first event whose link is broken.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder firstBrokenSeq(Long firstBrokenSeq) {
            this.firstBrokenSeq = firstBrokenSeq;
            return this;
        }

        /**
         * Sets {@code reason}.
         *
         * @param reason Why that link is broken.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder reason(String reason) {
            this.reason = reason;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link AuditVerification}
         * @throws NullPointerException when a required field is not set
         */
        public AuditVerification build() {
            Objects.requireNonNull(valid, "AuditVerification.valid is required");
            Objects.requireNonNull(eventsChecked, "AuditVerification.eventsChecked is required");
            return new AuditVerification(valid, eventsChecked, firstBrokenSeq, reason);
        }
    }
}
