package org.matchprep.account;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who the first admin is on an empty database ({@code MATCHPREP_FIRST_ADMIN_EMAIL}, {@code _NAME},
 * {@code _PASSWORD}, {@code _TIME_ZONE}), and whether demo data is seeded ({@code MATCHPREP_DEMO_DATA}:
 * unset means "only on the embedded database").
 */
@ConfigurationProperties("matchprep")
record SeedProperties(FirstAdmin firstAdmin, Boolean demoData) {

    record FirstAdmin(String email, String name, String password, String timeZone) {

        boolean isConfigured() {
            return email != null && !email.isBlank() && password != null && !password.isBlank();
        }
    }
}
