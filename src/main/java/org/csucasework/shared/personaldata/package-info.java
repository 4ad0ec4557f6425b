/**
 * The personal-data SPI (docs/decisions/0029): each module that holds personal data implements {@link
 * org.csucasework.shared.personaldata.PersonalData} for its own tables; data protection calls every implementation
 * in one transaction for retention, erasure and subject access.
 */
@org.springframework.modulith.NamedInterface("personaldata")
package org.csucasework.shared.personaldata;
