package dev.checkoutsessions.client;

import java.nio.charset.StandardCharsets;

/**
 * Representative documents for the warm-up's JSON pass
 * ({@link CallExecutor#exerciseJson()}): a hosted session request and a pending session,
 * with the nested objects most calls carry, so that their serializers and deserializers
 * exist before the first call. Made up (an instrument id source, no card number); never
 * sent.
 */
final class WarmUpDocuments {

	static final byte[] REQUEST = """
			{"source": {"type": "id", "id": "src_warmupwarmupwarmupwarmupwa"},
			 "amount": 100, "currency": "USD", "authentication_type": "regular",
			 "authentication_category": "payment", "challenge_indicator": "no_preference",
			 "reference": "warm-up", "transaction_type": "goods_service",
			 "shipping_address": {"address_line1": "1 Warm-up St.", "city": "Anytown", "zip": "123456", "country": "US"},
			 "completion": {"type": "hosted", "success_url": "https://example.com/success",
			                "failure_url": "https://example.com/failure"}}
			"""
		.getBytes(StandardCharsets.UTF_8);

	static final byte[] SESSION = """
			{"id": "sid_warmupwarmupwarmupwarmupwa", "amount": 100, "currency": "USD", "completed": false,
			 "authentication_type": "regular", "authentication_category": "payment", "status": "pending",
			 "protocol_version": "2.2.0", "reference": "warm-up", "transaction_type": "goods_service",
			 "next_actions": ["collect_channel_data", "issuer_fingerprint"], "scheme": "visa",
			 "session_secret": "sek_warmup", "card": {"instrument_id": "src_warmup", "metadata": {}},
			 "_links": {"self": {"href": "https://example.com/sessions/sid_warmup"},
			            "callback_url": {"href": "https://example.com/callback"}}}
			""".getBytes(StandardCharsets.UTF_8);

	private WarmUpDocuments() {
	}

}
