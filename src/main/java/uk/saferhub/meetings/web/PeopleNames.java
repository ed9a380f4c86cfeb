package uk.saferhub.meetings.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Component;

import uk.saferhub.directory.Directory;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.web.Option;

/** Names of the people and organisations an actor may see, for showing owners, presenters and attendance. */
@Component
class PeopleNames {

    private final Directory directory;
    private final MessageSourceAccessor messages;

    PeopleNames(Directory directory, MessageSource messages) {
        this.directory = directory;
        this.messages = new MessageSourceAccessor(messages);
    }

    /** People the actor may see, by id. */
    Names people(Actor actor) {
        Map<UUID, String> names = new HashMap<>();
        directory.peopleVisibleTo(actor).forEach(person -> names.put(person.id(), person.name()));
        return new Names(names, hidden());
    }

    /** Organisations sharing with the actor's, by id. */
    Names organisations(Actor actor) {
        Map<UUID, String> names = new HashMap<>();
        directory.allOrganisations().stream().filter(org -> actor.sharesWith(org.id()))
                .forEach(org -> names.put(org.id(), org.name()));
        return new Names(names, hidden());
    }

    /** How someone the actor may not see is named. */
    String hidden() {
        return messages.getMessage("meetings.names.hidden");
    }

    /** Names by id as one actor may see them; anyone else is named {@code hidden}. */
    record Names(Map<UUID, String> known, String hidden) {

        /** The name of {@code id}, or null for no one. */
        String of(UUID id) {
            return id == null ? null : known.getOrDefault(id, hidden);
        }

        boolean knows(UUID id) {
            return known.containsKey(id);
        }

        /** Everyone known, as choices in order of name. */
        List<Option> options() {
            return known.entrySet().stream().sorted(Map.Entry.comparingByValue(String.CASE_INSENSITIVE_ORDER))
                    .map(entry -> Option.of(entry.getKey(), entry.getValue())).toList();
        }
    }
}
