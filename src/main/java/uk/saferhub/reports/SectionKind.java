package uk.saferhub.reports;

/** The sections of a committee report, in the order they are printed; some must not be left empty. */
public enum SectionKind {
    PURPOSE(true), RECOMMENDATIONS(true), TERMS_OF_REFERENCE(false), BACKGROUND(true), DISCUSSION(false),
    NEXT_STEPS(false), BACKGROUND_PAPERS(false), APPENDICES(false);

    private final boolean required;

    SectionKind(boolean required) {
        this.required = required;
    }

    public boolean required() {
        return required;
    }
}
