/**
 * Who may sign in, for which organisation and with which roles; API keys for other systems; the web security rules.
 */
package uk.saferhub.identity;
