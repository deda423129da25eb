/**
 * Spring Boot auto-configuration of the Checkout.com Sessions client: {@code checkout.*}
 * properties, the {@code SessionsClient} bean, failure analysis and AOT hints.
 */
@NullMarked
package dev.checkoutsessions.autoconfigure;

import org.jspecify.annotations.NullMarked;
