package uk.saferhub.workforce;

import java.time.format.TextStyle;
import java.util.Locale;

import org.springframework.stereotype.Component;

import uk.saferhub.shared.web.PageWords;

/** A contact point's schedule in words, from the messages: "Every other Saturday, 10:00 to 12:00". */
@Component
public class ContactPointWords {

    private final PageWords words;

    ContactPointWords(PageWords words) {
        this.words = words;
    }

    public String schedule(ContactPoint point) {
        String day = point.day().getDisplayName(TextStyle.FULL, Locale.UK);
        String nth = point.weekOfMonth() == null ? "" : words.text("workforce.contact.nth." + point.weekOfMonth());
        return words.text("workforce.contact.schedule." + point.frequency().name(), day, point.starts().toString(),
                point.ends().toString(), nth);
    }
}
