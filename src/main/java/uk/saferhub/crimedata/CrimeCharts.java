package uk.saferhub.crimedata;

import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.web.util.HtmlUtils;

import uk.saferhub.crimedata.CrimeSummary.MonthFigure;

/**
 * Draws crime charts for any module's pages. {@link #trend} draws a monthly series (a dash for a month not held) as an inline SVG column chart on the server, with the control limits and centre line of an
 * individuals chart drawn across it (dashed), the month judged marked by its shade. Presentation attributes only (the
 * CSP forbids style attributes); the page shows the same figures in a table beside it.
 */
public final class CrimeCharts {

    static final String COLUMN = "#1d70b8";
    static final String SIGNAL = "#d4351c";
    static final String LIMIT = "#505a5f";

    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MMM yy", Locale.UK);
    private static final int WIDTH = 640;
    private static final int HEIGHT = 300;
    private static final int LEFT = 56;
    private static final int RIGHT = 110;
    private static final int TOP = 16;
    private static final int BOTTOM = 44;

    private CrimeCharts() {
    }

    /** The chart's words: title, description, and the labels of the upper limit, centre and lower limit ({0}). */
    public record Words(String title, String description, String upper, String centre, String lower, String column) {
    }

    public static String trend(String id, List<MonthFigure> months, ControlLimits limits, boolean lastIsSignal, Words words) {
        double most = months.stream().mapToLong(MonthFigure::count).max().orElse(0);
        if (limits != null) {
            most = Math.max(most, limits.upper());
        }
        most = nice(Math.max(1, most));
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        StringBuilder out = new StringBuilder();
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"saferhub-trend-chart\" role=\"img\"")
                .append(" aria-labelledby=\"").append(id).append("-title ").append(id).append("-desc\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(HEIGHT)
                .append("\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\" font-family=\"Arial, sans-serif\">")
                .append("<title id=\"").append(id).append("-title\">").append(escape(words.title())).append("</title>")
                .append("<desc id=\"").append(id).append("-desc\">").append(escape(words.description()))
                .append("</desc><rect x=\"0\" y=\"0\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" fill=\"#ffffff\"/>");
        for (int tick = 0; tick <= 4; tick++) {
            double value = most * tick / 4;
            double y = TOP + plotHeight - plotHeight * value / most;
            out.append(line(LEFT, y, LEFT + plotWidth, y, "#b1b4b6", false))
                    .append(text(LEFT - 6, y + 5, format(value), "end", 13));
        }
        double slot = (double) plotWidth / Math.max(1, months.size());
        double bar = Math.max(2, slot * 0.7);
        int every = Math.max(1, (int) Math.ceil(months.size() / 12.0));
        for (int i = 0; i < months.size(); i++) {
            MonthFigure month = months.get(i);
            if (!month.held()) {
                out.append(text(LEFT + slot * i + slot / 2, TOP + plotHeight - 6, "–", "middle", 12));
                if (i % every == 0) {
                    out.append(text(LEFT + slot * i + slot / 2, HEIGHT - BOTTOM + 18, month.month().format(SHORT),
                            "middle", 12));
                }
                continue;
            }
            double height = plotHeight * month.count() / most;
            double x = LEFT + slot * i + (slot - bar) / 2;
            boolean signal = lastIsSignal && i == months.size() - 1;
            out.append("<g><title>").append(escape(MessageFormat.format(words.column(),
                    month.month().format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK)), month.count())))
                    .append("</title><rect x=\"").append(round(x)).append("\" y=\"")
                    .append(round(TOP + plotHeight - height)).append("\" width=\"").append(round(bar))
                    .append("\" height=\"").append(round(height)).append("\" fill=\"")
                    .append(signal ? SIGNAL : COLUMN).append("\"/></g>");
            if (i % every == 0) {
                out.append(text(x + bar / 2, HEIGHT - BOTTOM + 18, month.month().format(SHORT), "middle", 12));
            }
        }
        if (limits != null) {
            limit(out, limits.upper(), most, plotHeight, plotWidth, words.upper());
            limit(out, limits.centre(), most, plotHeight, plotWidth, words.centre());
            if (limits.lower() > 0) {
                limit(out, limits.lower(), most, plotHeight, plotWidth, words.lower());
            }
        }
        return out.append("</svg>").toString();
    }

    private static void limit(StringBuilder out, double value, double most, int plotHeight, int plotWidth,
            String label) {
        double y = TOP + plotHeight - plotHeight * value / most;
        out.append(line(LEFT, y, LEFT + plotWidth, y, LIMIT, true))
                .append(text(LEFT + plotWidth + 6, y + 4, MessageFormat.format(label, format(value)), "start", 12));
    }

    private static String line(double x1, double y1, double x2, double y2, String colour, boolean dashed) {
        return "<line x1=\"" + round(x1) + "\" y1=\"" + round(y1) + "\" x2=\"" + round(x2) + "\" y2=\"" + round(y2)
                + "\" stroke=\"" + colour + "\" stroke-width=\"" + (dashed ? 2 : 1) + "\""
                + (dashed ? " stroke-dasharray=\"6 4\"" : "") + "/>";
    }

    private static String text(double x, double y, String value, String anchor, int size) {
        return "<text x=\"" + round(x) + "\" y=\"" + round(y) + "\" text-anchor=\"" + anchor + "\" font-size=\""
                + size + "\" fill=\"#0b0c0c\">" + escape(value) + "</text>";
    }

    /** The top of the scale: 1, 2, 2.5 or 5 times a power of ten at or above the value. */
    static double nice(double value) {
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * power >= value) {
                return step * power;
            }
        }
        return 10 * power;
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.format(Locale.UK, "%,d", (long) value)
                : String.format(Locale.UK, "%,.1f", value);
    }

    private static String round(double value) {
        return String.valueOf(Math.round(value * 10) / 10.0);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
    }
}
