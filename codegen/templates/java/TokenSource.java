package dev.tessera.sdk;

/** Supplies the credential of a security scheme for each request, such as {@link ClientCredentials}. */
@FunctionalInterface
public interface TokenSource {
    /**
     * The current token.
     *
     * @return the credential to send
     */
    String token();
}
