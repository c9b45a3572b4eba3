package de.stammkunde.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * A language switch still on its way while the customer logs out: the request did its work, Spring Session then
 * cannot save the session the logout removed — that is no 500. Any other failure still is one.
 */
class ARequestWhoseSessionEndedMeanwhileIsNoError {
    private final EndedSessionTolerance filter = new EndedSessionTolerance();

    @Test
    void theAnswerStaysAsTheRequestMadeIt() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("PUT", "/api/v1/portal/language");
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, (req, res) -> {
            ((MockHttpServletResponse) res).setStatus(200);
            throw new IllegalStateException(EndedSessionTolerance.MESSAGE);
        });
        assertThat(response.getStatus()).isEqualTo(200);
    }

    @Test
    void otherFailuresAreNotSwallowed() {
        assertThatThrownBy(() -> filter.doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(),
                (req, res) -> {
                    throw new IllegalStateException("something else");
                })).isInstanceOf(IllegalStateException.class).hasMessage("something else");
    }
}
