package org.matchprep.account;

import java.io.Serial;
import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The principal kept in the session: who signed in, by account id. */
public class SignedInUser extends User {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long accountId;
    private final Role role;
    private final long sessionStamp;

    public SignedInUser(long accountId, String email, String passwordHash, Role role, boolean enabled) {
        this(accountId, email, passwordHash, role, enabled, 0);
    }

    /** {@code sessionStamp} is the account's stamp read with its password, which the session keeps (decision 019). */
    public SignedInUser(long accountId, String email, String passwordHash, Role role, boolean enabled, long sessionStamp) {
        super(email, passwordHash, enabled, true, true, true, List.of(new SimpleGrantedAuthority(role.authority())));
        this.accountId = accountId;
        this.role = role;
        this.sessionStamp = sessionStamp;
    }

    public long accountId() {
        return accountId;
    }

    public String email() {
        return getUsername();
    }

    public Role role() {
        return role;
    }

    /** The account's session stamp when this person signed in; a higher one in the database ends the session. */
    public long sessionStamp() {
        return sessionStamp;
    }
}
