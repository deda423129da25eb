/**
 * JUnit 5 and Spring Test integrations that start a
 * {@link dev.checkoutsessions.emulator.SessionsEmulator} for a test.
 */
@NullMarked
package dev.checkoutsessions.emulator.test;

import org.jspecify.annotations.NullMarked;
