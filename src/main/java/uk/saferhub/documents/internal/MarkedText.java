package uk.saferhub.documents.internal;

import java.util.Map;
import java.util.Set;

import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Writes a run of text in which {@link VersionComparison} marked removed words (U+0001 to U+0002) and added
 * words (U+0003 to U+0004): the words escaped, each marked stretch within one text node as
 * {@code <del class="app-diff-del">} or {@code <ins class="app-diff-ins">}, and at the start of a marked run (not
 * where it carries on after a link or a line break) visually hidden words saying what happened to it.
 */
final class MarkedText implements NodeRenderer {

    /** Which mark is open across text nodes, and whether its words have been announced yet. */
    static final class State {
        private char open;
        private boolean announced;
    }

    private final HtmlWriter html;
    private final ChangeWords words;
    private final State state;

    MarkedText(HtmlNodeRendererContext context, ChangeWords words, State state) {
        this.html = context.getWriter();
        this.words = words;
        this.state = state;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(Text.class);
    }

    @Override
    public void render(Node node) {
        String literal = ((Text) node).getLiteral();
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            switch (c) {
                case VersionComparison.DEL_START, VersionComparison.INS_START -> {
                    write(run);
                    state.open = c;
                    state.announced = false;
                }
                case VersionComparison.DEL_END, VersionComparison.INS_END -> {
                    write(run);
                    state.open = 0;
                }
                default -> run.append(c);
            }
        }
        write(run);
    }

    private void write(StringBuilder run) {
        if (run.isEmpty()) {
            return;
        }
        if (state.open == 0) {
            html.text(run.toString());
        } else {
            boolean removed = state.open == VersionComparison.DEL_START;
            String tag = removed ? "del" : "ins";
            html.tag(tag, Map.of("class", removed ? "app-diff-del" : "app-diff-ins"));
            if (!state.announced) {
                html.tag("span", Map.of("class", "govuk-visually-hidden"));
                html.text((removed ? words.removed() : words.added()) + " ");
                html.tag("/span");
                state.announced = true;
            }
            html.text(run.toString());
            html.tag("/" + tag);
        }
        run.setLength(0);
    }
}
