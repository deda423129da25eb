package dev.checkoutsessions.web.delivery;

import java.util.Arrays;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.aop.framework.Advised;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;

import dev.checkoutsessions.client.SessionsClient;
import dev.checkoutsessions.client.SessionsClients;
import dev.checkoutsessions.client.model.SessionResponse;

/**
 * Records the id of every session the application creates, with the account it was
 * created through, so the callback receiver can tell a genuine callback from a forged one
 * before spending a read on it, and read it through that account. It proxies the
 * {@link SessionsClients} bean, so that the clients its {@code get(name)} and
 * {@code defaultClient()} hand out record under their account, and the
 * {@link SessionsClient} bean, the default account's. Proxies keep every interface of
 * what they wrap (diagnostics, closing). Recording never fails the caller's request: a
 * session that could not be recorded falls under the budget for unknown sessions.
 */
final class CreatedSessionsRecorder implements BeanPostProcessor {

	private static final Log logger = LogFactory.getLog(CreatedSessionsRecorder.class);

	private final ObjectProvider<SessionCallbackReceiver> receiver;

	CreatedSessionsRecorder(ObjectProvider<SessionCallbackReceiver> receiver) {
		this.receiver = receiver;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof SessionsClients clients) {
			return recordingClients(clients);
		}
		if (bean instanceof SessionsClient client && !isRecording(client)) {
			// Built from the SessionsClients bean, it records already.
			return recording(client, null);
		}
		return bean;
	}

	private Object recordingClients(SessionsClients clients) {
		RecordingClients proxies = new RecordingClients();
		ProxyFactory proxy = new ProxyFactory(clients);
		proxy.addAdvice((MethodInterceptor) (invocation) -> {
			Object result = invocation.proceed();
			if (!(result instanceof SessionsClient client)) {
				return result;
			}
			String account = switch (invocation.getMethod().getName()) {
				case "get" -> (String) invocation.getArguments()[0];
				case "defaultClient" -> CallbackAccounts.nameOf(clients, client);
				default -> null;
			};
			return (account != null) ? proxies.proxyOf(client, (target) -> recording(target, account)) : client;
		});
		return proxy.getProxy(clients.getClass().getClassLoader());
	}

	/**
	 * A proxy that records the sessions the client creates.
	 * @param account the account they are created through, {@code null} for the default
	 * account, looked up when the first session is recorded (the receiver may not exist
	 * yet when the client is made)
	 */
	private SessionsClient recording(SessionsClient client, @Nullable String account) {
		ProxyFactory proxy = new ProxyFactory(client);
		proxy.addAdvice(new Recording(account));
		return (SessionsClient) proxy.getProxy(client.getClass().getClassLoader());
	}

	private static boolean isRecording(SessionsClient client) {
		return client instanceof Advised advised
				&& Arrays.stream(advised.getAdvisors()).anyMatch((advisor) -> advisor.getAdvice() instanceof Recording);
	}

	private void record(SessionResponse created, @Nullable String account) {
		String id = created.getSession().getId();
		SessionCallbackReceiver callbacks = this.receiver.getIfAvailable();
		if (id == null || callbacks == null) {
			return;
		}
		try {
			callbacks.created(id, (account != null) ? account : callbacks.defaultAccount());
		}
		catch (RuntimeException ex) {
			logger.warn("Could not record session " + id + " as created (" + ex.getClass().getSimpleName()
					+ "): its callback falls under checkout.callback.unknown-session-reads-per-minute");
		}
	}

	/** Records what {@code requestSession} created. */
	private final class Recording implements MethodInterceptor {

		private final @Nullable String account;

		Recording(@Nullable String account) {
			this.account = account;
		}

		@Override
		public @Nullable Object invoke(MethodInvocation invocation) throws Throwable {
			Object result = invocation.proceed();
			if (result instanceof SessionResponse created
					&& "requestSession".equals(invocation.getMethod().getName())) {
				record(created, this.account);
			}
			return result;
		}

	}

}
