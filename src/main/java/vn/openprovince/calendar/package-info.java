/**
 * Calendar (lịch làm việc): the Vietnamese lunar calendar, public holidays by rule and by the official
 * yearly schedule, working hours and the deadline arithmetic that every legal clock of the platform uses.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar", allowedDependencies = {"audit"})
package vn.openprovince.calendar;
