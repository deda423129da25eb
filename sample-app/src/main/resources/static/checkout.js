// The non-hosted browser flow of Checkout.com Sessions (reference §9.1), driven from the page. Every API call goes
// through the sample's own back end; the session secret it hands out is used for the session-scoped calls only.
// The page learns outcomes from events, not by polling: the back end streams each signed authentication webhook and
// the completion (the starter's SessionCompletedEvent, published after the callback's session was re-read with
// OAuth) as server-sent events. Polling remains only for set-ups where no event can arrive.
(function () {
	'use strict';

	const FINAL = ['approved', 'attempted', 'declined', 'rejected', 'unavailable', 'challenge_abandoned', 'expired'];
	const METHOD_TIMEOUT_MS = 10000; // EMVCo: give the 3DS Method 10 s, then report it as not completed
	const POLL_INTERVAL_MS = 1000;
	const POLL_ATTEMPTS = 30;
	const CHALLENGE_POLL_INTERVAL_MS = 3000;
	const EVENT_TIMEOUT_MS = 60000;
	const completionEvents = document.body.dataset.completionEvents === 'true';
	const webhookEvents = document.body.dataset.webhookEvents === 'true';

	const $ = (id) => document.getElementById(id);
	const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
	const has = (session, action) => (session.nextActions || []).includes(action);

	function progress(text) {
		$('progress').textContent = text;
	}

	function addStep(title, detail, ms, failed) {
		const item = document.createElement('li');
		const strong = document.createElement('strong');
		strong.textContent = title;
		item.append(strong, ' ' + detail + ' ');
		const time = document.createElement('span');
		time.className = failed ? 'error' : 'ms';
		time.textContent = ms;
		item.append(time);
		$('timeline').append(item);
		$('timeline-section').hidden = false;
	}

	// One call to the sample's back end, recorded on the timeline with the server-side API time and the round trip.
	async function api(method, path, body, secret) {
		const headers = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
		if (secret) {
			headers['X-Session-Secret'] = secret;
		}
		const started = performance.now();
		const response = await fetch(path, { method, headers, body: body ? JSON.stringify(body) : undefined });
		const roundTrip = Math.round(performance.now() - started);
		const json = await response.json().catch(() => ({}));
		if (!response.ok) {
			const reason = json.detail || json.title || ('HTTP ' + response.status);
			addStep(method + ' ' + path, '→ ' + response.status, reason + ' (' + roundTrip + ' ms)', true);
			throw new Error(reason);
		}
		const call = json.call || {};
		addStep(method + ' ' + path, '→ ' + call.operation + ' (' + call.auth + ')' + (json.status ? ', ' + json.status : ''),
			call.durationMs + ' ms API, ' + roundTrip + ' ms round trip');
		return json;
	}

	function withTimeout(promise, ms, message) {
		return Promise.race([promise, sleep(ms).then(() => { throw new Error(message); })]);
	}

	// Subscribes to the session's events: each authentication webhook, then the completion with the result.
	function watch(id) {
		const source = new EventSource('/api/sessions/' + id + '/events');
		const started = performance.now();
		let authenticated;
		let completed;
		const finalAuthentication = new Promise((resolve) => { authenticated = resolve; });
		const completion = new Promise((resolve) => { completed = resolve; });
		source.addEventListener('authentication', (message) => {
			const event = JSON.parse(message.data);
			addStep('Webhook', event.type + ' (signature verified) → ' + event.status,
				Math.round(performance.now() - started) + ' ms after subscribing');
			if (event.type !== 'authentication_started') {
				authenticated(event);
			}
		});
		source.addEventListener('completed', (message) => {
			const session = JSON.parse(message.data);
			addStep('SessionCompletedEvent', 'callback → session re-read with OAuth → ' + session.status,
				Math.round(performance.now() - started) + ' ms after subscribing');
			completed(session);
			source.close();
		});
		return {
			authenticated: () => withTimeout(finalAuthentication, EVENT_TIMEOUT_MS, 'No authentication webhook arrived'),
			completed: () => withTimeout(completion, EVENT_TIMEOUT_MS, 'No completion event arrived'),
			close: () => source.close()
		};
	}

	// Opens a URL in a named iframe with a form post, the way 3-D Secure hands data to issuer pages.
	function postToFrame(url, frameName, fields) {
		const form = document.createElement('form');
		form.method = 'post';
		form.action = url;
		form.target = frameName;
		Object.entries(fields).forEach(([name, value]) => {
			const input = document.createElement('input');
			input.type = 'hidden';
			input.name = name;
			input.value = value;
			form.append(input);
		});
		document.body.append(form);
		form.submit();
		form.remove();
	}

	function base64url(text) {
		return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
	}

	// Resolves when a message arrives from the given frame and passes the filter.
	function messageFrom(frame, accept) {
		let listener;
		const promise = new Promise((resolve) => {
			listener = (event) => {
				if (event.source === frame.contentWindow && accept(event.data || {})) {
					resolve(event.data);
				}
			};
			window.addEventListener('message', listener);
		});
		return { promise, stop: () => window.removeEventListener('message', listener) };
	}

	// The issuer's 3DS Method in a hidden iframe: Y when it reports back within 10 s, N when it does not.
	async function runThreeDsMethod(session) {
		progress('Running the 3DS Method…');
		const frame = $('method-frame');
		const done = messageFrom(frame, (data) => data.type === 'sample:3ds-method-complete'
			|| data.type === 'checkout-sessions-emulator:3ds-method-complete');
		const started = performance.now();
		postToFrame(session.threeDsMethodUrl, 'method-frame', {
			threeDSMethodData: base64url(JSON.stringify({
				threeDSServerTransID: session.transactionId,
				threeDSMethodNotificationURL: window.location.origin + '/three-ds-method/notification'
			}))
		});
		const indicator = await Promise.race([done.promise.then(() => 'Y'), sleep(METHOD_TIMEOUT_MS).then(() => 'N')]);
		done.stop();
		addStep('3DS Method', 'hidden iframe → ' + (indicator === 'Y' ? 'completed' : 'timed out'),
			Math.round(performance.now() - started) + ' ms');
		return indicator;
	}

	function browserInfo(threeDsMethodCompletion) {
		return {
			acceptHeader: document.body.dataset.acceptHeader,
			javaEnabled: typeof navigator.javaEnabled === 'function' ? navigator.javaEnabled() : false,
			javascriptEnabled: true,
			language: navigator.language,
			colorDepth: String(screen.colorDepth),
			screenHeight: String(screen.height),
			screenWidth: String(screen.width),
			timezone: String(new Date().getTimezoneOffset()),
			threeDsMethodCompletion
		};
	}

	// Posts the CReq to the ACS inside the iframe, then waits for the ACS to say it is done, polling meanwhile in case
	// it never does (a real ACS hands the result to the notification URL, not to this page).
	// With webhooks, the challenge's end is the final authentication webhook: no polling. Without, the page polls.
	async function runChallenge(session, secret, events) {
		progress('Waiting for the cardholder to answer the challenge…');
		$('challenge').hidden = false;
		const frame = $('acs-frame');
		const started = performance.now();
		if (events && webhookEvents) {
			postToFrame(session.acsUrl, 'acs-frame', { creq: session.challengeRequest || '' });
			const outcome = await events.authenticated();
			addStep('Challenge', 'ACS iframe → ' + outcome.status, Math.round(performance.now() - started) + ' ms');
			$('challenge').hidden = true;
			frame.src = 'about:blank';
			return outcome.status;
		}
		const done = messageFrom(frame, (data) => data.type === 'checkout-sessions-emulator:challenge-complete');
		postToFrame(session.acsUrl, 'acs-frame', { creq: session.challengeRequest || '' });
		let finished = false;
		done.promise.then(() => { finished = true; });
		let current = session;
		while (!finished && current.status === 'challenged') {
			await Promise.race([done.promise, sleep(CHALLENGE_POLL_INTERVAL_MS)]);
			if (!finished) {
				current = await api('GET', '/api/sessions/' + session.id, null, secret);
			}
		}
		done.stop();
		addStep('Challenge', 'ACS iframe → answered', Math.round(performance.now() - started) + ' ms');
		$('challenge').hidden = true;
		frame.src = 'about:blank';
		return null;
	}

	async function pollUntilFinal(id, secret) {
		progress('Waiting for the final result…');
		for (let attempt = 0; attempt < POLL_ATTEMPTS; attempt++) {
			const session = await api('GET', '/api/sessions/' + id, null, secret);
			if (FINAL.includes(session.status)) {
				return session;
			}
			await sleep(POLL_INTERVAL_MS);
		}
		throw new Error('The session did not reach a final status in time');
	}

	function readOrder() {
		return {
			card: $('card').value,
			amount: Math.round(parseFloat($('amount').value || '0') * 100),
			currency: $('currency').value
		};
	}

	function showResult(session) {
		$('status').textContent = session.status;
		$('status').className = session.approved ? 'approved' : 'failed';
		$('response-code').textContent = session.responseCode || '—';
		$('eci').textContent = session.eci || '—';
		$('cryptogram').textContent = session.cryptogram || '—';
		$('session-id').textContent = session.id;
		$('result').hidden = false;
	}

	function start() {
		$('result').hidden = true;
		$('timeline').replaceChildren();
		$('pay').disabled = $('pay-hosted').disabled = true;
	}

	function stop(message) {
		progress(message);
		$('pay').disabled = $('pay-hosted').disabled = false;
	}

	async function pay() {
		start();
		let events = null;
		try {
			progress('Requesting a session…');
			let session = await api('POST', '/api/sessions', readOrder());
			const id = session.id;
			const secret = session.sessionSecret; // meant for front ends: this one session, no cryptogram
			if (completionEvents || webhookEvents) {
				events = watch(id);
			}
			let methodCompletion = 'U';
			if (has(session, 'issuer_fingerprint') && session.threeDsMethodUrl) {
				methodCompletion = await runThreeDsMethod(session);
				session = await api('PUT', '/api/sessions/' + id + '/issuer-fingerprint',
					{ threeDsMethodCompletion: methodCompletion }, secret);
			}
			if (has(session, 'collect_channel_data')) {
				progress('Sending browser data…');
				session = await api('PUT', '/api/sessions/' + id + '/collect-data', browserInfo(methodCompletion), secret);
			}
			if (session.status === 'challenged') {
				const status = await runChallenge(session, secret, events);
				if (status) {
					// A non-hosted session in a final status is completed next (reference §6.2).
					session = Object.assign({}, session, { status, nextActions: ['complete'] });
				}
			}
			if (!FINAL.includes(session.status)) {
				if (events && webhookEvents) {
					progress('Waiting for the final result…');
					const outcome = await events.authenticated();
					session = Object.assign({}, session, { status: outcome.status, nextActions: ['complete'] });
				}
				else {
					session = await pollUntilFinal(id, secret);
				}
			}
			if (has(session, 'complete')) {
				await api('POST', '/api/sessions/' + id + '/complete', null, secret);
			}
			// The completion event carries the session the starter re-read with OAuth after the callback; without
			// callbacks the back end reads it with OAuth here. Only an OAuth read carries the ECI and cryptogram.
			const result = (events && completionEvents) ? await events.completed() : await api('GET', '/api/sessions/' + id);
			showResult(result);
			stop('Done: ' + result.status + '.');
		}
		catch (error) {
			stop('Failed: ' + error.message);
		}
		finally {
			if (events) {
				events.close();
			}
		}
	}

	async function payHosted() {
		start();
		try {
			progress('Requesting a hosted session…');
			const session = await api('POST', '/api/sessions/hosted', readOrder());
			progress('Redirecting to the hosted page…');
			window.location.assign(session.redirectUrl);
		}
		catch (error) {
			stop('Failed: ' + error.message);
		}
	}

	$('pay').addEventListener('click', pay);
	$('pay-hosted').addEventListener('click', payHosted);
})();
