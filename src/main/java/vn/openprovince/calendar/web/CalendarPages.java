package vn.openprovince.calendar.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.openprovince.calendar.CalendarException;
import vn.openprovince.calendar.LunarCalendar;
import vn.openprovince.calendar.OfficialSchedule;
import vn.openprovince.calendar.ScheduleDayKind;
import vn.openprovince.calendar.WorkingCalendar;

/**
 * Lịch làm việc: the year's days off for every official, a deadline calculator, and the official
 * schedule maintained by system administrators.
 */
@Controller
@RequestMapping("/calendar")
class CalendarPages {

    private final WorkingCalendar calendar;
    private final OfficialSchedule schedule;
    private final MessageSource messages;

    CalendarPages(WorkingCalendar calendar, OfficialSchedule schedule, MessageSource messages) {
        this.calendar = calendar;
        this.schedule = schedule;
        this.messages = messages;
    }

    @GetMapping
    String year(@RequestParam(required = false) Integer year, Model model) {
        int shown = year == null ? LocalDate.now(calendar.zone()).getYear() : year;
        model.addAttribute("year", shown);
        model.addAttribute("holidays", calendar.holidays(shown));
        model.addAttribute("schedule", schedule.daysOf(shown));
        model.addAttribute("lunarNewYear", LunarCalendar.newYear(shown));
        model.addAttribute("hours", calendar.workingHours(null));
        model.addAttribute("cutoff", calendar.defaultCutoff().orElse(null));
        model.addAttribute("kinds", ScheduleDayKind.values());
        return "calendar/year";
    }

    /** The deadline calculator; answers the htmx request with the result fragment only. */
    @GetMapping("/deadline")
    String deadline(@RequestParam LocalDate date, @RequestParam LocalTime time, @RequestParam int amount,
                    @RequestParam(defaultValue = "DAYS") String unit, @RequestParam(required = false) LocalTime cutoff,
                    Model model, Locale locale) {
        Instant start = LocalDateTime.of(date, time).atZone(calendar.zone()).toInstant();
        try {
            Instant deadline = "HOURS".equals(unit)
                    ? calendar.deadlineInWorkingHours(start, amount, Optional.ofNullable(cutoff), null)
                    : calendar.deadlineInWorkingDays(start, amount, Optional.ofNullable(cutoff), null);
            model.addAttribute("deadline", deadline.atZone(calendar.zone()));
            model.addAttribute("reception", calendar.receptionDay(start, Optional.ofNullable(cutoff), null));
        } catch (CalendarException rejected) {
            model.addAttribute("deadlineError", messages.getMessage(rejected.getDetailMessageCode(),
                    rejected.getDetailMessageArguments(), locale));
        }
        return "calendar/year :: deadline-result";
    }

    @PostMapping("/schedule")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    String addScheduleDay(@RequestParam LocalDate date, @RequestParam ScheduleDayKind kind,
                          @RequestParam(defaultValue = "") String name, RedirectAttributes redirect, Locale locale) {
        try {
            schedule.add(date, kind, name);
            redirect.addFlashAttribute("flash", messages.getMessage("common.saved", null, locale));
        } catch (CalendarException rejected) {
            redirect.addFlashAttribute("scheduleError", messages.getMessage(rejected.getDetailMessageCode(),
                    rejected.getDetailMessageArguments(), locale));
        }
        return "redirect:/calendar?year=" + date.getYear();
    }

    @PostMapping("/schedule/remove")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    String removeScheduleDay(@RequestParam LocalDate date, RedirectAttributes redirect, Locale locale) {
        schedule.remove(date);
        redirect.addFlashAttribute("flash", messages.getMessage("common.saved", null, locale));
        return "redirect:/calendar?year=" + date.getYear();
    }
}
