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
 * Body of `PATCH …/domains/{domain}`.
 *
 * @param autoJoin the {@code auto_join} field
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record UpdateOrganizationDomain(
        @JsonProperty("auto_join") boolean autoJoin
) {
    public UpdateOrganizationDomain {
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.autoJoin = autoJoin;
        return builder;
    }

    /** Builds a {@link UpdateOrganizationDomain}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private Boolean autoJoin;

        private Builder() {}

        /**
         * Sets {@code auto_join}.
         *
         * @param autoJoin the value
         * @return this builder
         */
        public Builder autoJoin(Boolean autoJoin) {
            this.autoJoin = autoJoin;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link UpdateOrganizationDomain}
         * @throws NullPointerException when a required field is not set
         */
        public UpdateOrganizationDomain build() {
            Objects.requireNonNull(autoJoin, "UpdateOrganizationDomain.autoJoin is required");
            return new UpdateOrganizationDomain(autoJoin);
        }
    }
}
