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
 * Body of `POST /t/{tenant}/auth/refresh` and `POST /t/{tenant}/auth/logout`; the token
 * may instead come from the session cookie.
 *
 * @param refreshToken Optional: {@code null} when absent.
 * @param delivery Optional: {@code null} when absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record RefreshRequest(
        @JsonProperty("refresh_token") String refreshToken,
        @JsonProperty("delivery") TokenDelivery delivery
) {
    public RefreshRequest {
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.refreshToken = refreshToken;
        builder.delivery = delivery;
        return builder;
    }

    /** Builds a {@link RefreshRequest}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private String refreshToken;
        private TokenDelivery delivery;

        private Builder() {}

        /**
         * Sets {@code refresh_token}.
         *
         * @param refreshToken Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder refreshToken(String refreshToken) {
            this.refreshToken = refreshToken;
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
         * @return a new {@link RefreshRequest}
         * @throws NullPointerException when a required field is not set
         */
        public RefreshRequest build() {
            return new RefreshRequest(refreshToken, delivery);
        }
    }
}
