package org.csucasework.shared.personaldata;

/**
 * Records of one type that name people: {@code sql} selects {@code person_id} and {@code record_id} (a report names its
 * reporter and subjects; a referral the person referred). Retention keeps a person while a record naming them is
 * kept; erasure and subject access find a person's records by it.
 */
public record Naming(RecordType type, String sql) {
}
