package jp.pdcaledger.app.faults;

import java.io.File;
import java.util.List;

/** The hostile requests against the service on its embedded default, as a newcomer runs it, in a fresh ./data. */
class HostileRequestsOnH2IT extends HostileRequestsAt512MiB {

    @Override
    protected String name() {
        return "hostile-requests-h2";
    }

    @Override
    protected List<String> databaseOptions() {
        deleteRecursively(new File("target/" + name() + "/data"));
        return List.of();
    }

    private static void deleteRecursively(File file) {
        File[] children = file.listFiles();
        if (children != null) {
            for (File child : children) {
                deleteRecursively(child);
            }
        }
        file.delete();
    }
}
