package vn.openprovince.identity.web;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.openprovince.identity.ApplicantKind;
import vn.openprovince.identity.Citizen;
import vn.openprovince.identity.IdentityError;
import vn.openprovince.identity.IdentityException;
import vn.openprovince.identity.internal.CitizenAccounts;
import vn.openprovince.identity.internal.NewRegistration;
import vn.openprovince.identity.internal.OidcSettings;
import vn.openprovince.identity.internal.ProfileChanges;
import vn.openprovince.notification.Notifications;

/** The portal's sign-in, registration with a one-time code, and the citizen's profile. */
@Controller
class CitizenPages {

    private static final String BASE = "/cong-dich-vu-cong";

    private final CitizenAccounts citizens;
    private final Notifications notifications;
    private final OidcSettings oidcSettings;

    CitizenPages(CitizenAccounts citizens, Notifications notifications, OidcSettings oidcSettings) {
        this.citizens = citizens;
        this.notifications = notifications;
        this.oidcSettings = oidcSettings;
    }

    /** Input of the registration form. */
    record RegistrationForm(ApplicantKind kind, String fullName, String contact, String password, String confirmation,
                            String taxCode, String organisationName) {
    }

    /** Input of the verification form. */
    record CodeForm(String code) {
    }

    /** Input of the profile form. */
    record ProfileForm(String fullName, String citizenId,
                       @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) LocalDate dateOfBirth, String phone, String email,
                       String provinceCode, String districtCode, String communeCode, String street, String taxCode,
                       String organisationName) {
    }

    @GetMapping(BASE + "/dang-nhap")
    String signIn(@RequestParam(required = false) String oidc, Model model) {
        if (oidcSettings.configured()) {
            model.addAttribute("oidcLabel", oidcSettings.buttonLabel());
            model.addAttribute("oidcUrl", "/oauth2/authorization/" + oidcSettings.registrationId());
        }
        if (oidc != null) {
            // Only the module's own codes are shown; anything else in the address is a generic failure.
            IdentityError error = java.util.Arrays.stream(IdentityError.values())
                    .filter(candidate -> candidate.name().equals(oidc) && candidate.name().startsWith("ID_OIDC_"))
                    .findFirst().orElse(IdentityError.ID_OIDC_FAILED);
            model.addAttribute("oidcError", "error." + error.name());
        }
        return "portal/sign-in";
    }

    @GetMapping(BASE + "/dang-ky")
    String registrationForm(Model model) {
        model.addAttribute("form", new RegistrationForm(ApplicantKind.CITIZEN, "", "", "", "", "", ""));
        return "portal/register";
    }

    @PostMapping(BASE + "/dang-ky")
    String register(@ModelAttribute("form") RegistrationForm form, BindingResult errors) {
        try {
            UUID id = citizens.register(new NewRegistration(form.kind(), form.fullName(), form.contact(), form.password(),
                    form.confirmation(), form.taxCode(), form.organisationName()));
            return "redirect:" + BASE + "/dang-ky/" + id;
        } catch (IdentityException rejected) {
            reject(errors, rejected, Set.of("fullName", "contact", "password", "confirmation", "taxCode", "organisationName"));
            return "portal/register";
        }
    }

    @GetMapping(BASE + "/dang-ky/{id}")
    String verification(@PathVariable UUID id, Model model) {
        model.addAttribute("form", new CodeForm(""));
        return verificationPage(id, model);
    }

    @PostMapping(BASE + "/dang-ky/{id}")
    String verify(@PathVariable UUID id, @ModelAttribute("form") CodeForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        try {
            String username = citizens.verify(id, form.code());
            redirect.addAttribute("verified", "");
            redirect.addAttribute("username", username);
            return "redirect:" + BASE + "/dang-nhap";
        } catch (IdentityException rejected) {
            if (rejected.error() == IdentityError.ID_UNKNOWN_REGISTRATION) {
                throw rejected;
            }
            reject(errors, rejected, Set.of("code"));
            return verificationPage(id, model);
        }
    }

    @PostMapping(BASE + "/dang-ky/{id}/gui-lai")
    String resend(@PathVariable UUID id, RedirectAttributes redirect) {
        citizens.resendCode(id);
        redirect.addAttribute("resent", "");
        return "redirect:" + BASE + "/dang-ky/" + id;
    }

    @GetMapping(BASE + "/ca-nhan/thong-tin")
    String profile(Model model) {
        Citizen me = citizens.signedIn().orElseThrow();
        model.addAttribute("citizen", me);
        model.addAttribute("form", new ProfileForm(me.fullName(), me.citizenId(), me.dateOfBirth(), me.phone(), me.email(),
                me.provinceCode() == null ? "17" : me.provinceCode(), me.districtCode(), me.communeCode(), me.street(),
                me.taxCode(), me.organisationName()));
        return "portal/profile";
    }

    @PostMapping(BASE + "/ca-nhan/thong-tin")
    String saveProfile(@ModelAttribute("form") ProfileForm form, BindingResult errors, Model model,
                       @RequestParam(required = false) String next, RedirectAttributes redirect) {
        Citizen me = citizens.signedIn().orElseThrow();
        if (me.actedByStaff()) {
            // Staff act for the business; changing its details stays with the business itself.
            throw new IdentityException(IdentityError.ID_STAFF_CANNOT_MANAGE);
        }
        try {
            citizens.updateProfile(me.accountId(), new ProfileChanges(form.fullName(), form.citizenId(), form.dateOfBirth(),
                    form.phone(), form.email(), form.provinceCode(), form.districtCode(), form.communeCode(), form.street(),
                    form.taxCode(), form.organisationName()));
        } catch (IdentityException rejected) {
            reject(errors, rejected, Set.of("fullName", "citizenId", "dateOfBirth", "phone", "email", "taxCode",
                    "organisationName"));
            model.addAttribute("citizen", me);
            return "portal/profile";
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:" + BASE + "/ca-nhan/thong-tin";
    }

    private String verificationPage(UUID id, Model model) {
        model.addAttribute("registrationId", id);
        model.addAttribute("maskedContact", citizens.maskedContact(id));
        model.addAttribute("logOnly", !notifications.emailDelivered());
        return "portal/verify";
    }

    private static void reject(BindingResult errors, IdentityException rejected, Set<String> fields) {
        String field = rejected.error().field();
        if (fields.contains(field)) {
            errors.rejectValue(field, rejected.getDetailMessageCode(), rejected.getDetailMessageArguments(), null);
        } else {
            errors.reject(rejected.getDetailMessageCode(), rejected.getDetailMessageArguments(), null);
        }
    }
}
