/**
 * The partnership's structure: its bodies, how they report to and link with each other, who leads on which theme,
 * their governance arrangements and who sits on them.
 */
package uk.saferhub.partnership;
