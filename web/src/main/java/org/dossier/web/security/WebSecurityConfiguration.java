package org.dossier.web.security;

import jakarta.servlet.DispatcherType;
import org.dossier.engine.DossierProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.header.writers.CrossOriginResourcePolicyHeaderWriter.CrossOriginResourcePolicy;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may do what through the web server. In order:
 * <ol>
 *   <li>only loopback Host names on Dossier's own port (the firewall refuses foreign names before any filter; the
 *       first rule refuses a missing Host or another port) — DNS rebinding cannot reach Dossier;</li>
 *   <li>GET and HEAD read and never change anything, so they need nothing more;</li>
 *   <li>every other method changes something and needs either the API token, or the page's CSRF token and a
 *       same-origin {@code Origin}/{@code Sec-Fetch-Site}; its parameters come from its body, never the URL;</li>
 *   <li>{@code /api/commands} (a one-shot command run by this server) needs the API token, whatever the method.</li>
 * </ol>
 * Every response carries a CSP without inline script or style, and is neither framed, sniffed, cached nor sent
 * with a referrer.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class WebSecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    private static final RequestMatcher FOREIGN_HOST = request -> !LoopbackHosts.allows(request);
    private static final RequestMatcher COMMANDS = request -> request.getRequestURI().startsWith("/api/commands");
    private static final RequestMatcher READ = request -> HttpMethod.GET.matches(request.getMethod())
            || HttpMethod.HEAD.matches(request.getMethod());

    @Bean
    SecurityFilterChain webSecurity(HttpSecurity http, ApiToken apiToken) throws Exception {
        Refusal refusal = new Refusal(FOREIGN_HOST);
        http.authorizeHttpRequests(requests -> requests
                        // forwards and error pages of a request that was already let in
                        .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.ASYNC, DispatcherType.FORWARD)
                        .permitAll()
                        .requestMatchers(FOREIGN_HOST).denyAll()
                        // running a command (a one-shot client's) takes the API token: no page may, not even ours
                        .requestMatchers(COMMANDS).access((authentication, context) -> new AuthorizationDecision(
                                context.getRequest().getQueryString() == null
                                        && apiToken.presentedBy(context.getRequest())))
                        .requestMatchers(READ).permitAll()
                        .anyRequest().access((authentication, context) -> new AuthorizationDecision(
                                context.getRequest().getQueryString() == null
                                        && (apiToken.presentedBy(context.getRequest())
                                        || SameOrigin.isSameOrigin(context.getRequest())))))
                // the token is checked for every change except those carrying the API token: a script has none
                .csrf(csrf -> csrf.ignoringRequestMatchers(apiToken::presentedBy))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .crossOriginResourcePolicy(corp -> corp.policy(CrossOriginResourcePolicy.SAME_ORIGIN)))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(refusal)
                        .accessDeniedHandler(refusal))
                .requestCache(cache -> cache.disable())
                .anonymous(anonymous -> { });
        return http.build();
    }

    @Bean
    ApiToken apiToken(DossierProperties dossier) {
        return new ApiToken(dossier);
    }

    /** Refuses a foreign Host name before any filter or controller sees the request. */
    @Bean
    HttpFirewall loopbackOnlyFirewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHostnames(LoopbackHosts::isLoopbackName);
        return firewall;
    }

    @Bean
    RequestRejectedHandler refusedRequests() {
        return new Refusal(FOREIGN_HOST);
    }
}
