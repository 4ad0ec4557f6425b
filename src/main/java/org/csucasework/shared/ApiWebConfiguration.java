package org.csucasework.shared;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ResolvableType;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.handler.AbstractHandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.NoHandlerFoundException;

/**
 * How the integration API meets HTTP, for every endpoint at once (decision record 0015):
 * <ul>
 * <li>Content negotiation happens before anything runs: an endpoint that answers JSON and does not say otherwise
 * ({@code produces}) is mapped as producing {@code application/json}, so {@code Accept: application/xml} is a 406
 * before the controller is called, and nothing is stored. An Accept header that cannot be read is a 400 naming it.</li>
 * <li>Query parameters obey {@link InputRules}: a NUL character is a 400 naming the parameter.</li>
 * <li>An unknown path under {@code /api/} or {@code /actuator/} is a 404 problem, never the application's HTML page
 * (which would also open a session): those paths are answered before the UI's catch-all mapping sees them.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class ApiWebConfiguration {

    /** Just after the annotated controllers (0), before the UI's catch-all mapping of {@code /**}. */
    static final int UNKNOWN_API_PATHS_ORDER = 1;

    static boolean isApiPath(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api") || path.startsWith("/api/")
                || path.equals("/actuator") || path.startsWith("/actuator/");
    }

    @Bean
    WebMvcRegistrations apiRequestMappings() {
        return new WebMvcRegistrations() {
            @Override
            public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
                return new ApiRequestMappingHandlerMapping();
            }
        };
    }

    /**
     * Throws rather than mapping a handler: what goes wrong while a handler is looked up reaches every exception
     * handler (a handler that is not a controller method would only reach Spring's default one).
     */
    @Bean
    AbstractHandlerMapping unknownApiPaths() {
        AbstractHandlerMapping mapping = new AbstractHandlerMapping() {
            @Override
            protected Object getHandlerInternal(HttpServletRequest request) throws Exception {
                if (isApiPath(request)) {
                    throw new NoHandlerFoundException(request.getMethod(), request.getRequestURI(), new HttpHeaders());
                }
                return null;
            }
        };
        mapping.setOrder(UNKNOWN_API_PATHS_ORDER);
        return mapping;
    }

    static final class ApiRequestMappingHandlerMapping extends RequestMappingHandlerMapping {

        private static final Set<Class<?>> BODIES_OF_THEIR_OWN_TYPE =
                Set.of(byte[].class, Object.class, StreamingResponseBody.class);

        @Override
        protected RequestMappingInfo getMappingForMethod(Method method, Class<?> handlerType) {
            RequestMappingInfo info = super.getMappingForMethod(method, handlerType);
            if (info == null || !info.getProducesCondition().isEmpty() || !answersJson(method)
                    || info.getPatternValues().stream().noneMatch(pattern -> pattern.startsWith("/api/"))) {
                return info;
            }
            return info.mutate().produces(MediaType.APPLICATION_JSON_VALUE).build();
        }

        /** Bytes, resources, streams and "anything" bodies name their own type; those endpoints say it themselves. */
        private static boolean answersJson(Method method) {
            ResolvableType type = ResolvableType.forMethodReturnType(method);
            if (HttpEntity.class.isAssignableFrom(type.toClass())) {
                type = type.as(HttpEntity.class).getGeneric(0);
            }
            Class<?> body = type.toClass();
            return !BODIES_OF_THEIR_OWN_TYPE.contains(body) && !Resource.class.isAssignableFrom(body);
        }

        @Override
        protected org.springframework.web.method.HandlerMethod getHandlerInternal(HttpServletRequest request)
                throws Exception {
            if (isApiPath(request)) {
                checkAccept(request);
                checkParameters(request);
            }
            return super.getHandlerInternal(request);
        }

        private static void checkAccept(HttpServletRequest request) {
            List<String> accept = Collections.list(request.getHeaders(HttpHeaders.ACCEPT));
            try {
                MediaType.parseMediaTypes(accept);
            } catch (InvalidMediaTypeException e) {
                throw ValidationException.of(HttpHeaders.ACCEPT,
                        "Not a valid Accept header; ask for application/json");
            }
        }

        private static void checkParameters(HttpServletRequest request) {
            List<FieldError> errors = new ArrayList<>();
            request.getParameterMap().forEach((name, values) -> {
                if (InputRules.hasNul(name)) {
                    errors.add(new FieldError("parameters", InputRules.NUL_MESSAGE));
                    return;
                }
                for (String value : values) {
                    if (!InputRules.checkText(name, value, errors)) {
                        return;
                    }
                }
            });
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
        }
    }
}
