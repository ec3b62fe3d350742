package org.matchprep.programs.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CatalogueProgramRepository extends JpaRepository<CatalogueProgram, Long> {

    @Query("select p from CatalogueProgram p order by lower(p.name)")
    List<CatalogueProgram> findAllByName();

    /** The programs whose name has the same key (see {@link CatalogueProgram#nameKey}), as the unique index counts. */
    @Query(value = "select * from catalogue_program where lower(regexp_replace(btrim(name), '\\s+', ' ', 'g')) = :key",
            nativeQuery = true)
    List<CatalogueProgram> findByNameKey(String key);
}
