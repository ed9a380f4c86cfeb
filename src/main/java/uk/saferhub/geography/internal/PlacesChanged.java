package uk.saferhub.geography.internal;

/** Published after places or boundaries were created or replaced, so indexes built from them are rebuilt. */
public record PlacesChanged(int created, int replaced) {
}
