package org.matchprep.mock.domain;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DayOffRepository extends JpaRepository<DayOff, Long> {

    List<DayOff> findByMentorIdOrderByDay(long mentorId);

    boolean existsByMentorIdAndDay(long mentorId, LocalDate day);
}
