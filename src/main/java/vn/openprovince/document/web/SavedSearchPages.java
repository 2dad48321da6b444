package vn.openprovince.document.web;

import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import vn.openprovince.document.DocumentException;
import vn.openprovince.document.internal.SavedSearchService;

/** Saving and deleting searches from the search page; both return to it. */
@Controller
@RequestMapping("/documents/search/saved")
class SavedSearchPages {

    private final SavedSearchService searches;
    private final MessageSource messages;

    SavedSearchPages(SavedSearchService searches, MessageSource messages) {
        this.searches = searches;
        this.messages = messages;
    }

    @PostMapping
    String save(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String q,
                RedirectAttributes redirect, Locale locale) {
        try {
            searches.save(name, q);
            redirect.addFlashAttribute("flash", messages.getMessage("savedSearch.saved", null, locale));
        } catch (DocumentException e) {
            redirect.addFlashAttribute("actionError", messages.getMessage("error." + e.error().name(),
                    e.getDetailMessageArguments(), e.error().name(), locale));
        }
        return "redirect:" + UriComponentsBuilder.fromPath("/documents/search").queryParam("q", q).encode().build();
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable UUID id, RedirectAttributes redirect, Locale locale) {
        try {
            searches.delete(id);
            redirect.addFlashAttribute("flash", messages.getMessage("savedSearch.deleted", null, locale));
        } catch (DocumentException e) {
            redirect.addFlashAttribute("actionError", messages.getMessage("error." + e.error().name(), null,
                    e.error().name(), locale));
        }
        return "redirect:/documents/search";
    }
}
