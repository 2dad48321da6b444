package vn.openprovince.calendar.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.openprovince.calendar.internal.InMemorySchedule;

// The web shell's advice needs the identity module, which this slice leaves out.
@WebMvcTest(controllers = {PublicCalendarController.class, ScheduleController.class},
        excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = "vn\\.openprovince\\.web\\..*"))
@Import(CalendarWebTestConfiguration.class)
class CalendarWebTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    InMemorySchedule schedule;

    @BeforeEach
    void emptySchedule() {
        schedule.clear();
    }

    @Test
    void convertsASolarDateToLunar() {
        assertThat(mvc.get().uri("/api/v1/calendar/lunar").param("date", "2026-02-17"))
                .hasStatusOk()
                .bodyJson().isStrictlyEqualTo("""
                        {"day":1,"month":1,"year":2026,"leap":false}""");
    }

    @Test
    void convertsALunarDateToSolar() {
        assertThat(mvc.get().uri("/api/v1/calendar/solar?day=1&month=1&year=2026"))
                .hasStatusOk()
                .bodyJson().isStrictlyEqualTo("""
                        {"date":"2026-02-17"}""");
        assertThat(mvc.get().uri("/api/v1/calendar/solar?day=1&month=2&year=2023&leap=true"))
                .hasStatusOk()
                .bodyJson().isStrictlyEqualTo("""
                        {"date":"2023-03-22"}""");
    }

    @Test
    void rejectsALunarDateThatDoesNotExist() {
        assertThat(mvc.get().uri("/api/v1/calendar/solar?day=1&month=3&year=2024&leap=true"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().extractingPath("$.code").isEqualTo("CALENDAR_INVALID_LUNAR_DATE");
    }

    @Test
    void listsTheHolidaysOfAYearByDate() {
        var holidays = assertThat(mvc.get().uri("/api/v1/calendar/holidays?year=2026")).hasStatusOk().bodyJson();
        holidays.extractingPath("$.length()").isEqualTo(12);
        holidays.extractingPath("$[0]").isEqualTo(
                Map.of("date", "2026-01-01", "name", "Tết Dương lịch", "kind", "SOLAR"));
        holidays.extractingPath("$[7]").isEqualTo(
                Map.of("date", "2026-04-27", "name", "Nghỉ bù Giỗ Tổ Hùng Vương", "kind", "COMPENSATORY"));
    }

    @Test
    void computesADeadlineInWorkingDaysAcrossTet() {
        assertThat(mvc.get().uri("/api/v1/calendar/deadline")
                .param("start", "2026-02-13T09:00:00+07:00").param("workingDays", "4"))
                .hasStatusOk()
                .bodyJson().isStrictlyEqualTo("""
                        {"deadline":"2026-02-26T10:00:00Z","deadlineLocal":"2026-02-26T17:00:00+07:00"}""");
    }

    @Test
    void acceptsAnOffsetWhosePlusSignWasDecodedAsASpace() {
        assertThat(mvc.get().uri("/api/v1/calendar/deadline")
                .param("start", "2026-02-13T09:00:00 07:00").param("workingDays", "4"))
                .hasStatusOk()
                .bodyJson().extractingPath("$.deadline").isEqualTo("2026-02-26T10:00:00Z");
    }

    @Test
    void computesADeadlineInWorkingHoursWithACutoff() {
        // Monday 9 March 2026 at 15:30 in Vietnam, after a 15:00 cut-off: counting starts Tuesday at 07:30.
        assertThat(mvc.get().uri("/api/v1/calendar/deadline")
                .param("start", "2026-03-09T08:30:00Z").param("workingHours", "5").param("cutoff", "15:00"))
                .hasStatusOk()
                .bodyJson().isStrictlyEqualTo("""
                        {"deadline":"2026-03-10T07:30:00Z","deadlineLocal":"2026-03-10T14:30:00+07:00"}""");
    }

    @Test
    void answersBadDeadlineRequestsWithAProblemDetailAndACode() {
        assertThat(mvc.get().uri("/api/v1/calendar/deadline?workingDays=3"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().extractingPath("$.code").isEqualTo("CALENDAR_INVALID_REQUEST");
        assertThat(mvc.get().uri("/api/v1/calendar/deadline?start=2026-03-09T08:30:00Z&workingDays=3&workingHours=2"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().extractingPath("$.code").isEqualTo("CALENDAR_INVALID_REQUEST");
        assertThat(mvc.get().uri("/api/v1/calendar/deadline?start=2026-03-09T08:30:00Z&workingDays=three"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().extractingPath("$.code").isEqualTo("CALENDAR_INVALID_REQUEST");
        assertThat(mvc.get().uri("/api/v1/calendar/deadline?start=yesterday&workingDays=3"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().extractingPath("$.code").isEqualTo("CALENDAR_INVALID_REQUEST");
        assertThat(mvc.get().uri("/api/v1/calendar/deadline?start=2026-03-09T08:30:00Z&workingHours=2&cutoff=3pm"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().extractingPath("$.code").isEqualTo("CALENDAR_INVALID_REQUEST");
        assertThat(mvc.get().uri("/api/v1/calendar/deadline?start=2026-03-09T08:30:00Z&workingDays=abc&agency=x"))
                .hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void localisesTheProblemDetail() {
        var english = assertThat(mvc.get().uri("/api/v1/calendar/deadline?start=2026-03-09T08:30:00Z&workingDays=0")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson();
        english.extractingPath("$.code").isEqualTo("CALENDAR_INVALID_RANGE");
        english.extractingPath("$.title").isEqualTo("Duration out of range");
        english.extractingPath("$.detail")
                .isEqualTo("The number of working days or hours must be between 1 and 3650.");

        assertThat(mvc.get().uri("/api/v1/calendar/deadline?start=2026-03-09T08:30:00Z&workingDays=0")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "vi"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().extractingPath("$.detail")
                .isEqualTo("Số ngày hoặc số giờ làm việc phải từ 1 đến 3650.");
    }

    @Test
    void keepsTheScheduleFromAnonymousUsers() {
        assertThat(mvc.get().uri("/api/v1/calendar/schedule?year=2026")).hasStatus(HttpStatus.UNAUTHORIZED);
    }

    @Test
    @WithMockUser(roles = "OFFICIAL")
    void keepsTheScheduleFromUsersWhoAreNotSystemAdministrators() {
        assertThat(mvc.get().uri("/api/v1/calendar/schedule?year=2026")).hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    @WithMockUser(roles = "SYSTEM_ADMIN")
    void letsASystemAdministratorAddAndRemoveScheduleDays() {
        assertThat(mvc.post().uri("/api/v1/calendar/schedule").contentType(MediaType.APPLICATION_JSON).content("""
                {"date":"2026-02-23","kind":"DAY_OFF","name":"Nghỉ Tết Nguyên Đán"}"""))
                .hasStatus(HttpStatus.CREATED)
                .bodyJson().extractingPath("$.kind").isEqualTo("DAY_OFF");

        assertThat(mvc.get().uri("/api/v1/calendar/schedule?year=2026"))
                .hasStatusOk().bodyJson().extractingPath("$[0].date").isEqualTo("2026-02-23");
        assertThat(mvc.get().uri("/api/v1/calendar/holidays?year=2026"))
                .hasStatusOk().bodyJson().extractingPath("$[6]").isEqualTo(Map.of(
                        "date", "2026-02-23", "name", "Nghỉ Tết Nguyên Đán", "kind", "OFFICIAL_SCHEDULE"));
        assertThat(mvc.get().uri("/api/v1/calendar/deadline?start=2026-02-13T02:00:00Z&workingDays=4"))
                .hasStatusOk().bodyJson().extractingPath("$.deadline").isEqualTo("2026-02-27T10:00:00Z");

        assertThat(mvc.post().uri("/api/v1/calendar/schedule").contentType(MediaType.APPLICATION_JSON).content("""
                {"date":"2026-02-23","kind":"WORKING_DAY"}"""))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyJson().extractingPath("$.code").isEqualTo("CALENDAR_SCHEDULE_DAY_EXISTS");

        assertThat(mvc.delete().uri("/api/v1/calendar/schedule?date=2026-02-23")).hasStatus(HttpStatus.NO_CONTENT);
        assertThat(mvc.delete().uri("/api/v1/calendar/schedule?date=2026-02-23"))
                .hasStatus(HttpStatus.NOT_FOUND)
                .bodyJson().extractingPath("$.code").isEqualTo("CALENDAR_SCHEDULE_DAY_NOT_FOUND");
    }

    @Test
    @WithMockUser(roles = "SYSTEM_ADMIN")
    void rejectsAnUnreadableScheduleDay() {
        assertThat(mvc.post().uri("/api/v1/calendar/schedule").contentType(MediaType.APPLICATION_JSON)
                .content("{\"date\":\"23/02/2026\",\"kind\":\"DAY_OFF\"}"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().extractingPath("$.code").isEqualTo("CALENDAR_INVALID_REQUEST");
    }
}
