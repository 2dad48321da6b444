package vn.openprovince.rating.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.openprovince.audit.AuditTrail;
import vn.openprovince.dossier.DossierState;
import vn.openprovince.dossier.DossierView;
import vn.openprovince.dossier.OnlineSubmissions;
import vn.openprovince.identity.CitizenDirectory;
import vn.openprovince.identity.CurrentUser;
import vn.openprovince.identity.Grant;
import vn.openprovince.identity.Role;
import vn.openprovince.identity.ScopeKind;
import vn.openprovince.identity.SignedInUser;
import vn.openprovince.organization.AgencyId;
import vn.openprovince.organization.AgencyScope;
import vn.openprovince.organization.AgencySummary;
import vn.openprovince.organization.OrganizationDirectory;
import vn.openprovince.rating.AgencySatisfaction;
import vn.openprovince.rating.DossierRated;
import vn.openprovince.rating.Rating;
import vn.openprovince.rating.RatingBasis;
import vn.openprovince.rating.RatingError;
import vn.openprovince.rating.RatingException;
import vn.openprovince.rating.RatingForm;
import vn.openprovince.rating.Ratings;
import vn.openprovince.rating.Score;

/** Ratings: the applicant's, checked against the dossier module's view of their dossier; aggregates in SQL. */
@Service
class RatingService implements Ratings {

    /** The result exists: ready to collect (9) or returned (10). */
    static final Set<DossierState> RATEABLE = EnumSet.of(DossierState.RESULT_READY, DossierState.RESULT_RETURNED);
    private static final Set<Role> DASHBOARD_ROLES = EnumSet.of(Role.LEADER, Role.AGENCY_ADMIN, Role.ONE_STOP_OFFICER);
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final int MAX_COMMENT = 1000;
    private static final int MAX_CONTACTS = 50;
    private static final int MAX_PERIOD_DAYS = 3660;

    private final DossierRatings ratings;
    private final OnlineSubmissions submissions;
    private final CitizenDirectory citizens;
    private final CurrentUser currentUser;
    private final OrganizationDirectory directory;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock = Clock.systemUTC();

