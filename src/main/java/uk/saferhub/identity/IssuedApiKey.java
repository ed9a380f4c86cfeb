package uk.saferhub.identity;

/** A newly issued API key: the only moment the whole key is known, so it is shown once. */
public record IssuedApiKey(ApiKey key, String plainKey) {
}
