/**
 * Small types every capability uses: role names, field-level validation errors, not-found and conflict signals.
 */
package org.csucasework.shared;
