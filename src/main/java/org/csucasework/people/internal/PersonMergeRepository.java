package org.csucasework.people.internal;

import org.csucasework.people.PersonMerge;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PersonMergeRepository extends JpaRepository<PersonMerge, Long> {

    /** Merges and splits not undone, newest first. */
    java.util.List<PersonMerge> findByUndoneAtIsNullOrderByDoneAtDescIdDesc(
            org.springframework.data.domain.Pageable page);
}
