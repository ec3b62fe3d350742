package org.matchprep.practice.ui;

import java.util.function.LongConsumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.matchprep.practice.Recordings;
import org.matchprep.practice.Transcript;
import org.matchprep.practice.TranscriptAnalysis;
import org.matchprep.practice.TranscriptView;

/**
 * A recording's transcript on its page: the segments with their times (a time plays from there), words per
 * minute, filler words with their times, and for the applicant which parts of the written answer were said.
 * Pending, failed and switched-off transcription each say so.
 */
class TranscriptPanel extends Div {

    static final String OFF = "Transcription is off. An admin turns it on by setting matchprep.transcription.url to a"
            + " speech-to-text server with the OpenAI-compatible /v1/audio/transcriptions interface (whisper.cpp's"
            + " server, faster-whisper servers, LocalAI).";

    private final LongConsumer seek;

    TranscriptPanel(TranscriptView view, LongConsumer seek) {
        this.seek = seek;
        addClassName("transcript");
        add(new H2("Transcript"));
        switch (view.status()) {
            case OFF -> add(note(OFF));
            case NOT_QUEUED -> add(note("This recording was kept before transcription was turned on; recordings kept"
                    + " from now on are transcribed."));
            case PENDING, RUNNING -> {
                add(note("The transcript is being made by the speech-to-text server; it appears here when ready"
                        + " (open the page again in a minute)."));
                if (view.lastError() != null) {
                    add(note("Attempt " + view.attempts() + " did not work (" + view.lastError() + "); trying again shortly."));
                }
            }
            case FAILED -> add(note("This recording could not be transcribed (" + view.attempts()
                    + (view.attempts() == 1 ? " attempt" : " attempts") + "): " + view.lastError()));
            case DONE -> showDone(view.transcript(), view.analysis());
        }
    }

    private static Paragraph note(String text) {
        Paragraph note = new Paragraph(text);
        note.addClassName("transcript-state");
        return note;
    }

    private void showDone(Transcript transcript, TranscriptAnalysis.Result analysis) {
        add(new Paragraph(analysis.words() + " words · " + analysis.wordsPerMinute()
                + " words per minute over the speaking time (pauses left out)"));
        Div fillers = new Div(new Span(analysis.fillers().isEmpty() ? "Filler words: none." : "Filler words ("
                + analysis.fillers().size() + "): "));
        fillers.addClassName("transcript-fillers");
        for (TranscriptAnalysis.Filler filler : analysis.fillers()) {
            if (filler.atMs() < 0) {
                fillers.add(new Span("\"" + filler.word() + "\" "));
            } else {
                fillers.add(timeButton("\"" + filler.word() + "\" at " + Recordings.clock(filler.atMs()), filler.atMs()));
            }
        }
        add(fillers);
        Div segments = new Div();
        segments.addClassName("transcript-segments");
        if (transcript.segments().isEmpty()) {
            segments.add(new Paragraph(transcript.text().isEmpty() ? "(Nothing was heard.)" : transcript.text()));
        }
        for (Transcript.Segment segment : transcript.segments()) {
            Div line = new Div(timeButton(Recordings.clock(segment.startMs()), segment.startMs()), new Span(segment.text()));
            line.addClassName("transcript-segment");
            segments.add(line);
        }
        add(segments);
        if (!analysis.parts().isEmpty()) {
            add(coverage(analysis));
        }
    }

    private Div coverage(TranscriptAnalysis.Result analysis) {
        Div coverage = new Div(new H3("What you said of what you wrote"), new Paragraph(
                (analysis.parts().size() - analysis.skipped()) + " of " + analysis.parts().size()
                        + " parts said (a part counts as said when " + TranscriptAnalysis.COVERED_PERCENT
                        + "% of its words were heard)."));
        coverage.addClassName("transcript-coverage");
        for (TranscriptAnalysis.WrittenPart part : analysis.parts()) {
            Paragraph line = new Paragraph((part.covered() ? "Said: " : "Skipped: ") + part.text());
            line.addClassName(part.covered() ? "part-covered" : "part-skipped");
            coverage.add(line);
        }
        return coverage;
    }

    private Button timeButton(String label, long atMs) {
        Button time = new Button(label, click -> seek.accept(atMs));
        time.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        time.getElement().setAttribute("aria-label", "Play from " + Recordings.clock(atMs));
        return time;
    }
}
