package org.matchprep.account;

/** How many accounts exist, for the admin's home. */
public record AccountCounts(long applicants, long mentors, long admins, long disabled) {

    public long total() {
        return applicants + mentors + admins;
    }
}
