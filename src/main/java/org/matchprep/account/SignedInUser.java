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

    public SignedInUser(long accountId, String email, String passwordHash, Role role, boolean enabled) {
        super(email, passwordHash, enabled, true, true, true, List.of(new SimpleGrantedAuthority(role.authority())));
        this.accountId = accountId;
        this.role = role;
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
}
