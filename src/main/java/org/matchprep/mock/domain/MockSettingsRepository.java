package org.matchprep.mock.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MockSettingsRepository extends JpaRepository<MockSettings, Long> {

    default MockSettings of(long mentorId) {
        return findById(mentorId).orElseGet(() -> MockSettings.defaults(mentorId));
    }
}
