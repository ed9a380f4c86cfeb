/**
 * The harness every capability is checked by: the walk over every request mapping, the security and bad-input rules
 * of the web shell, and the accessibility of every page in Chromium. It discovers mappings and navigation at run time,
 * so a new page is covered the moment it exists.
 */
package uk.saferhub.harness;
