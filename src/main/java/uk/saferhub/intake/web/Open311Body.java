package uk.saferhub.intake.web;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * An Open311 response in either format: the root element's name and its content, a list (each item an element named
 * for the list) or a map (the root's children). JSON is the content itself (Jackson writes it); XML is written with
 * the JDK's StAX writer, which escapes text, so nothing here builds markup by hand (ADR 0022).
 */
record Open311Body(String root, Object content) {

    static final MediaType XML = new MediaType("text", "xml", StandardCharsets.UTF_8);
    static final MediaType JSON = new MediaType("application", "json", StandardCharsets.UTF_8);

    /** The element name of each item of a list, by the list's name. */
    private static final Map<String, String> ITEMS = Map.of("services", "service", "attributes", "attribute",
            "values", "value", "errors", "error", "service_requests", "request", "endpoints", "endpoint",
            "formats", "format", "service_requests_updates", "request_update", "service_request_updates",
            "request_update");

    ResponseEntity<?> answer(Format format, HttpStatus status) {
        if (format == Format.JSON) {
            return ResponseEntity.status(status).contentType(JSON).body(filled(content));
        }
        return ResponseEntity.status(status).contentType(XML).body(xml());
    }

    /**
     * The content with every empty field as "" rather than left out, as XML has its empty elements: clients find
     * every field of the standard in either format.
     */
    private static Object filled(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new java.util.LinkedHashMap<>();
            map.forEach((key, each) -> copy.put(String.valueOf(key), each == null ? "" : filled(each)));
            return copy;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(Open311Body::filled).toList();
        }
        return value;
    }

    String xml() {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("utf-8", "1.0");
            write(xml, root, content);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write an Open311 response", e);
        }
        return out.toString();
    }

    private static void write(XMLStreamWriter xml, String name, Object value) throws XMLStreamException {
        if (value == null) {
            xml.writeEmptyElement(name);
            return;
        }
        xml.writeStartElement(name);
        if (value instanceof Map<?, ?> children) {
            for (var child : children.entrySet()) {
                write(xml, String.valueOf(child.getKey()), child.getValue());
            }
        } else if (value instanceof List<?> items) {
            String item = ITEMS.getOrDefault(name, "item");
            for (Object each : items) {
                write(xml, item, each);
            }
        } else {
            xml.writeCharacters(String.valueOf(value));
        }
        xml.writeEndElement();
    }

    /** The format a path's suffix asks for. */
    enum Format {
        XML, JSON;

        static Format of(String suffix) {
            return switch (suffix) {
                case "xml" -> XML;
                case "json" -> JSON;
                default -> null;
            };
        }
    }
}
