/**
 * CSU Casework: the case system a Community Safety Unit and its partner agencies share.
 */
package org.csucasework;
