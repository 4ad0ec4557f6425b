package org.csucasework.reporting.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PriorityMatrixRepository extends JpaRepository<PriorityMatrix, Long> {

    Optional<PriorityMatrix> findByYear(int year);
}
