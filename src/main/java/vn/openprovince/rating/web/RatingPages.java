package vn.openprovince.rating.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import vn.openprovince.dossier.OnlineSubmissions;
import vn.openprovince.rating.RatingBasis;
import vn.openprovince.rating.RatingException;
import vn.openprovince.rating.RatingForm;
import vn.openprovince.rating.Ratings;

/** The applicant's "Đánh giá mức độ hài lòng" page for a dossier, and the officials' satisfaction table. */
@Controller
class RatingPages {

    static final String PAGE = "/cong-dich-vu-cong/ca-nhan/danh-gia/{code}";

    private final Ratings ratings;
    private final OnlineSubmissions submissions;
    private final MessageSource messages;

    RatingPages(Ratings ratings, OnlineSubmissions submissions, MessageSource messages) {
        this.ratings = ratings;
        this.submissions = submissions;
        this.messages = messages;
    }

    @GetMapping(PAGE)
    String form(@PathVariable String code, Model model) {
        var dossier = submissions.mine(code).orElseThrow(() -> new RatingException(
                vn.openprovince.rating.RatingError.RATING_UNKNOWN_DOSSIER, code));
        model.addAttribute("d", dossier);
        model.addAttribute("rating", ratings.ofDossier(code).orElse(null));
        model.addAttribute("canRate", ratings.canRate(code));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new RatingForm(null, null, null, 1, null));
        }
        return "rating/form";
    }

    @PostMapping(PAGE)
    String rate(@PathVariable String code, @RequestParam(required = false) Integer overall,
                @RequestParam(required = false) Integer timeliness, @RequestParam(required = false) Integer staffAttitude,
                @RequestParam(required = false) String contacts, @RequestParam(required = false) String comment,
                RedirectAttributes redirect, Locale locale) {
        var form = new RatingForm(overall, timeliness, staffAttitude, parse(contacts), comment);
        try {
            ratings.rate(code, form);
            redirect.addFlashAttribute("flash", messages.getMessage("rating.thanks", null, locale));
        } catch (RatingException e) {
            redirect.addFlashAttribute("problem", messages.getMessage(e.getDetailMessageCode(),
                    e.getDetailMessageArguments(), e.getDetailMessageCode(), locale));
            redirect.addFlashAttribute("problemField", e.field());
            redirect.addFlashAttribute("form", form);
        }
        return "redirect:" + UriComponentsBuilder.fromPath(PAGE).buildAndExpand(code).encode().toUriString();
    }

    private static Integer parse(String number) {
        try {
            return number == null || number.isBlank() ? null : Integer.valueOf(number.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Officials: satisfaction per agency in their scope, this month by default. */
    @GetMapping("/danh-gia")
    String aggregates(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                      @RequestParam(defaultValue = "COMPETENT") RatingBasis basis, Model model, Locale locale) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        LocalDate start = from == null ? today.withDayOfMonth(1) : from;
        LocalDate end = to == null ? today : to;
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("basis", basis);
        try {
            model.addAttribute("rows", ratings.byAgency(start, end, basis));
        } catch (RatingException e) {
            model.addAttribute("rows", java.util.List.of());
            model.addAttribute("problem", messages.getMessage(e.getDetailMessageCode(), e.getDetailMessageArguments(),
                    e.getDetailMessageCode(), locale));
        }
        return "rating/aggregates";
    }
}
