package org.csucasework.people.internal;

import org.csucasework.people.PersonMerge;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PersonMergeRepository extends JpaRepository<PersonMerge, Long> {
}
