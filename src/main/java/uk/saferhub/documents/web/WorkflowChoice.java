package uk.saferhub.documents.web;

/**
 * One option of a radio, checkbox or select list on the documents workflow pages.
 *
 * @param hint words under the option, or null
 */
public record WorkflowChoice(String value, String label, String hint) {

    static WorkflowChoice of(String value, String label) {
        return new WorkflowChoice(value, label, null);
    }
}
