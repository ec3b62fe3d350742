package org.matchprep.season;

/**
 * What the applicant writes about one person they met: name and role, the one specific thing they talked
 * about, and the thank-you note itself (which may be empty until drafted).
 */
public record PersonNote(String name, String role, String specificThing, String note) {

    public static PersonNote named(String name, String role) {
        return new PersonNote(name, role, "", "");
    }
}
