package org.matchprep.season.domain;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ThankYouOptOutRepository extends JpaRepository<ThankYouOptOut, Long> {

    List<ThankYouOptOut> findByInterviewIdIn(Collection<Long> interviewIds);
}
