package uk.saferhub.tasking.web;

import java.util.UUID;

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

import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.RecordNotFoundException;
import uk.saferhub.shared.web.FormPost;
import uk.saferhub.shared.web.FormPost.Done;
import uk.saferhub.tasking.TaskingEditor;
import uk.saferhub.tasking.internal.Category;

/** The list of priority categories: coordinators maintain it (add, rename, mark environmental, stop using). */
@Controller
class TaskingCategoryController {

    private final TaskingEditor editor;
    private final TaskingChoices choices;
    private final FormPost post;

    TaskingCategoryController(TaskingEditor editor, TaskingChoices choices, FormPost post) {
        this.editor = editor;
        this.choices = choices;
        this.post = post;
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @GetMapping("/tasking/categories")
    String categories(Model model) {
        model.addAttribute("categoryForm", CategoryForm.empty());
        return list(model);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/tasking/categories")
    String add(Actor actor, @Valid @ModelAttribute("categoryForm") CategoryForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        BindingResult checked = post.check(form, errors, model);
        return post.submit(checked, redirect, () -> Done.redirect("/tasking/categories", "tasking.category.added",
                editor.saveCategory(actor, null, form.name(), Boolean.TRUE.equals(form.environmental()), false)
                        .name()), () -> list(model));
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @GetMapping("/tasking/categories/{categoryId}")
    String edit(@PathVariable UUID categoryId, Model model) {
        Category category = category(categoryId);
        model.addAttribute("categoryForm", new CategoryForm(category.name(), category.environmental(),
                category.retired()));
        model.addAttribute("category", category);
        return "tasking/category-form";
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/tasking/categories/{categoryId}")
    String update(Actor actor, @PathVariable UUID categoryId, @Valid @ModelAttribute("categoryForm") CategoryForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        Category category = category(categoryId);
        BindingResult checked = post.check(form, errors, model);
        return post.submit(checked, redirect, () -> Done.redirect("/tasking/categories", "tasking.category.changed",
                editor.saveCategory(actor, categoryId, form.name(), Boolean.TRUE.equals(form.environmental()),
                        Boolean.TRUE.equals(form.retired())).name()), () -> {
                            model.addAttribute("category", category);
                            return "tasking/category-form";
                        });
    }

    private Category category(UUID id) {
        return choices.allCategories().stream().filter(category -> category.id().equals(id)).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("tasking-category", id));
    }

    private String list(Model model) {
        model.addAttribute("categories", choices.allCategories());
        return "tasking/categories";
    }
}
