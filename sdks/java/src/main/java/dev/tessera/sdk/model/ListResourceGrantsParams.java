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
 * Query parameters of {@link dev.tessera.sdk.TesseraClient#listResourceGrants}.
 *
 * @param subject Only this subject's grants.  Optional: {@code null} when absent.
 * @param resource Only grants on this resource.  Optional: {@code null} when absent.
 * @param limit Items per page, 1-100 (default 20).  Optional: {@code null} when absent.
 * @param cursor The `next_cursor` of the previous page.  Optional: {@code null} when absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ListResourceGrantsParams(
        @JsonProperty("subject") String subject,
        @JsonProperty("resource") String resource,
        @JsonProperty("limit") Long limit,
        @JsonProperty("cursor") String cursor
) {
    public ListResourceGrantsParams {
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.subject = subject;
        builder.resource = resource;
        builder.limit = limit;
        builder.cursor = cursor;
        return builder;
    }

    /** Builds a {@link ListResourceGrantsParams}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private String subject;
        private String resource;
        private Long limit;
        private String cursor;

        private Builder() {}

        /**
         * Sets {@code subject}.
         *
         * @param subject Only this subject's grants.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder subject(String subject) {
            this.subject = subject;
            return this;
        }

        /**
         * Sets {@code resource}.
         *
         * @param resource Only grants on this resource.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder resource(String resource) {
            this.resource = resource;
            return this;
        }

        /**
         * Sets {@code limit}.
         *
         * @param limit Items per page, 1-100 (default 20).  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder limit(Long limit) {
            this.limit = limit;
            return this;
        }

        /**
         * Sets {@code cursor}.
         *
         * @param cursor The `next_cursor` of the previous page.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder cursor(String cursor) {
            this.cursor = cursor;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link ListResourceGrantsParams}
         * @throws NullPointerException when a required field is not set
         */
        public ListResourceGrantsParams build() {
            return new ListResourceGrantsParams(subject, resource, limit, cursor);
        }
    }
}
