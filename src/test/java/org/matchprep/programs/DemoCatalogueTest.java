package org.matchprep.programs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.matchprep.account.AccountSummary;
import org.matchprep.account.DemoAccountsSeeded;
import org.matchprep.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

class DemoCatalogueTest extends IntegrationTest {

    @Autowired
    DemoCatalogue demo;

    @Autowired
    FitService fit;

    @Autowired
    ShortlistService shortlist;

    @Test
    void the_demo_applicant_gets_a_profile_and_a_shortlist_once() {
        AccountSummary applicant = accounts.applicant();
        demo.addDemoCatalogue(new DemoAccountsSeeded(Map.of(DemoCatalogue.APPLICANT, applicant.id())));
        demo.addDemoCatalogue(new DemoAccountsSeeded(Map.of(DemoCatalogue.APPLICANT, applicant.id())));

        assertThat(as(applicant, () -> fit.myProfile()).profile().step2Score()).isEqualTo(236);
        assertThat(as(applicant, () -> shortlist.myShortlist()).items())
                .extracting(item -> item.fit().program().name()).containsExactlyElementsOf(DemoCatalogue.SHORTLISTED);
    }
}
