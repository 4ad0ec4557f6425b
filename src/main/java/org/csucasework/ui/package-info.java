/**
 * The application shell: the main layout with its role-dependent navigation, and each user's home page.
 */
package org.csucasework.ui;
