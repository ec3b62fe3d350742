package org.matchprep.programs.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.matchprep.programs.CatalogueService;
import org.matchprep.programs.ProgramDetails;
import org.matchprep.programs.Region;
import org.matchprep.programs.Source;
import org.matchprep.season.DossierService;
import org.matchprep.season.InterviewService;
import org.matchprep.season.ProgramType;
import org.matchprep.testing.KaribuTest;
import org.matchprep.testing.Shown;
import org.matchprep.testing.Who;
import org.springframework.beans.factory.annotation.Autowired;

/** The whole way an applicant takes: profile, program fit, shortlist, dossier, and the interview in the tracker. */
class ShortlistWalkTest extends KaribuTest {

    static final String PROGRAM = "Walk Prairie Radiology";

    @Autowired
    CatalogueService catalogue;

    @Autowired
    DossierService dossiers;

    @Autowired
    InterviewService interviews;

    @Test
    void from_profile_to_shortlist_to_dossier_to_tracker() {
        if (as(accounts.admin(), () -> catalogue.programs()).stream().noneMatch(entry -> entry.name().equals(PROGRAM))) {
            as(accounts.admin(), () -> catalogue.create(new ProgramDetails(PROGRAM, "Prairie Health", "Wichita", "KS",
                    "America/Chicago", ProgramType.COMMUNITY, 3, true, "", Map.of(2025, 3),
                    new Source("https://example.org/prairie/residents", LocalDate.of(2026, 10, 1)), "", Source.NONE,
                    Source.NONE, null, null, null, "")));
        }
        signInAndOpen(Who.APPLICANT);

        UI.getCurrent().navigate(SelectionProfileView.class);
        SelectionProfileView profile = _get(SelectionProfileView.class);
        profile.preferredRegions.setValue(Set.of(Region.MIDWEST));
        _setValue(profile.usRadiologyMonths, 2);
        _click(profile.save);

        UI.getCurrent().navigate(ProgramFitView.class);
        ProgramFitView fit = _get(ProgramFitView.class);
        assertThat(fit.cards.getElement().getTextRecursively()).contains("+5: it is in the Midwest, a region you prefer");
        _click(_get(fit.cards, Button.class, spec -> spec.withAttribute("aria-label", "Add to shortlist: " + PROGRAM)));
        assertThat(Shown.notifications()).contains("Added " + PROGRAM + " to your shortlist.");
        assertThat(_get(fit.cards, Button.class, spec -> spec.withAttribute("aria-label", "On your shortlist: " + PROGRAM))
                .getText()).isEqualTo("On your shortlist");

        UI.getCurrent().navigate(ShortlistView.class);
        ShortlistView shortlist = _get(ShortlistView.class);
        assertThat(shortlist.share.isVisible()).isTrue();
        _setValue(_get(shortlist.items, TextField.class, spec -> spec.withLabel("Your note")), "Three IMG residents");
        _click(_get(shortlist.items, Button.class, spec -> spec.withAttribute("aria-label", "Make a dossier for " + PROGRAM)));
        assertThat(Shown.notifications()).contains("Dossier for " + PROGRAM + " ready, filled from the catalogue.");
        assertThat(_find(shortlist.items, Anchor.class, spec -> spec.withText("Open dossier"))).hasSize(1);
        assertThat(dossiers.myDossiers()).singleElement().satisfies(dossier -> {
            assertThat(dossier.name()).isEqualTo(PROGRAM);
            assertThat(dossier.details().city()).isEqualTo("Wichita");
        });

        String addInterview = _get(shortlist.items, Anchor.class, spec -> spec.withText("Invited? Add the interview")).getHref();
        UI.getCurrent().navigate(addInterview.substring(0, addInterview.indexOf('?')),
                QueryParameters.fromString(addInterview.substring(addInterview.indexOf('?') + 1)));
        // the dialog opens with the program chosen
        HasValue<?, ?> program = (HasValue<?, ?>) _find(Component.class, spec -> spec.withLabel("Program")).getFirst();
        assertThat(program.getValue()).hasToString(dossiers.myDossiers().getFirst().toString());
        _setValue(_get(DateTimePicker.class), LocalDateTime.of(2027, 1, 14, 9, 0));
        _setValue(_get(ComboBox.class, spec -> spec.withLabel("Program's time zone")), "America/Chicago");
        _click(_find(Button.class, spec -> spec.withText("Add interview")).getLast());

        assertThat(Shown.notifications()).contains("Added the interview with " + PROGRAM + ".");
        assertThat(interviews.myInterviews()).singleElement()
                .satisfies(interview -> assertThat(interview.programName()).isEqualTo(PROGRAM));
    }
}