    RatingService(DossierRatings ratings, OnlineSubmissions submissions, CitizenDirectory citizens,
                  CurrentUser currentUser, OrganizationDirectory directory, AuditTrail audit,
                  ApplicationEventPublisher events, JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.ratings = ratings;
        this.submissions = submissions;
        this.citizens = citizens;
        this.currentUser = currentUser;
        this.directory = directory;
        this.audit = audit;
        this.events = events;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Override
    public Rating rate(String dossierCode, RatingForm form) {
        var citizen = citizens.signedIn().orElseThrow(() -> new RatingException(RatingError.RATING_NOT_A_CITIZEN));
        DossierView dossier = submissions.mine(dossierCode)
                .orElseThrow(() -> new RatingException(RatingError.RATING_UNKNOWN_DOSSIER, dossierCode));
        if (!RATEABLE.contains(dossier.state())) {
            throw new RatingException(RatingError.RATING_NOT_READY, dossierCode);
        }
        if (ratings.existsByDossierCode(dossier.code())) {
            throw new RatingException(RatingError.RATING_ALREADY_RATED, dossierCode);
        }
        Score overall = Score.of(form.overall(), "overall");
        Score timeliness = Score.of(form.timeliness(), "timeliness");
        Score attitude = Score.of(form.staffAttitude(), "staffAttitude");
        if (form.contacts() == null || form.contacts() < 0 || form.contacts() > MAX_CONTACTS) {
            throw new RatingException(RatingError.RATING_INVALID_CONTACTS, MAX_CONTACTS);
        }
        String comment = form.comment() == null || form.comment().isBlank() ? null : form.comment().strip();
        if (comment != null && comment.length() > MAX_COMMENT) {
            throw new RatingException(RatingError.RATING_COMMENT_TOO_LONG, MAX_COMMENT);
        }
        Instant now = clock.instant();
        var rating = new DossierRating(dossier.code(), citizen.accountId(), dossier.procedureCode(),
                dossier.receivingAgency().value(), dossier.competentAgency().value(), overall, timeliness, attitude,
                form.contacts(), comment, now);
        try {
            // Its own transaction, so two submissions at once end in one row and a clear message, not a 500.
            transactions.executeWithoutResult(status -> {
                ratings.saveAndFlush(rating);
                audit.record("dossier.rated", "DossierRating", rating.id(), dossier.competentAgency().value(),
                        dossier.code() + ": " + overall.value() + "/" + timeliness.value() + "/" + attitude.value()
                                + ", " + form.contacts() + " contacts");
                events.publishEvent(new DossierRated(dossier.code(), dossier.competentAgency(), dossier.receivingAgency(),
                        overall.value(), timeliness.value(), attitude.value(), form.contacts(), now));
            });
        } catch (DataIntegrityViolationException duplicate) {
            throw new RatingException(RatingError.RATING_ALREADY_RATED, dossierCode);
        }
        return rating.view();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Rating> ofDossier(String dossierCode) {
        var citizen = citizens.signedIn().orElseThrow(() -> new RatingException(RatingError.RATING_NOT_A_CITIZEN));
        return ratings.findByDossierCode(dossierCode).filter(r -> r.accountId().equals(citizen.accountId()))
                .map(DossierRating::view);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean canRate(String dossierCode) {
        return submissions.mine(dossierCode).filter(d -> RATEABLE.contains(d.state()))
                .filter(d -> !ratings.existsByDossierCode(d.code())).isPresent();
    }

    @Override
    @Transactional(readOnly = true)
    public List<AgencySatisfaction> byAgency(LocalDate from, LocalDate to, RatingBasis basis) {
        var scope = dashboardScope();
        if (scope.isEmpty()) {
            throw new RatingException(RatingError.RATING_NOT_AN_OFFICIAL);
        }
        if (from == null || to == null || to.isBefore(from) || from.plusDays(MAX_PERIOD_DAYS).isBefore(to)) {
            throw new RatingException(RatingError.RATING_INVALID_PERIOD);
        }
        String column = (basis == null ? RatingBasis.COMPETENT : basis) == RatingBasis.RECEIVING
                ? "receiving_agency_id" : "competent_agency_id";
        var start = Timestamp.from(from.atStartOfDay(VIETNAM).toInstant());
        var end = Timestamp.from(to.plusDays(1).atStartOfDay(VIETNAM).toInstant());
        // The column comes from the enum above, never from the request.
        List<AgencySatisfaction> rows = jdbc.query("""
                select %1$s as agency, count(*) as n, avg(cast(overall as double precision)) as overall,
                       avg(cast(timeliness as double precision)) as timeliness,
                       avg(cast(staff_attitude as double precision)) as attitude,
                       sum(case when overall >= 4 then 1 else 0 end) as satisfied,
                       avg(cast(contacts as double precision)) as contacts
                from dossier_rating where rated_at >= ? and rated_at < ? group by %1$s""".formatted(column),
                (rs, i) -> {
                    var agency = new AgencyId(rs.getObject("agency", UUID.class));
                    long n = rs.getLong("n");
                    return new AgencySatisfaction(agency, directory.agency(agency).map(AgencySummary::name).orElse("—"),
                            n, round(rs.getDouble("overall"), 2), round(rs.getDouble("timeliness"), 2),
                            round(rs.getDouble("attitude"), 2), round(100.0 * rs.getLong("satisfied") / n, 1),
                            round(rs.getDouble("contacts"), 2));
                }, start, end);
        return rows.stream().filter(row -> scope.includes(row.agency()))
                .sorted(Comparator.comparingLong(AgencySatisfaction::ratings).reversed()
                        .thenComparing(AgencySatisfaction::agencyName))
                .toList();
    }

    private static double round(double value, int decimals) {
        double factor = Math.pow(10, decimals);
        return Math.round(value * factor) / factor;
    }

    /** System administrators see every agency; leaders, agency administrators and one-stop officers their grants'. */
    private AgencyScope dashboardScope() {
        SignedInUser user = currentUser.get().orElse(null);
        if (user == null || user.citizen()) {
            return AgencyScope.NONE;
        }
        if (user.has(Role.SYSTEM_ADMIN)) {
            return AgencyScope.ALL;
        }
        Set<AgencyId> agencies = new HashSet<>();
        for (Grant grant : user.grants()) {
            if (!DASHBOARD_ROLES.contains(grant.role())) {
                continue;
            }
            if (grant.scope() == ScopeKind.ALL) {
                return AgencyScope.ALL;
            }
            if (grant.agency() != null) {
                agencies.addAll(grant.scope() == ScopeKind.AGENCY_AND_SUBORDINATES
                        ? directory.agencyWithSubordinates(grant.agency()) : Set.of(grant.agency()));
            }
        }
        return AgencyScope.of(agencies);
    }
}
