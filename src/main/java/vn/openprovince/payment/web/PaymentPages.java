package vn.openprovince.payment.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import vn.openprovince.organization.AgencySummary;
import vn.openprovince.organization.OrganizationDirectory;
import vn.openprovince.payment.Obligation;
import vn.openprovince.payment.PaymentException;
import vn.openprovince.payment.PaymentId;
import vn.openprovince.payment.Payments;
import vn.openprovince.payment.TransferConfirmation;
import vn.openprovince.payment.TransferInstructions;
import vn.openprovince.payment.internal.Money;
import vn.openprovince.payment.internal.SandboxGateway;

/**
 * The citizen's "Nghĩa vụ tài chính" pages on the portal (VietQR transfer, the sandbox gateway, receipts), the
 * sandbox gateway's own hosted page, and the one-stop officer's queue of transfers to confirm.
 */
@Controller
class PaymentPages {

    static final String MINE = "/cong-dich-vu-cong/ca-nhan/nghia-vu-tai-chinh";
    static final String RETURN = MINE + "/ket-qua";

    private final Payments payments;
    private final SandboxGateway sandbox;
    private final OrganizationDirectory directory;
    private final MessageSource messages;

    PaymentPages(Payments payments, SandboxGateway sandbox, OrganizationDirectory directory, MessageSource messages) {
        this.payments = payments;
        this.sandbox = sandbox;
        this.directory = directory;
        this.messages = messages;
    }

    /** For the templates: {@code ${money.vnd(x)}}. */
    public static final class MoneyFormat {
        public String vnd(long amount) {
            return Money.vnd(amount);
        }

        public String words(long amount) {
            return Money.inWords(amount);
        }
    }

    private static final MoneyFormat MONEY = new MoneyFormat();

    @GetMapping(MINE)
    String mine(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("obligations", payments.mine(PageRequest.of(Math.max(page, 0), 20)));
        model.addAttribute("money", MONEY);
        return "payment/mine";
    }

    /** One dossier's obligations: what to pay, how (QR, sandbox), the receipts of what is paid. */
    @GetMapping(MINE + "/{code}")
    String ofDossier(@PathVariable String code, Model model, Locale locale) {
        var list = payments.obligations(code);
        Map<UUID, TransferInstructions> transfers = new LinkedHashMap<>();
        Map<UUID, String> qrs = new LinkedHashMap<>();
        Map<UUID, String> problems = new LinkedHashMap<>();
        for (Obligation o : list) {
            if (o.paid()) {
                continue;
            }
            try {
                var transfer = payments.transferInstructions(o.id());
                transfers.put(o.id().value(), transfer);
                qrs.put(o.id().value(), QrSvg.of(transfer.payload(), "VietQR " + transfer.transferNote()));
            } catch (PaymentException e) {
                problems.put(o.id().value(), message(e, locale));
            }
        }
        model.addAttribute("code", code);
        model.addAttribute("obligations", list);
        model.addAttribute("transfers", transfers);
        model.addAttribute("qrs", qrs);
        model.addAttribute("transferProblems", problems);
        model.addAttribute("agencyNames", agencyNames(list));
        model.addAttribute("money", MONEY);
        model.addAttribute("sandboxEnabled", payments.sandboxEnabled());
        return "payment/dossier";
    }

    @PostMapping(MINE + "/thanh-toan/{id}/thu-nghiem")
    String payInSandbox(@PathVariable UUID id, RedirectAttributes redirect, Locale locale) {
        var obligation = payments.obligation(new PaymentId(id));
        try {
            return "redirect:" + payments.checkout(obligation.id(), SandboxGateway.ID, RETURN);
        } catch (PaymentException e) {
            redirect.addFlashAttribute("problem", message(e, locale));
            return "redirect:" + dossierPage(obligation.dossierCode());
        }
    }

