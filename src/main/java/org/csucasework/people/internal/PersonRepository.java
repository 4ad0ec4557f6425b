package org.csucasework.people.internal;

import java.time.LocalDate;
import java.util.List;
import org.csucasework.people.Person;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PersonRepository extends JpaRepository<Person, Long> {

    @Query("select p from Person p where p.nameKey like concat(:prefix, '%') order by p.nameKey")
    List<Person> findByNamePrefix(String prefix, Pageable page);

    @Query("select p from Person p where p.nameKey = :nameKey and p.dateOfBirth = :dateOfBirth order by p.id")
    List<Person> findByNameAndBirthDate(String nameKey, LocalDate dateOfBirth);

    @Query("select p from Person p where p.nameKey = :nameKey and p.dateOfBirth is null order by p.id")
    List<Person> findMatchesWithoutBirthDate(String nameKey);
}
