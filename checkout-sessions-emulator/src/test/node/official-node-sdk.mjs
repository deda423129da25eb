// The official Node.js SDK (checkout-sdk-node 5.2.1), unchanged, through its Sessions flows against the standalone
// emulator jar. Not run by the build (it needs npm); run it by hand:
//   mkdir /tmp/node-sdk && cd /tmp/node-sdk && npm init -y && npm install checkout-sdk-node@5.2.1
//   cp <this file> . && java -jar checkout-sessions-emulator-<version>-standalone.jar --port 8089 \
//       --client-id ack_node --client-secret node-secret --processing-channel-id pc_nodechannel000000000000000 &
//   node official-node-sdk.mjs http://127.0.0.1:8089 ack_node node-secret pc_nodechannel000000000000000
// It prints "N of M checks passed" and exits non-zero when one fails.
import { Checkout } from 'checkout-sdk-node';
import Environment from 'checkout-sdk-node/dist/Environment.js';

const [base, clientId, clientSecret, channel] = process.argv.slice(2);
let passed = 0, failed = 0;
const check = (name, ok, detail) => {
  if (ok) { passed++; } else { failed++; console.log('FAIL', name, detail === undefined ? '' : JSON.stringify(detail).slice(0, 300)); }
};
const sdk = (secret = clientSecret) => {
  const cko = new Checkout(secret, { client: clientId, scope: ['sessions:app', 'sessions:browser'], host: base, environment: 'sandbox' });
  // The SDK takes its token URL from the environment only; point it at the emulator.
  const env = new Environment('SANDBOX');
  env.oAuthAuthorizationApi = base + '/connect/token';
  cko.config.environment = env;
  return cko;
};
const expectError = async (name, promise, type, status) => {
  try { await promise; check(name, false, 'no error'); }
  catch (e) { check(name, e.name === type && (status === undefined || e.http_code === status), { name: e.name, code: e.http_code, body: e.body }); }
};
const base32 = (prefix) => new RegExp(`^${prefix}_[a-z2-7]{26}$`);
const browser = { channel: 'browser', accept_header: 'Accept:  *.*, q=0.1', java_enabled: true, javascript_enabled: true,
  language: 'FR-fr', color_depth: '16', screen_height: '1080', screen_width: '1920', timezone: '60',
  user_agent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64)', ip_address: '1.12.123.255' };
const app = { channel: 'app', sdk_app_id: 'dbd64fcb-c19a-4728-8849-e3d50bfdde39', sdk_max_timeout: 5, sdk_encrypted_data: '{}',
  sdk_ephem_pub_key: { kty: 'EC', crv: 'P-256', x: 'f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU', y: 'x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0' },
  sdk_reference_number: '3DS_LOA_SDK_PPFU_020100_00007', sdk_transaction_id: 'b2385523-a66c-4907-ac3c-91848e8c0067',
  sdk_interface_type: 'both', sdk_ui_elements: ['single_select', 'html_other'] };
const request = (card, completion, more = {}) => ({
  source: { type: 'card', number: card, expiry_month: 1, expiry_year: 2030 }, amount: 6540, currency: 'USD',
  processing_channel_id: channel, authentication_type: 'regular', authentication_category: 'payment',
  challenge_indicator: 'no_preference', reference: 'ORD-5023-4E89', transaction_type: 'goods_service',
  shipping_address: { address_line1: 'Checkout.com', address_line2: '90 Tottenham Court Road', city: 'London', state: 'GB', zip: 'W1T 4TJ', country: 'GB' },
  completion, ...more });
const nonHosted = { type: 'non_hosted', callback_url: 'https://example.com/sessions/callback' };
const hosted = { type: 'hosted', success_url: 'https://example.com/sessions/success', failure_url: 'https://example.com/sessions/fail' };
const FRICTIONLESS = '4485040371536584', CHALLENGE = '4242424242424242';

