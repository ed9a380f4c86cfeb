package uk.saferhub.intake.internal;

/**
 * The 3x5x2 grading of a piece of intelligence (College of Policing, Authorised Professional Practice, intelligence
 * management): how reliable the source is (1 reliable, 2 untested, 3 not reliable), how the source knows it (A known
 * directly, B known indirectly but corroborated, C known indirectly, D not known, E suspected to be false), and how it
 * may be shared (P lawful sharing permitted, C lawful sharing permitted with the conditions given).
 */
public record Grading(String sourceEvaluation, String intelligenceAssessment, String handlingCode,
        String handlingConditions) {

    public static final java.util.List<String> SOURCE_EVALUATIONS = java.util.List.of("1", "2", "3");
    public static final java.util.List<String> INTELLIGENCE_ASSESSMENTS = java.util.List.of("A", "B", "C", "D", "E");
    public static final java.util.List<String> HANDLING_CODES = java.util.List.of("P", "C");

    /** The grading as police write it, for example 1A P, or 2B C. */
    public String code() {
        return sourceEvaluation + intelligenceAssessment + " " + handlingCode;
    }
}
