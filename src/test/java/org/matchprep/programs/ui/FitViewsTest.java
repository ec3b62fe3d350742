package org.matchprep.programs.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.matchprep.account.AccountSummary;
import org.matchprep.feedback.PairingService;
import org.matchprep.programs.CatalogueService;
import org.matchprep.programs.FitService;
import org.matchprep.programs.FitTier;
import org.matchprep.programs.FitWeights;
import org.matchprep.programs.ProgramDetails;
import org.matchprep.programs.Region;
import org.matchprep.season.ProgramType;
import org.matchprep.testing.KaribuTest;
import org.matchprep.testing.Shown;
import org.matchprep.testing.Who;
import org.springframework.beans.factory.annotation.Autowired;

class FitViewsTest extends KaribuTest {

    @Autowired
    CatalogueService catalogue;

    @Autowired
    FitService fit;

    @Autowired
    PairingService pairings;

    @BeforeEach
    void aProgramInTheSouth() {
        if (as(accounts.admin(), () -> catalogue.programs()).stream().noneMatch(entry -> entry.name().equals("Fit South Radiology"))) {
            as(accounts.admin(), () -> catalogue.create(ProgramDetails.basic("Fit South Radiology", "Austin", "TX",
                    "America/Chicago", ProgramType.COMMUNITY, 4)));
        }
    }

    @Test
    void an_applicant_fills_the_profile_and_the_fit_page_then_explains_the_score_with_it() {
        signInAndOpen(Who.APPLICANT);
        UI.getCurrent().navigate(ProgramFitView.class);
        ProgramFitView empty = _get(ProgramFitView.class);
        assertThat(empty.profileHint.isVisible()).isTrue();

        UI.getCurrent().navigate(SelectionProfileView.class);
        SelectionProfileView profile = _get(SelectionProfileView.class);
        _setValue(profile.step2Score, 320);
        _click(profile.save);
        assertThat(profile.step2Score.isInvalid()).isTrue();
        assertThat(profile.step2Score.getErrorMessage()).isEqualTo("Step 2 CK score must be between 1 and 300; 320 is not.");

        _setValue(profile.step2Score, 238);
        profile.preferredRegions.setValue(Set.of(Region.SOUTH));
        _click(profile.save);
        assertThat(Shown.notifications()).contains("Saved. Your program fit uses it now.");

        UI.getCurrent().navigate(ProgramFitView.class);
        ProgramFitView page = _get(ProgramFitView.class);
        assertThat(page.profileHint.isVisible()).isFalse();
        assertThat(page.cards.getElement().getTextRecursively())
                .contains("Fit South Radiology").contains("+5: it is in the South, a region you prefer");
        page.tier.setValue(FitTier.REACH);
        assertThat(page.cards.getChildren().filter(card -> card.getElement().getTextRecursively().contains("Fit South")))
                .isEmpty();
    }

    @Test
    void a_mentor_sees_the_fit_of_an_applicant_they_work_with_only() {
        AccountSummary applicant = accounts.applicant();
        AccountSummary mentor = signInAndOpen(Who.MENTOR);
        as(accounts.admin(), () -> pairings.pair(applicant.id(), mentor.id()));
        signIn(mentor);
        UI.getCurrent().navigate(ProgramFitView.class);
        ProgramFitView page = _get(ProgramFitView.class);

        assertThat(page.applicant.getListDataView().getItems()).extracting(pairing -> pairing.applicantId())
                .containsExactly(applicant.id());
        page.applicant.setValue(page.applicant.getListDataView().getItem(0));
        assertThat(page.cards.getChildren().map(card -> card.getElement().getTextRecursively()))
                .anyMatch(text -> text.contains("Fit South Radiology"));
        assertThat(page.cards.getChildren().filter(card -> card.hasClassName("fit-card"))).isNotEmpty();
    }

    @Test
    void an_admin_changes_a_weight_sees_crossed_tiers_refused_on_the_field_and_goes_back_to_the_defaults() {
        signInAndOpen(Who.ADMIN);
        UI.getCurrent().navigate(FitWeightsView.class);
        FitWeightsView view = _get(FitWeightsView.class);
        assertThat(view.fields.keySet()).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(FitWeights.class.getRecordComponents()).map(component -> component.getName()).toList());

        _setValue(view.fields.get("targetFrom"), 90);
        _click(view.save);
        assertThat(view.fields.get("targetFrom").isInvalid()).isTrue();
        assertThat(view.fields.get("targetFrom").getErrorMessage()).isEqualTo("\"Target\" must start below \"likely\" (65).");

        _setValue(view.fields.get("targetFrom"), 45);
        _setValue(view.fields.get("statement"), 9);
        _click(view.save);
        assertThat(fit.weights().weights().statement()).isEqualTo(9);

        _click(view.defaults);
        _click(view.save);
        assertThat(fit.weights().weights()).isEqualTo(FitWeights.DEFAULTS);
    }
}
