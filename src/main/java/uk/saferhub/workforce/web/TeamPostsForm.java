package uk.saferhub.workforce.web;

import org.springframework.validation.Errors;

/** A team's establishment of PCSO posts, as posted. */
public class TeamPostsForm {

    private String establishment;

    static TeamPostsForm of(Integer establishment) {
        var form = new TeamPostsForm();
        form.establishment = establishment == null ? null : String.valueOf(establishment);
        return form;
    }

    void check(Errors errors) {
        if (FormValues.whole(establishment) == null) {
            errors.rejectValue("establishment", "number", "Enter the number of posts as a whole number, for example 12");
        }
    }

    int posts() {
        return FormValues.whole(establishment);
    }

    public String getEstablishment() { return establishment; }
    public void setEstablishment(String value) { this.establishment = value; }
}
