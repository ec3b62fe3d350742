package org.matchprep.programs.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ShortlistRepository extends JpaRepository<Shortlist, Long> {

    Optional<Shortlist> findByApplicantId(long applicantId);

    @Query("select distinct s from Shortlist s left join fetch s.entries where s.id in :ids")
    List<Shortlist> withEntries(Collection<Long> ids);
}
