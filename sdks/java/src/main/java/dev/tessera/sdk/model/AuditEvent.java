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
 * One entry of a tenant's audit log.
 *
 * @param id `aud_…`
 * @param seq Position in the tenant's chain: 1, 2, 3 …
 * @param occurredAt the {@code occurred_at} field
 * @param action What happened, such as `user.created` or `session.login_failed`.
 * @param actorType `admin`, `user`, `operator` (the CLI) or `anonymous`.
 * @param actorId Optional: {@code null} when absent.
 * @param targetType Optional: {@code null} when absent.
 * @param targetId Optional: {@code null} when absent.
 * @param ip Optional: {@code null} when absent.
 * @param userAgent Optional: {@code null} when absent.
 * @param requestId Optional: {@code null} when absent.
 * @param details Event-specific facts; never a secret.
 * @param prevHash Hex SHA-256 of the previous event (64 zeros for the first).
 * @param hash Hex SHA-256 over this event's fields and `prev_hash`.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AuditEvent(
        @JsonProperty("id") String id,
        @JsonProperty("seq") long seq,
        @JsonProperty("occurred_at") OffsetDateTime occurredAt,
        @JsonProperty("action") String action,
        @JsonProperty("actor_type") String actorType,
        @JsonProperty("actor_id") String actorId,
        @JsonProperty("target_type") String targetType,
        @JsonProperty("target_id") String targetId,
        @JsonProperty("ip") String ip,
        @JsonProperty("user_agent") String userAgent,
        @JsonProperty("request_id") String requestId,
        @JsonProperty("details") Map<String, JsonNode> details,
        @JsonProperty("prev_hash") String prevHash,
        @JsonProperty("hash") String hash
) {
    public AuditEvent {
        Objects.requireNonNull(id, "AuditEvent.id is required");
        Objects.requireNonNull(occurredAt, "AuditEvent.occurredAt is required");
        Objects.requireNonNull(action, "AuditEvent.action is required");
        Objects.requireNonNull(actorType, "AuditEvent.actorType is required");
        Objects.requireNonNull(details, "AuditEvent.details is required");
        Objects.requireNonNull(prevHash, "AuditEvent.prevHash is required");
        Objects.requireNonNull(hash, "AuditEvent.hash is required");
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.id = id;
        builder.seq = seq;
        builder.occurredAt = occurredAt;
        builder.action = action;
        builder.actorType = actorType;
        builder.actorId = actorId;
        builder.targetType = targetType;
        builder.targetId = targetId;
        builder.ip = ip;
        builder.userAgent = userAgent;
        builder.requestId = requestId;
        builder.details = details;
        builder.prevHash = prevHash;
        builder.hash = hash;
        return builder;
    }

    /** Builds a {@link AuditEvent}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private String id;
        private Long seq;
        private OffsetDateTime occurredAt;
        private String action;
        private String actorType;
        private String actorId;
        private String targetType;
        private String targetId;
        private String ip;
        private String userAgent;
        private String requestId;
        private Map<String, JsonNode> details;
        private String prevHash;
        private String hash;

        private Builder() {}

        /**
         * Sets {@code id}.
         *
         * @param id `aud_…`
         * @return this builder
         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * Sets {@code seq}.
         *
         * @param seq Position in the tenant's chain: 1, 2, 3 …
         * @return this builder
         */
        public Builder seq(Long seq) {
            this.seq = seq;
            return this;
        }

        /**
         * Sets {@code occurred_at}.
         *
         * @param occurredAt the value
         * @return this builder
         */
        public Builder occurredAt(OffsetDateTime occurredAt) {
            this.occurredAt = occurredAt;
            return this;
        }

        /**
         * Sets {@code action}.
         *
         * @param action What happened, such as `user.created` or `session.login_failed`.
         * @return this builder
         */
        public Builder action(String action) {
            this.action = action;
            return this;
        }

        /**
         * Sets {@code actor_type}.
         *
         * @param actorType `admin`, `user`, `operator` (the CLI) or `anonymous`.
         * @return this builder
         */
        public Builder actorType(String actorType) {
            this.actorType = actorType;
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
         * Sets {@code target_type}.
         *
         * @param targetType Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder targetType(String targetType) {
            this.targetType = targetType;
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
         * Sets {@code ip}.
         *
         * @param ip Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder ip(String ip) {
            this.ip = ip;
            return this;
        }

        /**
         * Sets {@code user_agent}.
         *
         * @param userAgent Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder userAgent(String userAgent) {
            this.userAgent = userAgent;
            return this;
        }

        /**
         * Sets {@code request_id}.
         *
         * @param requestId Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder requestId(String requestId) {
            this.requestId = requestId;
            return this;
        }

        /**
         * Sets {@code details}.
         *
         * @param details Event-specific facts; never a secret.
         * @return this builder
         */
        public Builder details(Map<String, JsonNode> details) {
            this.details = details;
            return this;
        }

        /**
         * Sets {@code prev_hash}.
         *
         * @param prevHash Hex SHA-256 of the previous event (64 zeros for the first).
         * @return this builder
         */
        public Builder prevHash(String prevHash) {
            this.prevHash = prevHash;
            return this;
        }

        /**
         * Sets {@code hash}.
         *
         * @param hash Hex SHA-256 over this event's fields and `prev_hash`.
         * @return this builder
         */
        public Builder hash(String hash) {
            this.hash = hash;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link AuditEvent}
         * @throws NullPointerException when a required field is not set
         */
        public AuditEvent build() {
            Objects.requireNonNull(seq, "AuditEvent.seq is required");
            return new AuditEvent(id, seq, occurredAt, action, actorType, actorId, targetType, targetId, ip, userAgent, requestId, details, prevHash, hash);
        }
    }
}
