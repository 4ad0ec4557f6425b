/**
 * The drawn process of a record: its BPMN model as deployed, drawn in the browser by bpmn-js with the current and
 * finished steps marked, and the same in words for those who cannot see the drawing.
 */
package org.csucasework.diagram;
