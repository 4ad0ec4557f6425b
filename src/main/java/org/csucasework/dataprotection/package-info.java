/**
 * Data protection: the retention policy that anonymises closed cases past their age, subject access exports of
 * everything held about a person, and erasure of a person with a recorded reason.
 */
package org.csucasework.dataprotection;
