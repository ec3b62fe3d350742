package org.matchprep.answers.ui;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.matchprep.answers.AnswerStructure;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Text of an answer that the browser kept because the server never confirmed it: the parts as typed, the
 * version of the saved answer they were typed over, and when.
 */
record UnsavedText(Map<String, String> parts, long basedOnVersion, Instant typedAt) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Reads what the browser stored; empty when nothing is stored or it cannot be read. */
    static Optional<UnsavedText> parse(String stored) {
        if (stored == null || stored.isBlank()) {
            return Optional.empty();
        }
        try {
            JsonNode node = JSON.readTree(stored);
            if (node == null || !node.path("parts").isObject()) {
                return Optional.empty();
            }
            Map<String, String> parts = JSON.convertValue(node.get("parts"),
                    JSON.getTypeFactory().constructMapType(Map.class, String.class, String.class));
            return Optional.of(new UnsavedText(parts, node.path("version").asLong(-1),
                    Instant.ofEpochMilli(node.path("typedAt").asLong(0))));
        } catch (JacksonException | IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }

    /** Whether this text is exactly {@code saved}, part by part (a missing part counts as empty). */
    boolean sameAs(AnswerStructure structure, Map<String, String> saved) {
        return structure.parts().stream().allMatch(part ->
                parts.getOrDefault(part.key(), "").equals(saved.getOrDefault(part.key(), "")));
    }
}
