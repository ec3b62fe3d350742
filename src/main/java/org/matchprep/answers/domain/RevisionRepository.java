package org.matchprep.answers.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RevisionRepository extends JpaRepository<Revision, Long> {

    Optional<Revision> findFirstByAnswerIdOrderByNumberDesc(long answerId);

    List<Revision> findByAnswerIdOrderByNumberDesc(long answerId);

    long countByAnswerId(long answerId);
}
