package org.matchprep.mock.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AvailabilityWindowRepository extends JpaRepository<AvailabilityWindow, Long> {

    List<AvailabilityWindow> findByMentorIdOrderByKindAscDayOfWeekAscOnDateAscStartTimeAsc(long mentorId);

    default List<AvailabilityWindow> ofMentor(long mentorId) {
        return findByMentorIdOrderByKindAscDayOfWeekAscOnDateAscStartTimeAsc(mentorId);
    }
}
