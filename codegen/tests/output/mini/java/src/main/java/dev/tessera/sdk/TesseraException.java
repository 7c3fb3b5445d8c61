// generated from spec/openapi.yaml by tessera-codegen, do not edit
package dev.tessera.sdk;

/** The base of every exception the client throws; unchecked. */
public class TesseraException extends RuntimeException {
    TesseraException(String message, Throwable cause) {
        super(message, cause);
    }
}
