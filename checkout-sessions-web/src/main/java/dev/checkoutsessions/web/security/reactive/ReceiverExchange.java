package dev.checkoutsessions.web.security.reactive;

import java.net.URI;

import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.context.ApplicationContext;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.http.server.reactive.AbstractServerHttpRequest;
import org.springframework.http.server.reactive.AbstractServerHttpResponse;
import org.springframework.http.server.reactive.SslInfo;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.adapter.DefaultServerWebExchange;
import org.springframework.web.server.i18n.AcceptHeaderLocaleContextResolver;
import org.springframework.web.server.session.DefaultWebSessionManager;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Exchanges that stand for a receiver's caller, for running Spring Security's filter
 * chain at startup without a server: the method and path of the receiver's request, no
 * credentials, no cookies (so no session and no CSRF token), no body, and a response that
 * goes nowhere. Built from Spring Framework's production classes, since
 * {@code MockServerHttpRequest} is test support the application does not have.
 * <p>
 * Each exchange has the application context, as the server's exchanges do, because Boot's
 * matchers (and {@link CheckoutSessionsRequest#toReceivers()}) read it from the exchange.
 * Sessions go to a store of the check's own, never to the application's
 * {@code WebSessionManager}: a request cache or CSRF repository saving into a shared
 * session store would otherwise write there (over the network, for Spring Session).
 */
final class ReceiverExchange {

	private ReceiverExchange() {
	}

	/**
	 * An exchange of an anonymous caller's request, with a session store of its own.
	 * @param applicationContext the application's context
	 * @param basePath the application's {@code spring.webflux.base-path}, empty for none
	 * @param method the request's method
	 * @param path the request's path within the application
	 * @return the exchange, not yet answered
	 */
	static ServerWebExchange create(ApplicationContext applicationContext, String basePath, HttpMethod method,
			String path) {
		URI uri = UriComponentsBuilder.newInstance()
			.scheme("http")
			.host("localhost")
			.path(basePath)
			.path(path)
			.encode()
			.build()
			.toUri();
		return new DefaultServerWebExchange(new AnonymousRequest(method, uri, basePath), new DiscardedResponse(),
				new DefaultWebSessionManager(), ServerCodecConfigurer.create(), new AcceptHeaderLocaleContextResolver(),
				applicationContext);
	}

	private static final class AnonymousRequest extends AbstractServerHttpRequest {

		AnonymousRequest(HttpMethod method, URI uri, String contextPath) {
			super(method, uri, contextPath, new HttpHeaders());
		}

		@Override
		protected MultiValueMap<String, HttpCookie> initCookies() {
			return new LinkedMultiValueMap<>();
		}

		@Override
		protected @Nullable SslInfo initSslInfo() {
			return null;
		}

		@Override
		public Flux<DataBuffer> getBody() {
			return Flux.empty();
		}

		@Override
		@SuppressWarnings("unchecked")
		public <T> T getNativeRequest() {
			return (T) this;
		}

		@Override
		protected String initId() {
			// Spring Security's debug logging names the exchange by its id.
			return "checkout-sessions-security-check";
		}

	}

	private static final class DiscardedResponse extends AbstractServerHttpResponse {

		DiscardedResponse() {
			super(DefaultDataBufferFactory.sharedInstance);
		}

		@Override
		@SuppressWarnings("unchecked")
		public <T> T getNativeResponse() {
			return (T) this;
		}

		@Override
		protected Mono<Void> writeWithInternal(Publisher<? extends DataBuffer> body) {
			return Flux.from(body).doOnNext(DataBufferUtils::release).then();
		}

		@Override
		protected Mono<Void> writeAndFlushWithInternal(Publisher<? extends Publisher<? extends DataBuffer>> body) {
			return Flux.from(body).concatMap(Flux::from).doOnNext(DataBufferUtils::release).then();
		}

		@Override
		protected void applyStatusCode() {
			// Nothing is sent: the status and headers stay readable on the response.
		}

		@Override
		protected void applyHeaders() {
		}

		@Override
		protected void applyCookies() {
		}

	}

}
