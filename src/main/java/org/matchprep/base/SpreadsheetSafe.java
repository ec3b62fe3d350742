package org.matchprep.base;

/**
 * Exports are opened in spreadsheets, which run a cell starting with = + - @ as a formula. Text the
 * applicant typed gets a leading apostrophe there, the usual way to say "this is text" (OWASP CSV injection).
 * An import of such a file takes the apostrophe off again ({@link #unescape}).
 */
public final class SpreadsheetSafe {

    private SpreadsheetSafe() {
    }

    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }

    /** The value {@link #text} was given, from a cell it wrote. */
    public static String unescape(String cell) {
        if (cell == null || cell.length() < 2 || cell.charAt(0) != '\'') {
            return cell;
        }
        char next = cell.charAt(1);
        return next == '=' || next == '+' || next == '-' || next == '@' || next == '\t' || next == '\r'
                ? cell.substring(1) : cell;
    }
}
