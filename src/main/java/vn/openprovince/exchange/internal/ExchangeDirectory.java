package vn.openprovince.exchange.internal;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.openprovince.audit.AuditTrail;
import vn.openprovince.exchange.ExchangeError;
import vn.openprovince.exchange.ExchangeException;
import vn.openprovince.exchange.edxml.Edxml;
import vn.openprovince.organization.AgencyId;
import vn.openprovince.organization.AgencyScope;
import vn.openprovince.organization.OrganizationDirectory;

/**
 * Danh bạ liên thông: every agency the platform exchanges with and where it is reached. Agencies
 * of this platform come live from the organisation (so a new commune is reachable at once); those
 * of peer platforms and the national axis are entered by a system administrator or imported.
 */
@Service
public class ExchangeDirectory {

    /**
     * How long a found destination is reused. Every package received or sent resolves its sender and recipients,
     * and those look-ups were a tenth of the processor time of an exchange; the directory changes seldom. A change
     * made through this class counts at once on this node; one made on another node, or to an agency's identifier
     * code in the organisation, within this time.
     */
    private static final Duration REMEMBERED = Duration.ofSeconds(5);

    /** Found destinations only: an unknown code is looked up every time (and cannot fill the map). */
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

    private final OrganizationDirectory organization;
    private final DirectoryEntries entries;
    private final Peers peers;
    private final AuditTrail audit;

    ExchangeDirectory(OrganizationDirectory organization, DirectoryEntries entries, Peers peers, AuditTrail audit) {
        this.organization = organization;
        this.entries = entries;
        this.peers = peers;
        this.audit = audit;
    }

    /** Where an agency is: {@code agencyId} for this platform's, {@code endpoint} for a peer's. */
    public record Destination(String organId, String name, Route route, String endpoint, AgencyId agencyId) {
    }

    /** What an administrator enters for another platform's agency. */
    public record EntryInput(String organId, String name, Route route, String endpoint) {
    }

    @Transactional(readOnly = true)
    public Optional<Destination> resolve(String organId) {
        if (organId == null) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        var known = remembered.get(organId);
        if (known != null && now.isBefore(known.until())) {
            return Optional.of(known.destination());
        }
        var found = lookUp(organId);
        found.ifPresentOrElse(d -> remembered.put(organId, new Remembered(d, now.plus(REMEMBERED))),
                () -> remembered.remove(organId));
        return found;
    }

    private Optional<Destination> lookUp(String organId) {
        var own = organization.agencyByIdentifierCode(organId);
        if (own.isPresent()) {
            return Optional.of(new Destination(organId, own.get().name(), Route.THIS_PLATFORM, null, own.get().id()));
        }
        return entries.findById(organId).map(ExchangeDirectory::destination);
    }

    private record Remembered(Destination destination, Instant until) {
    }

    @Transactional(readOnly = true)
    public List<Destination> list() {
        List<Destination> all = new ArrayList<>();
        organization.agencies(AgencyScope.ALL).stream().filter(a -> a.identifierCode() != null)
                .forEach(a -> all.add(new Destination(a.identifierCode(), a.name(), Route.THIS_PLATFORM, null, a.id())));
        entries.findAllByOrderByOrganIdAsc().forEach(e -> all.add(destination(e)));
        return all;
    }

    @Transactional
    public Destination put(EntryInput raw) {
        EntryInput input = checked(raw);
        Instant now = Instant.now();
        var entry = entries.findById(input.organId()).orElse(null);
        if (entry == null) {
            entry = entries.save(new DirectoryEntry(input.organId(), input.name(), input.route(), input.endpoint(), now));
        } else {
            entry.change(input.name(), input.route(), input.endpoint(), now);
        }
        remembered.clear();
        audit.record("exchange.directory-entry-saved", "DirectoryEntry", input.organId(), null,
                "%s %s (%s%s)".formatted(input.organId(), input.name(), input.route(),
                        input.endpoint() == null ? "" : " " + input.endpoint()));
        return destination(entry);
    }

    @Transactional
    public void remove(String organId) {
        var entry = entries.findById(organId)
                .orElseThrow(() -> new ExchangeException(ExchangeError.EXC_UNKNOWN_AGENCY, organId));
        entries.delete(entry);
        remembered.clear();
        audit.record("exchange.directory-entry-removed", "DirectoryEntry", organId, null, entry.name());
    }

