// generated from spec/openapi.yaml by tessera-codegen, do not edit
package dev.tessera.sdk;

import java.net.http.HttpHeaders;

/** 401: missing or invalid credentials. */
public class AuthenticationException extends ApiException {
    AuthenticationException(int status, HttpHeaders headers, String body) {
        super(status, headers, body);
    }
}
