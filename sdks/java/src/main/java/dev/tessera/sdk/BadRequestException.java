// generated from spec/openapi.yaml by tessera-codegen, do not edit
package dev.tessera.sdk;

import java.net.http.HttpHeaders;

/** 400: the request was malformed. */
public class BadRequestException extends ApiException {
    BadRequestException(int status, HttpHeaders headers, String body) {
        super(status, headers, body);
    }
}
