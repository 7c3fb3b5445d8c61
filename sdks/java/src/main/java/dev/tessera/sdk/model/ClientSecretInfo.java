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
 * What may be shown of a client secret after its creation.
 *
 * @param id the {@code id} field
 * @param hint The secret's last four characters.
 * @param createdAt the {@code created_at} field
 * @param expiresAt Optional: {@code null} when absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ClientSecretInfo(
        @JsonProperty("id") String id,
        @JsonProperty("hint") String hint,
        @JsonProperty("created_at") OffsetDateTime createdAt,
        @JsonProperty("expires_at") OffsetDateTime expiresAt
) {
    public ClientSecretInfo {
        Objects.requireNonNull(id, "ClientSecretInfo.id is required");
        Objects.requireNonNull(hint, "ClientSecretInfo.hint is required");
        Objects.requireNonNull(createdAt, "ClientSecretInfo.createdAt is required");
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.id = id;
        builder.hint = hint;
        builder.createdAt = createdAt;
        builder.expiresAt = expiresAt;
        return builder;
    }

    /** Builds a {@link ClientSecretInfo}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private String id;
        private String hint;
        private OffsetDateTime createdAt;
        private OffsetDateTime expiresAt;

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
         * Sets {@code hint}.
         *
         * @param hint The secret's last four characters.
         * @return this builder
         */
        public Builder hint(String hint) {
            this.hint = hint;
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
         * Sets {@code expires_at}.
         *
         * @param expiresAt Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder expiresAt(OffsetDateTime expiresAt) {
            this.expiresAt = expiresAt;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link ClientSecretInfo}
         * @throws NullPointerException when a required field is not set
         */
        public ClientSecretInfo build() {
            return new ClientSecretInfo(id, hint, createdAt, expiresAt);
        }
    }
}
