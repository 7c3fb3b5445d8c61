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
 * A tenant signing key's public metadata (private keys never leave the server).
 *
 * @param kid Key id: the RFC 7638 JWK thumbprint.
 * @param alg the {@code alg} field
 * @param status the {@code status} field
 * @param createdAt the {@code created_at} field
 * @param retiredAt Optional: {@code null} when absent.
 * @param publishedUntil When a retired key leaves the JWKS: no token it signed is still valid by then.  Optional: {@code null} when absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SigningKey(
        @JsonProperty("kid") String kid,
        @JsonProperty("alg") SigningAlg alg,
        @JsonProperty("status") KeyStatus status,
        @JsonProperty("created_at") OffsetDateTime createdAt,
        @JsonProperty("retired_at") OffsetDateTime retiredAt,
        @JsonProperty("published_until") OffsetDateTime publishedUntil
) {
    public SigningKey {
        Objects.requireNonNull(kid, "SigningKey.kid is required");
        Objects.requireNonNull(alg, "SigningKey.alg is required");
        Objects.requireNonNull(status, "SigningKey.status is required");
        Objects.requireNonNull(createdAt, "SigningKey.createdAt is required");
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.kid = kid;
        builder.alg = alg;
        builder.status = status;
        builder.createdAt = createdAt;
        builder.retiredAt = retiredAt;
        builder.publishedUntil = publishedUntil;
        return builder;
    }

    /** Builds a {@link SigningKey}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private String kid;
        private SigningAlg alg;
        private KeyStatus status;
        private OffsetDateTime createdAt;
        private OffsetDateTime retiredAt;
        private OffsetDateTime publishedUntil;

        private Builder() {}

        /**
         * Sets {@code kid}.
         *
         * @param kid Key id: the RFC 7638 JWK thumbprint.
         * @return this builder
         */
        public Builder kid(String kid) {
            this.kid = kid;
            return this;
        }

        /**
         * Sets {@code alg}.
         *
         * @param alg the value
         * @return this builder
         */
        public Builder alg(SigningAlg alg) {
            this.alg = alg;
            return this;
        }

        /**
         * Sets {@code status}.
         *
         * @param status the value
         * @return this builder
         */
        public Builder status(KeyStatus status) {
            this.status = status;
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
         * Sets {@code retired_at}.
         *
         * @param retiredAt Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder retiredAt(OffsetDateTime retiredAt) {
            this.retiredAt = retiredAt;
            return this;
        }

        /**
         * Sets {@code published_until}.
         *
         * @param publishedUntil When a retired key leaves the JWKS: no token it signed is still valid by then.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder publishedUntil(OffsetDateTime publishedUntil) {
            this.publishedUntil = publishedUntil;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link SigningKey}
         * @throws NullPointerException when a required field is not set
         */
        public SigningKey build() {
            return new SigningKey(kid, alg, status, createdAt, retiredAt, publishedUntil);
        }
    }
}
