package jp.pdcaledger.query.transparency;

import jp.pdcaledger.query.transparency.TransparencyLog.Inclusion;
import jp.pdcaledger.query.transparency.TransparencyLog.TreeHead;
import jp.pdcaledger.query.transparency.TransparencyLogRepository.LeafRow;
import org.springframework.stereotype.Component;

import java.util.Base64;
import java.util.Optional;

/** A publication's receipt against the log as it stands: its leaf, the proof and the checkpoint signed now. */
@Component
public class Receipts {

    private final TransparencyLogRepository rows;
    private final TransparencyLog log;
    private final CheckpointSigner signer;

    public Receipts(TransparencyLogRepository rows, TransparencyLog log, CheckpointSigner signer) {
        this.rows = rows;
        this.log = log;
        this.signer = signer;
    }

    /** Empty when the publication has no leaf (it is not published, or the log has not appended it yet). */
    public Optional<Receipt> of(String sheetId, int fiscalYear, int publication) {
        return rows.indexOf(sheetId, fiscalYear, publication).flatMap(rows::leaf).map(this::receipt);
    }

    private Receipt receipt(LeafRow row) {
        TreeHead head = log.head();
        Inclusion inclusion = log.inclusion(row.index(), head.size());
        return new Receipt(Receipt.FORMAT, row.leaf(), base64(inclusion.leafHash()), row.index(), head.size(),
                inclusion.proof().stream().map(Receipts::base64).toList(),
                signer.sign(head.size(), inclusion.root()));
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
