package dev.checkoutsessions.client;

/**
 * The {@link SessionSecretOperations} as {@code CompletableFuture}s.
 */
public interface AsyncSessionSecretOperations extends AsyncSessionOperations {

}
