package org.matchprep.season.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.matchprep.base.ui.AppIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.matchprep.account.Roles;
import org.matchprep.base.ui.ViewHeader;
import org.matchprep.season.Impressions;
import org.matchprep.season.RankListService;
import org.matchprep.season.RankedProgram;

/** The rank list: programs interviewed at, in the applicant's order, impressions side by side. */
@Route("rank-list")
@PageTitle("Rank list · MatchPrep")
@Menu(title = "Rank list", order = 66, icon = "vaadin:list-ol")
@RolesAllowed(Roles.APPLICANT)
public class RankListView extends VerticalLayout {

    final Div rows = new Div();
    final Div emptyState = new Div();
    final Anchor exportCsv;
    final List<Row> shown = new ArrayList<>();

    private final RankListService rankList;

    RankListView(RankListService rankList) {
        this.rankList = rankList;
        addClassName("page");
        exportCsv = Downloads.csv("Export CSV", "rank-list.csv", rankList::exportCsv);
        rows.addClassName("season-rank-list");
        rows.getElement().setAttribute("role", "list");
        emptyState.addClassNames("card", "empty-state");
        emptyState.add(new H2("Nothing to rank yet"), new Paragraph("Programs appear here once you have interviewed "
                + "there. Write your impressions the same day: they are what you will compare when you rank."));
        add(new ViewHeader("Rank list", "Your order of preference, first choice at the top. Use the arrows "
                + "(or Tab and Enter) to move a program; your impressions sit side by side to compare.", exportCsv),
                emptyState, rows);
        show(rankList.rankList(), -1, null);
    }

    private void show(List<RankedProgram> programs, long focusDossierId, String focusButton) {
        rows.removeAll();
        shown.clear();
        for (RankedProgram program : programs) {
            Row row = new Row(program, programs.size());
            row.up.addClickListener(click -> show(rankList.moveUp(program.dossierId()), program.dossierId(), "up"));
            row.down.addClickListener(click -> show(rankList.moveDown(program.dossierId()), program.dossierId(), "down"));
            shown.add(row);
            rows.add(row);
            if (program.dossierId() == focusDossierId) {
                // keep keyboard users on the button they pressed, or on the other one at either end
                Button keep = "up".equals(focusButton) ? row.up : row.down;
                (keep.isEnabled() ? keep : keep == row.up ? row.down : row.up).focus();
            }
        }
        emptyState.setVisible(programs.isEmpty());
        exportCsv.setVisible(!programs.isEmpty());
    }

    static class Row extends Div {

        final RankedProgram program;
        final Button up = new Button(AppIcon.ARROW_UP.create());
        final Button down = new Button(AppIcon.ARROW_DOWN.create());

        Row(RankedProgram program, int count) {
            this.program = program;
            addClassNames("card", "season-rank-row");
            getElement().setAttribute("role", "listitem");
            up.setAriaLabel("Move " + program.programName() + " up");
            down.setAriaLabel("Move " + program.programName() + " down");
            up.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            down.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            up.setEnabled(program.rank() > 1);
            down.setEnabled(program.rank() < count);
            Span rank = new Span(String.valueOf(program.rank()));
            rank.addClassName("season-rank-number");
            Div top = new Div(rank, new H2(program.programName()), new Div(up, down));
            top.addClassName("season-card-top");
            add(top);
            Impressions seen = program.impressions();
            Div grid = new Div();
            grid.addClassName("season-impressions");
            cell(grid, "Culture", seen.culture());
            cell(grid, "Teaching", seen.teaching());
            cell(grid, "Resident happiness", seen.residentHappiness());
            cell(grid, "Red flags", seen.redFlags());
            cell(grid, "Standout moments", seen.standout());
            cell(grid, "Who you met", seen.met());
            add(grid);
        }

        private static void cell(Div grid, String label, String text) {
            Span heading = new Span(label);
            heading.addClassName("experience-label");
            Paragraph body = new Paragraph(text.isBlank() ? "Not noted" : text);
            body.addClassName(text.isBlank() ? "season-meta" : "season-preserve-lines");
            grid.add(new Div(heading, body));
        }
    }
}
