package org.csucasework.reference;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import lombok.Getter;

/** Identity and optimistic-lock version shared by every reference record. */
@MappedSuperclass
@Getter
public abstract class ReferenceEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(nullable = false)
    private long version;

    public boolean isNew() {
        return id == null;
    }

    /** The natural key an administrator sees and other records refer to. */
    public abstract String getCode();

    /** The value of the unique attribute ({@link ReferenceType#codeAttribute}) when it is not the code text itself. */
    protected Object codeValue() {
        return getCode();
    }

    /** Used by {@link ReferenceType#copyOf}: id and version have no setters, so that nothing else can forge them. */
    void copyIdentityFrom(ReferenceEntity other) {
        this.id = other.id;
        this.version = other.version;
    }
}
