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
 * A tenant's override of a built-in email template in one locale.
 *
 * @param template `verify_email`, `password_reset`, `magic_link`, `email_code`, `signup_confirm`, `signup_existing_account`, `organization_invitation`, `email_change` or `email_change_notice`.
 * @param locale Lowercase BCP 47 tag, such as `de` or `pt-br`.
 * @param subject the {@code subject} field
 * @param text the {@code text} field
 * @param html the {@code html} field
 * @param updatedAt the {@code updated_at} field
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record EmailTemplate(
        @JsonProperty("template") String template,
        @JsonProperty("locale") String locale,
        @JsonProperty("subject") String subject,
        @JsonProperty("text") String text,
        @JsonProperty("html") String html,
        @JsonProperty("updated_at") OffsetDateTime updatedAt
) {
    public EmailTemplate {
        Objects.requireNonNull(template, "EmailTemplate.template is required");
        Objects.requireNonNull(locale, "EmailTemplate.locale is required");
        Objects.requireNonNull(subject, "EmailTemplate.subject is required");
        Objects.requireNonNull(text, "EmailTemplate.text is required");
        Objects.requireNonNull(html, "EmailTemplate.html is required");
        Objects.requireNonNull(updatedAt, "EmailTemplate.updatedAt is required");
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.template = template;
        builder.locale = locale;
        builder.subject = subject;
        builder.text = text;
        builder.html = html;
        builder.updatedAt = updatedAt;
        return builder;
    }

    /** Builds a {@link EmailTemplate}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private String template;
        private String locale;
        private String subject;
        private String text;
        private String html;
        private OffsetDateTime updatedAt;

        private Builder() {}

        /**
         * Sets {@code template}.
         *
         * @param template `verify_email`, `password_reset`, `magic_link`, `email_code`, `signup_confirm`, `signup_existing_account`, `organization_invitation`, `email_change` or `email_change_notice`.
         * @return this builder
         */
        public Builder template(String template) {
            this.template = template;
            return this;
        }

        /**
         * Sets {@code locale}.
         *
         * @param locale Lowercase BCP 47 tag, such as `de` or `pt-br`.
         * @return this builder
         */
        public Builder locale(String locale) {
            this.locale = locale;
            return this;
        }

        /**
         * Sets {@code subject}.
         *
         * @param subject the value
         * @return this builder
         */
        public Builder subject(String subject) {
            this.subject = subject;
            return this;
        }

        /**
         * Sets {@code text}.
         *
         * @param text the value
         * @return this builder
         */
        public Builder text(String text) {
            this.text = text;
            return this;
        }

        /**
         * Sets {@code html}.
         *
         * @param html the value
         * @return this builder
         */
        public Builder html(String html) {
            this.html = html;
            return this;
        }

        /**
         * Sets {@code updated_at}.
         *
         * @param updatedAt the value
         * @return this builder
         */
        public Builder updatedAt(OffsetDateTime updatedAt) {
            this.updatedAt = updatedAt;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link EmailTemplate}
         * @throws NullPointerException when a required field is not set
         */
        public EmailTemplate build() {
            return new EmailTemplate(template, locale, subject, text, html, updatedAt);
        }
    }
}
