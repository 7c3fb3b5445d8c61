// generated from spec/openapi.yaml by tessera-codegen, do not edit
package dev.tessera.sdk;

import java.net.http.HttpHeaders;

/** 409: the request conflicts with the current state (a taken name, a concurrent change). */
public class ConflictException extends ApiException {
    ConflictException(int status, HttpHeaders headers, String body) {
        super(status, headers, body);
    }
}
