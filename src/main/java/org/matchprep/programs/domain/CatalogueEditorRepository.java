package org.matchprep.programs.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CatalogueEditorRepository extends JpaRepository<CatalogueEditor, Long> {
}
