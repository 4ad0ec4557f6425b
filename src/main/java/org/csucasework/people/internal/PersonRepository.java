package org.csucasework.people.internal;

import java.time.LocalDate;
import java.util.List;
import org.csucasework.people.Person;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PersonRepository extends JpaRepository<Person, Long> {

    /** People in use whose name contains the text anywhere (first name, surname, part of either). */
    @Query("select p from Person p where p.nameKey like concat('%', :text, '%') and p.mergedIntoId is null"
            + " order by case when p.nameKey like concat(:text, '%') then 0 else 1 end, p.nameKey, p.id")
    List<Person> findByNameContaining(String text, Pageable page);

    // Candidates for possible matches (PersonMatcher), each way by its own index.

    @Query("select p from Person p where (p.nameKey = :nameKey or p.nameSound = :nameSound)"
            + " and p.mergedIntoId is null and p.anonymisedAt is null order by p.id")
    List<Person> findMatchCandidatesByName(String nameKey, String nameSound, Pageable page);

    @Query("select p from Person p where p.phoneKey = :phoneKey and p.mergedIntoId is null and p.anonymisedAt is null"
            + " order by p.id")
    List<Person> findMatchCandidatesByPhone(String phoneKey, Pageable page);

    @Query("select p from Person p where p.emailKey = :emailKey and p.mergedIntoId is null and p.anonymisedAt is null"
            + " order by p.id")
    List<Person> findMatchCandidatesByEmail(String emailKey, Pageable page);

    @Query("select p from Person p where p.dateOfBirth = :dateOfBirth and p.mergedIntoId is null"
            + " and p.anonymisedAt is null order by p.id")
    List<Person> findMatchCandidatesByBirthDate(LocalDate dateOfBirth, Pageable page);

    /**
     * [first id, second id] of records in use with the same name sound and no different date of birth, the newest
     * second records first; {@code text} ("" for any) keeps pairs one of whose name keys contains it.
     */
    @Query(value = "select a.id, b.id from person a join person b on b.name_sound = a.name_sound and b.id > a.id "
            + "where a.merged_into_id is null and b.merged_into_id is null "
            + "and a.anonymised_at is null and b.anonymised_at is null "
            + "and (a.date_of_birth is null or b.date_of_birth is null or a.date_of_birth = b.date_of_birth) "
            + "and (:text = '' or a.name_key like concat('%', :text, '%') or b.name_key like concat('%', :text, '%')) "
            + "order by b.id desc, a.id desc limit :limit", nativeQuery = true)
    List<Object[]> likelyDuplicatePairs(String text, int limit);
}
