/**
 * Receivers for what Checkout.com sends after the API call: the session completion
 * callback ({@link dev.checkoutsessions.web.SessionCompletedEvent}) and signed webhooks
 * ({@link dev.checkoutsessions.web.CheckoutWebhookEvent}), each published once as a
 * Spring application event.
 */
@NullMarked
package dev.checkoutsessions.web;

import org.jspecify.annotations.NullMarked;
