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
 * Body of `POST /t/{tenant}/auth/signup/verify`.
 *
 * @param token The token from the confirmation link (`tsu_…`).
 * @param delivery Optional: {@code null} when absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SignupVerify(
        @JsonProperty("token") String token,
        @JsonProperty("delivery") TokenDelivery delivery
) {
    public SignupVerify {
        Objects.requireNonNull(token, "SignupVerify.token is required");
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.token = token;
        builder.delivery = delivery;
        return builder;
    }

    /** Builds a {@link SignupVerify}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private String token;
        private TokenDelivery delivery;

        private Builder() {}

        /**
         * Sets {@code token}.
         *
         * @param token The token from the confirmation link (`tsu_…`).
         * @return this builder
         */
        public Builder token(String token) {
            this.token = token;
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
         * @return a new {@link SignupVerify}
         * @throws NullPointerException when a required field is not set
         */
        public SignupVerify build() {
            return new SignupVerify(token, delivery);
        }
    }
}
