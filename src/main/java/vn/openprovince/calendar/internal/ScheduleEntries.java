package vn.openprovince.calendar.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.Repository;

/** The stored entries of the official schedule. */
interface ScheduleEntries extends Repository<ScheduleEntry, UUID> {

    List<ScheduleEntry> findByDateBetweenOrderByDate(LocalDate from, LocalDate to);

    Optional<ScheduleEntry> findByDate(LocalDate date);

    boolean existsByDate(LocalDate date);

    ScheduleEntry saveAndFlush(ScheduleEntry entry);

    void delete(ScheduleEntry entry);
}
