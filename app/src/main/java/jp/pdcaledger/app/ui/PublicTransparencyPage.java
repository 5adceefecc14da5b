package jp.pdcaledger.app.ui;

import jakarta.servlet.http.HttpServletResponse;
import jp.pdcaledger.query.transparency.CheckpointSigner;
import jp.pdcaledger.query.transparency.Ed25519Keys;
import jp.pdcaledger.query.transparency.SignedNote;
import jp.pdcaledger.query.transparency.TransparencyLog;
import jp.pdcaledger.query.transparency.TransparencyLog.TreeHead;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.Base64;

/**
 * The transparency log's public page (透明性ログ): its current signed checkpoint and size, its public key, how to
 * verify a receipt with the jar or in this browser (a script file, {@code /js/verify-receipt.js}: nothing inline under
 * the public pages' policy), and what a receipt proves and what it does not.
 */
@Controller
@ConditionalOnProperty(name = "pdca.side.query.enabled", havingValue = "true", matchIfMissing = true)
public class PublicTransparencyPage {

    private final TransparencyLog log;
    private final CheckpointSigner signer;

    public PublicTransparencyPage(TransparencyLog log, CheckpointSigner signer) {
        this.log = log;
        this.signer = signer;
    }

    @GetMapping("/public/transparency")
    public String page(Model model, HttpServletResponse response) {
        TreeHead head = log.head();
        model.addAttribute("origin", signer.origin());
        model.addAttribute("treeSize", head.size());
        model.addAttribute("rootHash", Base64.getEncoder().encodeToString(head.root()));
        model.addAttribute("checkpoint", signer.sign(head.size(), head.root()));
        model.addAttribute("publicKey", Ed25519Keys.publicPem(signer.publicKey()));
        model.addAttribute("verifierKey", SignedNote.verifierKey(signer.origin(), signer.publicKey()));
        response.setHeader("Cache-Control", PublicPages.CACHE_CONTROL);
        return "public/transparency";
    }
}
