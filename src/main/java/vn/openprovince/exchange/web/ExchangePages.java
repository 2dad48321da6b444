package vn.openprovince.exchange.web;

import java.util.Locale;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.data.domain.PageRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.openprovince.exchange.ExchangeException;
import vn.openprovince.exchange.NationalExchangeConnector;
import vn.openprovince.exchange.internal.ArrivalService;
import vn.openprovince.exchange.internal.DeliveryAdministration;
import vn.openprovince.exchange.internal.DeliveryState;
import vn.openprovince.exchange.internal.ExchangeDirectory;
import vn.openprovince.exchange.internal.ExchangeIndicators;
import vn.openprovince.exchange.internal.ExchangeSending;
import vn.openprovince.exchange.internal.NationalConnection;
import vn.openprovince.exchange.internal.Route;

/**
 * Pages of the exchange: the clerk's queue of arrived documents, the per-recipient statuses of an
 * issued document, and the administrator's directory and delivery queue.
 */
@Controller
class ExchangePages {

    private final ArrivalService arrivals;
    private final DeliveryAdministration deliveries;
    private final ExchangeDirectory directory;
    private final MessageSource messages;
    private final ObjectProvider<NationalExchangeConnector> national;

    private final ExchangeIndicators indicators;
    private final NationalConnection nationalConnection;
    private final ExchangeSending sending;

    ExchangePages(ArrivalService arrivals, DeliveryAdministration deliveries, ExchangeDirectory directory,
                  MessageSource messages, ObjectProvider<NationalExchangeConnector> national,
                  ExchangeIndicators indicators, NationalConnection nationalConnection, ExchangeSending sending) {
        this.sending = sending;
        this.nationalConnection = nationalConnection;
        this.indicators = indicators;
        this.arrivals = arrivals;
        this.deliveries = deliveries;
        this.directory = directory;
        this.messages = messages;
        this.national = national;
    }

    @GetMapping("/exchange/arrivals")
    String arrivals(@RequestParam(defaultValue = "TO_REGISTER") String state,
                    @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("arrivals", arrivals.list(state, PageRequest.of(Math.max(page, 0), 20)));
        model.addAttribute("state", state);
        return "exchange/arrivals";
    }

    @PostMapping("/exchange/arrivals/{id}/registration")
    String register(@PathVariable UUID id, RedirectAttributes redirect, Locale locale) {
        try {
            UUID incoming = arrivals.register(id);
            return "redirect:/documents/incoming/" + incoming;
        } catch (ExchangeException | vn.openprovince.document.DocumentException e) {
            redirect.addFlashAttribute("problem", messages.getMessage(e.getDetailMessageCode(),
                    e.getDetailMessageArguments(), e.getDetailMessageCode(), locale));
            return "redirect:/exchange/arrivals";
        }
    }

    @PostMapping("/exchange/arrivals/{id}/rejection")
    String reject(@PathVariable UUID id, @RequestParam String reason, RedirectAttributes redirect, Locale locale) {
        try {
            arrivals.reject(id, reason);
            redirect.addFlashAttribute("flash", messages.getMessage("exchange.returned", null, locale));
        } catch (ExchangeException e) {
            redirect.addFlashAttribute("problem", messages.getMessage(e.getDetailMessageCode(),
                    e.getDetailMessageArguments(), e.getDetailMessageCode(), locale));
        }
        return "redirect:/exchange/arrivals";
    }

    @PostMapping("/exchange/arrivals/{id}/recall")
    String answerRecall(@PathVariable UUID id, @RequestParam boolean accept, RedirectAttributes redirect,
                        Locale locale) {
        try {
            arrivals.answerRecall(id, accept, null);
            redirect.addFlashAttribute("flash", messages.getMessage("exchange.saved", null, locale));
        } catch (ExchangeException | vn.openprovince.document.DocumentException e) {
            redirect.addFlashAttribute("problem", messages.getMessage(e.getDetailMessageCode(),
                    e.getDetailMessageArguments(), e.getDetailMessageCode(), locale));
        }
        return "redirect:/exchange/arrivals";
    }

    @PostMapping("/exchange/arrivals/{id}/change")
    String answerChange(@PathVariable UUID id, @RequestParam boolean accept, RedirectAttributes redirect,
                        Locale locale) {
        try {
            arrivals.answerChange(id, accept, null);
            redirect.addFlashAttribute("flash", messages.getMessage("exchange.saved", null, locale));
        } catch (ExchangeException | vn.openprovince.document.DocumentException e) {
            redirect.addFlashAttribute("problem", messages.getMessage(e.getDetailMessageCode(),
                    e.getDetailMessageArguments(), e.getDetailMessageCode(), locale));
        }
        return "redirect:/exchange/arrivals";
    }

    @PostMapping("/exchange/outgoing/{id}/update")
    String requestUpdate(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason,
                         RedirectAttributes redirect, Locale locale) {
        try {
            int platforms = sending.requestUpdate(id, reason);
            redirect.addFlashAttribute("flash", messages.getMessage("exchange.update.sent", new Object[] {platforms},
                    locale));
        } catch (ExchangeException e) {
            redirect.addFlashAttribute("problem", messages.getMessage(e.getDetailMessageCode(),
                    e.getDetailMessageArguments(), e.getDetailMessageCode(), locale));
        }
        return "redirect:/exchange/outgoing/" + id;
    }

