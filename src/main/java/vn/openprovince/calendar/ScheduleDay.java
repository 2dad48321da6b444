package vn.openprovince.calendar;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One date of the official yearly schedule (lịch nghỉ lễ, Tết chính thức) announced for civil servants.
 *
 * @param id   the entry's identifier
 * @param date the date it governs
 * @param kind a day off or a swapped working day
 * @param name the Vietnamese name shown for it, e.g. {@code Nghỉ Tết Nguyên Đán}
 */
public record ScheduleDay(UUID id, LocalDate date, ScheduleDayKind kind, String name) {
}
