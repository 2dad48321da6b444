package vn.openprovince.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The shared pager keeps the filters of the list it pages through. */
class PageLinksTests {

    @AfterEach
    void clear() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void theNextPageKeepsEveryFilterAndReplacesOnlyThePage() {
        showing("/documents/incoming", "q=quy%20hoach&status=DIRECTED&urgency=URGENT&page=1");

        assertThat(new PageLinks().to(2))
                .isEqualTo("/documents/incoming?q=quy%20hoach&status=DIRECTED&urgency=URGENT&page=2");
    }

    @Test
    void aListWithoutParametersGetsOnlyThePage() {
        showing("/admin/agencies", null);

        assertThat(new PageLinks().to(1)).isEqualTo("/admin/agencies?page=1");
    }

    private static void showing(String path, String query) {
        var request = new MockHttpServletRequest("GET", path);
        request.setQueryString(query);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }
}
