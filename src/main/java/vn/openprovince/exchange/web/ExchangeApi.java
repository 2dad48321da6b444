package vn.openprovince.exchange.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.openprovince.exchange.ExchangeError;
import vn.openprovince.exchange.ExchangeException;
import vn.openprovince.exchange.internal.ArrivalService;
import vn.openprovince.exchange.internal.Delivery;
import vn.openprovince.exchange.internal.DeliveryAdministration;
import vn.openprovince.exchange.internal.DeliveryState;
import vn.openprovince.exchange.internal.ExchangeDirectory;
import vn.openprovince.exchange.internal.ExchangeInbound;
import vn.openprovince.exchange.internal.ExchangeIndicators;
import vn.openprovince.exchange.internal.NationalConnection;
import vn.openprovince.exchange.internal.ExchangeSending;

/** Liên thông văn bản: the inbound endpoint peers call, and the API of the directory, deliveries and arrivals. */
@RestController
@Tag(name = "Exchange", description = "Liên thông văn bản (edXML, QCVN 102:2016)")
class ExchangeApi {

    private final ExchangeInbound inbound;
    private final ExchangeDirectory directory;
    private final DeliveryAdministration deliveries;
    private final ArrivalService arrivals;
    private final JsonMapper json = JsonMapper.builder().build();

    private final ExchangeSending sending;
    private final ExchangeIndicators indicators;
    private final NationalConnection nationalConnection;

    ExchangeApi(ExchangeInbound inbound, ExchangeDirectory directory, DeliveryAdministration deliveries,
                ArrivalService arrivals, ExchangeSending sending, ExchangeIndicators indicators,
                NationalConnection nationalConnection) {
        this.nationalConnection = nationalConnection;
        this.indicators = indicators;
        this.sending = sending;
        this.inbound = inbound;
        this.directory = directory;
        this.deliveries = deliveries;
        this.arrivals = arrivals;
    }

    @PostMapping(path = "/api/v1/exchange/packages",
            consumes = {MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE})
    @Operation(summary = "Receive a signed edXML package or status message from a peer platform (authenticated "
            + "peers only). 200 with statusCode 01 (a resent package: duplicate=true, not stored twice); a problem "
            + "detail with statusCode 02, code and field when rejected")
    ExchangeInbound.Ack receive(@RequestBody byte[] xml) {
        try {
            return inbound.receive(xml);
        } catch (ExchangeException e) {
            e.getBody().setProperty("statusCode", "02");
            throw e;
        }
    }

    // --- directory (danh bạ liên thông) ---

    @GetMapping("/api/v1/exchange/directory")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Every agency and where it is reached: THIS_PLATFORM, PEER (with the peer's base URL) or NATIONAL")
    List<ExchangeDirectory.Destination> directory() {
        return directory.list();
    }

    @GetMapping("/api/v1/exchange/directory/export")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    @Operation(summary = "The directory as CSV (format=csv) or JSON (format=json)")
    ResponseEntity<byte[]> export(@RequestParam(defaultValue = "json") String format) {
        boolean csv = "csv".equalsIgnoreCase(format);
        byte[] body = csv ? inbound.directoryCsv().getBytes(StandardCharsets.UTF_8)
                : json.writeValueAsBytes(directory.list());
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(csv ? "danh-ba-lien-thong.csv" : "danh-ba-lien-thong.json").build().toString())
                .contentType(csv ? new MediaType("text", "csv", StandardCharsets.UTF_8) : MediaType.APPLICATION_JSON)
                .body(body);
    }

    @PostMapping("/api/v1/exchange/directory/national-import")
    @Operation(summary = "Load the national axis's agency list (GetAgencyList) into the directory as NATIONAL entries "
            + "(system administrator); 409 EXC_NATIONAL_NOT_CONFIGURED when the connector is not configured")
    Map<String, Integer> importNational() {
        return Map.of("imported", nationalConnection.importAgencies());
    }

