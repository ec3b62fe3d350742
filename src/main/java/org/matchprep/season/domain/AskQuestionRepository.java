package org.matchprep.season.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AskQuestionRepository extends JpaRepository<AskQuestionEntry, Long> {

    @Query("""
            select q from AskQuestionEntry q where q.ownerId is null or q.ownerId = :me
            order by q.audience, q.position, q.id
            """)
    List<AskQuestionEntry> visibleTo(@Param("me") long me);
}
