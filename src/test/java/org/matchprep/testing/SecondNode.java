package org.matchprep.testing;

import java.net.URI;

import org.matchprep.MatchPrepApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * Another node of MatchPrep in the same JVM: the whole application on a random port of its own, on the same
 * test database ({@link TestDatabase}, registered for every application in {@code META-INF/spring.factories}),
 * sharing nothing else with the test's context. What one node does reaches the other only through PostgreSQL.
 */
public final class SecondNode implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final int port;

    private SecondNode(ConfigurableApplicationContext context) {
        this.context = context;
        this.port = Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
    }

    public static SecondNode start() {
        return start(new String[0]);
    }

    /** A node with more command-line settings ("--vaadin.productionMode=true"). */
    public static SecondNode start(String... settings) {
        String[] arguments = new String[settings.length + 1];
        // an argument, so it outranks application.properties (default properties would not)
        arguments[0] = "--server.port=0";
        System.arraycopy(settings, 0, arguments, 1, settings.length);
        return new SecondNode(new SpringApplicationBuilder(MatchPrepApplication.class)
                .initializers(context -> context.getBeanFactory()
                        .registerSingleton(TestClassesLeftOut.class.getName(), new TestClassesLeftOut()))
                .run(arguments));
    }

    public URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public ConfigurableApplicationContext context() {
        return context;
    }

    @Override
    public void close() {
        context.close();
    }

    /**
     * Leaves out what only tests configure (test configurations, and configurations nested in test classes), as
     * {@code @SpringBootTest} does for its own context; a plain application run would scan them in.
     */
    static final class TestClassesLeftOut extends TypeExcludeFilter {

        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
            if (reader.getAnnotationMetadata().hasAnnotation(TestConfiguration.class.getName())) {
                return true;
            }
            String enclosing = reader.getClassMetadata().getEnclosingClassName();
            return enclosing != null && (enclosing.endsWith("Test") || enclosing.endsWith("IT"));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof TestClassesLeftOut;
        }

        @Override
        public int hashCode() {
            return TestClassesLeftOut.class.hashCode();
        }
    }
}
