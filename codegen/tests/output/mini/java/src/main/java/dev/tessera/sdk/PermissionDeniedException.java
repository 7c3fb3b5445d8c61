// generated from spec/openapi.yaml by tessera-codegen, do not edit
package dev.tessera.sdk;

import java.net.http.HttpHeaders;

/** 403: the credentials are valid but not allowed to do this. */
public class PermissionDeniedException extends ApiException {
    PermissionDeniedException(int status, HttpHeaders headers, String body) {
        super(status, headers, body);
    }
}
