package org.matchprep.review.domain;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ThreadCommentRepository extends JpaRepository<ThreadComment, Long> {

    List<ThreadComment> findByThreadIdInOrderByCreatedAtAscIdAsc(Collection<Long> threadIds);
}
