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
 * The answer to a request that may send an email. It is the same whether or not the
 * address belongs to an account, so it reveals nothing about which accounts exist.
 *
 * @param message A sentence to show the person who asked.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record EmailRequestAccepted(
        @JsonProperty("message") String message
) {
    public EmailRequestAccepted {
        Objects.requireNonNull(message, "EmailRequestAccepted.message is required");
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.message = message;
        return builder;
    }

    /** Builds a {@link EmailRequestAccepted}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private String message;

        private Builder() {}

        /**
         * Sets {@code message}.
         *
         * @param message A sentence to show the person who asked.
         * @return this builder
         */
        public Builder message(String message) {
            this.message = message;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link EmailRequestAccepted}
         * @throws NullPointerException when a required field is not set
         */
        public EmailRequestAccepted build() {
            return new EmailRequestAccepted(message);
        }
    }
}
