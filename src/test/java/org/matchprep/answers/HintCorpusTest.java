package org.matchprep.answers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sentence of {@code answers/hint-corpus.tsv} gets exactly the hints written beside it: none on
 * clinical writing (ER, CT, PE, IR, STEMI...), and every one intended on the rest.
 */
class HintCorpusTest {

    private static final String CORPUS = "/answers/hint-corpus.tsv";

    @ParameterizedTest(name = "[{index}] {0}: {2}")
    @MethodSource("corpus")
    void each_sentence_gets_exactly_its_intended_hints(AnswerStructure structure, Set<String> expected, String text) {
        Map<String, String> parts = new LinkedHashMap<>();
        structure.parts().forEach(part -> parts.put(part.key(), ""));
        parts.put(structure.parts().getFirst().key(), text);

        Set<String> found = AnswerHints.standard().review(structure, parts).stream()
                .map(hint -> hint.kind() + ":" + quoted(hint.message())).collect(Collectors.toSet());

        assertThat(found).as(text).isEqualTo(expected);
    }

    @Test
    void the_corpus_has_at_least_thirty_sentences_with_clinical_abbreviations_and_every_kind_of_hint() throws IOException {
        List<Arguments> lines = corpus().toList();
        String all = lines.stream().map(line -> (String) line.get()[2]).collect(Collectors.joining(" "));

        assertThat(lines).hasSizeGreaterThanOrEqualTo(30);
        assertThat(lines.stream().filter(line -> ((Set<?>) line.get()[1]).isEmpty())).hasSizeGreaterThanOrEqualTo(30);
        assertThat(all).contains(" ER ", " CT ", "MRI", " PE", " IR ", " ED ", "STEMI");
        Set<String> kinds = lines.stream().flatMap(line -> ((Set<?>) line.get()[1]).stream())
                .map(expected -> expected.toString().substring(0, expected.toString().indexOf(':'))).collect(Collectors.toSet());
        assertThat(kinds).containsExactlyInAnyOrder(Arrays.stream(Hint.Kind.values()).map(Enum::name).toArray(String[]::new));
    }

    static Stream<Arguments> corpus() throws IOException {
        try (InputStream in = HintCorpusTest.class.getResourceAsStream(CORPUS)) {
            assertThat(in).as(CORPUS).isNotNull();
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t"))
                    .map(columns -> Arguments.of(AnswerStructure.valueOf(columns[0]), expected(columns[1]), columns[2]))
                    .toList().stream();
        }
    }

    private static Set<String> expected(String column) {
        return column.equals("none") ? Set.of()
                : Arrays.stream(column.split(" \\| ")).map(String::strip).collect(Collectors.toSet());
    }

    /** The phrase a hint names between its first pair of double quotes, or nothing. */
    private static String quoted(String message) {
        int open = message.indexOf('"');
        int close = open < 0 ? -1 : message.indexOf('"', open + 1);
        return close < 0 ? "" : message.substring(open + 1, close);
    }
}
