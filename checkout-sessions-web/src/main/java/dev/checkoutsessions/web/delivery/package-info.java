/**
 * Receivers for what Checkout.com sends after the API call: the session completion
 * callback ({@link dev.checkoutsessions.web.delivery.SessionCompletedEvent}) and signed
 * webhooks ({@link dev.checkoutsessions.web.delivery.CheckoutWebhookEvent}), each
 * published as a Spring application event, and the
 * {@link dev.checkoutsessions.web.delivery.DeliveryDeduplicator} that keeps
 * Checkout.com's at-least-once deliveries from being published twice.
 */
@NullMarked
package dev.checkoutsessions.web.delivery;

import org.jspecify.annotations.NullMarked;
