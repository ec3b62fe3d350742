package org.matchprep.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.matchprep.practice.TranscriptAnalysis.Filler;
import org.matchprep.practice.TranscriptAnalysis.WrittenPart;

/** Words per minute, filler words and what was said of what was written, without Spring. */
class TranscriptAnalysisTest {

    private static Transcript oneSegment(String text, int startMs, int endMs) {
        return new Transcript(text, "en", List.of(new Transcript.Segment(startMs, endMs, text)));
    }

    private static List<String> fillerWords(String text) {
        return TranscriptAnalysis.fillers(oneSegment(text, 0, 1000)).stream().map(Filler::word).toList();
    }

    @Test
    void words_per_minute_count_speaking_time_only() {
        assertThat(TranscriptAnalysis.wordsPerMinute("one two three four five six seven eight nine ten", 5000)).isEqualTo(120);
        assertThat(TranscriptAnalysis.wordsPerMinute("I chose radiology.", 0)).isZero();
        assertThat(TranscriptAnalysis.wordsPerMinute("", 5000)).isZero();
    }

    @Test
    void um_uh_and_erm_are_always_fillers() {
        assertThat(fillerWords("Um, I chose, uh, radiology, erm, because")).containsExactly("um", "uh", "erm");
    }

    @Test
    void you_know_is_a_filler_only_when_set_off_by_a_pause_mark_or_the_end() {
        assertThat(fillerWords("You know, I wanted this.")).containsExactly("you know");
        assertThat(fillerWords("I wanted, you know, this")).containsExactly("you know");
        assertThat(fillerWords("It was hard, you know")).containsExactly("you know");
        assertThat(fillerWords("Do you know the answer? You know what I mean")).isEmpty();
    }

    @Test
    void like_is_a_filler_at_the_start_of_a_clause_before_a_comma_or_repeated_but_not_as_a_verb_or_comparison() {
        assertThat(fillerWords("Like I said, radiology")).containsExactly("like");
        assertThat(fillerWords("It was, like, a long night")).containsExactly("like");
        assertThat(fillerWords("it was like like a bleed")).containsExactly("like");
        assertThat(fillerWords("I like radiology and it looks like a fracture, things like CT")).isEmpty();
    }

    @Test
    void a_filler_is_timed_within_its_segment_by_its_place_among_the_words() {
        Transcript transcript = new Transcript("", "en", List.of(
                new Transcript.Segment(0, 3000, "Um, I chose radiology after a night shift."),
                new Transcript.Segment(6000, 8000, "The CT showed, uh, the bleed.")));

        assertThat(TranscriptAnalysis.fillers(transcript)).containsExactly(new Filler("um", 0), new Filler("uh", 7000));
    }

    @Test
    void without_segments_fillers_have_no_time() {
        assertThat(TranscriptAnalysis.fillers(new Transcript("Um, yes.", null, List.of())))
                .containsExactly(new Filler("um", -1));
    }

    @Test
    void a_written_sentence_is_covered_when_most_of_its_content_words_were_said() {
        String written = """
                I fell for radiology on a night shift in Chennai. The CT showed a subdural bleed nobody expected!
                My goal is interventional radiology in an academic program.""";
        String said = "So I fell for radiology during a night shift in Chennai, when a CT showed a bleed nobody expected.";

        List<WrittenPart> parts = TranscriptAnalysis.coverage(written, said);

        assertThat(parts).extracting(WrittenPart::text).containsExactly(
                "I fell for radiology on a night shift in Chennai.", "The CT showed a subdural bleed nobody expected!",
                "My goal is interventional radiology in an academic program.");
        assertThat(parts).extracting(WrittenPart::covered).containsExactly(true, true, false);
        assertThat(parts.get(1).heardPercent()).isEqualTo(80); // all but "subdural" (CT is too short to count)
    }

    @Test
    void plurals_count_as_the_same_word_and_sentences_without_content_words_are_left_out() {
        assertThat(TranscriptAnalysis.coverage("Programs matter. It is so.", "the program does matter")).extracting(
                WrittenPart::text, WrittenPart::covered).containsExactly(org.assertj.core.groups.Tuple.tuple(
                "Programs matter.", true));
    }

    @Test
    void the_result_brings_it_together_and_counts_skipped_parts() {
        Transcript transcript = oneSegment("Um, radiology night shift", 0, 2000);

        TranscriptAnalysis.Result result = TranscriptAnalysis.of(transcript, 2000, "Radiology night shift. Interventional goals.");

        assertThat(result.words()).isEqualTo(4);
        assertThat(result.wordsPerMinute()).isEqualTo(120);
        assertThat(result.fillers()).hasSize(1);
        assertThat(result.skipped()).isEqualTo(1);
        assertThat(TranscriptAnalysis.of(transcript, 2000, null).parts()).isEmpty();
    }
}
