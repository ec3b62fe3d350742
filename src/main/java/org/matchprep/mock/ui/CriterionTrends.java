package org.matchprep.mock.ui;

import java.time.ZoneId;
import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import org.matchprep.base.ui.Times;
import org.matchprep.mock.Criterion;
import org.matchprep.mock.Scorecard;

/**
 * Each criterion of the current rubric over the mocks that scored it, as a line of text: the scores oldest
 * first and the change since the first, so an applicant sees which skill moves and which does not.
 */
class CriterionTrends extends Div {

    CriterionTrends(List<Scorecard> scorecards, ZoneId zone) {
        addClassName("criterion-trends");
        for (Criterion.Group part : List.of(Criterion.Group.PROGRAMS_LOOK_FOR, Criterion.Group.DELIVERY)) {
            UnorderedList lines = new UnorderedList();
            for (Criterion criterion : Criterion.of(part)) {
                List<Scorecard> scored = scorecards.stream().filter(card -> card.scores().containsKey(criterion)).toList();
                if (!scored.isEmpty()) {
                    lines.add(new ListItem(line(criterion, scored, zone)));
                }
            }
            if (lines.getComponentCount() > 0) {
                add(new H3(part.label()), lines);
            }
        }
    }

    static String line(Criterion criterion, List<Scorecard> scored, ZoneId zone) {
        List<Integer> scores = scored.stream().map(card -> card.scores().get(criterion)).toList();
        String series = String.join(" → ", scores.stream().map(String::valueOf).toList());
        if (scores.size() == 1) {
            return criterion.label() + ": " + series + " of 5, one mock so far";
        }
        int change = scores.getLast() - scores.getFirst();
        String since = " since " + Times.date(scored.getFirst().mockStart(), zone);
        String direction = change > 0 ? "up " + change + since : change < 0 ? "down " + -change + since : "no change" + since;
        return criterion.label() + ": " + series + " (" + direction + ")";
    }
}
