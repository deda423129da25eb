package dev.checkoutsessions.web.delivery;

import org.aopalliance.intercept.MethodInterceptor;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;

import dev.checkoutsessions.client.SessionsClient;
import dev.checkoutsessions.client.model.SessionResponse;

/**
 * Records the id of every session the application's {@link SessionsClient} creates, so
 * the callback receiver can tell a genuine callback from a forged one before spending a
 * read on it. Recording never fails the caller's request: a session that could not be
 * recorded falls under the budget for unknown sessions.
 */
final class CreatedSessionsRecorder implements BeanPostProcessor {

	private static final Log logger = LogFactory.getLog(CreatedSessionsRecorder.class);

	private final ObjectProvider<SessionCallbackReceiver> receiver;

	CreatedSessionsRecorder(ObjectProvider<SessionCallbackReceiver> receiver) {
		this.receiver = receiver;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (!(bean instanceof SessionsClient)) {
			return bean;
		}
		ProxyFactory proxy = new ProxyFactory(bean);
		proxy.addAdvice((MethodInterceptor) (invocation) -> {
			Object result = invocation.proceed();
			if (result instanceof SessionResponse created
					&& "requestSession".equals(invocation.getMethod().getName())) {
				record(created);
			}
			return result;
		});
		return proxy.getProxy(bean.getClass().getClassLoader());
	}

	private void record(SessionResponse created) {
		String id = created.getSession().getId();
		SessionCallbackReceiver callbacks = this.receiver.getIfAvailable();
		if (id == null || callbacks == null) {
			return;
		}
		try {
			callbacks.created(id);
		}
		catch (RuntimeException ex) {
			logger.warn("Could not record session " + id + " as created (" + ex.getClass().getSimpleName()
					+ "): its callback falls under checkout.callback.unknown-session-reads-per-minute");
		}
	}

}
