// generated from spec/openapi.yaml by tessera-codegen, do not edit
package dev.tessera.sdk;

import java.net.http.HttpHeaders;

/** 422: the request was well-formed but its values are invalid. */
public class UnprocessableException extends ApiException {
    UnprocessableException(int status, HttpHeaders headers, String body) {
        super(status, headers, body);
    }
}
