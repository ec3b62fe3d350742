package org.matchprep.cluster;

import java.util.regex.Pattern;

import org.apache.catalina.Engine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Names this node in its session ids for sticky sessions: with {@code matchprep.node.name=a}
 * ({@code MATCHPREP_NODE_NAME}), Tomcat ends every session id with {@code .a} (its "jvmRoute"), and the load
 * balancer sends a request carrying such a cookie to node a (deploy/nginx). Vaadin keeps a UI's state in its
 * node's memory, so a session must stay on one node; without a name nothing changes.
 */
@Component
class NodeRoute implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,30}");

    private final String name;

    NodeRoute(@Value("${matchprep.node.name:}") String name) {
        this.name = name.strip();
        if (!this.name.isEmpty() && !NAME.matcher(this.name).matches()) {
            throw new IllegalArgumentException("matchprep.node.name must be lower-case letters, digits and dashes "
                    + "(at most 31), as it ends every session id and the load balancer matches it: '" + name + "'");
        }
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        if (!name.isEmpty()) {
            factory.addContextCustomizers(context -> ((Engine) context.getParent().getParent()).setJvmRoute(name));
        }
    }
}
