package uk.saferhub.shared.web;

import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.saferhub.shared.ChangeRefused;

/**
 * The POST cycle of every form, written once: a form with errors is shown again; otherwise the change is made and
 * the browser is sent on with a success banner; a change the module refuses is shown again with the refusal beside
 * the field it names. A handler says only what the change is and how to show the form:
 *
 * <pre>{@code
 * BindingResult checked = post.check(form, errors, model, form::check);
 * return post.submit(checked, redirect,
 *         () -> Done.redirect("/meetings/" + id, "action.recorded", recorder.recordAction(actor, id, form.details())),
 *         () -> form(model, actor, view));
 * }</pre>
 */
@Component
public class FormPost {

    private final MessageSource messages;
    private final WholeForm wholeForm;

    FormPost(MessageSource messages, WholeForm wholeForm) {
        this.messages = messages;
        this.wholeForm = wholeForm;
    }

    /**
     * The posted form's errors, complete, to hand to {@code submit}: Spring skips a form's validation when one of its
     * values cannot be taken, and then hands over a result with no form behind it (see {@link WholeForm}).
     */
    public BindingResult check(Object form, BindingResult errors, Model model) {
        return wholeForm.check(form, errors, model);
    }

    /** As {@link #check(Object, BindingResult, Model)}, then the form's own {@code rules} on the complete result. */
    public BindingResult check(Object form, BindingResult errors, Model model, Consumer<Errors> rules) {
        return wholeForm.check(form, errors, model, rules);
    }

    /** As {@link #check(Object, BindingResult, Model)}, keeping only the errors of the fields the form {@code reads}. */
    public BindingResult checkOnly(Object form, BindingResult errors, Model model, Predicate<String> reads) {
        return wholeForm.checkOnly(form, errors, model, reads);
    }

    public String submit(BindingResult errors, RedirectAttributes redirect, Change change, Supplier<String> form) {
        return submit(errors, redirect, Map.of(), change, form);
    }

    /**
     * As {@link #submit(BindingResult, RedirectAttributes, Change, Supplier)}, for a form whose fields are named
     * differently from the module's ({@code formFields}: the module's field name to the form's).
     */
    public String submit(BindingResult errors, RedirectAttributes redirect, Map<String, String> formFields,
            Change change, Supplier<String> form) {
        if (errors.hasErrors()) {
            return form.get();
        }
        try {
            return done(redirect, change.make());
        } catch (ChangeRefused refused) {
            FormErrors.reject(errors, refused, formFields);
            return form.get();
        }
    }

    /** After a change made without a form (a button): the banner, and where the browser goes. */
    public String done(RedirectAttributes redirect, Done done) {
        if (done.messageKey() != null) {
            redirect.addFlashAttribute("success",
                    messages.getMessage(done.messageKey(), done.arguments(), LocaleContextHolder.getLocale()));
        }
        return "redirect:" + done.redirectTo();
    }

    /** The change a form asks for; a refusal is thrown as a {@link ChangeRefused}. */
    @FunctionalInterface
    public interface Change {
        Done make();
    }

    /** Where the browser goes once the change is made, and the banner it then shows (a message key and its values). */
    public record Done(String redirectTo, String messageKey, Object[] arguments) {

        public static Done redirect(String to, String messageKey, Object... arguments) {
            return new Done(to, messageKey, arguments);
        }

        /** Sent on without a banner (the page it goes to shows what changed). */
        public static Done redirect(String to) {
            return new Done(to, null, new Object[0]);
        }
    }
}
