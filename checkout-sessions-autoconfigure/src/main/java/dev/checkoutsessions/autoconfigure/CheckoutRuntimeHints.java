package dev.checkoutsessions.autoconfigure;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.TypeReference;
import org.springframework.boot.context.properties.bind.BindableRuntimeHintsRegistrar;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Native-image hints: reflection on every type of the client model (read and written by Jackson), binding of
 * {@link CheckoutProperties} and the client's version resource.
 *
 * <p>The model is found by scanning its package at AOT processing time (on the JVM), so a type added to the
 * model is covered without touching this class.
 *
 * @since 0.1.0
 */
class CheckoutRuntimeHints implements RuntimeHintsRegistrar {

	static final String MODEL_PACKAGE = "dev.checkoutsessions.client.model";

	private static final MemberCategory[] JSON_BINDING = { MemberCategory.INVOKE_DECLARED_CONSTRUCTORS,
			MemberCategory.INVOKE_DECLARED_METHODS, MemberCategory.ACCESS_DECLARED_FIELDS };

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(classLoader);
		String root = MODEL_PACKAGE.replace('.', '/') + "/";
		try {
			for (Resource resource : resolver.getResources("classpath*:" + root + "**/*.class")) {
				String url = resource.getURL().toString();
				String path = url.substring(url.lastIndexOf(root), url.length() - ".class".length());
				String className = path.replace('/', '.');
				if (!className.endsWith("package-info") && !className.matches(".*\\$\\d+.*")) {
					hints.reflection().registerType(TypeReference.of(className), JSON_BINDING);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not scan " + MODEL_PACKAGE + " for native hints", ex);
		}
		BindableRuntimeHintsRegistrar.forTypes(CheckoutProperties.class).registerHints(hints, classLoader);
		hints.resources().registerPattern("dev/checkoutsessions/client/version.properties");
	}

}
