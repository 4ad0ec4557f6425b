/**
 * Reports of anti-social behaviour and community safety matters: logging (form, API), references, repeat
 * detection, linking to open reports, sharing with agencies, and each report's timeline.
 */
package org.csucasework.intake;
