/**
 * The documents module's workings, used by its API services and its pages but by no other module: the stores of
 * documents, versions, proceedings, agreements and files; the markup a document's content is written in
 * ({@link uk.saferhub.documents.internal.DocumentMarkup}), with its sections, checks and GOV.UK HTML; the comparison of
 * two versions ({@link uk.saferhub.documents.internal.VersionComparison}); the control block and the PDF a version is
 * printed as ({@link uk.saferhub.documents.internal.DocumentPrinting}); the check that an attachment is what its type
 * claims; the review reminders and their scheduled job; which document records the audit trail may show; the dates
 * as the register writes them; and the demonstration data.
 */
package uk.saferhub.documents.internal;
