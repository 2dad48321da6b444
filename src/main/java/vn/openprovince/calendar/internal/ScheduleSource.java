package vn.openprovince.calendar.internal;

import java.util.List;
import vn.openprovince.calendar.ScheduleDay;

/** Where the working calendar reads the official schedule from: the database, or a list in a test. */
@FunctionalInterface
interface ScheduleSource {

    List<ScheduleDay> daysOf(int year);
}
