package vn.openprovince.calendar;

import java.time.LocalDate;

/**
 * A day off for everyone (ngày nghỉ lễ, Tết): a public holiday by rule, a compensatory day off, or a day
 * off announced in the official yearly schedule.
 *
 * @param date the day off
 * @param name its Vietnamese name, e.g. {@code Giỗ Tổ Hùng Vương}
 * @param kind where it comes from
 */
public record Holiday(LocalDate date, String name, HolidayKind kind) {
}
