package uk.saferhub.partnership.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.util.HtmlUtils;

import uk.saferhub.partnership.Body;
import uk.saferhub.partnership.BodyId;
import uk.saferhub.partnership.Tier;
import uk.saferhub.partnership.internal.Relation;
import uk.saferhub.partnership.internal.RelationKind;

import uk.saferhub.shared.web.PageWords;

/**
 * Draws the structure as inline SVG on the server: one band of boxes per tier (county at the top), reporting lines
 * solid with an arrow, links dashed. Presentation attributes only (the CSP forbids style attributes). Its words
 * (tiers, titles) come from the messages.
 */
final class StructureChart {

    static final int BOX_WIDTH = 200;
    static final int GAP = 24;

    /**
     * How the chart is laid out. The wide layout puts seven boxes in a line with the tier named beside them; on a
     * phone that is drawn at a fifth of its size, so the narrow one puts two boxes in a line, names the tier above
     * them and uses larger text: at 360 px across its text is drawn at about 12 px.
     */
    record Layout(String suffix, int perLine, int labelWidth, boolean labelAbove, int fontSize, int wrapAt,
            int boxHeight) {

        static final Layout WIDE = new Layout("", 7, 90, false, 13, 27, 64);
        static final Layout NARROW = new Layout("-narrow", 2, 12, true, 17, 20, 84);
    }

    private StructureChart() {
    }

    /** The SVG for these bodies and the relations between them; relations to bodies not drawn are left out. */
    static String svg(List<Body> bodies, List<Relation> relations, String description, PageWords words) {
        return svg(bodies, relations, description, words, Layout.WIDE);
    }

    static String svg(List<Body> bodies, List<Relation> relations, String description, PageWords words,
            Layout layout) {
        int perLine = layout.perLine();
        int labelWidth = layout.labelWidth();
        int boxHeight = layout.boxHeight();
        Map<BodyId, int[]> boxes = new LinkedHashMap<>();
        StringBuilder shapes = new StringBuilder();
        int y = GAP;
        int widest = 0;
        Map<BodyId, Integer> depths = depths(bodies, relations);
        for (Tier tier : Tier.values()) {
            List<Body> inTier = bodies.stream().filter(body -> body.tier() == tier).toList();
            if (inTier.isEmpty()) {
                continue;
            }
            if (layout.labelAbove()) {
                shapes.append(text(GAP / 2, y + layout.fontSize(), words.label("partnership.tier.", tier), "start",
                        "bold", layout));
                y += layout.fontSize() + GAP / 2;
            } else {
                shapes.append(text(GAP / 2, y + boxHeight / 2 + 5, words.label("partnership.tier.", tier), "start",
                        "bold", layout));
            }
            int deepest = inTier.stream().mapToInt(body -> depths.get(body.id())).max().orElse(0);
            for (int depth = 0; depth <= deepest; depth++) {
                int level = depth;
                List<Body> row = inTier.stream().filter(body -> depths.get(body.id()) == level).toList();
                for (int i = 0; i < row.size(); i++) {
                    if (i > 0 && i % perLine == 0) {
                        y += boxHeight + GAP * 2;
                    }
                    int inLine = Math.min(perLine, row.size() - (i / perLine) * perLine);
                    int x = labelWidth + (perLine - inLine) * (BOX_WIDTH + GAP) / 2
                            + (i % perLine) * (BOX_WIDTH + GAP);
                    widest = Math.max(widest, x + BOX_WIDTH + GAP);
                    Body body = row.get(i);
                    boxes.put(body.id(), new int[] {x, y});
                    shapes.append(box(body, x, y, words, layout));
                }
                if (!row.isEmpty()) {
                    y += boxHeight + GAP * 2;
                }
            }
            y += GAP;
        }
        StringBuilder lines = new StringBuilder();
        Map<BodyId, String> names = new LinkedHashMap<>();
        bodies.forEach(body -> names.put(body.id(), body.name()));
        for (Relation relation : relations) {
            int[] from = boxes.get(relation.from());
            int[] to = boxes.get(relation.to());
            if (from != null && to != null) {
                lines.append(line(relation, from, to, names, words, layout));
            }
        }
        int width = Math.max(widest, labelWidth + perLine * (BOX_WIDTH + GAP));
        int height = Math.max(y, boxHeight + GAP * 2);
        String suffix = layout.suffix();
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"saferhub-structure-chart saferhub-structure-chart"
                + (suffix.isEmpty() ? "--wide" : suffix) + "\" role=\"img\""
                + " aria-labelledby=\"structure-chart-title" + suffix + " structure-chart-desc" + suffix
                + "\" viewBox=\"0 0 " + width + " "
                + height + "\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\" font-family=\"Arial, sans-serif\">"
                + "<title id=\"structure-chart-title" + suffix + "\">" + escape(words.text("partnership.structure.chart.title")) + "</title>"
                + "<desc id=\"structure-chart-desc" + suffix + "\">" + escape(description) + "</desc>"
                + "<defs><marker id=\"structure-arrow" + suffix + "\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\""
                + " markerHeight=\"8\" orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\""
                + " fill=\"#0b0c0c\"/></marker></defs>"
                + "<rect x=\"0\" y=\"0\" width=\"" + width + "\" height=\"" + height + "\" fill=\"#ffffff\"/>"
                + lines + shapes + "</svg>";
    }

