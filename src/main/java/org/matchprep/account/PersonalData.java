package org.matchprep.account;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One feature's part of a person's data export ("Your data" on the profile, decision 016). Each feature
 * publishes one bean that reads its own tables, so no feature reaches into another's; the account feature
 * puts the parts into one archive, one JSON file each.
 */
public interface PersonalData {

    /** The file's name in the archive, for example {@code "answers.json"}. */
    String fileName();

    /** One sentence for the archive's README.json: what the file holds. */
    String description();

    /**
     * Everything this feature holds that the account wrote or that was written for it, as values Jackson
     * writes as they are: records, maps, lists, strings, numbers, booleans.
     */
    Object exportFor(long accountId);

    /**
     * Documents this feature already makes for the person, such as PDFs, by file name; none by default. Only
     * ever asked for the signed-in account (the export is always one's own), so a feature may make them with
     * its own services as that person.
     */
    default Map<String, byte[]> documentsFor(long accountId) {
        return Map.of();
    }

    /**
     * Database rows as JSON-ready maps: timestamps as ISO-8601 instants, dates and times as ISO text,
     * arrays as lists, anything else PostgreSQL-specific (jsonb, say) as its text.
     */
    static List<Map<String, Object>> rows(List<Map<String, Object>> rows) {
        List<Map<String, Object>> clean = new ArrayList<>(rows.size());
        for (Map<String, Object> row : rows) {
            Map<String, Object> values = new LinkedHashMap<>();
            row.forEach((column, value) -> values.put(column, jsonValue(value)));
            clean.add(values);
        }
        return clean;
    }

    private static Object jsonValue(Object value) {
        return switch (value) {
            case null -> null;
            case String text -> text;
            case Number number -> number;
            case Boolean flag -> flag;
            case Timestamp timestamp -> timestamp.toInstant().toString();
            case java.sql.Date date -> date.toLocalDate().toString();
            case Time time -> time.toLocalTime().toString();
            case Array array -> arrayValues(array);
            default -> value.toString();
        };
    }

    private static List<Object> arrayValues(Array array) {
        try {
            return Arrays.stream((Object[]) array.getArray()).map(PersonalData::jsonValue).toList();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read an array column", e);
        }
    }
}
