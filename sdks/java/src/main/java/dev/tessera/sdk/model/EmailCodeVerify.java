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
 * Body of `POST /t/{tenant}/auth/email-code/verify`.
 *
 * @param email the {@code email} field
 * @param code The six-digit code from the email.
 * @param delivery Optional: {@code null} when absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record EmailCodeVerify(
        @JsonProperty("email") String email,
        @JsonProperty("code") String code,
        @JsonProperty("delivery") TokenDelivery delivery
) {
    public EmailCodeVerify {
        Objects.requireNonNull(email, "EmailCodeVerify.email is required");
        Objects.requireNonNull(code, "EmailCodeVerify.code is required");
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.email = email;
        builder.code = code;
        builder.delivery = delivery;
        return builder;
    }

    /** Builds a {@link EmailCodeVerify}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private String email;
        private String code;
        private TokenDelivery delivery;

        private Builder() {}

        /**
         * Sets {@code email}.
         *
         * @param email the value
         * @return this builder
         */
        public Builder email(String email) {
            this.email = email;
            return this;
        }

        /**
         * Sets {@code code}.
         *
         * @param code The six-digit code from the email.
         * @return this builder
         */
        public Builder code(String code) {
            this.code = code;
            return this;
        }

        /**
         * Sets {@code delivery}.
         *
         * @param delivery Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder delivery(TokenDelivery delivery) {
            this.delivery = delivery;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link EmailCodeVerify}
         * @throws NullPointerException when a required field is not set
         */
        public EmailCodeVerify build() {
            return new EmailCodeVerify(email, code, delivery);
        }
    }
}
