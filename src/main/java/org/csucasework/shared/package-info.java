/**
 * Small types every capability uses: role names, field-level validation errors (and showing them on a screen's
 * fields), not-found and conflict signals.
 */
package org.csucasework.shared;
