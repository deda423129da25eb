package dev.checkoutsessions.client;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

/**
 * Representative documents for the warm-up's JSON pass
 * ({@link CallExecutor#exerciseJson()}): session requests and a session, with the nested
 * objects most calls carry, so that their serializers and deserializers exist before the
 * first call. Between them the requests carry every source type, completion type and
 * channel a request can have: Jackson builds the serializer of a polymorphic property's
 * subtype only when it first writes one, and a card request's was otherwise built during
 * the shopper's first call (the cold-start benchmark's largest remaining cost after the
 * warm-up). The session sets every open-enum property a session has: an open enum
 * registers its constants when it is first read, which was otherwise the first call's
 * work too. Made up, with no card number (the card source's is zeros); never sent.
 */
final class WarmUpDocuments {

	static final List<byte[]> REQUESTS = Stream
		.of("""
				{"source": {"type": "id", "id": "src_warmupwarmupwarmupwarmupwa"},
				 "amount": 100, "currency": "USD", "authentication_type": "regular",
				 "authentication_category": "payment", "challenge_indicator": "no_preference",
				 "reference": "warm-up", "transaction_type": "goods_service",
				 "shipping_address": {"address_line1": "1 Warm-up St.", "city": "Anytown", "zip": "123456", "country": "US"},
				 "completion": {"type": "hosted", "success_url": "https://example.com/success",
				                "failure_url": "https://example.com/failure"}}
				""",
				"""
						{"source": {"type": "card", "number": "0000000000000000", "expiry_month": 1, "expiry_year": 2030,
						            "billing_address": {"address_line1": "1 Warm-up St.", "city": "Anytown", "country": "US"},
						            "email": "warm-up@example.com", "mobile_phone": {"country_code": "1", "number": "5550100"}},
						 "amount": 100, "currency": "USD", "processing_channel_id": "pc_warmupwarmupwarmupwarmupwa",
						 "authentication_type": "regular", "authentication_category": "payment",
						 "challenge_indicator": "no_preference", "reference": "warm-up", "transaction_type": "goods_service",
						 "shipping_address": {"address_line1": "1 Warm-up St.", "city": "Anytown", "zip": "123456", "country": "US"},
						 "completion": {"type": "non_hosted", "callback_url": "https://example.com/callback"},
						 "channel_data": {"channel": "browser", "accept_header": "*/*", "java_enabled": false,
						                  "javascript_enabled": true, "language": "en-US", "color_depth": "24",
						                  "screen_height": "1080", "screen_width": "1920", "timezone": "0",
						                  "user_agent": "warm-up", "ip_address": "192.0.2.1", "three_ds_method_completion": "U"}}
						""",
				"""
						{"source": {"type": "token", "token": "tok_warmupwarmupwarmupwarmupwa"},
						 "amount": 100, "currency": "USD", "authentication_type": "regular",
						 "authentication_category": "payment", "reference": "warm-up", "transaction_type": "goods_service",
						 "completion": {"type": "non_hosted", "callback_url": "https://example.com/callback"},
						 "channel_data": {"channel": "app", "sdk_app_id": "00000000-0000-0000-0000-000000000000",
						                  "sdk_max_timeout": 5, "sdk_ephem_pub_key": {"kty": "EC", "crv": "P-256", "x": "AA", "y": "AA"},
						                  "sdk_reference_number": "warm-up", "sdk_encrypted_data": "warm-up",
						                  "sdk_transaction_id": "00000000-0000-0000-0000-000000000000",
						                  "sdk_interface_type": "both", "sdk_ui_elements": ["text"]}}
						""",
				"""
						{"source": {"type": "network_token", "token": "0000000000000000", "expiry_month": 1, "expiry_year": 2030,
						            "token_type": "vts", "cryptogram": "AAAAAAAAAAAAAAAAAAAAAAAAAAA="},
						 "amount": 100, "currency": "USD", "authentication_type": "regular",
						 "authentication_category": "payment", "reference": "warm-up", "transaction_type": "goods_service",
						 "completion": {"type": "non_hosted", "callback_url": "https://example.com/callback"},
						 "channel_data": {"channel": "merchant_initiated", "request_type": "recurring_transaction"}}
						""")
		.map((document) -> document.getBytes(StandardCharsets.UTF_8))
		.toList();

	static final byte[] SESSION = """
			{"id": "sid_warmupwarmupwarmupwarmupwa", "transaction_id": "00000000-0000-0000-0000-000000000000",
			 "amount": 100, "currency": "USD", "completed": false, "challenged": false,
			 "authentication_type": "regular", "authentication_category": "payment", "status": "approved",
			 "status_reason": "ares_status", "approved": true, "protocol_version": "2.2.0", "reference": "warm-up",
			 "transaction_type": "goods_service", "next_actions": ["collect_channel_data", "complete"],
			 "ds": {"reference_number": "warm-up", "transaction_id": "00000000-0000-0000-0000-000000000000"},
			 "acs": {"reference_number": "warm-up", "transaction_id": "00000000-0000-0000-0000-000000000000",
			         "operator_id": "warm-up", "challenge_mandated": false},
			 "response_code": "Y", "cryptogram": "AAAAAAAAAAAAAAAAAAAAAAAAAAA=", "eci": "05", "xid": "warm-up",
			 "flow_type": "frictionless", "challenge_indicator": "no_preference", "experience": "3ds",
			 "scheme": "visa", "session_secret": "sek_warmup", "card": {"instrument_id": "src_warmup", "metadata": {}},
			 "_links": {"self": {"href": "https://example.com/sessions/sid_warmup"},
			            "callback_url": {"href": "https://example.com/callback"}}}
			""".getBytes(StandardCharsets.UTF_8);

	private WarmUpDocuments() {
	}

}
