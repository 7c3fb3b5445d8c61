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
 * Query parameters of {@link dev.tessera.sdk.TesseraClient#listApiKeys}.
 *
 * @param organization Only this organization's keys (id or slug).  Optional: {@code null} when absent.
 * @param user Only this user's keys.  Optional: {@code null} when absent.
 * @param limit Items per page, 1-100 (default 20).  Optional: {@code null} when absent.
 * @param cursor The `next_cursor` of the previous page.  Optional: {@code null} when absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ListApiKeysParams(
        @JsonProperty("organization") String organization,
        @JsonProperty("user") String user,
        @JsonProperty("limit") Long limit,
        @JsonProperty("cursor") String cursor
) {
    public ListApiKeysParams {
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.organization = organization;
        builder.user = user;
        builder.limit = limit;
        builder.cursor = cursor;
        return builder;
    }

    /** Builds a {@link ListApiKeysParams}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private String organization;
        private String user;
        private Long limit;
        private String cursor;

        private Builder() {}

        /**
         * Sets {@code organization}.
         *
         * @param organization Only this organization's keys (id or slug).  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder organization(String organization) {
            this.organization = organization;
            return this;
        }

        /**
         * Sets {@code user}.
         *
         * @param user Only this user's keys.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder user(String user) {
            this.user = user;
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
         * @return a new {@link ListApiKeysParams}
         * @throws NullPointerException when a required field is not set
         */
        public ListApiKeysParams build() {
            return new ListApiKeysParams(organization, user, limit, cursor);
        }
    }
}
