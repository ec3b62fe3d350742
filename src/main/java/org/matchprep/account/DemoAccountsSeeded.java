package org.matchprep.account;

import java.util.Map;

/**
 * Published once, inside the seeding transaction, right after the demo accounts went into an empty
 * database. Features add their own demo data (a pairing, availability, sample answers) by listening.
 *
 * @param accountIdsByEmail the demo accounts' ids, by e-mail address
 */
public record DemoAccountsSeeded(Map<String, Long> accountIdsByEmail) {

    public long idOf(String email) {
        Long id = accountIdsByEmail.get(email);
        if (id == null) {
            throw new IllegalArgumentException("No demo account " + email);
        }
        return id;
    }
}
