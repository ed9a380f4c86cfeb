package uk.saferhub.geography.web;

/** The locate form as typed: text, so that anything can be shown back with its error. */
class LocateForm {

    private String lat;
    private String lng;

    public String getLat() {
        return lat;
    }

    public void setLat(String lat) {
        this.lat = lat;
    }

    public String getLng() {
        return lng;
    }

    public void setLng(String lng) {
        this.lng = lng;
    }
}
