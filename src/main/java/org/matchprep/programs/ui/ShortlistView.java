package org.matchprep.programs.ui;

import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.matchprep.base.ui.AppIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.matchprep.account.Roles;
import org.matchprep.base.ui.Notices;
import org.matchprep.base.ui.ViewHeader;
import org.matchprep.programs.CatalogueException;
import org.matchprep.programs.FitTier;
import org.matchprep.programs.MyShortlist;
import org.matchprep.programs.Region;
import org.matchprep.programs.ShortlistItem;
import org.matchprep.programs.ShortlistService;
import org.matchprep.programs.domain.Shortlist;
import org.matchprep.season.DossierSummary;
import org.matchprep.season.ProgramType;

/**
 * The applicant's shortlist in their own order: move programs, note why, make a dossier in one step, share
 * it with mentors, put the rank list in the same order, and take it away as CSV or PDF.
 */
@Route("programs/shortlist")
@PageTitle("Shortlist · MatchPrep")
@Menu(title = "Shortlist", order = 55, icon = "vaadin:star")
@RolesAllowed(Roles.APPLICANT)
public class ShortlistView extends VerticalLayout {

    /** How the list is shown; only "my order" can be rearranged. */
    enum Sort {
        MINE("My order"), SCORE("Score"), NAME("Name");

        final String label;

        Sort(String label) {
            this.label = label;
        }
    }

    final Select<Sort> sort = new Select<>();
    final Select<Region> region = new Select<>();
    final Select<ProgramType> setting = new Select<>();
    final Select<FitTier> tier = new Select<>();
    final Div items = new Div();
    final Anchor share = new Anchor("", "Share and feedback");
    final Button rank = new Button("Rank list in this order");

    private final ShortlistService shortlist;
    private MyShortlist current;

    ShortlistView(ShortlistService shortlist) {
        this.shortlist = shortlist;
        addClassName("page");

        sort.setLabel("Sort by");
        sort.setItems(Sort.values());
        sort.setItemLabelGenerator(value -> value.label);
        sort.setValue(Sort.MINE);
        sort.addValueChangeListener(change -> show());
        Filters.of(region, "Filter by region", Region.values(), "All regions", Region::label, this::show);
        Filters.of(setting, "Filter by setting", ProgramType.values(), "All settings", ProgramType::label, this::show);
        Filters.of(tier, "Filter by tier", FitTier.values(), "All tiers", FitTier::label, this::show);
        Div filters = new Div(sort, region, setting, tier);
        filters.addClassName("filter-bar");
        items.addClassName("fit-cards");

        rank.addClickListener(click -> rankInThisOrder());
        rank.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Anchor csv = download("Export CSV", "shortlist.csv", "text/csv;charset=UTF-8",
                () -> shortlist.exportCsv().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Anchor pdf = download("Export PDF", "shortlist.pdf", "application/pdf", shortlist::exportPdf);
        add(new ViewHeader("Shortlist", "The programs you are considering, in your order, with the reasons for each "
                + "score. Star more on the program fit page.", share, csv, pdf, rank), filters, items);
        load(shortlist.myShortlist());
    }

    private void load(MyShortlist loaded) {
        current = loaded;
        share.setHref(loaded.id() == null ? "" : "review/shortlist/" + loaded.id());
        share.setVisible(loaded.id() != null && !loaded.items().isEmpty());
        show();
    }

    private void show() {
        boolean reorderable = sort.getValue() == Sort.MINE;
        List<ShortlistItem> shown = current.items().stream()
                .filter(item -> region.getValue() == null || item.fit().program().region() == region.getValue())
                .filter(item -> setting.getValue() == null || item.fit().program().details().setting() == setting.getValue())
                .filter(item -> tier.getValue() == null || item.fit().tier() == tier.getValue())
                .sorted(switch (sort.getValue()) {
                    case MINE -> Comparator.comparingInt(ShortlistItem::position);
                    case SCORE -> Comparator.comparingInt((ShortlistItem item) -> item.fit().score()).reversed();
                    case NAME -> Comparator.comparing((ShortlistItem item) -> item.fit().program().name(),
                            String.CASE_INSENSITIVE_ORDER);
                })
                .toList();
        items.removeAll();
        if (current.items().isEmpty()) {
            items.add(new Paragraph("Your shortlist is empty. Star programs on the program fit page "
                    + "(Program fit in the menu) and they appear here in the order you star them."));
        } else if (shown.isEmpty()) {
            items.add(new Paragraph("No program on your shortlist matches these filters."));
        }
        shown.forEach(item -> items.add(card(item, reorderable)));
    }

    private Div card(ShortlistItem item, boolean reorderable) {
        Div card = ProgramFitView.card(item.fit(), item.position());
        String name = item.fit().program().name();
        TextField note = new TextField("Your note");
        note.setValue(item.note());
        note.setMaxLength(Shortlist.NOTE_MAX_LENGTH);
        note.setWidthFull();
        note.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                act(() -> shortlist.note(item.programId(), change.getValue()), "Note saved.");
            }
        });
        Button up = small("Up", "Move " + name + " up", () -> act(() -> shortlist.move(item.programId(), -1), null));
        up.setEnabled(reorderable && item.position() > 1);
        Button down = small("Down", "Move " + name + " down", () -> act(() -> shortlist.move(item.programId(), 1), null));
        down.setEnabled(reorderable && item.position() < current.items().size());
        Button remove = small("Remove", "Remove " + name + " from the shortlist",
                () -> act(() -> shortlist.unstar(item.programId()), "Removed " + name + "."));
        Div actions = new Div(up, down, remove);
        if (item.dossierId() == null) {
            actions.add(small("Make a dossier", "Make a dossier for " + name, () -> makeDossier(item)));
        } else {
            actions.add(new Anchor("programs/dossier/" + item.dossierId(), "Open dossier"),
                    new Anchor("interviews?dossier=" + item.dossierId(), "Invited? Add the interview"));
        }
        actions.addClassName("row-actions");
        card.add(note, actions);
        return card;
    }

    void makeDossier(ShortlistItem item) {
        try {
            DossierSummary dossier = shortlist.makeDossier(item.programId());
            Notices.success("Dossier for " + dossier.name() + " ready, filled from the catalogue.");
            load(shortlist.myShortlist());
        } catch (CatalogueException refused) {
            Notices.error(refused.getMessage());
        }
    }

    void rankInThisOrder() {
        try {
            int ranked = shortlist.rankInShortlistOrder().size();
            Notices.success(ranked == 0 ? "Nothing to rank yet: programs join the rank list after their interview."
                    : "Your rank list now follows the shortlist for the programs you interviewed at.");
        } catch (CatalogueException refused) {
            Notices.error(refused.getMessage());
        }
    }

    private void act(Supplier<MyShortlist> change, String success) {
        try {
            load(change.get());
            if (success != null) {
                Notices.success(success);
            }
        } catch (CatalogueException refused) {
            Notices.error(refused.getMessage());
            load(shortlist.myShortlist());
        }
    }

    private static Button small(String text, String ariaLabel, Runnable action) {
        Button button = new Button(text, click -> action.run());
        button.setAriaLabel(ariaLabel);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private static Anchor download(String text, String fileName, String type, Supplier<byte[]> content) {
        DownloadHandler handler = event -> {
            byte[] bytes = content.get();
            event.setFileName(fileName);
            event.setContentType(type);
            event.setContentLength(bytes.length);
            event.getOutputStream().write(bytes);
        };
        Anchor anchor = new Anchor(handler, AttachmentType.DOWNLOAD, text);
        anchor.addClassName("season-download");
        return anchor;
    }
}
