package uk.saferhub.shared.access;

/** A Spring Security principal that acts for an organisation. */
public interface ActorPrincipal {

    Actor actor();
}
