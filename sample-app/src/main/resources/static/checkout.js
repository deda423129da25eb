// The sample's checkout on the browser kit: /checkout-sessions/3ds.js runs the flow against the sample's three
// endpoints (create, read, complete); this file only draws it. Each timeline step is the Checkout.com call behind
// the sample's endpoint. The result comes from the completion event (the starter re-reads the session with OAuth
// after Checkout.com's callback) and the authentication webhooks, streamed as server-sent events.
(function () {
	'use strict';

	const kit = window.CheckoutSessions3ds;
	const EVENT_TIMEOUT_MS = 60000;
	const completionEvents = document.body.dataset.completionEvents === 'true';
	const webhookEvents = document.body.dataset.webhookEvents === 'true';
	const $ = (id) => document.getElementById(id);
	let events = null;
	let started = 0;

	function progress(text) {
		$('progress').textContent = text;
	}

	function since() {
		return Math.round(performance.now() - started) + ' ms';
	}

	function addStep(title, detail, note, failed) {
		const item = document.createElement('li');
		const call = document.createElement('span');
		call.className = 'call';
		call.textContent = title;
		item.append(call, ' ' + detail);
		if (note) {
			const small = document.createElement('span');
			small.className = failed ? 'note error' : 'note';
			small.textContent = note;
			item.append(small);
		}
		$('timeline').append(item);
		$('timeline-section').hidden = false;
		return item;
	}

	// The call's bodies, masked by the server: the card's last four digits, the cryptogram's first four characters,
	// no session secret. Collapsed until the reader opens them.
	function addBody(item, label, body) {
		if (body === undefined || body === null) {
			return;
		}
		const details = document.createElement('details');
		details.className = 'body ' + label;
		const summary = document.createElement('summary');
		summary.textContent = label;
		const pre = document.createElement('pre');
		pre.textContent = typeof body === 'string' ? body : JSON.stringify(body, null, 2);
		details.append(summary, pre);
		item.append(details);
	}

	// Every answer of the sample's endpoints names the Checkout.com call behind it.
	function onResponse(method, target, status, json) {
		const call = json.call;
		if (status >= 400) {
			addStep(method + ' ' + target, '→ ' + status, json.detail || json.title || 'failed', true);
		}
		else if (call) {
			const actions = call.nextActions && call.nextActions.length ? ', next_actions: ' + call.nextActions.join(', ') : '';
			const item = addStep(call.request, '→ ' + call.httpStatus + ' ' + call.status + actions,
				'via ' + method + ' ' + target + ' (sample) · ' + call.durationMs + ' ms at Checkout.com');
			addBody(item, 'request', call.requestBody);
			addBody(item, 'response', call.responseBody);
		}
		else if (json.request) {
			addStep(json.request, '→ ' + json.httpStatus + ' (no body): Checkout.com now posts the result to the callback_url',
				'via ' + method + ' ' + target + ' (sample) · ' + json.durationMs + ' ms');
		}
	}

	const hooks = {
		onResponse,
		onStep: (step) => {
			if (!events && step.step !== 'redirect' && (completionEvents || webhookEvents)) {
				events = watch(step.sessionId);
			}
			const texts = { run_method: 'Running the issuer\'s 3DS Method…', collect_data: 'Sending browser data…',
				challenge: 'Waiting for the cardholder to answer the challenge…', complete: 'Completing the session…',
				wait: 'Waiting for the result…' };
			if (texts[step.step]) {
				progress(texts[step.step]);
			}
		},
		onMethodEnd: (indicator, ms) => addStep('3DS Method', indicator === 'Y'
			? '→ the issuer\'s page notified: three_ds_method_completion Y'
			: '→ no notification within ' + (kit.methodTimeoutMs / 1000) + ' s: three_ds_method_completion U',
			'hidden iframe posted to _links.three_ds_method_url · ' + ms + ' ms'),
		onChallenge: (frame, size) => {
			const label = size.fullScreen ? 'full screen' : size.width + '×' + size.height;
			$('challenge-text').textContent = 'Your bank wants to confirm it is you (challenge window ' + label + ').';
			$('challenge').hidden = false;
			addStep('Challenge', '→ CReq posted to acs.url in an iframe of ' + label,
				'challengeWindowSize ' + size.code + ' from 3ds.challenge_request');
		},
		onChallengeEnd: () => {
			$('challenge').hidden = true;
			addStep('Challenge', '→ ended: the ACS posted the CRes to the challenge_notification_url', since());
		},
		onResult: (step, answer) => showResult(answer.result || {})
	};

	function withTimeout(promise, ms, message) {
		return Promise.race([promise, new Promise((resolve, reject) => setTimeout(() => reject(new Error(message)), ms))]);
	}

	// The session's events: each signed authentication webhook, then the completion with the result.
	function watch(id) {
		const source = new EventSource('/api/sessions/' + id + '/events');
		let completed;
		const completion = new Promise((resolve) => { completed = resolve; });
		source.addEventListener('authentication', (message) => {
			const event = JSON.parse(message.data);
			addStep('Webhook', event.type + ' (signature verified) → ' + event.status, since());
		});
		source.addEventListener('completed', (message) => {
			const answer = JSON.parse(message.data);
			addStep('Callback', '→ SessionCompletedEvent: session re-read with OAuth → ' + answer.step.status, since());
			completed(answer);
			source.close();
		});
		return { completed: () => withTimeout(completion, EVENT_TIMEOUT_MS, 'No completion event arrived'),
			close: () => source.close() };
	}

	function readOrder() {
		return {
			card: $('card').value,
			amount: Math.round(parseFloat($('amount').value || '0') * 100),
			currency: $('currency').value
		};
	}

	function showResult(result) {
		$('result-title').textContent = result.authorise ? 'Authenticated: go on to authorise' : 'Not authenticated: do not authorise';
		$('status').textContent = result.status;
		$('status').className = 'value ' + (result.authorise ? 'approved' : 'failed');
		$('status-meaning').textContent = result.statusMeaning || '';
		$('response-code').textContent = result.responseCode || '—';
		$('response-code-meaning').textContent = result.responseCodeMeaning || '';
		$('eci').textContent = result.eci || '—';
		$('eci-meaning').textContent = result.eciMeaning || '';
		$('cryptogram').textContent = result.cryptogram || '—';
		$('session-id').textContent = result.id;
		$('merchant-next').textContent = 'Next, the merchant: ' + result.merchantNext;
		$('merchant-next').className = result.authorise ? 'next' : 'next stop';
		$('result').hidden = false;
	}

	function start() {
		$('result').hidden = true;
		$('timeline').replaceChildren();
		$('pay').disabled = $('pay-hosted').disabled = true;
		started = performance.now();
	}

	function stop(message) {
		progress(message);
		$('pay').disabled = $('pay-hosted').disabled = false;
		if (events) {
			events.close();
			events = null;
		}
	}

	async function pay(hosted) {
		start();
		progress(hosted ? 'Requesting a hosted session…' : 'Requesting a session…');
		try {
			const answer = await kit.run({
				create: hosted ? '/api/sessions/hosted' : '/api/sessions',
				session: (id) => '/api/sessions/' + id,
				complete: (id) => '/api/sessions/' + id + '/complete',
				order: readOrder(),
				container: $('challenge-frame'),
				hooks,
				waitForResult: completionEvents ? () => events.completed() : undefined
			});
			stop(hosted ? 'Redirecting to the hosted page…' : 'Done: ' + answer.step.status + '.');
		}
		catch (error) {
			stop('Failed: ' + error.message);
		}
	}

	$('pay').addEventListener('click', () => pay(false));
	$('pay-hosted').addEventListener('click', () => pay(true));
})();
