package org.csucasework.security.internal;

import java.util.List;
import java.util.Optional;
import org.csucasework.security.AppUser;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    boolean existsByUsername(String username);

    List<AppUser> findAllByOrderByUsername();

    long countByAgencyIdAndEnabledTrue(Long agencyId);

    @EntityGraph(attributePaths = "roles")
    List<AppUser> findByEnabledTrueOrderById();

    @EntityGraph(attributePaths = "roles")
    List<AppUser> findByAgencyIdAndEnabledTrueOrderById(Long agencyId);

    @Query("select count(u) from AppUser u join u.roles r where r = org.csucasework.shared.Role.ADMIN and u.enabled = true")
    long countEnabledAdministrators();
}
