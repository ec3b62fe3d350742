package org.matchprep.review.ui;

import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.matchprep.base.ui.Times;
import org.matchprep.review.QueueItem;
import org.matchprep.review.SharedItem;

/** The rows of the review lists, for every kind of shared item: the mentor's queue and the applicant's feedback page. */
final class ReviewRows {

    private ReviewRows() {
    }

    static Div list(List<Div> rows) {
        Div list = new Div();
        list.addClassName("review-list");
        rows.forEach(list::add);
        return list;
    }

    /** A row of the mentor's queue. */
    static Div queued(QueueItem item, ZoneId zone) {
        Div row = row(item.subject().link(), item.title(), item.applicantName() + " · " + item.category() + " · saved "
                + Times.dateTime(item.updatedAt(), zone)
                + (item.requestedAt() != null ? " · requested " + Times.dateTime(item.requestedAt(), zone) : ""));
        if (item.note() != null) {
            Paragraph note = new Paragraph("“" + item.note() + "”");
            note.addClassName("review-note");
            row.add(note);
        }
        Div badges = new Div();
        badges.addClassName("row-actions");
        if (item.changedSinceReview()) {
            badges.add(badge("Changed since your review", "warning"));
        }
        if (item.openThreads() > 0) {
            badges.add(badge(item.openThreads() + (item.openThreads() == 1 ? " open thread" : " open threads"), "primary"));
        }
        row.add(badges);
        return row;
    }

    /** A row of the applicant's shared items. */
    static Div shared(SharedItem item, ZoneId zone) {
        Div row = row(item.subject().link(), item.title(), item.category() + " · saved " + Times.dateTime(item.updatedAt(), zone));
        Span with = new Span("Shared with " + item.sharedWith().stream()
                .map(target -> target.mentorName() + " (" + target.status().label().toLowerCase() + ")")
                .collect(Collectors.joining(", ")));
        Div badges = new Div(badge(item.openThreads() == 0 ? "No open comments" : item.openThreads()
                + (item.openThreads() == 1 ? " open comment thread" : " open comment threads"),
                item.openThreads() == 0 ? "contrast" : "primary"));
        badges.addClassName("row-actions");
        row.add(with, badges);
        return row;
    }

    private static Div row(String link, String title, String meta) {
        Div row = new Div();
        row.addClassNames("review-row", "card");
        Anchor open = new Anchor(link, title);
        open.addClassName("review-row-title");
        Span details = new Span(meta);
        details.addClassName("question-meta");
        row.add(open, details);
        return row;
    }

    private static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().addAll(List.of("badge", theme));
        return badge;
    }
}
