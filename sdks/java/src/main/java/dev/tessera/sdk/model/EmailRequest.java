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
 * Body of `POST /t/{tenant}/auth/password-reset`, `…/magic-link` and `…/email-code`.
 *
 * @param email the {@code email} field
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record EmailRequest(
        @JsonProperty("email") String email
) {
    public EmailRequest {
        Objects.requireNonNull(email, "EmailRequest.email is required");
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.email = email;
        return builder;
    }

    /** Builds a {@link EmailRequest}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private String email;

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
         * The record.
         *
         * @return a new {@link EmailRequest}
         * @throws NullPointerException when a required field is not set
         */
        public EmailRequest build() {
            return new EmailRequest(email);
        }
    }
}
