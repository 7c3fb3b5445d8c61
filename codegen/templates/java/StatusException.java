package dev.tessera.sdk;

import java.net.http.HttpHeaders;

/** {{ doc }} */
public class {{ name }} extends ApiException {
    {{ name }}(int status, HttpHeaders headers, String body) {
        super(status, headers, body);
    }
}
