package org.matchprep.programs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.matchprep.account.AccountSummary;
import org.matchprep.feedback.PairingService;
import org.matchprep.programs.domain.FitWeightsStore;
import org.matchprep.season.ProgramType;
import org.matchprep.testing.IntegrationTest;
import org.matchprep.testing.Who;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;

class FitServiceTest extends IntegrationTest {

    @Autowired
    FitService fit;

    @Autowired
    CatalogueService catalogue;

    @Autowired
    PairingService pairings;

    static SelectionProfile profile(int step2) {
        return new SelectionProfile(step2, false, 1, 6, 2, 2023, 3, true, Set.of(Region.SOUTH),
                Set.of(ProgramType.COMMUNITY), Set.of("tx"), "Family in Texas", 60);
    }

    @Test
    void an_applicant_keeps_a_profile_and_a_stale_edit_is_refused() {
        signedIn(Who.APPLICANT);
        assertThat(fit.myProfile()).isEqualTo(new StoredProfile(SelectionProfile.EMPTY, 0));

        StoredProfile saved = fit.saveMyProfile(profile(238), 0);
        assertThat(saved.profile().requiredStates()).containsExactly("TX");
        assertThat(saved.profile().step2Score()).isEqualTo(238);

        fit.saveMyProfile(profile(240), saved.version());
        assertThatThrownBy(() -> fit.saveMyProfile(profile(250), saved.version()))
                .hasMessage("Your profile was changed in another tab or device; reload it first.");
        assertThat(fit.myProfile().profile().step2Score()).isEqualTo(240);
    }

    @Test
    void numbers_out_of_range_and_unknown_states_are_refused_by_field() {
        signedIn(Who.APPLICANT);
        SelectionProfile bad = new SelectionProfile(301, false, -1, 121, 21, 1900, 501, false, Set.of(), Set.of(),
                Set.of("TX", "ZZ"), "", 0);
        assertThatThrownBy(() -> fit.saveMyProfile(bad, 0)).isInstanceOfSatisfying(CatalogueException.class, refused -> {
            assertThat(refused.fields()).containsExactly("step2Score", "usRadiologyMonths", "usOtherMonths", "usLetters",
                    "graduationYear", "researchItems", "programsPlanned", "requiredStates");
            assertThat(refused.messageFor("requiredStates")).contains("Not a US state's postal code: ZZ.");
        });
        assertThat(fit.myProfile().version()).isZero();
    }

    @Test
    void the_profile_and_scores_are_the_applicants_and_their_mentors_only() {
        AccountSummary applicant = accounts.applicant();
        AccountSummary mentor = accounts.mentor();
        AccountSummary otherMentor = accounts.mentor();
        AccountSummary otherApplicant = accounts.applicant();
        as(applicant, () -> fit.saveMyProfile(profile(238), 0));
        as(accounts.admin(), () -> pairings.pair(applicant.id(), mentor.id()));

        assertThat(as(mentor, () -> fit.profileOf(applicant.id())).profile().step2Score()).isEqualTo(238);
        assertThat(as(mentor, () -> fit.fitOf(applicant.id()))).hasSameSizeAs(as(applicant, () -> fit.myFit()));
        assertThatThrownBy(() -> as(otherMentor, () -> fit.profileOf(applicant.id()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(otherApplicant, () -> fit.fitOf(applicant.id()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(accounts.admin(), () -> fit.profileOf(applicant.id())))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> as(mentor, () -> fit.myFit())).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void the_list_is_best_first_with_ties_by_name_and_every_score_explained() {
        AccountSummary applicant = accounts.applicant();
        as(accounts.admin(), () -> List.of(
                catalogue.create(ProgramDetails.basic("Tie Beta Radiology", "Austin", "TX", "America/Chicago",
                        ProgramType.COMMUNITY, 4)),
                catalogue.create(ProgramDetails.basic("tie alpha Radiology", "Dallas", "TX", "America/Chicago",
                        ProgramType.COMMUNITY, 4))));
        as(applicant, () -> fit.saveMyProfile(profile(238), 0));

        List<ProgramFit> fits = as(applicant, () -> fit.myFit());
        assertThat(fits).isSortedAccordingTo((a, b) -> Integer.compare(b.score(), a.score()));
        List<String> ties = fits.stream().map(one -> one.program().name()).filter(name -> name.toLowerCase().startsWith("tie ")).toList();
        assertThat(ties).containsExactly("tie alpha Radiology", "Tie Beta Radiology");
        ProgramFit alpha = fits.stream().filter(one -> one.program().name().equals("tie alpha Radiology")).findFirst().orElseThrow();
        assertThat(alpha.factors()).extracting(FitFactor::sentence).contains(
                "+5: it is in the South, a region you prefer", "+3: it is a community program, a setting you prefer");
        assertThat(alpha.score()).isEqualTo(50 + alpha.factors().stream().mapToInt(FitFactor::points).sum());
    }

    @Test
    void admins_change_the_weights_everyone_reads_them_and_crossed_thresholds_or_stale_edits_are_refused() {
        AccountSummary admin = accounts.admin();
        FitWeightsStore.Stored before = as(admin, () -> fit.weights());
        FitWeights heavierStatement = new FitWeights(50, 6, 18, -6, 12, -15, -15, 4, -10, 3, 5, 3, -20, 3, 4, 3, 3, -8,
                before.weights().likelyFrom(), before.weights().targetFrom());

        FitWeightsStore.Stored saved = as(admin, () -> fit.updateWeights(heavierStatement, before.version()));
        assertThat(saved.weights().statement()).isEqualTo(12);
        assertThat(as(accounts.applicant(), () -> fit.weights().weights())).isEqualTo(heavierStatement);

        assertThatThrownBy(() -> as(admin, () -> fit.updateWeights(heavierStatement, before.version())))
                .hasMessage("Another admin changed the weights meanwhile; reload them first.");
        FitWeights crossed = new FitWeights(50, 6, 18, -6, 6, -15, -15, 4, -10, 3, 5, 3, -20, 3, 4, 3, 3, -80, 40, 45);
        assertThatThrownBy(() -> as(admin, () -> fit.updateWeights(crossed, saved.version())))
                .isInstanceOfSatisfying(CatalogueException.class, refused -> assertThat(refused.fields())
                        .containsExactly("examFailure", "targetFrom"));
        assertThatThrownBy(() -> as(accounts.mentor(), () -> fit.updateWeights(heavierStatement, saved.version())))
                .isInstanceOf(AuthorizationDeniedException.class);
        as(admin, () -> fit.updateWeights(FitWeights.DEFAULTS, saved.version()));
    }
}
