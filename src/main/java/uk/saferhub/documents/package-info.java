/**
 * The partnership's agreements and protocols: memoranda of understanding, governance protocols, service agreements
 * and policy statements, with their numbered versions, circulation and consultation, approval by the named body,
 * review dates, service-agreement pilots and publication.
 *
 * <p>This package is the module's API: the services another module would call ({@link uk.saferhub.documents.Documents}
 * reads the register, {@link uk.saferhub.documents.DocumentEditor} registers and revises documents and their drafts,
 * {@link uk.saferhub.documents.Consultations} circulates drafts and records comments,
 * {@link uk.saferhub.documents.Approvals} records approvals, {@link uk.saferhub.documents.ApprovedDocumentSteps}
 * brings approved documents into force, reviews, publishes and withdraws them,
 * {@link uk.saferhub.documents.Attachments} keeps their files and {@link uk.saferhub.documents.ServiceAgreements}
 * their pilots and roll-outs) and the records and enums those take and return. How documents are stored, parsed,
 * compared, printed and reminded of is in {@code documents.internal}; the pages and the JSON API are in
 * {@code documents.web}.
 */
@ApplicationModule(allowedDependencies = {"audit", "directory", "geography", "meetings", "partnership", "search", "shared"})
package uk.saferhub.documents;

import org.springframework.modulith.ApplicationModule;
