package vn.openprovince.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Static files are served from their own paths only; anything else is a page or a 404, never a file look-up. */
@SpringBootTest
@AutoConfigureMockMvc
class StaticResourcesTests {

    @Autowired
    MockMvcTester mvc;

    @Test
    void webjarsCssAndScriptsAreServedWithoutSignInAndCached() {
        assertThat(mvc.get().uri("/webjars/bootstrap/css/bootstrap.min.css")).hasStatusOk()
                .hasHeader("Cache-Control", "max-age=604800, public").bodyText().contains(".btn");
        assertThat(mvc.get().uri("/webjars/htmx.org/dist/htmx.min.js")).hasStatusOk();
        assertThat(mvc.get().uri("/css/app.css")).hasStatusOk();
        assertThat(mvc.get().uri("/js/address-picker.js")).hasStatusOk();
    }

    @Test
    void pagesLinkTheStaticFilesAndOtherPathsAreNotLookedUpAsFiles() {
        assertThat(mvc.get().uri("/cong-dich-vu-cong")).hasStatusOk().bodyText()
                .containsPattern("/webjars/bootstrap/[0-9.]+/css/bootstrap.min.css").contains("\"/css/app.css\"");
        // a file name at the root is no static file any more: the portal's 404, not the template's source
        assertThat(mvc.get().uri("/cong-dich-vu-cong/khong-co.css")).hasStatus(HttpStatus.NOT_FOUND);
    }
}