    @PostMapping(path = "/api/v1/exchange/directory/import", consumes = {"text/csv", MediaType.APPLICATION_JSON_VALUE})
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    @Operation(summary = "Import peers' and national agencies (CSV organId,name,route,endpoint or a JSON list); all or nothing")
    Map<String, Integer> importEntries(@RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType,
                                       @RequestBody String body) {
        List<ExchangeDirectory.EntryInput> rows;
        if (contentType.startsWith("text/csv")) {
            rows = inbound.parseCsv(body);
        } else {
            try {
                rows = json.readValue(body, new TypeReference<List<ExchangeDirectory.EntryInput>>() {
                });
            } catch (RuntimeException e) {
                throw ExchangeException.onField("file", ExchangeError.EXC_INVALID_IMPORT, "not a JSON list");
            }
        }
        return Map.of("imported", directory.importEntries(rows));
    }

    @PutMapping("/api/v1/exchange/directory/{organId}")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    @Operation(summary = "Add or change another platform's agency: {name, route: PEER|NATIONAL, endpoint}")
    ExchangeDirectory.Destination put(@PathVariable String organId, @RequestBody ExchangeDirectory.EntryInput input) {
        return directory.put(new ExchangeDirectory.EntryInput(organId, input.name(), input.route(), input.endpoint()));
    }

    @DeleteMapping("/api/v1/exchange/directory/{organId}")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    ResponseEntity<Void> remove(@PathVariable String organId) {
        directory.remove(organId);
        return ResponseEntity.noContent().build();
    }

    /** The bearer token to present to a peer platform. */
    record PeerInput(String endpoint, String token) {
    }

    @PutMapping("/api/v1/exchange/peers")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    @Operation(summary = "Set the bearer token of the API client a peer platform registered for us: {endpoint, token}")
    ResponseEntity<Void> putPeer(@RequestBody PeerInput input) {
        directory.putPeer(input.endpoint(), input.token());
        return ResponseEntity.noContent().build();
    }

    // --- deliveries (hàng đợi gửi) ---

    @GetMapping("/api/v1/exchange/deliveries")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    @Operation(summary = "Outbox rows, newest first (state: PENDING, DELIVERED, REJECTED, DEAD, CANCELLED)")
    List<Delivery> deliveries(@RequestParam(required = false) DeliveryState state) {
        return deliveries.list(state);
    }

    @PostMapping("/api/v1/exchange/deliveries/{id}/retry")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    @Operation(summary = "Send a DEAD (or waiting) delivery again now, with a fresh series of attempts")
    Delivery retry(@PathVariable UUID id) {
        return deliveries.retry(id);
    }

    @PostMapping("/api/v1/exchange/deliveries/{id}/cancel")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    Delivery cancel(@PathVariable UUID id) {
        return deliveries.cancel(id);
    }

    @GetMapping({"/api/v1/exchange/outgoing/{documentId}/deliveries", "/api/v1/documents/outgoing/{documentId}/deliveries"})
    @Operation(summary = "Per external recipient of an issued document: agencyCode, latest status and its history; "
            + "recipients (M), delivered (N) and done (K)")
    DeliveryAdministration.OutgoingDeliveries outgoing(@PathVariable UUID documentId) {
        return deliveries.ofOutgoing(documentId);
    }

    @GetMapping("/api/v1/exchange/indicators")
    @Operation(summary = "Indicators of an agency (default: the caller's) for a period (default: this month; at most "
            + "366 days): documents sent and received electronically, the share sent online only, and the median "
            + "time from arrival to registration and to completion (ISO-8601 durations)")
    ExchangeIndicators.Indicators indicators(@RequestParam(required = false) UUID agencyId,
                                             @RequestParam(required = false) java.time.LocalDate from,
                                             @RequestParam(required = false) java.time.LocalDate to) {
        var today = java.time.LocalDate.now(vn.openprovince.exchange.edxml.Edxml.ZONE);
        return indicators.of(agencyId == null ? indicators.defaultAgency() : new vn.openprovince.organization.AgencyId(agencyId),
                from == null ? today.withDayOfMonth(1) : from, to == null ? today : to);
    }

