package dev.checkoutsessions.client;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.TypeReference;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Native-image hints for the client, with or without Spring Boot: reflection on every
 * type of the client model (read and written by Jackson) and the client's version
 * resource (its {@code User-Agent}). Registered in {@code META-INF/spring/aot.factories},
 * so any Spring AOT processing of an application that uses the client picks them up.
 *
 * <p>
 * The model is found by scanning its package at AOT processing time (on the JVM), so a
 * type added to the model is covered without touching this class.
 */
final class SessionsClientRuntimeHints implements RuntimeHintsRegistrar {

	static final String MODEL_PACKAGE = "dev.checkoutsessions.client.model";

	static final String VERSION_RESOURCE = "dev/checkoutsessions/client/version.properties";

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
		hints.resources().registerPattern(VERSION_RESOURCE);
	}

}
