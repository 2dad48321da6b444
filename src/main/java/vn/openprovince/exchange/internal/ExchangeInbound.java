package vn.openprovince.exchange.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** The web layer's door to receipt and to the directory's file formats. */
@Service
public class ExchangeInbound {

    private final ExchangeReceiving receiving;
    private final ExchangeDirectory directory;

    ExchangeInbound(ExchangeReceiving receiving, ExchangeDirectory directory) {
        this.receiving = receiving;
        this.directory = directory;
    }

    /** Báo nhận: {@code statusCode} 01 for a package (a resent one is {@code duplicate}), or the status recorded. */
    public record Ack(String statusCode, String documentId, boolean duplicate, List<UUID> arrivals) {
    }

    public Ack receive(byte[] xml) {
        var ack = receiving.receive(xml);
        return new Ack(ack.statusCode(), ack.documentId(), ack.duplicate(), ack.arrivals());
    }

    public String directoryCsv() {
        return ExchangeDirectory.toCsv(directory.list());
    }

    public List<ExchangeDirectory.EntryInput> parseCsv(String csv) {
        return ExchangeDirectory.fromCsv(csv);
    }
}
