package org.matchprep.programs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.matchprep.account.AccountSummary;
import org.matchprep.feedback.PairingService;
import org.matchprep.review.ReviewPage;
import org.matchprep.review.ReviewService;
import org.matchprep.review.SharingService;
import org.matchprep.review.SubjectRef;
import org.matchprep.season.DossierService;
import org.matchprep.season.DossierSummary;
import org.matchprep.season.InterviewPlan;
import org.matchprep.season.InterviewService;
import org.matchprep.season.InterviewStatus;
import org.matchprep.season.ProgramType;
import org.matchprep.season.RankListService;
import org.matchprep.season.RankedProgram;
import org.matchprep.testing.IntegrationTest;
import org.matchprep.testing.Who;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;

class ShortlistServiceTest extends IntegrationTest {

    @Autowired
    ShortlistService shortlist;

    @Autowired
    CatalogueService catalogue;

    @Autowired
    DossierService dossiers;

    @Autowired
    InterviewService interviews;

    @Autowired
    RankListService rankList;

    @Autowired
    PairingService pairings;

    @Autowired
    SharingService sharing;

    @Autowired
    ReviewService reviews;

    private long program(String name) {
        return as(accounts.admin(), () -> catalogue.programs().stream().filter(entry -> entry.name().equals(name))
                .findFirst().orElseGet(() -> catalogue.create(new ProgramDetails(name, "Shortlist Health", "Denver", "CO",
                        "America/Denver", ProgramType.ACADEMIC, 7, true, "Neuroradiology", Map.of(2025, 2),
                        new Source("https://example.org/" + name.length() + "/residents", LocalDate.of(2026, 9, 1)),
                        "", Source.NONE, Source.NONE, null, null, null, ""))).id());
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void only_applicants_keep_a_shortlist(Who who) {
        long program = program("Role Check Radiology");
        signedIn(who);
        if (who == Who.APPLICANT) {
            assertThat(shortlist.star(program).items()).extracting(ShortlistItem::programId).containsExactly(program);
        } else {
            assertThatThrownBy(() -> shortlist.myShortlist()).isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> shortlist.star(program)).isInstanceOf(AuthorizationDeniedException.class);
        }
    }

    @Test
    void programs_are_starred_once_moved_noted_and_removed_in_the_applicants_order() {
        long first = program("Order One Radiology");
        long second = program("Order Two Radiology");
        long third = program("Order Three Radiology");
        signedIn(Who.APPLICANT);
        shortlist.star(first);
        shortlist.star(second);
        shortlist.star(third);
        shortlist.star(first);

        MyShortlist moved = shortlist.move(third, -1);
        assertThat(moved.items()).extracting(ShortlistItem::programId).containsExactly(first, third, second);
        assertThat(shortlist.move(first, -1).items().getFirst().programId()).isEqualTo(first);

        assertThat(shortlist.note(third, "  Close to my sister  ").item(third).orElseThrow().note()).isEqualTo("Close to my sister");
        assertThatThrownBy(() -> shortlist.note(third, "x".repeat(501))).hasMessage("The note has 501 characters; the limit is 500.");

        assertThat(shortlist.unstar(first).items()).extracting(ShortlistItem::programId).containsExactly(third, second);
        assertThat(shortlist.myShortlist().items()).extracting(ShortlistItem::position).containsExactly(1, 2);
        assertThatThrownBy(() -> shortlist.star(Long.MAX_VALUE)).hasMessage("That program is no longer in the catalogue.");
    }

    @Test
    void a_dossier_is_made_from_the_catalogue_once_and_the_rank_list_follows_the_shortlist() {
        long denver = program("Dossier Denver Radiology");
        long boulder = program("Dossier Boulder Radiology");
        signedIn(Who.APPLICANT);
        shortlist.star(denver);
        shortlist.star(boulder);

        DossierSummary made = shortlist.makeDossier(denver);
        assertThat(made.details().city()).isEqualTo("Denver");
        assertThat(made.details().size()).isEqualTo("7 positions a year, preliminary year attached");
        assertThat(made.details().imgEvidence()).singleElement().satisfies(evidence -> {
            assertThat(evidence.text()).isEqualTo("2 resident(s) in 2025 trained abroad (checked 2026-09-01)");
            assertThat(evidence.url()).startsWith("https://example.org/");
        });
        assertThat(shortlist.makeDossier(denver).id()).isEqualTo(made.id());
        assertThat(dossiers.myDossiers()).extracting(DossierSummary::name).containsOnlyOnce("Dossier Denver Radiology");

        DossierSummary other = shortlist.makeDossier(boulder);
        for (long dossier : List.of(made.id(), other.id())) {
            interviews.schedule(new InterviewPlan(dossier, LocalDateTime.of(2026, 1, 10, 9, 0), "America/Denver", "Zoom",
                    "", "", InterviewStatus.DONE));
        }
        shortlist.move(boulder, -1);
        assertThat(shortlist.rankInShortlistOrder()).extracting(RankedProgram::programName)
                .containsExactly("Dossier Boulder Radiology", "Dossier Denver Radiology");
        assertThat(rankList.rankList()).extracting(RankedProgram::programName)
                .containsExactly("Dossier Boulder Radiology", "Dossier Denver Radiology");
    }

    @Test
    void exports_list_each_program_with_its_reasons() {
        long program = program("Export Zoë Radiology");
        signedIn(Who.APPLICANT);
        shortlist.star(program);
        shortlist.note(program, "=SUM(A1)");

        String csv = shortlist.exportCsv();
        assertThat(csv).startsWith("\uFEFFPosition,Program,");
        assertThat(csv).contains("Export Zoë Radiology").contains("+12: two of its residents in 2025 trained abroad, as you did")
                .contains("'=SUM(A1)");
        byte[] pdf = shortlist.exportPdf();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void a_shared_shortlist_is_read_and_commented_by_the_mentor_and_nobody_else() {
        long program = program("Shared Shortlist Radiology");
        AccountSummary applicant = accounts.applicant();
        AccountSummary mentor = accounts.mentor();
        AccountSummary stranger = accounts.mentor();
        as(accounts.admin(), () -> pairings.pair(applicant.id(), mentor.id()));
        MyShortlist mine = as(applicant, () -> shortlist.star(program));
        SubjectRef subject = new SubjectRef("shortlist", mine.id());
        as(applicant, () -> {
            sharing.share(subject, mentor.id());
            return null;
        });

        ReviewPage page = as(mentor, () -> reviews.open(subject));
        assertThat(page.title()).isEqualTo("Program shortlist");
        assertThat(page.parts()).singleElement().satisfies(part -> {
            assertThat(part.label()).isEqualTo("1. Shared Shortlist Radiology");
            assertThat(part.text()).contains("+12: two of its residents in 2025 trained abroad, as you did");
        });
        assertThatThrownBy(() -> as(stranger, () -> reviews.open(subject))).isInstanceOf(AccessDeniedException.class);
    }
}
