package uk.saferhub.geography.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.saferhub.geography.Geography;
import uk.saferhub.geography.Place;
import uk.saferhub.geography.PlaceType;
import uk.saferhub.geography.PlaceEditor;
import uk.saferhub.shared.Word;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.RecordNotFoundException;
import uk.saferhub.shared.web.FormPost;
import uk.saferhub.shared.web.FormPost.Done;
import uk.saferhub.shared.web.Option;

/** Defining an area made of wards (a city area, trial area, patrol area or neighbourhood) and changing its wards. */
@Controller
class AreaFormController {

    private final Geography geography;
    private final PlaceEditor editor;
    private final PlaceChoices choices;
    private final FormPost post;

    AreaFormController(Geography geography, PlaceEditor editor, PlaceChoices choices, FormPost post) {
        this.geography = geography;
        this.editor = editor;
        this.choices = choices;
        this.post = post;
    }

    /** Wards under one heading (their district) in the checkbox list, and how many of them are chosen. */
    record WardGroup(String name, List<Option> wards, long chosen) {
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @GetMapping("/places/areas/new")
    String newArea(Model model) {
        AreaForm form = AreaForm.empty();
        model.addAttribute("areaForm", form);
        return form(model, form, null);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/places/areas/new")
    String create(Actor actor, @Valid @ModelAttribute("areaForm") AreaForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        BindingResult checked = post.check(form, errors, model);
        return post.submit(checked, redirect, () -> {
            Place area = editor.defineArea(actor, form.type(), form.code(), form.name(), form.parentId(),
                    form.wards());
            return Done.redirect("/places/" + area.id(), "geography.area.defined",
                    Word.of(PlaceChoices.TYPE, area.type()),
                    area.name());
        }, () -> form(model, form, null));
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @GetMapping("/places/{id}/wards")
    String edit(@PathVariable UUID id, Model model) {
        Place area = area(id);
        AreaForm form = AreaForm.of(area, geography.wardsWithin(id));
        model.addAttribute("areaForm", form);
        return form(model, form, area);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/places/{id}/wards")
    String update(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("areaForm") AreaForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        Place area = area(id);
        BindingResult checked = post.check(form, errors, model);
        return post.submit(checked, redirect, () -> {
            Place revised = editor.reviseArea(actor, id, form.type(), form.code(), form.name(), form.parentId(),
                    form.wards());
            return Done.redirect("/places/" + id, "geography.area.saved", revised.name());
        }, () -> form(model, form, area));
    }

    private Place area(UUID id) {
        return geography.place(id).filter(Place::madeOfWards)
                .orElseThrow(() -> new RecordNotFoundException("place", id));
    }

    private String form(Model model, AreaForm form, Place existing) {
        model.addAttribute("existing", existing);
        model.addAttribute("types", choices.areaTypes());
        model.addAttribute("parents", choices.parents(existing == null ? null : existing.id()));
        model.addAttribute("groups", groups(form.wards()));
        model.addAttribute("chosen", form.wards().stream().map(UUID::toString).collect(Collectors.toSet()));
        return "geography/area-form";
    }

    private List<WardGroup> groups(Set<UUID> chosen) {
        Map<UUID, Place> all = geography.all().stream().collect(Collectors.toMap(Place::id, Function.identity()));
        String noDistrict = choices.text("geography.area.wardsInNoDistrict");
        Map<String, List<Place>> byParent = geography.places(PlaceType.WARD).stream()
                .collect(Collectors.groupingBy(ward -> ward.parentId() != null && all.containsKey(ward.parentId())
                        ? all.get(ward.parentId()).name() : noDistrict, LinkedHashMap::new, Collectors.toList()));
        List<WardGroup> groups = new ArrayList<>();
        for (String name : byParent.keySet().stream().sorted(String.CASE_INSENSITIVE_ORDER).toList()) {
            List<Place> wards = byParent.get(name).stream()
                    .sorted(Comparator.comparing(Place::name, String.CASE_INSENSITIVE_ORDER)).toList();
            groups.add(new WardGroup(name, wards.stream().map(ward -> Option.of(ward.id(), ward.name())).toList(),
                    wards.stream().filter(ward -> chosen.contains(ward.id())).count()));
        }
        return groups;
    }
}
