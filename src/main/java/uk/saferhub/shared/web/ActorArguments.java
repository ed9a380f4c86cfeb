package uk.saferhub.shared.web;

import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.CurrentActor;

/**
 * Gives a handler the signed-in person as an {@link Actor} argument, so no handler fetches it itself. A handler that
 * takes an {@code Actor} is for signed-in people only; reached without one (a mapping left public by mistake) it
 * answers as signed out, never with someone else's actor.
 */
final class ActorArguments implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Actor.class;
    }

    @Override
    public Actor resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
            WebDataBinderFactory binders) {
        return CurrentActor.get().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Not signed in"));
    }
}
