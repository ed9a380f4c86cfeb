package uk.saferhub.documents.web;

import jakarta.validation.constraints.NotNull;

/** Whether to put a document on the public pages or take it off them, as posted. */
record PublicationForm(@NotNull(message = "{documents.publish.choice.required}") Publication choice) {

    /** The two answers: publish it, or take it off the public pages. */
    enum Publication { PUBLISH, TAKE_OFF }

    /** The answer that changes what is there now. */
    static PublicationForm toChange(boolean published) {
        return new PublicationForm(published ? Publication.TAKE_OFF : Publication.PUBLISH);
    }

    boolean publish() {
        return choice == Publication.PUBLISH;
    }
}
