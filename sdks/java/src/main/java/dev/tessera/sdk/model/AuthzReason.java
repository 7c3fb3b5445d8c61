// generated from spec/openapi.yaml by tessera-codegen, do not edit
package dev.tessera.sdk.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Why a check was decided as it was.
 */
public enum AuthzReason {
    @JsonProperty("role_grants_permission")
    ROLE_GRANTS_PERMISSION("role_grants_permission"),
    @JsonProperty("role_lacks_permission")
    ROLE_LACKS_PERMISSION("role_lacks_permission"),
    @JsonProperty("not_a_member")
    NOT_A_MEMBER("not_a_member"),
    @JsonProperty("no_organization")
    NO_ORGANIZATION("no_organization"),
    @JsonProperty("organization_not_found")
    ORGANIZATION_NOT_FOUND("organization_not_found"),
    @JsonProperty("subject_not_found")
    SUBJECT_NOT_FOUND("subject_not_found"),
    @JsonProperty("subject_disabled")
    SUBJECT_DISABLED("subject_disabled"),
    @JsonProperty("role_not_found")
    ROLE_NOT_FOUND("role_not_found"),
    @JsonProperty("resource_grant_grants_permission")
    RESOURCE_GRANT_GRANTS_PERMISSION("resource_grant_grants_permission"),
    /** A value this version of the SDK does not know, sent by a newer server. */
    @JsonEnumDefaultValue
    UNKNOWN(null);

    private final String value;

    AuthzReason(String value) {
        this.value = value;
    }

    /**
     * The value on the wire.
     *
     * @return the JSON string, or {@code null} for {@link #UNKNOWN}
     */
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value == null ? name() : value;
    }
}
