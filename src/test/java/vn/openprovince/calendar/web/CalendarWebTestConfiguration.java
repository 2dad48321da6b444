package vn.openprovince.calendar.web;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import vn.openprovince.calendar.WorkingCalendar;
import vn.openprovince.calendar.internal.InMemorySchedule;

/**
 * The beans the calendar controllers need, on an in-memory schedule, and a minimal stand-in for the
 * platform's security configuration: public look-ups open, the schedule for authenticated users, roles
 * checked by method security.
 */
@TestConfiguration
@EnableMethodSecurity
class CalendarWebTestConfiguration {

    @Bean
    InMemorySchedule officialSchedule() {
        return new InMemorySchedule();
    }

    @Bean
    WorkingCalendar workingCalendar(InMemorySchedule schedule) {
        return schedule.calendar().workingCalendar();
    }

    @Bean
    SecurityFilterChain calendarTestSecurity(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/v1/calendar/schedule/**", "/api/v1/calendar/schedule").authenticated()
                        .anyRequest().permitAll())
                .csrf(AbstractHttpConfigurer::disable)
                .httpBasic(Customizer.withDefaults())
                .build();
    }
}