    // --- arrivals (văn bản liên thông chờ vào sổ) ---

    @GetMapping("/api/v1/exchange/arrivals")
    @Operation(summary = "Documents that arrived for the clerk's agencies (state TO_REGISTER by default, REGISTERED, REJECTED, RECALLED); recallState REQUESTED when the sender asks to take one back")
    Page<ArrivalService.ArrivalView> arrivals(@RequestParam(required = false) String state,
                                              @PageableDefault(size = 20) Pageable pageable) {
        return arrivals.list(state, pageable);
    }

    @GetMapping("/api/v1/exchange/arrivals/{id}")
    ArrivalService.ArrivalView arrival(@PathVariable UUID id) {
        return arrivals.get(id);
    }

    @GetMapping("/api/v1/exchange/arrivals/{id}/file")
    ResponseEntity<byte[]> file(@PathVariable UUID id) {
        var file = arrivals.file(id);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(file.name(),
                        StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(file.contentType()))
                .body(file.content());
    }

    @PostMapping("/api/v1/exchange/arrivals/{id}/registration")
    @Operation(summary = "Register the arrived document in the incoming register (metadata from the package); sends 03")
    Map<String, UUID> register(@PathVariable UUID id) {
        return Map.of("incomingDocumentId", arrivals.register(id));
    }

    /** Why a document is returned. */
    record Rejection(String reason) {
    }

    /** The clerk's answer to a recall request. */
    record RecallAnswer(boolean accept, String note) {
    }

    @PostMapping("/api/v1/exchange/arrivals/{id}/recall")
    @Operation(summary = "Answer the sender's recall request: {accept: true} withdraws the content (sends 15), "
            + "{accept: false, note} keeps it (sends 16)")
    ResponseEntity<Void> answerRecall(@PathVariable UUID id, @RequestBody RecallAnswer answer) {
        arrivals.answerRecall(id, answer.accept(), answer.note());
        return ResponseEntity.noContent().build();
    }

    /** The clerk's answer to an update or replacement request. */
    record ChangeAnswer(boolean accept, String note) {
    }

    @PostMapping("/api/v1/exchange/arrivals/{id}/change")
    @Operation(summary = "Answer the sender's update (BussinessDocType 2) or replacement (3) request shown as "
            + "changeKind/changeState on the arrival: {accept: true} takes the update (only before registration) or "
            + "withdraws the replaced document (sends 15); {accept: false, note} keeps things as they are (sends 16)")
    ResponseEntity<Void> answerChange(@PathVariable UUID id, @RequestBody ChangeAnswer answer) {
        arrivals.answerChange(id, answer.accept(), answer.note());
        return ResponseEntity.noContent().build();
    }

    /** Why the issuer asks the recipients to update their copy. */
    record UpdateRequest(String reason) {
    }

    @PostMapping({"/api/v1/exchange/outgoing/{documentId}/update", "/api/v1/documents/outgoing/{documentId}/update"})
    @Operation(summary = "Ask (clerk of the issuing agency) every platform the document went to, to take the document "
            + "as it stands now in place of their copy (BussinessDocType 2), with a reason; they answer 15 or 16")
    Map<String, Integer> requestUpdate(@PathVariable UUID documentId, @RequestBody UpdateRequest request) {
        return Map.of("platforms", sending.requestUpdate(documentId, request.reason()));
    }

    @PostMapping("/api/v1/exchange/arrivals/{id}/rejection")
    @Operation(summary = "Return an invalid or misaddressed document to its sender with status 02 and the reason")
    ResponseEntity<Void> reject(@PathVariable UUID id, @RequestBody Rejection rejection) {
        arrivals.reject(id, rejection.reason());
        return ResponseEntity.noContent().build();
    }
}
