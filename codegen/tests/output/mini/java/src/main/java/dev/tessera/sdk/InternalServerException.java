// generated from spec/openapi.yaml by tessera-codegen, do not edit
package dev.tessera.sdk;

import java.net.http.HttpHeaders;

/** 5xx: the server failed. */
public class InternalServerException extends ApiException {
    InternalServerException(int status, HttpHeaders headers, String body) {
        super(status, headers, body);
    }
}
