package org.matchprep.audit;

/** Where the audit log lives, for links from other features; the view declares its route with this. */
public final class AuditRoutes {

    public static final String AUDIT_LOG = "admin/audit";

    private AuditRoutes() {
    }
}
