package vn.openprovince.dossier.internal;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.UUID;
import vn.openprovince.calendar.WorkingCalendar;

/**
 * Thời điểm tiếp nhận chính thức (Decree 45/2020 Art. 11): a dossier submitted in working hours is received
 * when submitted; one submitted before the morning session or in the lunch break, at the session's start;
 * one submitted after the working day or on a day off, at the start of the next working day.
 */
final class ReceptionTime {

    private ReceptionTime() {
    }

    static Instant of(Instant submitted, WorkingCalendar calendar, UUID receivingAgency) {
        var zone = calendar.zone();
        var hours = calendar.workingHours(receivingAgency);
        var local = ZonedDateTime.ofInstant(submitted, zone);
        var day = calendar.receptionDay(submitted, Optional.empty(), receivingAgency);
        if (!day.equals(local.toLocalDate())) {
            return day.atTime(hours.morningStart()).atZone(zone).toInstant();
        }
        var time = local.toLocalTime();
        if (time.isBefore(hours.morningStart())) {
            return day.atTime(hours.morningStart()).atZone(zone).toInstant();
        }
        if (!time.isBefore(hours.morningEnd()) && time.isBefore(hours.afternoonStart())) {
            return day.atTime(hours.afternoonStart()).atZone(zone).toInstant();
        }
        return submitted;
    }
}
