package org.matchprep.programs.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.matchprep.base.ui.AppIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.matchprep.account.Roles;
import org.matchprep.base.ui.Notices;
import org.matchprep.base.ui.ViewHeader;
import org.matchprep.feedback.PairingService;
import org.matchprep.feedback.PairingSummary;
import org.matchprep.programs.CatalogueException;
import org.matchprep.programs.FitFactor;
import org.matchprep.programs.FitService;
import org.matchprep.programs.FitTier;
import org.matchprep.programs.FitWeights;
import org.matchprep.programs.MyShortlist;
import org.matchprep.programs.ProgramDetails;
import org.matchprep.programs.ProgramFit;
import org.matchprep.programs.Region;
import org.matchprep.programs.SelectionProfile;
import org.matchprep.programs.ShortlistService;

/**
 * Every catalogue program scored against the applicant's profile, best first, each with the reasons for
 * its score. Applicants see their own; mentors choose one of their applicants.
 */
@Route("programs/fit")
@PageTitle("Program fit · MatchPrep")
@Menu(title = "Program fit", order = 54, icon = "vaadin:scale")
@RolesAllowed({Roles.APPLICANT, Roles.MENTOR})
public class ProgramFitView extends VerticalLayout implements BeforeEnterObserver {

    private static final DateTimeFormatter CHECKED = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.US);

    final Select<PairingSummary> applicant = new Select<>();
    final Select<FitTier> tier = new Select<>();
    final Select<Region> region = new Select<>();
    final Paragraph tally = new Paragraph();
    final Div cards = new Div();
    final Paragraph profileHint = new Paragraph();

    private final FitService fit;
    private final ShortlistService shortlist;
    private final boolean mentor;
    private List<ProgramFit> fits = List.of();
    private MyShortlist starred = new MyShortlist(null, List.of());

    ProgramFitView(FitService fit, ShortlistService shortlist, PairingService pairings,
                   AuthenticationContext authentication) {
        this.fit = fit;
        this.shortlist = shortlist;
        this.mentor = authentication.hasRole(Roles.MENTOR);
        addClassName("page");

        FitWeights weights = fit.weights().weights();
        Paragraph what = new Paragraph("Each program starts at " + weights.base() + " and gains or loses points for "
                + "the reasons listed under it. From " + weights.likelyFrom() + " it is likely, from "
                + weights.targetFrom() + " a target, below that a reach. The score adds up what your profile and your "
                + "office's catalogue say, with the date each piece of evidence was checked. It is not a chance of "
                + "matching: it knows nothing they do not say, and programs decide on much more.");
        what.addClassName("fit-explainer");

        applicant.setLabel("Applicant");
        applicant.setItemLabelGenerator(PairingSummary::applicantName);
        applicant.addValueChangeListener(change -> load());
        Filters.of(tier, "Filter by tier", FitTier.values(), "All tiers", FitTier::label, this::showMatching);
        Filters.of(region, "Filter by region", Region.values(), "All regions", Region::label, this::showMatching);
        Div filters = new Div(tier, region, tally);
        filters.addClassName("filter-bar");
        cards.addClassName("fit-cards");
        tally.addClassName("filter-count");
        tally.getElement().setAttribute("aria-live", "polite");

        Component[] actions = mentor ? new Component[0] : new Component[] {new Anchor("programs/profile", "Edit your profile")};
        add(new ViewHeader("Program fit", mentor ? "Your applicants' programs, scored against their profiles."
                : "Your office's programs, scored against your selection profile.", actions), what);
        if (mentor) {
            List<PairingSummary> mine = pairings.myApplicants().stream().filter(pairing -> pairing.status().isOpen()).toList();
            applicant.setItems(mine);
            add(applicant);
            if (mine.isEmpty()) {
                add(new Paragraph("No applicant works with you yet. When one does, their program fit shows here."));
            }
        }
        add(profileHint, filters, cards);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!mentor) {
            load();
        }
    }

    void load() {
        if (mentor) {
            PairingSummary chosen = applicant.getValue();
            fits = chosen == null ? List.of() : fit.fitOf(chosen.applicantId());
            profileHint.setText(chosen == null ? "" : summary(chosen.applicantName(), fit.profileOf(chosen.applicantId()).profile()));
            profileHint.setVisible(chosen != null);
        } else {
            fits = fit.myFit();
            starred = shortlist.myShortlist();
            profileHint.setText("Your selection profile is empty, so these scores know only the programs. Fill it in "
                    + "for scores about you.");
            profileHint.setVisible(fit.myProfile().profile().equals(SelectionProfile.EMPTY));
        }
        showMatching();
    }

    /** The profile in one paragraph, for the applicant's mentor. */
    static String summary(String name, SelectionProfile profile) {
        if (profile.equals(SelectionProfile.EMPTY)) {
            return name + " has not filled in a selection profile yet, so the scores know only the programs.";
        }
        List<String> facts = new ArrayList<>();
        facts.add(profile.step2Score() == null ? "Step 2 CK not out yet" : "Step 2 CK " + profile.step2Score());
        if (profile.examFailure()) {
            facts.add("a failed USMLE attempt");
        }
        if (profile.usClinicalMonths() != null) {
            facts.add(profile.usClinicalMonths() + " months of US clinical experience ("
                    + (profile.usRadiologyMonths() == null ? 0 : profile.usRadiologyMonths()) + " in radiology)");
        }
        if (profile.graduationYear() != null) {
            facts.add("graduated " + profile.graduationYear());
        }
        if (!profile.preferredRegions().isEmpty()) {
            facts.add("prefers the " + profile.preferredRegions().stream().map(Region::label).sorted()
                    .collect(Collectors.joining(", ")));
        }
        if (!profile.requiredStates().isEmpty()) {
            facts.add("can move only to " + profile.requiredStates().stream().sorted().collect(Collectors.joining(", ")));
        }
        if (profile.programsPlanned() != null) {
            facts.add("plans " + profile.programsPlanned() + " applications");
        }
        return name + "'s profile: " + String.join("; ", facts) + "."
                + (profile.constraintNote().isEmpty() ? "" : " In their words: " + profile.constraintNote());
    }

    private void showMatching() {
        List<ProgramFit> matching = fits.stream()
                .filter(one -> tier.getValue() == null || one.tier() == tier.getValue())
                .filter(one -> region.getValue() == null || one.program().region() == region.getValue())
                .toList();
        Map<FitTier, Long> counts = fits.stream().collect(Collectors.groupingBy(ProgramFit::tier, Collectors.counting()));
        tally.setText(fits.isEmpty() ? "" : "Likely " + counts.getOrDefault(FitTier.LIKELY, 0L) + " · Target "
                + counts.getOrDefault(FitTier.TARGET, 0L) + " · Reach " + counts.getOrDefault(FitTier.REACH, 0L)
                + (matching.size() == fits.size() ? "" : " · showing " + matching.size()));
        cards.removeAll();
        if (fits.isEmpty() && !(mentor && applicant.getValue() == null)) {
            cards.add(new Paragraph("The catalogue has no programs yet; your advising office adds them."));
        } else if (matching.isEmpty() && !fits.isEmpty()) {
            cards.add(new Paragraph("No program in this tier and region. Choose another filter."));
        }
        matching.stream().map(one -> mentor ? card(one) : withStar(one)).forEach(cards::add);
    }

    private Div withStar(ProgramFit one) {
        Div card = card(one);
        boolean onList = starred.contains(one.program().id());
        Button star = new Button(onList ? "On your shortlist" : "Add to shortlist",
                (onList ? AppIcon.STAR : AppIcon.STAR_O).create());
        // the visible words first (WCAG 2.5.3), then which program; aria-pressed says a press takes it off again
        star.setAriaLabel(star.getText() + ": " + one.program().name());
        star.getElement().setAttribute("aria-pressed", String.valueOf(onList));
        star.addThemeVariants(ButtonVariant.LUMO_SMALL, onList ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY);
        star.addClickListener(click -> {
            try {
                starred = onList ? shortlist.unstar(one.program().id()) : shortlist.star(one.program().id());
                Notices.success(onList ? "Removed " + one.program().name() + " from your shortlist."
                        : "Added " + one.program().name() + " to your shortlist.");
            } catch (CatalogueException refused) {
                Notices.error(refused.getMessage());
            }
            showMatching();
        });
        card.add(star);
        return card;
    }

    static Div card(ProgramFit one) {
        return card(one, null);
    }

    /** A program's card; {@code position} (on a shortlist) goes before its name. */
    static Div card(ProgramFit one, Integer position) {
        ProgramDetails details = one.program().details();
        Span badge = new Span(one.tier().label() + " · " + one.score());
        badge.getElement().getThemeList().add(switch (one.tier()) {
            case LIKELY -> "badge success";
            case TARGET -> "badge";
            case REACH -> "badge contrast";
        });
        H3 name = new H3(position == null ? details.name() : position + ". " + details.name());
        Div head = new Div(name, badge);
        head.addClassName("fit-card-head");
        Paragraph place = new Paragraph(details.city() + ", " + details.state() + " · " + details.setting().label()
                + " · " + details.positionsPerYear() + " positions a year");
        place.addClassName("catalogue-place");
        UnorderedList reasons = new UnorderedList();
        reasons.addClassName("fit-factors");
        for (FitFactor factor : one.factors()) {
            ListItem item = new ListItem(new Span(factor.sentence()));
            if (factor.evidence().url() != null) {
                Anchor source = new Anchor(factor.evidence().url(), "source");
                source.setTarget("_blank");
                source.getElement().setAttribute("rel", "noopener noreferrer");
                item.add(new Span(" ("), source);
                if (factor.evidence().checkedOn() != null) {
                    item.add(new Span(", checked " + CHECKED.format(factor.evidence().checkedOn())));
                }
                item.add(new Span(")"));
            }
            reasons.add(item);
        }
        if (one.factors().isEmpty()) {
            reasons.add(new ListItem("Nothing raised or lowered it from the start."));
        }
        Div card = new Div(head, place, reasons);
        if (!one.unknowns().isEmpty()) {
            Paragraph unknown = new Paragraph("Not known, so not weighed: " + String.join("; ", one.unknowns()) + ".");
            unknown.addClassName("fit-unknowns");
            card.add(unknown);
        }
        card.addClassNames("card", "fit-card");
        return card;
    }
}
