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
 * Body of `PUT /v1/tenants/{tenant}/email-templates/{template}/{locale}`.
 *
 * Variables are written `{{ name }}`: `tenant_name`, `email`, `name`, `expires_minutes`,
 * `organization` (invitations), and `link` (verification, reset, magic link, invitation) or
 * `code` (email code), which the text part must contain. Values are HTML-escaped in the HTML part.
 *
 * @param subject One line, at most 200 characters.
 * @param text The plain-text part, at most 32 KiB.
 * @param html The HTML part, at most 64 KiB.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record PutEmailTemplate(
        @JsonProperty("subject") String subject,
        @JsonProperty("text") String text,
        @JsonProperty("html") String html
) {
    public PutEmailTemplate {
        Objects.requireNonNull(subject, "PutEmailTemplate.subject is required");
        Objects.requireNonNull(text, "PutEmailTemplate.text is required");
        Objects.requireNonNull(html, "PutEmailTemplate.html is required");
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.subject = subject;
        builder.text = text;
        builder.html = html;
        return builder;
    }

    /** Builds a {@link PutEmailTemplate}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private String subject;
        private String text;
        private String html;

        private Builder() {}

        /**
         * Sets {@code subject}.
         *
         * @param subject One line, at most 200 characters.
         * @return this builder
         */
        public Builder subject(String subject) {
            this.subject = subject;
            return this;
        }

        /**
         * Sets {@code text}.
         *
         * @param text The plain-text part, at most 32 KiB.
         * @return this builder
         */
        public Builder text(String text) {
            this.text = text;
            return this;
        }

        /**
         * Sets {@code html}.
         *
         * @param html The HTML part, at most 64 KiB.
         * @return this builder
         */
        public Builder html(String html) {
            this.html = html;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link PutEmailTemplate}
         * @throws NullPointerException when a required field is not set
         */
        public PutEmailTemplate build() {
            return new PutEmailTemplate(subject, text, html);
        }
    }
}
