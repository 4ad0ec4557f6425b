/**
 * The victim risk assessment: questions, weights and levels from reference data, each assessment kept with the
 * questions as they were asked, its score, level and assessor.
 */
package org.csucasework.risk;
