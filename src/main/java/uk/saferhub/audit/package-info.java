/**
 * The append-only, hash-chained record of every change, every sign-in and every view of a restricted record.
 */
package uk.saferhub.audit;
