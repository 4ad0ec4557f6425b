package org.csucasework.reference;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.csucasework.shared.ConflictException;
import org.csucasework.shared.FieldError;
import org.csucasework.shared.Role;
import org.csucasework.shared.ValidationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads reference data for everyone and lets administrators change it. Codes are unique per kind; names required.
 */
@Service
@RequiredArgsConstructor
public class ReferenceDataService {

    private final EntityManager entityManager;
    private final Validator validator;

    @Transactional(readOnly = true)
    public <T extends ReferenceEntity> List<T> list(ReferenceType<T> type) {
        return entityManager
                .createQuery("select e from " + type.entityClass().getSimpleName() + " e order by e." + type.orderBy(),
                        type.entityClass())
                .getResultList();
    }

    @Transactional(readOnly = true)
    public <T extends ReferenceEntity> Optional<T> findByCode(ReferenceType<T> type, String code) {
        if (code == null) {
            return Optional.empty();
        }
        return entityManager
                .createQuery("select e from " + type.entityClass().getSimpleName() + " e where e."
                        + type.codeAttribute() + " = :code", type.entityClass())
                .setParameter("code", code)
                .getResultStream().findFirst();
    }

    @Transactional(readOnly = true)
    public long count(ReferenceType<?> type) {
        return entityManager.createQuery("select count(e) from " + type.entityClass().getSimpleName() + " e", Long.class)
                .getSingleResult();
    }

    /**
     * Creates or updates a record. Every broken rule comes back at once as a {@link ValidationException} naming its
     * field; a record changed by someone else since it was read gives a {@link ConflictException}.
     */
    @PreAuthorize("hasRole('" + Role.ADMIN_NAME + "')")
    @Transactional
    public <T extends ReferenceEntity> T save(ReferenceType<T> type, T record) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<T> violation : validator.validate(record)) {
            errors.add(new FieldError(violation.getPropertyPath().toString(), violation.getMessage()));
        }
        String code = record.getCode();
        if (code != null && !code.isBlank() && codeTakenByAnother(type, record)) {
            errors.add(new FieldError(type.codeAttribute(), "The code " + code + " is already used"));
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(FieldError::field));
            throw new ValidationException(errors);
        }
        try {
            T saved = record.isNew() ? persist(record) : entityManager.merge(record);
            entityManager.flush();
            return saved;
        } catch (OptimisticLockException | ObjectOptimisticLockingFailureException e) {
            throw new ConflictException("Someone else changed this record while you were editing it. Reload it and try again.");
        }
    }

    private <T extends ReferenceEntity> T persist(T record) {
        entityManager.persist(record);
        return record;
    }

    private <T extends ReferenceEntity> boolean codeTakenByAnother(ReferenceType<T> type, T record) {
        return entityManager
                .createQuery("select count(e) from " + type.entityClass().getSimpleName() + " e where e."
                        + type.codeAttribute() + " = :code and (:id is null or e.id <> :id)", Long.class)
                .setParameter("code", record.codeValue())
                .setParameter("id", record.getId())
                .getSingleResult() > 0;
    }

    // Convenience reads used across the product.

    @Transactional(readOnly = true)
    public District district() {
        return list(ReferenceType.DISTRICT).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("No district in the reference data"));
    }

    @Transactional(readOnly = true)
    public Optional<Agency> agency(String code) {
        return findByCode(ReferenceType.AGENCIES, code);
    }

    @Transactional(readOnly = true)
    public Optional<Agency> agency(Long id) {
        return Optional.ofNullable(id).map(i -> entityManager.find(Agency.class, i));
    }

    @Transactional(readOnly = true)
    public List<Agency> activeAgencies() {
        return list(ReferenceType.AGENCIES).stream().filter(Agency::isActive).toList();
    }

    @Transactional(readOnly = true)
    public List<Ward> activeWards() {
        return list(ReferenceType.WARDS).stream().filter(Ward::isActive).toList();
    }

    @Transactional(readOnly = true)
    public List<Category> activeCategories() {
        return list(ReferenceType.CATEGORIES).stream().filter(Category::isActive).toList();
    }
}
