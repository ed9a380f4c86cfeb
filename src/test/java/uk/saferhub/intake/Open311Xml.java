package uk.saferhub.intake;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Reading Open311 XML in tests: a safe parser (no DOCTYPE) and the names of an element's children. */
final class Open311Xml {

    private Open311Xml() {
    }

    static Element parse(String xml) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(xml.strip().getBytes(StandardCharsets.UTF_8)))
                    .getDocumentElement();
        } catch (Exception e) {
            throw new IllegalArgumentException("Not well-formed XML: " + xml, e);
        }
    }

    static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                children.add(element);
            }
        }
        return children;
    }

    static Set<String> names(Element parent) {
        Set<String> names = new LinkedHashSet<>();
        children(parent).forEach(child -> names.add(child.getTagName()));
        return names;
    }

    static Element first(Element parent, String name) {
        return children(parent).stream().filter(child -> child.getTagName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no <" + name + "> in <" + parent.getTagName() + ">"));
    }

    static String text(Element parent, String name) {
        return first(parent, name).getTextContent().strip();
    }
}
