package uk.saferhub.identity.web;

/** The person in the directory a user account is for; empty unlinks it. */
public class PersonLinkForm {

    private String personId;

    public PersonLinkForm() {
    }

    PersonLinkForm(String personId) {
        this.personId = personId;
    }

    public String getPersonId() {
        return personId;
    }

    public void setPersonId(String personId) {
        this.personId = personId;
    }
}
