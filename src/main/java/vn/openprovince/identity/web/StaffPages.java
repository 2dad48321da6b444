package vn.openprovince.identity.web;

import java.util.Set;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.openprovince.identity.Citizen;
import vn.openprovince.identity.IdentityError;
import vn.openprovince.identity.IdentityException;
import vn.openprovince.identity.internal.BusinessStaff;
import vn.openprovince.identity.internal.CitizenAccounts;
import vn.openprovince.notification.Notifications;

/** A business's authorised staff on the portal: list, add, revoke; and the staff member's acceptance page. */
@Controller
class StaffPages {

    private static final String BASE = "/cong-dich-vu-cong";
    private static final int PAGE_SIZE = 20;

    private final BusinessStaff staff;
    private final CitizenAccounts citizens;
    private final Notifications notifications;

    StaffPages(BusinessStaff staff, CitizenAccounts citizens, Notifications notifications) {
        this.staff = staff;
        this.citizens = citizens;
        this.notifications = notifications;
    }

    /** Input of the add-staff form. */
    record StaffForm(String fullName, String contact) {
    }

    /** Input of the acceptance form. */
    record AcceptForm(String code, String password, String confirmation) {
    }

    @GetMapping(BASE + "/ca-nhan/nhan-vien")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("form", new StaffForm("", ""));
        return listPage(page, model);
    }

    @PostMapping(BASE + "/ca-nhan/nhan-vien")
    String add(@ModelAttribute("form") StaffForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        Citizen me = citizens.signedIn().orElseThrow();
        try {
            staff.invite(me, form.fullName(), form.contact());
        } catch (IdentityException rejected) {
            if (rejected.error() == IdentityError.ID_NOT_A_BUSINESS || rejected.error() == IdentityError.ID_STAFF_CANNOT_MANAGE) {
                throw rejected;
            }
            reject(errors, rejected, rejected.error() == IdentityError.ID_NAME_REQUIRED ? "fullName" : "contact");
            return listPage(0, model);
        }
        redirect.addFlashAttribute("invited", true);
        return "redirect:" + BASE + "/ca-nhan/nhan-vien";
    }

    @PostMapping(BASE + "/ca-nhan/nhan-vien/{id}/thu-hoi")
    String revoke(@PathVariable UUID id, RedirectAttributes redirect) {
        staff.revoke(citizens.signedIn().orElseThrow(), id);
        redirect.addFlashAttribute("revoked", true);
        return "redirect:" + BASE + "/ca-nhan/nhan-vien";
    }

    @GetMapping(BASE + "/dang-ky/nhan-vien/{id}")
    String acceptance(@PathVariable UUID id, Model model) {
        model.addAttribute("form", new AcceptForm("", "", ""));
        return acceptancePage(id, model);
    }

    @PostMapping(BASE + "/dang-ky/nhan-vien/{id}")
    String accept(@PathVariable UUID id, @ModelAttribute("form") AcceptForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        try {
            String username = staff.accept(id, form.code(), form.password(), form.confirmation());
            redirect.addAttribute("verified", "");
            redirect.addAttribute("username", username);
            return "redirect:" + BASE + "/dang-nhap";
        } catch (IdentityException rejected) {
            if (rejected.error() == IdentityError.ID_UNKNOWN_REGISTRATION || rejected.error() == IdentityError.ID_STAFF_REVOKED) {
                throw rejected;
            }
            String field = rejected.error().field();
            reject(errors, rejected, Set.of("code", "password", "confirmation").contains(field) ? field : null);
            return acceptancePage(id, model);
        }
    }

    @PostMapping(BASE + "/dang-ky/nhan-vien/{id}/gui-lai")
    String resend(@PathVariable UUID id, RedirectAttributes redirect) {
        staff.resendCode(id);
        redirect.addAttribute("resent", "");
        return "redirect:" + BASE + "/dang-ky/nhan-vien/" + id;
    }

    private String listPage(int page, Model model) {
        Citizen me = citizens.signedIn().orElseThrow();
        model.addAttribute("citizen", me);
        model.addAttribute("staff", staff.list(me, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        return "portal/staff";
    }

    private String acceptancePage(UUID id, Model model) {
        model.addAttribute("invitation", staff.invitation(id));
        model.addAttribute("logOnly", !notifications.emailDelivered());
        return "portal/staff-accept";
    }

    private static void reject(BindingResult errors, IdentityException rejected, String field) {
        if (field != null) {
            errors.rejectValue(field, rejected.getDetailMessageCode(), rejected.getDetailMessageArguments(), null);
        } else {
            errors.reject(rejected.getDetailMessageCode(), rejected.getDetailMessageArguments(), null);
        }
    }
}