    /** How many reporting steps up a body is from the top of its own tier: its sub-row within the tier. */
    static Map<BodyId, Integer> depths(List<Body> bodies, List<Relation> relations) {
        Map<BodyId, Tier> tiers = new LinkedHashMap<>();
        bodies.forEach(body -> tiers.put(body.id(), body.tier()));
        Map<BodyId, Integer> depths = new LinkedHashMap<>();
        for (Body body : bodies) {
            depth(body.id(), tiers, relations, depths, new java.util.HashSet<>());
        }
        return depths;
    }

    private static int depth(BodyId id, Map<BodyId, Tier> tiers, List<Relation> relations,
            Map<BodyId, Integer> depths, java.util.Set<BodyId> path) {
        Integer known = depths.get(id);
        if (known != null) {
            return known;
        }
        if (!path.add(id)) {
            return 0;
        }
        int depth = 0;
        for (Relation relation : relations) {
            if (relation.kind() == RelationKind.REPORTS_TO && relation.from().equals(id)
                    && tiers.get(relation.to()) == tiers.get(id)) {
                depth = Math.max(depth, 1 + depth(relation.to(), tiers, relations, depths, path));
            }
        }
        path.remove(id);
        depths.put(id, depth);
        return depth;
    }

    private static String box(Body body, int x, int y, PageWords words, Layout layout) {
        int boxHeight = layout.boxHeight();
        StringBuilder out = new StringBuilder();
        out.append("<g class=\"structure-body\" data-body=\"").append(body.id()).append("\"><title>")
                .append(escape(words.text("partnership.structure.chart.body", body.name(),
                        words.label("partnership.bodyType.", body.type())))).append("</title>")
                .append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(BOX_WIDTH)
                .append("\" height=\"").append(boxHeight).append("\" rx=\"4\" fill=\"")
                .append(body.statutory() ? "#d2e2f1" : "#f3f2f1").append("\" stroke=\"#0b0c0c\" stroke-width=\"")
                .append(body.statutory() ? 3 : 1).append("\"/>");
        List<String> wrapped = wrap(body.name(), layout.wrapAt());
        int lineHeight = layout.fontSize() + 3;
        int top = y + boxHeight / 2 - (wrapped.size() - 1) * lineHeight / 2 + layout.fontSize() / 3;
        for (int i = 0; i < wrapped.size(); i++) {
            out.append(text(x + BOX_WIDTH / 2, top + i * lineHeight, wrapped.get(i), "middle", "normal", layout));
        }
        return out.append("</g>").toString();
    }

    private static String line(Relation relation, int[] from, int[] to, Map<BodyId, String> names,
            PageWords words, Layout layout) {
        int boxHeight = layout.boxHeight();
        int x1;
        int y1;
        int x2;
        int y2;
        if (from[1] == to[1]) {
            boolean rightwards = to[0] > from[0];
            x1 = from[0] + (rightwards ? BOX_WIDTH : 0);
            x2 = to[0] + (rightwards ? 0 : BOX_WIDTH);
            y1 = from[1] + boxHeight / 2;
            y2 = to[1] + boxHeight / 2;
        } else {
            boolean upwards = to[1] < from[1];
            x1 = from[0] + BOX_WIDTH / 2;
            x2 = to[0] + BOX_WIDTH / 2;
            y1 = from[1] + (upwards ? 0 : boxHeight);
            y2 = to[1] + (upwards ? boxHeight : 0);
        }
        boolean reports = relation.kind() == RelationKind.REPORTS_TO;
        String title = words.text("partnership.structure.chart.line." + relation.kind(), names.get(relation.from()),
                names.get(relation.to()));
        return "<g class=\"structure-line\" data-from=\"" + relation.from() + "\" data-to=\"" + relation.to()
                + "\" data-kind=\"" + relation.kind() + "\"><title>" + escape(title) + "</title>"
                + "<line x1=\"" + x1 + "\" y1=\"" + y1 + "\" x2=\"" + x2 + "\" y2=\"" + y2 + "\" stroke=\""
                + (reports ? "#0b0c0c" : "#505a5f") + "\" stroke-width=\"" + (reports ? 2 : 1.5) + "\""
                + (reports ? " marker-end=\"url(#structure-arrow" + layout.suffix() + ")\"" : " stroke-dasharray=\"6 4\"") + "/></g>";
    }

    private static String text(int x, int y, String value, String anchor, String weight, Layout layout) {
        return "<text x=\"" + x + "\" y=\"" + y + "\" text-anchor=\"" + anchor + "\" font-size=\"" + layout.fontSize()
                + "\" font-weight=\""
                + weight + "\" fill=\"#0b0c0c\">" + escape(value) + "</text>";
    }

    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.split("\\s+")) {
            if (current.length() > 0 && current.length() + 1 + word.length() > width) {
                lines.add(current.toString());
                current = new StringBuilder();
            }
            current.append(current.length() > 0 ? " " : "").append(word);
        }
        if (current.length() > 0) {
            lines.add(current.toString());
        }
        if (lines.size() > 3) {
            List<String> shortened = new ArrayList<>(lines.subList(0, 3));
            shortened.set(2, shortened.get(2) + "…");
            return shortened;
        }
        return lines;
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
    }
}
