/**
 * The partnership's agreements and protocols: memoranda of understanding, governance protocols, service agreements
 * and policy statements, with their numbered versions, circulation and consultation, approval by the named body,
 * review dates, service-agreement pilots and publication.
 */
package uk.saferhub.documents;
