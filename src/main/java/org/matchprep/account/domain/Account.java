package org.matchprep.account.domain;

import java.time.Instant;
import java.time.ZoneId;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.matchprep.account.AccountSummary;
import org.matchprep.account.Role;

/** A person who can sign in. Rules about changing it live here; the service decides who may ask. */
@Entity
@Table(name = "account")
public class Account {

    public static final int EMAIL_MAX_LENGTH = 254;
    public static final int DISPLAY_NAME_MAX_LENGTH = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = EMAIL_MAX_LENGTH)
    private String email;

    @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_MAX_LENGTH)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Role role;

    @Column(nullable = false)
    private boolean enabled;

    // Created by an admin's invitation; the password is one nobody knows until the owner accepts.
    @Column(nullable = false)
    private boolean invited;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Raised by every change that must end the account's sessions on every node (decision 019). */
    @Column(name = "session_stamp", nullable = false)
    private long sessionStamp;

    @Version
    private long version;

    protected Account() {
    }

    public Account(String email, String displayName, String passwordHash, ZoneId timeZone, Role role, Instant createdAt) {
        this.email = AccountInputRules.normaliseEmail(email);
        this.displayName = displayName.strip();
        this.passwordHash = passwordHash;
        this.timeZone = timeZone.getId();
        this.role = role;
        this.enabled = true;
        this.createdAt = createdAt;
    }

    /**
     * An account an admin invites (decision 018): it exists, but its password hash is of a secret nobody keeps,
     * so it cannot sign in until its owner accepts the invitation and chooses a password.
     */
    public static Account invited(String email, String displayName, String unusablePasswordHash, ZoneId timeZone,
                                  Role role, Instant createdAt) {
        Account account = new Account(email, displayName, unusablePasswordHash, timeZone, role, createdAt);
        account.invited = true;
        return account;
    }

    /** The invited person chose their password; refuses an account that was not waiting for one. */
    public void acceptInvitation(String passwordHash) {
        if (!invited) {
            throw new IllegalStateException("Account " + email + " has no open invitation");
        }
        this.passwordHash = passwordHash;
        this.invited = false;
    }

    public boolean isInvited() {
        return invited;
    }

    public void rename(String newDisplayName) {
        this.displayName = newDisplayName.strip();
    }

    public void moveTo(ZoneId zone) {
        this.timeZone = zone.getId();
    }

    /** A new password ends every session that signed in with the old one (the one that set it may renew). */
    public void replacePasswordHash(String newHash) {
        this.passwordHash = newHash;
        endSessions();
    }

    /** A session keeps the role it signed in with, so a changed role ends the sessions that hold the old one. */
    public void changeRole(Role newRole) {
        if (newRole != role) {
            this.role = newRole;
            endSessions();
        }
    }

    /** Every session that signed in before now is refused from its next request on, on every node. */
    public void endSessions() {
        this.sessionStamp++;
    }

    public void disable() {
        if (!enabled) {
            throw new IllegalStateException("Account " + email + " is already disabled");
        }
        this.enabled = false;
        endSessions();
    }

    public void enable() {
        if (enabled) {
            throw new IllegalStateException("Account " + email + " is already enabled");
        }
        this.enabled = true;
    }

    public boolean isActiveAdmin() {
        return enabled && !invited && role == Role.ADMIN;
    }

    public AccountSummary toSummary() {
        return new AccountSummary(id, email, displayName, role, ZoneId.of(timeZone), enabled, createdAt, invited);
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public ZoneId getTimeZone() {
        return ZoneId.of(timeZone);
    }

    public Role getRole() {
        return role;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public long getSessionStamp() {
        return sessionStamp;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
