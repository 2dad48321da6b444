package vn.openprovince.calendar.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.openprovince.calendar.CalendarError;
import vn.openprovince.calendar.CalendarException;
import vn.openprovince.calendar.OfficialSchedule;
import vn.openprovince.calendar.ScheduleDay;
import vn.openprovince.calendar.ScheduleDayKind;

/** The official yearly schedule, maintained by system administrators. */
@RestController
@RequestMapping(PublicCalendarController.BASE + "/schedule")
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
@Tag(name = "Calendar schedule", description = "The official yearly schedule of days off and swapped working days")
class ScheduleController {

    private final OfficialSchedule schedule;

    ScheduleController(OfficialSchedule schedule) {
        this.schedule = schedule;
    }

    @GetMapping
    @Operation(summary = "The schedule entries of a year")
    List<ScheduleDay> daysOf(@RequestParam int year) {
        return schedule.daysOf(year);
    }

    @PostMapping
    @Operation(summary = "Add a day off or a swapped working day")
    ResponseEntity<ScheduleDay> add(@RequestBody ScheduleDayForm form) {
        return ResponseEntity.status(HttpStatus.CREATED).body(schedule.add(form.date(), form.kind(), form.name()));
    }

    @DeleteMapping
    @Operation(summary = "Remove the entry of a date, or every entry of a year")
    ResponseEntity<Void> remove(@RequestParam(required = false) LocalDate date,
                                @RequestParam(required = false) Integer year) {
        if ((date == null) == (year == null)) {
            throw new CalendarException(CalendarError.INVALID_REQUEST, "Give exactly one of date and year.",
                    "date/year");
        }
        if (date != null) {
            schedule.remove(date);
        } else {
            schedule.removeYear(year);
        }
        return ResponseEntity.noContent().build();
    }

    /** A new schedule entry; {@code name} is required for a day off. */
    record ScheduleDayForm(LocalDate date, ScheduleDayKind kind, String name) {
    }
}
