package org.matchprep.season;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The first draft of a thank-you note: short, to one person, built around the one specific thing the
 * applicant talked about with them and, when the impressions hold one, a moment of the day. A starting
 * point to rewrite in the applicant's own voice, never sent by the app.
 */
final class ThankYouTemplate {

    /** Longer than this and a note stops being a short thank-you. */
    static final int WORD_LIMIT = 150;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMMM d", Locale.US);
    private static final int IMPRESSION_MAX = 160;

    private ThankYouTemplate() {
    }

    static String draft(PersonNote person, String programName, LocalDate interviewDay, Impressions impressions,
                        String applicantName) {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add("Dear " + person.name().strip() + ",");
        StringBuilder opening = new StringBuilder("Thank you for meeting with me on " + DAY.format(interviewDay)
                + " during my interview day at " + programName.strip() + ".");
        String role = person.role() == null ? "" : person.role().strip();
        if (!role.isEmpty()) {
            opening.append(" It was helpful to hear how the program looks to you as ").append(article(role)).append(' ')
                    .append(decapitalise(role)).append('.');
        }
        paragraphs.add(opening.toString());
        String specific = person.specificThing() == null ? "" : person.specificThing().strip();
        StringBuilder middle = new StringBuilder(specific.isEmpty()
                ? "I especially enjoyed our conversation about [one specific thing you discussed]."
                : "I especially enjoyed our conversation about " + trimEnd(specific) + ".");
        impressionLine(impressions).ifPresent(line -> middle.append(" I keep thinking about one moment of the day: ")
                .append(line));
        paragraphs.add(middle.toString());
        paragraphs.add("It left me even more interested in training at " + programName.strip() + ".");
        paragraphs.add("With best wishes,\n" + applicantName.strip());
        return String.join("\n\n", paragraphs);
    }

    /** Warnings for a note as written: nothing specific named, or too long. Never blocks a save. */
    static List<String> warnings(PersonNote person) {
        List<String> warnings = new ArrayList<>();
        String specific = person.specificThing() == null ? "" : person.specificThing().strip();
        String note = person.note() == null ? "" : person.note().strip();
        if (specific.isEmpty()) {
            warnings.add("Name one specific thing you discussed with " + shortName(person)
                    + ": a note that could go to anyone reads as a form letter.");
        } else if (!note.isEmpty() && !note.toLowerCase(Locale.ROOT).contains(trimEnd(specific).toLowerCase(Locale.ROOT))) {
            warnings.add("The note does not mention \"" + trimEnd(specific) + "\", the specific thing you discussed.");
        }
        if (note.contains("[one specific thing you discussed]")) {
            warnings.add("The note still has the template's placeholder in brackets.");
        }
        int words = words(note);
        if (words > WORD_LIMIT) {
            warnings.add("The note has " + words + " words; keep it under " + WORD_LIMIT + " so it is read to the end.");
        }
        return warnings;
    }

    static int words(String text) {
        String stripped = text == null ? "" : text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }

    private static String shortName(PersonNote person) {
        String name = person.name() == null ? "" : person.name().strip();
        return name.isEmpty() ? "this person" : name;
    }

    /** The first line of the standout moments (or of culture, or teaching), as a sentence. */
    private static Optional<String> impressionLine(Impressions impressions) {
        return Stream.of(impressions.standout(), impressions.culture(), impressions.teaching())
                .filter(text -> text != null && !text.isBlank())
                .map(text -> text.strip().lines().findFirst().orElse("").strip())
                .filter(line -> !line.isEmpty() && line.length() <= IMPRESSION_MAX)
                .findFirst()
                .map(line -> decapitalise(trimEnd(line)) + ".");
    }

    private static String trimEnd(String text) {
        String stripped = text.strip();
        while (!stripped.isEmpty() && ".!;,".indexOf(stripped.charAt(stripped.length() - 1)) >= 0) {
            stripped = stripped.substring(0, stripped.length() - 1).strip();
        }
        return stripped;
    }

    // "A resident showed..." reads on inside a sentence; "AI lab", "IR" and "I" keep their capitals
    private static String decapitalise(String line) {
        if (line.isEmpty()) {
            return line;
        }
        String firstWord = line.split("\\s", 2)[0];
        boolean ordinaryWord = firstWord.substring(1).chars().noneMatch(Character::isUpperCase)
                && !firstWord.equals("I") && !firstWord.startsWith("I'");
        return ordinaryWord ? Character.toLowerCase(line.charAt(0)) + line.substring(1) : line;
    }

    private static String article(String role) {
        return "aeiouAEIOU".indexOf(role.charAt(0)) >= 0 ? "an" : "a";
    }
}