    @GetMapping(value = MINE + "/bien-lai/{id}", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> receipt(@PathVariable UUID id) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"bien-lai-" + id + ".pdf\"")
                .body(payments.receipt(new PaymentId(id)));
    }

    /** The sandbox gateway's hosted page: the order, signed, with "pay" and "cancel". */
    @GetMapping(SandboxGateway.PAGE)
    String sandboxPage(@RequestParam Map<String, String> order, Model model) {
        sandbox.verifyOrder(order);
        model.addAttribute("order", order);
        model.addAttribute("amount", Long.parseLong(order.get("amount")));
        model.addAttribute("money", MONEY);
        return "payment/sandbox";
    }

    /**
     * The payer's choice on the sandbox page: the gateway signs the result, delivers it to the platform's callback
     * (here in-process, as the notice a real gateway posts) and sends the payer back to the return address.
     */
    @PostMapping(SandboxGateway.PAGE)
    String sandboxChoice(@RequestParam Map<String, String> form, RedirectAttributes redirect, Locale locale) {
        String choice = form.remove("choice");
        form.remove("_csrf");
        var order = sandbox.verifyOrder(form);
        String returnUrl = order.get("returnUrl");
        if (returnUrl == null || !returnUrl.equals(RETURN)) {
            throw new PaymentException(vn.openprovince.payment.PaymentError.PAYMENT_INVALID_NOTICE);
        }
        boolean paid = "pay".equals(choice);
        var result = sandbox.result(order.get("txnRef"), Long.parseLong(order.get("amount")), paid,
                paid ? "SB" + System.currentTimeMillis() : null);
        payments.gatewayNotice(SandboxGateway.ID, result);
        var back = UriComponentsBuilder.fromPath(returnUrl);
        result.keySet().forEach(key -> back.queryParam(key, "{" + key + "}"));
        return "redirect:" + back.encode().buildAndExpand(result).toUriString();
    }

    /** Back from the gateway: the signed result is checked (and applied if the callback has not been). */
    @GetMapping(RETURN)
    String returned(@RequestParam Map<String, String> result, RedirectAttributes redirect, Locale locale) {
        try {
            var outcome = payments.gatewayNotice(SandboxGateway.ID, result);
            redirect.addFlashAttribute(outcome.success() ? "flash" : "problem", messages.getMessage(
                    outcome.success() ? "payment.sandbox.paid" : "payment.sandbox.cancelled", null, locale));
            return "redirect:" + dossierPage(outcome.obligation().dossierCode());
        } catch (PaymentException e) {
            redirect.addFlashAttribute("problem", message(e, locale));
            return "redirect:" + MINE;
        }
    }

    /** The one-stop officer's queue: pending obligations of their agencies, oldest first, with the confirmation form. */
    @GetMapping("/thanh-toan/cho-xac-nhan")
    String pending(@RequestParam(defaultValue = "0") int page, Model model) {
        var pending = payments.pendingTransfers(PageRequest.of(Math.max(page, 0), 20));
        model.addAttribute("pending", pending);
        model.addAttribute("agencyNames", agencyNames(pending.getContent()));
        model.addAttribute("money", MONEY);
        return "payment/pending";
    }

    @PostMapping("/thanh-toan/{id}/xac-nhan")
    String confirm(@PathVariable UUID id, @RequestParam(defaultValue = "") String bankReference,
                   @RequestParam(defaultValue = "") String amount, @RequestParam(required = false) String note,
                   RedirectAttributes redirect, Locale locale) {
        try {
            long received = Long.parseLong(amount.replace(".", "").replace(",", "").replace("đ", "").trim());
            var paid = payments.confirmTransfer(new PaymentId(id), new TransferConfirmation(bankReference, received, note));
            redirect.addFlashAttribute("flash", messages.getMessage("payment.confirmed",
                    new Object[] {paid.dossierCode(), paid.receiptNumber()}, locale));
        } catch (NumberFormatException e) {
            redirect.addFlashAttribute("problem", messages.getMessage("error.PAYMENT_AMOUNT_MISMATCH",
                    new Object[] {amount, "?"}, locale));
        } catch (PaymentException e) {
            redirect.addFlashAttribute("problem", message(e, locale));
        }
        return "redirect:/thanh-toan/cho-xac-nhan";
    }

    private Map<java.util.UUID, String> agencyNames(java.util.List<Obligation> list) {
        Map<UUID, String> names = new LinkedHashMap<>();
        list.forEach(o -> names.computeIfAbsent(o.receivingAgency().value(),
                a -> directory.agency(o.receivingAgency()).map(AgencySummary::name).orElse("—")));
        return names;
    }

    private static String dossierPage(String code) {
        return UriComponentsBuilder.fromPath(MINE + "/{code}").buildAndExpand(code).encode().toUriString();
    }

    private String message(PaymentException e, Locale locale) {
        return messages.getMessage(e.getDetailMessageCode(), e.getDetailMessageArguments(), e.getDetailMessageCode(),
                locale);
    }
}
