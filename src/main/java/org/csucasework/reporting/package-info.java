/**
 * The partnership's annual figures and the Strategic Assessment pack: headline CSU figures, category by month
 * tables, partner figures, the priority ranking, imports and exports.
 */
package org.csucasework.reporting;
