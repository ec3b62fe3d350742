package org.matchprep.season.ui;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.matchprep.base.ui.AppIcon;
import org.matchprep.base.ui.Notices;
import org.matchprep.season.LetterDraft;
import org.matchprep.season.LetterKind;
import org.matchprep.season.LetterRule;
import org.matchprep.season.LetterService;
import org.matchprep.season.LetterSummary;

/** The letters to one program after its interview: update letters and a letter of intent, with the rules for both. */
class LettersPanel extends Div {

    final Paragraph due = new Paragraph();
    final Paragraph emptyState = new Paragraph("No letters yet. Write an update letter when you have news since "
            + "the interview (a paper accepted, a score, a new rotation); write a letter of intent only to the one "
            + "program you will rank first.");
    final Button newUpdate = new Button("New update letter", AppIcon.PLUS.create());
    final Button newIntent = new Button("New letter of intent", AppIcon.PLUS.create());
    final Div list = new Div();
    final List<LetterCard> cards = new ArrayList<>();

    private final LetterService letters;
    private final long dossierId;
    private final ZoneId myZone;

    LettersPanel(LetterService letters, long dossierId, ZoneId myZone) {
        this.letters = letters;
        this.dossierId = dossierId;
        this.myZone = myZone;
        addClassNames("card", "letters-panel");
        emptyState.addClassName("season-meta");
        list.addClassName("season-stack");
        newUpdate.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        newIntent.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        newUpdate.addClickListener(click -> start(LetterKind.UPDATE));
        newIntent.addClickListener(click -> start(LetterKind.INTENT));
        UnorderedList rules = new UnorderedList();
        for (LetterRule rule : LetterRule.values()) {
            rules.add(new ListItem(rule.rule() + " " + rule.reason()));
        }
        Details rulesDetails = new Details("The rules for letters", rules);
        Paragraph intro = new Paragraph("MatchPrep never sends a letter: copy it into your e-mail, then mark it sent.");
        intro.addClassName("season-meta");
        Div actions = new Div(newUpdate, newIntent);
        actions.addClassName("season-actions");
        add(new H3("Letters after the interview"), intro, rulesDetails, due, emptyState, list, actions);
        refresh();
    }

    void refresh() {
        List<LetterSummary> mine = letters.letters(dossierId);
        list.removeAll();
        cards.clear();
        mine.forEach(letter -> {
            LetterCard card = new LetterCard(letters, letter, myZone, this::refresh);
            cards.add(card);
            list.add(card);
        });
        long unsent = mine.stream().filter(letter -> !letter.sent()).count();
        due.setText(unsent == 1 ? "1 letter drafted, not sent." : unsent + " letters drafted, not sent.");
        due.setVisible(unsent > 0);
        emptyState.setVisible(mine.isEmpty());
    }

    private void start(LetterKind kind) {
        letters.write(dossierId, new LetterDraft(kind, ""));
        Notices.success("Started a new " + kind.label().toLowerCase(Locale.ROOT) + ".");
        refresh();
    }
}
