package dev.checkoutsessions.client;

/**
 * The {@link SessionSecretOperations} as {@code CompletableFuture}s.
 *
 * @since 0.1.0
 */
public interface AsyncSessionSecretOperations extends AsyncSessionOperations {

}
