// generated from spec/openapi.yaml by tessera-codegen, do not edit
package dev.tessera.sdk;

/** No answer within the timeout. */
public class TimeoutException extends ConnectionException {
    TimeoutException(String message, Throwable cause) {
        super(message, cause);
    }
}
