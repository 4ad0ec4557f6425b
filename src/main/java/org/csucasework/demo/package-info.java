/**
 * Demo data for trying the product out: one account per role, created on an empty database when demo data is on.
 */
package org.csucasework.demo;
