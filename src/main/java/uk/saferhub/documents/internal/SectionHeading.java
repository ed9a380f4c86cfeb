package uk.saferhub.documents.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a level-1 heading's words say it is: "1. PURPOSE" and "2.0 PURPOSE OF THIS PROTOCOL" are numbered sections,
 * "Annex A: Governance Protocol" an annex, "Appendix 1(a): Contacts by area" an appendix, anything else an
 * unnumbered section.
 *
 * @param sectionNumber the section's number as a number, or 0 when it is not a numbered section
 */
record SectionHeading(SectionKind kind, String number, String heading, int sectionNumber, String keyStem) {

    private static final String SEPARATOR = "(?:\\s*[:.\\-–—]\\s*|\\s+|$)";

    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,3})(?:\\.0)?\\.?\\s+(\\S.*)$", Pattern.DOTALL);

    private static final Pattern ANNEX = Pattern.compile("^annex\\s+([a-z]{1,2}|\\d{1,3})" + SEPARATOR + "(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private static final Pattern APPENDIX = Pattern.compile(
            "^appendix\\s+(\\d{1,3}(?:\\([a-z]\\)|[a-z])?|[a-z]{1,2})" + SEPARATOR + "(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    static SectionHeading read(String text) {
        String words = text.strip();
        Matcher numbered = NUMBERED.matcher(words);
        if (numbered.matches()) {
            int number = Integer.parseInt(numbered.group(1));
            return new SectionHeading(SectionKind.SECTION, String.valueOf(number), numbered.group(2).strip(), number,
                    "section-" + number);
        }
        Matcher annex = ANNEX.matcher(words);
        if (annex.matches()) {
            String letter = annex.group(1).toUpperCase(Locale.ROOT);
            return new SectionHeading(SectionKind.ANNEX, letter, blankToNull(annex.group(2)), 0,
                    "annex-" + slug(letter));
        }
        Matcher appendix = APPENDIX.matcher(words);
        if (appendix.matches()) {
            String number = appendix.group(1);
            return new SectionHeading(SectionKind.APPENDIX, number, blankToNull(appendix.group(2)), 0,
                    "appendix-" + slug(number).replace("-", ""));
        }
        String slug = slug(words);
        return new SectionHeading(SectionKind.SECTION, null, words, 0,
                "section-" + (slug.isEmpty() ? "untitled" : slug));
    }

    boolean numberedSection() {
        return sectionNumber > 0 || (kind == SectionKind.SECTION && number != null);
    }

    /** Lower-case letters and digits joined by hyphens: "Measures of success" becomes "measures-of-success". */
    static String slug(String words) {
        String plain = Normalizer.normalize(words, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return plain.length() <= 60 ? plain : plain.substring(0, 60).replaceAll("-+$", "");
    }

    private static String blankToNull(String words) {
        return words == null || words.isBlank() ? null : words.strip();
    }
}
