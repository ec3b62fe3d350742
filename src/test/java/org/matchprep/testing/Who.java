package org.matchprep.testing;

import org.matchprep.account.Role;

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
}
