package org.matchprep.testing;

import java.util.Arrays;

import org.matchprep.account.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;

/** The four kinds of caller every service method is tested with. */
public enum Who {
    ANONYMOUS(null),
    APPLICANT(Role.APPLICANT),
    MENTOR(Role.MENTOR),
    ADMIN(Role.ADMIN);

    private final Role role;

    Who(Role role) {
        this.role = role;
    }

    public Role role() {
        return role;
    }

    /**
     * What a service throws at this caller, for someone else's data, when only the {@code allowed} kinds pass
     * its {@code @PreAuthorize}: the guard's {@link AuthorizationDeniedException} for any other kind, the
     * ownership check's plain {@link AccessDeniedException} for an allowed one. Assert it with
     * {@code isExactlyInstanceOf}, so that removing the guard cannot go unnoticed behind the ownership check.
     */
    public Class<? extends AccessDeniedException> refusedWhereOnly(Who... allowed) {
        return Arrays.asList(allowed).contains(this) ? AccessDeniedException.class : AuthorizationDeniedException.class;
    }
}
