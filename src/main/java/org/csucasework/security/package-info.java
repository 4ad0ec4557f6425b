/**
 * Who may do what: user accounts with their roles and agency, login with lockout, sessions, and the web security
 * rules for the UI, the API and the Camunda web apps.
 */
package org.csucasework.security;
