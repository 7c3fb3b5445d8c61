// generated from spec/openapi.yaml by tessera-codegen, do not edit
package dev.tessera.sdk;

/** No answer: the server could not be reached, or the connection broke before an answer. */
public class ConnectionException extends TesseraException {
    ConnectionException(String message, Throwable cause) {
        super(message, cause);
    }
}
