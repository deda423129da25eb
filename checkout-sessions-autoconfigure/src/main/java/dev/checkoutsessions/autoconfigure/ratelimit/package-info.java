/**
 * Rate limiting shared by every instance of an application: Bucket4j buckets on the
 * application's Redis.
 */
@NullMarked
package dev.checkoutsessions.autoconfigure.ratelimit;

import org.jspecify.annotations.NullMarked;
