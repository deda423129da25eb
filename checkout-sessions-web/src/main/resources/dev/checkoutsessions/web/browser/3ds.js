/*
 * checkout-sessions 3ds.js: the browser side of a non-hosted Checkout.com Sessions flow (browser channel), served by
 * checkout-sessions-web. No dependencies, no network calls but to the endpoints you pass and the issuer's pages.
 *
 *   CheckoutSessions3ds.run({ create: '/pay/sessions', session: (id) => '/pay/sessions/' + id,
 *       complete: (id) => '/pay/sessions/' + id + '/complete', order: {...}, container: element, hooks: {...} })
 *
 * Your endpoints answer with a BrowserStep (alone or as the "step" field of a larger answer); PUT session(id) gets
 * the browser fields (BrowserFields). Time is read through CheckoutSessions3ds.clock so tests can control it, and
 * CheckoutSessions3ds.methodTimeoutMs (10 s) bounds the 3DS Method.
 *
 * accept_header must be what the browser sent when it loaded the page, not the Accept of a fetch call: render it
 * into the script tag (data-accept-header="…") and the browser-data PUT carries it as its Accept header, where
 * BrowserSessions.from reads it.
 */
(function (global) {
	'use strict';

	const METHOD_TIMEOUT_MS = 10000; // EMVCo: no notification within 10 s means three_ds_method_completion U
	const POLL_INTERVAL_MS = 1500;
	const POLL_ATTEMPTS = 60;
	const MESSAGE_PREFIX = 'checkout-sessions:';
	const tag = document.currentScript;
	const base = (tag && tag.dataset.contextPath) || '';

	const clock = {
		setTimeout: (callback, ms) => global.setTimeout(callback, ms),
		clearTimeout: (id) => global.clearTimeout(id),
		now: () => Date.now()
	};

	const kit = {
		clock,
		methodTimeoutMs: METHOD_TIMEOUT_MS,
		acceptHeader: (tag && tag.dataset.acceptHeader) || null,
		methodNotificationUrl: base + ((tag && tag.dataset.methodNotification) || '/checkout-sessions/3ds-method/notification'),
		challengeNotificationUrl: base + ((tag && tag.dataset.challengeNotification) || '/checkout-sessions/3ds-challenge/notification')
	};

	function sleep(ms) {
		return new Promise((resolve) => kit.clock.setTimeout(resolve, ms));
	}

	function base64url(text) {
		return btoa(unescape(encodeURIComponent(text))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
	}

	function fromBase64url(text) {
		const padded = text.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((text.length + 3) % 4);
		return decodeURIComponent(escape(atob(padded)));
	}

	/** The channel data only script can read, with the 3DS Method's outcome (the API's wire names). */
	kit.browserFields = function (methodCompletion) {
		return {
			java_enabled: typeof navigator.javaEnabled === 'function' ? navigator.javaEnabled() : false,
			javascript_enabled: true,
			language: navigator.language || 'en',
			color_depth: String(screen.colorDepth),
			screen_height: String(screen.height),
			screen_width: String(screen.width),
			timezone: String(new Date().getTimezoneOffset()),
			three_ds_method_completion: methodCompletion || 'U'
		};
	};

	const SIZES = { '01': [250, 400], '02': [390, 400], '03': [500, 600], '04': [600, 400] };

	/** The challenge window the CReq asks for: {code, width, height, fullScreen}; full screen when unknown. */
	kit.challengeWindow = function (creq) {
		let code = '05';
		try {
			code = JSON.parse(fromBase64url(creq)).challengeWindowSize || '05';
		}
		catch (ignored) {
			// Not a readable CReq: the ACS still gets it unchanged; the window falls back to full screen.
		}
		const size = SIZES[code];
		return size ? { code, width: size[0], height: size[1], fullScreen: false } : { code: '05', width: 0, height: 0, fullScreen: true };
	};

	function postToFrame(url, frame, fields) {
		const form = document.createElement('form');
		form.method = 'post';
		form.action = url;
		form.target = frame.name;
		form.hidden = true;
		Object.keys(fields).forEach((name) => {
			const input = document.createElement('input');
			input.type = 'hidden';
			input.name = name;
			input.value = fields[name];
			form.append(input);
		});
		document.body.append(form);
		form.submit();
		form.remove();
	}

	function frame(name, title) {
		const element = document.createElement('iframe');
		element.name = name + '-' + Math.random().toString(36).slice(2);
		element.title = title;
		element.className = 'checkout-sessions-' + name;
		return element;
	}

	// A message from one of our notification pages: same origin only, the issuer's pages cannot fake it.
	function notification(type, transactionId) {
		let listener;
		const promise = new Promise((resolve) => {
			listener = (event) => {
				const data = event.data || {};
				if (event.origin === global.location.origin && data.type === MESSAGE_PREFIX + type
						&& (!transactionId || !data.transactionId || data.transactionId === transactionId)) {
					resolve(data);
				}
			};
			global.addEventListener('message', listener);
		});
		return { promise, stop: () => global.removeEventListener('message', listener) };
	}

	/** Runs the issuer's 3DS Method in a hidden iframe: resolves 'Y' when it notifies within 10 s, else 'U'. */
	kit.runMethod = async function (step, hooks) {
		hooks = hooks || {};
		const element = frame('method', '3DS Method');
		element.hidden = true;
		document.body.append(element);
		const done = notification('3ds-method-complete', step.transactionId);
		const started = kit.clock.now();
		let timer;
		const timeout = new Promise((resolve) => { timer = kit.clock.setTimeout(() => resolve('U'), kit.methodTimeoutMs); });
		call(hooks.onMethodStart, step, element);
		postToFrame(step.methodUrl, element, {
			threeDSMethodData: base64url(JSON.stringify({
				threeDSServerTransID: step.transactionId,
				threeDSMethodNotificationURL: new URL(kit.methodNotificationUrl, global.location.href).href
			}))
		});
		const indicator = await Promise.race([done.promise.then(() => 'Y'), timeout]);
		kit.clock.clearTimeout(timer);
		done.stop();
		element.remove();
		call(hooks.onMethodEnd, indicator, kit.clock.now() - started);
		return indicator;
	};

	/** Posts the CReq to the ACS in an iframe sized from the CReq; resolves with the CRes notification, if any. */
	kit.challenge = function (step, container, hooks) {
		hooks = hooks || {};
		const size = kit.challengeWindow(step.challengeRequest);
		const element = frame('challenge', '3-D Secure challenge');
		element.dataset.windowSize = size.code;
		element.style.border = '0';
		element.style.maxWidth = '100%';
		if (size.fullScreen) {
			element.style.cssText += ';position:fixed;inset:0;width:100%;height:100%;z-index:2147483647;background:#fff';
		}
		else {
			element.style.width = size.width + 'px';
			element.style.height = size.height + 'px';
		}
		(container || document.body).append(element);
		const done = notification('challenge-complete', null);
		call(hooks.onChallenge, element, size, step);
		postToFrame(step.acsUrl, element, { creq: step.challengeRequest });
		return {
			frame: element,
			size,
			done: done.promise,
			close: () => { done.stop(); element.remove(); call(hooks.onChallengeEnd, step); }
		};
	};

	function call(hook) {
		if (typeof hook === 'function') {
			return hook.apply(null, Array.prototype.slice.call(arguments, 1));
		}
		return undefined;
	}

	function url(target, id) {
		return typeof target === 'function' ? target(id) : target;
	}

	async function send(options, method, target, body, accept) {
		const headers = Object.assign({ 'Content-Type': 'application/json', 'Accept': accept || 'application/json' },
			options.headers || {});
		const response = await fetch(target, { method, headers, credentials: 'same-origin',
			body: body === undefined ? undefined : JSON.stringify(body) });
		const json = await response.json().catch(() => ({}));
		call(options.hooks && options.hooks.onResponse, method, target, response.status, json);
		if (!response.ok) {
			const error = new Error(json.detail || json.title || json.message || ('HTTP ' + response.status));
			error.status = response.status;
			error.body = json;
			throw error;
		}
		return json;
	}

	function stepOf(answer) {
		return (answer && answer.step && typeof answer.step === 'object') ? answer.step : answer;
	}

	/**
	 * Runs the whole flow against your endpoints. Resolves with the last answer (step authorise or
	 * do_not_authorise); rejects on an endpoint error. Options: create, session, complete (URLs or id → URL),
	 * order (the create body), container (the challenge iframe's parent), hooks (onStep, onMethodStart,
	 * onMethodEnd, onChallenge, onChallengeEnd, onResponse, onResult), waitForResult(id) (a promise of the final
	 * answer, e.g. from a server-sent completion event; otherwise the session is read again).
	 */
	kit.run = async function (options) {
		const hooks = options.hooks || {};
		let answer = await send(options, 'POST', url(options.create), options.order || {});
		let methodCompletion = 'U';
		for (let turn = 0; turn < POLL_ATTEMPTS; turn++) {
			const step = stepOf(answer);
			const id = step.sessionId;
			call(hooks.onStep, step, answer);
			switch (step.step) {
				case 'run_method':
					methodCompletion = await kit.runMethod(step, hooks);
					answer = await sendBrowserFields(options, id, methodCompletion);
					break;
				case 'collect_data':
					answer = await sendBrowserFields(options, id, methodCompletion);
					break;
				case 'challenge': {
					const challenge = kit.challenge(step, options.container, hooks);
					answer = await untilChallengeEnds(options, id, challenge);
					challenge.close();
					break;
				}
				case 'complete':
					await send(options, 'POST', url(options.complete, id));
					answer = options.waitForResult ? await options.waitForResult(id)
						: await send(options, 'GET', url(options.session, id));
					break;
				case 'redirect':
					global.location.assign(step.redirectUrl);
					return answer;
				case 'authorise':
				case 'do_not_authorise':
					call(hooks.onResult, step, answer);
					return answer;
				default:
					await sleep(POLL_INTERVAL_MS);
					answer = await send(options, 'GET', url(options.session, id));
			}
		}
		throw new Error('The session did not reach a result in time');
	};

	// The page's own Accept header rides on this one request, so the server's BrowserSessions.from sends the
	// browser's real accept_header; a JSON answer still comes back (a page's Accept ends in */*).
	function sendBrowserFields(options, id, methodCompletion) {
		return send(options, 'PUT', url(options.session, id), kit.browserFields(methodCompletion), kit.acceptHeader);
	}

	// The challenge ends when the ACS's CRes reaches our notification page; meanwhile the session is read now and
	// then, for ACSs that post the CRes elsewhere.
	async function untilChallengeEnds(options, id, challenge) {
		let ended = false;
		challenge.done.then(() => { ended = true; });
		for (let attempt = 0; attempt < POLL_ATTEMPTS; attempt++) {
			await Promise.race([challenge.done, sleep(POLL_INTERVAL_MS * 2)]);
			const answer = await send(options, 'GET', url(options.session, id));
			if (ended || stepOf(answer).step !== 'challenge') {
				return answer;
			}
		}
		throw new Error('The challenge did not end in time');
	}

	global.CheckoutSessions3ds = kit;
})(window);
