package uk.saferhub.meetings.web;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Component;

import uk.saferhub.meetings.Meeting;
import uk.saferhub.shared.ChangeRefused;
import uk.saferhub.shared.web.Option;

/**
 * The words the meetings pages take from Java rather than from a template: labels of the module's values (statuses,
 * kinds), the choices of its forms, and meeting times in words ("Tuesday 6 January 2026, 10:00 to 12:00", London
 * time), all from {@code messages/meetings.properties}.
 */
@Component
class MeetingsText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.UK);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    private final MessageSourceAccessor messages;

    MeetingsText(MessageSource messages) {
        this.messages = new MessageSourceAccessor(messages);
    }

    /** Why a change was refused, in the words of its message. */
    String refusal(ChangeRefused refused) {
        return messages.getMessage(refused.key(), refused.arguments(), refused.key());
    }

    /** A message of the meetings pages. */
    String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments);
    }

    /** A value of the module as a page names it: the message {@code meetings.<type>.<CONSTANT>}. */
    String label(Enum<?> value) {
        return value == null ? null : messages.getMessage(labelKey(value));
    }

    /** The choices of one of the module's enums, labelled as {@link #label(Enum)} names them. */
    List<Option> options(Enum<?>[] values) {
        return Arrays.stream(values).map(value -> Option.of(value, label(value))).toList();
    }

    /** "Tuesday 6 January 2026, 10:00 to 12:00", naming the end day too when the meeting runs past midnight. */
    String when(Meeting meeting) {
        return when(meeting.start(), meeting.end());
    }

    String when(ZonedDateTime start, ZonedDateTime end) {
        if (end == null) {
            return at(start);
        }
        return end.toLocalDate().equals(start.toLocalDate())
                ? text("meetings.time.sameDay", DAY.format(start), TIME.format(start), TIME.format(end))
                : text("meetings.time.overMidnight", DAY.format(start), TIME.format(start), TIME.format(end),
                        DAY.format(end));
    }

    /** "Tuesday 6 January 2026, 10:00". */
    String at(ZonedDateTime time) {
        return text("meetings.time.at", DAY.format(time), TIME.format(time));
    }

    /** "Tuesday 6 January 2026". */
    static String day(ZonedDateTime time) {
        return DAY.format(time);
    }

    /** "6 Jan 2026", for tables. */
    static String shortDay(ZonedDateTime time) {
        return SHORT_DAY.format(time);
    }

    static String labelKey(Enum<?> value) {
        String type = value.getDeclaringClass().getSimpleName();
        return "meetings." + Character.toLowerCase(type.charAt(0)) + type.substring(1) + "." + value.name();
    }
}
