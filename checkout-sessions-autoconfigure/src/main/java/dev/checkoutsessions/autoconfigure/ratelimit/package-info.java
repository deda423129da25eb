/**
 * The client-side rate limit of every Checkout.com account: budgets per account identity,
 * kept in this JVM or shared by every instance of an application in Bucket4j buckets on
 * the application's Redis.
 */
@NullMarked
package dev.checkoutsessions.autoconfigure.ratelimit;

import org.jspecify.annotations.NullMarked;
