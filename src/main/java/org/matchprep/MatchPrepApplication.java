package org.matchprep;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles/matchprep.css")
@Meta(name = "description", content = "MatchPrep: residency interview preparation with your mentors")
public class MatchPrepApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(MatchPrepApplication.class, args);
    }
}
