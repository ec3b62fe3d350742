package org.matchprep.season;

/**
 * A warning about the "Why our program?" reasons of one dossier: {@code field} names the reason at fault as the
 * details do ({@code talkingPoints[1]}, {@code fitReasons[0]}), or the whole list ({@code talkingPoints}).
 */
public record ReasonWarning(String field, String message) {
}
