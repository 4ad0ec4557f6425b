/**
 * Operations: the process engine's health for Actuator, and Prometheus gauges for the work in hand (open tasks,
 * overdue actions, the job executor's backlog).
 */
package org.csucasework.operations;
