package org.matchprep.security;

import org.springframework.security.authentication.LockedException;

/** Too many failed sign-ins for one email; shown the same way whether the account exists or not. */
class SignInLockedException extends LockedException {

    SignInLockedException() {
        super("Too many failed sign-ins for this email. Try again in 15 minutes.");
    }
}
