package jp.pdcaledger.app.transparency;

import jp.pdcaledger.query.transparency.Ed25519Keys;
import jp.pdcaledger.query.transparency.ReceiptVerifier;
import jp.pdcaledger.query.transparency.ReceiptVerifier.Outcome;
import jp.pdcaledger.query.transparency.ReceiptVerifier.Verification;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code java -jar pdca-ledger.jar verify-receipt receipt.json [document.json] --key pub.pem}: checks a publication's
 * receipt with the log's public key alone, offline, before any of the application starts (no web server, no
 * database). Prints each check and OK, or FAILED with the checks that failed; exits 0 when all passed, 1 when one
 * failed, 2 when the command itself was not understood or a file could not be read.
 */
public final class VerifyReceiptCommand {

    public static final String NAME = "verify-receipt";
    static final String USAGE = "usage: java -jar pdca-ledger.jar " + NAME
            + " receipt.json [document.json] --key public-key.pem";

    private VerifyReceiptCommand() {
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        List<String> files = new ArrayList<>();
        String key = null;
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--key") && i + 1 < args.size()) {
                key = args.get(++i);
            } else if (args.get(i).startsWith("--key=")) {
                key = args.get(i).substring("--key=".length());
            } else if (args.get(i).startsWith("-")) {
                err.println("unknown option " + args.get(i) + "\n" + USAGE);
                return 2;
            } else {
                files.add(args.get(i));
            }
        }
        if (key == null || files.isEmpty() || files.size() > 2) {
            err.println(USAGE);
            return 2;
        }
        String receipt;
        String document;
        PublicKey publicKey;
        try {
            receipt = Files.readString(Path.of(files.get(0)));
            document = files.size() == 2 ? Files.readString(Path.of(files.get(1))) : null;
            publicKey = Ed25519Keys.publicKeyOf(Files.readString(Path.of(key)));
        } catch (IOException | IllegalArgumentException unreadable) {
            err.println("cannot read: " + unreadable.getMessage());
            return 2;
        }
        Verification verification = ReceiptVerifier.verify(receipt, document, publicKey);
        for (Outcome outcome : verification.outcomes()) {
            out.println((outcome.passed() ? "ok      " : "FAILED  ") + outcome.check().label + ": " + outcome.detail());
        }
        if (verification.ok()) {
            out.println("OK");
            return 0;
        }
        out.println("FAILED: " + verification.failed().stream().map(check -> check.label)
                .collect(Collectors.joining(", ")));
        return 1;
    }
}
