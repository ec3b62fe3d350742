package org.matchprep;

import com.vaadin.flow.component.dependency.StyleSheet;
import java.util.Map;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.shared.ui.Transport;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
@StyleSheet(Lumo.STYLESHEET)
// Lumo's utility classes (LumoUtility, 35 KB) are not loaded: no view uses them.
@StyleSheet("styles/matchprep.css")
@Meta(name = "description", content = "MatchPrep: residency interview preparation with your mentors")
// Server push for what other people do meanwhile (the bell, decision 019). Messages to the server stay XHR, so
// each passes the security chain (a session ended on another node is refused); only the push uses a WebSocket.
@Push(transport = Transport.WEBSOCKET_XHR)
public class MatchPrepApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(MatchPrepApplication.class, args);
    }

    /**
     * The icons live in {@code META-INF/resources}: {@code favicon.ico} for browsers that ask for it by
     * name, the SVG for the rest, and the PNGs for home screens (through the manifest and Apple's link).
     */
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "favicon.ico", "32x32");
        settings.addLink("icons/icon.svg", Map.of("rel", "icon", "type", "image/svg+xml"));
        settings.addLink("apple-touch-icon", "icons/apple-touch-icon.png");
        settings.addLink("manifest", "manifest.webmanifest");
        settings.addMetaTag("theme-color", "#2762a5");
    }
}
