/**
 * People and places that reports are about, each kept once and matched while typing so that their history
 * accumulates across reports.
 */
package org.csucasework.people;
