package uk.saferhub.shared.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Plain messages for a value that could not be taken as what its field expects, for a form field or an API field or
 * parameter alike. They name the field and say what to send; they never show a Java type or the parser's words.
 */
final class InputProblems {

    private InputProblems() {
    }

    /**
     * For a form: the message key of what was wrong, its text in {@code messages.properties} with the field's label
     * as {0} and in lower case as {1}: "Choose roles from the options given", "Date day must be a number".
     */
    static String formKey(Class<?> expected, boolean unstorable) {
        if (unstorable) {
            return "input.unstorable";
        }
        if (expected == null) {
            return "input.invalid";
        }
        if (expected.isEnum() || isId(expected)) {
            return "input.choose";
        }
        if (isWholeNumber(expected)) {
            return "input.wholeNumber";
        }
        if (Number.class.isAssignableFrom(expected) || expected == double.class || expected == float.class) {
            return "input.number";
        }
        if (expected == LocalTime.class) {
            return "input.time";
        }
        if (Temporal.class.isAssignableFrom(expected)) {
            return "input.date";
        }
        if (expected == boolean.class || expected == Boolean.class) {
            return "input.yesNo";
        }
        return "input.invalid";
    }

    /** The label of a field as {@link #formKey}'s messages take it: as a sentence starts, and in lower case. */
    static Object[] formArguments(String path) {
        String label = label(path);
        return new Object[] {label, label.toLowerCase(Locale.UK)};
    }

    /** For the API: "The value of status is not valid: use one of OPEN, DONE." */
    static String forApi(String path, Class<?> expected, boolean unstorable) {
        if (unstorable) {
            return "The value of " + path + " contains a control character, which cannot be stored: remove it.";
        }
        return "The value of " + path + " is not valid" + expectation(expected) + ".";
    }

    private static String expectation(Class<?> expected) {
        if (expected == null) {
            return "";
        }
        if (expected.isEnum()) {
            return ": use one of " + Arrays.stream(expected.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (expected == String.class) {
            return ": use text in double quotes";
        }
        if (isId(expected)) {
            return ": use an id (a UUID)";
        }
        if (isWholeNumber(expected)) {
            return ": use a whole number";
        }
        if (Number.class.isAssignableFrom(expected) || expected == double.class || expected == float.class) {
            return ": use a number";
        }
        if (expected == boolean.class || expected == Boolean.class) {
            return ": use true or false";
        }
        if (expected == LocalDate.class) {
            return ": use a date as yyyy-mm-dd";
        }
        if (expected == LocalDateTime.class) {
            return ": use a date and time as yyyy-mm-ddThh:mm";
        }
        if (expected == LocalTime.class) {
            return ": use a time as hh:mm";
        }
        return "";
    }

    /** A UUID, or a typed id holding one (a record of a single UUID, such as a body's id). */
    private static boolean isId(Class<?> type) {
        return type == UUID.class || type.isRecord() && type.getRecordComponents().length == 1
                && type.getRecordComponents()[0].getType() == UUID.class;
    }

    private static boolean isWholeNumber(Class<?> type) {
        return type == int.class || type == long.class || type == short.class || type == Integer.class
                || type == Long.class || type == Short.class || type == java.math.BigInteger.class;
    }

    /** "roles" → "Roles", "months[0].ownerPersonId" → "Owner person". */
    static String label(String path) {
        String last = path == null ? "" : path.replaceAll("\\[[^]]*]", "");
        last = last.substring(last.lastIndexOf('.') + 1);
        String words = last.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.UK);
        if (words.endsWith(" id")) {
            words = words.substring(0, words.length() - 3);
        }
        if (words.isBlank()) {
            return "This field";
        }
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
