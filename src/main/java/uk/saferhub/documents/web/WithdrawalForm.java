package uk.saferhub.documents.web;

/** Why a document is withdrawn, as posted (the service refuses an empty reason). */
public class WithdrawalForm {

    private String reason;

    public String getReason() { return reason; }
    public void setReason(String value) { this.reason = value; }
}
