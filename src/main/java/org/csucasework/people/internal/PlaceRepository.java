package org.csucasework.people.internal;

import java.util.List;
import java.util.Optional;
import org.csucasework.people.Place;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PlaceRepository extends JpaRepository<Place, Long> {

    @Query("select p from Place p where p.labelKey like concat('%', :text, '%') order by p.labelKey")
    List<Place> findByLabelContaining(String text, Pageable page);

    Optional<Place> findFirstByLabelKeyOrderById(String labelKey);
}
