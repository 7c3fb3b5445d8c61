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
 * A new authenticator's shared secret, shown once: scan the QR code (or type the secret)
 * into an authenticator app, then confirm with a code it shows.
 *
 * @param secret The shared secret in base32 (RFC 4648, no padding), for manual entry.
 * @param otpauthUri The `otpauth://totp/…` key URI that the QR codes encode.
 * @param qrPng The QR code as a PNG `data:` URI, ready for an `&lt;img src&gt;`.
 * @param qrSvg The QR code as an SVG document.
 * @param algorithm Always `SHA1`, the algorithm every authenticator app supports.
 * @param digits Digits per code (6).
 * @param period Seconds per time step (30).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record TotpEnrolment(
        @JsonProperty("secret") String secret,
        @JsonProperty("otpauth_uri") String otpauthUri,
        @JsonProperty("qr_png") String qrPng,
        @JsonProperty("qr_svg") String qrSvg,
        @JsonProperty("algorithm") String algorithm,
        @JsonProperty("digits") long digits,
        @JsonProperty("period") long period
) {
    public TotpEnrolment {
        Objects.requireNonNull(secret, "TotpEnrolment.secret is required");
        Objects.requireNonNull(otpauthUri, "TotpEnrolment.otpauthUri is required");
        Objects.requireNonNull(qrPng, "TotpEnrolment.qrPng is required");
        Objects.requireNonNull(qrSvg, "TotpEnrolment.qrSvg is required");
        Objects.requireNonNull(algorithm, "TotpEnrolment.algorithm is required");
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.secret = secret;
        builder.otpauthUri = otpauthUri;
        builder.qrPng = qrPng;
        builder.qrSvg = qrSvg;
        builder.algorithm = algorithm;
        builder.digits = digits;
        builder.period = period;
        return builder;
    }

    /** Builds a {@link TotpEnrolment}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private String secret;
        private String otpauthUri;
        private String qrPng;
        private String qrSvg;
        private String algorithm;
        private Long digits;
        private Long period;

        private Builder() {}

        /**
         * Sets {@code secret}.
         *
         * @param secret The shared secret in base32 (RFC 4648, no padding), for manual entry.
         * @return this builder
         */
        public Builder secret(String secret) {
            this.secret = secret;
            return this;
        }

        /**
         * Sets {@code otpauth_uri}.
         *
         * @param otpauthUri The `otpauth://totp/…` key URI that the QR codes encode.
         * @return this builder
         */
        public Builder otpauthUri(String otpauthUri) {
            this.otpauthUri = otpauthUri;
            return this;
        }

        /**
         * Sets {@code qr_png}.
         *
         * @param qrPng The QR code as a PNG `data:` URI, ready for an `&lt;img src&gt;`.
         * @return this builder
         */
        public Builder qrPng(String qrPng) {
            this.qrPng = qrPng;
            return this;
        }

        /**
         * Sets {@code qr_svg}.
         *
         * @param qrSvg The QR code as an SVG document.
         * @return this builder
         */
        public Builder qrSvg(String qrSvg) {
            this.qrSvg = qrSvg;
            return this;
        }

        /**
         * Sets {@code algorithm}.
         *
         * @param algorithm Always `SHA1`, the algorithm every authenticator app supports.
         * @return this builder
         */
        public Builder algorithm(String algorithm) {
            this.algorithm = algorithm;
            return this;
        }

        /**
         * Sets {@code digits}.
         *
         * @param digits Digits per code (6).
         * @return this builder
         */
        public Builder digits(Long digits) {
            this.digits = digits;
            return this;
        }

        /**
         * Sets {@code period}.
         *
         * @param period Seconds per time step (30).
         * @return this builder
         */
        public Builder period(Long period) {
            this.period = period;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link TotpEnrolment}
         * @throws NullPointerException when a required field is not set
         */
        public TotpEnrolment build() {
            Objects.requireNonNull(digits, "TotpEnrolment.digits is required");
            Objects.requireNonNull(period, "TotpEnrolment.period is required");
            return new TotpEnrolment(secret, otpauthUri, qrPng, qrSvg, algorithm, digits, period);
        }
    }
}
