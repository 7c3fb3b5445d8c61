// generated from spec/openapi.yaml by tessera-codegen, do not edit
package dev.tessera.sdk;

import java.net.http.HttpHeaders;

/** 404: no such resource. */
public class NotFoundException extends ApiException {
    NotFoundException(int status, HttpHeaders headers, String body) {
        super(status, headers, body);
    }
}
