/**
 * The {@code checkout} health contributor.
 */
@NullMarked
package dev.checkoutsessions.autoconfigure.health;

import org.jspecify.annotations.NullMarked;
