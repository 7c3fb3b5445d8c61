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
 * A message in the development outbox, in full (links and codes included).
 *
 * @param id `eml_…`
 * @param to the {@code to} field
 * @param from the {@code from} field
 * @param subject the {@code subject} field
 * @param text The plain-text part.
 * @param html The HTML part.
 * @param template `verify_email`, `password_reset`, `magic_link`, `email_code`, `signup_confirm`, `signup_existing_account`, `organization_invitation`, `email_change` or `email_change_notice`.
 * @param locale The locale the message was rendered in.
 * @param createdAt the {@code created_at} field
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record OutboxMessage(
        @JsonProperty("id") String id,
        @JsonProperty("to") String to,
        @JsonProperty("from") String from,
        @JsonProperty("subject") String subject,
        @JsonProperty("text") String text,
        @JsonProperty("html") String html,
        @JsonProperty("template") String template,
        @JsonProperty("locale") String locale,
        @JsonProperty("created_at") OffsetDateTime createdAt
) {
    public OutboxMessage {
        Objects.requireNonNull(id, "OutboxMessage.id is required");
        Objects.requireNonNull(to, "OutboxMessage.to is required");
        Objects.requireNonNull(from, "OutboxMessage.from is required");
        Objects.requireNonNull(subject, "OutboxMessage.subject is required");
        Objects.requireNonNull(text, "OutboxMessage.text is required");
        Objects.requireNonNull(html, "OutboxMessage.html is required");
        Objects.requireNonNull(template, "OutboxMessage.template is required");
        Objects.requireNonNull(locale, "OutboxMessage.locale is required");
        Objects.requireNonNull(createdAt, "OutboxMessage.createdAt is required");
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.id = id;
        builder.to = to;
        builder.from = from;
        builder.subject = subject;
        builder.text = text;
        builder.html = html;
        builder.template = template;
        builder.locale = locale;
        builder.createdAt = createdAt;
        return builder;
    }

    /** Builds a {@link OutboxMessage}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private String id;
        private String to;
        private String from;
        private String subject;
        private String text;
        private String html;
        private String template;
        private String locale;
        private OffsetDateTime createdAt;

        private Builder() {}

        /**
         * Sets {@code id}.
         *
         * @param id `eml_…`
         * @return this builder
         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * Sets {@code to}.
         *
         * @param to the value
         * @return this builder
         */
        public Builder to(String to) {
            this.to = to;
            return this;
        }

        /**
         * Sets {@code from}.
         *
         * @param from the value
         * @return this builder
         */
        public Builder from(String from) {
            this.from = from;
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
         * @param text The plain-text part.
         * @return this builder
         */
        public Builder text(String text) {
            this.text = text;
            return this;
        }

        /**
         * Sets {@code html}.
         *
         * @param html The HTML part.
         * @return this builder
         */
        public Builder html(String html) {
            this.html = html;
            return this;
        }

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
         * @param locale The locale the message was rendered in.
         * @return this builder
         */
        public Builder locale(String locale) {
            this.locale = locale;
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
         * The record.
         *
         * @return a new {@link OutboxMessage}
         * @throws NullPointerException when a required field is not set
         */
        public OutboxMessage build() {
            return new OutboxMessage(id, to, from, subject, text, html, template, locale, createdAt);
        }
    }
}
