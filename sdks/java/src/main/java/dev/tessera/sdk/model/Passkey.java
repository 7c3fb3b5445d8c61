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
 * A registered passkey.
 *
 * @param id the {@code id} field
 * @param userId the {@code user_id} field
 * @param name the {@code name} field
 * @param credentialId The credential ID, base64url (the browser's `rawId`).
 * @param backupEligible The authenticator may sync it to other devices (WebAuthn backup eligibility).
 * @param backedUp It is currently backed up (synced).
 * @param attestationFormat The attestation statement format it registered with.
 * @param createdAt the {@code created_at} field
 * @param lastUsedAt Optional: {@code null} when absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Passkey(
        @JsonProperty("id") String id,
        @JsonProperty("user_id") String userId,
        @JsonProperty("name") String name,
        @JsonProperty("credential_id") String credentialId,
        @JsonProperty("backup_eligible") boolean backupEligible,
        @JsonProperty("backed_up") boolean backedUp,
        @JsonProperty("attestation_format") String attestationFormat,
        @JsonProperty("created_at") OffsetDateTime createdAt,
        @JsonProperty("last_used_at") OffsetDateTime lastUsedAt
) {
    public Passkey {
        Objects.requireNonNull(id, "Passkey.id is required");
        Objects.requireNonNull(userId, "Passkey.userId is required");
        Objects.requireNonNull(name, "Passkey.name is required");
        Objects.requireNonNull(credentialId, "Passkey.credentialId is required");
        Objects.requireNonNull(attestationFormat, "Passkey.attestationFormat is required");
        Objects.requireNonNull(createdAt, "Passkey.createdAt is required");
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.id = id;
        builder.userId = userId;
        builder.name = name;
        builder.credentialId = credentialId;
        builder.backupEligible = backupEligible;
        builder.backedUp = backedUp;
        builder.attestationFormat = attestationFormat;
        builder.createdAt = createdAt;
        builder.lastUsedAt = lastUsedAt;
        return builder;
    }

    /** Builds a {@link Passkey}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private String id;
        private String userId;
        private String name;
        private String credentialId;
        private Boolean backupEligible;
        private Boolean backedUp;
        private String attestationFormat;
        private OffsetDateTime createdAt;
        private OffsetDateTime lastUsedAt;

        private Builder() {}

        /**
         * Sets {@code id}.
         *
         * @param id the value
         * @return this builder
         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * Sets {@code user_id}.
         *
         * @param userId the value
         * @return this builder
         */
        public Builder userId(String userId) {
            this.userId = userId;
            return this;
        }

        /**
         * Sets {@code name}.
         *
         * @param name the value
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets {@code credential_id}.
         *
         * @param credentialId The credential ID, base64url (the browser's `rawId`).
         * @return this builder
         */
        public Builder credentialId(String credentialId) {
            this.credentialId = credentialId;
            return this;
        }

        /**
         * Sets {@code backup_eligible}.
         *
         * @param backupEligible The authenticator may sync it to other devices (WebAuthn backup eligibility).
         * @return this builder
         */
        public Builder backupEligible(Boolean backupEligible) {
            this.backupEligible = backupEligible;
            return this;
        }

        /**
         * Sets {@code backed_up}.
         *
         * @param backedUp It is currently backed up (synced).
         * @return this builder
         */
        public Builder backedUp(Boolean backedUp) {
            this.backedUp = backedUp;
            return this;
        }

        /**
         * Sets {@code attestation_format}.
         *
         * @param attestationFormat The attestation statement format it registered with.
         * @return this builder
         */
        public Builder attestationFormat(String attestationFormat) {
            this.attestationFormat = attestationFormat;
            return this;
        }

        /**
         * Sets {@code created_at}.
         *
         * @param createdAt the value
         * @return this builder
         */
        public Builder createdAt(OffsetDateTime createdAt) {
            this.createdAt = createdAt;
            return this;
        }

        /**
         * Sets {@code last_used_at}.
         *
         * @param lastUsedAt Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder lastUsedAt(OffsetDateTime lastUsedAt) {
            this.lastUsedAt = lastUsedAt;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link Passkey}
         * @throws NullPointerException when a required field is not set
         */
        public Passkey build() {
            Objects.requireNonNull(backupEligible, "Passkey.backupEligible is required");
            Objects.requireNonNull(backedUp, "Passkey.backedUp is required");
            return new Passkey(id, userId, name, credentialId, backupEligible, backedUp, attestationFormat, createdAt, lastUsedAt);
        }
    }
}
