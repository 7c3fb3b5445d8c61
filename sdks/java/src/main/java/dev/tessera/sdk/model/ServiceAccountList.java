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
 * One page of an organization's service accounts, oldest first.
 *
 * @param data the {@code data} field
 * @param nextCursor Optional: {@code null} when absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ServiceAccountList(
        @JsonProperty("data") List<ServiceAccount> data,
        @JsonProperty("next_cursor") String nextCursor
) {
    public ServiceAccountList {
        Objects.requireNonNull(data, "ServiceAccountList.data is required");
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.data = data;
        builder.nextCursor = nextCursor;
        return builder;
    }

    /** Builds a {@link ServiceAccountList}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private List<ServiceAccount> data;
        private String nextCursor;

        private Builder() {}

        /**
         * Sets {@code data}.
         *
         * @param data the value
         * @return this builder
         */
        public Builder data(List<ServiceAccount> data) {
            this.data = data;
            return this;
        }

        /**
         * Sets {@code next_cursor}.
         *
         * @param nextCursor Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder nextCursor(String nextCursor) {
            this.nextCursor = nextCursor;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link ServiceAccountList}
         * @throws NullPointerException when a required field is not set
         */
        public ServiceAccountList build() {
            return new ServiceAccountList(data, nextCursor);
        }
    }
}
