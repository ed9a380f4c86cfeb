/**
 * The partnership's organisations, the people in them and who to contact for what in each area.
 */
package uk.saferhub.directory;
