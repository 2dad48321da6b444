package vn.openprovince.calendar.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.openprovince.calendar.CalendarError;
import vn.openprovince.calendar.CalendarException;
import vn.openprovince.calendar.Holiday;
import vn.openprovince.calendar.LunarCalendar;
import vn.openprovince.calendar.LunarDate;
import vn.openprovince.calendar.WorkingCalendar;

/** Public look-ups: lunar dates, holidays and deadlines. Anonymous, rate-limited per client address. */
@RestController
@RequestMapping(PublicCalendarController.BASE)
@Tag(name = "Calendar", description = "Vietnamese lunar calendar, public holidays and deadline arithmetic")
class PublicCalendarController {

    static final String BASE = "/api/v1/calendar";

    private final WorkingCalendar workingCalendar;

    PublicCalendarController(WorkingCalendar workingCalendar) {
        this.workingCalendar = workingCalendar;
    }

    @GetMapping("/lunar")
    @Operation(summary = "The lunar date (âm lịch) of a solar date")
    LunarDate lunar(@RequestParam @Parameter(example = "2026-02-17") LocalDate date) {
        return LunarCalendar.toLunar(date);
    }

    @GetMapping("/solar")
    @Operation(summary = "The solar date of a lunar date")
    SolarDateView solar(@RequestParam int day, @RequestParam int month, @RequestParam int year,
                        @RequestParam(defaultValue = "false") boolean leap) {
        return new SolarDateView(LunarCalendar.toSolar(new LunarDate(day, month, year, leap)).toString());
    }

    @GetMapping("/holidays")
    @Operation(summary = "The effective days off of a year, official schedule included, by date")
    List<Holiday> holidays(@RequestParam int year) {
        return workingCalendar.holidays(year);
    }

    @GetMapping("/deadline")
    @Operation(summary = "The deadline after a number of working days or working hours")
    DeadlineView deadline(
            @RequestParam @Parameter(description = "ISO-8601 instant, e.g. 2026-02-13T02:00:00Z or "
                    + "2026-02-13T09:00:00+07:00") String start,
            @RequestParam(required = false) Integer workingDays,
            @RequestParam(required = false) Integer workingHours,
            @RequestParam(required = false) @Parameter(description = "HH:mm", example = "15:00") String cutoff,
            @RequestParam(required = false) UUID agency) {
        if ((workingDays == null) == (workingHours == null)) {
            throw new CalendarException(CalendarError.INVALID_REQUEST,
                    "Give exactly one of workingDays and workingHours.", "workingDays/workingHours");
        }
        Instant from = parseStart(start);
        Optional<LocalTime> cutoffTime = Optional.ofNullable(cutoff).map(PublicCalendarController::parseCutoff);
        Instant deadline = workingDays != null
                ? workingCalendar.deadlineInWorkingDays(from, workingDays, cutoffTime, agency)
                : workingCalendar.deadlineInWorkingHours(from, workingHours, cutoffTime, agency);
        return new DeadlineView(deadline.toString(),
                deadline.atZone(workingCalendar.zone()).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    }

    private static Instant parseStart(String start) {
        // An unencoded '+' in a query string arrives as a space: "2026-02-13T09:00:00 07:00".
        String text = start.strip().replace(' ', '+');
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new CalendarException(CalendarError.INVALID_REQUEST,
                    "start must be an ISO-8601 instant with an offset, e.g. 2026-02-13T09:00:00+07:00.", "start");
        }
    }

    private static LocalTime parseCutoff(String cutoff) {
        try {
            return LocalTime.parse(cutoff.strip());
        } catch (DateTimeParseException e) {
            throw new CalendarException(CalendarError.INVALID_REQUEST, "cutoff must be a time HH:mm.", "cutoff");
        }
    }

    /** A solar date as ISO-8601 text. */
    record SolarDateView(String date) {
    }

    /** A deadline as an ISO-8601 instant in UTC and as local time in Vietnam. */
    record DeadlineView(String deadline, String deadlineLocal) {
    }
}