const cko = sdk();
try {
// Non-hosted browser session, challenge card (SDK test "should request a session")
const challenged = await cko.sessions.request(request(CHALLENGE, nonHosted, { channel_data: browser }));
check('browser request: id', base32('sid').test(challenged.id), challenged.id);
check('browser request: secret', /^sek_.{44}$/.test(challenged.session_secret));
check('browser request: status', challenged.status === 'challenged', challenged.status);
check('browser request: next action', JSON.stringify(challenged.next_actions) === '["challenge_cardholder"]', challenged.next_actions);
check('browser request: acs', !!challenged.acs && !!challenged.ds);
check('browser request: links', !!challenged._links.self && !!challenged._links.callback_url, challenged._links);
check('browser request: instrument id', base32('src').test(challenged.card.instrument_id), challenged.card);
check('browser request: response code', challenged.response_code === 'C');
check('browser request: completed false', challenged.completed === false);
// Hosted session (SDK test "should request a hosted session")
const pending = await cko.sessions.request(request(FRICTIONLESS, hosted));
check('hosted request: status', pending.status === 'pending', pending.status);
check('hosted request: next action', JSON.stringify(pending.next_actions) === '["redirect_cardholder"]');
check('hosted request: redirect url', !!pending._links.redirect_url && !!pending._links.success_url && !!pending._links.failure_url, pending._links);
// App session
const appSession = await cko.sessions.request(request(FRICTIONLESS, nonHosted, { channel_data: app }));
check('app request: final status', ['approved', 'unavailable', 'attempted'].includes(appSession.status), appSession.status);
// Get (SDK tests "should get a session", with channel)
const got = await cko.sessions.get(challenged.id);
check('get: id', got.id === challenged.id);
check('get: status', got.status === 'challenged');
check('get: secret with oauth', !!got.session_secret);
const gotBrowser = await cko.sessions.get(challenged.id, 'browser');
check('get browser channel', gotBrowser.id === challenged.id && gotBrowser.status === 'challenged');
const gotApp = await cko.sessions.get(appSession.id, 'app');
check('get app channel', gotApp.id === appSession.id, gotApp);
// Update with browser data (collect-data) on the hosted session
const collected = await cko.sessions.update(pending.id, browser);
check('update browser: approved', collected.status === 'approved', collected.status);
check('update browser: no redirect url', !collected._links.redirect_url, collected._links);
check('update browser: no next actions', Array.isArray(collected.next_actions) && collected.next_actions.length === 0, collected.next_actions);
// Update with app data on another hosted session
const pending2 = await cko.sessions.request(request(FRICTIONLESS, hosted));
const appOnHosted = await cko.sessions.update(pending2.id, app);
check('update app on hosted: unavailable', appOnHosted.status === 'unavailable', appOnHosted.status);
// 3DS Method completion on a pending hosted session
const pending3 = await cko.sessions.request(request(FRICTIONLESS, hosted));
const methodHosted = await cko.sessions.update3DSMethodCompletionIndicator(pending3.id, 'Y');
check('3ds method on hosted: 200 pending', methodHosted.status === 'pending', methodHosted);
// 3DS Method completion after a create that carried browser data (the SDK's own test flow)
const frictionless = await cko.sessions.request(request(FRICTIONLESS, nonHosted, { channel_data: browser }));
check('frictionless browser request: approved', frictionless.status === 'approved', frictionless.status);
const method = await cko.sessions.update3DSMethodCompletionIndicator(frictionless.id, 'Y');
check('3ds method after browser create: session', method.id === frictionless.id, method);
check('3ds method after browser create: status', method.status === 'approved', method.status);
check('3ds method after browser create: next actions', JSON.stringify(method.next_actions) === '["complete"]', method.next_actions);
const methodChallenged = await cko.sessions.update3DSMethodCompletionIndicator(challenged.id, 'N');
check('3ds method on challenged: 200', methodChallenged.id === challenged.id, methodChallenged);
// Complete (SDK test "should complete a session")
await cko.sessions.complete(frictionless.id);
const afterComplete = await cko.sessions.get(frictionless.id);
check('complete: completed', afterComplete.completed === true, afterComplete.completed);
check('complete: cryptogram and eci with oauth', !!afterComplete.cryptogram && !!afterComplete.eci);
await expectError('complete again: 403', cko.sessions.complete(frictionless.id), 'ActionNotAllowed', 403);
await expectError('complete hosted: 403', cko.sessions.complete(pending3.id), 'ActionNotAllowed', 403);
await expectError('complete challenged: 403', cko.sessions.complete(challenged.id), 'ActionNotAllowed', 403);
// Errors
await expectError('get unknown: 404', cko.sessions.get('sid_aaaaaaaaaaaaaaaaaaaaaaaaaa'), 'NotFoundError', 404);
await expectError('update unknown: 404', cko.sessions.update('sid_aaaaaaaaaaaaaaaaaaaaaaaaaa', browser), 'NotFoundError', 404);
await expectError('3ds method unknown: 404', cko.sessions.update3DSMethodCompletionIndicator('sid_aaaaaaaaaaaaaaaaaaaaaaaaaa', 'Y'), 'NotFoundError', 404);
await expectError('complete unknown: 404', cko.sessions.complete('sid_aaaaaaaaaaaaaaaaaaaaaaaaaa'), 'NotFoundError', 404);
await expectError('invalid request: 422', cko.sessions.request({ amount: -1 }), 'ValidationError', 422);
await expectError('update final session: 403', cko.sessions.update(collected.id, browser), 'ActionNotAllowed', 403);
await expectError('wrong client secret', sdk('wrong').sessions.request(request(FRICTIONLESS, hosted)), 'AuthenticationError');
// Challenge indicators (SDK test file challenge-indicator.js): all nine are accepted and echoed
for (const indicator of ['no_preference', 'no_challenge_requested', 'challenge_requested', 'challenge_requested_mandate',
  'low_value', 'trusted_listing', 'trusted_listing_prompt', 'transaction_risk_assessment', 'data_share']) {
  const s = await cko.sessions.request(request(FRICTIONLESS, hosted, { challenge_indicator: indicator }));
  check('challenge indicator ' + indicator, s.challenge_indicator === indicator && s.status === 'pending', s.challenge_indicator);
}
} catch (e) {
  // An SDK call failing where the flow expects an answer ends the run: the checks after it are not counted.
  check('flow interrupted', false, { name: e.name, code: e.http_code, body: e.body, message: e.message });
}
console.log(`${passed} of ${passed + failed} checks passed`);
process.exit(failed === 0 ? 0 : 1);
