package uk.saferhub.meetings.web;

import java.util.List;

import org.springframework.web.util.HtmlUtils;

/**
 * Draws attendance as an inline SVG bar chart on the server: one bar per person, split into present, apologies and
 * absent, with the figures written beside it; its words come from messages. Presentation attributes only (the CSP forbids style attributes); the
 * page shows the same figures in a table for screen readers.
 */
final class AttendanceChart {

    static final String PRESENT = "#00703c";
    static final String APOLOGIES = "#1d70b8";
    static final String ABSENT = "#d4351c";

    private static final int NAME_WIDTH = 150;
    private static final int BAR_WIDTH = 120;
    private static final int FIGURES_WIDTH = 115;
    /* 385 units wide: on a 320 px phone (290 px of content) the 15-unit text is drawn 11 px high. */
    private static final int ROW = 30;
    private static final int BAR = 18;
    private static final int TOP = 40;

    private AttendanceChart() {
    }

    /** The chart's words, from messages: its title, what it shows, the legend, and a row's figures ({0} to {4}). */
    record Words(String title, String description, String present, String apologies, String absent,
            String figures, String proportion) {
    }

    /** The chart for these rows. */
    static String svg(List<AttendanceRow> rows, Words words) {
        int most = rows.stream().mapToInt(AttendanceRow::recorded).max().orElse(1);
        int width = NAME_WIDTH + BAR_WIDTH + FIGURES_WIDTH;
        int height = TOP + rows.size() * ROW + 10;
        StringBuilder out = new StringBuilder();
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"saferhub-attendance-chart\" role=\"img\"")
                .append(" aria-labelledby=\"attendance-chart-title attendance-chart-desc\" viewBox=\"0 0 ")
                .append(width).append(' ').append(height)
                .append("\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\" font-family=\"Arial, sans-serif\">")
                .append("<title id=\"attendance-chart-title\">").append(escape(words.title())).append("</title>")
                .append("<desc id=\"attendance-chart-desc\">").append(escape(words.description())).append("</desc>")
                .append("<rect x=\"0\" y=\"0\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" fill=\"#ffffff\"/>");
        legend(out, words);
        for (int i = 0; i < rows.size(); i++) {
            row(out, rows.get(i), TOP + i * ROW, most, words);
        }
        return out.append("</svg>").toString();
    }

    private static void legend(StringBuilder out, Words words) {
        int x = 0;
        for (String[] key : new String[][] {{PRESENT, words.present()}, {APOLOGIES, words.apologies()},
                {ABSENT, words.absent()}}) {
            out.append("<rect x=\"").append(x).append("\" y=\"6\" width=\"14\" height=\"14\" fill=\"").append(key[0])
                    .append("\"/>").append(text(x + 20, 18, key[1], "start"));
            x += 115;
        }
    }

    private static void row(StringBuilder out, AttendanceRow row, int y, int most, Words words) {
        out.append("<g class=\"attendance-person\"><title>").append(escape(format(words.figures(), row)))
                .append("</title>");
        out.append(text(NAME_WIDTH - 8, y + BAR - 4, shortened(row.name(), 19), "end"));
        int x = NAME_WIDTH;
        x = segment(out, x, y, row.present(), most, PRESENT);
        x = segment(out, x, y, row.apologies(), most, APOLOGIES);
        segment(out, x, y, row.absent(), most, ABSENT);
        out.append(text(NAME_WIDTH + BAR_WIDTH + 8, y + BAR - 4, format(words.proportion(), row), "start"));
        out.append("</g>");
    }

    private static int segment(StringBuilder out, int x, int y, int count, int most, String colour) {
        if (count == 0) {
            return x;
        }
        int width = Math.max(2, Math.round((float) BAR_WIDTH * count / most));
        out.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(width)
                .append("\" height=\"").append(BAR).append("\" fill=\"").append(colour)
                .append("\" stroke=\"#ffffff\" stroke-width=\"1\"/>");
        return x + width;
    }

    /** A row's words: {0} the name, {1} present, {2} apologies, {3} absent, {4} recorded, {5} percent present. */
    private static String format(String pattern, AttendanceRow row) {
        return java.text.MessageFormat.format(pattern, row.name(), row.present(), row.apologies(), row.absent(),
                row.recorded(), row.percent());
    }

    private static String text(int x, int y, String value, String anchor) {
        return "<text x=\"" + x + "\" y=\"" + y + "\" text-anchor=\"" + anchor
                + "\" font-size=\"15\" fill=\"#0b0c0c\">" + escape(value) + "</text>";
    }

    private static String shortened(String name, int most) {
        return name.length() <= most ? name : name.substring(0, most - 1) + "…";
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
    }
}
