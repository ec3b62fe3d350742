package org.matchprep.review.ui;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.matchprep.base.ui.DiffText;
import org.matchprep.base.ui.Notices;
import org.matchprep.base.ui.Times;
import org.matchprep.review.ReviewChanges;
import org.matchprep.review.ReviewPage;
import org.matchprep.review.ReviewStatus;

/**
 * The mentor's bar above a shared item: where their review stands, what changed since they marked it done,
 * "Mark review done", and the applicant's note. Actions go through {@code run}, the page's service call.
 */
class MentorReviewBar extends Div {

    interface Calls {
        void finishReview();

        Optional<ReviewChanges> changes();
    }

    MentorReviewBar(ReviewPage page, ZoneId zone, Calls calls, BiConsumer<Runnable, Boolean> run) {
        addClassName("review-bar");
        Span status = new Span(page.reviewStatus().label());
        status.getElement().getThemeList().addAll(List.of("badge", page.reviewStatus() == ReviewStatus.DONE ? "success" : "primary"));
        add(status);
        if (page.changedSinceReview()) {
            String since = page.reviewedRevisionNumber() != null ? "revision " + page.reviewedRevisionNumber()
                    : Times.dateTime(page.reviewedAt(), zone);
            add(new Button("Changes since your review (" + since + ")",
                    click -> run.accept(() -> showChanges(calls.changes(), page.noun(), zone), false)));
        }
        Button done = new Button(page.reviewStatus() == ReviewStatus.DONE && !page.changedSinceReview()
                ? "Reviewed" : "Mark review done", click -> run.accept(() -> {
                    calls.finishReview();
                    Notices.success("Marked as reviewed. Next time you will see what changed since.");
                }, true));
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.setEnabled(page.reviewStatus() != ReviewStatus.DONE || page.changedSinceReview());
        add(done);
        if (page.reviewNote() != null) {
            Paragraph note = new Paragraph("Note from " + page.applicantName() + ": " + page.reviewNote());
            note.addClassName("review-note");
            add(note);
        }
    }

    private static void showChanges(Optional<ReviewChanges> changes, String noun, ZoneId zone) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("What changed since your last review");
        dialog.setWidth("min(48rem, 95vw)");
        dialog.add(changes.<Component>map(diff -> new Div(new Paragraph(from(diff, noun, zone)
                + ". Added words are underlined, removed ones struck through."), new DiffText(diff.parts())))
                .orElseGet(() -> new Paragraph("Nothing changed since your last review.")));
        dialog.getFooter().add(new Button("Close", click -> dialog.close()));
        dialog.open();
    }

    private static String from(ReviewChanges diff, String noun, ZoneId zone) {
        return diff.fromRevision() != null && diff.toRevision() != null
                ? "Revision " + diff.fromRevision() + " → revision " + diff.toRevision()
                : "The " + noun + " as you reviewed it on " + Times.dateTime(diff.reviewedAt(), zone) + " → now";
    }
}
