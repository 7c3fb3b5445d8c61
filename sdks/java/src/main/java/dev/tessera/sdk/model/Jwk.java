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
 * A public JSON Web Key (RFC 7517 §4) of type EC, RSA or OKP.
 *
 * @param kty `EC`, `RSA` or `OKP`.
 * @param kid the {@code kid} field
 * @param use Always `sig`.
 * @param alg the {@code alg} field
 * @param crv Curve: `P-256` (EC) or `Ed25519` (OKP).  Optional: {@code null} when absent.
 * @param x Optional: {@code null} when absent.
 * @param y Optional: {@code null} when absent.
 * @param n RSA modulus, base64url.  Optional: {@code null} when absent.
 * @param e RSA public exponent, base64url.  Optional: {@code null} when absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Jwk(
        @JsonProperty("kty") String kty,
        @JsonProperty("kid") String kid,
        @JsonProperty("use") String use,
        @JsonProperty("alg") String alg,
        @JsonProperty("crv") String crv,
        @JsonProperty("x") String x,
        @JsonProperty("y") String y,
        @JsonProperty("n") String n,
        @JsonProperty("e") String e
) {
    public Jwk {
        Objects.requireNonNull(kty, "Jwk.kty is required");
        Objects.requireNonNull(kid, "Jwk.kid is required");
        Objects.requireNonNull(use, "Jwk.use is required");
        Objects.requireNonNull(alg, "Jwk.alg is required");
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.kty = kty;
        builder.kid = kid;
        builder.use = use;
        builder.alg = alg;
        builder.crv = crv;
        builder.x = x;
        builder.y = y;
        builder.n = n;
        builder.e = e;
        return builder;
    }

    /** Builds a {@link Jwk}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private String kty;
        private String kid;
        private String use;
        private String alg;
        private String crv;
        private String x;
        private String y;
        private String n;
        private String e;

        private Builder() {}

        /**
         * Sets {@code kty}.
         *
         * @param kty `EC`, `RSA` or `OKP`.
         * @return this builder
         */
        public Builder kty(String kty) {
            this.kty = kty;
            return this;
        }

        /**
         * Sets {@code kid}.
         *
         * @param kid the value
         * @return this builder
         */
        public Builder kid(String kid) {
            this.kid = kid;
            return this;
        }

        /**
         * Sets {@code use}.
         *
         * @param use Always `sig`.
         * @return this builder
         */
        public Builder use(String use) {
            this.use = use;
            return this;
        }

        /**
         * Sets {@code alg}.
         *
         * @param alg the value
         * @return this builder
         */
        public Builder alg(String alg) {
            this.alg = alg;
            return this;
        }

        /**
         * Sets {@code crv}.
         *
         * @param crv Curve: `P-256` (EC) or `Ed25519` (OKP).  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder crv(String crv) {
            this.crv = crv;
            return this;
        }

        /**
         * Sets {@code x}.
         *
         * @param x Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder x(String x) {
            this.x = x;
            return this;
        }

        /**
         * Sets {@code y}.
         *
         * @param y Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder y(String y) {
            this.y = y;
            return this;
        }

        /**
         * Sets {@code n}.
         *
         * @param n RSA modulus, base64url.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder n(String n) {
            this.n = n;
            return this;
        }

        /**
         * Sets {@code e}.
         *
         * @param e RSA public exponent, base64url.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder e(String e) {
            this.e = e;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link Jwk}
         * @throws NullPointerException when a required field is not set
         */
        public Jwk build() {
            return new Jwk(kty, kid, use, alg, crv, x, y, n, e);
        }
    }
}
