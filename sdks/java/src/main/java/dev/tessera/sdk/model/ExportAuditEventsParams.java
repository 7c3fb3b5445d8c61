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
 * Query parameters of {@link dev.tessera.sdk.TesseraClient#exportAuditEvents}.
 *
 * @param format Optional: {@code null} when absent.
 * @param action Optional: {@code null} when absent.
 * @param actorId Optional: {@code null} when absent.
 * @param targetId Optional: {@code null} when absent.
 * @param since Events at or after this RFC 3339 time.  Optional: {@code null} when absent.
 * @param until Events before this RFC 3339 time.  Optional: {@code null} when absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ExportAuditEventsParams(
        @JsonProperty("format") AuditExportFormat format,
        @JsonProperty("action") String action,
        @JsonProperty("actor_id") String actorId,
        @JsonProperty("target_id") String targetId,
        @JsonProperty("since") String since,
        @JsonProperty("until") String until
) {
    public ExportAuditEventsParams {
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.format = format;
        builder.action = action;
        builder.actorId = actorId;
        builder.targetId = targetId;
        builder.since = since;
        builder.until = until;
        return builder;
    }

    /** Builds a {@link ExportAuditEventsParams}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private AuditExportFormat format;
        private String action;
        private String actorId;
        private String targetId;
        private String since;
        private String until;

        private Builder() {}

        /**
         * Sets {@code format}.
         *
         * @param format Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder format(AuditExportFormat format) {
            this.format = format;
            return this;
        }

        /**
         * Sets {@code action}.
         *
         * @param action Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder action(String action) {
            this.action = action;
            return this;
        }

        /**
         * Sets {@code actor_id}.
         *
         * @param actorId Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder actorId(String actorId) {
            this.actorId = actorId;
            return this;
        }

        /**
         * Sets {@code target_id}.
         *
         * @param targetId Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder targetId(String targetId) {
            this.targetId = targetId;
            return this;
        }

        /**
         * Sets {@code since}.
         *
         * @param since Events at or after this RFC 3339 time.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder since(String since) {
            this.since = since;
            return this;
        }

        /**
         * Sets {@code until}.
         *
         * @param until Events before this RFC 3339 time.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder until(String until) {
            this.until = until;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link ExportAuditEventsParams}
         * @throws NullPointerException when a required field is not set
         */
        public ExportAuditEventsParams build() {
            return new ExportAuditEventsParams(format, action, actorId, targetId, since, until);
        }
    }
}
