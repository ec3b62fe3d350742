package org.matchprep.account;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * The password of an invited account before its owner chooses one: random, never stored or shown, so its hash
 * matches nothing anyone can type, and a sign-in attempt takes the same path and time as a wrong password.
 */
final class UnusablePasswords {

    private static final SecureRandom RANDOM = new SecureRandom();

    private UnusablePasswords() {
    }

    static String next() {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        return Base64.getEncoder().encodeToString(raw);
    }
}
