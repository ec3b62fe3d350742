package org.matchprep.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.matchprep.base.WordDiff.Kind;
import org.matchprep.base.WordDiff.PartDiff;
import org.matchprep.base.WordDiff.PartName;
import org.matchprep.base.WordDiff.Segment;

class WordDiffTest {

    @Test
    void an_inserted_word_shows_as_added_between_unchanged_text() {
        List<Segment> segments = WordDiff.segments("the scan was clear", "the scan was very clear");

        assertThat(segments).extracting(Segment::kind).containsExactly(Kind.SAME, Kind.ADDED, Kind.SAME);
        assertThat(textOf(segments, Kind.ADDED).strip()).isEqualTo("very");
        assertRebuilds(segments, "the scan was clear", "the scan was very clear");
    }

    @Test
    void a_removed_word_shows_as_removed_between_unchanged_text() {
        List<Segment> segments = WordDiff.segments("the scan was very clear", "the scan was clear");

        assertThat(segments).extracting(Segment::kind).containsExactly(Kind.SAME, Kind.REMOVED, Kind.SAME);
        assertThat(textOf(segments, Kind.REMOVED).strip()).isEqualTo("very");
        assertRebuilds(segments, "the scan was very clear", "the scan was clear");
    }

    @Test
    void a_changed_word_shows_as_removed_then_added() {
        List<Segment> segments = WordDiff.segments("a quick review of the CT", "a careful review of the CT");

        assertThat(segments).containsExactly(
                new Segment(Kind.SAME, "a"),
                new Segment(Kind.REMOVED, " quick"),
                new Segment(Kind.ADDED, " careful"),
                new Segment(Kind.SAME, " review of the CT"));
    }

    @Test
    void a_sentence_inserted_and_another_deleted_are_exactly_two_changes() {
        String before = "I trained in Chennai. I love the puzzles of anatomy. My goal is to teach.";
        String after = "I trained in Chennai. My goal is to teach. I want to run the reading room.";

        assertThat(WordDiff.segments(before, after)).containsExactly(
                new Segment(Kind.SAME, "I trained in Chennai."),
                new Segment(Kind.REMOVED, " I love the puzzles of anatomy."),
                new Segment(Kind.SAME, " My goal is to teach."),
                new Segment(Kind.ADDED, " I want to run the reading room."));
    }

    @Test
    void a_rewritten_sentence_reads_as_one_removed_and_one_added_run_not_single_words_interleaved() {
        String before = "I love the puzzles of anatomy.";
        String after = "I enjoy the teamwork of the reading room.";

        List<Segment> segments = WordDiff.segments(before, after);

        assertThat(segments).containsExactly(
                new Segment(Kind.SAME, "I"),
                new Segment(Kind.REMOVED, " love the puzzles of anatomy."),
                new Segment(Kind.ADDED, " enjoy the teamwork of the reading room."));
        assertRebuilds(segments, before, after);
    }

    @Test
    void identical_text_is_one_unchanged_segment() {
        String text = "Nothing changed here,\n  not even the spacing.";

        assertThat(WordDiff.segments(text, text)).containsExactly(new Segment(Kind.SAME, text));
    }

    @Test
    void text_written_from_nothing_is_all_added_and_text_cleared_is_all_removed() {
        assertThat(WordDiff.segments("", "brand new words")).containsExactly(new Segment(Kind.ADDED, "brand new words"));
        assertThat(WordDiff.segments("old words", "")).containsExactly(new Segment(Kind.REMOVED, "old words"));
        assertThat(WordDiff.segments("", "")).isEmpty();
    }

    @Test
    void unchanged_and_removed_rebuild_the_old_text_and_unchanged_and_added_the_new_text() {
        String before = "I saw a patient with chest pain; the CT showed a dissection, and I called the surgeon.";
        String after = "I met a patient with acute chest pain;  the CTA showed an aortic dissection, so I paged the surgeon at once.";

        List<Segment> segments = WordDiff.segments(before, after);

        assertRebuilds(segments, before, after);
        assertThat(segments).extracting(Segment::kind).contains(Kind.SAME, Kind.ADDED, Kind.REMOVED);
        assertThat(segments).as("neighbouring segments of one kind are merged")
                .satisfies(list -> {
                    for (int i = 1; i < list.size(); i++) {
                        assertThat(list.get(i).kind()).isNotEqualTo(list.get(i - 1).kind());
                    }
                });
    }

    @Test
    void texts_are_compared_part_by_part_under_the_part_labels() {
        List<PartName> parts = List.of(new PartName("situation", "Situation"), new PartName("task", "Task"),
                new PartName("action", "Action"), new PartName("result", "Result"));

        List<PartDiff> diff = WordDiff.byPart(parts,
                Map.of("situation", "On call at night", "result", "The bleed was found"),
                Map.of("situation", "On call at night", "result", "The small bleed was found"));

        assertThat(diff).extracting(PartDiff::label).containsExactly("Situation", "Task", "Action", "Result");
        assertThat(diff).extracting(PartDiff::changed).containsExactly(false, false, false, true);
        assertThat(textOf(diff.get(3).segments(), Kind.ADDED).strip()).isEqualTo("small");
    }

    private static void assertRebuilds(List<Segment> segments, String before, String after) {
        assertThat(segments.stream().filter(s -> s.kind() != Kind.ADDED).map(Segment::text).collect(Collectors.joining()))
                .as("unchanged + removed").isEqualTo(before);
        assertThat(segments.stream().filter(s -> s.kind() != Kind.REMOVED).map(Segment::text).collect(Collectors.joining()))
                .as("unchanged + added").isEqualTo(after);
    }

    private static String textOf(List<Segment> segments, Kind kind) {
        return segments.stream().filter(s -> s.kind() == kind).map(Segment::text).collect(Collectors.joining());
    }
}