    /** Imports entries all or nothing: one bad row and nothing changes. */
    @Transactional
    public int importEntries(List<EntryInput> rows) {
        List<EntryInput> checked = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            try {
                checked.add(checked(rows.get(i)));
            } catch (ExchangeException e) {
                throw ExchangeException.onField("file", ExchangeError.EXC_INVALID_IMPORT, "row " + (i + 1) + ": " + e.reason());
            }
        }
        Instant now = Instant.now();
        for (EntryInput input : checked) {
            entries.findById(input.organId()).ifPresentOrElse(
                    e -> e.change(input.name(), input.route(), input.endpoint(), now),
                    () -> entries.save(new DirectoryEntry(input.organId(), input.name(), input.route(),
                            input.endpoint(), now)));
        }
        remembered.clear();
        audit.record("exchange.directory-imported", "DirectoryEntry", "import", null, checked.size() + " entries");
        return checked.size();
    }

    /** Stores the bearer token to present to a peer platform (never shown again, never audited). */
    @Transactional
    public void putPeer(String rawEndpoint, String token) {
        String endpoint = endpoint(rawEndpoint);
        if (token == null || token.isBlank() || token.length() > 200) {
            throw ExchangeException.onField("token", ExchangeError.EXC_INVALID_VALUE, "token");
        }
        Instant now = Instant.now();
        peers.findById(endpoint).ifPresentOrElse(p -> p.change(token.strip(), now),
                () -> peers.save(new Peer(endpoint, token.strip(), now)));
        audit.record("exchange.peer-saved", "Peer", endpoint, null, "bearer token set for " + endpoint);
    }

    @Transactional(readOnly = true)
    public Optional<String> peerToken(String endpoint) {
        return peers.findById(endpoint).map(Peer::token);
    }

    @Transactional(readOnly = true)
    public List<String> peerEndpoints() {
        return peers.findAll().stream().map(Peer::endpoint).sorted().toList();
    }

    private EntryInput checked(EntryInput input) {
        if (input == null || input.organId() == null || !Edxml.ORGAN_ID.matcher(input.organId().strip()).matches()) {
            throw ExchangeException.onField("organId", ExchangeError.EXC_INVALID_ORGAN_ID,
                    input == null ? null : input.organId());
        }
        String organId = input.organId().strip();
        if (organization.agencyByIdentifierCode(organId).isPresent()) {
            throw new ExchangeException(ExchangeError.EXC_AGENCY_ON_THIS_PLATFORM, organId);
        }
        if (input.name() == null || input.name().isBlank() || input.name().length() > 300) {
            throw ExchangeException.onField("name", ExchangeError.EXC_INVALID_VALUE, input.name());
        }
        if (input.route() == null || input.route() == Route.THIS_PLATFORM) {
            throw ExchangeException.onField("route", ExchangeError.EXC_INVALID_VALUE, input.route());
        }
        String endpoint = input.route() == Route.PEER ? endpoint(input.endpoint()) : null;
        return new EntryInput(organId, input.name().strip(), input.route(), endpoint);
    }

    /** https:// only, except to this machine (tests, a local reverse proxy). No trailing slash. */
    static String endpoint(String raw) {
        try {
            URI uri = URI.create(raw == null ? "" : raw.strip());
            boolean local = "localhost".equals(uri.getHost()) || "127.0.0.1".equals(uri.getHost());
            if (uri.getHost() == null || !("https".equals(uri.getScheme()) || ("http".equals(uri.getScheme()) && local))) {
                throw new ExchangeException(ExchangeError.EXC_INVALID_ENDPOINT, raw);
            }
            String text = uri.toString();
            return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
        } catch (IllegalArgumentException e) {
            throw new ExchangeException(ExchangeError.EXC_INVALID_ENDPOINT, raw);
        }
    }

    private static Destination destination(DirectoryEntry e) {
        return new Destination(e.organId(), e.name(), e.route(), e.endpoint(), null);
    }

    /** CSV with a header row {@code organId,name,route,endpoint}; quotes around fields with commas. */
    static String toCsv(List<Destination> destinations) {
        var out = new StringBuilder("organId,name,route,endpoint\n");
        for (var d : destinations) {
            out.append(d.organId()).append(',').append(quote(d.name())).append(',').append(d.route()).append(',')
                    .append(d.endpoint() == null ? "" : quote(d.endpoint())).append('\n');
        }
        return out.toString();
    }

    static List<EntryInput> fromCsv(String csv) {
        List<EntryInput> rows = new ArrayList<>();
        String[] lines = csv.replace("\r", "").split("\n");
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            List<String> cells = cells(lines[i]);
            if (cells.size() < 3) {
                throw ExchangeException.onField("file", ExchangeError.EXC_INVALID_IMPORT, "row " + i + ": 3 or 4 columns");
            }
            Route route;
            try {
                route = Route.valueOf(cells.get(2).strip());
            } catch (IllegalArgumentException e) {
                throw ExchangeException.onField("file", ExchangeError.EXC_INVALID_IMPORT, "row " + i + ": route " + cells.get(2));
            }
            if (route == Route.THIS_PLATFORM) {
                continue; // exported for reference; this platform's agencies come from the organisation
            }
            rows.add(new EntryInput(cells.get(0), cells.get(1), route, cells.size() > 3 ? cells.get(3) : null));
        }
        return rows;
    }

    private static String quote(String text) {
        return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        var cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
