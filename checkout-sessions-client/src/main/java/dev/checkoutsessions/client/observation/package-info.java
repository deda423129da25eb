/**
 * Micrometer observations of the Sessions client: one {@code checkout.sessions.client}
 * observation per logical call and one {@code checkout.oauth.token} observation per token
 * fetch.
 */
@NullMarked
package dev.checkoutsessions.client.observation;

import org.jspecify.annotations.NullMarked;