    @GetMapping("/exchange/indicators")
    String indicators(@RequestParam(required = false) UUID agencyId, @RequestParam(required = false) String from,
                      @RequestParam(required = false) String to, Model model, Locale locale) {
        var today = java.time.LocalDate.now(vn.openprovince.exchange.edxml.Edxml.ZONE);
        var agencies = indicators.agencies();
        var agency = agencyId != null ? new vn.openprovince.organization.AgencyId(agencyId)
                : indicators.defaultAgency() != null ? indicators.defaultAgency()
                : agencies.isEmpty() ? null : agencies.getFirst().id();
        model.addAttribute("agencies", agencies);
        model.addAttribute("agencyId", agency == null ? null : agency.value());
        model.addAttribute("from", from == null ? today.withDayOfMonth(1).toString() : from);
        model.addAttribute("to", to == null ? today.toString() : to);
        try {
            var start = from == null || from.isBlank() ? today.withDayOfMonth(1) : java.time.LocalDate.parse(from);
            var end = to == null || to.isBlank() ? today : java.time.LocalDate.parse(to);
            var figures = indicators.of(agency, start, end);
            model.addAttribute("figures", figures);
            model.addAttribute("medianToRegistration", duration(figures.medianToRegistration(), locale));
            model.addAttribute("medianToCompletion", duration(figures.medianToCompletion(), locale));
        } catch (java.time.format.DateTimeParseException e) {
            model.addAttribute("problem", messages.getMessage("error.EXC_INVALID_PERIOD", null, locale));
        } catch (ExchangeException e) {
            model.addAttribute("problem", messages.getMessage(e.getDetailMessageCode(), e.getDetailMessageArguments(),
                    e.getDetailMessageCode(), locale));
        }
        return "exchange/indicators";
    }

    /** "2 ngày 3 giờ 15 phút"; a dash when there is nothing to measure. */
    private String duration(java.time.Duration d, Locale locale) {
        if (d == null) {
            return "—";
        }
        long minutes = d.toMinutes();
        return messages.getMessage("exchange.indicators.duration",
                new Object[] {minutes / (24 * 60), (minutes / 60) % 24, minutes % 60}, locale);
    }

    @GetMapping("/exchange/outgoing/{id}")
    String outgoing(@PathVariable UUID id, Model model) {
        model.addAttribute("view", deliveries.ofOutgoing(id));
        return "exchange/outgoing";
    }

    @GetMapping("/admin/exchange")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    String admin(@RequestParam(required = false) DeliveryState state, Model model) {
        model.addAttribute("entries", directory.list().stream().filter(d -> d.route() != Route.THIS_PLATFORM).toList());
        model.addAttribute("ownCount", directory.list().stream().filter(d -> d.route() == Route.THIS_PLATFORM).count());
        model.addAttribute("peers", directory.peerEndpoints());
        model.addAttribute("deliveries", deliveries.list(state));
        model.addAttribute("states", DeliveryState.values());
        model.addAttribute("state", state);
        var configuration = nationalConnection.configuration().orElse(null);
        model.addAttribute("nationalConfigured", configuration != null);
        model.addAttribute("national", configuration);
        return "exchange/admin";
    }

    @PostMapping("/admin/exchange/national/agencies")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    String importNationalAgencies(RedirectAttributes redirect, Locale locale) {
        try {
            int imported = nationalConnection.importAgencies();
            redirect.addFlashAttribute("flash", messages.getMessage("exchange.national.imported",
                    new Object[] {imported}, locale));
        } catch (ExchangeException e) {
            redirect.addFlashAttribute("problem", messages.getMessage(e.getDetailMessageCode(),
                    e.getDetailMessageArguments(), e.getDetailMessageCode(), locale));
        }
        return "redirect:/admin/exchange";
    }

    @PostMapping("/admin/exchange/directory")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    String putEntry(@RequestParam String organId, @RequestParam String name, @RequestParam Route route,
                    @RequestParam(required = false) String endpoint, RedirectAttributes redirect, Locale locale) {
        return act(redirect, locale, () -> directory.put(new ExchangeDirectory.EntryInput(organId, name, route,
                endpoint == null || endpoint.isBlank() ? null : endpoint)));
    }

    @PostMapping("/admin/exchange/deliveries/{id}/retry")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    String retry(@PathVariable UUID id, RedirectAttributes redirect, Locale locale) {
        return act(redirect, locale, () -> deliveries.retry(id));
    }

    @PostMapping("/admin/exchange/deliveries/{id}/cancel")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    String cancel(@PathVariable UUID id, RedirectAttributes redirect, Locale locale) {
        return act(redirect, locale, () -> deliveries.cancel(id));
    }

    private String act(RedirectAttributes redirect, Locale locale, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", messages.getMessage("exchange.saved", null, locale));
        } catch (ExchangeException e) {
            redirect.addFlashAttribute("problem", messages.getMessage(e.getDetailMessageCode(),
                    e.getDetailMessageArguments(), e.getDetailMessageCode(), locale));
        }
        return "redirect:/admin/exchange";
    }
}
