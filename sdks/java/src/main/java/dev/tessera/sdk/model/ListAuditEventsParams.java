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
 * Query parameters of {@link dev.tessera.sdk.TesseraClient#listAuditEvents}.
 *
 * @param action Exact action, such as `user.created`.  Optional: {@code null} when absent.
 * @param actorId Optional: {@code null} when absent.
 * @param targetId Optional: {@code null} when absent.
 * @param since Events at or after this RFC 3339 time.  Optional: {@code null} when absent.
 * @param until Events before this RFC 3339 time.  Optional: {@code null} when absent.
 * @param limit Items per page, 1-100 (default 20).  Optional: {@code null} when absent.
 * @param cursor The `next_cursor` of the previous page.  Optional: {@code null} when absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ListAuditEventsParams(
        @JsonProperty("action") String action,
        @JsonProperty("actor_id") String actorId,
        @JsonProperty("target_id") String targetId,
        @JsonProperty("since") String since,
        @JsonProperty("until") String until,
        @JsonProperty("limit") Long limit,
        @JsonProperty("cursor") String cursor
) {
    public ListAuditEventsParams {
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.action = action;
        builder.actorId = actorId;
        builder.targetId = targetId;
        builder.since = since;
        builder.until = until;
        builder.limit = limit;
        builder.cursor = cursor;
        return builder;
    }

    /** Builds a {@link ListAuditEventsParams}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private String action;
        private String actorId;
        private String targetId;
        private String since;
        private String until;
        private Long limit;
        private String cursor;

        private Builder() {}

        /**
         * Sets {@code action}.
         *
         * @param action Exact action, such as `user.created`.  Optional: {@code null} when absent.
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
         * Sets {@code limit}.
         *
         * @param limit Items per page, 1-100 (default 20).  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder limit(Long limit) {
            this.limit = limit;
            return this;
        }

        /**
         * Sets {@code cursor}.
         *
         * @param cursor The `next_cursor` of the previous page.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder cursor(String cursor) {
            this.cursor = cursor;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link ListAuditEventsParams}
         * @throws NullPointerException when a required field is not set
         */
        public ListAuditEventsParams build() {
            return new ListAuditEventsParams(action, actorId, targetId, since, until, limit, cursor);
        }
    }
}
